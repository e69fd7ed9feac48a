"""iSCSI discovery through XAPI's SR.probe, and the storage pre-flight built on it.

``SR.probe`` for lvmoiscsi answers in three stages: with only the portal it
fails ``SR_BACKEND_FAILURE_96`` carrying the target IQNs as XML; with the IQN
it fails ``SR_BACKEND_FAILURE_107`` carrying the LUNs; with the SCSI id it
succeeds with the SRs already on that LUN. The XML is untrusted input: it is
parsed with defusedxml and every field is checked.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass
from typing import Any, cast
from xml.etree.ElementTree import Element

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from wizard.checks.facts import HostFacts, in_pool_of
from wizard.checks.joinfacts import as_int
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, decimal, translate, whole
from wizard.plan import HEARTBEAT_MIN_BYTES, ExistingSr, Plan
from wizard.xapi.errors import XapiFailure

SR_TYPE = "lvmoiscsi"
MAX_XML = 4 * 1024 * 1024  # a probe answer is a few KiB; refuse absurd ones


class ProbeError(Exception):
    """The probe answer was not what XAPI sends (malformed, hostile or truncated)."""


@dataclass(frozen=True)
class TargetEntry:
    index: int
    address: str
    port: int
    iqn: str  # "*" means every target (multipath)


@dataclass(frozen=True)
class LunEntry:
    lun_id: str
    size: int
    scsi_id: str
    vendor: str = ""
    serial: str = ""


@dataclass(frozen=True)
class ExistingSrEntry:
    uuid: str
    name: str = ""
    size: int = 0


def _parse(xml: str, root_tag: str) -> Element:
    if len(xml) > MAX_XML:
        raise ProbeError(
            translate(
                "Iscsi", "the probe answer is {size} bytes long; refusing to parse it"
            ).format(size=len(xml))
        )
    try:
        root = cast(Element, ElementTree.fromstring(xml.strip()))
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as exc:
        raise ProbeError(
            translate("Iscsi", "the probe answer is not valid XML ({error})").format(error=exc)
        ) from None
    if root.tag != root_tag:
        raise ProbeError(
            translate("Iscsi", "expected {expected} in the probe answer, found {found}").format(
                expected=f"<{root_tag}>", found=f"<{root.tag}>"
            )
        )
    return root


def _text(element: Element, tag: str) -> str:
    child = element.find(tag)
    return (child.text or "").strip() if child is not None else ""


def _number(text: str, what: str) -> int:
    if not text.isdigit() or len(text) > 20:
        raise ProbeError(
            translate("Iscsi", "{field} {value} is not a number").format(
                field=what, value=repr(text)
            )
        )
    return int(text)


def parse_targets(xml: str) -> list[TargetEntry]:
    root = _parse(xml, "iscsi-target-iqns")
    out = []
    for tgt in root.findall("TGT"):
        port_text = _text(tgt, "Port") or "3260"
        out.append(
            TargetEntry(
                index=_number(_text(tgt, "Index") or "0", "Index"),
                address=_text(tgt, "IPAddress"),
                port=_number(port_text, "Port"),
                iqn=_text(tgt, "TargetIQN"),
            )
        )
    return out


def parse_luns(xml: str) -> list[LunEntry]:
    root = _parse(xml, "iscsi-target")
    out = []
    for lun in root.findall("LUN"):
        scsi_id = _text(lun, "SCSIid")
        if not scsi_id:
            continue  # XAPI omits empty fields; a LUN without an id cannot hold an SR
        out.append(
            LunEntry(
                lun_id=_text(lun, "LUNid"),
                size=_number(_text(lun, "size") or "0", "size"),
                scsi_id=scsi_id,
                vendor=_text(lun, "vendor"),
                serial=_text(lun, "serial"),
            )
        )
    return out


def parse_srs(xml: str) -> list[ExistingSrEntry]:
    root = _parse(xml, "SRlist")
    return [
        ExistingSrEntry(
            uuid=_text(sr, "UUID"),
            name=_text(sr, "name_label"),
            size=_number(_text(sr, "size") or "0", "size"),
        )
        for sr in root.findall("SR")
        if _text(sr, "UUID")
    ]


Call = Callable[..., Awaitable[Any]]
# The caller's view of the pool's objects: classes -> {class: {ref: record}} (fresh=True:
# synced first), e.g. BuildContext.records.
ReadRecords = Callable[..., Awaitable[dict[str, dict[str, dict[str, Any]]]]]


@dataclass
class Discovery:
    """The three probe stages, run through any awaitable XAPI caller on the pool master."""

    call: Call  # e.g. BuildContext.pool_call
    host: str  # the host ref to probe from
    portals: list[str]
    port: int = 3260
    chap_user: str = ""
    chap_secret: str = ""
    records: ReadRecords | None = None  # else read with get_all_records through ``call``

    def _config(self, **extra: str) -> dict[str, str]:
        config = {"target": ",".join(self.portals), "port": str(self.port), **extra}
        if self.chap_user:
            config["chapuser"] = self.chap_user
            config["chappassword"] = self.chap_secret
        return config

    async def _probe(self, config: dict[str, str], expected_code: str) -> str:
        try:
            return str(
                await self.call(
                    "SR.probe",
                    self.host,
                    config,
                    SR_TYPE,
                    {"metadata": "true"},
                    action=translate("Iscsi", "probe the iSCSI target"),
                )
            )
        except XapiFailure as failure:
            if failure.code == expected_code and len(failure.details) >= 4:
                return failure.details[3]
            raise

    async def targets(self) -> list[TargetEntry]:
        xml = await self._probe(self._config(), "SR_BACKEND_FAILURE_96")
        return parse_targets(xml)

    async def luns(self, iqn: str) -> list[LunEntry]:
        xml = await self._probe(self._config(targetIQN=iqn), "SR_BACKEND_FAILURE_107")
        return parse_luns(xml)

    async def srs_on(self, iqn: str, scsi_id: str) -> list[ExistingSrEntry]:
        try:
            xml = await self._probe(self._config(targetIQN=iqn, SCSIid=scsi_id), "")
        except XapiFailure as failure:
            # With multipathing SM refuses to probe a LUN attached on the probing host
            # (SRInUse): the SRs on it are the ones attached there, so name those.
            if failure.code != "SR_DEVICE_IN_USE":
                raise
            attached = await self._attached_srs(scsi_id)
            if not attached:
                raise
            return attached
        return parse_srs(xml)

    async def _attached_srs(self, scsi_id: str) -> list[ExistingSrEntry]:
        """The SRs on ``scsi_id`` attached on the probing host: PBDs and SRs read at once."""
        if self.records is not None:
            found = await self.records("PBD", "SR", fresh=True)  # what the LUN holds now
            pbds, srs = found["PBD"], found["SR"]
        else:
            pbds = await self.call("PBD.get_all_records")
            srs = await self.call("SR.get_all_records")
        refs = {
            p["SR"]
            for p in pbds.values()
            if p["host"] == self.host
            and p["currently_attached"]
            and p["device_config"].get("SCSIid") == scsi_id
        }
        return [
            ExistingSrEntry(sr["uuid"], sr["name_label"], as_int(sr.get("physical_size", 0)))
            for ref in sorted(refs)
            if (sr := srs.get(ref)) is not None
        ]


# SR types whose disks reach the array over iSCSI (their sessions run on the storage path)
ISCSI_SR_TYPES = ("lvmoiscsi", "iscsi", "gfs2")


def parse_paths(text: str) -> tuple[int, int] | None:
    """SM's ``mpath-<SCSIid>`` PBD entry, "[2, 2]": (paths up, paths), or None."""
    parts = text.strip().strip("[]").split(",")
    try:
        up, total = (int(p) for p in parts)
    except ValueError:
        return None
    return up, total


def paths_of(pbd: dict[str, Any]) -> tuple[int, int] | None:
    """A PBD's multipath count, when its host multipaths the LUN."""
    scsi_id = pbd["device_config"].get("SCSIid", "")
    return parse_paths(pbd["other_config"].get(f"mpath-{scsi_id}", ""))


async def _settled(*calls: Awaitable[Any]) -> list[Any]:
    """Each call's answer or the exception it raised, once every one has ended."""
    import asyncio  # here, as wizard.concurrency does: the first page must not load it

    return list(await asyncio.gather(*calls, return_exceptions=True))


def _value(answer: Any) -> Any:
    if isinstance(answer, BaseException):
        raise answer
    return answer


async def iscsi_findings(
    plan: Plan,
    discovery: Discovery,
    own_srs: Collection[str] = (),
    format_consent: bool = True,
    lun_probes: Mapping[str, Awaitable[list[ExistingSrEntry]]] | None = None,
) -> list[Finding]:
    """Portal, IQN, LUNs, sizes and existing SRs, as seen from the pool master.

    ``format_consent`` False (a build without --yes-destroy): a plan that formats a LUN
    holding an SR is a blocker, not a warning, since the SR step would refuse it later.

    ``own_srs`` are the uuids of SRs this pool already has on the plan's LUNs (the plan's
    own SRs, made by an earlier run): they are what the plan asked for, not a foreign SR
    in the way, so a re-run on a finished pool finds nothing to report about them.

    ``lun_probes``: LUNs someone else probes for SRs at the same time (the SR steps, right
    before they create): their answers are read here instead of probing those LUNs twice.
    """
    iscsi = plan.iscsi
    out: list[Finding] = []
    # The three probe stages take their inputs from the plan, not from each other's answers:
    # all at once (probes change nothing), their answers then read in order as if one after
    # another, so the findings are the same; a round trip and a probe's time each, not three.
    wanted_luns = [iscsi.sr_scsi_id] + ([iscsi.heartbeat_scsi_id] if plan.ha.enabled else [])
    wanted_luns = [s for s in wanted_luns if s]
    answers = await _settled(
        discovery.targets(),
        discovery.luns(iscsi.target_iqn),
        *(
            lun_probes[s]
            if lun_probes and s in lun_probes
            else discovery.srs_on(iscsi.target_iqn, s)
            for s in wanted_luns
        ),
    )
    try:
        targets = _value(answers[0])
    except XapiFailure as failure:
        return [
            Finding.error(
                "iscsi.portals",
                failure.message,
                failure.advice,
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
            )
        ]
    except ProbeError as exc:
        return [
            Finding.error(
                "iscsi.portals",
                str(exc),
                translate("Iscsi", "Check what answers on the portal."),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
            )
        ]
    iqns = [t.iqn for t in targets]
    if iscsi.target_iqn not in iqns:
        offered = ", ".join(i for i in iqns if i != "*")
        return [
            Finding.error(
                "iscsi.target_iqn",
                translate("Iscsi", "the target does not offer {iqn}").format(
                    iqn=repr(iscsi.target_iqn)
                ),
                translate("Iscsi", "Choose one of: {iqns}.").format(iqns=offered)
                if offered
                else translate("Iscsi", "Choose one of: none found."),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
            )
        ]
    try:
        luns = {lun.scsi_id: lun for lun in _value(answers[1])}
    except (XapiFailure, ProbeError) as exc:
        message = exc.message if isinstance(exc, XapiFailure) else str(exc)
        return [
            Finding.error(
                "iscsi.target_iqn",
                message,
                getattr(exc, "advice", ""),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
            )
        ]
    wanted = [
        (
            "iscsi.sr_scsi_id",
            iscsi.sr_scsi_id,
            False,
            QT_TRANSLATE_NOOP("Iscsi", "the target has no LUN {scsi_id} for the shared SR"),
        )
    ]
    if plan.ha.enabled:
        wanted.append(
            (
                "iscsi.heartbeat_scsi_id",
                iscsi.heartbeat_scsi_id,
                True,
                QT_TRANSLATE_NOOP("Iscsi", "the target has no LUN {scsi_id} for the heartbeat"),
            )
        )
    # Each listed LUN's probe for an SR on it (made above with the others); its failure
    # counts only for a LUN the target lists, as when probed after the listing.
    probed = {
        scsi_id: _value(answer)
        for scsi_id, answer in zip(wanted_luns, answers[2:], strict=True)
        if scsi_id in luns
    }
    for field, scsi_id, heartbeat, missing in wanted:
        lun = luns.get(scsi_id)
        if lun is None:
            out.append(
                Finding.error(
                    field,
                    translate("Iscsi", missing).format(scsi_id=repr(scsi_id)),
                    translate("Iscsi", "Probe the target and choose a listed LUN."),
                    check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
                )
            )
            continue
        if heartbeat and lun.size < HEARTBEAT_MIN_BYTES:
            out.append(
                Finding.error(
                    field,
                    translate(
                        "Iscsi",
                        "the heartbeat LUN {lun} has {size} GiB ({bytes} bytes); HA needs "
                        "{need} GiB ({need_bytes} bytes) on it",
                    ).format(
                        lun=scsi_id,
                        size=decimal(lun.size / 1024**3),
                        bytes=whole(lun.size),
                        need=decimal(HEARTBEAT_MIN_BYTES / 1024**3),
                        need_bytes=whole(HEARTBEAT_MIN_BYTES),
                    ),
                    translate(
                        "Iscsi",
                        "XAPI puts the statefile and the pool database redo log there: use a LUN "
                        "of 4 GiB or more.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
                )
            )
        existing = [sr for sr in probed[scsi_id] if sr.uuid not in own_srs]
        if existing:
            names = ", ".join(sr.name or sr.uuid for sr in existing)
            choice = ExistingSr(iscsi.existing_sr)
            if choice is ExistingSr.REATTACH:
                out.append(
                    Finding.info(
                        field,
                        translate(
                            "Iscsi",
                            "LUN already holds SR {names}: it will be reattached with its data",
                        ).format(names=names),
                        check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
                    )
                )
            elif choice is ExistingSr.FORMAT:
                message = translate(
                    "Iscsi",
                    "LUN holds SR {names} and the plan says FORMAT: every disk on it will be "
                    "destroyed",
                ).format(names=names)
                out.append(
                    (Finding.warning if format_consent else Finding.error)(
                        field,
                        message
                        if format_consent
                        else translate(
                            "Steps", "{finding}: refusing without explicit consent"
                        ).format(finding=message),
                        translate(
                            "Iscsi",
                            "Only with {option} on the command line; otherwise set {setting}.",
                        ).format(option="--yes-destroy", setting='existing_sr = "reattach"'),
                        check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
                    )
                )
            else:
                out.append(
                    Finding.error(
                        field,
                        translate("Iscsi", "LUN holds SR {names}").format(names=names),
                        translate("Iscsi", "Set {setting} to use it.").format(
                            setting='existing_sr = "reattach"'
                        ),
                        check=QT_TRANSLATE_NOOP("Checks", "iSCSI"),
                    )
                )
    return out


def storage_network_ready(plan: Plan, facts: dict[str, HostFacts]) -> bool:
    """Every planned host is in the pool with its storage IP up: the target is reachable."""
    net = plan.storage_network
    ips = plan.storage_ips()
    master = facts.get(plan.master_host.address)
    for host in plan.hosts:
        own = facts.get(host.address)
        if own is None or master is None or not in_pool_of(master, own):
            return False
        if not any(
            n.vlan == net.vlan and n.ip == ips.get(host.address) and n.attached for n in own.nics
        ):
            return False
    return True


def initiator_findings(plan: Plan, facts: dict[str, HostFacts]) -> list[Finding]:
    """Every host's initiator IQN: the array's access list must hold all of them."""
    out = []
    for host in plan.hosts:
        own = facts.get(host.address)
        if own is not None and own.iscsi_iqn:
            out.append(
                Finding.info(
                    host.address,
                    translate("Steps", "iSCSI initiator {iqn}").format(iqn=own.iscsi_iqn),
                    translate(
                        "Steps",
                        "Allow it on the array (its initiator/ACL list) before the SR is created, "
                        "or the SR attaches on some hosts only.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "iSCSI initiator"),
                    evidence=own.iscsi_iqn,
                )
            )
    return out


def multipath_plan_findings(plan: Plan) -> list[Finding]:
    """Several portals want multipathing, asked for before the SR exists (what each host
    sees of the paths is hostside's multipath_findings)."""
    iscsi = plan.iscsi
    if len(iscsi.portals) > 1 and not iscsi.multipath:
        return [
            Finding.warning(
                "iscsi.multipath",
                translate("Steps", "several portals, but multipathing is not planned"),
                translate(
                    "Steps",
                    "Plan multipathing (iSCSI page, or multipath = true under [iscsi]): the "
                    "build turns it on on every host before the SR is created; later it needs "
                    "the SR unplugged.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "multipath"),
            )
        ]
    if iscsi.multipath and len(iscsi.portals) == 1:
        return [
            Finding.info(
                "iscsi.multipath",
                translate("Steps", "multipathing with one portal gives each host one path"),
                translate(
                    "Steps",
                    "Add the array's other portals if it has them; otherwise it is harmless.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "multipath"),
            )
        ]
    return []

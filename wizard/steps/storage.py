"""The shared iSCSI SR and the HA heartbeat SR: probe, create or reattach, one PBD per host.

A LUN that already holds an SR is reattached (introduce, a PBD per host,
plug, scan) unless the plan says ``format`` *and* the run has explicit
consent to destroy it. After creating, every host's PBD is checked:
XAPI's SR.create does not fail when a member cannot plug.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from wizard.checks.iscsi import (
    ISCSI_SR_TYPES,
    ExistingSrEntry,
    ProbeError,
    parse_srs,
    paths_of,
)
from wizard.concurrency import side_by_side
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.plan import ExistingSr
from wizard.progress import POOL, State
from wizard.steps.base import Action, Step, comment, stop, xe_at
from wizard.steps.context import BuildContext, BuildStopped, StoppedBeforeStart
from wizard.steps.iscsigate import LunProbes
from wizard.steps.pool import q
from wizard.xapi.errors import XapiFailure

SR_TYPE = "lvmoiscsi"
SR_DESCRIPTION = "Created by xenpool-wizard"


@dataclass(frozen=True)
class Lun:
    scsi_id: str
    name: str
    role: str  # "data" or "heartbeat"


def device_config(ctx: BuildContext, scsi_id: str, secret_uuid: str = "") -> dict[str, str]:
    iscsi = ctx.plan.iscsi
    config = {
        "target": ",".join(iscsi.portals),
        "port": str(iscsi.port),
        "targetIQN": iscsi.target_iqn,
        "SCSIid": scsi_id,
    }
    if iscsi.chap_user:
        config["chapuser"] = iscsi.chap_user
        if secret_uuid:
            config["chappassword_secret"] = secret_uuid
    return config


def xe_device_config(ctx: BuildContext, scsi_id: str) -> str:
    """The LUN's device-config as xe arguments; the CHAP secret stays in the environment."""
    iscsi = ctx.plan.iscsi
    args = " ".join(
        f"device-config:{key}={q(value)}"
        for key, value in device_config(ctx, scsi_id).items()
        if key != "chappassword_secret"
    )
    if iscsi.chap_user:
        args += ' device-config:chappassword="$XENPOOL_CHAP_SECRET"'
    return args


def sr_var(role: str) -> str:
    """The script variable holding an SR's uuid."""
    return "SR" if role == "data" else "HBSR"


def sr_lookup(ctx: BuildContext, scsi_id: str, var: str, *, again: bool = False) -> list[str]:
    """Sets ``var`` to the uuid of this pool's SR on that LUN (found through its PBDs, as
    sr_for_lun does), empty when the pool has none; kept when an earlier line set it,
    unless ``again``."""
    master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
    lookup = (
        f"{var}=$({master} pbd-list device-config:SCSIid={q(scsi_id)} params=sr-uuid --minimal)"
    )
    return [
        lookup if again else f'if [ -z "${{{var}:-}}" ]; then {lookup}; fi',
        f"{var}=${{{var}%%,*}}",
    ]


def shared_sr_lookup(ctx: BuildContext) -> list[str]:
    return sr_lookup(ctx, ctx.plan.iscsi.sr_scsi_id, sr_var("data"))


async def chap_secret_uuid(ctx: BuildContext) -> str:
    """A XAPI secret for the CHAP password, so it never sits in device_config in clear."""
    if not ctx.plan.iscsi.chap_user or not ctx.chap_secret:
        return ""
    ref = await ctx.pool_call("secret.create", {"value": ctx.chap_secret, "other_config": {}})
    uuid: str = await ctx.pool_call("secret.get_uuid", ref)
    return uuid


async def hosts_using_planned_luns(ctx: BuildContext) -> set[str]:
    """Host refs with an SR on one of the plan's LUNs attached: their storage path may
    not go down (a re-plug, a multipathing switch) without unplugging it first."""
    luns = {ctx.plan.iscsi.sr_scsi_id, ctx.plan.iscsi.heartbeat_scsi_id} - {""}
    # Fresh: a path that may go down is decided on what is attached now.
    pbds = await ctx.table("PBD", fresh=True)
    return {
        p["host"]
        for p in pbds.values()
        if p["currently_attached"] and p["device_config"].get("SCSIid") in luns
    }


async def hosts_with_iscsi_attached(ctx: BuildContext) -> set[str]:
    """Host refs with any iSCSI SR attached (planned or not): their storage interface may
    carry its sessions."""
    records = await ctx.records("SR", "PBD", fresh=True)  # as hosts_using_planned_luns
    srs, pbds = records["SR"], records["PBD"]
    return {
        p["host"]
        for p in pbds.values()
        if p["currently_attached"] and srs.get(p["SR"], {}).get("type") in ISCSI_SR_TYPES
    }


async def sr_for_lun(
    ctx: BuildContext, scsi_id: str, *, fresh: bool = True
) -> tuple[str, dict[str, Any]] | None:
    """The SR of this pool on that LUN, found through its PBDs' device_config.

    Fresh unless asked: whether the LUN holds an SR decides between reattaching and
    formatting, so it is what the pool says now (only the journal's notes take the view).
    """
    records = await ctx.records("PBD", "SR", fresh=fresh)
    for pbd in records["PBD"].values():
        if pbd["device_config"].get("SCSIid") == scsi_id and pbd["SR"] in records["SR"]:
            return pbd["SR"], records["SR"][pbd["SR"]]
    return None


class SrStep(Step):
    def __init__(self, role: str) -> None:
        self.role = role
        self.key = "sr" if role == "data" else "heartbeat"
        # Both SRs are made in the iSCSI gate's stage, the heartbeat SR at the same time as
        # the data SR: another LUN, and XAPI takes SR.create calls side by side (HA, after
        # both, needs only this one). The gate reads their probes (iscsigate.LunProbes).
        self.alongside = frozenset({"iscsigate"} if role == "data" else {"iscsigate", "sr"})
        self.title = (
            QT_TRANSLATE_NOOP("Steps", "Create the shared SR")
            if role == "data"
            else QT_TRANSLATE_NOOP("Steps", "Create the HA heartbeat SR")
        )

    def lun(self, ctx: BuildContext) -> Lun:
        iscsi = ctx.plan.iscsi
        if self.role == "data":
            return Lun(iscsi.sr_scsi_id, iscsi.sr_name, "data")
        return Lun(iscsi.heartbeat_scsi_id, iscsi.heartbeat_sr_name, "heartbeat")

    async def actions(self, ctx: BuildContext) -> list[Action]:
        lun = self.lun(ctx)
        if self.role == "heartbeat" and not ctx.plan.ha.enabled:
            return []
        if not lun.scsi_id:
            return []
        if ctx.offline:
            return [self._create_action(ctx, lun)]
        found = await sr_for_lun(ctx, lun.scsi_id)
        if found is None:
            LunProbes.of(ctx).expect(lun.scsi_id)  # the gate alongside reads this step's probe
            return [self._create_or_reattach_action(ctx, lun)]
        sr_ref, sr = found
        return await self._pbd_actions(ctx, sr_ref, sr, lun)

    # -- create or reattach ------------------------------------------------------
    def _xe_create(self, ctx: BuildContext, lun: Lun) -> list[str]:
        """The pool's own SR on the LUN if an earlier run made it; else probe the LUN, then
        reattach, stop or format as the plan says: never format blindly."""
        master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
        dc = xe_device_config(ctx, lun.scsi_id)
        var = sr_var(lun.role)
        choice = ExistingSr(ctx.plan.iscsi.existing_sr)
        create = (
            f"{var}=$({master} sr-create type={SR_TYPE} shared=true content-type=user "
            f"name-label={q(lun.name)} name-description={q(SR_DESCRIPTION)} {dc})"
        )
        lines = [
            comment(translate("Steps", "the pool's own SR on this LUN, made by an earlier run")),
            *sr_lookup(ctx, lun.scsi_id, var, again=True),
            "OLD=",
            f'if [ -z "${var}" ]; then',
            f"  PROBE=$({master} sr-probe type={SR_TYPE} {dc} sm-config:metadata=true)",
            "  " + comment(translate("Steps", "the UUID of an SR the LUN already holds, if any")),
            "  OLD=$({ printf '%s' \"$PROBE\" | tr -d ' \\t\\r\\n'; echo; } "
            "| sed -n 's:.*<UUID>\\([0-9A-Fa-f-]*\\)</UUID>.*:\\1:p')",
        ]
        if choice is ExistingSr.REATTACH:
            lines += [
                '  if [ -n "$OLD" ]; then',
                "    "
                + comment(
                    translate(
                        "Steps", "the LUN holds an SR: reattach it (existing_sr = {value})"
                    ).format(value='"reattach"')
                ),
                f'    {var}=$({master} sr-list uuid="$OLD" --minimal)',
                f'    if [ -z "${var}" ]; then',
                f'      {var}=$({master} sr-introduce uuid="$OLD" name-label={q(lun.name)} '
                f"type={SR_TYPE} shared=true content-type=user)",
                "    fi",
                "  else",
                f"    {create}",
                "  fi",
            ]
        elif choice is ExistingSr.STOP:
            lines += [
                '  if [ -n "$OLD" ]; then',
                "    "
                + stop(
                    translate(
                        "Steps",
                        "LUN {lun} already holds an SR, nothing was formatted; set "
                        'iscsi.existing_sr = "reattach" to keep and attach it, or choose '
                        "another LUN. The SR:",
                    ).format(lun=lun.scsi_id),
                    '"$OLD"',
                ),
                "  fi",
                f"  {create}",
            ]
        else:
            lines += [
                "  "
                + comment(
                    translate(
                        "Steps",
                        "existing_sr = {value}: sr-create formats the LUN, destroying any SR on it",
                    ).format(value='"format"')
                ),
                '  if [ -n "$OLD" ] && [ "${XENPOOL_YES_DESTROY:-}" != yes ]; then',
                "    "
                + stop(
                    translate(
                        "Steps",
                        "LUN {lun} holds an SR and the plan says format: nothing was formatted. "
                        "Formatting destroys every VM disk on it; run the script again with "
                        "XENPOOL_YES_DESTROY=yes if that is really what you want. The SR:",
                    ).format(lun=lun.scsi_id),
                    '"$OLD"',
                ),
                "  fi",
                f"  {create}",
            ]
        lines += [
            "fi",
            comment(translate("Steps", "one PBD per host: sr-create makes them, sr-introduce not")),
            f"HOSTS=$({master} host-list --minimal)",
            "for H in $(echo \"$HOSTS\" | tr , ' '); do",
            f'  PBD=$({master} pbd-list sr-uuid="${var}" host-uuid="$H" --minimal)',
            '  if [ -z "$PBD" ]; then',
            f'    PBD=$({master} pbd-create host-uuid="$H" sr-uuid="${var}" {dc})',
            "  fi",
            "done",
            f'UNPLUGGED=$({master} pbd-list sr-uuid="${var}" currently-attached=false --minimal)',
            "for PBD in $(echo \"$UNPLUGGED\" | tr , ' '); do",
            f'  {master} pbd-plug uuid="$PBD"',
            "done",
        ]
        if choice is ExistingSr.REATTACH:
            lines.append(f'if [ -n "$OLD" ]; then {master} sr-scan uuid="${var}"; fi')
        lines += [
            comment(translate("Steps", "every host must say true")),
            f'{master} pbd-list sr-uuid="${var}" params=host-name-label,currently-attached',
        ]
        if lun.role == "data":
            lines.append(
                f'{master} pool-param-set uuid=$({master} pool-list --minimal) default-SR="${var}"'
            )
        return lines

    def _create_action(self, ctx: BuildContext, lun: Lun) -> Action:
        return Action(
            POOL,
            translate("Steps", "create shared SR {sr} on LUN {lun}").format(
                sr=repr(lun.name), lun=lun.scsi_id
            ),
            self._xe_create(ctx, lun),
            None,
        )

    def _create_or_reattach_action(self, ctx: BuildContext, lun: Lun) -> Action:
        async def run(progress: Callable[[float], None]) -> None:
            share = LunProbes.of(ctx)
            try:
                secret = await chap_secret_uuid(ctx)
                config = device_config(ctx, lun.scsi_id, secret)
                master_ref = await ctx.master_ref()
                # Fresh, right before creating: the SRs the LUN holds now decide between
                # reattaching and formatting. The iSCSI gate alongside reads this probe as
                # its own (and checks the LUN is offered and big enough meanwhile).
                found = await self._probe(ctx, lun, config, master_ref)
            except BaseException as exc:
                share.probed(lun.scsi_id, exc)  # the gate does not wait for it in vain
                if isinstance(exc, Exception):
                    await share.verdict()  # the gate's refusal, if any, is the reason to give
                raise
            share.probed(lun.scsi_id, found)
            # Nothing is created on either LUN before the gate found nothing against the plan.
            await share.verdict()
            if ctx.cancel.is_set():  # asked to stop while the gate checked: make nothing
                raise StoppedBeforeStart(
                    translate("XapiErrors", "{action} was cancelled").format(
                        action=translate("Steps", "create SR {sr}").format(sr=repr(lun.name))
                    )
                )
            progress(0.2)
            old = [{"UUID": sr.uuid, "name_label": sr.name} for sr in found]
            choice = ExistingSr(ctx.plan.iscsi.existing_sr)
            if old and choice is ExistingSr.STOP:
                raise BuildStopped(
                    translate("Steps", "LUN {lun} already holds SR {sr}").format(
                        lun=lun.scsi_id, sr=old[0].get("name_label") or old[0].get("UUID")
                    ),
                    translate(
                        "Steps",
                        'Set iscsi.existing_sr = "reattach" to keep and attach it, or choose '
                        "another LUN.",
                    ),
                )
            if old and choice is ExistingSr.REATTACH:
                sr_ref = await self._reattach(ctx, old[0], config, lun, progress)
                await self._check_pbds(ctx, sr_ref, lun)
                await ctx.pool_task(
                    "SR.scan",
                    sr_ref,
                    action=translate("Steps", "scan SR {sr} for its disks").format(
                        sr=repr(lun.name)
                    ),
                )
            else:
                if old and not ctx.allow_destroy:
                    raise BuildStopped(
                        translate(
                            "Steps",
                            "LUN {lun} holds SR {sr} and the plan says format: refusing without "
                            "explicit consent",
                        ).format(
                            lun=lun.scsi_id, sr=old[0].get("name_label") or old[0].get("UUID")
                        ),
                        translate(
                            "Steps",
                            "Formatting destroys every VM disk on it. Re-run with --yes-destroy if "
                            'that is really what you want, or set existing_sr = "reattach".',
                        ),
                    )
                sr_ref = await ctx.pool_task(
                    "SR.create",
                    master_ref,
                    config,
                    "0",
                    lun.name,
                    SR_DESCRIPTION,
                    SR_TYPE,
                    "user",
                    True,
                    {},
                    action=translate("Steps", "create SR {sr}").format(sr=repr(lun.name)),
                    progress=lambda f: progress(0.2 + f * 0.6),
                    timeout=1800.0,
                )
            await self._check_pbds(ctx, sr_ref, lun)
            if lun.role == "data":
                pool = await ctx.pool_ref()
                uuid, _ = await side_by_side(
                    ctx.pool_call("SR.get_uuid", sr_ref),
                    ctx.pool_call("pool.set_default_SR", pool, sr_ref),
                )
            else:
                uuid = await ctx.pool_call("SR.get_uuid", sr_ref)
            ctx.remember(f"sr:{lun.role}", uuid)
            progress(1.0)

        return Action(
            POOL,
            translate("Steps", "create (or reattach) shared SR {sr} on LUN {lun}").format(
                sr=repr(lun.name), lun=lun.scsi_id
            ),
            self._xe_create(ctx, lun),
            run,
        )

    async def _probe(
        self, ctx: BuildContext, lun: Lun, config: dict[str, str], master_ref: str
    ) -> list[ExistingSrEntry]:
        """The SRs on the LUN, as SM's probe finds them now."""
        xml = await ctx.pool_task(
            "SR.probe",
            master_ref,
            config,
            SR_TYPE,
            {"metadata": "true"},
            action=translate("Steps", "probe LUN {lun}").format(lun=lun.scsi_id),
        )
        try:
            return parse_srs(xml)
        except ProbeError as exc:
            raise BuildStopped(
                translate("Steps", "LUN {lun}: {reason}").format(lun=lun.scsi_id, reason=exc),
                translate("Steps", "Probe the target again; if it repeats, check the array."),
            ) from None

    async def _reattach(
        self,
        ctx: BuildContext,
        old: dict[str, str],
        config: dict[str, str],
        lun: Lun,
        progress: Callable[[float], None],
    ) -> str:
        uuid = old["UUID"]
        # Fresh: what to unplug and forget, as the pool has it now.
        known = await ctx.records("SR", "PBD", fresh=True)
        for ref, record in known["SR"].items():
            if record["uuid"] == uuid:
                # A stale record without working PBDs: forget it and introduce afresh.
                for pbd in record["PBDs"]:
                    if known["PBD"].get(pbd, {}).get("currently_attached", True):
                        await ctx.pool_task("PBD.unplug", pbd)
                await ctx.pool_task(
                    "SR.forget", ref, action=translate("Steps", "forget the stale SR record")
                )
        name = old.get("name_label") or lun.name
        sr_ref: str = await ctx.pool_task(
            "SR.introduce",
            uuid,
            name,
            "Reattached by xenpool-wizard",
            SR_TYPE,
            "user",
            True,
            {},
            action=translate("Steps", "introduce SR {sr}").format(sr=repr(name)),
        )
        hosts = await ctx.pool_call("host.get_all")
        created = 0

        async def create_pbd(host: str) -> None:
            nonlocal created
            await ctx.pool_call(
                "PBD.create",
                {"host": host, "SR": sr_ref, "device_config": config, "other_config": {}},
            )
            created += 1
            progress(0.2 + 0.4 * created / len(hosts))

        # One PBD per host, all at once; _check_pbds then plugs them all at once too.
        await side_by_side(*(create_pbd(host) for host in hosts))
        return sr_ref

    # -- PBDs ------------------------------------------------------------------------
    async def _pbd_actions(
        self, ctx: BuildContext, sr_ref: str, sr: dict[str, Any], lun: Lun
    ) -> list[Action]:
        records = await ctx.records("host", "PBD")
        hosts, pbds = records["host"], records["PBD"]
        mine = {p["host"]: (ref, p) for ref, p in pbds.items() if p["SR"] == sr_ref}
        out = []
        for host_ref, host in hosts.items():
            entry = mine.get(host_ref)
            if entry is not None and entry[1]["currently_attached"]:
                continue
            out.append(self._plug_action(ctx, sr_ref, sr, host_ref, host["address"], lun))
        return out

    def _plug_action(
        self,
        ctx: BuildContext,
        sr_ref: str,
        sr: dict[str, Any],
        host_ref: str,
        address: str,
        lun: Lun,
    ) -> Action:
        summary = translate("Steps", "attach SR {sr} on {address}").format(
            sr=repr(sr["name_label"]), address=address
        )

        async def run(progress: Callable[[float], None]) -> None:
            pbds = await ctx.table("PBD", fresh=True)  # a PBD made since is plugged, not doubled
            pbd = next(
                (r for r, p in pbds.items() if p["SR"] == sr_ref and p["host"] == host_ref), None
            )
            if pbd is None:
                template = next(
                    (p["device_config"] for p in pbds.values() if p["SR"] == sr_ref), None
                )
                config = (
                    dict(template)
                    if template
                    else device_config(ctx, lun.scsi_id, await chap_secret_uuid(ctx))
                )
                pbd = await ctx.pool_call(
                    "PBD.create",
                    {"host": host_ref, "SR": sr_ref, "device_config": config, "other_config": {}},
                )
            await ctx.pool_task(
                "PBD.plug",
                pbd,
                action=summary,
                progress=progress,
            )

        return Action(
            address,
            summary,
            self._xe_plug(ctx, str(sr["uuid"]), address, lun),
            run,
            group=0,
        )

    def _xe_plug(self, ctx: BuildContext, sr_uuid: str, address: str, lun: Lun) -> list[str]:
        master = xe_at(ctx.plan.master_host.address, ctx.plan.port)
        return [
            f"HOST=$({master} host-list address={q(address)} --minimal)",
            f'PBD=$({master} pbd-list sr-uuid={q(sr_uuid)} host-uuid="$HOST" --minimal)',
            'if [ -z "$PBD" ]; then',
            f'  PBD=$({master} pbd-create host-uuid="$HOST" sr-uuid={q(sr_uuid)} '
            f"{xe_device_config(ctx, lun.scsi_id)})",
            "fi",
            f'{master} pbd-plug uuid="$PBD"',
        ]

    async def _check_pbds(self, ctx: BuildContext, sr_ref: str, lun: Lun) -> None:
        """Plug every PBD that is not attached; report which hosts fail and why."""
        # Fresh: currently_attached as it is after the create or introduce just made.
        records = await ctx.records("host", "PBD", fresh=True)
        hosts, pbds = records["host"], records["PBD"]
        unplugged = [
            (ref, str(hosts.get(pbd["host"], {}).get("address", pbd["host"])))
            for ref, pbd in pbds.items()
            if pbd["SR"] == sr_ref and not pbd["currently_attached"]
        ]

        advice: dict[str, None] = {}  # what SM's errors say to do, once each

        async def plug(ref: str, address: str) -> str:
            """Plug one host's PBD; the failure message, or "" when it is attached."""
            try:
                await ctx.pool_task(
                    "PBD.plug",
                    ref,
                    action=translate("Steps", "attach SR {sr} on {address}").format(
                        sr=repr(lun.name), address=address
                    ),
                )
            except XapiFailure as failure:
                ctx.progress(self.key, address, State.FAILED, 1.0, failure.message)
                if failure.advice:
                    advice[failure.advice] = None
                return f"{address}: {failure.message}"
            ctx.progress(self.key, address, State.DONE, 1.0, translate("Steps", "attached"))
            return ""

        # Each host plugs its own PBD: XAPI runs them side by side, so do we.
        results = await side_by_side(*(plug(ref, address) for ref, address in unplugged))
        failures = [failure for failure in results if failure]
        if failures:
            raise BuildStopped(
                translate("Steps", "SR {sr} is not attached on every host:").format(
                    sr=repr(lun.name)
                )
                + "\n  "
                + "\n  ".join(failures),
                " ".join(
                    [
                        *advice,
                        translate(
                            "Steps",
                            "Fix those hosts' storage path (VLAN, IP, the array's initiator list "
                            "with each host's IQN), then run the build again: it resumes by "
                            "plugging the missing PBDs.",
                        ),
                    ]
                ),
            )
        if ctx.plan.iscsi.multipath:
            await self._report_paths(ctx, sr_ref, hosts)

    async def _report_paths(
        self, ctx: BuildContext, sr_ref: str, hosts: dict[str, dict[str, Any]]
    ) -> None:
        """Each host's paths to the LUN as SM counted them; a missing path is said, not fatal."""
        pbds = await ctx.table("PBD", fresh=True)  # the paths after the plugs just made
        for pbd in pbds.values():
            if pbd["SR"] != sr_ref or pbd["host"] not in hosts:
                continue
            address = hosts[pbd["host"]]["address"]
            paths = paths_of(pbd)
            if paths is None:
                message = translate("Steps", "attached on one path: the host does not multipath")
            elif paths[0] < paths[1]:
                message = translate(
                    "Steps",
                    "attached on {up} of {total} paths: check this host's cabling and VLAN to "
                    "every portal",
                ).format(up=paths[0], total=paths[1])
            else:
                message = translate("Steps", "attached, {up} of {total} paths up").format(
                    up=paths[0], total=paths[1]
                )
            ctx.progress(self.key, address, State.DONE, 1.0, message)

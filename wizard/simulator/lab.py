"""Lab mode: the simulator's network and iSCSI answers come from real namespaces.

In lab mode each simulated host is a network namespace (see tests/lab/netlab.py):

- what XAPI configures for the storage network is applied to that namespace's
  real interfaces: a VLAN PIF on NIC ``eth1`` with tag T becomes a veth
  ``eth1.T`` cabled to VLAN T's bridge, ``PIF.reconfigure_ip`` sets its
  address, the network's MTU its MTU, ``PIF.unplug`` takes it down;
- ``SR.probe`` (and every PBD plug and SR create, which go through the same
  discovery) runs a real discovery and login from the host's namespace with
  libiscsi's ``iscsi-ls``, and answers in XAPI's formats: a target that does not
  answer is ``SR_BACKEND_FAILURE_141``, a refused login ``_68``, the IQN list
  ``_96``, the LUN list ``_107``.

The LUNs' identities (size, serial, SCSI id) are read once from the target
itself; the simulator keeps on those ``Lun`` records what an LVM volume group
would keep on the disk (which SR is on it), as it does without a lab.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import subprocess
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from wizard.checks.hosttools import LsTarget, parse_iscsi_ls, parse_iscsi_ls_error
from wizard.simulator.db import Database
from wizard.simulator.world import IscsiTarget, Lun, Machine, World

if TYPE_CHECKING:
    from wizard.simulator.dispatch import Call

log = logging.getLogger(__name__)

# Operations after which the namespaces are brought in line with XAPI's records.
NETWORK_METHODS = frozenset(
    {
        "VLAN.create",
        "VLAN.destroy",
        "pool.create_VLAN_from_PIF",
        "PIF.reconfigure_ip",
        "PIF.plug",
        "PIF.unplug",
        "pool.join",
    }
)


class LabNetwork(Protocol):
    """What lab mode needs from a lab of namespaces (tests.lab.netlab.NetLab provides it)."""

    def namespace_of(self, address: str) -> str: ...

    def ensure_vlan_interface_of(self, address: str, device: str, tag: int) -> str: ...

    def exec_in(
        self,
        ns: str,
        argv: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        timeout: float = 20.0,
    ) -> subprocess.CompletedProcess[str]: ...


@dataclass(frozen=True)
class _Wanted:
    address: str
    device: str
    tag: int
    attached: bool
    cidr: str  # "" for no address
    mtu: int


class LabBackend:
    """Called by the simulator (``world.lab``) to make its answers real."""

    def __init__(self, network: LabNetwork, san_ns: str) -> None:
        self.network = network
        self.san_ns = san_ns
        self._sync_lock = threading.Lock()  # tasks on several hosts finish at once

    def attach(self, world: World) -> LabBackend:
        """Take over the world's targets with the real one(s) and hook in."""
        for target in world.targets:
            target.luns = self._real_luns(target)
        world.lab = self
        return self

    # -- network ------------------------------------------------------------------
    def after(self, call: Call) -> None:
        if call.method in NETWORK_METHODS:
            self.sync(call.world, call.db)

    def sync(self, world: World, db: Database) -> None:
        with self._sync_lock:
            with world.lock:
                wanted = self._wanted(world, db)
            self._apply(wanted)

    def _apply(self, wanted: list[_Wanted]) -> None:
        for item in wanted:
            ns = self.network.namespace_of(item.address)
            name = self.network.ensure_vlan_interface_of(item.address, item.device, item.tag)
            self._ip(ns, "link", "set", name, "mtu", str(item.mtu))
            current = self._ip(ns, "-o", "-4", "addr", "show", "dev", name)
            if not item.cidr or f" {item.cidr} " not in current:
                self._ip(ns, "addr", "flush", "dev", name)
                if item.cidr:
                    self._ip(ns, "addr", "add", item.cidr, "dev", name)
            self._ip(ns, "link", "set", name, "up" if item.attached else "down")

    def _wanted(self, world: World, db: Database) -> list[_Wanted]:
        out = []
        for _, pif in db.all("PIF"):
            if pif["VLAN"] < 0:
                continue
            machine = world.machine_of_host(db, pif["host"])
            cidr = ""
            if pif["IP"] and pif["netmask"]:
                network = ipaddress.IPv4Network(f"{pif['IP']}/{pif['netmask']}", strict=False)
                cidr = f"{pif['IP']}/{network.prefixlen}"
            out.append(
                _Wanted(
                    machine.address,
                    pif["device"],
                    int(pif["VLAN"]),
                    bool(pif["currently_attached"]),
                    cidr,
                    int(pif["MTU"]),
                )
            )
        return out

    def _ip(self, ns: str, *args: str) -> str:
        done = self.network.exec_in(ns, ["ip", *args])
        if done.returncode != 0:
            raise RuntimeError(f"ip {' '.join(args)} in {ns}: {done.stderr.strip()}")
        return done.stdout

    # -- iSCSI ------------------------------------------------------------------------
    def visible_luns(
        self, world: World, db: Database, host_ref: str, config: dict[str, str]
    ) -> tuple[IscsiTarget, list[Lun]]:
        """Discovery and login from the host's namespace, as BaseISCSI.attach does them."""
        from wizard.simulator import storage  # the SM error shapes live there

        target_list, portal, port = storage._first_portal(world, config)
        machine = world.machine_of_host(db, host_ref)
        user = config.get("chapuser", "")
        secret = storage._secret_value(db, config, "chappassword", "chappassword_secret")
        wanted = config.get("targetIQN", "")
        found, error = self.discover(machine, portal, port, user, secret, luns=bool(wanted))
        if error in ("refused", "unreachable"):
            raise storage.sm_failure(141)
        if error == "auth":
            raise storage.sm_failure(68)
        if error:
            raise storage.sm_failure(83, opterr=error)
        discovered = [(t.address, t.port, t.iqn) for t in found]
        if not wanted:
            raise storage.sm_failure(96, storage.iqn_list_xml(target_list, port, discovered))
        chosen = [t for t in found if wanted in ("*", t.iqn)]
        if not chosen:
            raise storage.sm_failure(
                83, storage.iqn_list_xml(target_list, port, discovered), "check target settings"
            )
        luns: list[Lun] = []
        first: IscsiTarget | None = None
        for seen in chosen:
            known = next((t for t in world.targets if t.iqn == seen.iqn), None)
            if known is None:
                continue
            first = first or known
            ids = {lun.lun for lun in seen.luns if lun.type == "DIRECT_ACCESS"}
            luns += [lun for lun in known.luns if lun.lun_id in ids and lun not in luns]
        if first is None:
            raise storage.sm_failure(83, opterr=f"unknown target {wanted}")
        return first, luns

    def discover(
        self, machine: Machine, portal: str, port: int, user: str, secret: str, *, luns: bool
    ) -> tuple[list[LsTarget], str]:
        """iscsi-ls from the machine's namespace: targets (with LUNs) and an error kind or ""."""
        ns = self.network.namespace_of(machine.address)
        env = {"LIBISCSI_CHAP_USERNAME": user, "LIBISCSI_CHAP_PASSWORD": secret} if user else {}
        argv = ["iscsi-ls", *(["-s"] if luns else []), "-i", machine.iscsi_iqn]
        done = self.network.exec_in(ns, [*argv, f"iscsi://{portal}:{port}/"], env=env, timeout=30)
        found = parse_iscsi_ls(done.stdout)
        if done.returncode == 0:
            return found, ""
        return found, parse_iscsi_ls_error(done.stdout + done.stderr, done.returncode).kind

    def _real_luns(self, target: IscsiTarget) -> list[Lun]:
        """Size, vendor, serial and SCSI id of each disk LUN, read from the target itself."""
        portal = target.portals[0]
        env = (
            {
                "LIBISCSI_CHAP_USERNAME": target.chap_user,
                "LIBISCSI_CHAP_PASSWORD": target.chap_password,
            }
            if target.chap_user
            else {}
        )
        listing = self.network.exec_in(
            self.san_ns, ["iscsi-ls", "-s", f"iscsi://{portal}:{target.port}/"], env=env
        )
        out = []
        for seen in parse_iscsi_ls(listing.stdout):
            if seen.iqn != target.iqn:
                continue
            for entry in seen.luns:
                if entry.type != "DIRECT_ACCESS":
                    continue
                url = f"iscsi://{portal}:{target.port}/{target.iqn}/{entry.lun}"
                capacity = self._run_san(["iscsi-readcapacity16", url], env)
                identity = self._run_san(["iscsi-inq", "-e", "1", "-c", "131", url], env)
                serial = self._run_san(["iscsi-inq", "-e", "1", "-c", "128", url], env)
                inquiry = self._run_san(["iscsi-inq", url], env)
                out.append(
                    Lun(
                        lun_id=entry.lun,
                        size=int(_field(capacity, "Total size")),
                        scsi_id=scsi_id_from_vpd83(identity),
                        vendor=_field(inquiry, "Vendor"),
                        serial=_bracketed(serial, "Unit Serial Number"),
                    )
                )
        return out

    def _run_san(self, argv: list[str], env: dict[str, str]) -> str:
        done = self.network.exec_in(self.san_ns, argv, env=env)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(argv)}: {done.stderr.strip()}")
        return done.stdout


def _field(text: str, name: str) -> str:
    match = re.search(rf"^{re.escape(name)}:(.*)$", text, re.M)
    return match.group(1).strip() if match else ""


def _bracketed(text: str, name: str) -> str:
    match = re.search(rf"^{re.escape(name)}:\[(.*)\]", text, re.M)
    return match.group(1).strip() if match else ""


def scsi_id_from_vpd83(text: str) -> str:
    """The id ``scsi_id -g -u`` would give from page 0x83's printable designators.

    iscsi-inq prints binary NAA designators raw, so only the T10 vendor id is
    usable from its text: udev's form is "1" + the id with spaces as "_".
    """
    t10 = re.search(r"Designator Type:\(1\) T10_VENDORT_ID\s*\nDesignator:\[(.*)\]", text)
    if not t10:
        raise RuntimeError("the LUN has no T10 vendor id in VPD page 0x83")
    return "1" + t10.group(1).replace(" ", "_")

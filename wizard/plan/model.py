"""The build plan's data model: what the pool should look like.

A plan never holds a password or CHAP secret: those come from the OS
keyring, the environment (``XENPOOL_PASSWORD``, ``XENPOOL_CHAP_SECRET``) or
a prompt.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from enum import StrEnum

from wizard.findings import Finding

GiB = 1024**3
# XAPI puts the HA statefile and the pool database redo log on the heartbeat
# SR: together about 4 GB (redo_log.ml), plus the LVM metadata of the SR.
HEARTBEAT_MIN_BYTES = 3_992_977_408 + 4 * 1024**2
RESTART_PRIORITIES = ("restart", "best-effort", "")


class ExistingSr(StrEnum):
    """What to do with a LUN that already holds an SR."""

    REATTACH = "reattach"  # keep the data (the default)
    FORMAT = "format"  # destroy it: needs --yes-destroy on the command line
    STOP = "stop"


@dataclass
class HostPlan:
    address: str
    name: str = ""
    fingerprint: str = ""  # SHA-256 of the host's TLS certificate, hex
    storage_ip: str = ""
    nic: str = ""  # overrides storage_network.nic for this host
    # pool.join_force despite a different CPU vendor or build: unsupported, and only
    # with the user's consent at run time (--yes-force-join or the GUI's dialog)
    force_join: bool = False


@dataclass
class StorageNetworkPlan:
    nic: str = "eth1"
    vlan: int = 0  # the storage VLAN tag, 1-4094 (0 until chosen)
    mtu: int = 1500
    subnet: str = ""
    gateway: str = ""
    first_ip: str = ""  # hosts without storage_ip get consecutive addresses from here
    name: str = "Storage network"


@dataclass
class IscsiPlan:
    portals: list[str] = field(default_factory=list)
    port: int = 3260
    target_iqn: str = ""
    chap_user: str = ""
    sr_scsi_id: str = ""
    sr_name: str = "iSCSI storage"
    sr_size: int = 0  # bytes, as discovered (informative)
    heartbeat_scsi_id: str = ""
    heartbeat_sr_name: str = "HA heartbeat"
    heartbeat_size: int = 0  # bytes, as discovered
    existing_sr: str = ExistingSr.REATTACH.value
    # Every host's multipathing, turned on before the SRs are made (it cannot be
    # switched while an SR is attached without unplugging it).
    multipath: bool = False


@dataclass
class HaPlan:
    enabled: bool = True
    host_failures_to_tolerate: int = 1
    restart_priorities: dict[str, str] = field(default_factory=dict)  # VM name -> priority


@dataclass
class Plan:
    pool_name: str = "Pool"
    master: str = ""  # address of the host that becomes (or is) the master
    port: int = 443
    username: str = "root"
    hosts: list[HostPlan] = field(default_factory=list)
    storage_network: StorageNetworkPlan = field(default_factory=StorageNetworkPlan)
    iscsi: IscsiPlan = field(default_factory=IscsiPlan)
    ha: HaPlan = field(default_factory=HaPlan)
    # VMs whose disks move from local storage to the shared SR (they must be halted).
    move_vms: list[str] = field(default_factory=list)

    @property
    def master_host(self) -> HostPlan:
        return next((h for h in self.hosts if h.address == self.master), self.hosts[0])

    @property
    def members(self) -> list[HostPlan]:
        master = self.master_host.address  # once: per host it made 64 hosts 4,096 steps
        return [h for h in self.hosts if h.address != master]

    def nic_for(self, host: HostPlan) -> str:
        return host.nic or self.storage_network.nic

    def storage_ips(self) -> dict[str, str]:
        """The storage IP of every host: given ones, the rest allocated from first_ip."""
        global _allocated
        key = (self.storage_network.first_ip, tuple((h.address, h.storage_ip) for h in self.hosts))
        last = _allocated  # one read: another thread may put its own meanwhile
        if last is None or last[0] != key:  # the pages ask several times per keystroke
            last = _allocated = (key, _allocate(*key))
        return dict(last[1])

    def netmask(self) -> str:
        try:
            return str(ipaddress.IPv4Network(self.storage_network.subnet, strict=False).netmask)
        except ValueError:
            return ""


def _dotted(number: int) -> str:
    """An IPv4 address as str(IPv4Address) writes it, without making one."""
    return f"{number >> 24}.{(number >> 16) & 255}.{(number >> 8) & 255}.{number & 255}"


def _allocate(first_ip: str, hosts: tuple[tuple[str, str], ...]) -> dict[str, str]:
    given = {address: ip for address, ip in hosts if ip}
    try:
        cursor = int(ipaddress.IPv4Address(first_ip))
    except ValueError:
        return given
    last = 2**32 - 1
    taken = set(given.values())
    result: dict[str, str] = {}
    for address, ip in hosts:
        if ip:
            result[address] = ip
            continue
        while cursor <= last and _dotted(cursor) in taken:
            cursor += 1
        if cursor > last:
            continue  # the range ran out: validate() reports the host without an IP
        text = _dotted(cursor)
        result[address] = text
        taken.add(text)
        cursor += 1
    return result


# The last allocation and what it was made from (the plan's first IP and hosts).
_allocated: tuple[tuple[str, tuple[tuple[str, str], ...]], dict[str, str]] | None = None


class PlanError(Exception):
    """The plan cannot be used; ``findings`` lists every problem."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(f.render() for f in findings))

"""The simulated data centre: machines, their pools, the iSCSI array, faults.

A *machine* is a physical host: it has an address, a certificate, NICs and
a root password whatever pool it is in. Its XAPI objects live in the
database of the pool it currently belongs to.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.simulator.db import Database
from wizard.simulator.tls import HostCertificate


@dataclass
class Lun:
    lun_id: int
    size: int  # bytes
    scsi_id: str
    vendor: str
    serial: str
    # The SR whose metadata is on the LUN (an LVM volume group in real life);
    # it survives the SR record being forgotten, which is what makes reattach work.
    sr_uuid: str = ""
    sr_name: str = ""
    sr_type: str = ""
    sr_vdis: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class IscsiTarget:
    iqn: str
    portals: list[str]
    port: int = 3260
    luns: list[Lun] = field(default_factory=list)
    chap_user: str = ""
    chap_password: str = ""
    online: bool = True
    # Initiator IQNs allowed to log in; empty means every initiator (tgt's -I ALL).
    allowed_initiators: list[str] = field(default_factory=list)
    # Where the switch carries the target: this VLAN (-1 untagged) on these host NICs.
    vlan: int = -1
    devices: list[str] = field(default_factory=lambda: ["eth1"])

    def lun_by_scsi_id(self, scsi_id: str) -> Lun | None:
        return next((lun for lun in self.luns if lun.scsi_id == scsi_id), None)


@dataclass
class Nic:
    device: str
    mac: str
    speed: int = 10000  # Mbit/s
    carrier: bool = True
    max_mtu: int = 9000
    vendor: str = "Intel Corporation"
    model: str = "Ethernet Controller X710 for 10GbE SFP+"


@dataclass
class Machine:
    uuid: str
    name: str
    address: str
    password: str
    cert: HostCertificate
    iscsi_iqn: str
    nics: list[Nic]
    db: Database
    host_ref: str = ""
    online: bool = True
    extra_latency: float = 0.0  # seconds added to every call (a slow host)
    # Its xapi started while its master did not answer: emergency mode (see emergency.py).
    started_without_master: bool = False

    @property
    def is_master(self) -> bool:
        return self.db.master_ref == self.host_ref


@dataclass
class Timing:
    latency: float = 0.0  # seconds per call
    durations: dict[str, float] = field(default_factory=dict)  # seconds per operation
    scale: float = 1.0  # 0 makes everything instant (tests)
    # Seconds before a new connection carries its first call: TCP's handshake and TLS 1.3's
    # are a round trip each, so a scenario's latency_ms counts twice here.
    setup_latency: float = 0.0

    def duration(self, operation: str) -> float:
        return self.durations.get(operation, 0.0) * self.scale

    def call_latency(self) -> float:
        return self.latency * self.scale

    def connection_setup(self) -> float:
        return self.setup_latency * self.scale


@dataclass
class Faults:
    """Switches a test flips to make the simulator misbehave like the field does."""

    # address -> "before_commit" | "after_commit": the host drops off during pool.join.
    drop_during_join: dict[str, str] = field(default_factory=dict)
    # method name (e.g. "SR.create") -> error description; the next task of it fails.
    fail_next_task: dict[str, list[str]] = field(default_factory=dict)
    # method names whose next task hangs (stays pending) until cancelled.
    hang_next_task: set[str] = field(default_factory=set)
    # host addresses whose PBD.plug fails (the host cannot see the LUN).
    pbd_plug_fails_on: set[str] = field(default_factory=set)
    # host addresses that cannot access the HA statefile.
    statefile_unreachable_on: set[str] = field(default_factory=set)
    # (host address, portal) pairs whose path is down (one cable of a multipath pair).
    path_down: set[tuple[str, str]] = field(default_factory=set)
    # method names (e.g. "Async.SR.create") whose next call is done but never answered:
    # the connection closes under the answer, as a reset on a bad link does.
    drop_next_answer: set[str] = field(default_factory=set)
    # method names whose next request is lost before the host acts on it: the connection
    # closes after the request was sent, so the client cannot tell this from a lost answer.
    lose_next_request: set[str] = field(default_factory=set)


class World:
    def __init__(self, timing: Timing | None = None) -> None:
        self.lock = threading.RLock()
        self.changed = threading.Condition(self.lock)
        self.machines: dict[str, Machine] = {}  # by address
        self.targets: list[IscsiTarget] = []
        self.timing = timing or Timing()
        self.faults = Faults()
        self.port = 443
        self.scenario_name = ""
        # Told when a machine goes off or on the network (the endpoints close/reopen its port).
        self.online_listeners: list[Callable[[Machine, bool], None]] = []
        # Lab mode (wizard.simulator.lab.LabBackend): real namespaces behind the answers.
        self.lab: Any = None
        # pool.join operations running now, by the master address they join (an observation
        # for tests: the wizard joins one host at a time), and the most seen at once.
        self.joins_in_progress: dict[str, int] = {}
        self.peak_concurrent_joins = 0

    def new_database(self) -> Database:
        return Database(self.lock, self.changed)

    def machine_by_uuid(self, uuid: str) -> Machine:
        return next(m for m in self.machines.values() if m.uuid == uuid)

    def machine_of_host(self, db: Database, host_ref: str) -> Machine:
        return self.machine_by_uuid(db.get("host", host_ref)["uuid"])

    def master_of(self, machine: Machine) -> Machine:
        return self.machine_of_host(machine.db, machine.db.master_ref)

    def databases(self) -> list[Database]:
        seen: dict[str, Database] = {}
        for machine in self.machines.values():
            seen.setdefault(machine.db.name, machine.db)
        return list(seen.values())

    def target_for_portal(self, portal: str, port: int) -> IscsiTarget | None:
        for target in self.targets:
            if portal in target.portals and target.port == port and target.online:
                return target
        return None

    def targets_at(self, portal: str, port: int) -> list[IscsiTarget]:
        return [t for t in self.targets if portal in t.portals and t.port == port and t.online]

    def lun_by_scsi_id(self, scsi_id: str) -> tuple[IscsiTarget, Lun] | None:
        for target in self.targets:
            lun = target.lun_by_scsi_id(scsi_id)
            if lun:
                return target, lun
        return None

    def set_online(self, address: str, online: bool) -> None:
        """Take a machine off the network (or bring it back), as a pulled cable would."""
        with self.lock:
            machine = self.machines[address]
            machine.online = online
            # A member coming back while its master is away boots into emergency mode.
            machine.started_without_master = (
                online and not machine.is_master and not self.master_of(machine).online
            )
            metrics = machine.db.get("host", machine.host_ref)["metrics"]
            machine.db.update("host_metrics", metrics, live=online)
            for listener in self.online_listeners:
                listener(machine, online)

    def expire_sessions(self) -> None:
        with self.lock:
            for db in self.databases():
                db.sessions.clear()

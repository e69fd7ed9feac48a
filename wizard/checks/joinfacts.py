"""What XAPI's later pre-join checks read about a host and its pool.

VM operations on any VM record, update guidance, clustering, SDN controller, NBD network purpose, trusted
certificates, an update in progress and the storage drivers' features: plain
data read from the same ``get_all_records`` answers as the other facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

NULL = "OpaqueRef:NULL"
NBD_PURPOSES = ("nbd", "insecure_nbd")

# Classes some releases do not have (their get_all_records is MESSAGE_METHOD_UNKNOWN).
OPTIONAL_CLASSES = ("Certificate", "Cluster", "Cluster_host", "SDN_controller")
CLASSES = ("SM", *OPTIONAL_CLASSES)

# Fields read, as facts.SCHEMA describes them: field -> (kind, required).
SCHEMA: dict[str, dict[str, tuple[str, bool]]] = {
    "SM": {"type": ("str", True), "features": ("map", False)},
    "Certificate": {
        "uuid": ("str", False),
        "name": ("str", False),
        "type": ("str", False),
        "fingerprint_sha256": ("str", False),
        "purpose": ("refs", False),
    },
    "Cluster": {"pool_auto_join": ("bool", False)},
    "Cluster_host": {
        "cluster": ("str", True),
        "host": ("str", True),
        "enabled": ("bool", True),
        "PIF": ("str", False),
    },
    "SDN_controller": {
        "protocol": ("str", False),
        "address": ("str", False),
        "port": ("int", False),
    },
}


@dataclass
class ClusterFacts:
    """The pool's cluster network, when new members join its cluster by themselves."""

    vlan: int  # of the first cluster host's PIF
    management: bool
    bridges: list[str]  # where a joiner needs its one IP


@dataclass
class CertFacts:
    ref: str
    uuid: str
    name: str  # "" for a trusted certificate; a legacy CA has a name
    type: str  # ca / pinned
    fingerprint: str
    purposes: list[str] = field(default_factory=list)


@dataclass
class SmFacts:
    ref: str
    type: str
    features: dict[str, str] = field(default_factory=dict)  # name -> version (decimal text)


@dataclass
class JoinState:
    pending_guidances: list[str] = field(default_factory=list)  # of this host
    cluster_host: str = ""  # an enabled cluster host of this host
    ip_bridges: list[str] = field(default_factory=list)  # bridges of this host's PIFs with an IP
    # about the pool the host is in now
    busy_vms: list[str] = field(default_factory=list)  # any VM, template or snapshot
    cluster: ClusterFacts | None = None
    sdn_controllers: list[str] = field(default_factory=list)  # "protocol:address:port"
    nbd_purpose: str = ""  # the first nbd / insecure_nbd purpose of its networks
    updating: bool = False  # an apply_updates operation runs on the pool
    certificates: list[CertFacts] = field(default_factory=list)  # CA and pinned
    sms: list[SmFacts] = field(default_factory=list)


def as_int(value: Any) -> int:
    """A number XAPI sent as an int or its text; 0 when it is neither (checked elsewhere)."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _bridge(records: dict[str, Any], pif_ref: str) -> str:
    pif = records["PIF"].get(pif_ref, {})
    return str(records["network"].get(pif.get("network", ""), {}).get("bridge", ""))


def _cluster(records: dict[str, Any]) -> ClusterFacts | None:
    first = next(iter(records["Cluster_host"].values()), None)
    if first is None or not records["Cluster"].get(first["cluster"], {}).get("pool_auto_join"):
        return None
    pif_ref = first.get("PIF", NULL)
    pif = records["PIF"].get(pif_ref)
    if pif is None:
        return None
    slaves = [
        slave
        for bond in pif.get("bond_master_of", [])
        for slave in records["Bond"].get(bond, {}).get("slaves", [])
        if isinstance(slave, str)
    ]
    return ClusterFacts(
        vlan=as_int(pif["VLAN"]),
        management=bool(pif["management"]),
        bridges=sorted({_bridge(records, p) for p in (slaves or [pif_ref])}),
    )


def _nbd(records: dict[str, Any]) -> str:
    for network in records["network"].values():
        for purpose in network.get("purpose", []):
            if purpose in NBD_PURPOSES:
                return str(purpose)
    return ""


def join_state(ref: str, host: dict[str, Any], records: dict[str, Any]) -> JoinState:
    """The state of host ``ref`` (and of its pool) that pre_join_checks looks at."""
    pool = next(iter(records["pool"].values()))
    operations = pool.get("current_operations", {})
    return JoinState(
        pending_guidances=[str(g) for g in host.get("pending_guidances", [])],
        cluster_host=next(
            (r for r, ch in records["Cluster_host"].items() if ch["host"] == ref and ch["enabled"]),
            "",
        ),
        ip_bridges=sorted(
            _bridge(records, r)
            for r, pif in records["PIF"].items()
            if pif["host"] == ref and pif["IP"] != ""
        ),
        busy_vms=sorted(
            vm["name_label"] for vm in records["VM"].values() if vm["current_operations"]
        ),
        cluster=_cluster(records),
        sdn_controllers=[
            f"{c.get('protocol', '')}:{c.get('address', '')}:{as_int(c.get('port', 0))}"
            for c in records["SDN_controller"].values()
        ],
        nbd_purpose=_nbd(records),
        updating="apply_updates" in operations.values() if isinstance(operations, dict) else False,
        certificates=[
            CertFacts(
                r,
                c.get("uuid", ""),
                c.get("name", ""),
                c.get("type", ""),
                c.get("fingerprint_sha256", ""),
                [str(p) for p in c.get("purpose", [])],
            )
            for r, c in records["Certificate"].items()
            if c.get("type") in ("ca", "pinned")
        ],
        sms=[
            SmFacts(r, sm["type"], dict(sm.get("features", {}))) for r, sm in records["SM"].items()
        ],
    )

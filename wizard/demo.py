"""A ready build plan for a simulated lab (demo mode and ``simulate --write-plan``)."""

from __future__ import annotations

from wizard.plan import HaPlan, HostPlan, IscsiPlan, Plan, StorageNetworkPlan
from wizard.simulator import Simulator

GiB = 1024**3
HEARTBEAT_LUN_MIN = 4 * GiB


def lab_plan(sim: Simulator, pool_name: str = "Demo pool") -> Plan:
    hint = sim.describe()["storage_network"]
    hosts = [HostPlan(address=h.address, name=h.name, fingerprint=h.fingerprint) for h in sim.hosts]
    target = sim.world.targets[0]
    free = sorted((lun for lun in target.luns), key=lambda lun: lun.size)
    data = free[-1]
    heartbeat = next(
        (lun for lun in free if lun.size >= HEARTBEAT_LUN_MIN and lun is not data), None
    )
    return Plan(
        pool_name=pool_name,
        master=hosts[0].address,
        port=sim.port,
        username="root",
        hosts=hosts,
        storage_network=StorageNetworkPlan(
            nic=hint["nic"],
            vlan=hint["vlan"],
            mtu=hint["mtu"],
            subnet=hint["subnet"],
            first_ip=hint["first_ip"],
            name=f"Storage VLAN {hint['vlan']}",
        ),
        iscsi=IscsiPlan(
            portals=list(target.portals),
            port=target.port,
            target_iqn=target.iqn,
            chap_user=target.chap_user,
            sr_scsi_id=data.scsi_id,
            sr_size=data.size,
            sr_name="iSCSI storage",
            heartbeat_scsi_id=heartbeat.scsi_id if heartbeat else "",
            heartbeat_size=heartbeat.size if heartbeat else 0,
        ),
        ha=HaPlan(enabled=heartbeat is not None and len(hosts) > 1, host_failures_to_tolerate=1),
    )

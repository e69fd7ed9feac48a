"""Field pains end to end against the simulator: join concurrency, management and storage
MTUs, storage on the management NIC, a planned master that belongs to another pool."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import failure_of, sdk_session
from tests.faults.conftest import FINISHED, Hooks, build, inventory, preflight_only
from wizard.demo import lab_plan
from wizard.findings import Finding, Severity
from wizard.plan import Plan
from wizard.progress import State
from wizard.simulator import Simulator
from wizard.simulator.world import Machine
from wizard.steps.context import BuildContext, BuildStopped
from wizard.xapi.trust import PinStore, Trust

# The management PIF fields a build must leave as they are.
MANAGEMENT_FIELDS = (
    "uuid",
    "device",
    "MAC",
    "management",
    "physical",
    "VLAN",
    "MTU",
    "ip_configuration_mode",
    "IP",
    "netmask",
    "gateway",
    "DNS",
    "primary_address_type",
    "ipv6_configuration_mode",
    "IPv6",
    "ipv6_gateway",
    "currently_attached",
    "disallow_unplug",
    "other_config",
)


def _context(sim: Simulator, plan: Plan | None = None) -> BuildContext:
    return BuildContext(
        plan=plan or lab_plan(sim),
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
    )


def _machines(sim: Simulator) -> list[Machine]:
    return list(sim.world.machines.values())


def _set_pif(machine: Machine, device: str, **changes: Any) -> None:
    """Change a machine's physical PIF for ``device`` in the database it lives in now."""
    db = machine.db
    ref = db.find_one("PIF", host=machine.host_ref, device=device, physical=True)
    assert ref, f"{machine.address} has no {device}"
    db.update("PIF", ref, **changes)


def _management_pifs(sim: Simulator) -> dict[str, dict[str, Any]]:
    """Every host's management PIF, each read from the host's pool master, by host address."""
    out: dict[str, dict[str, Any]] = {}
    for info in sim.hosts:
        machine = sim.world.machines[info.address]
        master = sim.world.master_of(machine)
        api = sdk_session(next(h for h in sim.hosts if h.address == master.address)).xenapi
        host = api.host.get_by_uuid(machine.uuid)
        (pif,) = [
            p for p in api.PIF.get_all_records().values() if p["host"] == host and p["management"]
        ]
        out[info.address] = {key: pif[key] for key in MANAGEMENT_FIELDS}
    return out


# -- 1. joins run one at a time -------------------------------------------------------------


def test_members_join_the_master_one_at_a_time(make_sim: Callable[..., Simulator]) -> None:
    # Joins take real (scaled) time, so joins started together would overlap in the simulator.
    sim = make_sim("smb3", hosts=4, time_scale=0.01)
    build(sim)
    assert sim.world.peak_concurrent_joins == 1
    assert sim.world.joins_in_progress == {sim.hosts[0].address: 0}
    assert inventory(sim)["hosts"] == 4 and inventory(sim)["ha"]


# -- 2. the management interface ------------------------------------------------------------


def test_a_joining_hosts_management_mtu_other_than_1500_is_a_warning_naming_host_and_mtu(
    sim: Simulator,
) -> None:
    def mtu_warnings(findings: list[Finding]) -> list[Finding]:
        return [
            f
            for f in findings
            if f.check == "management interface" and "MTU" in f.message and not f.blocking
        ]

    assert mtu_warnings(preflight_only(sim)) == []
    joiner = _machines(sim)[1]
    with sim.world.lock:
        _set_pif(joiner, "eth0", MTU=9000)
    (warning,) = mtu_warnings(preflight_only(sim))
    assert warning.severity is Severity.WARNING
    assert warning.subject == joiner.address
    assert "MTU 9000" in warning.message and "1500" in warning.fix


def test_a_full_build_leaves_every_management_pif_as_it_was(sim: Simulator) -> None:
    before = _management_pifs(sim)
    assert len(before) == 3
    build(sim)
    assert inventory(sim) == FINISHED
    assert _management_pifs(sim) == before


# -- 3. the NIC keeps a smaller MTU than planned --------------------------------------------


def _limit_storage_nic(sim: Simulator, machine: Machine, mtu: int | None) -> None:
    """The NIC driver's MTU limit (simulator hook), on the NIC and the VLAN PIFs on it."""
    with sim.world.lock:
        db = machine.db
        for ref, pif in db.all("PIF"):
            if pif["host"] != machine.host_ref or pif["device"] != "eth1":
                continue
            other = {k: v for k, v in pif["other_config"].items() if k != "sim_max_mtu"}
            if mtu is not None:
                other["sim_max_mtu"] = str(mtu)
            db.update("PIF", ref, other_config=other)


def _stop_at_storage_network(sim: Simulator) -> Machine:
    """Build with one member's storage NIC stuck at MTU 1500: it stops naming both MTUs."""
    member = _machines(sim)[1]
    _limit_storage_nic(sim, member, 1500)
    hooks = Hooks()
    with pytest.raises(BuildStopped) as info:
        build(sim, hooks=hooks)
    failed = {(e.step, e.host) for e in hooks.seen if e.state is State.FAILED}
    assert failed == {("network", member.address)}
    message = info.value.message
    assert member.address in message and "MTU 1500" in message and "planned 9000" in message
    assert "jumbo-frame" in info.value.advice
    assert not inventory(sim)["shared_srs"]  # nothing after the storage network was made
    return member


def test_a_storage_nic_that_keeps_a_smaller_mtu_stops_the_build_naming_host_and_mtus(
    sim: Simulator,
) -> None:
    _stop_at_storage_network(sim)


def test_after_the_nic_is_fixed_a_rerun_finishes(sim: Simulator) -> None:
    member = _stop_at_storage_network(sim)
    _limit_storage_nic(sim, member, None)
    build(sim)
    assert inventory(sim) == FINISHED


def test_a_built_pools_storage_vlan_is_not_silently_moved_by_a_changed_plan(
    sim: Simulator,
) -> None:
    build(sim)
    moved = lab_plan(sim)
    moved.storage_network.vlan = 300
    moved.storage_network.name = "Storage VLAN 300"
    findings = preflight_only(sim, moved)
    (vlan,) = [f for f in findings if f.subject == "storage_network.vlan"]
    assert vlan.blocking
    assert "already has its storage network 'Storage VLAN 200' on VLAN 200" in vlan.message
    assert "Put VLAN 200 back in the plan" in vlan.fix
    # not echoed as three "IP already in use" errors about our own interfaces
    assert not [f for f in findings if "already in use" in f.message]
    # the same plan as built: no such finding
    assert not [f for f in preflight_only(sim) if f.subject == "storage_network.vlan"]


def test_a_built_hosts_storage_ip_in_use_is_not_changed_under_the_pool(sim: Simulator) -> None:
    build(sim)
    moved = lab_plan(sim)
    moved.storage_network.first_ip = "10.200.0.51"
    findings = preflight_only(sim, moved)
    changed = {f.subject: f for f in findings if f.check == "storage IP"}
    assert sorted(changed) == sorted(h.address for h in sim.hosts)
    first = changed[sim.hosts[0].address]
    assert first.blocking and "has 10.200.0.21 and carries the pool's storage" in first.message
    assert "gives it 10.200.0.51" in first.message and "Put 10.200.0.21 back" in first.fix
    assert inventory(sim) == FINISHED  # nothing was touched


def test_a_built_pools_storage_nic_is_not_silently_kept_under_a_changed_plan(
    sim: Simulator,
) -> None:
    build(sim)
    moved = lab_plan(sim)
    moved.storage_network.nic = "eth0"  # the build would have left VLAN 200 on eth1
    findings = preflight_only(sim, moved)
    changed = {f.subject: f for f in findings if f.check == "storage NIC" and f.blocking}
    assert sorted(changed) == sorted(h.address for h in sim.hosts)
    first = changed[sim.hosts[0].address]
    assert "is on eth1 already; the plan says eth0" in first.message
    assert "Put eth1 back in the plan" in first.fix
    assert not [f for f in findings if "already in use" in f.message]  # not echoed
    one = lab_plan(sim)
    one.hosts[1].nic = "eth0"  # one host's own NIC: that host only
    (only,) = [f for f in preflight_only(sim, one) if f.check == "storage NIC" and f.blocking]
    assert only.subject == sim.hosts[1].address
    assert not [f for f in preflight_only(sim) if f.check == "storage NIC" and f.blocking]
    assert inventory(sim) == FINISHED  # nothing was touched


def test_a_built_hosts_storage_subnet_in_use_is_not_changed_under_the_pool(
    sim: Simulator,
) -> None:
    build(sim)
    moved = lab_plan(sim)
    moved.storage_network.subnet = "10.200.0.0/16"  # the same IPs, another netmask
    findings = preflight_only(sim, moved)
    changed = {f.subject: f for f in findings if f.check == "storage IP" and f.blocking}
    assert sorted(changed) == sorted(h.address for h in sim.hosts)
    first = changed[sim.hosts[0].address]
    assert "has netmask 255.255.255.0 and carries the pool's storage" in first.message
    assert "gives it 255.255.0.0" in first.message and "storage_network.subnet" in first.fix
    assert inventory(sim) == FINISHED  # nothing was touched


def test_a_joiner_with_the_masters_edition_is_stopped_when_a_member_has_another(
    sim: Simulator,
) -> None:
    first = lab_plan(sim)
    first.hosts = first.hosts[:2]
    first.ha.enabled = False  # XAPI refuses any join under HA before it looks at editions
    build(sim, plan=first)
    master = sim.world.machines[sim.hosts[0].address]
    member = sim.world.machines[sim.hosts[1].address]
    with sim.world.lock:  # host.apply_edition on the member: the pool's editions differ
        master.db.update("host", member.host_ref, edition="standard")
    joiner = sim.hosts[2].address
    findings = preflight_only(sim)
    (licence,) = [f for f in findings if f.check == "licence" and f.blocking]
    assert licence.subject == joiner  # its edition is the master's: XAPI refuses it all the same
    assert "'standard', 'xcp-ng'" in licence.message and "host-apply-edition" in licence.fix
    api = sdk_session(sim.hosts[2]).xenapi
    refused = failure_of(lambda: api.pool.join(sim.hosts[0].address, "root", sim.hosts[0].password))
    assert refused[0] == "LICENSE_HOST_POOL_MISMATCH"


def test_a_stale_ha_pause_mark_with_ha_on_is_cleared_not_believed(sim: Simulator) -> None:
    from wizard.checks.facts import HA_PAUSED_KEY

    build(sim)
    api = sdk_session(sim.hosts[0]).xenapi
    pool = api.pool.get_all()[0]
    api.pool.add_to_other_config(pool, HA_PAUSED_KEY, "true")  # HA was turned on by hand
    plan = lab_plan(sim)
    plan.ha.host_failures_to_tolerate = 0
    findings = preflight_only(sim, plan)
    assert not [f for f in findings if "turned it off for the joins" in f.message]
    off = lab_plan(sim)
    off.ha.enabled = False  # nor does a plan without HA meet a blocker about the mark
    assert not [f for f in preflight_only(sim, off) if f.blocking]
    build(sim, plan=plan)  # one run: the mark goes and the new tolerance is set
    assert HA_PAUSED_KEY not in api.pool.get_other_config(pool)
    assert api.pool.get_ha_host_failures_to_tolerate(pool) == "0"
    assert api.pool.get_ha_enabled(pool)


# -- 4. storage on the management NIC -------------------------------------------------------


def _management_nic_warnings(findings: list[Finding]) -> set[str]:
    return {
        f.subject
        for f in findings
        if f.check == "storage NIC"
        and f.severity is Severity.WARNING
        and "also carries management traffic" in f.message
    }


def test_the_storage_vlan_on_the_management_nic_is_a_warning_on_every_host(
    sim: Simulator,
) -> None:
    plan = lab_plan(sim)
    assert plan.storage_network.nic == "eth1"
    assert _management_nic_warnings(preflight_only(sim, plan)) == set()
    plan.storage_network.nic = "eth0"
    findings = preflight_only(sim, plan)
    assert _management_nic_warnings(findings) == {h.address for h in sim.hosts}
    assert not [f for f in findings if f.check == "storage NIC" and f.blocking]


# -- 5. the planned master is a member of another pool --------------------------------------


def test_a_planned_master_in_another_pool_stops_connect_naming_that_master_and_the_fix(
    sim: Simulator,
) -> None:
    planned, other = sim.hosts[0], sim.hosts[2]
    api = sdk_session(planned).xenapi
    api.pool.join(other.address, other.username, other.password)
    assert sim.world.master_of(sim.world.machines[planned.address]).address == other.address
    ctx = _context(sim)

    async def go() -> None:
        try:
            await ctx.connect()
        finally:
            await ctx.close()

    with pytest.raises(BuildStopped) as info:
        asyncio.run(go())
    assert info.value.message == (
        f"{planned.address} (the planned master) is a member of the pool of {other.address}"
    )
    assert info.value.advice == (
        f"Choose {other.address} as the master, or eject {planned.address} from that pool first."
    )

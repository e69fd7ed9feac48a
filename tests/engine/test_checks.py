"""Each pre-flight rule, both outcomes, on plain facts (no hosts needed)."""

from __future__ import annotations

import copy
from collections.abc import Callable

import pytest

from tests.engine.test_plan import good_plan
from wizard.checks.capacity import capacity_plan, ha_findings, local_vm_findings
from wizard.checks.facts import HostFacts, NicFacts, SrFacts, VmFacts
from wizard.checks.joinfacts import JoinState
from wizard.checks.network import storage_network_findings
from wizard.checks.pool_join import (
    cpu_levelling_findings,
    join_findings,
    membership_findings,
    pool_findings,
)
from wizard.findings import Severity

GiB = 1024**3
FLAGS = "fpu sse sse2 avx avx2 avx512f"


def host(address: str, uuid: str, **changes: object) -> HostFacts:
    facts = HostFacts(
        address=address,
        uuid=uuid,
        name=f"host-{uuid}",
        software_version={
            "product_brand": "XCP-ng",
            "product_version": "8.3.0",
            "platform_version": "3.4.0",
            "xapi": "24.19",
            "git_id": "abc",
            "db_schema": "5.781",
        },
        cpu_info={"vendor": "GenuineIntel", "modelname": "Xeon Silver", "flags": FLAGS},
        edition="xcp-ng",
        license_params={},
        external_auth_type="",
        external_auth_service_name="",
        api_version="2.21",
        memory_total=64 * GiB,
        memory_overhead=GiB,
        iscsi_iqn=f"iqn.2026-11.com.example:{uuid}",
        live=True,
        pool_name="",
        pool_ha_enabled=False,
        pool_cpu_vendor="GenuineIntel",
        pool_tls_verification=True,
        is_master=True,
        pool_size=1,
        master_address=address,
        nics=[
            NicFacts("eth0", -1, True, True, True, 10000, 1500, address, "mgmt", "n0", True),
            NicFacts("eth1", -1, True, False, True, 10000, 1500, "", "storage nic", "n1", False),
        ],
        control_domain_memory=4 * GiB,
    )
    for key, value in changes.items():
        setattr(facts, key, value)
    return facts


MASTER = host("192.0.2.11", "m")


def joiner(**changes: object) -> HostFacts:
    return host("192.0.2.12", "j", **changes)


def running_vm(
    name: str = "web", memory: int = 8 * GiB, on: str = "j", priority: str = ""
) -> VmFacts:
    return VmFacts(f"ref-{name}", name, "Running", memory, on, False, priority)


def _sw(**changes: str) -> dict[str, str]:
    return {**MASTER.software_version, **changes}


CASES: list[tuple[str, Callable[[], HostFacts], str]] = [
    ("HA on the joiner", lambda: joiner(pool_ha_enabled=True), "has High Availability enabled"),
    ("master of others", lambda: joiner(pool_size=3), "is the master of 2 other host(s)"),
    ("running VM", lambda: joiner(vms=[running_vm()]), "runs 1 VM(s): web"),
    (
        "VM busy",
        lambda: joiner(join=JoinState(busy_vms=["db"])),  # any VM record of its pool
        "VM operations in progress",
    ),
    (
        "platform",
        lambda: joiner(software_version=_sw(platform_version="3.2.0")),
        "different product or platform",
    ),
    ("software", lambda: joiner(software_version=_sw(git_id="zzz")), "different software version"),
    (
        "CPU vendor",
        lambda: joiner(cpu_info={"vendor": "AuthenticAMD", "flags": FLAGS}),
        "has AuthenticAMD CPUs",
    ),
    (
        "shared SR",
        lambda: joiner(srs=[SrFacts("r", "u", "NFS", "nfs", True, False)]),
        "has shared SRs attached: NFS",
    ),
    ("bond", lambda: joiner(bonds=1), "has NIC bonds"),
    ("tunnel", lambda: joiner(tunnels=1), "has tunnels"),
    ("SR-IOV", lambda: joiner(sriovs=1), "has SR-IOV networks"),
    ("VLAN", lambda: joiner(non_management_vlans=2), "has 2 VLAN(s) besides management"),
    ("external auth", lambda: joiner(external_auth_type="AD"), "different external authentication"),
    ("edition", lambda: joiner(edition="xenserver-premium"), "licence edition"),
    ("API", lambda: joiner(api_version="2.20"), "speaks API 2.20"),
    ("TLS", lambda: joiner(pool_tls_verification=False), "TLS verification"),
    (
        "updates",
        lambda: joiner(updates={"u-1": "XS82ECU1053"}),
        "only on the master: -; only on this host: XS82ECU1053",
    ),
    ("pool size licence", lambda: joiner(license_params={"restrict_pool_size": "true"}), None),  # type: ignore[list-item]
]


@pytest.mark.parametrize(("name", "make", "expected"), CASES, ids=[c[0] for c in CASES])
def test_each_join_rule_blocks_only_when_broken(
    name: str, make: Callable[[], HostFacts], expected: str | None
) -> None:
    assert join_findings(MASTER, joiner()) == []
    master = MASTER
    findings = join_findings(master, make())
    if expected is None:  # the pool-size licence only bites at 3 hosts
        assert findings == []
        master = host("192.0.2.11", "m", pool_size=3)
        findings = join_findings(master, make())
        expected = "limits pools to 3 hosts"
    assert [f.severity for f in findings] == [Severity.ERROR]
    assert expected in findings[0].message
    assert findings[0].subject == "192.0.2.12" and findings[0].fix
    # pool.join_force skips XAPI's homogeneity rules (build, CPU vendor) and nothing else
    forced = join_findings(master, make(), force=True)
    if name in ("software", "CPU vendor"):
        assert findings[0].forceable and "Forcing the join is possible" in findings[0].fix
        assert [f.severity for f in forced] == [Severity.WARNING]
        assert "the join will be FORCED" in forced[0].message and expected in forced[0].message
    else:
        assert not findings[0].forceable and forced == findings


def test_the_licence_edition_is_that_of_every_host_in_the_pool_not_only_the_masters() -> None:
    # XAPI's assert_restrictions_match: the joiner's edition string against every pool
    # host's; a member applied another edition, so the master's alone is not enough.
    mixed = host("192.0.2.11", "m", edition="premium", pool_editions=["premium", "standard"])
    (found,) = join_findings(mixed, joiner(edition="premium"))
    assert found.blocking and found.check == "licence" and found.subject == "192.0.2.12"
    assert "the pool's hosts 'premium', 'standard'" in found.message
    assert join_findings(mixed, joiner(edition="premium"), force=True) == [found]  # not forceable
    alike = host("192.0.2.11", "m", edition="premium", pool_editions=["premium"])
    assert join_findings(alike, joiner(edition="premium")) == []
    assert join_findings(alike, joiner(edition="Premium"))  # XAPI compares the strings exactly


def test_a_forced_vendor_join_says_what_the_pool_gives_up() -> None:
    amd = joiner(cpu_info={"vendor": "AuthenticAMD", "flags": FLAGS})
    (blocker,) = join_findings(MASTER, amd)
    (forced,) = join_findings(MASTER, amd, force=True)
    for text in (blocker.fix, forced.fix):
        assert "VM_INCOMPATIBLE_WITH_THIS_HOST" in text and "AuthenticAMD" in text
    # only the host the user confirmed is forced
    other = host("192.0.2.13", "k", cpu_info={"vendor": "AuthenticAMD", "flags": FLAGS})
    findings = pool_findings(MASTER, [MASTER, amd, other], forced={amd.address})
    vendor = {f.subject: f.severity for f in findings if f.check == "CPU vendor"}
    assert vendor == {amd.address: Severity.WARNING, other.address: Severity.ERROR}


def test_pool_size_licence_counts_the_planned_pool_not_todays() -> None:
    # A fresh build: the master is alone (pool size 1), four restricted hosts are planned.
    restricted = {"restrict_pool_size": "true"}
    master = host("192.0.2.11", "m", license_params=restricted)
    members = [host(f"192.0.2.{12 + i}", f"j{i}", license_params=restricted) for i in range(3)]
    findings = [f for f in pool_findings(master, [master, *members]) if f.check == "licence"]
    assert findings and all(f.blocking for f in findings)
    assert "limits pools to 3 hosts; the plan makes 4" in findings[0].message
    # three restricted hosts are fine: the licence allows a pool of three
    assert not [f for f in pool_findings(master, [master, *members[:2]]) if f.check == "licence"]


def test_management_vlan_mismatch() -> None:
    tagged = copy.deepcopy(joiner())
    tagged.nics[0].vlan = 20
    (finding,) = join_findings(MASTER, tagged)
    assert "VLAN 20" in finding.message and "VLAN -1" in finding.message


def test_membership_of_another_pool_is_a_blocker_and_ours_is_fine() -> None:
    elsewhere = joiner(is_master=False, master_address="192.0.2.99", pool_size=2)
    assert membership_findings(MASTER, elsewhere)[0].blocking
    ours = joiner(is_master=False, master_address=MASTER.address, pool_size=2)
    assert not membership_findings(MASTER, ours)[0].blocking


def test_cpu_levelling_names_the_lost_features() -> None:
    older = joiner(
        cpu_info={
            "vendor": "GenuineIntel",
            "modelname": "Xeon E5",
            "flags": "fpu sse sse2 avx avx2",
        }
    )
    findings = cpu_levelling_findings(MASTER, [MASTER, older])
    assert [f.subject for f in findings] == [MASTER.address]
    assert findings[0].severity is Severity.WARNING and "avx512f" in findings[0].message
    assert cpu_levelling_findings(MASTER, [MASTER, joiner()]) == []


def test_storage_network_checks() -> None:
    plan = good_plan()
    plan.storage_network.vlan = 200
    assert not [
        f
        for f in storage_network_findings(plan, [MASTER, joiner()])
        if f.severity is not Severity.INFO
    ]
    no_link = copy.deepcopy(joiner())
    no_link.nics[1].carrier = False
    assert any(
        "has no link" in f.message for f in storage_network_findings(plan, [MASTER, no_link])
    )
    plan.storage_network.nic = "eth7"
    assert any("has no NIC eth7" in f.message for f in storage_network_findings(plan, [MASTER]))
    plan.storage_network.nic = "eth1"
    taken = copy.deepcopy(joiner())
    taken.nics[
        0
    ].ip = "10.200.0.21"  # the master's planned storage IP is the joiner's management IP
    assert any(
        "already in use" in f.message for f in storage_network_findings(plan, [MASTER, taken])
    )
    used_vlan = copy.deepcopy(MASTER)
    used_vlan.nics.append(
        NicFacts("eth1", 200, False, False, True, 0, 1500, "", "backup", "n9", True)
    )
    assert any(
        "already used by network 'backup'" in f.message
        for f in storage_network_findings(plan, [used_vlan])
    )


def test_ha_capacity_counts_real_memory() -> None:
    plan = good_plan()
    roomy = [host("a", "a"), host("b", "b", vms=[running_vm("db", 16 * GiB, "b", "restart")])]
    assert capacity_plan(plan, roomy).max_failures == 1
    assert not [f for f in ha_findings(plan, roomy, xapi_max=1) if f.blocking]
    tight = [
        host("a", "a", vms=[running_vm("big", 55 * GiB, "a")]),
        host("b", "b", vms=[running_vm("db", 16 * GiB, "b", "restart")]),
    ]
    result = capacity_plan(plan, tight)
    assert result.max_failures == 0 and result.stranded == ["db"]
    blocking = [f for f in ha_findings(plan, tight, xapi_max=0) if f.blocking]
    assert blocking and "can tolerate 0" in blocking[0].message
    # at 0 the warning says what 0 means, and why 1 is out of reach
    plan.ha.host_failures_to_tolerate = 0
    (zero,) = [f for f in ha_findings(plan, tight, xapi_max=0) if f.check == "HA capacity"]
    assert zero.severity is Severity.WARNING and "nothing is reserved" in zero.message
    assert "with one host down, db would find no room" in zero.fix
    (roomy_zero,) = [f for f in ha_findings(plan, roomy, xapi_max=1) if f.check == "HA capacity"]
    assert roomy_zero.fix == "Use 1 when the pool has the headroom."


def test_vms_on_local_storage_are_listed() -> None:
    with_local = host(
        "a", "a", vms=[VmFacts("r", "dc01", "Halted", GiB, "", False, "", ["Local storage"])]
    )
    assert "dc01" in local_vm_findings([with_local])[0].message
    assert local_vm_findings([host("b", "b")]) == []

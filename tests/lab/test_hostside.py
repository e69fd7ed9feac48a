"""Host-side checks over real SSH in the lab: they pass on a good network, and each
field fault gives its own diagnosis naming the host and the likely side."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.lab.netlab import CHAP_SECRET, CHAP_USER, STORAGE_VLAN, TARGET_IQN, LabHost, NetLab
from wizard.checks.hostside import (
    HostCheckInput,
    HostCheckResult,
    multipath_findings,
    run_host_checks,
)
from wizard.findings import Finding
from wizard.ssh import HostKeyPins, HostKeyTrust, SshAccess

pytestmark = pytest.mark.lab
IFACE = f"eth1.{STORAGE_VLAN}"


def configure(lab: NetLab, mtu: int = 9000) -> None:
    """What the storage network step leaves on every host."""
    for host in lab.hosts:
        lab.ensure_vlan_interface(host, "eth1", STORAGE_VLAN)
        lab.set_mtu(host.ns, IFACE, mtu)
        lab.set_address(host.ns, IFACE, f"{host.storage_ip}/24")


def spec(lab: NetLab, host: LabHost, **overrides: object) -> HostCheckInput:
    values: dict[str, object] = {
        "address": host.mgmt_ip,
        "name": host.name,
        "ip": host.storage_ip,
        "prefix": 24,
        "mtu": 9000,
        "interfaces": ["xapi1", IFACE],
        "portals": list(lab.state.portals),
        "target_iqn": TARGET_IQN,
    }
    values.update(overrides)
    return HostCheckInput(**values)  # type: ignore[arg-type]


def check(lab: NetLab, host: LabHost, **overrides: object) -> HostCheckResult:
    access = SshAccess(
        HostKeyTrust(HostKeyPins(), confirm=lambda _a, _f: True),
        key_file=lab.state.client_key,
        connect_timeout=5.0,
    )
    with access.connect(host.mgmt_ip) as session:
        return run_host_checks(session, spec(lab, host, **overrides))


def check_all(lab: NetLab) -> list[HostCheckResult]:
    with ThreadPoolExecutor(len(lab.hosts)) as pool:
        return list(pool.map(lambda host: check(lab, host), lab.hosts))


def errors(result: HostCheckResult) -> list[Finding]:
    return [f for f in result.findings if f.blocking]


@pytest.fixture
def lab(shared_lab: NetLab) -> Iterator[NetLab]:
    """The shared lab with its storage network configured; put back after each test."""
    configure(shared_lab)
    yield shared_lab
    for host in shared_lab.hosts:
        shared_lab.ensure_vlan_interface(host, "eth1", STORAGE_VLAN)
        shared_lab.move_to_vlan(host, IFACE, STORAGE_VLAN)
        shared_lab.switch_port_mtu(host, IFACE, 9000)
    configure(shared_lab)
    shared_lab.start_target()


def test_every_check_passes_on_a_good_network(lab: NetLab) -> None:
    results = check_all(lab)
    for result in results:
        assert errors(result) == [], [f.render() for f in result.findings]
        assert result.interface == IFACE and result.tool == "iscsi-ls"
        assert result.paths == {("10.78.0.10", TARGET_IQN)}
        (summary,) = result.findings
        assert "with jumbo frames" in summary.message
    assert multipath_findings(results, lab.state.portals, TARGET_IQN) == []


def test_wrong_vlan_tag_on_one_host(lab: NetLab) -> None:
    bad = lab.hosts[1]
    lab.move_to_vlan(bad, IFACE, 300)
    (finding,) = errors(check(lab, bad))
    assert finding.subject == bad.mgmt_ip
    assert f"{bad.name} ({bad.mgmt_ip}): portal 10.78.0.10 does not answer from {IFACE}" in (
        finding.message
    )
    assert "carries the storage VLAN" in finding.fix
    assert errors(check(lab, lab.hosts[0])) == []  # the others are fine


def test_host_side_mtu_1500_is_message_too_long(lab: NetLab) -> None:
    bad = lab.hosts[0]
    lab.set_mtu(bad.ns, IFACE, 1500)
    found = errors(check(lab, bad))
    messages = " | ".join(f.message for f in found)
    assert f"storage interface {IFACE} runs at MTU 1500, planned 9000" in messages
    jumbo = next(f for f in found if f.check == "jumbo frames")
    assert "fail on the host itself" in jumbo.message and "message too long" in jumbo.message
    assert bad.name in jumbo.message


def test_switch_port_at_1500_is_silent_loss(lab: NetLab) -> None:
    bad = lab.hosts[2]
    lab.switch_port_mtu(bad, IFACE, 1500)
    (finding,) = errors(check(lab, bad))
    assert finding.check == "jumbo frames"
    assert "silently lost" in finding.message and bad.name in finding.message
    assert "switch port" in finding.fix
    assert "0/3 answered" in finding.evidence


def test_target_down(lab: NetLab) -> None:
    lab.stop_target()
    (finding,) = errors(check(lab, lab.hosts[0]))
    assert finding.check == "iSCSI discovery"
    assert "failed (refused)" in finding.message
    assert "Connection refused" in finding.evidence


def test_wrong_iqn_and_missing_interface(lab: NetLab) -> None:
    (finding,) = errors(check(lab, lab.hosts[0], target_iqn="iqn.2026-01.lab.xenpool:other"))
    assert f"The portal offers: {TARGET_IQN}" in finding.fix
    host = lab.hosts[1]
    lab.remove_vlan_interface(host, "eth1", STORAGE_VLAN)
    (finding,) = errors(check(lab, host))
    assert "no storage interface (xapi1 or eth1.200)" in finding.message


def test_chap(fresh_lab: NetLab) -> None:
    configure(fresh_lab)
    fresh_lab.set_chap(CHAP_USER, CHAP_SECRET)
    host = fresh_lab.hosts[0]
    good = check(fresh_lab, host, chap_user=CHAP_USER, chap_secret=CHAP_SECRET)
    assert errors(good) == []
    wrong = check(fresh_lab, host, chap_user=CHAP_USER, chap_secret="not-the-secret")
    (finding,) = errors(wrong)
    assert "failed (auth)" in finding.message and "CHAP" in finding.fix
    assert "Authentication failure" in finding.evidence
    none = check(fresh_lab, host)
    assert [f.check for f in errors(none)] == ["iSCSI discovery"]


def test_multipath_consistency_across_hosts(
    netns_before: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    two = NetLab(3, folder=tmp_path_factory.mktemp("mp"), prefix="xpmp", portals=2)
    two.up()
    try:
        configure(two)
        lopsided = two.hosts[2]
        # This host's frames to the second portal go nowhere (a stale neighbour entry).
        two.exec_in(
            lopsided.ns,
            [
                "ip",
                "neigh",
                "replace",
                "10.78.0.11",
                "lladdr",
                "02:00:00:00:00:01",
                "dev",
                IFACE,
                "nud",
                "permanent",
            ],
        )
        results = check_all(two)
    finally:
        two.down()
    assert all(r.paths >= {("10.78.0.10", TARGET_IQN)} for r in results)
    assert results[0].paths == {("10.78.0.10", TARGET_IQN), ("10.78.0.11", TARGET_IQN)}
    assert [f.check for f in errors(results[2])] == ["portal reachable"]
    (warning,) = multipath_findings(results, two.state.portals, TARGET_IQN)
    assert warning.subject == lopsided.mgmt_ip
    assert "sees 1 of 2 iSCSI paths: missing 10.78.0.11" in warning.message

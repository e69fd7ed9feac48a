"""The engine against namespace hosts: XAPI from the simulator in lab mode, the
network and the iSCSI target real, and the host-side checks over real SSH."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.faults.conftest import FINISHED, Hooks, build, inventory
from tests.lab.netlab import CHAP_SECRET, CHAP_USER, STORAGE_VLAN, TARGET_IQN, NetLab
from wizard.demo import lab_plan
from wizard.progress import State
from wizard.simulator import Simulator
from wizard.simulator.lab import LabBackend
from wizard.simulator.world import Machine
from wizard.ssh import HostKeyChanged, HostKeyPins, HostKeyTrust, SshAccess
from wizard.steps.context import BuildStopped

pytestmark = pytest.mark.lab
SCENARIO = str(Path(__file__).with_name("lab3.toml"))
IFACE = f"eth1.{STORAGE_VLAN}"


def lab_simulator(lab: NetLab, *, chap: bool = False) -> Simulator:
    def factory(machine: Machine) -> object:
        return lab.socket_factory(machine.address)

    sim = Simulator(
        SCENARIO,
        base_address=lab.hosts[0].mgmt_ip,
        time_scale=0.0,
        socket_factory=factory,  # type: ignore[arg-type]
    )
    if chap:
        target = sim.world.targets[0]
        target.chap_user, target.chap_password = CHAP_USER, CHAP_SECRET
    LabBackend(lab, lab.state.san_ns).attach(sim.world)
    return sim.start(443)


@pytest.fixture
def sim(fresh_lab: NetLab) -> Iterator[Simulator]:
    simulator = lab_simulator(fresh_lab)
    yield simulator
    simulator.stop()


def ssh_access(lab: NetLab, pins: HostKeyPins | None = None) -> SshAccess:
    asked: list[str] = []

    def confirm(address: str, fingerprint: str) -> bool:
        # What a user does: compare with the host's own `ssh-keygen -l`.
        asked.append(address)
        return fingerprint == lab.host_key_fingerprint(lab.host(address))

    return SshAccess(
        HostKeyTrust(pins or HostKeyPins(), confirm=confirm),
        key_file=lab.state.client_key,
        connect_timeout=5.0,
    )


def test_apply_on_three_namespace_hosts_with_ssh_checks(fresh_lab: NetLab, sim: Simulator) -> None:
    plan = lab_plan(sim)
    assert plan.iscsi.target_iqn == TARGET_IQN and plan.storage_network.mtu == 9000
    access = ssh_access(fresh_lab)
    build(sim, plan, ssh=access)
    assert inventory(sim) == FINISHED
    # The build configured the real interfaces...
    for host in fresh_lab.hosts:
        shown = fresh_lab.exec_in(host.ns, ["ip", "-o", "-4", "addr", "show", "dev", IFACE])
        assert f"inet {host.storage_ip}/24" in shown.stdout
        assert "mtu 9000" in fresh_lab.exec_in(host.ns, ["ip", "link", "show", IFACE]).stdout
    # ...and every host passed its own checks over SSH, with jumbo frames and discovery.
    assert sorted(a for a in access.findings if a != "pool") == [h.mgmt_ip for h in fresh_lab.hosts]
    for host in fresh_lab.hosts:
        (summary,) = access.findings[host.mgmt_ip]
        assert not summary.blocking and "with jumbo frames" in summary.message
        commands = [r.argv[0] for r in access.transcripts[host.mgmt_ip]]
        assert commands.count("ping") == 2
    # The SR came from a real LUN of the real target.
    assert plan.iscsi.sr_scsi_id == "1IET_____00010001"
    # A second run changes nothing: the gate is past once the SR is attached everywhere.
    again = ssh_access(fresh_lab)
    build(sim, plan, ssh=again)
    assert again.transcripts == {} and inventory(sim) == FINISHED


def test_without_ssh_the_gate_is_not_there(fresh_lab: NetLab, sim: Simulator) -> None:
    hooks = Hooks()
    build(sim, lab_plan(sim), hooks=hooks)
    assert inventory(sim) == FINISHED
    assert not [e for e in hooks.seen if e.step == "hostcheck"]


def stopped_at_the_gate(
    lab: NetLab, sim: Simulator, fault: Callable[[], None], **options: object
) -> BuildStopped:
    """Build with SSH checks; the fault strikes after the storage network step."""
    hooks = Hooks()
    hooks.on[("hostcheck", State.RUNNING)] = lambda _event: fault()
    with pytest.raises(BuildStopped) as info:
        build(sim, lab_plan(sim), hooks=hooks, ssh=ssh_access(lab), **options)
    assert inventory(sim)["shared_srs"] == []  # stopped before any SR was made
    failed = {e.host for e in hooks.seen if e.step == "hostcheck" and e.state is State.FAILED}
    assert failed  # the host's row says so
    return info.value


def test_wrong_vlan_tag_on_one_host(fresh_lab: NetLab, sim: Simulator) -> None:
    bad = fresh_lab.hosts[1]
    error = stopped_at_the_gate(fresh_lab, sim, lambda: fresh_lab.move_to_vlan(bad, IFACE, 300))
    assert f"{bad.name} ({bad.mgmt_ip}): portal 10.78.0.10 does not answer from {IFACE}" in str(
        error
    )
    assert "carries the storage VLAN" in error.advice


def test_mtu_1500_on_the_host_side_is_message_too_long(fresh_lab: NetLab, sim: Simulator) -> None:
    bad = fresh_lab.hosts[2]
    error = stopped_at_the_gate(fresh_lab, sim, lambda: fresh_lab.set_mtu(bad.ns, IFACE, 1500))
    assert f"{bad.name} ({bad.mgmt_ip}): jumbo frames fail on the host itself" in error.message
    assert "message too long" in error.message


def test_mtu_1500_on_a_switch_port_is_silent_loss(fresh_lab: NetLab, sim: Simulator) -> None:
    bad = fresh_lab.hosts[0]
    error = stopped_at_the_gate(fresh_lab, sim, lambda: fresh_lab.switch_port_mtu(bad, IFACE, 1500))
    assert f"{bad.name} ({bad.mgmt_ip}): jumbo frames to 10.78.0.10 are silently lost" in (
        error.message
    )
    assert "switch port" in error.advice


def test_target_down(fresh_lab: NetLab, sim: Simulator) -> None:
    error = stopped_at_the_gate(fresh_lab, sim, fresh_lab.stop_target)
    assert "iSCSI discovery/login at 10.78.0.10:3260 failed (refused)" in error.message


def test_wrong_chap_secret(
    netns_before: set[str], tmp_path_factory: pytest.TempPathFactory
) -> None:
    lab = NetLab(3, folder=tmp_path_factory.mktemp("chap"), prefix="xpch", chap=True).up()
    try:
        sim = lab_simulator(lab, chap=True)
        try:
            assert lab_plan(sim).iscsi.chap_user == CHAP_USER
            error = stopped_at_the_gate(lab, sim, lambda: None, chap_secret="not-the-secret")
            assert "failed (auth)" in error.message and "CHAP" in error.advice
            assert "not-the-secret" not in str(error)
            build(sim, lab_plan(sim), ssh=ssh_access(lab), chap_secret=CHAP_SECRET)
            assert inventory(sim) == FINISHED
        finally:
            sim.stop()
    finally:
        lab.down()


def test_changed_ssh_host_key_is_a_hard_stop(fresh_lab: NetLab, sim: Simulator) -> None:
    pins = HostKeyPins()
    for host in fresh_lab.hosts:  # trusted earlier (e.g. when the plan was made)
        ssh_access(fresh_lab, pins).connect(host.mgmt_ip).close()
    swapped = fresh_lab.hosts[1]
    old = pins.get(swapped.mgmt_ip)
    fresh_lab.new_host_key(swapped)
    with pytest.raises(HostKeyChanged) as info:
        build(sim, lab_plan(sim), ssh=ssh_access(fresh_lab, pins))
    assert old in str(info.value)
    assert fresh_lab.host_key_fingerprint(swapped) in str(info.value)
    assert inventory(sim)["shared_srs"] == []


def test_cli_apply_with_ssh_checks_pins_host_keys_on_first_use(
    fresh_lab: NetLab,
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from wizard import cli, exitcodes
    from wizard.plan import save

    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    args = [
        "apply",
        str(plan),
        "--yes",
        "--pins",
        str(tmp_path / "pins.json"),
        "--ssh",
        "--ssh-key",
        fresh_lab.state.client_key,
    ]
    assert cli.main(args) == exitcodes.EXIT_OK
    err = capsys.readouterr().err
    assert err.count("trusting its SSH host key on first use") == len(fresh_lab.hosts)
    pins = HostKeyPins(tmp_path / "ssh-host-keys.json")
    for host in fresh_lab.hosts:
        assert pins.get(host.mgmt_ip) == fresh_lab.host_key_fingerprint(host)
    assert inventory(sim) == FINISHED
    # the customer's report carries the proof: each host's own check of its storage path
    from wizard.journal import default_path
    from wizard.plan import load

    built = load(plan)
    journal = default_path(built.pool_name, built.master_host.address)
    report = journal.with_name(journal.stem + "-report.md").read_text()
    section = report.split("## Storage path, checked from each host over SSH\n", 1)[1]
    section = section.split("\n\n", 1)[0]
    for host in fresh_lab.hosts:
        assert f"{host.mgmt_ip}: " in section
        assert f"{IFACE} up at MTU 9000 with {host.storage_ip}" in section
    assert section.count("portal(s) answer with jumbo frames") == len(fresh_lab.hosts)

"""health against namespace hosts: a member whose management NIC failed still runs its
VMs, and the wizard proves it through the master and the storage network."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.lab.netlab import NetLab
from tests.lab.test_lab_build import lab_simulator
from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.diagnosis import parse_xl_list
from wizard.plan import save
from wizard.simulator import Simulator

pytestmark = pytest.mark.lab


@pytest.fixture
def built(
    fresh_lab: NetLab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Simulator, list[str]]]:
    """A lab pool built by the CLI with SSH checks (so the host keys are pinned)."""
    sim = lab_simulator(fresh_lab)
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    common = ["--yes", "--pins", str(tmp_path / "pins.json")]
    ssh = ["--ssh", "--ssh-key", fresh_lab.state.client_key]
    assert cli.main(["apply", str(plan), *common, *ssh]) == exitcodes.EXIT_OK
    try:
        yield sim, [*common, *ssh]
    finally:
        sim.stop()


def _move_vm_to(sim: Simulator, vm_name: str, address: str) -> str:
    """Start a VM on a member (as VM.start_on would); returns the VM's uuid."""
    machine = sim.world.machines[address]
    with sim.world.lock:
        db = machine.db
        ref, record = next((r, v) for r, v in db.all("VM") if v["name_label"] == vm_name)
        db.update("VM", ref, resident_on=machine.host_ref, power_state="Running")
        return str(record["uuid"])


def _master_stops_hearing(sim: Simulator, address: str) -> None:
    machine = sim.world.machines[address]
    with sim.world.lock:
        metrics = machine.db.get("host", machine.host_ref)["metrics"]
        machine.db.update("host_metrics", metrics, live=False)


def _health(sim: Simulator, member: str, master: str, options: list[str]) -> int:
    return cli.main(["health", "--host", member, "--master", master, "--port", "443", *options])


def test_a_failed_management_nic_is_told_from_a_dead_host(
    fresh_lab: NetLab,
    built: tuple[Simulator, list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim, options = built
    master, member = fresh_lab.hosts[0], fresh_lab.hosts[1]
    uuid = _move_vm_to(sim, "dc01", member.mgmt_ip)
    fresh_lab.set_domains(member, [uuid])
    capsys.readouterr()
    assert _health(sim, member.mgmt_ip, master.mgmt_ip, options) == exitcodes.EXIT_OK
    assert "healthy" in capsys.readouterr().out

    # The member's management NIC fails: nothing answers on its management address.
    fresh_lab.set_link(member.ns, "eth0", False)
    _master_stops_hearing(sim, member.mgmt_ip)
    assert _health(sim, member.mgmt_ip, master.mgmt_ip, options) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    assert f"{member.mgmt_ip}: management network unreachable but VMs running" in out
    assert f"no answer on {member.mgmt_ip}:443" in out
    assert f"the master {master.mgmt_ip} sees this host as not live" in out
    assert "the pool database had 1 VM(s) running there: dc01" in out
    assert f"it answers the master's ping on eth1.200 ({member.storage_ip})" in out
    # The VM really runs: Xen's own list on the member, read over the storage network.
    assert "xl list through the storage network: 1 VM(s) running: dc01" in out
    assert "xe-reset-networking" in out

    # Without SSH the wizard cannot look behind the master and says what it would need.
    assert _health(sim, member.mgmt_ip, master.mgmt_ip, options[:3]) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    assert "host down" in out and "--ssh" in out

    # The whole host goes quiet (storage NIC too): that is a host down, with the evidence.
    fresh_lab.set_link(member.ns, "eth1.200", False)
    assert _health(sim, member.mgmt_ip, master.mgmt_ip, options) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    assert f"{member.mgmt_ip}: host down" in out
    assert f"no answer to the master's ping on eth1.200 ({member.storage_ip})" in out
    assert "xl list" not in out


def test_xl_list_parsing_keeps_guests_only() -> None:
    text = (
        "Name                                        ID   Mem VCPUs\tState\tTime(s)\n"
        "Domain-0                                     0  4096     4     r-----    9011.2\n"
        "0d2c3c9e-4a40-4c71-9d0b-3a5f0e2a1b7c         7  2048     2     -b----      41.0\n"
        "b1e5d0a2-7c3e-4f7e-8e51-1c9f2a6d3e90        12  8192     4     r-----     300.5\n"
    )
    assert parse_xl_list(text) == [
        "0d2c3c9e-4a40-4c71-9d0b-3a5f0e2a1b7c",
        "b1e5d0a2-7c3e-4f7e-8e51-1c9f2a6d3e90",
    ]
    assert parse_xl_list("") == []

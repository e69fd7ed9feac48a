"""report and health against a built pool."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.conftest import build
from wizard import cli, exitcodes
from wizard.simulator import Simulator


def _run(
    sim: Simulator, tmp_path: Path, command: str, host: str, monkeypatch: pytest.MonkeyPatch
) -> int:
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    return cli.main(
        [
            command,
            "--host",
            host,
            "--port",
            str(sim.port),
            "--yes",
            "--pins",
            str(tmp_path / "pins.json"),
        ]
    )


def test_report_shows_hosts_srs_per_host_and_ha(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build(sim)
    capsys.readouterr()
    # asking a member works too: the report follows it to the master
    assert _run(sim, tmp_path, "report", sim.hosts[1].address, monkeypatch) == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    assert "# Pool Demo pool" in out
    for host in sim.hosts:
        assert host.address in out
    assert out.count("xcp-01: plugged") == 2  # data SR and heartbeat SR
    assert "Enabled; tolerates 1 host failure(s)" in out
    assert "10.200.0.22 MTU 9000" in out
    assert "VM dc01 has disks on Local storage" in out
    assert sim.hosts[0].password not in out


def test_pdf_and_html_reports_with_the_pool_diagram(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build(sim)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    pdf = tmp_path / "report.pdf"
    args = [
        "report",
        "--host",
        sim.hosts[0].address,
        "--port",
        str(sim.port),
        "--yes",
        "--pins",
        str(tmp_path / "pins.json"),
    ]
    assert cli.main([*args, "--format", "pdf", "--output", str(pdf)]) == exitcodes.EXIT_OK
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000  # text and the diagram image
    page = tmp_path / "report.html"
    assert cli.main([*args, "--format", "html", "--output", str(page)]) == exitcodes.EXIT_OK
    text = page.read_text()
    assert "<h2>Shared storage</h2>" in text and "iSCSI storage" in text
    assert (tmp_path / "report.png").stat().st_size > 5_000
    for written in (data, text.encode(), (tmp_path / "report.png").read_bytes()):
        assert sim.hosts[0].password.encode() not in written
    assert cli.main([*args, "--format", "pdf"]) == exitcodes.EXIT_USAGE


def test_health_tells_the_cases_apart(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build(sim)
    member = sim.hosts[1].address
    master = sim.hosts[0].address
    capsys.readouterr()
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_OK
    assert "healthy" in capsys.readouterr().out

    # The master stops hearing the member, which still runs and answers directly.
    with sim.world.lock:
        machine = sim.world.machines[member]
        metrics = machine.db.get("host", machine.host_ref)["metrics"]
        machine.db.update("host_metrics", metrics, live=False)
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    # nothing runs on that member: the verdict does not claim VMs
    assert f"{member}: management network unreachable, host up with no VMs" in out
    assert f"the master {master} sees this host as not live" in out
    with sim.world.lock:  # now a VM runs there
        vm = next(r for r, v in machine.db.all("VM") if v["name_label"] == "fileserver")
        machine.db.update("VM", vm, resident_on=machine.host_ref, power_state="Running")
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    assert f"{member}: management network unreachable but VMs running" in out
    assert "1 VM(s) running here: fileserver" in out

    sim.world.set_online(master, False)
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    assert "pool master unreachable" in out and "pool-emergency-transition-to-master" in out

    sim.world.set_online(master, True)
    sim.world.set_online(member, False)
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_STEP_FAILED
    assert "host down" in capsys.readouterr().out


def test_report_recommends_bonding_management_on_hosts_with_one_nic_for_it(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build(sim)
    db = sim.world.machines[sim.hosts[0].address].db  # the pool's database, on the master
    with sim.world.lock:
        for ref, pif in db.all("PIF"):
            if pif["management"] and pif["host"] == db.master_ref:
                db.update("PIF", ref, bond_master_of=["OpaqueRef:bond-of-eth0-and-eth2"])
    capsys.readouterr()
    assert _run(sim, tmp_path, "report", sim.hosts[0].address, monkeypatch) == exitcodes.EXIT_OK
    out = capsys.readouterr().out
    section = out[out.index("Management on a single NIC") :]
    assert "xcp-02, xcp-03: HA's heartbeat runs over the management network" in section
    assert "xcp-01" not in section  # its management is a bond
    assert "Create Bond" in section


def test_health_asks_a_member_only_what_its_local_session_may_and_logs_it_out(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build(sim)
    member, master = sim.hosts[1].address, sim.hosts[0].address

    def local_sessions() -> int:
        with sim.world.lock:
            return sum(1 for db in sim.world.databases() for s in db.sessions.values() if s.local)

    capsys.readouterr()
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_OK
    assert "0 VM(s) running here" in capsys.readouterr().out
    assert local_sessions() == 0  # ended with session.local_logout
    # A member that started while its master was away answers only emergency calls.
    sim.world.set_online(member, False)
    sim.world.set_online(master, False)
    sim.world.set_online(member, True)
    assert _run(sim, tmp_path, "health", member, monkeypatch) == exitcodes.EXIT_STEP_FAILED
    out = capsys.readouterr().out
    assert f"{member}: pool master unreachable" in out
    assert "emergency mode: it cannot reach its master" in out
    assert "pool-emergency-transition-to-master" in out
    assert local_sessions() == 0


def test_health_says_what_to_do_about_a_changed_ssh_host_key(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from wizard.session import Session
    from wizard.ssh import HostKeyChanged

    build(sim)
    member, master = sim.hosts[1].address, sim.hosts[0].address
    changed = HostKeyChanged(master, "SHA256:pinned", "SHA256:presented")

    class KeyChanged:
        def connect(self, address: str, via: object = None) -> None:
            raise changed

    monkeypatch.setattr(Session, "ssh_access", lambda *_args, **_kwargs: KeyChanged())
    sim.world.set_online(member, False)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    args = ["health", "--host", member, "--master", master, "--ssh", "--port", str(sim.port)]
    assert cli.main([*args, "--yes", "--pins", str(tmp_path / "pins.json")]) == (
        exitcodes.EXIT_STEP_FAILED
    )
    out = capsys.readouterr().out
    assert f"no SSH to the master {master}: The SSH host key of {master} has changed." in out
    assert changed.advice in out  # what to do, not only what happened

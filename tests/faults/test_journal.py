"""The build journal names what was made, per step and host, with XAPI's uuids.

It is what a resumed run and the report read after a crash, so it must hold
the pool, each host, the storage network with each host's VLAN and PIF, each
SR with each host's PBD, the heartbeat SR and the state of HA.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import sdk_session
from tests.faults.conftest import FINISHED, build, inventory
from wizard.journal import KEEP_RUNS, Journal, JournalEntry
from wizard.progress import POOL, Progress, State
from wizard.simulator import Simulator
from wizard.steps.context import BuildStopped


def _uuids(sim: Simulator) -> dict[str, Any]:
    api = sdk_session(sim.hosts[0]).xenapi
    hosts = {r: h for r, h in api.host.get_all_records().items()}
    by_address = {h["address"]: h for h in hosts.values()}
    network = next(
        (r, n)
        for r, n in api.network.get_all_records().items()
        if n["name_label"].startswith("Storage VLAN")
    )
    pifs = {
        hosts[p["host"]]["address"]: (r, p)
        for r, p in api.PIF.get_all_records().items()
        if p["network"] == network[0]
    }
    vlans = {v["untagged_PIF"]: v["uuid"] for v in api.VLAN.get_all_records().values()}
    srs = {s["name_label"]: (r, s) for r, s in api.SR.get_all_records().items() if s["shared"]}
    pbds = api.PBD.get_all_records()

    def pbds_of(name: str) -> dict[str, str]:
        ref = srs[name][0]
        return {hosts[p["host"]]["address"]: p["uuid"] for p in pbds.values() if p["SR"] == ref}

    pool = api.pool.get_record(api.pool.get_all()[0])
    return {
        "pool": pool["uuid"],
        "hosts": {a: h["uuid"] for a, h in by_address.items()},
        "network": network[1]["uuid"],
        "pifs": {a: p["uuid"] for a, (_r, p) in pifs.items()},
        "vlans": {a: vlans[r] for a, (r, _p) in pifs.items()},
        "sr": srs["iSCSI storage"][1]["uuid"],
        "sr_pbds": pbds_of("iSCSI storage"),
        "heartbeat": srs["HA heartbeat"][1]["uuid"],
        "heartbeat_pbds": pbds_of("HA heartbeat"),
        "redo_log": api.VDI.get_uuid(pool["redo_log_vdi"]),
    }


def test_the_journal_names_every_object_per_step_and_host(sim: Simulator, tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path, "Demo pool")
    journal.start_run()
    build(sim, journal=journal)
    real = _uuids(sim)
    created = Journal(path).data.created  # as read back from disk
    addresses = [h.address for h in sim.hosts]
    assert created["pool"][POOL]["pool"] == real["pool"]
    assert created["pool"][POOL]["master"] == real["hosts"][addresses[0]]
    for address in addresses[1:]:
        assert created["join"][address]["host"] == real["hosts"][address]
    assert created["network"][POOL]["network"] == real["network"]
    for address in addresses:
        assert created["network"][address] == {
            "pif": real["pifs"][address],
            "vlan": real["vlans"][address],
        }
        assert created["sr"][address] == {
            "pbd": real["sr_pbds"][address],
            "plugged": "true",
        }
        assert created["heartbeat"][address]["pbd"] == real["heartbeat_pbds"][address]
    assert created["sr"][POOL]["sr"] == real["sr"]
    assert created["heartbeat"][POOL]["sr"] == real["heartbeat"]
    ha = created["ha"][POOL]
    assert ha["enabled"] == "true" and ha["failures_to_tolerate"] == "1"
    assert ha["heartbeat_sr"] == real["heartbeat"] and ha["redo_log"] == real["redo_log"]
    assert ha["statefiles"]  # the statefile VDI's uuid
    # the timings of every step the build ran, read back from the same file
    seconds = Journal(path).step_seconds()
    assert {"pool", "join", "network", "sr", "heartbeat", "ha"} <= set(seconds)
    assert all(value >= 0 for value in seconds.values())


def test_a_failed_step_still_journals_what_it_made(sim: Simulator, tmp_path: Path) -> None:
    third = sim.hosts[2].address
    sim.world.faults.pbd_plug_fails_on.add(third)
    path = tmp_path / "journal.json"
    journal = Journal(path, "Demo pool")
    journal.start_run()
    with pytest.raises(BuildStopped):
        build(sim, journal=journal)
    created = Journal(path).data.created  # what a resumed run (or the report) reads
    api = sdk_session(sim.hosts[0]).xenapi
    (sr,) = api.SR.get_by_name_label("iSCSI storage")
    assert created["sr"][POOL]["sr"] == api.SR.get_uuid(sr)
    assert created["sr"][third]["plugged"] == "false"
    assert created["sr"][sim.hosts[0].address]["plugged"] == "true"
    sim.world.faults.pbd_plug_fails_on.clear()
    again = Journal(path, "Demo pool")
    again.start_run()
    build(sim, journal=again)
    assert inventory(sim) == FINISHED
    assert Journal(path).data.created["sr"][third]["plugged"] == "true"


def test_step_seconds_come_from_the_run_that_did_the_work() -> None:
    journal = Journal(None)
    entries = journal.data.entries
    entries += [
        JournalEntry(100.0, "run", "pool", "started", "run 1"),
        JournalEntry(101.0, "join", "a", "running", ""),
        JournalEntry(131.0, "join", "a", "done", ""),
        JournalEntry(132.0, "sr", "pool", "running", ""),
        JournalEntry(140.0, "sr", "pool", "failed", ""),
        JournalEntry(500.0, "run", "pool", "started", "run 2"),
        JournalEntry(501.0, "join", "a", "skipped", ""),
        JournalEntry(502.0, "sr", "pool", "running", ""),
        JournalEntry(522.0, "sr", "pool", "done", ""),
        JournalEntry(523.0, "ha", "pool", "skipped", ""),
    ]
    # join was done in run 1 (skipped in run 2); sr was finished by run 2
    assert journal.step_seconds() == {"join": 30.0, "sr": 20.0, "ha": 0.0}


def test_a_damaged_journal_is_read_as_far_as_it_goes(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    path.write_text(
        json.dumps(
            {
                "plan": "p",
                "runs": 2,
                "entries": [{"bogus": 1}],
                "created": {"sr": {"10.0.0.1": {"pbd": "u1"}, "x": 5}, "bad": []},
                "findings": [{"severity": "warning", "subject": "s", "message": "m"}, 7],
            }
        )
    )
    journal = Journal(path)
    assert journal.data.created == {"sr": {"10.0.0.1": {"pbd": "u1"}, "x": {}}}
    assert [f.message for f in journal.findings()] == ["m"]


def _progress(step: str, host: str, state: State, message: str = "") -> Progress:
    return Progress(step, host, state, 1.0 if state is State.DONE else 0.0, message)


def test_each_change_appends_a_line_and_never_rewrites_the_history(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path, "Demo pool")
    journal.start_run()
    journal.note("join", {"10.0.0.2": {"host": "uuid-2"}})
    before = path.read_bytes()
    journal.record(_progress("sr", POOL, State.FAILED, "SR_BACKEND_FAILURE_68"))
    journal.note("sr", {POOL: {"sr": "uuid-sr"}})
    after = path.read_bytes()
    assert after.startswith(before)  # appended, the earlier lines untouched
    assert len(after.splitlines()) == len(before.splitlines()) + 2
    read = Journal(path).data
    assert read.plan == "Demo pool" and read.runs == 1
    assert read.created == {
        "join": {"10.0.0.2": {"host": "uuid-2"}},
        "sr": {POOL: {"sr": "uuid-sr"}},
    }
    assert [(e.step, e.state) for e in read.entries] == [("run", "started"), ("sr", "failed")]


def test_a_line_cut_off_by_a_kill_is_skipped_and_the_next_run_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path, "Demo pool")
    journal.start_run()
    journal.note("join", {"10.0.0.2": {"host": "uuid-2"}})
    with path.open("ab") as handle:
        handle.write(b'{"created": {"sr": {"pool": {"sr": "uu')  # killed mid-write
    resumed = Journal(path, "Demo pool")
    assert resumed.data.created == {"join": {"10.0.0.2": {"host": "uuid-2"}}}
    resumed.note("sr", {POOL: {"sr": "uuid-sr"}})  # appended after the cut-off line
    assert Journal(path).data.created["sr"] == {POOL: {"sr": "uuid-sr"}}
    resumed.start_run()  # a new run starts the file afresh as one snapshot line
    assert len(path.read_text().splitlines()) == 1
    assert Journal(path).data.runs == 2


def test_held_back_progress_reaches_the_disk_on_flush(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    journal = Journal(path, "Demo pool")
    journal.start_run()
    journal.record(_progress("join", "10.0.0.2", State.RUNNING, "joining"))
    journal.record(_progress("join", "10.0.0.2", State.DONE, "joined"))
    on_disk = [e.state for e in Journal(path).data.entries if e.step == "join"]
    assert on_disk == []  # within the second: held back
    journal.flush()
    assert [e.state for e in Journal(path).data.entries if e.step == "join"] == ["running", "done"]


def test_a_new_run_keeps_the_entries_of_the_latest_runs_only(tmp_path: Path) -> None:
    path = tmp_path / "journal.json"
    for _ in range(KEEP_RUNS + 5):
        journal = Journal(path, "Demo pool")
        journal.start_run()
        journal.record(_progress("join", "10.0.0.2", State.FAILED, "joining"))
    read = Journal(path).data
    assert read.runs == KEEP_RUNS + 5  # the count goes on
    assert next(e.message for e in read.entries if e.step == "run") == "run 6"
    assert sum(e.step == "run" for e in read.entries) == KEEP_RUNS


def test_host_checks_survive_a_new_run_and_keep_no_secret(tmp_path: Path) -> None:
    from wizard import logs
    from wizard.findings import Finding

    logs.register_secret("chap-s3cret")
    path = tmp_path / "journal.json"
    journal = Journal(path, "Pool")
    journal.start_run()
    proof = Finding.info("192.0.2.11", "eth1.200 up at MTU 9000; portal answers", check="x")
    journal.set_host_checks("192.0.2.11", [proof])
    journal.set_host_checks(POOL, [Finding.warning(POOL, "login with chap-s3cret failed")])
    again = Journal(path, "Pool")
    again.start_run()  # compacts the file into one snapshot line
    checks = Journal(path, "Pool").host_checks()
    assert checks["192.0.2.11"] == [proof]
    assert "chap-s3cret" not in path.read_text() and "s3cret" not in str(checks[POOL])
    # a new check starts from nothing: no older proof is shown as this run's
    again.clear_host_checks()
    again.set_host_checks("192.0.2.12", [proof])
    assert list(Journal(path, "Pool").host_checks()) == ["192.0.2.12"]

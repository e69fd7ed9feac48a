"""xenpool.wizard.pool and pool_info, run by ansible-playbook against the simulator."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.ansible.conftest import Run
from tests.conftest import sdk_session
from wizard.demo import lab_plan
from wizard.plan import plan_to_dict, save
from wizard.simulator import Simulator


def plan_file(sim: Simulator, tmp_path: Path, **changes: Any) -> Path:
    plan = lab_plan(sim)
    for key, value in changes.items():
        setattr(plan, key, value)
    path = tmp_path / "plan.toml"
    save(plan, path)
    return path


def event_marks(sim: Simulator) -> list[int]:
    """The last event of each host's database: any create, change or delete moves one."""
    return [db.last_event_id for db in sim.world.databases()]


def test_build_then_a_second_run_changes_nothing(
    make_sim: Callable[..., Simulator], tmp_path: Path, playbook: Callable[..., Run]
) -> None:
    sim = make_sim("smb3")
    password = sim.hosts[0].password
    options = plan_to_dict(lab_plan(sim))  # the same plan, as task options this time
    run = playbook(
        [
            {
                "name": "build",
                "xenpool.wizard.pool": {
                    "plan_file": str(plan_file(sim, tmp_path)),
                    "password": password,
                },
                "register": "first",
            },
            {
                "name": "again, with the plan as options",
                "xenpool.wizard.pool": {**options, "password": password},
                "register": "second",
            },
            {
                "name": "a dry run of the built pool",
                "xenpool.wizard.pool": {**options, "password": password},
                "check_mode": True,
                "register": "dry",
            },
        ]
    )
    assert run.returncode == 0, run.output
    first, second = run.results["first"], run.results["second"]
    assert first["changed"] is True
    assert second["changed"] is False, second["steps"]
    assert run.results["dry"]["changed"] is False
    assert not [a for step in run.results["dry"]["steps"] for a in step["actions"]]
    report = first["report"]
    assert len(report["hosts"]) == 3 and report["ha_enabled"] is True
    shared = {sr["name"]: sr for sr in report["srs"]}
    assert {pbd["host"] for pbd in shared["iSCSI storage"]["pbds"]} == {h.name for h in sim.hosts}
    assert all(pbd["currently_attached"] for pbd in shared["iSCSI storage"]["pbds"])
    assert password not in run.output  # no_log: the password never shows


def test_check_mode_on_a_fresh_lab_changes_nothing_and_says_what_it_would_do(
    make_sim: Callable[..., Simulator], tmp_path: Path, playbook: Callable[..., Run]
) -> None:
    sim = make_sim("smb3")
    before = event_marks(sim)
    run = playbook(
        [
            {
                "name": "dry run",
                "xenpool.wizard.pool": {
                    "plan_file": str(plan_file(sim, tmp_path)),
                    "password": sim.hosts[0].password,
                },
                "register": "dry",
            }
        ],
        "--check",
        "--diff",
    )
    assert run.returncode == 0, run.output
    dry = run.results["dry"]
    assert dry["changed"] is True
    xe = [line for step in dry["steps"] for action in step["actions"] for line in action["xe"]]
    assert any("pool-join" in line for line in xe) and any("pool-ha-enable" in line for line in xe)
    assert event_marks(sim) == before  # not one object created, changed or deleted
    assert len(sdk_session(sim.hosts[0]).xenapi.host.get_all()) == 1
    diff = dry["diff"]
    assert len(diff["before"]["hosts"]) == 1 and len(diff["after"]["hosts"]) == 3
    assert diff["before"]["ha"]["enabled"] is False and diff["after"]["ha"]["enabled"] is True
    assert '+    "pool_name": "Demo pool"' in run.output  # --diff shows the pool against the plan


def test_a_mixed_cpu_vendor_blocks_the_task_with_the_finding(
    make_sim: Callable[..., Simulator], tmp_path: Path, playbook: Callable[..., Run]
) -> None:
    sim = make_sim("mixed-cpu")
    amd = next(h for h in sim.hosts if h.name == "xcp-03")
    before = event_marks(sim)
    run = playbook(
        [
            {
                "name": "build a pool of two vendors",
                "xenpool.wizard.pool": {
                    "plan_file": str(plan_file(sim, tmp_path)),
                    "password": sim.hosts[0].password,
                    "yes_warnings": True,
                },
                "register": "blocked",
                "ignore_errors": True,
            }
        ]
    )
    assert run.returncode == 0, run.output  # the error was ignored so the result is saved
    blocked = run.results["blocked"]
    assert blocked["failed"] is True and blocked["error"] == "blocked"
    assert "Pre-flight found blockers" in blocked["msg"] and amd.address in blocked["msg"]
    vendor = [b for b in blocked["blockers"] if b["subject"] == amd.address]
    assert vendor and "AMD" in vendor[0]["message"] + vendor[0]["evidence"]
    assert {b["subject"] for b in blocked["blockers"]} <= {
        f["subject"] for f in blocked["findings"]
    }
    for finding in blocked["findings"]:  # every finding in msg, not only the blockers
        assert finding["message"] in blocked["msg"]
    assert event_marks(sim) == before


def test_pool_info_after_the_build_matches_the_sdks_view(
    make_sim: Callable[..., Simulator], tmp_path: Path, playbook: Callable[..., Run]
) -> None:
    sim = make_sim("smb3")
    password = sim.hosts[0].password
    plan = plan_file(sim, tmp_path)
    edited = plan_to_dict(lab_plan(sim))
    edited["pool_name"] = "Renamed pool"
    edited["ha"]["host_failures_to_tolerate"] = 2
    run = playbook(
        [
            {
                "name": "build",
                "xenpool.wizard.pool": {"plan_file": str(plan), "password": password},
            },
            {
                "name": "the pool as built",
                "xenpool.wizard.pool_info": {
                    "host": sim.hosts[0].address,
                    "port": sim.port,
                    "password": password,
                },
                "register": "info",
            },
            {
                "name": "drift against the plan",
                "xenpool.wizard.pool_info": {"plan_file": str(plan), "password": password},
                "register": "drift",
            },
            {
                "name": "drift against an edited plan",
                "xenpool.wizard.pool_info": {**edited, "password": password},
                "register": "edited",
            },
        ]
    )
    assert run.returncode == 0, run.output
    info = run.results["info"]
    assert info["changed"] is False
    xapi = sdk_session(sim.hosts[0]).xenapi
    pool = xapi.pool.get_record(xapi.pool.get_all()[0])
    hosts = xapi.host.get_all_records()
    report = info["report"]
    assert report["name"] == pool["name_label"]
    assert {h["name"] for h in report["hosts"]} == {h["name_label"] for h in hosts.values()}
    assert {h["address"] for h in report["hosts"]} == {h["address"] for h in hosts.values()}
    assert report["ha_enabled"] == pool["ha_enabled"]
    assert report["ha_tolerates"] == int(pool["ha_host_failures_to_tolerate"])
    pbds = xapi.PBD.get_all_records()
    for sr_ref, sr in xapi.SR.get_all_records().items():
        if not sr["shared"]:
            continue
        mine = next(r for r in report["srs"] if r["name"] == sr["name_label"])
        seen = {
            hosts[p["host"]]["name_label"]: p["currently_attached"]
            for p in pbds.values()
            if p["SR"] == sr_ref
        }
        assert {p["host"]: p["currently_attached"] for p in mine["pbds"]} == seen
    assert "iSCSI storage" in info["markdown"]
    drift = run.results["drift"]["drift"]
    assert drift == {"in_sync": True, "differences": [], "other_srs": [], "pending": []}
    moved = run.results["edited"]["drift"]
    assert moved["in_sync"] is False and moved["pending"]
    assert {d["key"]: (d["pool"], d["plan"]) for d in moved["differences"]} == {
        "pool_name": ("Demo pool", "Renamed pool"),
        "ha.host_failures_to_tolerate": (1, 2),
    }

    import uuid

    # An ISO library someone added to the pool is not drift: it is named apart. A planned
    # SR the pool lacks is.
    xapi.SR.introduce(str(uuid.uuid4()), "ISO library", "", "iso", "iso", True, {})
    lacking = plan_to_dict(lab_plan(sim))
    lacking["iscsi"]["sr_name"] = "Other storage"
    again = playbook(
        [
            {
                "name": "drift with an SR the plan does not name",
                "xenpool.wizard.pool_info": {"plan_file": str(plan), "password": password},
                "register": "drift",
            },
            {
                "name": "drift with a planned SR the pool lacks",
                "xenpool.wizard.pool_info": {**lacking, "password": password},
                "register": "lacking",
            },
        ]
    )
    assert again.returncode == 0, again.output
    other = again.results["drift"]["drift"]
    assert other["differences"] == [] and other["other_srs"] == ["ISO library"]
    assert other["in_sync"] is True  # nothing to build for it either
    missing = again.results["lacking"]["drift"]
    assert missing["differences"] == [
        {
            "key": "shared_srs",
            "pool": ["HA heartbeat"],
            "plan": ["HA heartbeat", "Other storage"],
        }
    ]
    assert missing["other_srs"] == ["ISO library", "iSCSI storage"]


def test_warnings_need_consent_and_a_refusal_changes_nothing(
    make_sim: Callable[..., Simulator], tmp_path: Path, playbook: Callable[..., Run]
) -> None:
    sim = make_sim("smb3")
    plan = lab_plan(sim)
    plan.storage_network.nic = "eth0"  # the management NIC: works, with a warning
    options = {**plan_to_dict(plan), "password": sim.hosts[0].password}
    before = event_marks(sim)
    run = playbook(
        [
            {
                "name": "no consent",
                "xenpool.wizard.pool": options,
                "register": "refused",
                "ignore_errors": True,
            }
        ]
    )
    refused = run.results["refused"]
    assert refused["failed"] is True and "Warnings not accepted" in refused["msg"]
    assert "yes_warnings" in refused["msg"]
    assert any("eth0" in w["message"] for w in refused["warnings_not_accepted"])
    assert event_marks(sim) == before


def test_an_unknown_certificate_needs_trust_on_first_use_and_the_result_says_so(
    make_sim: Callable[..., Simulator], tmp_path: Path, playbook: Callable[..., Run]
) -> None:
    sim = make_sim("smb3")
    plan = lab_plan(sim)
    for host in plan.hosts:
        host.fingerprint = ""
    options = {
        **plan_to_dict(plan),
        "password": sim.hosts[0].password,
        "pins_file": str(tmp_path / "pins.json"),
    }
    run = playbook(
        [
            {
                "name": "nobody to ask",
                "xenpool.wizard.pool": options,
                "register": "untrusted",
                "ignore_errors": True,
            },
            {
                "name": "as apply --yes",
                "xenpool.wizard.pool": {**options, "trust_on_first_use": True},
                "register": "trusted",
            },
        ],
        "--check",
    )
    untrusted, trusted = run.results["untrusted"], run.results["trusted"]
    assert untrusted["failed"] is True and untrusted["error"] == "connection"
    assert sim.hosts[0].fingerprint[:8].lower() in untrusted["msg"].replace(":", "").lower()
    assert "trust_on_first_use" in untrusted["msg"]
    assert {t["address"]: t["fingerprint"] for t in trusted["trusted_on_first_use"]} == {
        h.address: h.fingerprint for h in sim.hosts
    }
    assert "trusted on first use" in run.output  # a warning the reader sees

"""Kill the wizard (SIGKILL) as each step starts, then run it again: the build finishes.

Real processes: the simulator and the CLI each run as `python -m wizard`.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import next_base_address, sdk_session
from tests.faults.conftest import FINISHED, inventory
from wizard.journal import Journal
from wizard.simulator import HostInfo

STEPS = ["pool", "join", "network", "sr", "heartbeat", "ha"]


class _Lab:
    """Just enough of Simulator for inventory(): its hosts."""

    def __init__(self, description: dict[str, object]) -> None:
        hosts = description["hosts"]
        assert isinstance(hosts, list)
        self.hosts = [
            HostInfo(
                h["name"],
                h["url"].split("//")[1].split(":")[0],
                h["url"],
                h["username"],
                h["password"],
                h["fingerprint"],
            )
            for h in hosts
        ]


def _start_lab(tmp_path: Path) -> tuple[subprocess.Popen[str], _Lab]:
    plan = tmp_path / "pool.toml"
    args = [
        sys.executable,
        "-m",
        "wizard",
        "simulate",
        "--scenario",
        "smb3",
        "--address",
        next_base_address(),
        "--speed",
        "0.01",
        "--write-plan",
        str(plan),
    ]
    if os.geteuid() != 0:
        args += ["--port", "0"]
    process = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    return process, _Lab(json.loads(line))


def _apply(tmp_path: Path, password: str, kill_at: str | None) -> int:
    env = {**os.environ, "XENPOOL_PASSWORD": password}
    args = [
        sys.executable,
        "-m",
        "wizard",
        "apply",
        str(tmp_path / "pool.toml"),
        "--yes",
        "--pins",
        str(tmp_path / "pins.json"),
        "--journal",
        str(tmp_path / "journal.json"),
    ]
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if kill_at and line.startswith(f"[{kill_at:9}]") and " running " in line:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=120)
    return process.returncode


@pytest.mark.parametrize("step", STEPS)
def test_killed_as_a_step_starts_then_resumed(step: str, tmp_path: Path) -> None:
    lab, description = _start_lab(tmp_path)
    try:
        password = description.hosts[0].password
        code = _apply(tmp_path, password, kill_at=step)
        assert code == -signal.SIGKILL, f"the run was meant to be killed at {step}"
        assert _apply(tmp_path, password, kill_at=None) == 0
        assert inventory(description) == FINISHED  # type: ignore[arg-type]
        journal = Journal(tmp_path / "journal.json").data
        assert journal.runs == 2
        assert any(e.step == step for e in journal.entries)
        assert password not in (tmp_path / "journal.json").read_text()
        sdk_session(description.hosts[0]).xenapi.session.logout()
    finally:
        lab.send_signal(signal.SIGTERM)
        lab.wait(timeout=10)

"""Playbooks run by ansible-playbook against the simulator on loopback.

The collection is found in this repository (ANSIBLE_COLLECTIONS_PATH), the modules run
with this venv's Python on the controller (connection local) and import the engine from
this checkout. Each task's registered result is written to a JSON file the test reads.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@dataclass
class Run:
    returncode: int
    output: str
    results: dict[str, dict[str, Any]]


def ansible_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        ANSIBLE_COLLECTIONS_PATH=str(ROOT),
        ANSIBLE_HOME=str(tmp_path / "ansible-home"),
        ANSIBLE_LOCAL_TEMP=str(tmp_path / "ansible-tmp"),
        ANSIBLE_NOCOLOR="1",
        ANSIBLE_FORCE_COLOR="0",
        ANSIBLE_RETRY_FILES_ENABLED="0",
        ANSIBLE_DEPRECATION_WARNINGS="0",
        PYTHONPATH=str(ROOT),  # this checkout's engine, not another one installed
    )
    return env


@pytest.fixture
def playbook(tmp_path: Path) -> Any:
    """Run tasks as one play on localhost; every task with ``register`` is saved as JSON."""
    if shutil.which("ansible-playbook", path=str(BIN)) is None:
        pytest.fail(
            "ansible-playbook is missing: install the test extras (pip install -e '.[test]')"
        )

    def run(tasks: list[dict[str, Any]], *flags: str) -> Run:
        out = tmp_path / "results"
        out.mkdir(exist_ok=True)
        saved: list[dict[str, Any]] = []
        for task in tasks:
            saved.append(task)
            if "register" in task:
                name = task["register"]
                saved.append(
                    {
                        "name": f"save {name}",
                        "ansible.builtin.copy": {
                            "content": "{{ " + name + " | to_json }}",
                            "dest": str(out / f"{name}.json"),
                            "mode": "0600",
                        },
                        "check_mode": False,
                        "diff": False,
                    }
                )
        play = [{"hosts": "localhost", "gather_facts": False, "tasks": saved}]
        path = tmp_path / "play.yml"
        path.write_text(yaml.safe_dump(play, sort_keys=False), encoding="utf-8")
        done = subprocess.run(
            [
                str(BIN / "ansible-playbook"),
                "-i",
                "localhost,",
                "-c",
                "local",
                "-e",
                f"ansible_python_interpreter={sys.executable}",
                *flags,
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=600,
            env=ansible_env(tmp_path),
            cwd=tmp_path,
        )
        results = {
            p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(out.glob("*.json"))
        }
        return Run(done.returncode, done.stdout + done.stderr, results)

    return run

"""The collection's documentation and argument spec, checked offline.

`ansible-test sanity --test validate-modules` cannot run here: ansible-test builds a venv for
it and downloads its own pip bootstrap script from the network. So its validate-modules
checker runs directly, with this venv's Python (the same code and --arg-spec check, its
requirements voluptuous and antsibull-docs-parser in the test extras), and ansible-test runs
every sanity test it can run offline. ansible-doc renders each module with its fragments.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import ansible_test
import pytest

from tests.ansible.conftest import BIN, ROOT, ansible_env

COLLECTION = ROOT / "ansible_collections" / "xenpool" / "wizard"
MODULES = ["plugins/modules/pool.py", "plugins/modules/pool_info.py"]
VALIDATE = (
    Path(ansible_test.__file__).parent
    / "_util"
    / "controller"
    / "sanity"
    / "validate-modules"
    / "validate.py"
)
# ansible-test's sanity tests that need no virtual environment of their own (no download)
OFFLINE_SANITY = [
    "action-plugin-docs",
    "changelog",
    "compile",
    "empty-init",
    "ignores",
    "line-endings",
    "no-assert",
    "no-get-exception",
    "no-illegal-filenames",
    "no-smart-quotes",
    "replace-urlopen",
    "shebang",
    "symlinks",
    "use-argspec-type-path",
    "use-compat-six",
]


def validate_modules(collections_root: Path, tmp_path: Path) -> dict[str, Any]:
    collection = collections_root / "ansible_collections" / "xenpool" / "wizard"
    env = ansible_env(tmp_path)
    env["ANSIBLE_COLLECTIONS_PATH"] = str(collections_root)
    done = subprocess.run(
        [
            sys.executable,
            "-W",
            "ignore",
            str(VALIDATE),
            "--format",
            "json",
            "--arg-spec",
            "--collection",
            "ansible_collections/xenpool/wizard",
            "--collection-version",
            "0.1.0",
            *MODULES,
        ],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=collection,
        env=env,
    )
    assert done.returncode in (0, 3), done.stderr  # 3: it found problems
    report: dict[str, Any] = json.loads(done.stdout)
    return report


def test_validate_modules_is_clean(tmp_path: Path) -> None:
    assert validate_modules(ROOT, tmp_path) == {}


def test_validate_modules_catches_an_option_the_documentation_lacks(tmp_path: Path) -> None:
    copy = tmp_path / "copy"
    shutil.copytree(COLLECTION, copy / "ansible_collections" / "xenpool" / "wizard")
    module = copy / "ansible_collections" / "xenpool" / "wizard" / MODULES[0]
    text = module.read_text(encoding="utf-8")
    module.write_text(text.replace("journal={", 'nowhere={"type": "str"},\n        journal={'))
    report = validate_modules(copy, tmp_path)
    codes = [e["code"] for e in report[MODULES[0]]["errors"]]
    assert "undocumented-parameter" in codes


def test_ansible_test_sanity_runs_clean_offline(tmp_path: Path) -> None:
    env = ansible_env(tmp_path)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    tests = [arg for name in OFFLINE_SANITY for arg in ("--test", name)]
    done = subprocess.run(
        [str(BIN / "ansible-test"), "sanity", "--local", "--python", "3.11", *tests],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=COLLECTION,
        env=env,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ERROR" not in done.stdout + done.stderr


def module_doc(name: str, tmp_path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [str(BIN / "ansible-doc"), "--json", f"xenpool.wizard.{name}"],
        capture_output=True,
        text=True,
        timeout=120,
        env=ansible_env(tmp_path),
    )
    assert done.returncode == 0, done.stderr
    doc: dict[str, Any] = json.loads(done.stdout)[f"xenpool.wizard.{name}"]["doc"]
    return doc


def plan_keys(cls: type) -> dict[str, Any]:
    """The plan's keys as the TOML file has them, nested for the tables."""
    from wizard import plan

    tables = {
        "hosts": plan.HostPlan,
        "storage_network": plan.StorageNetworkPlan,
        "iscsi": plan.IscsiPlan,
        "ha": plan.HaPlan,
    }
    return {
        f.name: plan_keys(tables[f.name]) if f.name in tables and cls is plan.Plan else None
        for f in dataclasses.fields(cls)
    }


def doc_keys(options: dict[str, Any]) -> dict[str, Any]:
    return {k: doc_keys(v["suboptions"]) if "suboptions" in v else None for k, v in options.items()}


def spec_keys(options: dict[str, Any]) -> dict[str, Any]:
    return {k: spec_keys(v["options"]) if "options" in v else None for k, v in options.items()}


@pytest.mark.parametrize("name", ["pool", "pool_info"])
def test_the_options_are_the_plans_keys_documented(name: str, tmp_path: Path) -> None:
    from ansible_collections.xenpool.wizard.plugins.module_utils.engine import PLAN_OPTIONS
    from wizard.plan import Plan

    assert spec_keys(PLAN_OPTIONS) == plan_keys(Plan)  # every key of the TOML plan, no other
    options = module_doc(name, tmp_path)["options"]
    documented = doc_keys(options)
    for key, sub in plan_keys(Plan).items():
        assert documented[key] == sub, key
    assert "plan_file" in options and options["password"]["type"] == "str"


def test_the_secrets_are_no_log_and_the_consents_mirror_the_cli(tmp_path: Path) -> None:
    sys.path.insert(0, str(COLLECTION / "plugins" / "modules"))
    try:
        import pool  # type: ignore[import-not-found]
    finally:
        sys.path.pop(0)
    spec = pool.argument_spec()
    assert spec["password"]["no_log"] is True and spec["chap_secret"]["no_log"] is True
    from wizard.cli import _parser

    apply = _parser()._subparsers._group_actions[0].choices["apply"]  # type: ignore[union-attr]
    flags = {a.dest for a in apply._actions if a.dest.startswith("yes_")}
    assert flags == {k for k in spec if k.startswith("yes_") and k != "yes_warnings"}
    assert flags  # --yes-destroy, --yes-pause-ha, --yes-force-join
    assert module_doc("pool", tmp_path)["options"]["yes_warnings"]["default"] is False

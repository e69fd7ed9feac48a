"""The release workflow, the spec and the installer agree (the workflow itself runs on the
code host's Windows, macOS and Linux runners, not here)."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def steps() -> list[dict[str, str]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["bundle"]
    assert set(job["strategy"]["matrix"]["os"]) == {
        "ubuntu-latest",
        "windows-latest",
        "macos-latest",
    }
    return list(job["steps"])


def run_text() -> str:
    return "\n".join(step.get("run", "") for step in steps())


def test_every_runner_builds_the_spec_and_smoke_tests_the_bundle() -> None:
    text = run_text()
    assert "PyInstaller" in text and "packaging/xenpool-wizard.spec" in text
    assert "packaging/smoke_test.py" in text
    assert (ROOT / "packaging" / "xenpool-wizard.spec").is_file()
    bundle = next(i for i, s in enumerate(steps()) if "PyInstaller" in s.get("run", ""))
    smoke = next(i for i, s in enumerate(steps()) if "smoke_test.py" in s.get("run", ""))
    assert bundle < smoke


def test_the_installers_package_what_the_spec_builds() -> None:
    spec = (ROOT / "packaging" / "xenpool-wizard.spec").read_text(encoding="utf-8")
    iss = (ROOT / "packaging" / "windows" / "xenpool-wizard.iss").read_text(encoding="utf-8")
    assert 'executable("xenpool-wizard", ' in spec and 'executable("xenpool-wizard-cli", ' in spec
    assert r'Source: "..\..\dist\xenpool-wizard\*"' in iss
    assert re.search(r'Filename: "\{app\}\\xenpool-wizard\.exe"', iss)
    assert 'name="xenpool-wizard.app"' in spec
    text = run_text()
    assert "xenpool-wizard.iss" in text and "hdiutil create" in text
    assert "dist/xenpool-wizard.app" in text


def test_macos_gets_the_loopback_addresses_the_smoke_test_serves_on() -> None:
    # macOS answers on 127.0.0.1 only unless lo0 gets aliases: the lab and the demo need theirs.
    smoke = (ROOT / "packaging" / "smoke_test.py").read_text(encoding="utf-8")
    served = set(re.findall(r'"--address", "(127\.[\d.]+)"', smoke))
    from wizard.simulator.scenario import DEFAULT_BASE_ADDRESS

    served.add(DEFAULT_BASE_ADDRESS)  # the GUI demo's lab
    aliases = next(s["run"] for s in steps() if "ifconfig lo0 alias" in s.get("run", ""))
    for first in served:
        prefix, last = first.rsplit(".", 1)
        for host in range(int(last), int(last) + 3):  # smb3 has three hosts
            assert f"{prefix}.{host}" in aliases

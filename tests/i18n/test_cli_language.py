"""The command line speaks the chosen language too: findings, errors and their fixes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.i18n.catalogue import TRANSLATIONS, read_ts
from wizard import cli, i18n
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator


def _translation(lang: str, context: str, source: str) -> str:
    for message in read_ts(TRANSLATIONS / f"xenpool-wizard_{lang}.ts"):
        if message.context == context and message.source == source:
            return message.translation
    raise KeyError(source)


@pytest.fixture
def english_afterwards() -> Iterator[None]:
    yield
    i18n.install("en")


@pytest.mark.parametrize("lang", ["de", "ja"])
def test_validate_in_another_language(
    lang: str,
    english_afterwards: None,
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("mixed-cpu")
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    args = ["--lang", lang, "validate", str(plan), "--yes", "--pins", str(tmp_path / "p.json")]
    assert cli.main(args) == cli.EXIT_BLOCKED
    out = capsys.readouterr().out
    amd = next(
        line for line in out.splitlines() if "AuthenticAMD" in line and sim.hosts[2].address in line
    )
    assert "GenuineIntel" in amd  # data stays as it is
    assert "CPUs but the pool has" not in amd  # the sentence is translated
    assert amd.startswith(_translation(lang, "Findings", "error"))


def test_a_plan_error_names_the_field_in_german(
    english_afterwards: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "pool.toml"
    plan.write_text('pool_name = "x"\n[storage_network]\nvlan = 5000\n')
    assert cli.main(["--lang", "de", "validate", str(plan)]) == cli.EXIT_INVALID_PLAN
    err = capsys.readouterr().err
    assert "storage_network.vlan" in err  # field paths stay as in the file
    assert "is outside 1-4094" not in err
    assert _translation("de", "Plan", "{vlan} is outside 1-4094").format(vlan=5000) in err


def test_a_german_apply_builds_and_writes_its_report(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    """A separate process, as a user runs it: translations load before the report paints."""
    import os
    import subprocess
    import sys

    sim = make_sim("smb3")
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    env = {
        **os.environ,
        "XENPOOL_PASSWORD": sim.hosts[0].password,
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    args = ["--lang", "de", "apply", str(plan), "--yes", "--pins", str(tmp_path / "p.json")]
    done = subprocess.run(
        [sys.executable, "-m", "wizard", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert done.returncode == cli.EXIT_OK, done.stderr[-2000:]
    assert _translation("de", "Headless", "Build finished.") in done.stdout
    reports = list((tmp_path / "state").rglob("*-report.pdf"))
    assert reports and reports[0].read_bytes().startswith(b"%PDF")

"""apply writes the report next to its journal: the pool as built, step timings, findings left."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.journal import default_path
from wizard.plan import save
from wizard.simulator import Simulator

WARNING = "0 means HA restarts VMs only if there happens to be room"


def test_apply_writes_the_report_next_to_the_journal_and_report_reads_it(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    plan = lab_plan(sim)
    plan.ha.host_failures_to_tolerate = 0  # a warning the user accepts with --yes
    save(plan, tmp_path / "pool.toml")
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    pins = str(tmp_path / "pins.json")
    assert cli.main(["apply", str(tmp_path / "pool.toml"), "--yes", "--pins", pins]) == 0
    out = capsys.readouterr().out
    journal = default_path(plan.pool_name, plan.master)
    assert journal.is_file()
    assert Path(os.environ["XDG_STATE_HOME"]) in journal.parents  # the user's state folder
    base = journal.with_name(journal.stem + "-report")
    md, html, pdf = (base.with_name(base.name + s) for s in (".md", ".html", ".pdf"))
    for path in (md, html, pdf):
        assert f"Report: {path}" in out
    text = md.read_text(encoding="utf-8")
    assert "## Build steps" in text
    for step in ("Join the members", "Configure the storage network", "Create the shared SR"):
        assert f"- {step}: " in text
    assert "## Pre-flight findings" in text and WARNING in text
    page = html.read_text(encoding="utf-8")
    assert "Build steps" in page and WARNING in page and "Enable High Availability" in page
    assert base.with_name(base.name + ".png").read_bytes().startswith(b"\x89PNG")
    assert pdf.read_bytes().startswith(b"%PDF")
    # `report` finds the pool's journal by itself (through a member, too)
    code = cli.main(
        ["report", "--host", sim.hosts[1].address, "--port", str(sim.port), "--pins", pins]
    )
    assert code == exitcodes.EXIT_OK
    shown = capsys.readouterr().out
    assert "## Build steps" in shown and "- Join the members: " in shown and WARNING in shown


def test_report_takes_a_journal_given_by_name(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    save(lab_plan(sim), tmp_path / "pool.toml")
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    pins = str(tmp_path / "pins.json")
    journal = tmp_path / "elsewhere" / "build.json"
    args = ["apply", str(tmp_path / "pool.toml"), "--yes", "--pins", pins]
    assert cli.main([*args, "--journal", str(journal)]) == exitcodes.EXIT_OK
    assert (tmp_path / "elsewhere" / "build-report.md").is_file()  # next to that journal
    capsys.readouterr()
    address, port = sim.hosts[0].address, str(sim.port)
    assert cli.main(["report", "--host", address, "--port", port, "--pins", pins]) == 0
    assert "Build steps" not in capsys.readouterr().out  # no journal where apply keeps it
    assert (
        cli.main(
            ["report", "--host", address, "--port", port, "--pins", pins, "--journal", str(journal)]
        )
        == 0
    )
    assert "- Create the pool: " in capsys.readouterr().out


def test_the_report_and_its_shared_texts_load_without_qt_widgets() -> None:
    """The texts the Finish page shares with the report live where a headless run reads them."""
    import subprocess
    import sys

    script = (
        "import sys\n"
        "import wizard.report, wizard.summary\n"
        "print(wizard.summary.step_label('connect'))\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6.QtWidgets', 'wizard.ui'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.splitlines() == ["Log in to the hosts", "[]"]

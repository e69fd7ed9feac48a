"""The wizard tells the truth about the pool: what the screens say is what XAPI reads back.

Each test drives the running wizard with clicks on its real widgets against the simulator,
and checks both what the screen says and what the pool is (through the official SDK).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.conftest import sdk_session
from tests.ui.conftest import Run, make_wizard, settle
from tests.ui.test_junk_input import _walk_to
from wizard.progress import Progress, State
from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard
from wizard.ui.pages.base import PageId
from wizard.ui.pages.build import BuildPage
from wizard.ui.pages.finish import FinishPage


def click(widget: Any) -> None:
    from PySide6.QtTest import QTest

    assert widget.isEnabled() and widget.isVisible(), widget.text()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def to_build_page(wizard: PoolWizard, run: Run) -> BuildPage:
    _walk_to(wizard, run, PageId.REVIEW)
    click(wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.currentPage()
    assert isinstance(page, BuildPage)
    return page


def pool_state(sim: Simulator) -> tuple[int, int, bool]:
    """Hosts in the pool, shared SRs, HA on: as the SDK reads them from the master."""
    api = sdk_session(sim.hosts[0]).xenapi
    pool = api.pool.get_record(api.pool.get_all()[0])
    shared = [s for s in api.SR.get_all_records().values() if s["shared"]]
    return len(api.host.get_all()), len(shared), bool(pool["ha_enabled"])


def test_cancel_mid_build_says_where_it_stopped_and_build_resumes(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    wizard = make_wizard(sim, qtbot)
    model = wizard.model
    build = to_build_page(wizard, run)
    back = wizard.button(QWizard.WizardButton.BackButton)
    seen_back: list[bool] = []

    def cancel_at_the_target_check(event: Progress) -> None:
        if event.step == "iscsigate" and event.state is State.RUNNING and not seen_back:
            seen_back.append(back.isEnabled())
            click(build.cancel)

    model.progress.connect(cancel_at_the_target_check)
    click(build.start)
    run(settle(model))
    model.progress.disconnect(cancel_at_the_target_check)
    assert seen_back == [False]  # no Back while the build changes the hosts

    # The screen: where it stopped, what is done, what is not, and Build again.
    said = build.status.text()
    assert "The pool is built" not in said and "Stopped as you asked" in said
    assert "Done: " in said and "Join the members" in said
    assert "Not done yet: " in said and "Create the shared SR" in said
    assert "Enable High Availability" in said.split("Not done yet: ")[1]
    pool_row = build.row_of["pool"]
    assert build.rows.item(pool_row, 3).text() == "stopped"  # type: ignore[union-attr]
    assert "Not done yet" in build.rows.item(pool_row, 1).text()  # type: ignore[union-attr]
    assert build.start.isEnabled() and "resume" in build.start.text()
    assert not build.isComplete()  # no Finish for a pool that is not built
    # The pool: joined, no SR, HA off; nothing ran after the cancel.
    assert pool_state(sim) == (3, 0, False)
    # Back to Review: it says what the hosts already have, then Next returns to the build.
    click(back)
    review = wizard.currentPage()
    assert wizard.currentId() == PageId.REVIEW and "Nothing has been changed" not in (
        review.subTitle()
    )
    assert "Already done on the hosts: " in review.subTitle() and "Join the members" in (
        review.subTitle()
    )
    click(wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is build and "Not done yet" in build.rows.item(pool_row, 1).text()  # type: ignore[union-attr]
    assert build.start.isEnabled() and "resume" in build.start.text()

    click(build.start)  # resume
    run(settle(model))
    assert "every step is done" in build.status.text()
    assert pool_state(sim) == (3, 2, True)
    assert build.rows.item(pool_row, 3).text() == "done"  # type: ignore[union-attr]
    click(wizard.button(QWizard.WizardButton.NextButton))
    finish = wizard.currentPage()
    assert isinstance(finish, FinishPage)
    run(settle(model))
    shown = finish.summary.toPlainText()  # read back from the pool, not the plan
    assert "iSCSI storage" in shown and "HA heartbeat" in shown
    assert "Enabled; the pool tolerates 1 host failure(s)" in shown


def test_report_step_times_are_the_steps_own_not_the_users_think_time(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: Any
) -> None:
    import re
    import time
    import types

    from wizard import journal

    wizard = make_wizard(sim, qtbot)
    model = wizard.model
    _walk_to(wizard, run, PageId.ISCSI)  # the pool, the joins and the network are made here
    # The user reads the next pages for five minutes (the journal's clock says so).
    real = time.time
    later = types.SimpleNamespace(time=lambda: real() + 300.0, monotonic=time.monotonic)
    monkeypatch.setattr(journal, "time", later)
    for _page in (PageId.HA, PageId.REVIEW, PageId.BUILD):
        click(wizard.button(QWizard.WizardButton.NextButton))
        run(settle(model))
    build = wizard.currentPage()
    assert isinstance(build, BuildPage)
    click(build.start)
    run(settle(model))
    assert pool_state(sim) == (3, 2, True)
    click(wizard.button(QWizard.WizardButton.NextButton))
    run(settle(model))
    finish = wizard.currentPage()
    assert isinstance(finish, FinishPage)
    shown = finish.summary.toPlainText()
    steps = shown.split("Build steps")[1]
    assert "Create the pool" in steps and "Join the members" in steps
    seconds = [float(n) for n in re.findall(r"\b\d+\.\d\b", steps)]
    assert seconds and max(seconds) < 300.0, steps  # the steps' own time, not the reading
    snap = run(model.pool_snapshot())
    assert snap.step_seconds["pool"] < 300.0 and snap.step_seconds["ha"] < 300.0


def test_a_normal_finish_exits_0_with_nothing_on_stderr(tmp_path: Any) -> None:
    import json
    import os
    import subprocess
    import sys

    # --autopilot clicks through the demo as a user does and ends with the Finish button.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    shots = tmp_path / "shots"
    done = subprocess.run(
        [sys.executable, "-m", "wizard", "--demo", "--autopilot", "--screenshots", str(shots)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert (shots / "09-finish.png").exists()
    # What the pool became, from the build's journal in the state folder: every step done.
    (path,) = (Path(os.environ["XDG_STATE_HOME"]) / "xenpool-wizard" / "journals").glob("*.json")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    states = {
        (e["step"], e["state"])
        for line in lines
        if (e := line.get("entry")) and e["host"] == "pool"
    }
    assert ("ha", "done") in states and ("sr", "done") in states
    assert not list(path.parent.glob("*.toml"))  # finished: no unfinished build left behind

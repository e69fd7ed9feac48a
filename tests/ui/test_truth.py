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

    model.listen_progress(build, cancel_at_the_target_check)
    click(build.start)
    run(settle(model))
    model.unlisten_progress(cancel_at_the_target_check)
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


class _LabStub:
    """Stands in for the demo's own simulator: the test's lab is stopped by its fixture."""

    def stop(self) -> None:
        return None


def test_closing_mid_build_ends_cleanly_and_a_restart_resumes_it_by_name(
    make_sim: Any,
    qtbot: Any,
    capfd: Any,
    monkeypatch: Any,
    loop: Any,
    run: Run,
) -> None:
    import asyncio
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from wizard.session import unfinished_builds, user_pins
    from wizard.ui import app as appmod
    from wizard.ui.model import WizardModel
    from wizard.ui.pages.compat import CompatibilityPage
    from wizard.ui.pages.hosts import HostsPage
    from wizard.ui.pages.iscsi import IscsiPage
    from wizard.ui.pages.network import NetworkPage
    from wizard.ui.pages.review import ReviewPage
    from wizard.ui.pages.start import StartPage

    sim = make_sim("smb3", time_scale=0.02)

    def demo(model: WizardModel) -> _LabStub:
        from wizard.demo import lab_plan

        model.demo = True
        model.plan = lab_plan(sim)
        model.plan.hosts = []
        model.set_password(sim.hosts[0].password)
        for host in sim.hosts:
            model.add_address(host.address, host.fingerprint)
        return _LabStub()

    monkeypatch.setattr(appmod, "_demo_model", demo)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its own
    next_button = QWizard.WizardButton.NextButton

    async def walk_to_build(wizard: PoolWizard, pool_name: str | None) -> BuildPage:
        """Start to Build as a user clicks through; ``pool_name`` is typed on its page."""
        model = wizard.model
        await settle(model)
        click(wizard.button(next_button))
        hosts = wizard.currentPage()
        assert isinstance(hosts, HostsPage)
        model.trust_all([row.address for row in model.rows])
        if not hosts.password.text():
            qtbot.keyClicks(hosts.password, sim.hosts[0].password)
        click(hosts.connect_button)
        await settle(model)
        click(wizard.button(next_button))
        compat = wizard.currentPage()
        assert isinstance(compat, CompatibilityPage)
        if pool_name is not None:
            compat.pool_name.clear()
            qtbot.keyClicks(compat.pool_name, pool_name)
        if compat.accept.isVisibleTo(compat):
            compat.accept.setChecked(True)
        click(wizard.button(next_button))
        assert isinstance(wizard.currentPage(), NetworkPage)
        click(wizard.button(next_button))
        iscsi = wizard.currentPage()
        assert isinstance(iscsi, IscsiPage)
        await settle(model)
        if not model.discovered.luns:  # a new build: step 1, and discovery after it
            iscsi.create_network()
            await settle(model)
            await settle(model)
        assert model.discovered.luns
        for page_id in (PageId.HA, PageId.REVIEW, PageId.BUILD):
            click(wizard.button(next_button))
            await settle(model)  # the page's own reading (HA asks XAPI) ends first
            review = wizard.currentPage()
            if page_id is PageId.BUILD or not isinstance(review, ReviewPage):
                continue
            if review.ssh_check.isChecked():  # the simulated lab has no SSH to prove with
                click(review.ssh_check)
        build = wizard.currentPage()
        assert isinstance(build, BuildPage)
        return build

    def close_during_the_srs(wizard: PoolWizard) -> None:
        def on_progress(event: Progress) -> None:
            if event.step == "sr" and event.state is State.RUNNING and wizard.isVisible():
                wizard.close()  # the title bar's close button
                box = wizard.stop_question
                assert box is not None and "Stop the build?" in box.windowTitle()
                box.button(QMessageBox.StandardButton.Yes).click()

        wizard.model.listen_progress(wizard, on_progress)

    async def first_session() -> None:
        (wizard,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, PoolWizard)]
        build = await walk_to_build(wizard, "Office-Pool")
        close_during_the_srs(wizard)
        click(build.start)

    QTimer.singleShot(0, lambda: asyncio.ensure_future(first_session()))
    assert appmod.run_gui(demo=True) == 0
    QApplication.processEvents()  # run_gui's own quit, before the next loop runs
    err = capfd.readouterr().err
    for bad in ("Signal source has been deleted", "Unexpected error", "Traceback", "Event loop"):
        assert bad not in err, err
    api = sdk_session(sim.hosts[0]).xenapi
    assert api.pool.get_name_label(api.pool.get_all()[0]) == "Office-Pool"
    assert pool_state(sim)[0] == 3 and pool_state(sim)[2] is False  # stopped before HA
    assert [build.plan.pool_name for build in unfinished_builds()] == ["Office-Pool"]

    # The next morning: a new wizard on the same state folder resumes the build by name.
    asyncio.set_event_loop(loop)
    wizard = PoolWizard(WizardModel(user_pins()))
    qtbot.addWidget(wizard)
    wizard.show()
    start = wizard.currentPage()
    assert isinstance(start, StartPage)
    run(settle(wizard.model))  # the unfinished builds are read off the Qt thread
    assert start.resume.isVisibleTo(start) and start.resume.isChecked()
    assert start.unfinished.currentText() == "Office-Pool"
    planned = [h.address for h in wizard.model.plan.hosts]

    async def second_session() -> BuildPage:
        return await walk_to_build(wizard, None)

    build = run(second_session())
    model = wizard.model
    assert model.plan.pool_name == "Office-Pool" and model.plan.hosts
    assert [r.address for r in model.rows] == [h.address for h in model.plan.hosts]
    assert planned == [] and all(r.trusted for r in model.rows)  # pinned in the first session

    async def resume() -> None:
        click(build.start)
        await settle(model)

    run(resume())
    assert "every step is done" in build.status.text(), build.status.text()
    assert api.pool.get_name_label(api.pool.get_all()[0]) == "Office-Pool"
    assert pool_state(sim) == (3, 2, True)
    assert unfinished_builds() == []  # finished: nothing left to offer


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


def test_a_new_build_on_hosts_already_in_a_pool_keeps_the_pools_name(
    sim: Simulator, qtbot: Any, run: Run
) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.faults.conftest import build as build_plan
    from tests.ui.test_pages import _to_compat
    from wizard.demo import lab_plan
    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    earlier = lab_plan(sim)
    earlier.hosts = earlier.hosts[:2]
    earlier.pool_name = "Office-Pool"
    with ThreadPoolExecutor(1) as other:  # its own event loop, not the window's
        other.submit(build_plan, sim, earlier).result()
    # A new build, nothing typed for the name: the wizard's default is "Pool".
    model = WizardModel(PinStore())
    model.set_password(sim.hosts[0].password)
    for host in sim.hosts:
        model.add_address(host.address, host.fingerprint)
    assert model.plan.pool_name == "Pool"
    wizard = PoolWizard(model)
    qtbot.addWidget(wizard)
    wizard.show()
    compat = _to_compat(wizard, run)
    assert compat.pool_name.text() == "Office-Pool"  # the pool's own name, shown to keep
    api = sdk_session(sim.hosts[0]).xenapi
    assert api.pool.get_name_label(api.pool.get_all()[0]) == "Office-Pool"

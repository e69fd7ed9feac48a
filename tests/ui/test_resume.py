"""Resuming an unfinished build from the Start page, with clicks: the build a user picks among
several, carried on with the choices it was made with and the target discovered again."""

from __future__ import annotations

import asyncio
import os
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from tests.faults.conftest import Hooks
from tests.ui.conftest import Run, settle
from wizard.demo import lab_plan
from wizard.plan import HostPlan, Plan
from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard
from wizard.ui.pages.base import PageId
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.pages.iscsi import IscsiPage
from wizard.ui.pages.review import ReviewPage
from wizard.ui.pages.start import StartPage

NEXT = QWizard.WizardButton.NextButton


def click(widget: Any) -> None:
    from PySide6.QtCore import QPoint
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QRadioButton

    assert widget.isEnabled() and widget.isVisible(), widget.text()
    # A radio button takes a click on its circle or words, not on the row's empty end.
    at = QPoint(8, widget.height() // 2) if isinstance(widget, QRadioButton) else QPoint()
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)


def pool_phase(sim: Simulator, plan: Plan) -> None:
    """What a GUI build did before it stopped: step 1 on the iSCSI page (pool, joins and
    storage network), by the engine."""
    from wizard.steps.context import BuildContext
    from wizard.steps.engine import POOL_PHASE, all_steps, run_steps
    from wizard.xapi.trust import PinStore, Trust

    ctx = BuildContext(
        plan=plan,
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
        report=Hooks(),
    )

    async def go() -> None:
        try:
            await ctx.connect()
            await run_steps(ctx, [s for s in all_steps() if s.key in POOL_PHASE])
        finally:
            await ctx.close()

    asyncio.run(go())


def test_resume_picks_the_build_clicked_among_two_with_its_choices_and_its_target(
    sim: Simulator, qtbot: Any, loop: asyncio.AbstractEventLoop, run: Run
) -> None:
    from wizard.session import autosave
    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    # Two builds stopped on other days: ours on the lab, and a newer one elsewhere.
    plan = lab_plan(sim, "Office-Pool")
    small = min(sim.world.targets[0].luns, key=lambda lun: lun.size)
    plan.iscsi.sr_scsi_id, plan.iscsi.sr_size = small.scsi_id, small.size  # not the default
    pool_phase(sim, plan)
    asyncio.set_event_loop(loop)  # asyncio.run unset it
    ours = autosave(plan, choices={"check_over_ssh": False, "ssh_key_file": "/keys/xen"})
    other = Plan(pool_name="Branch-Pool", master="127.0.0.250")
    other.hosts = [HostPlan(address="127.0.0.250")]
    newer = autosave(other)
    os.utime(ours, (1_000_000, 1_000_000))
    assert newer != ours

    model = WizardModel(PinStore())
    wizard = PoolWizard(model)
    qtbot.addWidget(wizard)
    wizard.show()
    start = wizard.currentPage()
    assert isinstance(start, StartPage)
    run(settle(model))  # the unfinished builds are read off the Qt thread
    assert start.resume.isVisible() and start.resume.isChecked()
    assert [start.unfinished.itemText(i) for i in range(start.unfinished.count())] == [
        "Branch-Pool",
        "Office-Pool",
    ]
    click(start.new)
    assert not start.resume.isChecked()
    click(start.resume)
    start.unfinished.setFocus()
    qtbot.keyClick(start.unfinished, Qt.Key.Key_Down)  # the older one: ours
    assert start.unfinished.currentText() == "Office-Pool" and start.resume.isChecked()

    async def walk() -> None:
        click(wizard.button(NEXT))
        hosts = wizard.currentPage()
        assert isinstance(hosts, HostsPage)
        assert model.plan.pool_name == "Office-Pool" and model.autosaved == ours
        model.trust_all([row.address for row in model.rows])
        qtbot.keyClicks(hosts.password, sim.hosts[0].password)
        click(hosts.connect_button)
        await settle(model)
        for _page in (PageId.COMPAT, PageId.NETWORK, PageId.ISCSI):
            click(wizard.button(NEXT))
            await settle(model)
        await settle(model)

    run(walk())
    iscsi = wizard.currentPage()
    assert isinstance(iscsi, IscsiPage)
    # The network was up already: the target is read again without a click on Discover,
    # and the LUN the build was planned with stays chosen.
    assert model.discovered.luns and iscsi.isComplete(), iscsi.blocked_reason()
    assert iscsi.data_lun.currentData() == small.scsi_id == model.plan.iscsi.sr_scsi_id
    for _page in (PageId.HA, PageId.REVIEW):
        click(wizard.button(NEXT))
        run(settle(model))
    review = wizard.currentPage()
    assert isinstance(review, ReviewPage)
    # The SSH check was switched off in the first session: it stays off, with its key file.
    assert not review.ssh_check.isChecked() and review.ssh_key.text() == "/keys/xen"
    assert not model.check_over_ssh


def test_a_new_build_clicked_past_an_unfinished_one_starts_afresh(
    qtbot: Any, loop: asyncio.AbstractEventLoop, run: Run
) -> None:
    from wizard.session import autosave, unfinished_builds
    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    stopped = Plan(pool_name="Branch-Pool", master="127.0.0.250")
    stopped.hosts = [HostPlan(address="127.0.0.250")]
    autosave(stopped)
    model = WizardModel(PinStore())
    wizard = PoolWizard(model)
    qtbot.addWidget(wizard)
    wizard.show()
    start = wizard.currentPage()
    assert isinstance(start, StartPage)
    run(settle(model))
    assert start.resume.isChecked() and start.unfinished.currentText() == "Branch-Pool"
    click(start.new)
    click(wizard.button(NEXT))
    assert isinstance(wizard.currentPage(), HostsPage)
    assert model.autosaved is None and model.rows == [] and model.plan.pool_name != "Branch-Pool"
    assert [b.plan.pool_name for b in unfinished_builds()] == ["Branch-Pool"]  # still offered


def test_without_an_unfinished_build_the_resume_choice_is_not_shown(
    qtbot: Any, loop: asyncio.AbstractEventLoop, run: Run
) -> None:
    from wizard.ui.model import WizardModel
    from wizard.xapi.trust import PinStore

    wizard = PoolWizard(WizardModel(PinStore()))
    qtbot.addWidget(wizard)
    wizard.show()
    start = wizard.currentPage()
    assert isinstance(start, StartPage)
    run(settle(wizard.model))
    assert not start.resume.isVisible() and start.new.isChecked()

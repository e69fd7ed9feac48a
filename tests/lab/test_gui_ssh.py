"""The GUI build on namespace hosts proves each host's storage path over SSH, asking the
user about every unknown SSH host key on the Qt thread."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.faults.conftest import FINISHED, inventory
from tests.lab.netlab import NetLab
from tests.lab.test_lab_build import lab_simulator
from tests.ui.conftest import Run, loop, run  # noqa: F401  (fixtures)
from wizard.demo import lab_plan
from wizard.ui.app import PoolWizard, autopilot
from wizard.ui.model import WizardModel
from wizard.ui.pages.base import PageId
from wizard.ui.pages.build import BuildPage
from wizard.ui.pages.finish import FinishPage
from wizard.ui.pages.review import ReviewPage
from wizard.xapi.trust import PinStore

pytestmark = pytest.mark.lab


def test_gui_build_checks_every_host_over_ssh_and_asks_about_its_key(
    fresh_lab: NetLab,
    qtbot: Any,
    run: Run,  # noqa: F811
) -> None:
    sim = lab_simulator(fresh_lab)
    try:
        model = WizardModel(PinStore())
        model.plan = lab_plan(sim)
        model.plan.hosts = []
        model.set_password(sim.hosts[0].password)
        for host in sim.hosts:
            model.add_address(host.address, host.fingerprint)
        model.ssh_key_file = str(fresh_lab.state.client_key)  # the lab's root takes keys only
        wizard = PoolWizard(model)
        qtbot.addWidget(wizard)
        build = wizard.pages[PageId.BUILD]
        review = wizard.pages[PageId.REVIEW]
        assert isinstance(build, BuildPage) and isinstance(review, ReviewPage)
        asked: list[str] = []

        async def answer_like_a_careful_user() -> None:
            while True:
                await asyncio.sleep(0.05)
                box = model.prompter.question
                if box is None or not box.isVisible():
                    continue
                address = next(h.mgmt_ip for h in fresh_lab.hosts if h.mgmt_ip in box.text())
                expected = fresh_lab.host_key_fingerprint(fresh_lab.host(address))
                asked.append(address)
                yes = expected in box.text()
                button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
                box.button(button).click()

        async def walk() -> bool:
            answering = asyncio.ensure_future(answer_like_a_careful_user())
            try:
                return await autopilot(wizard, None)
            finally:
                answering.cancel()

        assert run(walk()) is True, build.status.text()
        assert review.ssh_check.isChecked()  # on real hosts the check is the default
        assert sorted(asked) == sorted(h.mgmt_ip for h in fresh_lab.hosts)
        assert inventory(sim) == FINISHED
        log_text = build.log.toPlainText()
        assert "Check the storage network from every host (SSH)" in log_text
        assert model.ctx is not None and model.ctx.ssh is not None
        for host in fresh_lab.hosts:
            (summary,) = model.ctx.ssh.findings[host.mgmt_ip]
            assert not summary.blocking and "with jumbo frames" in summary.message
        # The customer sees what was proven, host by host, on the Finish page.
        finish = wizard.currentPage()
        assert isinstance(finish, FinishPage)
        shown = finish.summary.toPlainText()
        assert all(h.name in shown for h in fresh_lab.hosts) and "jumbo frames" in shown
    finally:
        sim.stop()

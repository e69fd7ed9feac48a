"""A build stopped by an error of ours shows all of it: what happened and what to do."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.ui.conftest import Run, make_wizard, settle
from wizard.simulator import Simulator
from wizard.ui.pages.base import PageId
from wizard.ui.pages.build import BuildPage


def test_a_changed_ssh_host_key_stops_the_build_with_its_whole_message_and_advice(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from wizard.ssh import HostKeyChanged
    from wizard.steps import engine

    wizard = make_wizard(sim, qtbot)
    model = wizard.model
    model.trust_all([row.address for row in model.rows])
    run(model.connect_hosts())
    # the message alone is three lines (pinned and presented keys): the advice comes after
    changed = HostKeyChanged(sim.hosts[1].address, "SHA256:pinned", "SHA256:presented")

    async def stopped(*_args: Any) -> None:
        raise changed

    monkeypatch.setattr(engine, "run_steps", stopped)
    build = wizard.pages[PageId.BUILD]
    assert isinstance(build, BuildPage)
    build.ensure_widgets()
    build.initializePage()

    async def click() -> None:
        qtbot.mouseClick(build.start, Qt.MouseButton.LeftButton)
        await settle(model)

    run(click())
    shown = build.status.text()
    assert "SHA256:presented" in shown and changed.advice in shown
    assert not model.build_ok

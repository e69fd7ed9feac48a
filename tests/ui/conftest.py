"""GUI fixtures: a qasync loop on pytest-qt's QApplication, and a wizard on a simulated lab."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
import qasync
from PySide6.QtWidgets import QApplication

from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard, loop_exception
from wizard.ui.model import WizardModel
from wizard.xapi.trust import PinStore


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = qasync.QEventLoop(qapp)
    # As in the app: an exception no task handled fails the test like one in a Qt slot.
    event_loop.set_exception_handler(loop_exception)
    asyncio.set_event_loop(event_loop)
    yield event_loop
    event_loop.close()
    # close() only marks its Qt timers stopped (each dies when it next fires): kept here,
    # the timer object is never freed, so never freed on a worker thread (see tests/conftest)
    _closed_loop_timers.append(event_loop._timer)  # type: ignore[attr-defined]
    asyncio.set_event_loop(None)


_closed_loop_timers: list[object] = []


Run = Callable[[Awaitable[Any]], Any]


@pytest.fixture
def run(loop: asyncio.AbstractEventLoop) -> Run:
    def runner(coro: Awaitable[Any]) -> Any:
        return loop.run_until_complete(coro)

    return runner


async def settle(model: WizardModel) -> None:
    await asyncio.sleep(0.05)
    while model.busy:
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.05)


def make_wizard(sim: Simulator, qtbot: Any) -> PoolWizard:
    """A wizard prefilled the way demo mode does it, on this lab."""
    from wizard.demo import lab_plan

    model = WizardModel(PinStore())
    model.demo = True  # a simulated lab: nothing to check over SSH
    model.plan = lab_plan(sim)
    model.plan.hosts = []
    model.set_password(sim.hosts[0].password)
    for host in sim.hosts:
        model.add_address(host.address, host.fingerprint)
    wizard = PoolWizard(model)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard

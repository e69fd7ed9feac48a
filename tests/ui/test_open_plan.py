"""Open a saved plan from the Start page: chosen with a click, read on a worker thread.

The file is a named pipe here, so the read hangs as one on a share that stopped answering
does, until the test writes the plan into it: the window keeps working meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard

from tests.ui.conftest import Run, make_wizard, settle
from tests.ui.test_resume import click
from wizard import plan as planmod
from wizard.demo import lab_plan
from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard
from wizard.ui.pages.hosts import HostsPage
from wizard.ui.pages.start import StartPage

NEXT = QWizard.WizardButton.NextButton


async def until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the window never got there")


@pytest.fixture
def pipe(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "on-a-share.toml"
    os.mkfifo(path)
    yield path
    # A reader still waiting (a test that failed early) is let go: it reads an empty file.
    with contextlib.suppress(OSError):  # no reader left
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


def _write_later(path: Path, text: str) -> threading.Thread:
    def write() -> None:
        with open(path, "w", encoding="utf-8") as fifo:  # blocks until the wizard reads
            fifo.write(text)

    writer = threading.Thread(target=write, daemon=True)
    return writer


def _open_with_the_dialog(
    sim: Simulator, qtbot: Any, run: Run, monkeypatch: pytest.MonkeyPatch, path: Path
) -> tuple[PoolWizard, StartPage]:
    """A fresh wizard, "Open a saved plan…" clicked, Next, and ``path`` picked."""
    wizard = make_wizard(sim, qtbot)
    start = wizard.currentPage()
    assert isinstance(start, StartPage)
    run(settle(wizard.model))  # the page has looked for unfinished builds
    # The file dialog is modal and the OS's own: the path the user would pick comes back.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    click(start.open)
    click(wizard.button(NEXT))
    return wizard, start


def _plan_text(sim: Simulator, pool_name: str) -> str:
    saved = lab_plan(sim)
    saved.pool_name = pool_name
    return planmod.dumps(saved)


def test_a_plan_on_a_slow_share_is_read_while_the_window_works_then_next_goes_on(
    sim: Simulator,
    qtbot: Any,
    loop: asyncio.AbstractEventLoop,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
    pipe: Path,
) -> None:
    wizard, start = _open_with_the_dialog(sim, qtbot, run, monkeypatch, pipe)
    run(until(lambda: "Reading" in start.plan_path.text()))
    # The Qt thread is free (the loop ran to show that); a second Next waits for the file.
    click(wizard.button(NEXT))
    assert wizard.currentPage() is start
    _write_later(pipe, _plan_text(sim, "Customer pool")).start()
    run(until(lambda: isinstance(wizard.currentPage(), HostsPage)))
    assert wizard.model.plan.pool_name == "Customer pool"
    assert [r.address for r in wizard.model.rows] == [h.address for h in sim.hosts]


def test_a_broken_plan_picked_with_the_dialog_lists_its_fields_and_stays(
    sim: Simulator,
    qtbot: Any,
    loop: asyncio.AbstractEventLoop,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text('pool_name = "x"\n[storage_network]\nvlan = 9999\n')
    wizard, start = _open_with_the_dialog(sim, qtbot, run, monkeypatch, broken)
    run(until(lambda: "storage_network.vlan" in start.error.text()))
    assert wizard.currentPage() is start and wizard.model.plan.pool_name != "x"


def test_a_plan_that_answers_after_the_user_chose_a_new_build_is_dropped(
    sim: Simulator,
    qtbot: Any,
    loop: asyncio.AbstractEventLoop,
    run: Run,
    monkeypatch: pytest.MonkeyPatch,
    pipe: Path,
) -> None:
    wizard, start = _open_with_the_dialog(sim, qtbot, run, monkeypatch, pipe)
    run(until(lambda: "Reading" in start.plan_path.text()))
    click(start.new)
    click(wizard.button(NEXT))
    assert isinstance(wizard.currentPage(), HostsPage)
    planned = wizard.model.plan.pool_name
    writer = _write_later(pipe, _plan_text(sim, "Too late"))
    writer.start()
    run(until(lambda: not writer.is_alive()))
    run(asyncio.sleep(0.2))  # the answer's callback, were it taken
    assert wizard.model.plan.pool_name == planned != "Too late"
    assert isinstance(wizard.currentPage(), HostsPage)


def test_a_recent_plan_chosen_with_the_keyboard_then_next_goes_on_once_it_is_read(
    sim: Simulator,
    qtbot: Any,
    loop: asyncio.AbstractEventLoop,
    run: Run,
    pipe: Path,
    tmp_path: Path,
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from wizard.ui.pages.start import remember_recent_plan

    other = tmp_path / "other.toml"
    other.write_text(_plan_text(sim, "Other pool"))
    remember_recent_plan(pipe)
    remember_recent_plan(other)  # the newest first: the list shows it, the pipe below it
    wizard = make_wizard(sim, qtbot)
    start = wizard.currentPage()
    assert isinstance(start, StartPage)
    run(settle(wizard.model))
    start.recent.setFocus()
    QTest.keyClick(start.recent, Qt.Key.Key_Down)  # the newest recent plan: it is read
    run(until(lambda: wizard.model.plan.pool_name == "Other pool"))
    QTest.keyClick(start.recent, Qt.Key.Key_Down)  # no, the one on the share below it
    run(until(lambda: "Reading" in start.plan_path.text()))
    click(wizard.button(NEXT))  # pressed while it is read: the wizard goes on after
    assert wizard.currentPage() is start
    _write_later(pipe, _plan_text(sim, "Customer pool")).start()
    run(until(lambda: isinstance(wizard.currentPage(), HostsPage)))
    assert wizard.model.plan.pool_name == "Customer pool"

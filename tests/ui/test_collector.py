"""The Qt thread's collector: a full pass waits for the window to be idle."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from wizard.ui import collector as module
from wizard.ui.collector import QtThreadCollector


class Screen(QObject):
    changed = Signal(int)


@pytest.fixture
def generations() -> Iterator[list[int]]:
    """The generation of each collection that ran."""
    seen: list[int] = []

    def callback(phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(callback)
    yield seen
    gc.callbacks.remove(callback)


def due_for_a_full_pass() -> None:
    """The oldest generation's count past its threshold (each middle pass adds one)."""
    while gc.get_count()[2] <= gc.get_threshold()[2]:
        gc.collect(1)


def test_a_full_pass_waits_for_idle(qapp: QApplication, generations: list[int]) -> None:
    busy = [True]
    screen = Screen()
    collector = QtThreadCollector(qapp)
    collector.watch(lambda: busy[0], screen.changed)
    due_for_a_full_pass()
    generations.clear()
    collector.collect()  # work running: a younger pass only
    assert 2 not in generations
    busy[0] = False
    screen.changed.emit(1)  # the page just changed: still not idle
    collector.collect()
    assert 2 not in generations
    collector._last_activity -= module.IDLE_S  # as if the pages were still since
    collector.collect()
    assert generations[-1] == 2
    assert gc.get_count()[2] == 0


def test_a_long_run_of_work_gets_its_full_pass(qapp: QApplication, generations: list[int]) -> None:
    collector = QtThreadCollector(qapp)
    collector.watch(lambda: True)
    while gc.get_count()[2] <= gc.get_threshold()[2] * module.FORCE_FACTOR:
        gc.collect(1)
    generations.clear()
    collector.collect()
    assert generations == [2]

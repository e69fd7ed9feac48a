"""Build progress reaches the pages on the window's thread, whichever thread made it.

Events made on the window's thread (the steps run on its loop) are handed over by a plain
call, not a Signal.emit (which gives up the GIL and waits for it again behind the worker
threads); events made on a worker thread still go through the signal, queued."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtWidgets import QWidget

from wizard.progress import Progress, State
from wizard.ui.model import WizardModel


def _event(host: str) -> Progress:
    return Progress("connect", host, State.RUNNING, 0.5, "logging in")


def test_an_event_made_on_the_windows_thread_is_heard_at_once(qtbot: Any) -> None:
    model = WizardModel()
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: list[tuple[str, int]] = []
    model.listen_progress(owner, lambda e: heard.append((e.host, threading.get_ident())))
    model.report_progress(_event("10.0.0.1"))
    assert heard == [("10.0.0.1", threading.get_ident())]  # no turn of the loop needed


def test_an_event_made_on_a_worker_thread_is_heard_on_the_windows_thread(qtbot: Any) -> None:
    model = WizardModel()
    owner = QWidget()
    qtbot.addWidget(owner)
    heard: list[tuple[str, int]] = []
    model.listen_progress(owner, lambda e: heard.append((e.host, threading.get_ident())))
    worker = threading.Thread(target=model.report_progress, args=(_event("10.0.0.2"),))
    worker.start()
    worker.join()
    assert heard == []  # not on the worker: queued to the window's thread
    qtbot.waitUntil(lambda: bool(heard), timeout=5000)
    assert heard == [("10.0.0.2", threading.get_ident())]


def test_a_deleted_widget_hears_no_more(qtbot: Any) -> None:
    model = WizardModel()
    owner = QWidget()
    heard: list[str] = []
    model.listen_progress(owner, lambda e: heard.append(e.host))
    owner.deleteLater()
    qtbot.waitUntil(lambda: not model._progress_listeners, timeout=5000)
    model.report_progress(_event("10.0.0.3"))
    assert heard == []

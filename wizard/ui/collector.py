"""Python's cyclic garbage collected on the Qt thread only.

The collector runs in whichever thread happens to allocate when a threshold is
crossed: in the wizard that is often an executor thread talking to a host. A
QObject freed there (a dialog, a model, a closed page's timer) cannot unregister
its Qt timers from the wrong thread, and the Qt thread's next timer event reaches
freed memory: a segfault in QTimerInfoList::activateTimers. So automatic collection
is off while the window runs, and a timer on the Qt thread collects instead.

A full pass walks every tracked object with the GIL held (20-46 ms in a 64-host build):
it waits until no work is running and the pages have been still for a moment, when no
frame is waiting to be drawn; only a long run of work without a pause forces it.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, SignalInstance

# Often enough that the young stay few: 64 hosts' answers made 26 000 young objects in a
# second (a 7 ms pass, and a 13 ms middle one after); ten looks a second cost nothing.
INTERVAL_MS = 100
IDLE_S = 1.5  # no work running and no page change for this long: a full pass is unseen
# Full passes put off while busy; past this many times the threshold, one runs anyway, so
# what cycles hold stays bounded however long the work goes on.
FORCE_FACTOR = 10


class QtThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._busy: Callable[[], bool] = lambda: False
        self._last_activity = time.monotonic()

    def watch(self, busy: Callable[[], bool], *activity: SignalInstance) -> None:
        """``busy`` says work is running; each of ``activity`` marks the screen changing."""
        self._busy = busy
        for signal in activity:
            signal.connect(self._active)

    def _active(self, *_args: object) -> None:
        self._last_activity = time.monotonic()

    def idle(self) -> bool:
        return not self._busy() and time.monotonic() - self._last_activity >= IDLE_S

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.collect()
        gc.enable()

    def collect(self) -> None:
        # the thresholds as the automatic collector would apply them, only here
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if old > third and (old > third * FORCE_FACTOR or self.idle()):
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > first:
            gc.collect(0)

"""Python's cyclic garbage collected on the Qt thread only.

The collector runs in whichever thread happens to allocate when a threshold is
crossed: in the wizard that is often an executor thread talking to a host. A
QObject freed there (a dialog, a model, a closed page's timer) cannot unregister
its Qt timers from the wrong thread, and the Qt thread's next timer event reaches
freed memory: a segfault in QTimerInfoList::activateTimers. So automatic collection
is off while the window runs, and a timer on the Qt thread collects instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000  # young objects are few between ticks; a full pass is cheap at this rate


class QtThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)

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
        if old > third:
            gc.collect(2)
        elif middle > second:
            gc.collect(1)
        elif young > first:
            gc.collect(0)

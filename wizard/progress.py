"""Progress of a build: the states a step goes through and the events front ends show.

A leaf the engine, the journal and every front end share (it needs only i18n).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from wizard.i18n import QT_TRANSLATE_NOOP, translate

POOL = "pool"  # the "host" of pool-wide progress rows


class State(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"  # already in place
    FAILED = "failed"

    @property
    def label(self) -> str:
        """The state as shown to the user (``value`` stays the machine form, e.g. in the journal)."""
        return translate("Steps", _STATE_LABELS[self])


_STATE_LABELS = {
    State.WAITING: QT_TRANSLATE_NOOP("Steps", "waiting"),
    State.RUNNING: QT_TRANSLATE_NOOP("Steps", "running"),
    State.DONE: QT_TRANSLATE_NOOP("Steps", "done"),
    State.SKIPPED: QT_TRANSLATE_NOOP("Steps", "skipped"),
    State.FAILED: QT_TRANSLATE_NOOP("Steps", "failed"),
}


@dataclass(frozen=True)
class Progress:
    step: str
    host: str  # a host address, or POOL
    state: State
    fraction: float = 0.0
    message: str = ""  # shown to the user: in the user's language


Reporter = Callable[[Progress], None]

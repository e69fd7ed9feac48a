"""Steps, actions and progress: the vocabulary every front end shares.

A step looks at the pool as it is and returns the actions still needed to
reach the plan: a finished pool yields none, a half-built one the rest.
Each action carries the equivalent ``xe`` command, so a dry run and the
exported script come from the very code that does the work.
"""

from __future__ import annotations

import shlex
import unicodedata
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from wizard.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from wizard.steps.context import BuildContext

POOL = "pool"  # the "host" of pool-wide progress rows


def one_line(text: object) -> str:
    """Text made safe for one line of a shell script: no character can end or hide the line.

    Control characters (\\r, \\n, \\x85 NEL...), the Unicode line and paragraph separators
    and format characters (bidi overrides) all become spaces.
    """
    return "".join(
        " " if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs") else ch
        for ch in str(text)
    )


def comment(text: object) -> str:
    """A shell comment line saying ``text``: the one way comment lines are built."""
    return "# " + one_line(text)


def stop(text: object, *values: str) -> str:
    """A script line printing ``text`` (and shell ``values`` such as ``"$OLD"``) to stderr,
    then ending the script with status 1."""
    fmt = "%s" + " %s" * len(values)
    args = " ".join([shlex.quote(one_line(text)), *values])
    return f"printf '{fmt}\\n' {args} >&2; exit 1"


def xe_at(address: str, port: int = 443) -> str:
    """The start of an xe command line talking to ``address`` (values stay shell-quoted)."""
    return f"xe -s {shlex.quote(address)}" + (f" -p {int(port)}" if port != 443 else "")


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


@dataclass
class Action:
    host: str  # the host it concerns, or POOL
    summary: str  # plain words, translated: "join xcp-02 to the pool"
    xe: list[str]  # the equivalent xe command(s)
    run: Callable[[Callable[[float], None]], Awaitable[None]] | None = None
    # Actions with the same group run concurrently; groups run in order.
    group: int = 0


class Step:
    key = ""
    # Runs at the same time as the step before it (XAPI allows it, and neither needs
    # what the other makes).
    alongside_previous = False
    # English, marked with QT_TRANSLATE_NOOP("Steps", ...) where a step sets it; shown as label.
    title = ""

    @property
    def label(self) -> str:
        """The step's title in the user's language."""
        return translate("Steps", self.title) if self.title else ""

    async def actions(self, ctx: BuildContext) -> list[Action]:
        raise NotImplementedError

    def hosts(self, ctx: BuildContext) -> list[str]:
        """The rows this step shows progress on."""
        return [h.address for h in ctx.plan.hosts]

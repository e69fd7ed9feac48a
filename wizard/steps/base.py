"""Steps and actions: the vocabulary of the engine (progress lives in wizard.progress).

A step looks at the pool as it is and returns the actions still needed to
reach the plan: a finished pool yields none, a half-built one the rest.
Each action carries the equivalent ``xe`` command, so a dry run and the
exported script come from the very code that does the work.
"""

from __future__ import annotations

import shlex
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from wizard.i18n import translate
from wizard.text import one_line

if TYPE_CHECKING:
    from wizard.steps.context import BuildContext


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
    # Keys of steps this one runs at the same time as, when the stage before it holds one
    # of them (XAPI allows it, and neither needs what the other makes).
    alongside: frozenset[str] = frozenset()
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

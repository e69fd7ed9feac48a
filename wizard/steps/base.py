"""Steps, actions and progress: the vocabulary every front end shares.

A step looks at the pool as it is and returns the actions still needed to
reach the plan: a finished pool yields none, a half-built one the rest.
Each action carries the equivalent ``xe`` command, so a dry run and the
exported script come from the very code that does the work.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.steps.context import BuildContext

POOL = "pool"  # the "host" of pool-wide progress rows


class State(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"  # already in place
    FAILED = "failed"


@dataclass(frozen=True)
class Progress:
    step: str
    host: str  # a host address, or POOL
    state: State
    fraction: float = 0.0
    message: str = ""


Reporter = Callable[[Progress], None]


@dataclass
class Action:
    host: str  # the host it concerns, or POOL
    summary: str  # plain words: "join xcp-02 to the pool"
    xe: list[str]  # the equivalent xe command(s)
    run: Callable[[Callable[[float], None]], Awaitable[None]] | None = None
    # Actions with the same group run concurrently; groups run in order.
    group: int = 0


class Step:
    key = ""
    title = ""

    async def actions(self, ctx: BuildContext) -> list[Action]:
        raise NotImplementedError

    def hosts(self, ctx: BuildContext) -> list[str]:
        """The rows this step shows progress on."""
        return [h.address for h in ctx.plan.hosts]

"""Product calls real XAPI answers differently from the old simulator (issue 14)."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from wizard.steps.context import BuildContext
from wizard.steps.pool import JoinStep
from wizard.xapi.errors import XapiFailure


class _Master:
    """A master whose event.from refuses the token once, as xapi_event.ml does."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    async def pool_call(self, method: str, *args: Any, **_: Any) -> Any:
        self.calls.append((method, args))
        if args[1] == "not-a-token":
            raise XapiFailure(["EVENT_FROM_TOKEN_PARSE_FAILURE", args[1]])
        return {"events": [], "valid_ref_counts": {}, "token": "00000000000000000007,0"}


def test_an_unreadable_event_token_restarts_the_wait_instead_of_failing_the_join() -> None:
    ctx = cast(BuildContext, _Master())
    step = JoinStep()
    token = asyncio.run(step._await_change(ctx, ["host/OpaqueRef:h"], "not-a-token", 0.1))
    assert token == ""  # the next wait starts from a fresh token
    token = asyncio.run(step._await_change(ctx, ["host/OpaqueRef:h"], token, 0.1))
    assert token == "00000000000000000007,0"

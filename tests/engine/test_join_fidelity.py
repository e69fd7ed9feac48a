"""Product calls real XAPI answers differently from the old simulator (issue 14)."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest

from tests.conftest import sdk_session
from tests.faults.conftest import FINISHED, Hooks, build, inventory
from wizard.progress import State
from wizard.simulator import Simulator
from wizard.steps.context import BuildContext, BuildStopped
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


def _join_by_hand(sim: Simulator, host: int, master: int) -> None:
    """Someone joins a host to a pool outside the wizard (after its pre-flight)."""
    joiner, to = sim.hosts[host], sim.hosts[master]
    sdk_session(joiner).xenapi.pool.join(to.address, to.username, to.password)


def _build_with_a_join_before_the_joins(sim: Simulator, host: int, master: int) -> BuildStopped:
    hooks = Hooks()
    hooks.on[("join", State.RUNNING)] = lambda _e: _join_by_hand(sim, host, master)
    with pytest.raises(BuildStopped) as info:
        build(sim, hooks=hooks, settle_timeout=5.0)
    return info.value


def test_a_planned_master_that_became_a_member_elsewhere_is_named(sim: Simulator) -> None:
    # pool.join's login to the planned master answers HOST_IS_SLAVE [its master]
    stopped = _build_with_a_join_before_the_joins(sim, host=0, master=2)
    master, other = sim.hosts[0].address, sim.hosts[2].address
    assert f"{master} refused" in stopped.message and f"pool of {other}" in stopped.message
    assert "within" not in stopped.message  # not a timeout
    assert f"{other} as the master" in stopped.advice


def test_a_joiner_that_joined_another_pool_meanwhile_is_named(sim: Simulator) -> None:
    stopped = _build_with_a_join_before_the_joins(sim, host=1, master=2)
    joiner, other = sim.hosts[1].address, sim.hosts[2].address
    assert stopped.message == f"{joiner} is already a member of another pool (master {other})"
    assert "xe pool-eject" in stopped.advice


def test_a_joiner_already_in_our_pool_counts_as_joined(sim: Simulator) -> None:
    hooks = Hooks()
    hooks.on[("join", State.RUNNING)] = lambda _e: _join_by_hand(sim, 1, 0)
    build(sim, hooks=hooks, settle_timeout=5.0)
    assert inventory(sim) == FINISHED

"""A bad link between the wizard and the hosts, played by a userspace relay on loopback.

The relay (tests/hostile/relay.py) sits on every lab host's address at another port;
the plan points there. A slow link with resets finishes with the same pool as a clean
one; a host that stops answering mid-build, or a link cut mid-join or mid-SR-create,
stops the build with words naming the host, leaves the pool consistent, and a second
run resumes to the finished pool with nothing made twice.

The issue's 30 s cut is played as ``CUT`` seconds (XENPOOL_TEST_CUT, 3 by default) with
a 2 s call timeout (conftest.TIMEOUT): what matters is that the cut outlasts one call's
timeout, as 30 s does in the field only with XENPOOL_TIMEOUT under 30 (the default 60 s
rides a 30 s cut out).
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterator

import pytest

from tests.faults.conftest import FINISHED, Hooks, inventory
from tests.hostile.conftest import SLACK, TIMEOUT
from tests.hostile.relay import Relay
from wizard.demo import lab_plan
from wizard.progress import State
from wizard.simulator import Simulator
from wizard.steps.context import BuildContext
from wizard.steps.engine import run_steps
from wizard.steps.preflight import preflight
from wizard.xapi.errors import HostUnreachable, XenPoolError
from wizard.xapi.trust import PinStore, Trust

CUT = float(os.environ.get("XENPOOL_TEST_CUT", "3"))


@pytest.fixture
def relay(sim: Simulator) -> Iterator[Relay]:
    link = Relay([h.address for h in sim.hosts], sim.port).start()
    yield link
    link.stop()


def build_through(
    sim: Simulator, relay: Relay, hooks: Hooks | None = None, settle: float = 10.0
) -> BuildContext:
    """Connect, pre-flight and build over the relay; raises what the build raises."""
    plan = lab_plan(sim)
    plan.port = relay.listen_port
    ctx = BuildContext(
        plan=plan,
        password=sim.hosts[0].password,
        trust=Trust(
            PinStore(), planned={h.address: h.fingerprint for h in plan.hosts}, port=plan.port
        ),
        report=hooks or Hooks(),
        settle_timeout=settle,
    )

    async def go() -> None:
        try:
            await ctx.connect()
            findings = await preflight(ctx)
            assert not [f.render() for f in findings if f.blocking]
            await run_steps(ctx)
        finally:
            await ctx.close()

    asyncio.run(go())
    return ctx


def stopped(sim: Simulator, relay: Relay, hooks: Hooks) -> tuple[XenPoolError, float]:
    start = time.monotonic()
    with pytest.raises(XenPoolError) as info:
        # a new member gets 1 s to show up: less than the cut, so the cut is not ridden out
        build_through(sim, relay, hooks, settle=1.0)
    return info.value, time.monotonic() - start


def test_a_slow_link_with_resets_builds_the_same_pool(sim: Simulator, relay: Relay) -> None:
    relay.delay = 0.15  # each way: 300 ms round trip
    relay.reset_rate = 0.05
    build_through(sim, relay)  # one run: a reset under a change resumes its stage
    assert inventory(sim) == FINISHED
    assert relay.connections > 0


def test_resets_on_most_connections_still_build_the_same_pool(sim: Simulator, relay: Relay) -> None:
    relay.reset_rate = 0.5  # harsher than the field, to meet every kind of reset
    stops: list[str] = []
    for _run in range(8):
        try:
            build_through(sim, relay)
            break
        except HostUnreachable as lost:  # a stage broken more often than it is resumed
            stops.append(lost.message)
            assert any(h.address in lost.message for h in sim.hosts), lost
    assert inventory(sim) == FINISHED, stops
    assert relay.resets >= 1
    # resets before a request, or under one that only reads, were retried, not stops
    assert len(stops) < relay.resets, stops


@pytest.mark.parametrize("step", ["join", "sr"])
def test_a_link_cut_mid_step_ends_consistent_and_resumes_with_nothing_twice(
    step: str, sim: Simulator, relay: Relay
) -> None:
    hooks = Hooks()
    hooks.on[(step, State.RUNNING)] = lambda _e: relay.cut(CUT)
    start = time.monotonic()
    try:
        # a new member gets 1 s to show up, less than the cut
        build_through(sim, relay, hooks, settle=1.0)
    except XenPoolError as error:
        # stopped: the host named (the master that stopped answering, or the member that did
        # not show up in time), and that a second run resumes
        assert any(h.address in error.message for h in sim.hosts), error
        assert "run the build again" in error.advice or "run again" in error.advice, error
    else:
        # ridden out: the join's own check waits for the member, and the link came back in time
        assert step == "join"
    seconds = time.monotonic() - start
    # the cut, or the call timeout and the members' questions (certificate fetch: 5 s)
    assert seconds < max(CUT, TIMEOUT + 5) + SLACK
    time.sleep(max(0.0, CUT - seconds) + 0.5)
    build_through(sim, relay)
    assert inventory(sim) == FINISHED  # one of everything: nothing made twice


def test_a_cut_shorter_than_the_call_timeout_is_ridden_out(sim: Simulator, relay: Relay) -> None:
    hooks = Hooks()
    hooks.on[("join", State.RUNNING)] = lambda _e: relay.cut(TIMEOUT / 3)
    build_through(sim, relay, hooks)
    assert inventory(sim) == FINISHED


def test_a_master_that_answers_then_hangs_stops_the_build_and_it_resumes(
    sim: Simulator, relay: Relay
) -> None:
    hooks = Hooks()
    hooks.on[("network", State.RUNNING)] = lambda _e: relay.stall()
    error, seconds = stopped(sim, relay, hooks)
    assert isinstance(error, HostUnreachable), error
    master = sim.hosts[0].address
    assert master in error.message and "stopped answering" in error.message, error.message
    assert seconds < TIMEOUT + 5 + SLACK
    relay.resume()
    build_through(sim, relay)
    assert inventory(sim) == FINISHED

"""How many calls one session runs side by side: each blocking call (a task wait's
event.from above all) holds a connection, so the cap is how many go at once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from tests.conftest import sdk_session
from wizard.demo import lab_plan
from wizard.simulator import Simulator
from wizard.steps.context import BuildContext
from wizard.xapi.aio import MAX_CONNECTIONS, AsyncHost
from wizard.xapi.client import Endpoint, HostClient
from wizard.xapi.trust import PinStore, Trust


def _client(sim: Simulator) -> HostClient:
    host = sim.hosts[0]
    return HostClient(
        Endpoint(host.address, sim.port), host.fingerprint, "root", host.password
    ).login()


def _opened_by_waits(sim: Simulator, waits: int, **kwargs: int) -> int:
    """Connections opened by ``waits`` event.from calls that each wait on the host."""
    token = getattr(sdk_session(sim.hosts[0]).xenapi.event, "from")(["pool"], "", 0)["token"]
    twins: list[HostClient] = []
    host = AsyncHost(_client(sim), (), twins.append, **kwargs)

    async def together() -> None:
        # nothing changes the pool: each call waits out its timeout on its connection
        await asyncio.gather(*(host.call("event.from", ["pool"], token, 1.0) for _ in range(waits)))

    asyncio.run(together())
    return 1 + len(twins)


def test_calls_beyond_the_cap_queue_on_the_sessions_connections(sim: Simulator) -> None:
    assert _opened_by_waits(sim, 12) == MAX_CONNECTIONS


def test_a_session_given_more_connections_runs_that_many_waits_at_once(sim: Simulator) -> None:
    assert _opened_by_waits(sim, 12, connections=12) == 12


def test_the_pools_master_has_a_connection_per_host(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("lab16")
    ctx = BuildContext(
        plan=lab_plan(sim),
        password=sim.hosts[0].password,
        trust=Trust(PinStore(), pin_unknown=True, port=sim.port),
    )

    async def connected() -> int:
        await ctx.connect()
        try:
            assert ctx.master is not None
            return ctx.master.connections
        finally:
            await ctx.close()

    # a storage IP per host side by side, and the view's sync and the task destroyer beside
    assert asyncio.run(connected()) == 16 + 2

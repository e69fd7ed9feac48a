"""The cached view of a connection's objects (wizard.xapi.cache) against the simulator over HTTPS.

What someone else changes shows up, what they delete goes, and a read after our own write
sees the write; a read that may come from memory makes no call while nothing was written.
"""

from __future__ import annotations

import asyncio
from typing import Any

from tests.conftest import sdk_session
from wizard.checks.facts import CLASSES
from wizard.simulator import Simulator
from wizard.xapi.aio import AsyncHost
from wizard.xapi.cache import ObjectCache
from wizard.xapi.client import Endpoint, HostClient


def _client(sim: Simulator) -> HostClient:
    host = sim.hosts[0]
    return HostClient(
        Endpoint(host.address, sim.port), host.fingerprint, "root", host.password
    ).login()


def _names(view: ObjectCache, cls: str = "network") -> dict[str, str]:
    return {ref: r["name_label"] for ref, r in view.records(cls)[cls].items()}


def test_the_first_sync_holds_what_get_all_records_answers(sim: Simulator) -> None:
    view = ObjectCache(_client(sim), CLASSES)
    api = sdk_session(sim.hosts[0]).xenapi
    records = view.records()
    for cls in ("host", "PIF", "network", "pool", "SR", "PBD", "VM"):
        assert records[cls] == getattr(api, cls).get_all_records(), cls


def test_an_object_someone_else_changes_or_deletes_shows_so(sim: Simulator) -> None:
    view = ObjectCache(_client(sim), CLASSES)
    other = sdk_session(sim.hosts[0]).xenapi  # another client of the same host
    before = _names(view)
    made = other.network.create(
        {"name_label": "made elsewhere", "name_description": "", "MTU": "1500", "other_config": {}}
    )
    assert made not in before
    assert _names(view)[made] == "made elsewhere"  # an add
    other.network.set_name_label(made, "renamed elsewhere")
    assert _names(view)[made] == "renamed elsewhere"  # a mod
    other.network.destroy(made)
    assert _names(view) == before  # a del: gone, and nothing else changed
    host_ref = next(iter(view.records("host")["host"]))
    other.host.set_name_label(host_ref, "renamed host")
    assert view.records("host")["host"][host_ref]["name_label"] == "renamed host"


def test_a_read_after_our_own_write_sees_it_and_a_clean_read_makes_no_call(
    sim: Simulator,
) -> None:
    client = _client(sim)
    host = AsyncHost(client, CLASSES)
    other = sdk_session(sim.hosts[0]).xenapi

    async def scenario() -> tuple[Any, ...]:
        pool_ref, pool = next(iter((await host.records("pool"))["pool"].items()))
        calls = client.calls
        again = (await host.records("pool", fresh=False))["pool"][pool_ref]
        no_call = client.calls == calls
        # someone else's change is not in memory until a fresh read (or a write of ours)
        other.pool.set_name_description(pool_ref, "said elsewhere")
        cached = (await host.records("pool", fresh=False))["pool"][pool_ref]
        fresh = (await host.records("pool", fresh=True))["pool"][pool_ref]
        # our own write: the next read, even one allowed from memory, sees it
        await host.call("pool.set_name_label", pool_ref, "ours")
        after_write = (await host.records("pool", fresh=False))["pool"][pool_ref]
        return pool, again, no_call, cached, fresh, after_write

    pool, again, no_call, cached, fresh, after_write = asyncio.run(scenario())
    assert again == pool and no_call
    assert cached["name_description"] == pool["name_description"]
    assert fresh["name_description"] == "said elsewhere"
    assert after_write["name_label"] == "ours"


def test_a_write_in_flight_while_a_view_syncs_leaves_the_view_stale(sim: Simulator) -> None:
    """A sync that began while a write ran may miss it: the next read syncs again."""
    from wizard.xapi.cache import WRITES

    view = ObjectCache(_client(sim), CLASSES)
    other = sdk_session(sim.hosts[0]).xenapi
    pool_ref = next(iter(view.records("pool")["pool"]))
    WRITES.bump()  # a write of ours starts ...
    view.records("pool")  # ... a sync runs meanwhile (and may not see it) ...
    other.pool.set_name_label(pool_ref, "written")  # ... the write lands ...
    WRITES.bump()  # ... and returns
    assert view.records("pool", fresh=False)["pool"][pool_ref]["name_label"] == "written"

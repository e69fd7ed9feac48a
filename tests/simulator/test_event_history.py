"""event.from with a token older than anything the simulator's event log still holds.

XAPI answers event.from from each object's own generations (xapi_event.ml collect_events):
it never answers EVENTS_LOST (only the legacy event.next does); what a table no longer
remembers is a deletion, whose del a client that far behind misses without an error
(db_cache_types.ml keeps 512, then the newest 256, per table).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import sdk_session
from wizard.checks.facts import CLASSES
from wizard.simulator import Simulator
from wizard.simulator import db as simdb
from wizard.xapi.cache import ObjectCache
from wizard.xapi.client import Endpoint, HostClient


def _network(api: Any, name: str) -> str:
    return str(
        api.network.create(
            {"name_label": name, "name_description": "", "MTU": "1500", "other_config": {}}
        )
    )


def _churn(api: Any, times: int) -> None:
    """Changes elsewhere (a host's name) that push the event log past older tokens."""
    host = api.host.get_all()[0]
    for i in range(times):
        api.host.set_name_label(host, f"churn {i}")


def test_a_token_behind_the_event_log_gets_the_changes_not_events_lost(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(simdb, "EVENT_LOG_LENGTH", 30)
    sim = make_sim("smb3")
    api = sdk_session(sim.hosts[0]).xenapi
    event_from = getattr(api.event, "from")
    old = _network(api, "there before")
    gone = _network(api, "deleted later")
    token = event_from(["network"], "", 0)["token"]
    made = _network(api, "made since")
    api.network.set_name_label(old, "renamed since")
    api.network.destroy(gone)
    brief = _network(api, "made and deleted since")
    api.network.destroy(brief)
    _churn(api, 40)
    batch = event_from(["network"], token, 0)  # no EVENTS_LOST: XAPI never says it here
    seen = {(e["operation"], e["ref"]): e for e in batch["events"]}
    assert set(seen) == {("add", made), ("mod", old), ("del", gone)}
    assert seen[("mod", old)]["snapshot"]["name_label"] == "renamed since"
    assert int(batch["token"].split(",")[0]) > int(token.split(",")[0])
    # event.next behind its queue still answers EVENTS_LOST, as XAPI's Next does
    api.event.register(["host"])
    _churn(api, 40)
    with pytest.raises(Exception, match="EVENTS_LOST"):
        api.event.next()


def test_dels_a_table_no_longer_remembers_are_missed_and_the_view_reads_afresh(
    make_sim: Callable[..., Simulator], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(simdb, "EVENT_LOG_LENGTH", 30)
    monkeypatch.setattr(simdb, "DELETED_KEPT", (4, 2))
    sim = make_sim("smb3")
    api = sdk_session(sim.hosts[0]).xenapi
    doomed = [_network(api, f"doomed {i}") for i in range(6)]
    host = sim.hosts[0]
    client = HostClient(
        Endpoint(host.address, sim.port), host.fingerprint, "root", host.password
    ).login()
    view = ObjectCache(client, CLASSES)
    assert set(doomed) <= set(view.records("network")["network"])
    event_from = getattr(api.event, "from")
    token = event_from(["network"], "", 0)["token"]
    for ref in doomed:
        api.network.destroy(ref)
    _churn(api, 40)
    dels = [e for e in event_from(["network"], token, 0)["events"] if e["operation"] == "del"]
    assert 0 < len(dels) < len(doomed)  # the oldest dels are forgotten, without an error
    # The view sees its count differ from XAPI's valid_ref_counts and reads afresh.
    assert view.records("network")["network"] == api.network.get_all_records()

"""Records that are not what XAPI's datamodel promises, from a host that is otherwise right.

A proxy on loopback forwards to the simulated master and breaks one record in one way.
Facts are checked where they are read (checks/facts.py) and tasks where they are waited
on (the client): the message names the host, the record and the field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import assert_clear, peer_address, validate_against
from tests.hostile.peers import Peer, proxy
from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint, HostClient
from wizard.xapi.errors import MalformedAnswer


def _first(cls: str, change: Callable[[dict[str, Any]], None]) -> Callable[[str, Any], Any]:
    """Break the first record of ``cls`` with ``change``, as ``cls.get_all_records`` or
    ``event.from`` (the wizard's view of the pool reads objects through it) answers it."""

    def rewrite(method: str, answer: Any) -> Any:
        if answer.get("Status") != "Success":
            return answer
        if method == f"{cls}.get_all_records":
            change(next(iter(answer["Value"].values())))
        elif method == "event.from":
            events = [e for e in answer["Value"]["events"] if e["class"] == cls.lower()]
            if events and "snapshot" in events[0]:
                change(events[0]["snapshot"])
        return answer

    return rewrite


CASES: dict[str, tuple[str, Callable[[dict[str, Any]], None], str]] = {
    "a host without its address": ("host", lambda r: r.pop("address"), "has no field address"),
    "a number where a NIC name is due": (
        "PIF",
        lambda r: r.update(device=7),
        "field device is not text (7)",
    ),
    "a list where a flag is due": (
        "pool",
        lambda r: r.update(ha_enabled=["yes"]),
        "field ha_enabled is not true or false",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_broken_record_is_named_with_its_host_and_field(
    case: str,
    sim: Simulator,
    peers: Callable[..., Peer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cls, change, phrase = CASES[case]
    master = sim.hosts[0]
    peer = peers(
        proxy((master.address, sim.port), _first(cls, change)),
        address=peer_address(sim),
        port=sim.port,
    )
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    assert_clear(outcome, peer.address, "cannot read", phrase, "XenServer or XCP-ng host")


@pytest.mark.parametrize(
    ("field", "value", "phrase"),
    [
        ("status", "exploded", "a task's status is 'exploded', which XAPI does not know"),
        ("progress", "half", "the task record's field progress is 'half'"),
    ],
)
def test_a_task_record_xapi_would_not_send_is_named(
    field: str, value: str, phrase: str, sim: Simulator, peers: Callable[..., Peer]
) -> None:
    def rewrite(method: str, answer: Any) -> Any:
        if answer.get("Status") != "Success":
            return answer
        if method == "task.get_record":
            answer["Value"][field] = value
        elif method == "event.from":  # a task wait reads the task's record through it
            for event in answer["Value"]["events"]:
                if event["class"] == "task" and "snapshot" in event:
                    event["snapshot"][field] = value
        return answer

    master = sim.hosts[0]
    peer = peers(proxy((master.address, sim.port), rewrite))
    client = HostClient(
        Endpoint(peer.address, peer.port), peer.fingerprint, "root", master.password
    )
    client.login()
    (host,) = client.call("host.get_all")
    with pytest.raises(MalformedAnswer) as info:
        # a message the datamodel gives an Async form (ha_compute_* have none)
        client.call_async("host.get_management_interface", host, timeout=5.0)
    assert info.value.host == peer.address and phrase in info.value.message

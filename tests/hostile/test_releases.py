"""Releases the wizard was not written against: an old XenServer 6.x and a newer XAPI.

A proxy on loopback forwards to the simulated master and rewrites only the host
records: the version fields, or fields and values no release of today has.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.conftest import assert_clear, peer_address, validate_against
from tests.hostile.peers import Peer, proxy
from wizard import exitcodes
from wizard.simulator import Simulator


def _hosts(change: Callable[[dict[str, Any]], None]) -> Callable[[str, Any], Any]:
    def rewrite(method: str, answer: Any) -> Any:
        if answer.get("Status") != "Success":
            return answer
        if method == "host.get_all_records":
            for record in answer["Value"].values():
                change(record)
        elif method == "event.from":  # the wizard's view of the pool reads hosts through it
            for event in answer["Value"]["events"]:
                if event["class"] == "host" and "snapshot" in event:
                    change(event["snapshot"])
        return answer

    return rewrite


def _xenserver_65(record: dict[str, Any]) -> None:
    record["API_version_major"], record["API_version_minor"] = "2", "4"
    record["software_version"] = {"product_brand": "XenServer", "product_version": "6.5.0"}
    for newer in ("iscsi_iqn", "multipathing", "updates", "license_params"):
        record.pop(newer, None)  # 6.5 lacks some; the version is named before any of them


def _from_the_future(record: dict[str, Any]) -> None:
    record["API_version_major"], record["API_version_minor"] = "2", "99"
    record["software_version"] = dict(record["software_version"], product_version="99.1.0")
    record["quantum_entanglement"] = {"qubits": ["OpaqueRef:q1"], "coherent": True}
    record["other_config"] = dict(record["other_config"], new_key="new value")


def test_an_old_release_is_refused_with_its_version_named(
    sim: Simulator,
    peers: Callable[..., Peer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    master = sim.hosts[0]
    peer = peers(
        proxy((master.address, sim.port), _hosts(_xenserver_65)),
        address=peer_address(sim),
        port=sim.port,
    )
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    assert_clear(
        outcome,
        peer.address,
        "runs XenServer 6.5.0 (XAPI 2.4)",
        "needs XenServer 7.0 (XAPI 2.5) or later",
        "Upgrade",
    )


def test_a_newer_release_with_unknown_fields_is_read(
    sim: Simulator,
    peers: Callable[..., Peer],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    master = sim.hosts[0]
    peer = peers(
        proxy((master.address, sim.port), _hosts(_from_the_future)),
        address=peer_address(sim),
        port=sim.port,
    )
    outcome = validate_against(sim, peer, tmp_path, monkeypatch, capsys)
    text = outcome.out + outcome.err
    # read and checked: pre-flight ran (its verdict is about the hosts, not the answer)
    assert outcome.code in (exitcodes.EXIT_OK, exitcodes.EXIT_BLOCKED), text
    assert "cannot read" not in text and "Traceback" not in text, text

"""Waiting on a task (HostClient.wait_task) against the simulator over HTTPS: what it costs."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint, HostClient
from wizard.xapi.errors import XapiFailure


def _client(sim: Simulator) -> HostClient:
    host = sim.hosts[0]
    return HostClient(
        Endpoint(host.address, sim.port), host.fingerprint, "root", host.password
    ).login()


def _methods(sim: Simulator) -> list[str]:
    """Every method the simulator's dispatcher is asked for, from now on."""
    seen: list[str] = []
    lock = threading.Lock()
    dispatcher = sim.endpoints.dispatcher
    handle = dispatcher.handle

    def counted(machine: Any, method: str, params: tuple[Any, ...]) -> Any:
        with lock:
            seen.append(method)
        return handle(machine, method, params)

    dispatcher.handle = counted  # type: ignore[method-assign]
    return seen


def test_a_task_wait_starts_with_event_from_not_a_get_record(sim: Simulator) -> None:
    client = _client(sim)
    seen = _methods(sim)
    network = {"name_label": "n", "name_description": "", "MTU": "1500", "other_config": {}}
    ref = client.call_async("network.create", network)
    assert ref.startswith("OpaqueRef:") and client.call("network.get_name_label", ref) == "n"
    # event.from from the empty token answers the task's record at once: one round trip
    # fewer per task than a task.get_record before the first wait.
    assert "task.get_record" not in seen
    assert seen[0] == "Async.network.create" and seen[1] == "event.from"
    assert seen[-2:] == ["task.destroy", "network.get_name_label"]


def test_a_task_that_is_gone_is_named_as_xapi_names_it(sim: Simulator) -> None:
    client = _client(sim)
    task = client.call("task.create", "mine", "")
    client.call("task.destroy", task)
    # event.from answers nothing for it; get_record then says why, at once, no long wait
    with pytest.raises(XapiFailure) as info:
        client.wait_task(task, timeout=600.0)
    assert info.value.code == "HANDLE_INVALID"

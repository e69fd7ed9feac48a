"""Shared fixtures: simulated labs reached through the official XenAPI SDK."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import XenAPI

from wizard.simulator import HostInfo, Simulator
from wizard.xapi.transport import PinnedTransport

# Each simulator gets its own block of loopback addresses, so tests never
# collide with each other or with a simulator someone runs by hand.
_blocks = itertools.count(20)


def next_base_address() -> str:
    block = next(_blocks)
    return f"127.{block // 200 + 1}.{block % 200}.11"


@pytest.fixture(autouse=True)
def _offscreen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def make_sim() -> Iterator[Callable[..., Simulator]]:
    started: list[Simulator] = []

    def make(scenario: str = "smb3", **kwargs: Any) -> Simulator:
        kwargs.setdefault("time_scale", 0.0)
        kwargs.setdefault("base_address", next_base_address())
        sim = Simulator(scenario, **kwargs).start(0 if os.geteuid() else None)
        started.append(sim)
        return sim

    yield make
    for sim in started:
        sim.stop()


@pytest.fixture
def sim(make_sim: Callable[..., Simulator]) -> Simulator:
    return make_sim("smb3")


def sdk_session(host: HostInfo, *, local: bool = False) -> Any:
    """A logged-in official SDK session, pinned to the host's certificate."""
    session = XenAPI.Session(host.url, transport=PinnedTransport(host.address, host.fingerprint))
    if local:
        session.slave_local_login_with_password(host.username, host.password)
    else:
        session.xenapi.login_with_password(host.username, host.password, "2.21", "xenpool-tests")
    return session


def failure_of(call: Callable[[], Any]) -> list[str]:
    """The ErrorDescription of a call that must fail with XenAPI.Failure."""
    with pytest.raises(XenAPI.Failure) as info:
        call()
    return list(info.value.details)

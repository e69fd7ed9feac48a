"""Shared fixtures: simulated labs reached through the official XenAPI SDK."""

from __future__ import annotations

import errno
import gc
import itertools
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any

import keyring
import keyring.backend
import pytest
import XenAPI

from tests.datamodel_rules import problems
from wizard.simulator import HostInfo, Simulator
from wizard.xapi.transport import PinnedTransport

# Each simulator gets its own block of loopback addresses, so tests never
# collide with each other or with a simulator someone runs by hand; each pytest
# process starts in its own range (two checkouts testing at once), below the
# benches' 127.200.x.x.
_blocks = itertools.count(20 + (os.getpid() % 30) * 1000)


def next_base_address() -> str:
    block = next(_blocks)
    return f"127.{block // 200 + 1}.{block % 200}.11"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Keeps tests off the real keychain."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def _garbage_on_the_main_thread() -> Iterator[None]:
    """No automatic collection during a test; its garbage is collected when it ends, on
    the main thread (the Qt thread), as the app does (wizard.ui.collector): a QObject
    freed on a simulator or executor thread leaves its timers dangling and a later Qt
    timer event crashes the run (QTimerInfoList::activateTimers)."""
    gc.disable()
    yield
    qt = sys.modules.get("PySide6.QtWidgets")
    app = qt.QApplication.instance() if qt is not None else None
    if app is not None:
        gc.collect()
        from PySide6.QtCore import QEvent

        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    gc.enable()


@pytest.fixture(autouse=True)
def _isolated_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[MemoryKeyring]:
    """Offscreen Qt, per-test config/data/state folders and an in-memory keyring."""
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    home = tmp_path_factory.mktemp("home")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(home / name.lower()))
    monkeypatch.delenv("XENPOOL_PASSWORD", raising=False)
    monkeypatch.delenv("XENPOOL_CHAP_SECRET", raising=False)
    # every simulator answer is checked against its datamodel result type (an ERROR if not)
    monkeypatch.setenv("XENPOOL_SIM_CHECK_ANSWERS", "1")
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


class _ErrorRecords(logging.Handler):
    """Every ERROR (or worse) record logged anywhere while a test runs."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def _no_unexpected_error_logs(request: pytest.FixtureRequest) -> Iterator[None]:
    """An ERROR log line is a bug unless the test says it expects one
    (``@pytest.mark.expected_errors("text", ...)``: only lines containing one of the texts;
    without texts, any)."""
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    marker = request.node.get_closest_marker("expected_errors")
    allowed = tuple(str(a) for a in marker.args) if marker is not None else None
    unexpected = [
        r
        for r in handler.records
        if allowed is None or (allowed and not any(a in r.getMessage() for a in allowed))
    ]
    if unexpected:
        lines = "\n".join(
            f"{r.levelname} {r.name}: {r.getMessage()}"
            + (f"\n{logging.Formatter().formatException(r.exc_info)}" if r.exc_info else "")
            for r in unexpected
        )
        pytest.fail(f"unexpected ERROR log records:\n{lines}", pytrace=False)


@pytest.fixture
def make_sim() -> Iterator[Callable[..., Simulator]]:
    started: list[Simulator] = []

    def make(scenario: str = "smb3", **kwargs: Any) -> Simulator:
        kwargs.setdefault("time_scale", 0.0)
        chosen = "base_address" in kwargs
        for _ in range(10):
            if not chosen:
                kwargs["base_address"] = next_base_address()
            try:
                sim = Simulator(scenario, **kwargs).start(0 if os.geteuid() else None)
            except OSError as exc:
                # Another pytest process (a second checkout) holds this block on 443.
                if chosen or exc.errno != errno.EADDRINUSE:
                    raise
                continue
            started.append(sim)
            return sim
        raise RuntimeError("no free block of loopback addresses for a simulator")

    yield make
    for sim in started:
        sim.stop()
    # Whatever a test made a simulator accept must be a call XAPI accepts.
    for sim in started:
        assert problems(sim.endpoints.dispatcher.seen) == []


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

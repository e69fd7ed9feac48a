"""The SSH side against a real (paramiko, in-process) sshd on loopback that misbehaves."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest

from tests.hostile.conftest import SLACK
from tests.hostile.sshd import Command, Sshd, answers, drops_after, endless
from wizard.ssh import (
    MAX_OUTPUT_BYTES,
    HostKeyChanged,
    HostKeyPins,
    HostKeyTrust,
    SshAccess,
    SshOutputTooLarge,
    SshUnreachable,
)

COMMAND_TIMEOUT = 5.0


@pytest.fixture
def sshds() -> Iterator[Callable[..., Sshd]]:
    started: list[Sshd] = []

    def start(command: Command, **kwargs: object) -> Sshd:
        server = Sshd(command, **kwargs).start()  # type: ignore[arg-type]
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


def _access(port: int, pins: HostKeyPins | None = None) -> SshAccess:
    return SshAccess(
        trust=HostKeyTrust(pins or HostKeyPins(), confirm=lambda _a, _f: True),
        password="secret",
        port=port,
        connect_timeout=3.0,
        command_timeout=COMMAND_TIMEOUT,
    )


def test_a_host_key_that_changes_stops_before_the_password(
    sshds: Callable[..., Sshd],
) -> None:
    pins = HostKeyPins()
    first = sshds(answers("ok\n"))
    with _access(first.port, pins).connect("127.0.0.1") as session:
        assert session.run(["true"]).ok
    first.stop()
    second = sshds(answers("ok\n"), port=first.port)  # same place, another key
    start = time.monotonic()
    with pytest.raises(HostKeyChanged) as info:
        _access(second.port, pins).connect("127.0.0.1")
    assert "127.0.0.1" in info.value.message and "has changed" in info.value.message
    assert "nothing was sent" in info.value.advice
    assert second.logins == []  # no password offered to the new key
    assert time.monotonic() - start < 3.0 + SLACK


def test_an_sshd_that_drops_mid_command_is_not_a_finished_command(
    sshds: Callable[..., Sshd],
) -> None:
    server = sshds(drops_after("half of the out"))
    session = _access(server.port).connect("127.0.0.1")
    start = time.monotonic()
    with pytest.raises(SshUnreachable) as info:
        session.run(["xe", "host-list"])
    assert "closed while `xe host-list` ran" in info.value.message
    assert "may or may not have finished" in info.value.message
    assert "127.0.0.1" in info.value.message and "sshd" in info.value.advice
    assert time.monotonic() - start < COMMAND_TIMEOUT + SLACK


def test_endless_output_is_cut_at_the_cap(
    sshds: Callable[..., Sshd], stop: threading.Event
) -> None:
    server = sshds(endless(stop))
    session = _access(server.port).connect("127.0.0.1")
    start = time.monotonic()
    with pytest.raises(SshOutputTooLarge) as info:
        session.run(["journalctl", "-f"])
    assert "`journalctl -f` wrote more than 4 MB" in info.value.message
    assert "127.0.0.1" in info.value.message and "console" in info.value.advice
    assert MAX_OUTPUT_BYTES == 4 * 2**20
    assert time.monotonic() - start < COMMAND_TIMEOUT + SLACK
    session.close()

"""A paramiko SSH server on loopback, in-process, whose commands misbehave on purpose."""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import paramiko

# The hostile server's own transport log: it complains when the wizard hangs up on it
# (connection reset), which is the wizard doing its job, not an error of the test.
SERVER_LOG = "tests.hostile.sshd"
logging.getLogger(SERVER_LOG).addHandler(logging.NullHandler())
logging.getLogger(SERVER_LOG).propagate = False

# What a command does: given the channel and the transport (to drop it all).
Command = Callable[[paramiko.Channel, paramiko.Transport], None]


def answers(text: str, code: int = 0) -> Command:
    def run(channel: paramiko.Channel, _transport: paramiko.Transport) -> None:
        channel.sendall(text.encode())
        channel.send_exit_status(code)
        channel.close()

    return run


def drops_after(text: str) -> Command:
    """Some output, then the whole connection goes (sshd killed, a link cut with RST)."""

    def run(channel: paramiko.Channel, transport: paramiko.Transport) -> None:
        channel.sendall(text.encode())
        sock = transport.sock
        transport.close()
        with contextlib.suppress(OSError):
            sock.close()

    return run


def endless(stop: threading.Event) -> Command:
    """Output that never ends (a `yes`, a runaway log)."""
    line = b"y" * 1023 + b"\n"

    def run(channel: paramiko.Channel, _transport: paramiko.Transport) -> None:
        while not stop.is_set() and not channel.closed:
            try:
                channel.sendall(line * 64)
            except (OSError, EOFError, paramiko.SSHException):
                return

    return run


class _Interface(paramiko.ServerInterface):  # type: ignore[misc]
    def __init__(self, sshd: Sshd, transport: paramiko.Transport) -> None:
        self.sshd = sshd
        self.transport = transport

    def get_allowed_auths(self, username: str) -> str:
        return "password"

    def check_auth_password(self, username: str, password: str) -> int:
        self.sshd.logins.append(username)
        return paramiko.AUTH_SUCCESSFUL

    def check_channel_request(self, kind: str, chanid: int) -> int:
        if kind == "session":
            return paramiko.OPEN_SUCCEEDED
        return paramiko.OPEN_FAILED_ADMINISTRATIVELY_PROHIBITED

    def check_channel_exec_request(self, channel: paramiko.Channel, command: bytes) -> bool:
        self.sshd.commands.append(command.decode())

        def later() -> None:
            time.sleep(0.1)  # paramiko sends the exec reply after this returns: let it go first
            self.sshd.command(channel, self.transport)

        threading.Thread(target=later, daemon=True).start()
        return True


@dataclass
class Sshd:
    command: Command
    address: str = "127.0.0.1"
    key: paramiko.PKey = field(default_factory=paramiko.ECDSAKey.generate)
    port: int = 0
    logins: list[str] = field(default_factory=list)
    commands: list[str] = field(default_factory=list)
    _listener: socket.socket | None = None
    _transports: list[paramiko.Transport] = field(default_factory=list)

    def start(self) -> Sshd:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((self.address, self.port))
        listener.listen(8)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def _accept(self) -> None:
        assert self._listener is not None
        while True:
            try:
                sock, _ = self._listener.accept()
            except OSError:
                return
            transport = paramiko.Transport(sock)
            transport.set_log_channel(SERVER_LOG)
            transport.add_server_key(self.key)
            self._transports.append(transport)
            with contextlib.suppress(paramiko.SSHException, EOFError, OSError):
                transport.start_server(server=_Interface(self, transport))

    def stop(self) -> None:
        if self._listener is not None:
            with contextlib.suppress(OSError):
                self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept() holding it
            with contextlib.suppress(OSError):
                self._listener.close()
        for transport in self._transports:
            transport.close()

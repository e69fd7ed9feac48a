"""SSH to a host's management address, with the host key pinned like our TLS certificates.

One place knows how to run a command on a host:

- the host key is checked before any password or key is offered: on first
  contact its SHA-256 fingerprint goes to a confirmation callback (the user
  compares it with ``ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub`` on the
  console) and is pinned; a key that differs from the pinned or planned one
  is a hard stop showing both fingerprints. There is no auto-accept.
- a command is an argv list; every argument is shell-quoted, so text from a
  plan or from a host can never become shell syntax. Secrets travel on the
  command's stdin, never on its command line, and are masked in what is kept.
- every wait has a timeout: connect, banner, authentication, the command.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import shlex
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import paramiko

from wizard.i18n import translate
from wizard.xapi.errors import XenPoolError
from wizard.xapi.trust import PinStore

log = logging.getLogger(__name__)

# Asked on first contact: (address, "SHA256:...") -> accept?
ConfirmHostKey = Callable[[str, str], bool]


# -- errors -------------------------------------------------------------------------
class SshError(XenPoolError):
    """Base of every SSH failure, with a plain message and what to do."""

    code = "SSH_ERROR"


class SshUnreachable(SshError):
    code = "SSH_UNREACHABLE"


class SshAuthFailed(SshError):
    code = "SSH_AUTHENTICATION_FAILED"


class SshTimeout(SshError):
    code = "SSH_TIMEOUT"


class SshOutputTooLarge(SshError):
    code = "SSH_OUTPUT_TOO_LARGE"


class HostKeyNotTrusted(SshError):
    """First contact and nobody confirmed the fingerprint: nothing was sent."""

    code = "SSH_HOST_KEY_NOT_TRUSTED"

    def __init__(self, address: str, seen: str) -> None:
        self.address = address
        self.seen = seen
        super().__init__(
            translate(
                "Ssh", "{address} presents an SSH host key that is not trusted yet ({seen})."
            ).format(address=address, seen=seen),
            translate(
                "Ssh",
                "Compare it with `ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub` on the host's "
                "console and confirm it to continue.",
            ),
        )


class HostKeyChanged(SshError):
    """The host presented a different key from the pinned one: a hard stop."""

    code = "SSH_HOST_KEY_CHANGED"

    def __init__(self, address: str, expected: str, seen: str) -> None:
        self.address = address
        self.expected = expected
        self.seen = seen
        super().__init__(
            translate(
                "Ssh",
                "The SSH host key of {address} has changed.\n"
                "  pinned:    {expected}\n"
                "  presented: {seen}",
            ).format(address=address, expected=expected, seen=seen),
            translate(
                "Ssh",
                "This is either a reinstalled host or someone in between. Check the key on the "
                "host's console before trusting the new one; nothing was sent to it.",
            ),
        )


# -- fingerprints ------------------------------------------------------------------
def key_fingerprint(key: paramiko.PKey) -> str:
    """``SHA256:<base64>``, exactly as ``ssh-keygen -l`` prints it."""
    digest = hashlib.sha256(key.asbytes()).digest()
    return "SHA256:" + base64.b64encode(digest).decode().rstrip("=")


def normalise_key_fingerprint(text: str) -> str:
    text = text.strip()
    if text.upper().startswith("SHA256:"):
        text = text[7:]
    return "SHA256:" + text.rstrip("=")


class HostKeyTrust:
    """Decides whether a presented host key may be used, before anything is sent."""

    def __init__(
        self,
        store: HostKeyPins,
        *,
        planned: dict[str, str] | None = None,
        confirm: ConfirmHostKey | None = None,
    ) -> None:
        self.store = store
        self.planned = {a: normalise_key_fingerprint(f) for a, f in (planned or {}).items() if f}
        self.confirm = confirm

    def check(self, address: str, seen: str) -> None:
        expected = self.planned.get(address) or self.store.get(address)
        if expected:
            if seen != expected:
                raise HostKeyChanged(address, expected, seen)
            if not self.store.get(address):
                self.store.pin(address, seen)
            return
        if self.confirm is None or not self.confirm(address, seen):
            raise HostKeyNotTrusted(address, seen)
        self.store.pin(address, seen)


class HostKeyPins:
    """SSH host-key fingerprints confirmed earlier (a JSON file, or only in memory)."""

    def __init__(self, path: Path | None = None) -> None:
        self._store = PinStore(path)

    # PinStore lowercases what it keeps (hex TLS fingerprints); base64 is case-sensitive,
    # so SSH fingerprints are kept hex-encoded there and shown as SHA256:base64.
    def get(self, address: str) -> str:
        raw = self._store.get(address)
        if not raw:
            return ""
        return "SHA256:" + base64.b64encode(bytes.fromhex(raw)).decode().rstrip("=")

    def pin(self, address: str, fingerprint: str) -> None:
        b64 = normalise_key_fingerprint(fingerprint)[7:]
        raw = base64.b64decode(b64 + "=" * (-len(b64) % 4))
        self._store.pin(address, raw.hex())


class _PinningPolicy(paramiko.MissingHostKeyPolicy):  # type: ignore[misc]
    """Called by paramiko for every connection (we load no known_hosts), before auth."""

    def __init__(self, trust: HostKeyTrust, address: str) -> None:
        self.trust = trust
        self.address = address
        self.seen = ""

    def missing_host_key(
        self, client: paramiko.SSHClient, hostname: str, key: paramiko.PKey
    ) -> None:
        self.seen = key_fingerprint(key)
        self.trust.check(self.address, self.seen)


# -- running commands ------------------------------------------------------------------
MASK = "********"


@dataclass(frozen=True)
class CommandResult:
    """What a command did on a host, kept for the report (secrets masked)."""

    host: str
    argv: tuple[str, ...]
    exit_code: int
    stdout: str
    stderr: str
    seconds: float = 0.0

    @property
    def command(self) -> str:
        return quote_argv(self.argv)

    @property
    def ok(self) -> bool:
        return self.exit_code == 0

    @property
    def output(self) -> str:
        return self.stdout + ("\n" if self.stdout and self.stderr else "") + self.stderr

    def render(self) -> str:
        return f"{self.host}$ {self.command}  (exit {self.exit_code})\n{self.output.rstrip()}"


def quote_argv(argv: Sequence[str]) -> str:
    """The one way a command line is made: every argument shell-quoted."""
    if not argv:
        raise ValueError("empty command")
    for arg in argv:
        if not isinstance(arg, str):
            raise TypeError(f"command arguments must be text, not {type(arg).__name__}")
        if "\x00" in arg:
            raise ValueError("a command argument contains a NUL character")
    return " ".join(shlex.quote(arg) for arg in argv)


@dataclass
class SshAccess:
    """How to reach hosts over SSH: one user, a password or a key, and the host-key trust."""

    trust: HostKeyTrust
    username: str = "root"
    password: str = ""
    host_passwords: dict[str, str] = field(default_factory=dict)  # hosts whose password differs
    key_file: str = ""
    key_passphrase: str = ""
    port: int = 22
    connect_timeout: float = 10.0
    command_timeout: float = 30.0
    # How to go on without the checks SSH is for (the front end's words: a checkbox, a flag)
    skip_advice: str = ""
    # Per host: the commands run during a build and what the checks found, for the report.
    transcripts: dict[str, list[CommandResult]] = field(default_factory=dict)
    findings: dict[str, list[Any]] = field(default_factory=dict)

    def connect(self, address: str, via: tuple[SshSession, str] | None = None) -> SshSession:
        """Log in to ``address``; with ``via=(hop, ip)`` through the hop's SSH connection to ``ip``.

        Through a hop the host is still known (and its key checked) by ``address``: the same
        host reached on another of its networks, e.g. a member whose management NIC failed,
        reached from the master over the storage network.
        """
        session = SshSession(address, self, via=via)
        session.open()
        return session


SSH_PINS_NAME = "ssh-host-keys.json"
EOF_GRACE_SECONDS = 2.0  # how long output may trail a command's exit status
# The wizard's commands print a few KB; more than this is a command that does not end.
MAX_OUTPUT_BYTES = 4 * 1024 * 1024


class SshSession:
    """One SSH connection to one host; run argv commands on it."""

    def __init__(
        self, address: str, access: SshAccess, via: tuple[SshSession, str] | None = None
    ) -> None:
        self.address = address
        self.access = access
        self.via = via
        self.client: paramiko.SSHClient | None = None
        self.history: list[CommandResult] = []

    def open(self) -> SshSession:
        access = self.access
        client = paramiko.SSHClient()
        policy = _PinningPolicy(access.trust, self.address)
        client.set_missing_host_key_policy(policy)
        pkey = None
        password = access.host_passwords.get(self.address) or access.password
        if not access.key_file and not password:
            raise SshAuthFailed(
                translate("Ssh", "no SSH password or key for {user}@{address}").format(
                    user=access.username, address=self.address
                ),
                translate("Ssh", "Give the host's root password or an SSH key."),
            )
        if access.key_file:
            try:
                pkey = paramiko.PKey.from_path(
                    access.key_file, access.key_passphrase.encode() or None
                )
            except (OSError, paramiko.SSHException) as exc:
                raise SshAuthFailed(
                    translate("Ssh", "cannot read the SSH key {path}: {reason}").format(
                        path=access.key_file, reason=exc
                    ),
                    translate("Ssh", "Check the key file's path, format and passphrase."),
                ) from None
        try:
            client.connect(
                self.address,
                sock=self._tunnel(),
                port=access.port,
                username=access.username,
                password=password or None,
                pkey=pkey,
                timeout=access.connect_timeout,
                banner_timeout=access.connect_timeout,
                auth_timeout=access.connect_timeout,
                channel_timeout=access.connect_timeout,
                allow_agent=False,
                look_for_keys=False,
            )
        except SshError:
            client.close()
            raise
        except paramiko.AuthenticationException:
            client.close()
            message = (
                translate("Ssh", "{address} refused the SSH login of {user} (key)")
                if pkey is not None
                else translate("Ssh", "{address} refused the SSH login of {user} (password)")
            )
            raise SshAuthFailed(
                message.format(address=self.address, user=access.username),
                translate(
                    "Ssh",
                    "Check the user and its password, or that the public key is in the host's "
                    "authorized_keys (and that the host allows root logins over SSH).",
                ),
            ) from None
        except TimeoutError:
            client.close()
            raise SshTimeout(
                translate("Ssh", "{address}:{port} did not answer within {seconds} s").format(
                    address=self.address, port=access.port, seconds=f"{access.connect_timeout:g}"
                ),
                translate(
                    "Ssh",
                    "Check that SSH is enabled on the host and the management address is "
                    "reachable.",
                ),
            ) from None
        except (OSError, paramiko.SSHException, EOFError) as exc:
            client.close()
            errors = getattr(exc, "errors", None)  # NoValidConnectionsError: one per address
            if isinstance(errors, dict) and errors:
                exc = next(iter(errors.values()))
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise SshUnreachable(
                translate("Ssh", "cannot reach SSH on {address}:{port} ({reason})").format(
                    address=self.address, port=access.port, reason=reason
                ),
                translate(
                    "Ssh",
                    "Check that the host is up, SSH is enabled on it and its management address "
                    "is reachable from this computer.",
                ),
            ) from None
        self.client = client
        return self

    def _tunnel(self) -> Any:
        """A direct-tcpip channel through the hop to (ip, port), or None for a direct login."""
        if self.via is None:
            return None
        hop, ip = self.via
        transport = hop.client.get_transport() if hop.client is not None else None
        if transport is None or not transport.is_active():
            raise SshUnreachable(
                translate("Ssh", "the SSH connection to {address} is closed").format(
                    address=hop.address
                ),
                translate("Ssh", "Run again."),
            )
        return transport.open_channel(
            "direct-tcpip",
            (ip, self.access.port),
            ("127.0.0.1", 0),
            timeout=self.access.connect_timeout,
        )

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        stdin: str = "",
        secrets: Sequence[str] = (),
    ) -> CommandResult:
        """Run one command; never raises for a non-zero exit (the result says it)."""
        if self.client is None:
            raise SshError(
                translate("Ssh", "not connected to {address}").format(address=self.address)
            )
        command = quote_argv(argv)
        limit = self.access.command_timeout if timeout is None else timeout
        started = time.monotonic()
        transport = self.client.get_transport()
        if transport is None or not transport.is_active():
            raise SshUnreachable(
                translate("Ssh", "the SSH connection to {address} is closed").format(
                    address=self.address
                ),
                translate("Ssh", "Run again."),
            )
        try:
            channel = transport.open_session(timeout=self.access.connect_timeout)
            channel.settimeout(0.2)
            channel.exec_command(command)
            if stdin:
                channel.sendall(stdin.encode())
            channel.shutdown_write()
            out, err = bytearray(), bytearray()
            exited: float | None = None  # when the exit status arrived
            while True:
                got = False
                while channel.recv_ready():
                    out += channel.recv(65536)
                    got = True
                while channel.recv_stderr_ready():
                    err += channel.recv_stderr(65536)
                    got = True
                # sshd may send the exit status before the last output; only end of
                # file says every byte has arrived. A daemon the command started may hold
                # the output open for ever: past a grace period, what arrived is the answer.
                if channel.exit_status_ready() and exited is None:
                    exited = time.monotonic()
                if (
                    exited is not None
                    and (
                        channel.eof_received
                        or channel.closed
                        or time.monotonic() - exited > EOF_GRACE_SECONDS
                    )
                    and not channel.recv_ready()
                    and not channel.recv_stderr_ready()
                ):
                    break
                if time.monotonic() - started > limit:
                    channel.close()
                    raise SshTimeout(
                        translate(
                            "Ssh", "{address}: `{command}` did not finish within {seconds} s"
                        ).format(
                            address=self.address,
                            command=self._masked(argv, secrets),
                            seconds=f"{limit:g}",
                        ),
                        translate(
                            "Ssh",
                            "The host may be overloaded, or the command waits on the network.",
                        ),
                    )
                if len(out) + len(err) > MAX_OUTPUT_BYTES:
                    channel.close()
                    raise SshOutputTooLarge(
                        translate(
                            "Ssh",
                            "{address}: `{command}` wrote more than {limit} MB of output; the "
                            "wizard stopped it there",
                        ).format(
                            address=self.address,
                            command=self._masked(argv, secrets),
                            limit=MAX_OUTPUT_BYTES // 2**20,
                        ),
                        translate(
                            "Ssh",
                            "The command does not end by itself, or something on the host "
                            "prints without end (a login script, a looping tool): check it on "
                            "the host's console.",
                        ),
                    )
                if not got:
                    time.sleep(0.01)
            code = channel.recv_exit_status()
            if code == -1:
                # paramiko's "none came": closed without an exit status (sshd or the link
                # went mid-command, or a signal killed it); never a real status (uint32)
                channel.close()
                raise SshUnreachable(
                    translate(
                        "Ssh",
                        "the SSH connection to {address} closed while `{command}` ran; it may "
                        "or may not have finished",
                    ).format(address=self.address, command=self._masked(argv, secrets)),
                    translate(
                        "Ssh",
                        "Check the host's management network and that sshd runs there, then "
                        "run again.",
                    ),
                )
            channel.close()
        except (OSError, paramiko.SSHException, EOFError) as exc:
            raise SshUnreachable(
                translate("Ssh", "the SSH connection to {address} failed: {reason}").format(
                    address=self.address, reason=exc or type(exc).__name__
                ),
                translate("Ssh", "Check the host's management network and run again."),
            ) from None
        result = CommandResult(
            host=self.address,
            argv=tuple(_mask_all(a, secrets) for a in argv),
            exit_code=code,
            stdout=_mask_all(out.decode(errors="replace"), secrets),
            stderr=_mask_all(err.decode(errors="replace"), secrets),
            seconds=time.monotonic() - started,
        )
        log.debug("%s", result.render())
        self.history.append(result)
        self.access.transcripts.setdefault(self.address, []).append(result)
        return result

    @staticmethod
    def _masked(argv: Sequence[str], secrets: Sequence[str]) -> str:
        return quote_argv([_mask_all(a, secrets) for a in argv])

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None

    def __enter__(self) -> SshSession:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _mask_all(text: str, secrets: Sequence[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, MASK)
    return text

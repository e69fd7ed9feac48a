"""A front end's session: pins, trust, SSH access, secrets, journal and the build context.

The GUI and every subcommand (``apply``, ``validate``, ``report``, ``health``,
``join-info``) set these up here, in one way. What a session must ask its user
(a certificate, an SSH host key, a password, a consent) goes through one
``Prompter``: the command line answers from the terminal or its flags
(wizard.terminal), the GUI with dialogs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:  # loaded on first use: the GUI's first page does not wait for them
    from wizard.joininfo import JoinHost, JoinInfo
    from wizard.journal import Journal
    from wizard.plan import Plan
    from wizard.progress import Reporter
    from wizard.ssh import HostKeyPins, SshAccess
    from wizard.steps.context import BuildContext
    from wizard.xapi.trust import PinStore, Trust

PINS_NAME = "pinned-certificates.json"


class Prompter(Protocol):
    """The questions a session asks. Each blocks until answered and may be asked on a
    worker thread (the SDK and the SSH library ask from there); nobody to answer is
    False, or "" for a secret."""

    # Unknown certificates are pinned on first use, and ``notify`` says so (apply --yes).
    trust_on_first_use: bool

    def confirm_certificate(self, address: str, fingerprint: str) -> bool: ...

    def confirm_host_key(self, address: str, fingerprint: str) -> bool: ...

    def secret(self, prompt: str) -> str: ...

    def consent(self, question: str) -> bool: ...

    def notify(self, message: str) -> None: ...


class NoPrompter:
    """Nobody to ask: every question is answered no (and nothing is trusted on first use)."""

    trust_on_first_use = False

    def confirm_certificate(self, address: str, fingerprint: str) -> bool:
        return False

    def confirm_host_key(self, address: str, fingerprint: str) -> bool:
        return False

    def secret(self, prompt: str) -> str:
        return ""

    def consent(self, question: str) -> bool:
        return False

    def notify(self, message: str) -> None:
        return None


def default_pins_path() -> Path:
    """The user's certificate pin file (SSH host keys are pinned beside it)."""
    from platformdirs import user_data_path

    return user_data_path("xenpool-wizard") / PINS_NAME


def user_pins() -> PinStore:
    """The user's certificate pins, read from their file."""
    from wizard.xapi.trust import PinStore

    return PinStore(default_pins_path())


class Session:
    """What one front end shares across its work with hosts."""

    def __init__(self, prompter: Prompter, pins: PinStore | None = None) -> None:
        self.prompter = prompter
        self._pins = pins
        self._ssh_pins: HostKeyPins | None = None

    @classmethod
    def at(cls, prompter: Prompter, pins_file: str | Path | None) -> Session:
        """A session pinning in ``pins_file`` (None or "": the user's pin file)."""
        from wizard.xapi.trust import PinStore

        return cls(prompter, PinStore(Path(pins_file)) if pins_file else None)

    @property
    def pins(self) -> PinStore:
        """Certificate pins: the store given, else the user's file (read on first use)."""
        if self._pins is None:
            self._pins = user_pins()
        return self._pins

    @property
    def ssh_pins(self) -> HostKeyPins:
        """SSH host keys, pinned beside the certificate pins (in memory when those are)."""
        if self._ssh_pins is None:
            from wizard.ssh import SSH_PINS_NAME, HostKeyPins

            path = self.pins.path
            self._ssh_pins = HostKeyPins(path.with_name(SSH_PINS_NAME) if path else None)
        return self._ssh_pins

    def pin_join_info(self, info: JoinInfo, shown: dict[str, str] | None = None) -> JoinHost | None:
        """Pin every host of pasted join information, or none: the first host pinned here (or
        ``shown`` to the user) with another fingerprint is returned, and nothing is pinned."""
        from wizard.xapi.fingerprints import normalise_fingerprint

        for host in info.hosts:
            known = self.pins.get(host.address) or normalise_fingerprint(
                (shown or {}).get(host.address, "")
            )
            if known and known != host.fingerprint:
                return host
        self.pins.pin_many({host.address: host.fingerprint for host in info.hosts})
        return None

    def trust(self, planned: dict[str, str] | None = None, port: int = 443) -> Trust:
        """Which certificate each host must show: planned, pinned, or confirmed on first contact."""
        from wizard.xapi.trust import Trust

        return Trust(
            self.pins,
            planned=planned,
            confirm=self.prompter.confirm_certificate,
            pin_unknown=self.prompter.trust_on_first_use,
            notify=self.prompter.notify,
            port=port,
        )

    def ssh_access(
        self,
        username: str,
        password: str,
        *,
        key_file: str = "",
        host_passwords: dict[str, str] | None = None,
        skip_advice: str = "",
    ) -> SshAccess:
        """SSH to the hosts, host keys pinned like certificates; an unknown key is asked.

        With a key file the key is offered first, then the password (a key installed on
        some hosts only still works)."""
        from wizard.ssh import HostKeyTrust, SshAccess

        return SshAccess(
            HostKeyTrust(self.ssh_pins, confirm=self.prompter.confirm_host_key),
            username=username,
            password=password,
            host_passwords=dict(host_passwords or {}),
            key_file=key_file,
            skip_advice=skip_advice,
        )

    def password(self, username: str, address: str) -> str:
        """The keyring's, XENPOOL_PASSWORD, or asked; "" when none gives one."""
        from wizard import logs
        from wizard.secrets import find_password

        password = find_password(username, address, self.prompter.secret)
        logs.register_secret(password)
        return password

    def stored_passwords(self, username: str, addresses: list[str]) -> dict[str, str]:
        """The passwords the OS keyring remembers for these hosts (blocking: it may prompt)."""
        from wizard import logs
        from wizard.secrets import stored_password

        found = {a: own for a in addresses if (own := stored_password(username, a))}
        for own in found.values():
            logs.register_secret(own)
        return found

    def chap_secret(self, plan: Plan) -> str:
        """The plan's CHAP secret (keyring, XENPOOL_CHAP_SECRET, or asked); "" without CHAP."""
        from wizard import logs
        from wizard.secrets import find_chap_secret

        iscsi = plan.iscsi
        if not (iscsi.chap_user and iscsi.portals):
            return ""
        secret = find_chap_secret(iscsi.chap_user, iscsi.portals[0], self.prompter.secret)
        logs.register_secret(secret)
        return secret

    def open_journal(self, plan: Plan, path: Path | None = None) -> Journal:
        """A new run in the build journal: ``path``, else the pool's own (where the GUI,
        ``apply`` and ``report`` all look for it)."""
        from wizard.journal import Journal

        journal = Journal(
            path or journal_path(plan.pool_name, plan.master_host.address), plan.pool_name
        )
        journal.start_run()
        return journal

    def context(
        self,
        plan: Plan,
        password: str,
        *,
        planned: dict[str, str] | None = None,
        host_passwords: dict[str, str] | None = None,
        report: Reporter | None = None,
    ) -> BuildContext:
        """The engine's context for ``plan``; certificates are checked against ``planned``
        (default: the plan's own fingerprints) and the pins. The front end sets its user's
        choices (destroy, forced joins, HA pause), journal and SSH on it."""
        from wizard.steps.context import BuildContext

        if planned is None:
            planned = {h.address: h.fingerprint for h in plan.hosts}
        ctx = BuildContext(
            plan=plan,
            password=password,
            host_passwords=dict(host_passwords or {}),
            trust=self.trust(planned, plan.port),
        )
        if report is not None:
            ctx.report = report
        return ctx


def journal_path(pool_name: str, master: str, given: Path | None = None) -> Path:
    """Where a pool's journal is: ``given``, else one per pool and master."""
    from wizard.journal import default_path

    return given or default_path(pool_name, master)


# -- the GUI's build in progress: its plan beside its journal, from the first change on -------
def autosave_path(plan: Plan) -> Path:
    """Where a build in progress keeps its plan: beside its journal, in the state folder."""
    return journal_path(plan.pool_name, plan.master_host.address).with_suffix(".toml")


@dataclass
class Unfinished:
    """A build that changed hosts and did not finish: its plan and the GUI's choices."""

    path: Path
    plan: Plan
    choices: dict[str, Any] = field(default_factory=dict)


def autosave(
    plan: Plan, previous: Path | None = None, choices: dict[str, Any] | None = None
) -> Path:
    """Save the plan of a build that changes hosts now (a renamed pool moves its file),
    with the front end's ``choices`` beside it (plain TOML values)."""
    from wizard.plan.files import CHOICES_TABLE, save

    path = autosave_path(plan)
    path.parent.mkdir(parents=True, exist_ok=True)
    save(plan, path, {CHOICES_TABLE: choices} if choices else None)
    if previous is not None and previous != path:
        previous.unlink(missing_ok=True)
    return path


def unfinished_builds() -> list[Unfinished]:
    """Every build that changed hosts and has not finished, newest first: a build that
    finishes removes its plan file (the journal stays). It reads files: the GUI calls
    it on a worker thread."""
    from wizard.journal import default_path

    found = []
    for path in default_path("-", "-").parent.glob("*.toml"):
        try:
            found.append((path.stat().st_mtime, load_autosave(path)))
        except (OSError, ValueError):
            continue  # unreadable: not offered
    return [build for _at, build in sorted(found, key=lambda f: f[0], reverse=True)]


def load_autosave(path: Path) -> Unfinished:
    """An autosaved build as it was, unfinished plan parts included (the pages check
    those); ValueError when it is not a plan at all."""
    import tomllib

    from wizard.findings import Severity
    from wizard.plan.files import CHOICES_TABLE, plan_from_dict

    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(str(exc)) from None
    choices = data.pop(CHOICES_TABLE, {})
    plan, problems = plan_from_dict(data)
    if any(p.severity is Severity.ERROR for p in problems) or not plan.hosts:
        raise ValueError("; ".join(p.message for p in problems) or "no hosts")
    return Unfinished(path, plan, choices if isinstance(choices, dict) else {})

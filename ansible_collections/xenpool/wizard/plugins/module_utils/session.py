# One build session for the modules: the engine's front-end session with a task's answers.
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Pins, trust, secrets, SSH and the journal for a module run, through wizard.session, the
session the wizard's GUI and command line use, with a Prompter for a task nobody watches.

Nobody can answer a question in an Ansible task: a certificate or SSH host key that neither
the plan nor the pin file knows is trusted only with ``trust_on_first_use`` (what
``apply --yes`` does) and the result lists it; one that differs from the planned or pinned
one always stops. No password is asked for, no consent given beyond the task's options.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

# Imported once engine.HAS_WIZARD says the engine is there (see runner).
from wizard.plan import Plan
from wizard.session import Session
from wizard.steps.context import BuildContext


class SessionError(Exception):
    """The session cannot be opened (no password, no CHAP secret): the message says what to do."""


class TaskPrompter:
    """The answers of a task: first use trusted only when the task says so, and recorded."""

    # Certificates are answered in confirm_certificate (so each one is recorded), not by
    # the session's blanket first-use pinning.
    trust_on_first_use = False

    def __init__(self, trust_on_first_use: bool) -> None:
        self.first_use = trust_on_first_use
        self.certificates: list[dict[str, str]] = []
        self.host_keys: list[dict[str, str]] = []
        self.notes: list[str] = []

    def _first_use(self, seen: list[dict[str, str]], address: str, fingerprint: str) -> bool:
        if self.first_use and all(t["address"] != address for t in seen):
            seen.append({"address": address, "fingerprint": fingerprint})
        return self.first_use

    def confirm_certificate(self, address: str, fingerprint: str) -> bool:
        return self._first_use(self.certificates, address, fingerprint)

    def confirm_host_key(self, address: str, fingerprint: str) -> bool:
        return self._first_use(self.host_keys, address, fingerprint)

    def secret(self, prompt: str) -> str:
        return ""  # the task's options, the keyring or the environment, never a prompt

    def consent(self, question: str) -> bool:
        return False  # consents are the task's yes_* options

    def notify(self, message: str) -> None:
        self.notes.append(message)


@dataclasses.dataclass
class ModuleSession:
    ctx: BuildContext
    prompter: TaskPrompter

    def trusted_on_first_use(self) -> list[dict[str, str]]:
        """The certificates this run pinned that neither the plan nor the pin file knew."""
        return list(self.prompter.certificates)

    @property
    def host_keys_trusted(self) -> list[dict[str, str]]:
        return list(self.prompter.host_keys)


def _session(params: dict[str, Any]) -> tuple[Session, TaskPrompter]:
    prompter = TaskPrompter(bool(params.get("trust_on_first_use")))
    return Session.at(prompter, params.get("pins_file")), prompter


def _no_password(username: str, address: str) -> SessionError:
    return SessionError(
        "no password: give the password option (from a vault), set XENPOOL_PASSWORD, or "
        f"store it in the OS keyring for {username}@{address}"
    )


def open_session(plan: Plan, params: dict[str, Any], *, dry_run: bool) -> ModuleSession:
    """A BuildContext for ``plan`` from the module's options (the CLI's ``apply`` semantics)."""
    from wizard import logs

    session, prompter = _session(params)
    master = plan.master_host.address
    password = params.get("password") or session.password(plan.username, master)
    if not password:
        raise _no_password(plan.username, master)
    logs.register_secret(password)
    chap = params.get("chap_secret") or session.chap_secret(plan)
    if plan.iscsi.chap_user and not chap:
        raise SessionError(
            "the plan uses CHAP but no secret was given: give chap_secret (from a vault) or "
            "set XENPOOL_CHAP_SECRET"
        )
    logs.register_secret(chap)
    stored = session.stored_passwords(plan.username, [h.address for h in plan.members])
    host_passwords = {a: own for a, own in stored.items() if own != password}
    ctx = session.context(plan, password, host_passwords=host_passwords)
    ctx.chap_secret = chap
    ctx.allow_destroy = bool(params.get("yes_destroy"))
    ctx.pause_ha = bool(params.get("yes_pause_ha"))
    if params.get("yes_force_join"):
        ctx.forced_joins = frozenset(h.address for h in plan.members if h.force_join)
    if not dry_run:
        ctx.journal = session.open_journal(
            plan, Path(params["journal"]) if params.get("journal") else None
        )
    if params.get("ssh"):
        ctx.ssh = session.ssh_access(
            plan.username,
            password,
            key_file=params.get("ssh_key") or "",
            host_passwords=host_passwords,
        )
    return ModuleSession(ctx, prompter)


def connect_pool(
    address: str, port: int, username: str, params: dict[str, Any]
) -> tuple[Any, list[dict[str, str]]]:
    """A logged-in session to the pool ``address`` is master (or a member) of, for reading;
    and the certificates trusted on first use on the way."""
    from wizard.xapi.client import Endpoint, connect_to_pool

    session, prompter = _session(params)
    password = params.get("password") or session.password(username, address)
    if not password:
        raise _no_password(username, address)
    trust = session.trust(port=port)
    client = connect_to_pool(Endpoint(address, port), trust.fingerprint_for, username, password)
    return client, list(prompter.certificates)

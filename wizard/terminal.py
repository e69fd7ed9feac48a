"""The command line's prompter: questions answered in the terminal, or by flags when unattended."""

from __future__ import annotations

import argparse
import getpass
import sys

from wizard.i18n import translate
from wizard.session import Session
from wizard.xapi.fingerprints import format_fingerprint


def interactive() -> bool:
    """Someone at a terminal can answer."""
    return sys.stdin is not None and sys.stdin.isatty()


def _yes(answer: str) -> bool:
    return answer.strip().lower() in ("y", "yes")


class TerminalPrompter:
    """Asks at the terminal; ``yes`` (``--yes``) answers for an unattended run, and says so."""

    def __init__(self, *, yes: bool = False) -> None:
        self.yes = yes
        self.trust_on_first_use = yes

    def confirm_certificate(self, address: str, fingerprint: str) -> bool:
        if not interactive():
            return False
        return _yes(
            input(
                translate(
                    "Headless",
                    "{address} presents a certificate with SHA-256 fingerprint\n"
                    "  {fingerprint}\n"
                    "Compare it with the host's console (xe host-param-get ... or the "
                    "XCP-ng/XenServer console). Trust it? [y/N] ",
                ).format(address=address, fingerprint=format_fingerprint(fingerprint))
            )
        )

    def confirm_host_key(self, address: str, fingerprint: str) -> bool:
        if self.yes:
            self.notify(
                translate(
                    "Headless",
                    "{address}: trusting its SSH host key on first use ({fingerprint}); "
                    "it is pinned from now on.",
                ).format(address=address, fingerprint=fingerprint)
            )
            return True
        if not interactive():
            return False
        return _yes(
            input(
                translate(
                    "Headless",
                    "{address} presents the SSH host key {fingerprint}\n"
                    "Compare it with `ssh-keygen -l -f /etc/ssh/ssh_host_ed25519_key.pub` on its "
                    "console. Trust it? [y/N] ",
                ).format(address=address, fingerprint=fingerprint)
            )
        )

    def secret(self, prompt: str) -> str:
        return getpass.getpass(prompt) if interactive() else ""

    def consent(self, question: str) -> bool:
        if self.yes:
            return True
        return interactive() and _yes(input(question))

    def notify(self, message: str) -> None:
        print(message, file=sys.stderr)


def session_for(args: argparse.Namespace) -> Session:
    """The session a subcommand's flags ask for (``--pins``, ``--yes``)."""
    return Session.at(
        TerminalPrompter(yes=bool(getattr(args, "yes", False))), getattr(args, "pins", None)
    )

"""Passwords and CHAP secrets: OS keyring, environment, or a prompt; never a file."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable

from wizard.i18n import translate

log = logging.getLogger(__name__)

SERVICE = "xenpool-wizard"
PASSWORD_ENV = "XENPOOL_PASSWORD"
CHAP_ENV = "XENPOOL_CHAP_SECRET"

_warned_no_keyring = False


def _keyring_get(key: str) -> str:
    global _warned_no_keyring
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(SERVICE, key) or ""
        except KeyringError:
            pass
    except Exception:
        pass
    if not _warned_no_keyring:
        log.info("no OS keyring available: secrets are kept in memory only")
        _warned_no_keyring = True
    return ""


def remember(key: str, secret: str) -> bool:
    """Store a secret in the OS keyring; False (and a log line) when there is none."""
    try:
        import keyring

        keyring.set_password(SERVICE, key, secret)
        return True
    except Exception:
        log.info("no OS keyring available: the secret stays in memory for this run only")
        return False


def password_key(username: str, address: str) -> str:
    return f"{username}@{address}"


def stored_password(username: str, address: str) -> str:
    """A password the user asked the OS keyring to remember for this host ("" if none)."""
    return _keyring_get(password_key(username, address))


def find_password(username: str, address: str, prompt: Callable[[str], str] | None = None) -> str:
    """The keyring first, then XENPOOL_PASSWORD, then the prompt; "" when none gives one."""
    return (
        _keyring_get(password_key(username, address))
        or os.environ.get(PASSWORD_ENV, "")
        or (
            prompt(
                translate("Secrets", "Password for {user}@{address}: ").format(
                    user=username, address=address
                )
            )
            if prompt
            else ""
        )
    )


def chap_key(chap_user: str, portal: str) -> str:
    return f"chap:{chap_user}@{portal}"


def find_chap_secret(
    chap_user: str, portal: str, prompt: Callable[[str], str] | None = None
) -> str:
    return (
        _keyring_get(chap_key(chap_user, portal))
        or os.environ.get(CHAP_ENV, "")
        or (
            prompt(translate("Secrets", "CHAP secret for {user}: ").format(user=chap_user))
            if prompt
            else ""
        )
    )

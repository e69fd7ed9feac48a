"""The passwords and CHAP secret the user gives the wizard, and the OS keyring's copies.

A part of WizardModel (it mixes this in): secrets are registered with the log's masking
the moment they are known, and the keyring is only asked on worker threads (loading its
backend, or its unlock prompt, would otherwise hold the window).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wizard.plan import Plan
    from wizard.session import Session


class HostSecrets:
    password: str  # for every host without its own
    host_passwords: dict[str, str]  # hosts whose password differs
    chap_secret: str
    remember_secrets: bool  # "Remember the passwords in the OS keyring"

    @property
    def session(self) -> Session:
        raise NotImplementedError

    @property
    def plan(self) -> Plan:
        raise NotImplementedError

    def addresses(self) -> list[str]:
        """The hosts on the Hosts page."""
        raise NotImplementedError

    def set_password(self, password: str) -> None:
        from wizard import logs

        self.password = password
        logs.register_secret(password)

    def set_host_password(self, address: str, password: str) -> None:
        from wizard import logs

        if password:
            self.host_passwords[address] = password
            logs.register_secret(password)
        else:
            self.host_passwords.pop(address, None)

    def missing_passwords(self) -> list[str]:
        """Hosts that have no password at all (their own, or the one for all)."""
        if self.password:
            return []
        return [a for a in self.addresses() if not self.host_passwords.get(a)]

    def remember_passwords(self) -> bool:
        """Keep the passwords that just worked in the OS keyring (never in a file)."""
        from wizard import secrets

        username = self.plan.username
        stored = True
        for address in self.addresses():
            password = self.host_passwords.get(address) or self.password
            stored = secrets.remember(secrets.password_key(username, address), password) and stored
        return stored

    async def recall_passwords(self) -> int:
        """Passwords the user asked the OS keyring to remember, for hosts without one yet."""
        from wizard.xapi.aio import in_thread

        wanted = [a for a in self.addresses() if a not in self.host_passwords]
        stored: dict[str, str] = await in_thread(
            self.session.stored_passwords, self.plan.username, wanted
        )
        for address, password in stored.items():
            if password != self.password:
                self.set_host_password(address, password)
        return len(stored)

    async def remember_chap_secret(self) -> bool:
        """Keep the CHAP secret in the OS keyring when the user asked to."""
        from wizard import secrets
        from wizard.xapi.aio import in_thread

        iscsi = self.plan.iscsi
        if not (self.remember_secrets and iscsi.chap_user and self.chap_secret and iscsi.portals):
            return False
        key = secrets.chap_key(iscsi.chap_user, iscsi.portals[0])
        return bool(await in_thread(secrets.remember, key, self.chap_secret))

    async def recall_chap_secret(self) -> str:
        """The CHAP secret typed earlier, or remembered in the keyring or the environment."""
        from wizard.xapi.aio import in_thread

        if self.chap_secret:
            return self.chap_secret
        found: str = await in_thread(self.session.chap_secret, self.plan)
        if found and not self.chap_secret:
            self.chap_secret = found
        return self.chap_secret

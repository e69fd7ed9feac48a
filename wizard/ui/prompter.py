"""The GUI's prompter: the session's questions answered in the window.

Certificates are confirmed on the Hosts page before any login and passwords typed
there, so those questions find nobody here; an unknown SSH host key (met on a worker
thread by the SSH library) is asked on the Qt thread while the worker waits.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

AskHostKey = Callable[[str, str], Coroutine[Any, Any, bool]]


class GuiPrompter:
    trust_on_first_use = False

    def __init__(self, ask_host_key: Callable[[], AskHostKey | None]) -> None:
        self._ask_host_key = ask_host_key
        self._loop: asyncio.AbstractEventLoop | None = None

    def bind(self) -> None:
        """Questions from worker threads go to the running loop (the Qt thread's)."""
        import asyncio

        self._loop = asyncio.get_running_loop()

    def confirm_certificate(self, address: str, fingerprint: str) -> bool:
        return False

    def confirm_host_key(self, address: str, fingerprint: str) -> bool:
        import asyncio

        ask = self._ask_host_key()
        if ask is None or self._loop is None:  # nobody to ask: not trusted
            return False
        future = asyncio.run_coroutine_threadsafe(ask(address, fingerprint), self._loop)
        return bool(future.result())

    def secret(self, prompt: str) -> str:
        return ""

    def consent(self, question: str) -> bool:
        return False

    def notify(self, message: str) -> None:
        return None

"""The GUI's prompter: the session's questions answered in the window.

Certificates are confirmed on the Hosts page before any login and passwords typed
there, so those questions find nobody here. An unknown SSH host key, met on a worker
thread by the SSH library, is asked on the Qt thread over whichever window is in
front (the build, or the Check a host dialog) while the worker waits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio and the dialogs load on first use
    import asyncio

    from PySide6.QtWidgets import QMessageBox


class GuiPrompter:
    trust_on_first_use = False

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._one_at_a_time: asyncio.Lock | None = None
        self.question: QMessageBox | None = None  # the host key being asked about

    def bind(self) -> None:
        """Questions from worker threads go to the running loop (the Qt thread's)."""
        import asyncio

        self._loop = asyncio.get_running_loop()

    def confirm_certificate(self, address: str, fingerprint: str) -> bool:
        return False

    def confirm_host_key(self, address: str, fingerprint: str) -> bool:
        import asyncio

        loop = self._loop
        if loop is None or _running_loop() is loop:  # nobody bound, or it would wait on itself
            return False
        return asyncio.run_coroutine_threadsafe(
            self.ask_host_key(address, fingerprint), loop
        ).result()

    async def ask_host_key(self, address: str, fingerprint: str) -> bool:
        """The user compares the fingerprint and decides; one key at a time, though hosts
        are checked side by side."""
        import asyncio

        from PySide6.QtWidgets import QApplication

        from wizard.ui.health import host_key_question

        if self._one_at_a_time is None:
            self._one_at_a_time = asyncio.Lock()
        async with self._one_at_a_time:
            parent = QApplication.activeModalWidget() or QApplication.activeWindow()
            self.question, answer = host_key_question(parent, address, fingerprint)
            try:
                return await answer
            finally:
                self.question = None

    def secret(self, prompt: str) -> str:
        return ""

    def consent(self, question: str) -> bool:
        return False

    def notify(self, message: str) -> None:
        return None


def _running_loop() -> asyncio.AbstractEventLoop | None:
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None

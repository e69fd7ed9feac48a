"""The asyncio face of ``HostClient``: blocking SDK calls run on worker threads.

The GUI (through qasync) and the CLI (through asyncio.run) both await these,
so the event loop, and with it the window, never waits on the network.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from wizard.xapi.client import HostClient, ProgressCallback

# Enough threads for a 64-host build to talk to every host at once.
_EXECUTOR = ThreadPoolExecutor(max_workers=72, thread_name_prefix="xapi")


def warm_up() -> threading.Thread:
    """Start the worker threads (and load the engine) off the GUI thread.

    A pool creates a thread on demand and waits for it to start; 64 logins
    submitted at once would make the event loop wait for 64 thread starts.
    """

    def work() -> None:
        import importlib

        for module in ("wizard.steps.engine", "wizard.checks.capacity", "wizard.discovery"):
            importlib.import_module(module)
        # What is loaded now lives as long as the process: a full garbage collection need
        # not walk it again. Without this, one took 60 ms in a 64-host build, and every
        # thread (the window's too) waits for it.
        gc.freeze()
        gate = threading.Barrier(_EXECUTOR._max_workers + 1)
        for _ in range(_EXECUTOR._max_workers):
            _EXECUTOR.submit(gate.wait, 5.0)
        # If fewer threads came up in time, the pool still grows on demand.
        with contextlib.suppress(threading.BrokenBarrierError):
            gate.wait(5.0)

    thread = threading.Thread(target=work, name="warm-up", daemon=True)
    thread.start()
    return thread


async def in_thread(fn: Any, *args: Any, **kwargs: Any) -> Any:
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(_EXECUTOR, functools.partial(fn, *args, **kwargs))


class AsyncHost:
    def __init__(self, client: HostClient) -> None:
        self.client = client

    @property
    def address(self) -> str:
        return self.client.endpoint.address

    async def call(self, method: str, *args: Any, action: str = "") -> Any:
        return await in_thread(self.client.call, method, *args, action=action)

    async def run_task(
        self,
        method: str,
        *args: Any,
        action: str = "",
        timeout: float = 3600.0,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> str:
        """An ``Async.`` call awaited to its end; progress is reported from the task."""
        loop = asyncio.get_running_loop()

        def report(fraction: float) -> None:
            if progress is not None:
                loop.call_soon_threadsafe(progress, fraction)

        result: str = await in_thread(
            self.client.call_async,
            method,
            *args,
            action=action,
            timeout=timeout,
            progress=report,
            cancel=cancel,
        )
        return result

    async def logout(self) -> None:
        await in_thread(self.client.logout)

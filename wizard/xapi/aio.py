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
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from wizard.xapi.cache import WRITES, ObjectCache, Records
from wizard.xapi.client import HostClient, ProgressCallback
from wizard.xapi.transport import is_read

# Enough threads for a 64-host build to talk to every host at once.
_EXECUTOR = ThreadPoolExecutor(max_workers=72, thread_name_prefix="xapi")


def warm_up() -> threading.Thread:
    """Start the worker threads (and load the engine) off the GUI thread.

    A pool creates a thread on demand and waits for it to start; 64 logins
    submitted at once would make the event loop wait for 64 thread starts.
    """

    def work() -> None:
        import importlib

        # the pre-flight too: imported on the window's thread as Connect runs, its modules
        # were read there while 64 logins took the GIL
        for module in (
            "wizard.steps.engine",
            "wizard.steps.preflight",
            "wizard.checks.capacity",
            "wizard.discovery",
        ):
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


# Connections one session may open for calls made side by side (HostClient.twin), unless
# told otherwise: the pool's master is given one per host (BuildContext.connect).
MAX_CONNECTIONS = 8


class AsyncHost:
    def __init__(
        self,
        client: HostClient,
        classes: tuple[str, ...] = (),
        on_twin: Callable[[HostClient], None] | None = None,
        connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.client = client
        self.connections = connections
        self._idle = [client]
        self._opened = 1
        self._pool = threading.Lock()
        self._on_twin = on_twin  # told of each connection opened (the build counts calls)
        self._destroying: list[Future[None]] = []  # finished tasks being destroyed
        # this session's objects (wizard.xapi.cache)
        self.view = ObjectCache(client, classes, call=self._blocking_call)

    def _take(self) -> HostClient:
        """An idle connection of this session; a new one while under ``connections``.

        One connection serialises its calls (the SDK's session is not thread-safe), and a
        task wait holds it through its event.from: calls issued together would queue.
        """
        with self._pool:
            if self._idle:
                return self._idle.pop()
            if self._opened >= self.connections:
                return self.client  # queue on the first connection's lock
            self._opened += 1
        twin = self.client.twin()
        if self._on_twin is not None:
            self._on_twin(twin)
        return twin

    def _give(self, client: HostClient) -> None:
        with self._pool:
            if client not in self._idle:
                self._idle.append(client)

    @contextlib.contextmanager
    def _connection(self) -> Iterator[HostClient]:
        client = self._take()
        try:
            yield client
        finally:
            self._give(client)

    def _blocking_call(self, method: str, *args: Any, action: str = "") -> Any:
        with self._connection() as client:
            return client.call(method, *args, action=action)

    def _blocking_task(self, method: str, *args: Any, action: str = "", **kwargs: Any) -> str:
        """HostClient.call_async on an idle connection; the finished task is destroyed
        behind the caller's back: its answer is read already, and the round trip need not
        delay the next step (logout waits for it)."""
        with self._connection() as client:
            return client.call_async(method, *args, action=action, destroy=self._destroy, **kwargs)

    def _destroy(self, task: str) -> None:
        with self._pool:
            self._destroying.append(_EXECUTOR.submit(self._destroy_now, task))

    def _destroy_now(self, task: str) -> None:
        with self._connection() as client:
            client.destroy_task(task)

    @property
    def address(self) -> str:
        return self.client.endpoint.address

    async def call(self, method: str, *args: Any, action: str = "") -> Any:
        if is_read(method):
            return await in_thread(self._blocking_call, method, *args, action=action)
        # A write makes every cached view stale until it syncs again, counted before
        # (the call may act before it answers) and after (a sync that began while it ran).
        WRITES.bump()
        try:
            return await in_thread(self._blocking_call, method, *args, action=action)
        finally:
            WRITES.bump()

    async def records(self, *classes: str, fresh: bool = True) -> dict[str, Records]:
        """``{cls: {ref: record}}`` from this session's view; see ``ObjectCache.records``."""
        result: dict[str, Records] = await in_thread(self.view.records, *classes, fresh=fresh)
        return result

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

        WRITES.bump()
        try:
            result: str = await in_thread(
                self._blocking_task,
                method,
                *args,
                action=action,
                timeout=timeout,
                progress=report,
                cancel=cancel,
            )
        finally:
            WRITES.bump()
        return result

    async def logout(self) -> None:
        with self._pool:
            pending, self._destroying = self._destroying, []
        for future in pending:
            await asyncio.wrap_future(future)
        await in_thread(self.client.logout)

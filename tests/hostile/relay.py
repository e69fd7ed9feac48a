"""A userspace TCP relay that delays, stalls, resets and cuts connections on a schedule.

This kernel has no netem, so a bad site link is played here: the relay listens on
each simulated host's own loopback address at another port and forwards raw bytes
(TLS passes through untouched, so the hosts' pinned certificates still match) to
the host's real port. A plan pointed at the relay's port talks to the lab through
the bad link; the hosts' own traffic (a join, say) stays inside the simulator.

Faults, all changeable while it runs:
- ``delay``: seconds added to every chunk, each way (latency, not a bandwidth cap:
  each chunk is held until its time, so big answers are not slowed per chunk);
- ``reset_rate``: the share of new connections that are reset (RST both ways) at a
  random moment: at one of their first dozen chunks, before or after it is passed on;
- ``stall()`` / ``resume()``: hold every byte (existing and new connections): a peer
  that answered and then hangs;
- ``cut(seconds)``: a stall that ends by itself (held bytes then flow, as TCP would
  retransmit them; a client that gave up in between has closed its side).
"""

from __future__ import annotations

import contextlib
import random
import socket
import struct
import threading
import time
from collections import deque
from dataclasses import dataclass, field


@dataclass
class _Link:
    client: socket.socket
    server: socket.socket
    reset_at: int | None  # reset when this many client chunks have been seen
    reset_before: bool  # reset before passing that chunk on (else after)
    chunks: int = 0
    ended: int = 0  # directions that saw their end
    dead: bool = False


def _rst(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    with contextlib.suppress(OSError):
        sock.close()


@dataclass
class Relay:
    """Relay ``addresses`` from ``listen_port`` to ``target_port`` on the same addresses."""

    addresses: list[str]
    target_port: int
    listen_port: int = 0
    delay: float = 0.0
    reset_rate: float = 0.0
    seed: int = 2
    connections: int = 0
    resets: int = 0
    _open: threading.Event = field(default_factory=threading.Event)
    _stopped: threading.Event = field(default_factory=threading.Event)
    _listeners: list[socket.socket] = field(default_factory=list)
    _links: list[_Link] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._open.set()

    # -- control -------------------------------------------------------------
    def start(self) -> Relay:
        port = self.listen_port
        for address in self.addresses:
            listener = socket.socket()
            listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((address, port))
            listener.listen(64)
            port = listener.getsockname()[1]  # the same port on every address
            self._listeners.append(listener)
            threading.Thread(target=self._accept, args=(listener, address), daemon=True).start()
        self.listen_port = port
        return self

    def stall(self) -> None:
        self._open.clear()

    def resume(self) -> None:
        self._open.set()

    def cut(self, seconds: float) -> None:
        """The link is down for ``seconds`` from now (returns at once)."""
        self.stall()
        threading.Timer(seconds, self.resume).start()

    def stop(self) -> None:
        self._stopped.set()
        self._open.set()
        for listener in self._listeners:
            with contextlib.suppress(OSError):
                listener.close()
        with self._lock:
            links = list(self._links)
        for link in links:
            self._kill(link, reset=False)

    # -- plumbing --------------------------------------------------------------
    def _accept(self, listener: socket.socket, address: str) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection((address, self.target_port), timeout=10)
            except OSError:
                _rst(client)
                continue
            server.settimeout(None)
            for sock in (client, server):
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            with self._lock:
                self.connections += 1
                doomed = self._random.random() < self.reset_rate
                link = _Link(
                    client,
                    server,
                    self._random.randint(1, 12) if doomed else None,
                    self._random.random() < 0.5,
                )
                self._links.append(link)
            for source, sink, upstream in ((client, server, True), (server, client, False)):
                queue: deque[tuple[float, bytes]] = deque()
                ready = threading.Condition()
                threading.Thread(
                    target=self._receive, args=(link, source, queue, ready, upstream), daemon=True
                ).start()
                threading.Thread(
                    target=self._send, args=(link, sink, queue, ready), daemon=True
                ).start()

    def _receive(
        self,
        link: _Link,
        source: socket.socket,
        queue: deque[tuple[float, bytes]],
        ready: threading.Condition,
        upstream: bool,
    ) -> None:
        while not link.dead:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if upstream and data:
                link.chunks += 1
                if link.reset_at is not None and link.chunks >= link.reset_at:
                    if link.reset_before:
                        self._kill(link, reset=True)
                        return
                    link.reset_at = None
                    with ready:
                        queue.append((time.monotonic() + self.delay, data))
                        ready.notify()
                    # the request reaches the host, the answer never comes back
                    time.sleep(self.delay + 0.05)
                    self._kill(link, reset=True)
                    return
            with ready:
                queue.append((time.monotonic() + self.delay, data))
                ready.notify()
            if not data:
                return

    def _send(
        self,
        link: _Link,
        sink: socket.socket,
        queue: deque[tuple[float, bytes]],
        ready: threading.Condition,
    ) -> None:
        while True:
            with ready:
                while not queue and not link.dead:
                    ready.wait(0.5)
                if link.dead:
                    return
                due, data = queue.popleft()
            self._open.wait()
            wait = due - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            self._open.wait()  # a cut that began while this chunk waited holds it too
            if link.dead:
                return
            if not data:
                with contextlib.suppress(OSError):
                    sink.shutdown(socket.SHUT_WR)
                link.ended += 1
                if link.ended == 2:
                    self._kill(link, reset=False)
                return
            try:
                sink.sendall(data)
            except OSError:
                self._kill(link, reset=False)
                return

    def _kill(self, link: _Link, *, reset: bool) -> None:
        with self._lock:
            if link.dead:
                return
            link.dead = True
            if reset:
                self.resets += 1
            if link in self._links:
                self._links.remove(link)
        for sock in (link.client, link.server):
            if reset:
                _rst(sock)
            else:
                with contextlib.suppress(OSError):
                    sock.close()

"""XAPI over HTTPS (XML-RPC and JSON-RPC), one endpoint per simulated host, as xapi serves it."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import ssl
import tempfile
import threading
import time
import xmlrpc.client
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from wizard.platforms import is_root
from wizard.simulator import (  # noqa: F401  (registers methods)
    api_core,
    errors,
    events,
    ha,
    network,
    pool,
    storage,
    vdi,
    wire,
)
from wizard.simulator.conform import answer_errors
from wizard.simulator.datamodel import load
from wizard.simulator.dispatch import Dispatcher, failure, success
from wizard.simulator.world import Machine, World

log = logging.getLogger(__name__)

# Set to 1 (the test suite does), every answer is checked against its datamodel result type.
CHECK_ANSWERS = "XENPOOL_SIM_CHECK_ANSWERS"

# Lets a lab put a socket into a host's network namespace before binding.
SocketFactory = Callable[[Machine], socket.socket]


def _play_link(seconds: float) -> None:
    """The time a round trip (or a connection's set-up) takes on the scenario's link."""
    time.sleep(seconds)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without this, Nagle and the
    # client's delayed ACK add 40 ms to every call.
    disable_nagle_algorithm = True
    server: _HostServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s %s", self.server.machine.name, format % args)

    _drop_answer = False  # this call's answer is lost (Faults.drop_next_answer)

    def do_POST(self) -> None:
        machine = self.server.machine
        if not machine.online:
            self.close_connection = True
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > 16 * 1024 * 1024:
            self.send_error(413)
            return
        body = self.rfile.read(length)
        timing = self.server.world.timing
        delay = timing.call_latency() + machine.extra_latency
        if delay:
            _play_link(delay)
        # xapi picks a handler by the longest path prefix: /jsonrpc… is JSON-RPC, the
        # rest (/, /RPC2, /json, XO's /xmlrpc) XML-RPC.
        if urlsplit(self.path).path.startswith("/jsonrpc"):
            self._json_rpc(machine, body)
        else:
            self._xml_rpc(machine, body)

    def _xml_rpc(self, machine: Machine, body: bytes) -> None:
        try:
            params, method = xmlrpc.client.loads(body, use_builtin_types=False)
        except Exception:
            self.send_error(500, "Malformed XML-RPC request")  # xapi: an unhandled parse error
            return
        if self._request_lost(method):
            return
        if method is None:
            response: dict[str, Any] = failure([errors.MESSAGE_METHOD_UNKNOWN, ""])
        else:
            response = self._dispatch(machine, method, params)
        if method == "system.listMethods" and response["Status"] == "Success":
            payload = wire.xml_response(response["Value"])  # the bare array, no Status
        else:
            payload = wire.xml_response(response)
        self._answer(machine, payload, "text/xml")

    def _json_rpc(self, machine: Machine, body: bytes) -> None:
        try:
            method, params, request_id, version2 = wire.parse_json_call(body)
        except wire.MalformedRequest:
            self.send_error(500, "Malformed JSON-RPC request")
            return
        if self._request_lost(method):
            return
        response = self._dispatch(machine, method, tuple(params))
        payload = wire.json_response(
            response, request_id, version2, raw_errors=method == "system.listMethods"
        )
        self._answer(machine, payload, "application/json")

    def _request_lost(self, method: str | None) -> bool:
        """Faults.lose_next_request: close without acting or answering."""
        lost = self.server.world.faults.lose_next_request
        if method not in lost:
            return False
        lost.discard(method)
        self.close_connection = True
        return True

    def _dispatch(self, machine: Machine, method: str, params: tuple[Any, ...]) -> dict[str, Any]:
        if method == "system.listMethods":  # answered before any session or datamodel check
            return success(list_methods())
        response = self.server.dispatcher.handle(machine, method, params)
        if response["Status"] == "Success" and os.environ.get(CHECK_ANSWERS) == "1":
            for problem in answer_errors(method, response["Value"])[:5]:
                log.error("answer not of its datamodel type: %s", problem)
        faults = self.server.world.faults
        if method in faults.drop_next_answer:
            faults.drop_next_answer.discard(method)
            self._drop_answer = True
        return response

    def _answer(self, machine: Machine, payload: bytes, content_type: str) -> None:
        if not machine.online or self._drop_answer:  # the client sees the connection close
            self._drop_answer = False
            self.close_connection = True
            return
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Headers", "X-Requested-With")
        self.end_headers()
        self.wfile.write(payload)

    def do_OPTIONS(self) -> None:
        # CORS preflight, as xapi's respond_to_options.
        asked = self.headers.get("Access-Control-Request-Headers")
        self.send_response(200)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header(
            "Access-Control-Allow-Headers",
            f"{asked}, X-Requested-With" if asked else "X-Requested-With",
        )
        self.send_header("Access-Control-Allow-Methods", "PUT")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        self.send_error(404)


def list_methods() -> list[str]:
    """Every synchronous wire name, as XAPI's generated server lists the datamodel's messages."""
    model = load()
    return sorted(f"{cls}.{name}" for cls, c in model.classes.items() for name in c.messages)


class _HostServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        sock: socket.socket,
        machine: Machine,
        world: World,
        dispatcher: Dispatcher,
        context: ssl.SSLContext,
    ) -> None:
        self.machine = machine
        self.world = world
        self.dispatcher = dispatcher
        super().__init__(sock.getsockname()[:2], _Handler, bind_and_activate=False)
        self.socket.close()
        self.socket = context.wrap_socket(sock, server_side=True, do_handshake_on_connect=False)

    def finish_request(self, request: Any, client_address: Any) -> None:
        setup = self.world.timing.connection_setup()
        if setup:  # on this connection's own thread, as a far link costs it
            _play_link(setup)
        try:
            request.do_handshake()
        except (ssl.SSLError, OSError):
            return
        super().finish_request(request, client_address)

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended abruptly", client_address)


def plain_socket(machine: Machine) -> socket.socket:
    return socket.socket(socket.AF_INET, socket.SOCK_STREAM)


class Endpoints:
    """Runs every machine's HTTPS endpoint on its own address and a shared port."""

    def __init__(self, world: World, socket_factory: SocketFactory = plain_socket) -> None:
        self.world = world
        self.dispatcher = Dispatcher(world)
        self.socket_factory = socket_factory
        self.servers: dict[str, _HostServer] = {}
        self.threads: dict[str, threading.Thread] = {}
        self._certdir = tempfile.TemporaryDirectory(prefix="xenpool-sim-")
        world.online_listeners.append(self._online_changed)

    def _online_changed(self, machine: Machine, online: bool) -> None:
        """A machine off the network refuses connections; back on, it listens again."""
        server = self.servers.get(machine.address)
        if not online and server is not None:
            server.shutdown()
            server.server_close()
            self.servers.pop(machine.address, None)
            self.threads.pop(machine.address, None)
        elif online and server is None and self.world.port:
            self._serve(machine, self._bind(machine, self.world.port))

    def start(self, port: int | None = None) -> int:
        """Bind every host; port None means 443 as root, else one free high port."""
        if port is None:
            port = 443 if is_root() else 0
        machines = list(self.world.machines.values())
        for attempt in range(20):
            chosen = port
            try:
                for machine in machines:
                    sock = self._bind(machine, chosen)
                    chosen = sock.getsockname()[1]
                    self._serve(machine, sock)
                self.world.port = chosen
                return chosen
            except OSError as exc:
                self.stop()
                if port != 0 or exc.errno != errno.EADDRINUSE or attempt == 19:
                    raise
        raise AssertionError("unreachable")

    def _bind(self, machine: Machine, port: int) -> socket.socket:
        sock = self.socket_factory(machine)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((machine.address, port))
        sock.listen(64)
        return sock

    def _context(self, machine: Machine) -> ssl.SSLContext:
        folder = Path(self._certdir.name)
        cert = folder / f"{machine.uuid}.pem"
        key = folder / f"{machine.uuid}.key"
        cert.write_bytes(machine.cert.cert_pem)
        key.write_bytes(machine.cert.key_pem)
        key.chmod(0o600)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.minimum_version = ssl.TLSVersion.TLSv1_2
        context.load_cert_chain(cert, key)
        return context

    def _serve(self, machine: Machine, sock: socket.socket) -> None:
        server = _HostServer(sock, machine, self.world, self.dispatcher, self._context(machine))
        thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.1},
            daemon=True,
            name=f"xapi {machine.name}",
        )
        thread.start()
        self.servers[machine.address] = server
        self.threads[machine.address] = thread

    def stop(self) -> None:
        for address, server in list(self.servers.items()):
            server.shutdown()
            server.server_close()
            self.threads[address].join(timeout=2)
        self.servers.clear()
        self.threads.clear()

    def close(self) -> None:
        self.stop()
        with contextlib.suppress(OSError):
            self._certdir.cleanup()

"""Scanning an address range for XAPI (loopback only)."""

from __future__ import annotations

import asyncio
import socket
import threading

import pytest

from wizard.discovery import ScanError, addresses, probe, scan
from wizard.simulator import Simulator


def test_address_specs() -> None:
    assert addresses("192.0.2.10") == ["192.0.2.10"]
    assert addresses("192.0.2.10-12") == ["192.0.2.10", "192.0.2.11", "192.0.2.12"]
    assert len(addresses("192.0.2.0/24")) == 254
    for bad in ("", "192.0.2.300", "192.0.2.20-10", "10.0.0.0/8", "hello"):
        with pytest.raises(ScanError):
            addresses(bad)


def test_scan_finds_the_simulated_hosts_with_their_fingerprints(sim: Simulator) -> None:
    base = sim.hosts[0].address.rsplit(".", 1)[0]
    seen: list[str] = []
    found = asyncio.run(
        scan(
            addresses(f"{base}.1-40"),
            port=sim.port,
            timeout=0.5,
            found=lambda f: seen.append(f.address),
        )
    )
    assert [(f.address, f.fingerprint) for f in found] == [
        (h.address, h.fingerprint) for h in sim.hosts
    ]
    assert sorted(seen) == sorted(h.address for h in sim.hosts)


def test_a_tls_server_that_is_not_xapi_is_not_a_host(sim: Simulator) -> None:
    # A plain TCP listener that never answers: a "silent" address.
    silent = socket.socket()
    silent.bind(("127.0.0.201", 0))
    silent.listen()
    try:
        assert asyncio.run(probe("127.0.0.201", silent.getsockname()[1], timeout=0.3)) is None
    finally:
        silent.close()
    assert asyncio.run(probe("127.0.0.202", sim.port, timeout=0.3)) is None  # closed port


def test_scan_stays_concurrent(sim: Simulator) -> None:
    # 50 silent listeners with a 1 s timeout must not take 50 s.
    listeners: list[socket.socket] = []
    port = 0
    for i in range(50):
        s = socket.socket()
        s.bind((f"127.0.3.{i + 1}", port))  # every one on the same port, silent
        s.listen()
        port = s.getsockname()[1]
        listeners.append(s)
    done = threading.Event()
    try:
        targets = [f"127.0.3.{i + 1}" for i in range(50)]
        result = asyncio.run(asyncio.wait_for(scan(targets, port=port, timeout=1.0), 10))
        done.set()
        assert result == []
    finally:
        for s in listeners:
            s.close()
    assert done.is_set()

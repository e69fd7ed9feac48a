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
    # the host name XAPI's certificate carries tells the hosts apart before any login
    assert [f.name for f in found] == ["xcp-01", "xcp-02", "xcp-03"]
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


def test_a_certificate_name_is_only_shown_plain_and_short() -> None:
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from wizard.xapi.fingerprints import certificate_name

    def der(common_name: str | None) -> bytes:
        key = ec.generate_private_key(ec.SECP256R1())
        attrs = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)] if common_name else []
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, "lab"))
        name = x509.Name(attrs)
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(1)
            .not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=1))
            .sign(key, hashes.SHA256())
        )
        return cert.public_bytes(serialization.Encoding.DER)

    assert certificate_name(der("xcp-01")) == "xcp-01"
    assert certificate_name(der(None)) == ""
    # bidi overrides and line breaks do not reach the table
    assert certificate_name(der("evil\u202ename\nrow" + "x" * 48)) == "evilnamerow" + "x" * 48
    assert certificate_name(b"not a certificate") == ""

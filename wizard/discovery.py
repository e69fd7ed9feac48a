"""Find XAPI hosts in an address range, concurrently.

An address counts as a XenServer/XCP-ng host when it completes a TLS
handshake on the XAPI port and answers an XML-RPC call the way XAPI does
(a ``SESSION_INVALID`` failure for a made-up session). No password is sent
while scanning; the certificate fingerprint is recorded for confirmation.
"""

from __future__ import annotations

import asyncio
import hashlib
import ipaddress
import ssl
import xmlrpc.client
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from wizard.i18n import translate
from wizard.xapi.fingerprints import certificate_name

PROBE_BODY = xmlrpc.client.dumps(("OpaqueRef:NULL",), "pool.get_all").encode()
MAX_HOSTS = 4096  # a /20 at most: scanning more is a typo, not a plan


class ScanError(ValueError):
    pass


@dataclass(frozen=True)
class Found:
    address: str
    fingerprint: str  # SHA-256 of the certificate, hex
    name: str = ""  # the certificate's subject name (XAPI puts the host name there)


def address_key(address: str) -> tuple[int, int, str]:
    """Hosts in numeric address order (192.0.2.9 before 192.0.2.10), names after them."""
    try:
        return (0, int(ipaddress.IPv4Address(address)), "")
    except ValueError:
        return (1, 0, address.lower())


def addresses(spec: str) -> list[str]:
    """``192.0.2.0/24``, ``192.0.2.10-192.0.2.40``, ``192.0.2.10-40`` or one address."""
    text = spec.strip()
    try:
        if "/" in text:
            network = ipaddress.IPv4Network(text, strict=False)
            if network.num_addresses > MAX_HOSTS + 2:
                raise ScanError(_too_many(spec, network.num_addresses))
            hosts = [str(a) for a in (network.hosts() if network.prefixlen < 31 else network)]
        elif "-" in text:
            first_text, last_text = (part.strip() for part in text.split("-", 1))
            first = ipaddress.IPv4Address(first_text)
            if "." not in last_text:
                last_text = first_text.rsplit(".", 1)[0] + "." + last_text
            last = ipaddress.IPv4Address(last_text)
            if last < first:
                raise ScanError(
                    translate("Discovery", "{spec}: the range ends before it starts").format(
                        spec=repr(spec)
                    )
                )
            if int(last) - int(first) >= MAX_HOSTS:
                raise ScanError(
                    translate("Discovery", "{spec} is longer than {limit} addresses").format(
                        spec=repr(spec), limit=MAX_HOSTS
                    )
                )
            hosts = [str(ipaddress.IPv4Address(n)) for n in range(int(first), int(last) + 1)]
        else:
            hosts = [str(ipaddress.IPv4Address(text))]
    except (ValueError, ipaddress.AddressValueError) as exc:
        if isinstance(exc, ScanError):
            raise
        raise ScanError(
            translate(
                "Discovery", "{spec} is not an address, a range (a-b) or a subnet (a/nn)"
            ).format(spec=repr(spec))
        ) from None
    if len(hosts) > MAX_HOSTS:
        raise ScanError(_too_many(spec, len(hosts)))
    return hosts


def _too_many(spec: str, count: int) -> str:
    return translate(
        "Discovery", "{spec} has {count} addresses; scan at most {limit} at once"
    ).format(spec=repr(spec), count=count, limit=MAX_HOSTS)


def _context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # pinned after the user confirms the fingerprint
    return context


async def probe(address: str, port: int = 443, timeout: float = 1.0) -> Found | None:
    """The host's fingerprint when XAPI answers there, else None."""
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection(address, port, ssl=_context()), timeout
        )
    except (TimeoutError, OSError, ssl.SSLError):
        return None
    try:
        ssl_object = writer.get_extra_info("ssl_object")
        der = ssl_object.getpeercert(binary_form=True) if ssl_object else None
        request = (
            f"POST / HTTP/1.1\r\nHost: {address}\r\nContent-Type: text/xml\r\n"
            f"Content-Length: {len(PROBE_BODY)}\r\nConnection: close\r\n\r\n"
        ).encode() + PROBE_BODY
        writer.write(request)
        await writer.drain()
        answer = await asyncio.wait_for(_read_reply(reader), timeout)
    except (TimeoutError, OSError, ssl.SSLError):
        return None
    finally:
        writer.close()
    if not der or b"SESSION_INVALID" not in answer:
        return None
    return Found(address, hashlib.sha256(der).hexdigest(), certificate_name(der))


async def _read_reply(reader: asyncio.StreamReader, limit: int = 65536) -> bytes:
    """Until the server closes (we asked for Connection: close) or the answer is complete
    (a server that keeps the connection open anyway), at most ``limit`` bytes."""
    data = b""
    while len(data) < limit:
        chunk = await reader.read(limit - len(data))
        if not chunk:
            break
        data += chunk
        if b"</methodResponse>" in data[-len(chunk) - 20 :]:
            break
    return data


async def scan(
    targets: Iterable[str],
    port: int = 443,
    timeout: float = 1.0,
    concurrency: int = 256,
    found: Callable[[Found], None] | None = None,
) -> list[Found]:
    """Probe every address at once (bounded); ``found`` is told of each host as it answers."""
    gate = asyncio.Semaphore(concurrency)
    results: list[Found] = []

    async def one(address: str) -> None:
        async with gate:
            hit = await probe(address, port, timeout)
        if hit is not None:
            results.append(hit)
            if found is not None:
                found(hit)

    await asyncio.gather(*(one(a) for a in targets))
    return sorted(results, key=lambda f: address_key(f.address))

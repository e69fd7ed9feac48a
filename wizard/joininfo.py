"""Join information: hosts and their confirmed certificate fingerprints in one pasteable line.

A consultant who has confirmed the hosts' fingerprints (at the console, or by a first
contact they trust) hands this line to a colleague or to another laptop; pasting it pins
those fingerprints before any password is sent, so nobody has to trust on first use.
The idea is Proxmox's "join information". The line carries no secret.

Format: ``XPW1-`` + base64url(JSON) + ``-`` + the first 8 hex digits of its SHA-256, so a
line damaged in an e-mail or chat is refused instead of pinning a wrong fingerprint.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import ipaddress
import json
import re
from dataclasses import dataclass

from wizard.i18n import translate
from wizard.xapi.fingerprints import normalise_fingerprint

PREFIX = "XPW1-"
MAX_LENGTH = 64_000  # a few hundred hosts; anything longer is not ours
_SHA256_HEX = re.compile(r"^[0-9a-f]{64}$")


class JoinInfoError(ValueError):
    """The pasted text is not usable join information; the message says why."""


@dataclass(frozen=True)
class JoinHost:
    address: str
    port: int
    fingerprint: str  # SHA-256 of the host's TLS certificate, lower-case hex


@dataclass(frozen=True)
class JoinInfo:
    pool_name: str
    hosts: tuple[JoinHost, ...]


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode("ascii")).hexdigest()[:8]


def encode(info: JoinInfo) -> str:
    payload = {
        "pool": info.pool_name,
        "hosts": [[h.address, h.port, normalise_fingerprint(h.fingerprint)] for h in info.hosts],
    }
    raw = json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    body = base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")
    return f"{PREFIX}{body}-{_checksum(body)}"


def line_for(pool_name: str, port: int, fingerprints: dict[str, str]) -> str:
    """The line to hand over for these hosts (address -> confirmed fingerprint); "" for none."""
    hosts = tuple(JoinHost(address, port, fp) for address, fp in fingerprints.items())
    return encode(JoinInfo(pool_name, hosts)) if hosts else ""


def decode(text: str) -> JoinInfo:
    """Parse pasted join information; every problem is a JoinInfoError in plain words."""
    line = "".join(text.split())  # mail clients wrap long lines
    if len(line) > MAX_LENGTH:
        raise JoinInfoError(
            translate("JoinInfo", "The pasted text is far too long to be join information.")
        )
    if not line.startswith(PREFIX):
        raise JoinInfoError(
            translate(
                "JoinInfo",
                "This is not xenpool-wizard join information (that starts with {prefix}).",
            ).format(prefix=PREFIX)
        )
    body, _, check = line[len(PREFIX) :].rpartition("-")
    if not body or _checksum(body) != check.lower():
        raise JoinInfoError(
            translate(
                "JoinInfo",
                "The join information is damaged (its checksum does not match): copy it again.",
            )
        )
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        payload = json.loads(raw.decode("utf-8"))
    except (binascii.Error, ValueError):
        raise JoinInfoError(
            translate("JoinInfo", "The join information cannot be read: copy it again.")
        ) from None
    return _parse(payload)


def _parse(payload: object) -> JoinInfo:
    if not isinstance(payload, dict) or not isinstance(payload.get("hosts"), list):
        raise JoinInfoError(translate("JoinInfo", "The join information lists no hosts."))
    pool_name = payload.get("pool", "")
    if not isinstance(pool_name, str) or len(pool_name) > 128:
        pool_name = ""
    hosts: list[JoinHost] = []
    for index, entry in enumerate(payload["hosts"], start=1):
        if not (isinstance(entry, list) and len(entry) == 3):
            raise JoinInfoError(
                translate(
                    "JoinInfo", "Host {number} of the join information is incomplete."
                ).format(number=index)
            )
        address, port, fingerprint = entry
        try:
            ipaddress.ip_address(str(address))
        except ValueError:
            raise JoinInfoError(
                translate("JoinInfo", "Host {number}: {address} is not an IP address.").format(
                    number=index, address=repr(str(address)[:60])
                )
            ) from None
        if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
            raise JoinInfoError(
                translate("JoinInfo", "Host {number}: the port must be 1-65535.").format(
                    number=index
                )
            )
        clean = normalise_fingerprint(str(fingerprint))
        if not _SHA256_HEX.match(clean):
            raise JoinInfoError(
                translate(
                    "JoinInfo", "Host {number}: the fingerprint is not a SHA-256 fingerprint."
                ).format(number=index)
            )
        hosts.append(JoinHost(str(address), port, clean))
    if not hosts:
        raise JoinInfoError(translate("JoinInfo", "The join information lists no hosts."))
    return JoinInfo(pool_name, tuple(hosts))

"""Which certificate fingerprint each host is trusted with (TLS pinning).

A fingerprint comes from the plan, from the pin store (confirmed earlier),
or from the user confirming it on first contact. Unattended runs may pin
on first use when told to (``apply --yes``), and say so. A mismatch with a
planned or pinned fingerprint is always a hard stop.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from pathlib import Path

from wizard.i18n import translate
from wizard.platforms import write_private
from wizard.xapi.errors import HostUnreachable
from wizard.xapi.fingerprints import normalise_fingerprint

# Asked on first contact: (address, fingerprint) -> accept?
ConfirmFingerprint = Callable[[str, str], bool]


class PinStore:
    """Fingerprints confirmed earlier, kept in a small JSON file (or only in memory)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._pins: dict[str, str] = {}
        if path is not None and path.exists():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            if isinstance(data, dict):
                self._pins = {str(k): normalise_fingerprint(str(v)) for k, v in data.items()}

    def get(self, address: str) -> str:
        with self._lock:
            return self._pins.get(address, "")

    def pin(self, address: str, fingerprint: str) -> None:
        self.pin_many({address: fingerprint})

    def pin_many(self, fingerprints: dict[str, str]) -> None:
        """Pin several hosts with one write of the file (trusting 64 hosts at once)."""
        with self._lock:
            for address, fingerprint in fingerprints.items():
                self._pins[address] = normalise_fingerprint(fingerprint)
            if self.path is None or not fingerprints:
                return
            # Whoever can write the pins can redirect the trust: the user's own file only.
            write_private(self.path, json.dumps(self._pins, indent=1, sort_keys=True))


class Trust:
    """Decides the fingerprint to pin for each address before any password is sent."""

    def __init__(
        self,
        store: PinStore,
        *,
        planned: dict[str, str] | None = None,
        confirm: ConfirmFingerprint | None = None,
        pin_unknown: bool = False,
        notify: Callable[[str], None] = lambda _message: None,
        port: int = 443,
    ) -> None:
        self.store = store
        self.planned = {a: normalise_fingerprint(f) for a, f in (planned or {}).items() if f}
        self.confirm = confirm
        self.pin_unknown = pin_unknown
        self.notify = notify
        self.port = port

    def expected(self, address: str) -> str:
        """The fingerprint the host must present; a plan that contradicts a pin is a hard stop."""
        from wizard.xapi.transport import PlanPinConflict

        planned = self.planned.get(address, "")
        pinned = self.store.get(address)
        if planned and pinned and normalise_fingerprint(pinned) != planned:
            raise PlanPinConflict(address, planned, pinned)
        return planned or pinned

    def fingerprint_for(self, address: str) -> str:
        import ssl  # here, not at start-up (10 ms before the first page)

        from wizard.xapi.fingerprints import format_fingerprint
        from wizard.xapi.transport import (
            CertificateMismatch,
            CertificateNotTrusted,
            fetch_fingerprint,
        )

        expected = self.expected(address)  # a plan/pin disagreement stops before any contact
        if expected and self.store.get(address) == expected:
            # Pinned: the call's own connection checks it before sending a byte
            # (transport.PinnedTransport). A fetch first was a second TCP and TLS set-up per
            # login: one or two round trips more over a VPN, and with 64 hosts, 64 more
            # handshakes on worker threads while the window waits for its turn of the GIL.
            return expected
        try:
            seen = fetch_fingerprint(address, self.port)
        except (OSError, ssl.SSLError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise HostUnreachable(
                translate(
                    "XapiErrors", "{address} did not answer on port {port} ({reason})"
                ).format(address=address, port=self.port, reason=reason),
                translate(
                    "XapiErrors",
                    "Check that the host is powered on and that its management address is "
                    "reachable from this computer.",
                ),
            ) from None
        expected = self.expected(address)
        if expected:
            if seen != expected:
                raise CertificateMismatch(address, expected, seen)
            if not self.store.get(address):
                self.store.pin(address, seen)
            return expected
        if self.pin_unknown:
            self.notify(
                translate(
                    "XapiErrors",
                    "{address}: trusting its certificate on first use (SHA-256 {fingerprint}); "
                    "it is pinned from now on.",
                ).format(address=address, fingerprint=format_fingerprint(seen))
            )
        elif self.confirm is None or not self.confirm(address, seen):
            raise CertificateNotTrusted(address, seen)
        self.store.pin(address, seen)
        return seen

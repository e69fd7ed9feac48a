"""Certificate and host-key fingerprints as users see them (kept light: imported at start-up)."""

from __future__ import annotations

import functools


def normalise_fingerprint(text: str) -> str:
    return text.replace(":", "").replace(" ", "").strip().lower()


@functools.lru_cache(maxsize=1024)
def format_fingerprint(fingerprint: str) -> str:
    """AB:CD:... the way browsers and `openssl x509 -fingerprint` show it (remembered: the
    Hosts page writes each host's twice whenever the 64 rows are compared)."""
    clean = normalise_fingerprint(fingerprint)
    return ":".join(clean[i : i + 2] for i in range(0, len(clean), 2)).upper()


def certificate_name(der: bytes) -> str:
    """The host name a certificate names (its subject CN; XAPI's own certificates carry
    the host name there), or "" when there is none or the certificate cannot be read.
    Shown before login to tell scanned hosts apart; never used to trust one."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        names = x509.load_der_x509_certificate(der).subject.get_attributes_for_oid(
            NameOID.COMMON_NAME
        )
    except ValueError:
        return ""
    text = str(names[0].value) if names else ""
    # a name only: what a hostile certificate puts here is shown, so keep it short and plain
    return "".join(ch for ch in text if ch.isprintable())[:64]


__all__ = ["certificate_name", "format_fingerprint", "normalise_fingerprint"]

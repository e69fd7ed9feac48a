"""Certificate and host-key fingerprints as users see them (kept light: imported at start-up)."""

from __future__ import annotations


def normalise_fingerprint(text: str) -> str:
    return text.replace(":", "").replace(" ", "").strip().lower()


def format_fingerprint(fingerprint: str) -> str:
    """AB:CD:... the way browsers and `openssl x509 -fingerprint` show it."""
    clean = normalise_fingerprint(fingerprint)
    return ":".join(clean[i : i + 2] for i in range(0, len(clean), 2)).upper()


__all__ = ["format_fingerprint", "normalise_fingerprint"]

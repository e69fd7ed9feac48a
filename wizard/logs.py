"""Logging: a rotating file per user, secrets redacted before anything is written."""

from __future__ import annotations

import logging
import logging.handlers
import threading
from pathlib import Path

_secrets: set[str] = set()
_lock = threading.Lock()
MASK = "********"


def register_secret(secret: str) -> None:
    """Every later log record has this text masked, whatever logger wrote it."""
    if secret and len(secret) >= 3:
        with _lock:
            _secrets.add(secret)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        text = text.replace(secret, MASK)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path("xenpool-wizard")


def log_file() -> Path:
    """The file setup() logs to (error messages name it)."""
    return log_dir() / "xenpool-wizard.log"


def setup(verbose: bool = False) -> Path:
    """Log to a rotating file (and to stderr with --verbose); returns the log file."""
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger("wizard")
    root.setLevel(logging.DEBUG)
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler.addFilter(RedactingFilter())
    root.addHandler(file_handler)
    if verbose:
        console = logging.StreamHandler()
        console.setLevel(logging.DEBUG)
        console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        console.addFilter(RedactingFilter())
        root.addHandler(console)
    return path

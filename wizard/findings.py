"""Findings: what a check or validation found, for one field or host."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from wizard.i18n import QT_TRANSLATE_NOOP, translate


class Severity(StrEnum):
    ERROR = "error"  # a blocker: nothing is changed while one stands
    WARNING = "warning"  # works, but the user must acknowledge it
    INFO = "info"

    @property
    def label(self) -> str:
        """The severity as shown to the user (``value`` stays the machine form)."""
        return translate("Findings", _SEVERITY_LABELS[self])


_SEVERITY_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("Findings", "error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("Findings", "warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("Findings", "info"),
}


def check_label(check: str) -> str:
    """A check's name as shown to the user (``Finding.check`` stays the English key).

    The checks mark their names with ``QT_TRANSLATE_NOOP("Checks", ...)``.
    """
    return translate("Checks", check) if check else ""


@dataclass(frozen=True)
class Finding:
    severity: Severity
    subject: str  # a plan field path ("storage_network.vlan") or a host address
    message: str  # what is wrong, in plain words
    fix: str = ""  # what to do about it
    check: str = ""  # which check produced it (for the compatibility matrix)
    evidence: str = ""  # what was seen on the host
    # a join blocker XAPI's pool.join_force skips: what forcing it costs the pool
    force_cost: str = ""

    @classmethod
    def error(cls, subject: str, message: str, fix: str = "", **extra: Any) -> Finding:
        return cls(Severity.ERROR, subject, message, fix, **extra)

    @classmethod
    def warning(cls, subject: str, message: str, fix: str = "", **extra: Any) -> Finding:
        return cls(Severity.WARNING, subject, message, fix, **extra)

    @classmethod
    def info(cls, subject: str, message: str, fix: str = "", **extra: Any) -> Finding:
        return cls(Severity.INFO, subject, message, fix, **extra)

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def forceable(self) -> bool:
        return bool(self.force_cost)

    @property
    def check_label(self) -> str:
        return check_label(self.check)

    def render(self) -> str:
        text = translate("Findings", "{severity}: {subject}: {message}").format(
            severity=self.severity.label, subject=self.subject, message=self.message
        )
        if self.evidence:
            text += translate("Findings", " (seen: {evidence})").format(evidence=self.evidence)
        if self.fix:
            text += "\n    -> " + self.fix
        return text


def has_blockers(findings: list[Finding]) -> bool:
    return any(f.blocking for f in findings)

"""Findings: what a check or validation found, for one field or host."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"  # a blocker: nothing is changed while one stands
    WARNING = "warning"  # works, but the user must acknowledge it
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    subject: str  # a plan field path ("storage_network.vlan") or a host address
    message: str  # what is wrong, in plain words
    fix: str = ""  # what to do about it
    check: str = ""  # which check produced it (for the compatibility matrix)
    evidence: str = ""  # what was seen on the host

    @classmethod
    def error(cls, subject: str, message: str, fix: str = "", **extra: str) -> Finding:
        return cls(Severity.ERROR, subject, message, fix, **extra)

    @classmethod
    def warning(cls, subject: str, message: str, fix: str = "", **extra: str) -> Finding:
        return cls(Severity.WARNING, subject, message, fix, **extra)

    @classmethod
    def info(cls, subject: str, message: str, fix: str = "", **extra: str) -> Finding:
        return cls(Severity.INFO, subject, message, fix, **extra)

    @property
    def blocking(self) -> bool:
        return self.severity is Severity.ERROR

    def render(self) -> str:
        text = f"{self.severity.value}: {self.subject}: {self.message}"
        if self.evidence:
            text += f" (seen: {self.evidence})"
        if self.fix:
            text += f"\n    -> {self.fix}"
        return text


def has_blockers(findings: list[Finding]) -> bool:
    return any(f.blocking for f in findings)

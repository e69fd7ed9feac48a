"""The build journal: what was done, per step and host, with the objects made.

Written atomically after every state change (write a temporary file, then
rename), so a run that is killed leaves a journal that a resumed run and the
report can read. It holds no secrets: only progress messages, the pre-flight
findings and XAPI uuids (every text passes the log's redaction first).

``created`` holds, per step and host, the uuids of what the build made (or
found in place): the pool, each host, the storage network with each host's
VLAN and PIF, each SR with each host's PBD, the heartbeat SR and HA's state.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.findings import Finding, Severity
from wizard.logs import redact
from wizard.steps.base import Progress, State

WRITE_EVERY = 1.0  # seconds between journal writes while a step reports progress


def default_path(pool_name: str, master_address: str) -> Path:
    """Where a pool's journal lives unless told otherwise: one per pool and master."""
    from platformdirs import user_state_path

    safe = re.sub(r"[^A-Za-z0-9_.-]+", "-", f"{pool_name}-{master_address}")
    return user_state_path("xenpool-wizard") / "journals" / f"{safe}.json"


@dataclass
class JournalEntry:
    at: float
    step: str
    host: str
    state: str
    message: str


@dataclass
class JournalData:
    plan: str = ""
    runs: int = 0
    entries: list[JournalEntry] = field(default_factory=list)
    objects: dict[str, str] = field(default_factory=dict)  # e.g. "sr:data" -> SR uuid
    # step -> host address (or "pool") -> what -> uuid (or state), e.g.
    # created["network"]["192.0.2.11"] == {"pif": "...", "vlan": "..."}
    created: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    # The latest pre-flight's warnings and errors (Finding fields, machine form).
    findings: list[dict[str, str]] = field(default_factory=list)


def _text_map(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items() if not isinstance(v, (dict, list))}


def _created(value: Any) -> dict[str, dict[str, dict[str, str]]]:
    if not isinstance(value, dict):
        return {}
    return {
        str(step): {str(host): _text_map(objects) for host, objects in hosts.items()}
        for step, hosts in value.items()
        if isinstance(hosts, dict)
    }


FINDING_FIELDS = ("severity", "subject", "message", "fix", "check", "evidence")


class Journal:
    def __init__(self, path: Path | None, plan_name: str = "") -> None:
        self.path = path
        self._lock = threading.Lock()
        self.data = self._read() if path is not None else JournalData()
        self.data.plan = plan_name or self.data.plan
        self._last: dict[tuple[str, str], str] = {}
        self._pending = False  # entries in memory that are not on disk yet
        self._written = 0.0  # time.monotonic() of the last write

    def _read(self) -> JournalData:
        assert self.path is not None
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return JournalData()
        if not isinstance(raw, dict):
            return JournalData()
        entries = []
        for item in raw.get("entries", []):
            try:
                entries.append(JournalEntry(**item))
            except TypeError:
                continue  # a damaged entry does not hide the others
        findings = raw.get("findings", [])
        return JournalData(
            plan=str(raw.get("plan", "")),
            runs=int(raw.get("runs", 0)) if str(raw.get("runs", "0")).isdigit() else 0,
            entries=entries,
            objects=_text_map(raw.get("objects", {})),
            created=_created(raw.get("created", {})),
            findings=[_text_map(f) for f in findings if isinstance(f, dict)]
            if isinstance(findings, list)
            else [],
        )

    def start_run(self) -> None:
        with self._lock:
            self.data.runs += 1
            self.data.entries.append(
                JournalEntry(time.time(), "run", "pool", "started", f"run {self.data.runs}")
            )
            self._write()

    def record(self, event: Progress) -> None:
        """Keep state changes only; progress fractions would make it huge.

        With 64 hosts that is thousands of changes: they reach the disk at most once a
        second, a failure at once, and everything at the end of each step (``note``).
        Steps find what is already there on the hosts, so a crash losing the last second
        costs the report a line, never the resume.
        """
        key = (event.step, event.host)
        if event.state is State.RUNNING and self._last.get(key) == State.RUNNING.value:
            return
        with self._lock:
            self._last[key] = event.state.value
            self.data.entries.append(
                JournalEntry(
                    time.time(), event.step, event.host, event.state.value, redact(event.message)
                )
            )
            if event.state is State.FAILED or time.monotonic() - self._written >= WRITE_EVERY:
                self._write()
            else:
                self._pending = True

    def flush(self) -> None:
        """Write what ``record`` kept back."""
        with self._lock:
            if self._pending:
                self._write()

    def remember(self, key: str, value: str) -> None:
        with self._lock:
            self.data.objects[key] = value
            self._write()

    def note(self, step: str, objects: dict[str, dict[str, str]]) -> None:
        """What ``step`` made (or found in place), per host: one write for the lot."""
        if not objects:
            return
        with self._lock:
            hosts = self.data.created.setdefault(step, {})
            for host, found in objects.items():
                hosts.setdefault(host, {}).update({k: redact(str(v)) for k, v in found.items()})
            self._write()

    def set_findings(self, findings: list[Finding]) -> None:
        """Keep the warnings and errors of the latest pre-flight (the report lists them)."""
        kept = [
            {name: redact(str(getattr(f, name))) for name in FINDING_FIELDS}
            for f in findings
            if f.severity is not Severity.INFO
        ]
        with self._lock:
            self.data.findings = kept
            self._write()

    def findings(self) -> list[Finding]:
        out = []
        for item in self.data.findings:
            try:
                severity = Severity(item.get("severity", ""))
            except ValueError:
                continue
            out.append(
                Finding(
                    severity,
                    item.get("subject", ""),
                    item.get("message", ""),
                    item.get("fix", ""),
                    item.get("check", ""),
                    item.get("evidence", ""),
                )
            )
        return out

    def step_seconds(self) -> dict[str, float]:
        """Wall time of each step (first entry to last) in the latest run that worked on it.

        A resumed build skips what an earlier run finished: the time shown for such a
        step is that of the run that did the work, not the skip.
        """
        runs: list[list[JournalEntry]] = [[]]
        for entry in self.data.entries:
            if entry.step == "run":
                runs.append([])
            else:
                runs[-1].append(entry)
        seconds: dict[str, float] = {}
        worked: set[str] = set()
        for run in runs:
            spans: dict[str, list[float]] = {}
            busy: set[str] = set()
            for entry in run:
                span = spans.setdefault(entry.step, [entry.at, entry.at])
                span[0] = min(span[0], entry.at)
                span[1] = max(span[1], entry.at)
                if entry.state != State.SKIPPED.value:
                    busy.add(entry.step)
            for step, (start, end) in spans.items():
                if step in busy or step not in worked:
                    seconds[step] = round(end - start, 3)
                if step in busy:
                    worked.add(step)
        return seconds

    def _write(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        data = self.data
        payload: dict[str, Any] = {
            "plan": data.plan,
            "runs": data.runs,
            "entries": [vars(entry) for entry in data.entries],
            "objects": data.objects,
            "created": data.created,
            "findings": data.findings,
        }
        self._pending = False
        self._written = time.monotonic()
        with open(tmp, "w", encoding="utf-8") as handle:
            # Compact, from the C encoder: indent= would use the slow pure-Python one.
            handle.write(json.dumps(payload, ensure_ascii=False))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

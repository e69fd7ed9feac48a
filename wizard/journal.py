"""The build journal: what was done, per step and host, with the objects made.

An append-only file of JSON lines: each change adds one short line, so a
64-host build writes a few bytes per event instead of the whole history (the
old single-document format cost the GUI thread 50 ms per write once a lab had
been rebuilt a few times). A run that is killed leaves at worst a cut-off last
line, which reading skips. Each new run first rewrites the file as one
snapshot line (atomically: a temporary file, then rename) keeping the entries
of the latest runs only. It holds no secrets: only progress messages, the
pre-flight findings and XAPI uuids (every text passes the log's redaction first).

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
from wizard.progress import Progress, State

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
    # The storage path as checked from each host over SSH (address or "pool" -> findings).
    host_checks: dict[str, list[dict[str, str]]] = field(default_factory=dict)
    # step -> its own duration in the latest run that worked on it (the engine's clock):
    # not the span of its journal lines, which may hold the user's think time between runs.
    seconds: dict[str, float] = field(default_factory=dict)


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


KEEP_RUNS = 10  # runs whose entries a new run keeps (the report needs the latest only)


def _entry(value: Any) -> JournalEntry | None:
    if not isinstance(value, dict):
        return None
    try:
        return JournalEntry(**value)
    except TypeError:
        return None  # a damaged entry does not hide the others


def _snapshot(raw: dict[str, Any]) -> JournalData:
    entries = [e for e in map(_entry, raw.get("entries", [])) if e is not None]
    findings = raw.get("findings", [])
    return JournalData(
        plan=str(raw.get("plan", "")),
        runs=int(raw.get("runs", 0)) if str(raw.get("runs", "0")).isdigit() else 0,
        entries=entries,
        objects=_text_map(raw.get("objects", {})),
        created=_created(raw.get("created", {})),
        findings=_findings(findings),
        host_checks=_host_checks(raw.get("host_checks", {})),
        seconds=_seconds(raw.get("seconds", {})),
    )


def _seconds(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        return {}
    return {str(k): float(v) for k, v in value.items() if isinstance(v, (int, float)) and v >= 0}


def _findings(value: Any) -> list[dict[str, str]]:
    return [_text_map(f) for f in value if isinstance(f, dict)] if isinstance(value, list) else []


def _host_checks(value: Any) -> dict[str, list[dict[str, str]]]:
    if not isinstance(value, dict):
        return {}
    return {str(host): _findings(found) for host, found in value.items()}


def _finding_record(finding: Finding) -> dict[str, str]:
    return {name: redact(str(getattr(finding, name))) for name in FINDING_FIELDS}


def _finding_of(item: dict[str, str]) -> Finding | None:
    try:
        severity = Severity(item.get("severity", ""))
    except ValueError:
        return None
    return Finding(
        severity,
        item.get("subject", ""),
        item.get("message", ""),
        item.get("fix", ""),
        item.get("check", ""),
        item.get("evidence", ""),
    )


def _replay(data: JournalData, line: dict[str, Any]) -> JournalData:
    """``data`` with one journal line applied to it."""
    if "snapshot" in line and isinstance(line["snapshot"], dict):
        return _snapshot(line["snapshot"])
    if "entries" in line:  # the single-document format of earlier versions
        return _snapshot(line)
    if "entry" in line and (entry := _entry(line["entry"])) is not None:
        data.entries.append(entry)
        if entry.step == "run":
            data.runs += 1
    if isinstance(line.get("plan"), str):
        data.plan = line["plan"]
    if "objects" in line:
        data.objects.update(_text_map(line["objects"]))
    if "created" in line:
        for step, hosts in _created(line["created"]).items():
            for host, found in hosts.items():
                data.created.setdefault(step, {}).setdefault(host, {}).update(found)
    if "findings" in line:
        data.findings = _findings(line["findings"])
    if line.get("host_checks_cleared") is True:
        data.host_checks = {}
    if "host_checks" in line:
        data.host_checks.update(_host_checks(line["host_checks"]))
    if "seconds" in line:
        data.seconds.update(_seconds(line["seconds"]))
    return data


class Journal:
    def __init__(self, path: Path | None, plan_name: str = "") -> None:
        self.path = path
        self._lock = threading.Lock()
        self.data = self._read() if path is not None else JournalData()
        self._last: dict[tuple[str, str], str] = {}
        self._pending: list[dict[str, Any]] = []  # journal lines not on disk yet
        self._written = 0.0  # time.monotonic() of the last write
        self._tail_checked = False  # whether the file is known to end with a whole line
        if plan_name and plan_name != self.data.plan:
            self.data.plan = plan_name
            self._pending.append({"plan": plan_name})

    def _read(self) -> JournalData:
        assert self.path is not None
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            return JournalData()
        data = JournalData()
        for raw in text.splitlines():
            try:
                line = json.loads(raw)
            except ValueError:
                continue  # a line cut off by a kill, or damage: the rest still counts
            if isinstance(line, dict):
                data = _replay(data, line)
        return data

    def start_run(self) -> None:
        """Count a new run, and start its file afresh: one snapshot line, older runs trimmed."""
        with self._lock:
            self.data.runs += 1
            self.data.entries.append(
                JournalEntry(time.time(), "run", "pool", "started", f"run {self.data.runs}")
            )
            starts = [i for i, e in enumerate(self.data.entries) if e.step == "run"]
            if len(starts) > KEEP_RUNS:
                del self.data.entries[: starts[-KEEP_RUNS]]
            self._compact()

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
            entry = JournalEntry(
                time.time(), event.step, event.host, event.state.value, redact(event.message)
            )
            self.data.entries.append(entry)
            self._pending.append({"entry": vars(entry)})
            if event.state is State.FAILED or time.monotonic() - self._written >= WRITE_EVERY:
                self._write()

    def flush(self) -> None:
        """Write what ``record`` kept back."""
        with self._lock:
            if self._pending:
                self._write()

    def remember(self, key: str, value: str) -> None:
        with self._lock:
            self.data.objects[key] = value
            self._pending.append({"objects": {key: value}})
            self._write()

    def note(self, step: str, objects: dict[str, dict[str, str]]) -> None:
        """What ``step`` made (or found in place), per host: one write for the lot."""
        if not objects:
            return
        kept = {
            host: {k: redact(str(v)) for k, v in found.items()} for host, found in objects.items()
        }
        with self._lock:
            hosts = self.data.created.setdefault(step, {})
            for host, found in kept.items():
                hosts.setdefault(host, {}).update(found)
            self._pending.append({"created": {step: kept}})
            self._write()

    def set_findings(self, findings: list[Finding]) -> None:
        """Keep the warnings and errors of the latest pre-flight (the report lists them)."""
        kept = [_finding_record(f) for f in findings if f.severity is not Severity.INFO]
        with self._lock:
            self.data.findings = kept
            self._pending.append({"findings": kept})
            self._write()

    def findings(self) -> list[Finding]:
        return [f for f in map(_finding_of, self.data.findings) if f is not None]

    def set_host_checks(self, host: str, findings: list[Finding]) -> None:
        """What checking the storage path from ``host`` over SSH found (the report's proof)."""
        kept = [_finding_record(f) for f in findings]
        with self._lock:
            self.data.host_checks[host] = kept
            self._pending.append({"host_checks": {host: kept}})
            self._write()

    def clear_host_checks(self) -> None:
        with self._lock:
            self.data.host_checks = {}
            self._pending.append({"host_checks_cleared": True})
            self._write()

    def host_checks(self) -> dict[str, list[Finding]]:
        return {
            host: [f for f in map(_finding_of, found) if f is not None]
            for host, found in self.data.host_checks.items()
        }

    def note_seconds(self, step: str, seconds: float) -> None:
        """How long ``step`` took doing its work (a skip does not count)."""
        with self._lock:
            self.data.seconds[step] = round(seconds, 3)
            self._pending.append({"seconds": {step: round(seconds, 3)}})
            self._write()

    def step_seconds(self) -> dict[str, float]:
        """Each step's own duration in the latest run that worked on it.

        A resumed build skips what an earlier run finished: the time shown for such a
        step is that of the run that did the work, not the skip. A journal of an earlier
        version, without the steps' own durations, gives the span of the step's lines.
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
                if entry.state == State.SKIPPED.value:
                    continue  # a skip takes no time of its own, however late it came
                if entry.step not in busy:
                    span[0] = span[1] = entry.at
                span[0] = min(span[0], entry.at)
                span[1] = max(span[1], entry.at)
                busy.add(entry.step)
            for step, (start, end) in spans.items():
                if step in busy or step not in worked:
                    seconds[step] = round(end - start, 3)
                if step in busy:
                    worked.add(step)
        return {step: self.data.seconds.get(step, span) for step, span in seconds.items()}

    def _write(self) -> None:
        """Append the lines kept back since the last write."""
        lines, self._pending = self._pending, []
        self._written = time.monotonic()
        if self.path is None or not lines:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
        with open(self.path, "ab") as handle:
            if handle.tell() > 0 and not self._tail_checked:
                # A killed run may have left half a line: start on a line of our own.
                with open(self.path, "rb") as reader:
                    reader.seek(-1, os.SEEK_END)
                    if reader.read(1) != b"\n":
                        text = "\n" + text
            self._tail_checked = True
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())

    def _compact(self) -> None:
        """The whole journal as one snapshot line, replacing the file atomically."""
        self._pending = []
        self._written = time.monotonic()
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        data = self.data
        snapshot: dict[str, Any] = {
            "plan": data.plan,
            "runs": data.runs,
            "entries": [vars(entry) for entry in data.entries],
            "objects": data.objects,
            "created": data.created,
            "findings": data.findings,
            "host_checks": data.host_checks,
            "seconds": data.seconds,
        }
        with open(tmp, "w", encoding="utf-8") as handle:
            # Compact, from the C encoder: indent= would use the slow pure-Python one.
            handle.write(json.dumps({"snapshot": snapshot}, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)
        self._tail_checked = True

"""The build journal: what was done, per step and host, with the objects made.

Written atomically after every state change (write a temporary file, then
rename), so a run that is killed leaves a journal that a resumed run and the
report can read. It holds no secrets: only progress messages and XAPI uuids.
"""

from __future__ import annotations

import json
import os
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from wizard.steps.base import Progress, State


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
    objects: dict[str, str] = field(default_factory=dict)  # e.g. "sr:iSCSI storage" -> SR uuid


class Journal:
    def __init__(self, path: Path | None, plan_name: str = "") -> None:
        self.path = path
        self._lock = threading.Lock()
        self.data = self._read() if path is not None else JournalData()
        self.data.plan = plan_name or self.data.plan
        self._last: dict[tuple[str, str], str] = {}

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
        objects = raw.get("objects", {})
        return JournalData(
            plan=str(raw.get("plan", "")),
            runs=int(raw.get("runs", 0)) if str(raw.get("runs", "0")).isdigit() else 0,
            entries=entries,
            objects={str(k): str(v) for k, v in objects.items()}
            if isinstance(objects, dict)
            else {},
        )

    def start_run(self) -> None:
        with self._lock:
            self.data.runs += 1
            self.data.entries.append(
                JournalEntry(time.time(), "run", "pool", "started", f"run {self.data.runs}")
            )
            self._write()

    def record(self, event: Progress) -> None:
        """Keep state changes only; progress fractions would make it huge."""
        key = (event.step, event.host)
        if event.state is State.RUNNING and self._last.get(key) == State.RUNNING.value:
            return
        with self._lock:
            self._last[key] = event.state.value
            self.data.entries.append(
                JournalEntry(time.time(), event.step, event.host, event.state.value, event.message)
            )
            self._write()

    def remember(self, key: str, value: str) -> None:
        with self._lock:
            self.data.objects[key] = value
            self._write()

    def step_seconds(self) -> dict[str, float]:
        """Wall time of each step in the latest run (first running to last done)."""
        runs = [i for i, e in enumerate(self.data.entries) if e.step == "run"]
        latest = self.data.entries[runs[-1] :] if runs else self.data.entries
        spans: dict[str, list[float]] = {}
        for entry in latest:
            if entry.step == "run":
                continue
            span = spans.setdefault(entry.step, [entry.at, entry.at])
            span[0] = min(span[0], entry.at)
            span[1] = max(span[1], entry.at)
        return {step: round(end - start, 3) for step, (start, end) in spans.items()}

    def _write(self) -> None:
        if self.path is None:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        payload: dict[str, Any] = asdict(self.data)
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(payload, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path)

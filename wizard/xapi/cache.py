"""One connection's objects, kept current by ``event.from`` (as Xen Orchestra keeps its own).

The first sync asks ``event.from(classes, "", 0)``: XAPI answers every current object of those
classes as an ``add`` and a token, in one round trip and one consistent snapshot (instead of a
``get_all_records`` per class). Every later sync asks for what changed since the token
(``add``/``mod`` carry the whole record, ``del`` drops it): one small call however many
classes are read. ``timeout`` 0 makes XAPI answer at once, with nothing if nothing changed.

Freshness: a sync started after a call returned sees that call's effect (XAPI applied it
before answering, and the token only moves forward), so a read made right after a sync is
at least as new as every write this process finished before it. ``records(fresh=False)``
may answer from memory only while no write was made since the last sync began (see
``aio.WRITES``); reads the build's safety hangs on ask ``fresh=True``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from wizard.i18n import translate
from wizard.xapi.client import HostClient, event_batch
from wizard.xapi.errors import MalformedAnswer

Records = dict[str, dict[str, Any]]  # ref -> record, one class


class WriteCounter:
    """Counts calls that may change something (process-wide: any session's write can
    change what another session's view shows, e.g. a join made from the joiner)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0

    def bump(self) -> None:
        with self._lock:
            self.value += 1


WRITES = WriteCounter()


class ObjectCache:
    """The objects of ``classes`` that ``client``'s host knows, as of the last sync."""

    def __init__(
        self,
        client: HostClient,
        classes: tuple[str, ...],
        call: Callable[..., Any] | None = None,
    ) -> None:
        self.client = client
        self._call = call or client.call  # AsyncHost passes one that takes an idle connection
        self.classes = classes
        self._by_lower = {c.lower(): c for c in classes}
        self._tables: dict[str, Records] = {c: {} for c in classes}
        self._token = ""
        self._synced_at_write = -1  # WRITES.value when the last sync began; -1: never
        self._lock = threading.Lock()  # one sync at a time; readers get copies
        self.syncs = 0

    def records(self, *classes: str, fresh: bool = True) -> dict[str, Records]:
        """``{cls: {ref: record}}`` for ``classes`` (blocking: call it on a worker thread).

        Tables are copies; records are XAPI's snapshots and are replaced, never changed, by
        later events, so callers must not change them either.
        """
        with self._lock:
            if fresh or self._synced_at_write != WRITES.value:
                self._sync()
            return {c: dict(self._tables[c]) for c in classes or self.classes}

    def _sync(self) -> None:
        started_at = WRITES.value
        batch = self._changes(self._token)
        if self._token and self._forgotten(batch):
            # XAPI remembers only its newest deletions (256-512 per table, db_cache_types.ml)
            # and says nothing when a token is older: a view holding more objects than
            # valid_ref_counts says exist missed a del, so it reads everything afresh.
            self._tables = {c: {} for c in self.classes}
            batch = self._changes("")
        self._token = batch["token"]
        self._synced_at_write = started_at
        self.syncs += 1

    def _changes(self, token: str) -> dict[str, Any]:
        """One event.from since ``token``, applied to the tables."""
        address = self.client.endpoint.address
        batch = event_batch(self._call("event.from", list(self.classes), token, 0.0), address)
        for event in batch["events"]:
            self._apply(event)
        return batch

    def _forgotten(self, batch: dict[str, Any]) -> bool:
        counts = batch.get("valid_ref_counts")
        if not isinstance(counts, dict):
            return False
        return any(
            isinstance(counts.get(c.lower()), int) and counts[c.lower()] < len(self._tables[c])
            for c in self.classes
        )

    def _apply(self, event: Any) -> None:
        if not isinstance(event, dict):
            raise MalformedAnswer(
                self.client.endpoint.address,
                translate("XapiErrors", "event.from has no token or events"),
            )
        cls = self._by_lower.get(str(event.get("class", "")).lower())
        ref = event.get("ref")
        if cls is None or not isinstance(ref, str):
            return  # a class not asked for (XAPI sends none): nothing to keep
        table = self._tables[cls]
        if event.get("operation") == "del":
            table.pop(ref, None)
        elif "snapshot" in event:
            table[ref] = event["snapshot"]
        # A mod without a snapshot: the object went before its record could be read;
        # its del follows.

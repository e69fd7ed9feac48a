"""The wizard's controller: the plan being built, sessions and long work, as Qt signals.

Pages read and edit ``WizardModel``; they never call XAPI. Everything that
talks to hosts is a coroutine here, run on the qasync event loop, with the
blocking SDK calls on worker threads (the engine does that), so the window
never freezes.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from wizard.ui.building import BuildWork, Discovered
from wizard.ui.passwords import HostSecrets

# asyncio, the plan, the engine, SDK and checks load on first use, not at
# start-up: the first page shows sooner.
if TYPE_CHECKING:
    import asyncio

    from wizard.checks.capacity import CapacityPlan
    from wizard.checks.facts import HostFacts
    from wizard.findings import Finding
    from wizard.outcome import Outcome
    from wizard.plan import Plan
    from wizard.progress import Progress
    from wizard.session import Session, Unfinished
    from wizard.steps.context import BuildContext
    from wizard.ui.prompter import GuiPrompter
    from wizard.xapi.trust import PinStore, Trust

log = logging.getLogger(__name__)


@dataclass
class HostRow:
    """A host as the Hosts page shows it."""

    address: str
    fingerprint: str = ""
    trusted: bool = False
    facts: HostFacts | None = None
    error: str = ""
    cert_name: str = ""  # the host name its certificate carries, shown until it is read
    typed_name: str = ""  # the name the user gave for this address (resolved once)


class WizardModel(HostSecrets, BuildWork, QObject):
    """State shared by the pages, and the long-running work they start."""

    hosts_changed = Signal()
    busy_changed = Signal(bool)
    message = Signal(str)  # a line for status labels and the log pane
    # a wizard.progress.Progress made on a worker thread, carried to the window's thread
    # (listen with listen_progress: it hears the events made on the window's thread too)
    progress = Signal(object)
    findings_changed = Signal()
    discovered_changed = Signal()
    build_finished = Signal(bool, str)  # ok, message

    def __init__(self, pins: PinStore | Callable[[], PinStore] | None = None) -> None:
        super().__init__()
        self._plan: Plan | None = None
        self.password = ""
        self.host_passwords: dict[str, str] = {}  # hosts whose password differs
        self.chap_secret = ""
        self.remember_secrets = False  # "Remember the passwords in the OS keyring"
        # Review page: prove every host's storage path over SSH before the SRs are made.
        self.check_over_ssh = True
        self.ssh_key_file = ""  # empty: the root password
        # the pins given (or how to read them), else only in memory (the app gives the
        # user's pin file); the session is made on first use, after the first page shows
        self._pins = pins
        self._session: Session | None = None
        self._prompter: GuiPrompter | None = None
        self.rows: list[HostRow] = []
        self.findings: list[Finding] = []
        self._journal_master = ""  # the master the build journal was opened for
        self.autosaved: Path | None = None  # the plan of the build in progress (state folder)
        self.warnings_accepted = False
        self.discovered = Discovered()
        self.confirm_destroy = False  # the user typed the SR's name to format it
        self.confirmed_forced_joins: set[str] = set()  # the user typed these hosts' names
        self.pause_ha = False  # HA may go off while new hosts join an HA pool
        self.ctx: BuildContext | None = None
        self.cancel = threading.Event()
        self.build_ok = False
        self.outcome: Outcome | None = None  # the latest build's, read back from the pool
        self._busy = 0
        self._running: set[asyncio.Future[Any]] = set()  # work started by run()
        self.demo = False
        self._validated: tuple[tuple[str, str], tuple[Finding, ...]] | None = None
        self._window_thread = threading.get_ident()
        self._progress_listeners: list[Callable[[Progress], None]] = []
        self.progress.connect(self._deliver_progress)

    # -- build progress ----------------------------------------------------------
    def listen_progress(self, owner: QObject, listener: Callable[[Progress], None]) -> None:
        """``listener`` hears every build event, on the window's thread, until ``owner``
        (the widget it belongs to) is deleted."""
        self._progress_listeners.append(listener)
        owner.destroyed.connect(lambda *_: self.unlisten_progress(listener))

    def unlisten_progress(self, listener: Callable[[Progress], None]) -> None:
        if listener in self._progress_listeners:
            self._progress_listeners.remove(listener)

    def report_progress(self, event: Progress) -> None:
        """The engine's report: most events are made on the window's thread (the steps run
        on its loop) and are handed over by a plain call. A Signal.emit there releases and
        takes back the GIL: beside 63 logins on worker threads, 10-25 ms per event."""
        if threading.get_ident() == self._window_thread:
            self._deliver_progress(event)
        else:
            self.progress.emit(event)  # queued to the window's thread

    def _deliver_progress(self, event: Progress) -> None:
        for listener in list(self._progress_listeners):
            listener(event)

    @property
    def prompter(self) -> GuiPrompter:
        if self._prompter is None:
            from wizard.ui.prompter import GuiPrompter

            self._prompter = GuiPrompter()
        return self._prompter

    @property
    def session(self) -> Session:
        """Logins, pins and secrets (made on first use: the first page needs none of it)."""
        if self._session is None:
            from wizard.session import Session
            from wizard.xapi.trust import PinStore

            pins = self._pins() if callable(self._pins) else self._pins
            self._session = Session(self.prompter, pins if pins is not None else PinStore())
        return self._session

    @property
    def plan(self) -> Plan:
        """The plan being built (made on first use: the plan module is not needed to start)."""
        if self._plan is None:
            from wizard.plan import Plan

            self._plan = Plan(pool_name="Pool")
        return self._plan

    @plan.setter
    def plan(self, plan: Plan) -> None:
        self._plan = plan

    def plan_findings(self) -> tuple[Finding, ...]:
        """``validate(plan)``, once per content of the plan: the pages ask on every event
        (each busy change, each completeChanged and its reason), 2-3 ms each for 64 hosts.
        The plan's repr holds every field (0.05 ms), so any edit, wherever it is made, asks
        again; so does another language (the findings' words)."""
        from wizard import i18n
        from wizard.plan import validate

        key = (i18n.active_language(), repr(self.plan))
        if self._validated is None or self._validated[0] != key:
            self._validated = (key, tuple(validate(self.plan)))
        return self._validated[1]

    # -- busy bookkeeping ------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy > 0

    def run(
        self, coro: Awaitable[Any], done: Callable[[Any], None] | None = None
    ) -> asyncio.Future[Any]:
        """Start work from a slot. An error the user can act on (XenPoolError) becomes a
        message with its advice; any other is a bug, for sys.excepthook (the GUI's error
        dialog, which names the log file).

        The model is busy from this call until ``done`` has returned: work that ``done``
        (or a signal the work emits) starts follows without a turn of the loop in which
        nothing seems to run (Next enabled for a moment, a test's wait over too soon)."""
        import asyncio
        import sys

        from wizard.xapi.errors import XenPoolError

        self._busy += 1
        self.busy_changed.emit(True)
        future = asyncio.ensure_future(coro)
        self._running.add(future)

        def finished(task: asyncio.Future[Any]) -> None:
            self._running.discard(task)
            try:
                if task.cancelled():
                    return
                error = task.exception()
                if error is None:
                    if done is not None:
                        done(task.result())
                    return
                raise error
            except XenPoolError as expected:
                log.warning("work failed: [%s] %s", expected.code, expected)
                self.message.emit(str(expected))  # the message, then what to do
            except Exception as bug:
                sys.excepthook(type(bug), bug, bug.__traceback__)
            finally:
                self._busy -= 1
                self.busy_changed.emit(self.busy)

        future.add_done_callback(finished)
        return future

    # -- a build resumed -------------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        """What the pages chose beyond the plan, saved with a build in progress. Consents
        (warnings, a forced join, HA paused, formatting) are not: a resumed build asks again."""
        return {"check_over_ssh": self.check_over_ssh, "ssh_key_file": self.ssh_key_file}

    def resume(self, build: Unfinished) -> None:
        """Go on with an unfinished build: its plan, its hosts and its choices."""
        self.plan = build.plan
        for host in build.plan.hosts:
            self.add_address(host.address, host.fingerprint)
        self.autosaved = build.path
        ssh, key = build.choices.get("check_over_ssh"), build.choices.get("ssh_key_file")
        self.check_over_ssh = ssh if isinstance(ssh, bool) else self.check_over_ssh
        self.ssh_key_file = key if isinstance(key, str) else self.ssh_key_file

    # -- hosts --------------------------------------------------------------------
    def addresses(self) -> list[str]:
        return [r.address for r in self.rows]

    async def log_in(self, remember: bool) -> tuple[list[str], bool]:
        """Log in to every host (with remembered passwords where none was typed).

        Returns the hosts that have no password at all (nothing was contacted then), and
        whether the passwords are now in the OS keyring.
        """
        from wizard.xapi.aio import in_thread

        self.remember_secrets = remember
        if self.missing_passwords():
            await self.recall_passwords()
        missing = self.missing_passwords()
        if missing:
            return missing, False
        await self.connect_hosts()
        stored = bool(remember and await in_thread(self.remember_passwords))
        return [], stored

    def add_address(self, address: str, fingerprint: str = "", cert_name: str = "") -> HostRow:
        row = next((r for r in self.rows if r.address == address), None)
        if row is None:
            from wizard.discovery import address_key

            row = HostRow(address, fingerprint, cert_name=cert_name)
            self.rows.append(row)  # kept in address order, however the hosts answered
            self.rows.sort(key=lambda r: address_key(r.address))
        elif fingerprint:
            row.fingerprint = fingerprint
            row.cert_name = cert_name
        if self.session.pins.get(address) and self.session.pins.get(address) == row.fingerprint:
            row.trusted = True
        self.hosts_changed.emit()
        return row

    def join_info(self) -> str:
        """The trusted hosts and their fingerprints as one line to hand over ("" if none)."""
        from wizard.joininfo import line_for

        return line_for(self.plan.pool_name, self.plan.port, self._confirmed())

    def import_join_info(self, text: str) -> int:
        """Add the hosts of pasted join information, their fingerprints confirmed by it.

        A host already shown with another fingerprint is not changed: that conflict is for
        the user to settle at the host's console (JoinInfoError says so).
        """
        from wizard.joininfo import JoinInfoError, decode

        info = decode(text)
        conflict = self.session.pin_join_info(info, {r.address: r.fingerprint for r in self.rows})
        if conflict is not None:
            raise JoinInfoError(
                self.tr(
                    "{0} shows a different certificate than the join information says: "
                    "nothing was added. Compare both with the host's console."
                ).format(conflict.address)
            )
        for host in info.hosts:
            self.add_address(host.address, host.fingerprint)
        return len(info.hosts)

    def remove_address(self, address: str) -> None:
        self.rows = [r for r in self.rows if r.address != address]
        self.hosts_changed.emit()

    def trust(self, address: str, trusted: bool) -> None:
        self.trust_all([address], trusted)

    def trust_all(self, addresses: list[str], trusted: bool = True) -> None:
        """Trust (pin) the fingerprints shown for these hosts, with one refresh of the views."""
        wanted = set(addresses)
        pinned = {}
        for row in self.rows:
            if row.address in wanted and row.fingerprint:
                row.trusted = trusted
                if trusted:
                    pinned[row.address] = row.fingerprint
        self.session.pins.pin_many(pinned)
        self.hosts_changed.emit()

    async def scan(self, spec: str) -> int:
        """Find XAPI hosts in a range; each appears as soon as it answers."""
        from wizard.discovery import Found, addresses, scan

        targets = addresses(spec)

        def found(hit: Found) -> None:
            self.add_address(hit.address, hit.fingerprint, hit.name)

        hits = await scan(targets, port=self.plan.port, timeout=1.0, found=found)
        self.message.emit(
            self.tr("{count} host(s) found in {spec}").format(count=len(hits), spec=spec)
        )
        return len(hits)

    async def fetch_fingerprints(self) -> None:
        """First contact: read each new host's certificate fingerprint (no password sent)."""
        import asyncio

        from wizard.xapi.aio import in_thread
        from wizard.xapi.errors import XenPoolError
        from wizard.xapi.transport import fetch_certificate

        async def one(row: HostRow) -> None:
            try:
                row.fingerprint, row.cert_name = await in_thread(
                    fetch_certificate, row.address, self.plan.port, 3.0
                )
                row.error = ""
            except OSError as exc:
                row.error = self.tr("no answer on port {port}: {reason}").format(
                    port=self.plan.port, reason=exc.strerror or exc
                )
            except XenPoolError as exc:  # reached, but not XAPI (plain HTTP, old TLS, silent)
                row.error = exc.message
            if self.session.pins.get(row.address) == row.fingerprint:
                row.trusted = True

        await asyncio.gather(*(one(r) for r in self.rows if not r.fingerprint))
        self.hosts_changed.emit()

    def _confirmed(self) -> dict[str, str]:
        """The fingerprints the user confirmed, by address."""
        return {r.address: r.fingerprint for r in self.rows if r.trusted and r.fingerprint}

    def _trust_store(self) -> Trust:
        return self.session.trust(self._confirmed(), self.plan.port)

    def sync_plan_hosts(self) -> None:
        """The plan's hosts follow the Hosts page (order kept; the master stays if still there)."""
        from dataclasses import replace

        from wizard.plan import HostPlan

        existing = {h.address: h for h in self.plan.hosts}
        self.plan.hosts = []
        for r in self.rows:
            # what the plan says of a host stays (storage IP, NIC, forced join)
            before = existing.get(r.address) or HostPlan(r.address)
            name = r.facts.name if r.facts else before.name
            self.plan.hosts.append(replace(before, name=name, fingerprint=r.fingerprint))
        if self.plan.hosts:  # the master does not join: nothing of it to force
            master = self.plan.master_host
            master.force_join = False
            self.confirmed_forced_joins.discard(master.address)
        if self.plan.master not in {r.address for r in self.rows}:
            self.plan.master = self.suggest_master()

    def suggest_master(self) -> str:
        """The master of a pool some hosts already form, else the first address."""
        existing = [r for r in self.rows if r.facts and r.facts.is_master and r.facts.pool_size > 1]
        return (existing or self.rows)[0].address if self.rows else ""

    async def connect_hosts(self) -> list[Finding]:
        """Log in to every trusted host, read its facts, run the pre-flight checks."""
        import asyncio

        from wizard.steps.preflight import preflight

        self.sync_plan_hosts()
        ctx = self.session.context(
            self.plan,
            self.password,
            planned=self._confirmed(),
            host_passwords=self.host_passwords,
            report=self.report_progress,
        )
        ctx.cancel = self.cancel
        self._hand_over_choices(ctx)
        if self.ctx is not None:
            await self.ctx.close()
        self.ctx = ctx
        await ctx.connect()
        for row in self.rows:
            row.facts = ctx.facts.get(row.address)
        for host in self.plan.hosts:
            facts = ctx.facts.get(host.address)
            if facts is not None and not host.name:
                host.name = facts.name
        from wizard.plan import Plan

        first = sorted(self.facts(), key=lambda f: f.address != self.plan.master)
        pools = [f.pool_name for f in first if f.pool_name]
        if pools and self.plan.pool_name == Plan.pool_name:
            self.plan.pool_name = pools[0]  # the hosts' pool keeps its name: no default over it
        self.findings = await preflight(ctx)
        self.hosts_changed.emit()
        await asyncio.sleep(0)  # each page's refresh in a turn of its own (64 rows each)
        self.findings_changed.emit()
        return self.findings

    async def refresh_findings(self, read_hosts: bool = True) -> list[Finding]:
        if self.ctx is None:
            return await self.connect_hosts()
        from wizard.steps.preflight import preflight

        if read_hosts:
            await self.ctx.refresh(standalone=True)
        self._hand_over_choices(self.ctx)
        self.findings = await preflight(self.ctx)
        self.findings_changed.emit()
        return self.findings

    # -- forced joins (pool.join_force): unsupported, so per host and confirmed ----------
    def forced_joins(self) -> frozenset[str]:
        """Hosts the plan forces and the user confirmed in this session."""
        return frozenset(
            h.address
            for h in self.plan.members
            if h.force_join and h.address in self.confirmed_forced_joins
        )

    def forceable_hosts(self) -> list[str]:
        """Members blocked only by rules ``pool.join_force`` skips (CPU vendor, build)."""
        blockers: dict[str, list[Finding]] = {}
        for finding in self.findings:
            if finding.blocking:
                blockers.setdefault(finding.subject, []).append(finding)
        members = {h.address for h in self.plan.members}
        return [
            address
            for address, found in blockers.items()
            if address in members and all(f.forceable for f in found)
        ]

    def _master_facts(self) -> HostFacts | None:
        if self.ctx is None or not self.plan.hosts:
            return None
        return self.ctx.facts.get(self.plan.master_host.address)

    def joins_need_ha_off(self) -> bool:
        """The planned master's pool has HA on and some planned host still has to join."""
        master = self._master_facts()
        return bool(
            master
            and self.ctx is not None
            and master.pool_ha_enabled
            and any(not self.ctx.in_pool(h.address) for h in self.plan.members)
        )

    def ha_left_off(self) -> bool:
        """The wizard turned the pool's HA off for the joins and has not turned it on yet."""
        master = self._master_facts()
        return bool(master and master.pool_ha_paused and not self.build_ok)

    def set_pause_ha(self, pause: bool) -> None:
        self.pause_ha = pause
        self.run(self.refresh_findings(read_hosts=False))

    def set_forced_join(self, address: str, forced: bool) -> None:
        """Force (the user typed the host's name) or stop forcing one host's join."""
        for host in self.plan.hosts:
            if host.address == address:
                host.force_join = forced
        if forced:
            self.confirmed_forced_joins.add(address)
        else:
            self.confirmed_forced_joins.discard(address)
        self.run(self.refresh_findings(read_hosts=False))

    def facts(self) -> list[HostFacts]:
        return [r.facts for r in self.rows if r.facts is not None]

    def capacity(self) -> CapacityPlan:
        from wizard.checks.capacity import capacity_plan

        return capacity_plan(self.plan, self.facts())

    async def xapi_max_failures(self) -> int | None:
        """XAPI's own maximum for the planned restart priorities, once every planned host
        is in the pool (before that there is no pool to ask); None until then."""
        from wizard.steps.preflight import xapi_hypothetical

        if self.ctx is None or self.ctx.master is None:
            return None
        ctx = await self._context()
        if not all(ctx.in_pool(h.address) for h in self.plan.hosts):
            return None
        return await xapi_hypothetical(ctx)

    async def close(self, wait: float = 120.0) -> None:
        """Stop running work (a build ends its step; after ``wait`` s it is cancelled), then
        log out: nothing is left to emit into a window that is gone."""
        import asyncio

        if self._running:
            self.request_cancel()
            _done, late = await asyncio.wait(set(self._running), timeout=wait)
            for future in late:
                future.cancel()
            if late:
                await asyncio.wait(late)
        if self.ctx is not None:
            await self.ctx.close()
            self.ctx = None

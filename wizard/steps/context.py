"""Everything a build needs at hand: plan, secrets, sessions, what the pool looks like."""

from __future__ import annotations

import asyncio
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from wizard.checks.facts import CLASSES, HostFacts, facts_from_records, in_pool_of
from wizard.checks.iscsi import Discovery
from wizard.i18n import translate
from wizard.journal import Journal
from wizard.plan import Plan
from wizard.progress import Progress, Reporter, State
from wizard.xapi.aio import MAX_CONNECTIONS, AsyncHost, in_thread
from wizard.xapi.cache import Records
from wizard.xapi.client import Endpoint, HostClient, MasterIsElsewhere
from wizard.xapi.errors import (
    ConnectionBroken,
    HostUnreachable,
    TaskCancelled,
    XapiFailure,
    XenPoolError,
)
from wizard.xapi.trust import Trust

if TYPE_CHECKING:
    from wizard.ssh import SshAccess

LOST = ""  # a member's answer in emergency mode: it does not reach its master either
log = logging.getLogger(__name__)


class BuildStopped(XenPoolError):
    """The build cannot go on: the message says why and what to do."""

    code = "BUILD_STOPPED"


class StoppedBeforeStart(TaskCancelled):
    """Asked to stop before an action changed anything: a cancel, not a failure of it."""


@dataclass
class BuildContext:
    plan: Plan
    password: str
    trust: Trust
    report: Reporter = lambda _p: None
    chap_secret: str = ""
    allow_destroy: bool = False  # may format a LUN that holds an SR (--yes-destroy)
    # hosts whose forced join (plan force_join) the user confirmed: --yes-force-join
    # confirms every one the plan names, the GUI one at a time
    forced_joins: frozenset[str] = frozenset()
    # may turn HA off while new hosts join an HA pool; HaStep turns it on again (--yes-pause-ha)
    pause_ha: bool = False
    cancel: threading.Event = field(default_factory=threading.Event)
    # Filled by connect(): the pool master's session and direct sessions to
    # hosts that are still standalone.
    master: AsyncHost | None = None
    standalone: dict[str, AsyncHost] = field(default_factory=dict)
    facts: dict[str, HostFacts] = field(default_factory=dict)
    clients: list[HostClient] = field(default_factory=list)
    # Hosts whose root password differs from ``password`` (the planned master's).
    host_passwords: dict[str, str] = field(default_factory=dict)
    offline: bool = False  # export mode: no hosts, plan everything
    # Caps every XAPI task's own timeout (tests shorten it); None: each task's own counts.
    task_timeout: float | None = None
    settle_timeout: float = 300.0  # how long a new member may take to show up live
    journal: Journal | None = None
    ssh: SshAccess | None = None  # set: each host also checks its storage network over SSH
    # What the steps of one stage tell each other while planning (the iSCSI gate and the SR
    # steps share their LUN probes): emptied by the engine as each stage starts.
    stage: dict[str, Any] = field(default_factory=dict)

    def progress(
        self, step: str, host: str, state: State, fraction: float = 0.0, message: str = ""
    ) -> None:
        event = Progress(step, host, state, fraction, message)
        if state is not State.RUNNING or fraction == 0.0:
            log.info("[%s] %s %s: %s", step, host, state.value, message)
        if self.journal is not None:
            self.journal.record(event)
        self.report(event)

    # -- sessions -------------------------------------------------------------
    def _client(self, address: str, *, local: bool = False) -> HostClient:
        endpoint = Endpoint(address, self.plan.port)
        fingerprint = self.trust.fingerprint_for(address)
        client = HostClient(
            endpoint, fingerprint, self.plan.username, self.password_for(address), local=local
        )
        self.clients.append(client)
        return client

    @property
    def calls(self) -> int:
        """XAPI calls made by this build so far (for the benchmarks)."""
        return sum(c.calls for c in self.clients)

    def password_for(self, address: str) -> str:
        """A host's own root password until it joins; the master's is the pool's."""
        return self.host_passwords.get(address) or self.password

    def _login(self, address: str) -> HostClient:
        # Runs on a worker thread: fetching the fingerprint is network I/O too.
        return self._client(address).login()

    async def connect(self) -> None:
        """Log in to the planned master and, all at once, to every host not yet in its pool."""
        master_address = self.plan.master_host.address
        self.standalone.clear()
        try:
            client = await in_thread(self._login, master_address)
        except MasterIsElsewhere as moved:
            raise BuildStopped(
                translate(
                    "Steps", "{address} (the planned master) is a member of the pool of {master}"
                ).format(address=master_address, master=moved.master),
                translate(
                    "Steps",
                    "Choose {master} as the master, or eject {address} from that pool first.",
                ).format(address=master_address, master=moved.master),
            ) from None
        # A stage runs a task per host side by side (a storage IP, a PBD's plug), and a task
        # wait holds its connection: at 8 connections, 64 hosts' storage IPs went 8 at a time.
        # XAPI takes 800 connections at once (xapi_globs.ml conn_limit_tcp).
        self.master = AsyncHost(
            client,
            CLASSES,
            self.clients.append,
            connections=max(MAX_CONNECTIONS, len(self.plan.hosts) + 2),  # + view, destroyer
        )

        async def member(address: str) -> None:
            self.progress("connect", address, State.RUNNING, 0.5, translate("Steps", "logging in"))
            try:
                session = await in_thread(self._login, address)
            except MasterIsElsewhere as moved:
                self.progress(
                    "connect",
                    address,
                    State.DONE,
                    1.0,
                    translate("Steps", "member of the pool of {master}").format(
                        master=moved.master
                    ),
                )
                return
            self.standalone[address] = AsyncHost(session, CLASSES, self.clients.append)
            self.progress(
                "connect", address, State.DONE, 1.0, translate("Steps", "standalone host")
            )

        await asyncio.gather(*(member(h.address) for h in self.plan.members))
        self.progress("connect", master_address, State.DONE, 1.0, translate("Steps", "master"))
        await self.refresh(standalone=True)

    async def refresh(self, *, standalone: bool = False) -> None:
        """Re-read the pool so steps see what is there now.

        Standalone hosts are read too when asked (pre-flight needs them); the
        steps only need the pool's view, and reading every host after every
        join would make a big build quadratic in XAPI calls.
        """
        if self.master is None:
            return
        sources = [self.master]
        if standalone:
            sources += list(self.standalone.values())

        def read(host: AsyncHost) -> list[HostFacts]:
            # One event.from per host (the changes since its last sync), all hosts at once;
            # the facts are made on the worker thread too (a 64-host pool's take the GUI
            # thread a frame or more).
            return facts_from_records(host.address, host.view.records())

        try:
            batches = await asyncio.gather(*(in_thread(read, h) for h in sources))
        except HostUnreachable as lost:
            if lost.address == self.master.address:  # not a standalone host
                raise await self._master_lost(lost) from None
            raise
        facts: dict[str, HostFacts] = {}
        for batch in batches:
            for fact in batch:
                facts.setdefault(fact.address, fact)
        # A host that has not joined yet keeps what it told us alone (its uuid finds it
        # on the master after its join without reading every host record there).
        for address in self.standalone:
            if address not in facts and address in self.facts:
                facts[address] = self.facts[address]
        self.facts = facts

    def in_pool(self, address: str) -> bool:
        fact = self.facts.get(address)
        master = self.facts.get(self.plan.master_host.address)
        return bool(fact and master and in_pool_of(master, fact))

    async def pool_call(self, method: str, *args: Any, action: str = "") -> Any:
        assert self.master is not None
        try:
            return await self.master.call(method, *args, action=action)
        except HostUnreachable as lost:
            raise await self._master_lost(lost) from None

    async def records(self, *classes: str, fresh: bool = False) -> dict[str, Records]:
        """The master's objects of ``classes`` from its view (wizard.xapi.cache).

        ``fresh=False`` answers from memory while no write was made since the last sync (a
        refresh after every stage syncs); ``fresh=True`` asks the master for what changed
        first (one call), for reads a decision must not make on stale data.
        """
        assert self.master is not None
        try:
            return await self.master.records(*classes, fresh=fresh)
        except HostUnreachable as lost:
            raise await self._master_lost(lost) from None

    async def table(self, cls: str, *, fresh: bool = False) -> Records:
        """One class of ``records``: ``{ref: record}``."""
        return (await self.records(cls, fresh=fresh))[cls]

    async def pool(self, *, fresh: bool = False) -> tuple[str, dict[str, Any]]:
        """The pool's ref and record (a host is always in exactly one pool); ``fresh`` when
        a decision depends on it (``records``)."""
        ref, record = next(iter((await self.table("pool", fresh=fresh)).items()))
        return ref, record

    async def pool_ref(self) -> str:
        return (await self.pool())[0]

    async def master_ref(self) -> str:
        """The pool master's host ref, as the master itself says."""
        return str((await self.pool())[1]["master"])

    def discovery(self, host_ref: str) -> Discovery:
        """The plan's iSCSI target, probed through ``host_ref``."""
        iscsi = self.plan.iscsi
        return Discovery(
            self.pool_call,
            host_ref,
            iscsi.portals,
            iscsi.port,
            iscsi.chap_user,
            self.chap_secret,
            records=self.records,
        )

    async def pool_task(
        self,
        method: str,
        *args: Any,
        action: str = "",
        progress: Any = None,
        timeout: float = 3600.0,
    ) -> str:
        assert self.master is not None
        try:
            return await self.master.run_task(
                method,
                *args,
                action=action,
                progress=progress,
                cancel=self.cancel,
                timeout=self.task_limit(timeout),
            )
        except HostUnreachable as lost:
            raise await self._master_lost(lost) from None

    def task_limit(self, seconds: float) -> float:
        """How long a task that wants ``seconds`` may run here."""
        return seconds if self.task_timeout is None else min(seconds, self.task_timeout)

    async def _master_lost(self, lost: HostUnreachable) -> HostUnreachable:
        """The master stopped answering mid-build: ask the members who their master is
        (HOST_IS_SLAVE names it), and say what that means instead of retrying blindly."""
        assert self.master is not None
        if isinstance(lost, ConnectionBroken):
            return lost  # it answered until the connection broke: not lost, and maybe done
        master = self.master.address
        members = [
            h.address for h in self.plan.members if h.address != master and self.in_pool(h.address)
        ]
        if not members:
            return HostUnreachable(
                lost.message,
                translate(
                    "Steps",
                    "Often a switch port or VLAN change on its management network rather than a "
                    "dead host. Check that this computer reaches {master}, then run the build "
                    "again: it resumes where it stopped.",
                ).format(master=master),
            )

        def named_master(address: str) -> str | None:
            """Who ``address`` says the master is (itself, if it is one); None: no answer;
            LOST: it answers in emergency mode, having lost its master too."""
            try:
                client = self._client(address).login()
            except MasterIsElsewhere as moved:
                return moved.master
            except XapiFailure:
                return LOST if in_emergency_mode(address) else None
            except XenPoolError:
                return None
            client.logout()
            return address

        def in_emergency_mode(address: str) -> bool:
            # host.is_in_emergency_mode is one of the calls a member then still answers
            try:
                local = self._client(address, local=True).login()
            except XenPoolError:
                return False
            try:
                return bool(local.call("host.is_in_emergency_mode"))
            except XenPoolError:
                return False
            finally:
                local.logout()

        answers = await asyncio.gather(*(in_thread(named_master, a) for a in members))
        named = {a for a in answers if a}
        if not named and LOST in answers:
            return HostUnreachable(
                translate(
                    "Steps",
                    "{master}, the pool master, stopped answering; the members answer but have "
                    "lost it too (emergency mode)",
                ).format(master=master),
                translate(
                    "Steps",
                    "The master is down or cut off from the pool: check its power, console and "
                    "management network, then run the build again. If it is gone for good, "
                    "promote a member (xe pool-emergency-transition-to-master on it) and plan "
                    "with it as the master.",
                ),
            )
        if not named:
            return HostUnreachable(
                translate(
                    "Steps", "{master}, the pool master, stopped answering, and so did every member"
                ).format(master=master),
                translate(
                    "Steps",
                    "This computer has probably lost its own network link (or the management "
                    "switch is down). Check it, then run the build again: it resumes where it "
                    "stopped.",
                ),
            )
        moved = sorted(named - {master})
        if moved:
            return HostUnreachable(
                translate("Steps", "the pool's master is now {new}, not {master}").format(
                    new=", ".join(moved), master=master
                ),
                translate(
                    "Steps",
                    "A new master was designated (or an emergency transition made one). Choose "
                    "{new} as the master in the plan, then run the build again.",
                ).format(new=moved[0]),
            )
        return HostUnreachable(
            translate(
                "Steps",
                "{master}, the pool master, stopped answering mid-build; the members still name it "
                "as their master",
            ).format(master=master),
            translate(
                "Steps",
                "The pool itself is whole: most likely a switch port, VLAN or management NIC of "
                "{master} changed, not a dead host. Check the path from this computer to it, then "
                "run the build again: it resumes where it stopped.",
            ).format(master=master),
        )

    def remember(self, key: str, value: str) -> None:
        """Note an object the build made (its uuid) in the journal."""
        if self.journal is not None:
            self.journal.remember(key, value)

    async def close(self) -> None:
        for host in [*self.standalone.values(), *([self.master] if self.master else [])]:
            await host.logout()
        self.standalone.clear()
        self.master = None

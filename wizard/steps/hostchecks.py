"""A gate before the SR: every host checks its storage network itself, over SSH.

Runs only when the build has SSH access (``BuildContext.ssh``); without it
the build is exactly what it was. XAPI's view of the storage network was
checked by the network step; this asks each host: the interface, its IP and
MTU, the portals by ping, jumbo frames end to end, iSCSI discovery, and that
every host sees the same paths. Any blocker stops the build before an SR is
made, naming the host and the likely side. Once the shared SR is attached
everywhere the gate has nothing left to guard and does nothing.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from wizard.checks.hostside import (
    HostCheckInput,
    HostCheckResult,
    interface_candidates,
    multipath_findings,
    prefix_of,
    run_host_checks,
)
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.progress import POOL, State
from wizard.ssh import SshAccess, SshError
from wizard.steps.base import Action, Step, comment
from wizard.steps.context import BuildContext, BuildStopped
from wizard.steps.network import find_storage_network
from wizard.steps.storage import sr_for_lun
from wizard.xapi.aio import in_thread


class HostChecksStep(Step):
    key = "hostcheck"
    title = QT_TRANSLATE_NOOP("Steps", "Check the storage network from every host (SSH)")

    def hosts(self, ctx: BuildContext) -> list[str]:
        return super().hosts(ctx) if ctx.ssh is not None else []

    async def actions(self, ctx: BuildContext) -> list[Action]:
        access = ctx.ssh
        if access is None or ctx.offline:
            return []
        if await _sr_attached_everywhere(ctx):
            return []
        network = await find_storage_network(ctx)
        bridge = ""
        if network:
            bridge = (await ctx.table("network"))[network]["bridge"]
        if ctx.journal is not None:
            ctx.journal.clear_host_checks()  # the proof shown is this run's, never an older one
        results: dict[str, HostCheckResult] = {}
        # Every host finishes its checks before any of them stops the build: no SSH
        # session is left running behind a failed step.
        waiting = {h.address for h in ctx.plan.hosts}
        all_done = asyncio.Event()
        actions = [
            self._host_action(
                ctx, access, self._input(ctx, h.address, bridge), results, waiting, all_done
            )
            for h in ctx.plan.hosts
        ]
        actions.append(self._paths_action(ctx, results))
        return actions

    def _input(self, ctx: BuildContext, address: str, bridge: str) -> HostCheckInput:
        plan = ctx.plan
        host = next(h for h in plan.hosts if h.address == address)
        facts = ctx.facts.get(address)
        return HostCheckInput(
            address=address,
            name=host.name or (facts.name if facts else ""),
            ip=plan.storage_ips()[address],
            prefix=prefix_of(plan.storage_network.subnet),
            mtu=plan.storage_network.mtu,
            interfaces=interface_candidates(plan.nic_for(host), plan.storage_network.vlan, bridge),
            portals=list(plan.iscsi.portals),
            port=plan.iscsi.port,
            target_iqn=plan.iscsi.target_iqn,
            chap_user=plan.iscsi.chap_user,
            chap_secret=ctx.chap_secret,
            initiator_iqn=facts.iscsi_iqn if facts else "",
        )

    def _host_action(
        self,
        ctx: BuildContext,
        access: SshAccess,
        spec: HostCheckInput,
        results: dict[str, HostCheckResult],
        waiting: set[str],
        all_done: asyncio.Event,
    ) -> Action:
        def check() -> HostCheckResult:
            with access.connect(spec.address) as session:
                return run_host_checks(session, spec)

        async def run(progress: Callable[[float], None]) -> None:
            try:
                result = await in_thread(check)
            except SshError as failed:
                if access.skip_advice:  # the check is optional: say how to do without it
                    failed.advice = "\n".join(a for a in (failed.advice, access.skip_advice) if a)
                raise
            finally:
                waiting.discard(spec.address)
                if not waiting:
                    all_done.set()
                await all_done.wait()
            results[spec.address] = result
            access.findings[spec.address] = list(result.findings)
            if ctx.journal is not None:
                ctx.journal.set_host_checks(spec.address, result.findings)
            progress(1.0)
            _stop_on_blockers(result.findings)

        return Action(
            spec.address,
            translate("Steps", "check the storage network of {host} from the host (SSH)").format(
                host=spec.name or spec.address
            ),
            [
                comment(
                    translate("Steps", "on {address}:").format(address=spec.address)
                    + " ip -o -4 addr; ip -j link; "
                    + "; ".join(f"ping -M do -s {spec.mtu - 28} -I IFACE {p}" for p in spec.portals)
                    + "; iscsiadm -m discovery -t sendtargets -p PORTAL"
                )
            ],
            run,
            group=0,
        )

    def _paths_action(self, ctx: BuildContext, results: dict[str, HostCheckResult]) -> Action:
        iscsi = ctx.plan.iscsi

        async def run(progress: Callable[[float], None]) -> None:
            findings = multipath_findings(list(results.values()), iscsi.portals, iscsi.target_iqn)
            if ctx.ssh is not None:
                ctx.ssh.findings[POOL] = list(findings)
            if ctx.journal is not None:
                ctx.journal.set_host_checks(POOL, findings)
            for finding in findings:
                ctx.progress(self.key, finding.subject, _state_for(finding), 1.0, finding.message)
            progress(1.0)

        return Action(
            POOL, translate("Steps", "compare the iSCSI paths every host sees"), [], run, group=1
        )


def _state_for(finding: Finding) -> State:
    return State.FAILED if finding.blocking else State.DONE


def _stop_on_blockers(findings: list[Finding]) -> None:
    blockers = [f for f in findings if f.blocking]
    if blockers:
        raise BuildStopped(
            "; ".join(
                translate("Steps", "{message} (seen: {evidence})").format(
                    message=f.message, evidence=f.evidence
                )
                if f.evidence
                else f.message
                for f in blockers
            ),
            " ".join(dict.fromkeys(f.fix for f in blockers if f.fix)),
        )


async def _sr_attached_everywhere(ctx: BuildContext) -> bool:
    found = await sr_for_lun(ctx, ctx.plan.iscsi.sr_scsi_id)
    if found is None:
        return False
    _, sr = found
    known = await ctx.table("PBD")  # as sr_for_lun's fresh read just saw them
    pbds = [known[p] for p in sr["PBDs"] if p in known]
    return len(pbds) >= len(ctx.plan.hosts) and all(p["currently_attached"] for p in pbds)

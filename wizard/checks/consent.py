"""What the user must consent to before a build: a forced join, HA off for the joins."""

from __future__ import annotations

from collections.abc import Collection

from wizard.checks.facts import HA_PAUSED_KEY, HostFacts, in_pool_of
from wizard.checks.pool_join import needs_force
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.plan import Plan


def _joined(master: HostFacts, facts: dict[str, HostFacts], address: str) -> bool:
    own = facts.get(address)
    return own is not None and in_pool_of(master, own)


def unconfirmed_force_findings(
    plan: Plan, facts: dict[str, HostFacts], forced_joins: Collection[str]
) -> list[Finding]:
    """The plan asks for a forced join nobody confirmed in this run (or none is needed)."""
    master = facts.get(plan.master_host.address)
    out: list[Finding] = []
    for host in plan.members:
        own = facts.get(host.address)
        if master is None or not host.force_join or own is None or host.address in forced_joins:
            continue
        if not needs_force(master, own):
            continue
        out.append(
            Finding.error(
                host.address,
                translate("Steps", "the plan asks to force this host's join; it is not confirmed"),
                translate(
                    "Steps",
                    "Confirm it with {option} on the command line, or with Force join on the "
                    "Compatibility page. Better: make the host match the pool.",
                ).format(option="--yes-force-join"),
                check=QT_TRANSLATE_NOOP("Checks", "forced join"),
                force_cost=translate("Steps", "the join is forced, as the plan asks"),
            )
        )
    return out


def pause_ha_findings(plan: Plan, facts: dict[str, HostFacts], pause_ha: bool) -> list[Finding]:
    """HA off for the joins: asked for now, or left off by an earlier build that stopped.
    Either way the plan must turn it on again at the end."""
    master = facts.get(plan.master_host.address)
    earlier = master.pool_ha_paused if master is not None else False
    if master is None or not (earlier or (pause_ha and master.pool_ha_enabled)):
        return []  # the common case, asked on every event of the Compatibility page
    joining = [h.name or h.address for h in plan.members if not _joined(master, facts, h.address)]
    pausing = pause_ha and master.pool_ha_enabled and bool(joining)
    if not earlier and not pausing:
        return []
    check = QT_TRANSLATE_NOOP("Checks", "HA")
    if not plan.ha.enabled:
        if earlier:
            message = translate(
                "Steps",
                "an earlier build turned HA off for the joins and did not finish; the plan "
                "now leaves HA off",
            )
            fix = translate(
                "Steps",
                "Set {key} in the plan to have it turned on again, or remove the mark if HA "
                "is to stay off: {command}",
            ).format(
                key="ha.enabled = true",
                command="xe pool-param-remove uuid=... param-name=other-config "
                f"param-key={HA_PAUSED_KEY}",
            )
        else:
            message = translate(
                "Steps",
                "HA would be turned off for the joins, but the plan does not turn it on again",
            )
            fix = translate("Steps", "Set {key} in the plan.").format(key="ha.enabled = true")
        return [Finding.error("ha.enabled", message, fix, check=check)]
    if earlier:
        message = translate(
            "Steps",
            "HA is off: an earlier build turned it off for the joins and stopped before "
            "turning it on again",
        )
        fix = translate("Steps", "This build turns it on again at its last step.")
    else:
        message = translate(
            "Steps",
            "HA is turned off for the joins of {hosts} and enabled again at the end: until then "
            "no VM is restarted if a host fails",
        ).format(hosts=", ".join(joining))
        fix = translate("Steps", "Build at a quiet time; the HA step re-enables it.")
    return [Finding.warning("ha.enabled", message, fix, check=check)]

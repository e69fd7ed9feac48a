"""HA capacity: how many host failures the pool survives with its real VM memory.

The same planning XAPI does (binpack of protected VMs onto surviving hosts,
host capacity = total - overhead - resident VMs), shown next to XAPI's own
``ha_compute_hypothetical_max_host_failures_to_tolerate``.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass

from wizard.checks.facts import HostFacts, VmFacts
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, decimal, translate
from wizard.plan import Plan

GiB = 1024**3


@dataclass
class HostCapacity:
    address: str
    name: str
    total: int
    free: int  # after the hypervisor and the VMs placed on it now
    protected: list[VmFacts]


@dataclass
class CapacityPlan:
    hosts: list[HostCapacity]
    max_failures: int
    # For each failed host, the VMs that would not find room (the worst case at max+1).
    stranded: list[str]


def _priority(plan: Plan, vm: VmFacts) -> str:
    return plan.ha.restart_priorities.get(vm.name, vm.ha_restart_priority)


def host_capacities(plan: Plan, hosts: list[HostFacts]) -> list[HostCapacity]:
    """Free memory per host, with protected VMs where they run (or would be started).

    As XAPI's planner does, protected VMs that are not running are first
    placed, biggest first, on the host with the most free memory.
    """
    result = []
    waiting: list[VmFacts] = []
    for host in hosts:
        resident = [vm for vm in host.vms if vm.resident_on == host.uuid]
        used = sum(vm.memory for vm in resident) + host.control_domain_memory
        protected = [vm for vm in resident if _priority(plan, vm) == "restart"]
        waiting += [
            vm
            for vm in host.vms
            if vm.resident_on != host.uuid and _priority(plan, vm) == "restart"
        ]
        free = max(0, host.memory_total - host.memory_overhead - used)
        result.append(HostCapacity(host.address, host.name, host.memory_total, free, protected))
    for vm in sorted(waiting, key=lambda v: v.memory, reverse=True):
        roomiest = max(result, key=lambda c: c.free, default=None)
        if roomiest is None:
            break
        roomiest.free -= vm.memory  # may go negative: then no plan exists at all
        roomiest.protected.append(vm)
    return result


def _fits(free: list[int], sizes: list[int]) -> bool:
    room = sorted(free, reverse=True)
    for size in sorted(sizes, reverse=True):
        room.sort(reverse=True)
        if not room or room[0] < size:
            return False
        room[0] -= size
    return True


EXHAUSTIVE_LIMIT = 5000  # failure combinations tried one by one; beyond, the worst case only


def survives(capacities: list[HostCapacity], failures: int) -> tuple[bool, list[str]]:
    if any(c.free < 0 for c in capacities):
        return False, [vm.name for c in capacities for vm in c.protected]
    if failures == 0:
        return True, []
    if failures >= len(capacities):
        return False, [vm.name for c in capacities for vm in c.protected]
    if not any(c.protected for c in capacities):
        return True, []
    indices = range(len(capacities))
    if math.comb(len(capacities), failures) <= EXHAUSTIVE_LIMIT:
        candidates: Iterable[tuple[int, ...]] = itertools.combinations(indices, failures)
    else:
        # The hosts carrying the most protected memory fail together.
        load = sorted(
            indices, key=lambda i: sum(vm.memory for vm in capacities[i].protected), reverse=True
        )
        candidates = [tuple(load[:failures])]
    for failed in candidates:
        survivors = [c.free for i, c in enumerate(capacities) if i not in failed]
        displaced = [vm for i in failed for vm in capacities[i].protected]
        if not _fits(survivors, [vm.memory for vm in displaced]):
            return False, [vm.name for vm in displaced]
    return True, []


def capacity_plan(plan: Plan, hosts: list[HostFacts]) -> CapacityPlan:
    capacities = host_capacities(plan, hosts)
    best, stranded = 0, []
    for n in range(1, len(capacities)):
        ok, lost = survives(capacities, n)
        if not ok:
            stranded = lost
            break
        best = n
    ok, lost = survives(capacities, 0)
    if not ok:
        best, stranded = 0, lost
    return CapacityPlan(capacities, best, stranded)


def ha_findings(plan: Plan, hosts: list[HostFacts], xapi_max: int | None = None) -> list[Finding]:
    if not plan.ha.enabled:
        return [
            Finding.info(
                "ha.enabled",
                translate("Capacity", "HA stays off"),
                check=QT_TRANSLATE_NOOP("Checks", "HA"),
            )
        ]
    out: list[Finding] = []
    if len(hosts) < 2:
        out.append(
            Finding.error(
                "ha.enabled",
                translate("Capacity", "HA needs at least 2 hosts"),
                translate("Capacity", "Add hosts or turn HA off."),
                check=QT_TRANSLATE_NOOP("Checks", "HA"),
            )
        )
        return out
    result = capacity_plan(plan, hosts)
    wanted = plan.ha.host_failures_to_tolerate
    shown = (
        translate("Capacity", "own plan: {own}, XAPI: {xapi}").format(
            own=result.max_failures, xapi=xapi_max
        )
        if xapi_max is not None
        else translate("Capacity", "own plan: {own}").format(own=result.max_failures)
    )
    limit = min(
        result.max_failures,
        xapi_max if xapi_max is not None else result.max_failures,
        len(hosts) - 1,
    )
    if wanted > limit:
        out.append(
            Finding.error(
                "ha.host_failures_to_tolerate",
                translate(
                    "Capacity",
                    "the pool can tolerate {limit} host failure(s) with its VMs, not {wanted} "
                    "({shown})",
                ).format(limit=limit, wanted=wanted, shown=shown),
                translate(
                    "Capacity", "Lower it to {limit}, protect fewer VMs, or add memory/hosts."
                ).format(limit=limit),
                check=QT_TRANSLATE_NOOP("Checks", "HA capacity"),
            )
        )
    elif wanted == 0:
        fix = translate("Capacity", "Use 1 when the pool has the headroom.")
        if limit == 0 and result.stranded:
            fix = translate(
                "Capacity",
                "1 is not possible: with one host down, {vms} would find no room. Set less "
                "important VMs to {priority}, or add memory or a host.",
            ).format(vms=", ".join(result.stranded), priority="'best-effort'")
        out.append(
            Finding.warning(
                "ha.host_failures_to_tolerate",
                translate(
                    "Capacity",
                    "0 means HA restarts VMs only if there happens to be room: nothing is reserved",
                ),
                fix,
                check=QT_TRANSLATE_NOOP("Checks", "HA capacity"),
            )
        )
    else:
        out.append(
            Finding.info(
                "ha.host_failures_to_tolerate",
                translate("Capacity", "{wanted} host failure(s) covered ({shown})").format(
                    wanted=wanted, shown=shown
                ),
                check=QT_TRANSLATE_NOOP("Checks", "HA capacity"),
            )
        )
    if result.stranded and wanted > result.max_failures:
        out.append(
            Finding.warning(
                "ha.restart_priorities",
                translate("Capacity", "would not restart after {failures} failures: {vms}").format(
                    failures=result.max_failures + 1, vms=", ".join(result.stranded)
                ),
                translate("Capacity", "Give less important VMs {priority}.").format(
                    priority="'best-effort'"
                ),
                check=QT_TRANSLATE_NOOP("Checks", "HA capacity"),
            )
        )
    return out


def local_vm_findings(hosts: list[HostFacts]) -> list[Finding]:
    """VMs whose disks are on local storage cannot live-migrate until moved."""
    out = []
    for host in hosts:
        for vm in host.vms:
            if vm.local_disks:
                out.append(
                    Finding.info(
                        host.address,
                        translate("Capacity", "VM {vm} has disks on {srs}").format(
                            vm=vm.name, srs=", ".join(vm.local_disks)
                        ),
                        translate(
                            "Capacity",
                            "Move its disks to the shared SR to make it live-migratable and "
                            "HA-protectable.",
                        ),
                        check=QT_TRANSLATE_NOOP("Checks", "local storage"),
                    )
                )
    return out


def live_move_findings(plan: Plan, hosts: list[HostFacts]) -> list[Finding]:
    """A running VM in move_vms moves by migrating to its own host: XAPI wants its memory
    free there a second time (HOST_NOT_ENOUGH_FREE_MEMORY otherwise)."""
    free = {c.address: c.free for c in host_capacities(plan, hosts)}
    out = []
    for host in hosts:
        for vm in host.vms:
            if (
                vm.name not in plan.move_vms
                or vm.power_state != "Running"
                or vm.resident_on != host.uuid
                or not vm.local_disks
            ):
                continue
            room = free.get(host.address, 0)
            if room >= vm.memory:
                continue
            out.append(
                Finding.error(
                    "move_vms",
                    translate(
                        "Capacity",
                        "{vm} runs on {host} with {free} GiB free; moving its disks live needs "
                        "its memory ({memory} GiB) free there once more",
                    ).format(
                        vm=vm.name,
                        host=host.name,
                        free=decimal(max(0, room) / GiB),
                        memory=decimal(vm.memory / GiB),
                    ),
                    translate(
                        "Capacity",
                        "Shut it down first (its disks are then copied), free memory on that "
                        "host, or remove it from move_vms.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "VM move"),
                )
            )
    return out

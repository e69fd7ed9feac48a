"""Texts the report and the wizard's pages share, and the HTML the Review and Finish pages show.

Pure (strings from plans, facts and findings; no Qt widgets), so the headless report uses it
too. Each text keeps the translation context it was made in ("Pages", "Steps", "Report",
"FinishPage"): the catalogues match whoever shows it.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from wizard.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from wizard.checks.facts import HostFacts
    from wizard.plan import Plan

# Progress that comes from outside a build step (context.connect).
OTHER_STEP_TITLES = {"connect": QT_TRANSLATE_NOOP("Steps", "Log in to the hosts")}


@functools.cache
def step_titles() -> dict[str, str]:
    from wizard.steps.engine import all_steps

    return {**OTHER_STEP_TITLES, **{step.key: step.title for step in all_steps()}}


def step_label(key: str) -> str:
    """A step's title in the user's language, for a step key (progress events, the journal)."""
    title = step_titles().get(key)
    return translate("Steps", title) if title else key


def host_checks_heading() -> str:
    return translate("Report", "Storage path, checked from each host over SSH")


def single_nic_heading() -> str:
    return translate("Report", "Management on a single NIC")


def single_nic_management(facts: list[HostFacts]) -> list[str]:
    """Names of the hosts whose management interface is one NIC, not a bond."""
    return sorted(f.name for f in facts if f.management is not None and not f.management.bonded)


def bond_advice(hosts: list[str]) -> str:
    return translate(
        "Report",
        "{hosts}: HA's heartbeat runs over the management network, so one failed NIC, cable "
        "or switch port makes a healthy host look dead and HA may fence it. Bond the "
        "management interface across two NICs on two switches (XenCenter: pool, NICs, Create "
        "Bond); the pool exists now, so the bond is made pool-wide.",
    ).format(hosts=", ".join(hosts))


def mixed_vendors_heading() -> str:
    return translate("Report", "Mixed CPU vendors (unsupported)")


def mixed_vendor_advice(facts: list[HostFacts]) -> str:
    """What a pool of two CPU vendors (a forced join) cannot do, or "" for one vendor."""
    master = next((f for f in facts if f.is_master), None)
    if master is None:
        return ""
    vendor = master.cpu_info.get("vendor", "")
    others = sorted(f.name for f in facts if f.cpu_info.get("vendor", "") != vendor)
    if not others:
        return ""
    return translate(
        "Report",
        "{hosts}: their CPUs are not {vendor} like the master's; only a forced join puts them "
        "in one pool. XAPI refuses to move a running VM between the vendors "
        "(VM_INCOMPATIBLE_WITH_THIS_HOST), so XenMotion and HA restarts work only among hosts "
        "of one vendor. Move the VMs off these hosts or give them a pool of their own.",
    ).format(hosts=", ".join(others), vendor=vendor or "?")


def describe_plan(
    plan: Plan,
    forced: frozenset[str] = frozenset(),
    pausing_ha: bool = False,
    lun_holds_sr: bool = False,
) -> str:
    """The plan in words (Review and Finish pages), in the "Pages" context.

    ``forced``: the joins the user confirmed forcing; ``pausing_ha``: HA goes off for the
    joins; ``lun_holds_sr``: the shared SR's LUN already holds an SR.
    """
    net = plan.storage_network
    iscsi = plan.iscsi
    ips = plan.storage_ips()
    master = plan.master_host.address
    hosts = "".join(
        "<li>"
        + (
            translate("Pages", "<b>{0}</b> ({1}) — master: storage IP {2} on {3}")
            if h.address == master
            else translate(
                "Pages",
                "<b>{0}</b> ({1}) — joins, <b style='color:#b00020'>FORCED (unsupported)</b>: "
                "storage IP {2} on {3}",
            )
            if h.address in forced
            else translate("Pages", "<b>{0}</b> ({1}) — joins: storage IP {2} on {3}")
        ).format(
            h.name or h.address, h.address, ips.get(h.address, "?"), f"{plan.nic_for(h)}.{net.vlan}"
        )
        + "</li>"
        for h in plan.hosts
    )
    ha = (
        translate("Pages", "HA on, tolerating {0} host failure(s), heartbeat on LUN {1}.").format(
            plan.ha.host_failures_to_tolerate, iscsi.heartbeat_scsi_id
        )
        if plan.ha.enabled
        else translate("Pages", "HA stays off.")
    )
    if pausing_ha:
        ha = (
            translate(
                "Pages", "HA is turned off while the new hosts join (no VM is restarted meanwhile)."
            )
            + " "
            + ha
        )
    if not lun_holds_sr:
        shared = translate("Pages", "Shared SR “{0}” on {1} / {2}, LUN {3}.")
    elif iscsi.existing_sr == "reattach":
        shared = translate(
            "Pages",
            "Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN holds an SR: it is reattached "
            "with its data).",
        )
    else:
        shared = translate("Pages", "Shared SR “{0}” on {1} / {2}, LUN {3} (the LUN is FORMATTED).")
    return (
        "<h3>"
        + translate("Pages", "Pool “{0}”").format(plan.pool_name)
        + "</h3><ul>"
        + hosts
        + "</ul><p>"
        + translate("Pages", "Storage network “{0}”: VLAN {1}, MTU {2}, subnet {3}.").format(
            net.name, net.vlan, net.mtu, net.subnet
        )
        + "</p><p>"
        + shared.format(iscsi.sr_name, ", ".join(iscsi.portals), iscsi.target_iqn, iscsi.sr_scsi_id)
        + (
            " "
            + translate(
                "Pages", "Multipathing is turned on on every host first ({0} portals)."
            ).format(len(iscsi.portals))
            if iscsi.multipath
            else ""
        )
        + "</p><p>"
        + ha
        + "</p>"
    )

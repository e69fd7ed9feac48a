"""Why a member looks disconnected: a dead host, a lost management network or a lost master.

Shared by ``health`` and the wizard's "Check a host..." dialog; it contacts hosts with the
SDK (blocking: front ends call it off their event loop's thread).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.ssh import SshAccess, SshError
from wizard.xapi.client import (
    Endpoint,
    HostClient,
    MasterIsElsewhere,
    connect_to_pool,
    is_reachable,
)
from wizard.xapi.errors import XapiFailure, XenPoolError

HEALTHY = "healthy"
HOST_DOWN = "host down"
MANAGEMENT_LOST = "management network unreachable but VMs running"
MANAGEMENT_LOST_IDLE = "management network unreachable, host up with no VMs"
MASTER_UNREACHABLE = "pool master unreachable"

VERDICTS = {
    HEALTHY: QT_TRANSLATE_NOOP("Health", "healthy"),
    HOST_DOWN: QT_TRANSLATE_NOOP("Health", "host down"),
    MANAGEMENT_LOST: QT_TRANSLATE_NOOP("Health", "management network unreachable but VMs running"),
    MANAGEMENT_LOST_IDLE: QT_TRANSLATE_NOOP(
        "Health", "management network unreachable, host up with no VMs"
    ),
    MASTER_UNREACHABLE: QT_TRANSLATE_NOOP("Health", "pool master unreachable"),
}


@dataclass
class Diagnosis:
    address: str
    verdict: str  # one of VERDICTS' keys (English, for scripts); shown translated
    evidence: list[str] = field(default_factory=list)
    advice: str = ""

    @property
    def verdict_text(self) -> str:
        return translate("Health", VERDICTS[self.verdict])

    def render(self) -> str:
        out = [f"{self.address}: {self.verdict_text}"]
        out += [f"  - {line}" for line in self.evidence]
        if self.advice:
            out.append(f"  -> {self.advice}")
        return "\n".join(out)


def _advice_down() -> str:
    return translate(
        "Health",
        "Check the host's power and console. If it is up, its management NIC or switch port is "
        "the suspect; its VMs may still run (check them from the console: xe vm-list "
        "resident-on=...).",
    )


def diagnose(
    address: str,
    port: int,
    user: str,
    password: str,
    fingerprint_for: Any,
    *,
    master: str = "",
    ssh: SshAccess | None = None,
) -> Diagnosis:
    """Contact a member directly to tell a dead host from a lost management network.

    When the member does not answer on its management address, look at it from the
    other side: the master's database (is it live, which VMs ran there) and, with SSH,
    the storage network — a host whose management NIC failed still answers there, and
    ``xl list`` shows the VMs that still run on it.
    """
    if is_reachable(address, port, timeout=3.0):
        return _diagnose_direct(address, port, user, password, fingerprint_for, master)
    evidence = [
        translate("Health", "no answer on {address}:{port}").format(address=address, port=port)
    ]
    if not master or master == address:
        advice = _advice_down()
        if not master:
            advice += " " + translate(
                "Health",
                "Give the master's address (--master) to look at the host through the pool.",
            )
        return Diagnosis(address, HOST_DOWN, evidence, advice)
    return _diagnose_via_master(
        address, port, user, password, fingerprint_for, master, ssh, evidence
    )


def _diagnose_direct(
    address: str, port: int, user: str, password: str, fingerprint_for: Any, master: str = ""
) -> Diagnosis:
    """Ask the member itself, through a slave-local session.

    Such a session lives outside the pool database (xapi_local_session.ml): nothing reads
    the session object. A member that lost its master is in emergency mode and answers only
    the emergency calls, so that is asked first; in touch with its master, the member reads
    the pool's records for us.
    """
    evidence = [
        translate("Health", "XAPI answers on {address}:{port}").format(address=address, port=port)
    ]
    local = HostClient(
        Endpoint(address, port), fingerprint_for(address), user, password, local=True
    ).login()
    try:  # the SDK ends a slave-local login with session.local_logout
        if local.call("host.is_in_emergency_mode"):
            return _emergency(address, port, evidence, _unhealthy_reason(local), master)
        # A member reads the pool's records from its master, waiting for it while it is
        # gone: first ask who the master is (login answers without the database).
        named = _named_master(address, port, user, password, fingerprint_for)
        if named != address and not is_reachable(named, port, timeout=3.0):
            return _master_unreachable(address, named, evidence)
        vms = local.call("VM.get_all_records")
        hosts = local.call("host.get_all_records")
        me = next((ref for ref, h in hosts.items() if h["address"] == address), "")
        running = [
            vm["name_label"]
            for vm in vms.values()
            if me
            and vm["resident_on"] == me
            and vm["power_state"] == "Running"
            and not vm["is_control_domain"]
        ]
        evidence.append(_running_here(running))
    finally:
        local.logout()
    master_address = named
    if master_address != address:
        try:
            client = connect_to_pool(
                Endpoint(master_address, port), fingerprint_for, user, password
            )
        except XenPoolError as exc:
            evidence.append(
                translate("Health", "the master did not accept a login: {reason}").format(
                    reason=exc.message
                )
            )
        else:
            try:
                view = _MasterView.read(client, address)
            finally:
                client.logout()
            if not view.live:
                evidence.append(
                    translate("Health", "the master {master} sees this host as not live").format(
                        master=master_address
                    )
                )
                verdict = MANAGEMENT_LOST if running else MANAGEMENT_LOST_IDLE
                return Diagnosis(address, verdict, evidence, _advice_management())
    return Diagnosis(address, HEALTHY, evidence)


def _named_master(address: str, port: int, user: str, password: str, fingerprint_for: Any) -> str:
    """The master ``address`` names (HOST_IS_SLAVE), or ``address`` if it is one."""
    try:
        client = HostClient(Endpoint(address, port), fingerprint_for(address), user, password)
        client.login()
    except MasterIsElsewhere as moved:
        return moved.master
    client.logout()
    return address


def _master_unreachable(address: str, master: str, evidence: list[str]) -> Diagnosis:
    evidence.append(
        translate("Health", "the master {master} does not answer from here").format(master=master)
    )
    return Diagnosis(
        address,
        MASTER_UNREACHABLE,
        evidence,
        translate(
            "Health",
            "The member is fine but the master {master} is not reachable. If the master "
            "is really gone, promote this member: xe pool-emergency-transition-to-master "
            "(on this host).",
        ).format(master=master),
    )


def _unhealthy_reason(local: HostClient) -> str:
    """What host.local_assert_healthy says is wrong with the member (XAPI's own words)."""
    try:
        local.call("host.local_assert_healthy")
    except XapiFailure as failure:
        return failure.message
    return ""


def _emergency(address: str, port: int, evidence: list[str], reason: str, master: str) -> Diagnosis:
    evidence.append(
        translate(
            "Health", "it runs in emergency mode: it cannot reach its master ({reason})"
        ).format(reason=reason or "?")
    )
    if master and master != address:
        reachable = is_reachable(master, port, timeout=3.0)
        evidence.append(
            (
                translate("Health", "the master {master} answers from here")
                if reachable
                else translate("Health", "the master {master} does not answer from here")
            ).format(master=master)
        )
    return Diagnosis(
        address,
        MASTER_UNREACHABLE,
        evidence,
        translate(
            "Health",
            "The member runs but has lost its master: its VMs keep running, but nothing can be "
            "changed on it. Check the network path between them; if the master is really gone, "
            "promote this member: xe pool-emergency-transition-to-master (on this host).",
        ),
    )


def _running_here(names: list[str]) -> str:
    return translate("Health", "{count} VM(s) running here: {names}").format(
        count=len(names), names=", ".join(names) or translate("Health", "none")
    )


def _advice_management() -> str:
    return translate(
        "Health",
        "The host runs and its VMs keep running, but the master cannot hear it on the "
        "management network: check its management NIC, cable and switch port (or the VLAN), "
        "then xe-reset-networking on its console if the configuration is wrong.",
    )


@dataclass
class _MasterView:
    """What the pool master's database says about one member."""

    live: bool
    running: list[str]  # VM names the database has running there
    vm_names: dict[str, str]  # VM uuid -> name, to name the domains xl lists
    other_ips: list[tuple[str, str]]  # (interface, IP) of its non-management PIFs

    @classmethod
    def read(cls, client: HostClient, address: str) -> _MasterView:
        hosts = client.call("host.get_all_records")
        host_ref = next((ref for ref, h in hosts.items() if h["address"] == address), None)
        if host_ref is None:
            raise XenPoolError(
                translate("Health", "the pool has no host with the address {address}").format(
                    address=address
                ),
                translate("Health", "Check the member's address (its management IP)."),
            )
        live = bool(client.call("host_metrics.get_live", hosts[host_ref]["metrics"]))
        vms = client.call("VM.get_all_records")
        running = sorted(
            vm["name_label"]
            for vm in vms.values()
            if vm["resident_on"] == host_ref
            and vm["power_state"] == "Running"
            and not vm["is_control_domain"]
        )
        names = {vm["uuid"]: vm["name_label"] for vm in vms.values()}
        pifs = client.call("PIF.get_all_records")
        other = sorted(
            (pif["device"] + (f".{pif['VLAN']}" if int(pif["VLAN"]) >= 0 else ""), pif["IP"])
            for pif in pifs.values()
            if pif["host"] == host_ref and pif["IP"] and not pif["management"]
        )
        return cls(live, running, names, other)


def _diagnose_via_master(
    address: str,
    port: int,
    user: str,
    password: str,
    fingerprint_for: Any,
    master: str,
    ssh: SshAccess | None,
    evidence: list[str],
) -> Diagnosis:
    if not is_reachable(master, port, timeout=3.0):
        evidence.append(
            translate("Health", "the master {master} does not answer either").format(master=master)
        )
        return Diagnosis(
            address,
            HOST_DOWN,
            evidence,
            translate(
                "Health",
                "Neither the host nor its master answers: check this computer's own network "
                "first, then the hosts' consoles.",
            ),
        )
    client = connect_to_pool(Endpoint(master, port), fingerprint_for, user, password)
    try:
        view = _MasterView.read(client, address)
    finally:
        client.logout()
    evidence.append(
        translate("Health", "the master {master} sees this host as live").format(master=master)
        if view.live
        else translate("Health", "the master {master} sees this host as not live").format(
            master=master
        )
    )
    if view.running:
        evidence.append(
            translate(
                "Health", "the pool database had {count} VM(s) running there: {names}"
            ).format(count=len(view.running), names=", ".join(view.running))
        )
    if ssh is None:
        advice = (
            _advice_down()
            + " "
            + translate(
                "Health",
                "Check again with SSH (health --ssh, or the SSH box of Check a host) to look at the "
                "host through the master and the storage network.",
            )
        )
        return Diagnosis(address, HOST_DOWN, evidence, advice)
    if not view.other_ips:
        evidence.append(translate("Health", "the host has no storage network to look through"))
        return Diagnosis(address, HOST_DOWN, evidence, _advice_down())
    answered, domains = _look_through_storage(address, master, view, ssh, evidence)
    if answered:
        # Xen's own list says whether VMs still run; without it, assume they do (the safe
        # guess: nobody restarts them elsewhere by hand while they might run).
        verdict = MANAGEMENT_LOST_IDLE if domains == [] else MANAGEMENT_LOST
        return Diagnosis(address, verdict, evidence, _advice_management())
    return Diagnosis(address, HOST_DOWN, evidence, _advice_down())


def _said(exc: SshError) -> str:
    """An SSH failure with what to do about it (a host key that changed says how to check it)."""
    return f"{exc.message} {exc.advice}".strip()


def _look_through_storage(
    address: str, master: str, view: _MasterView, ssh: SshAccess, evidence: list[str]
) -> tuple[bool, list[str] | None]:
    """From the master: ping the member's storage IPs, then SSH to it through them.

    Whether it answered, and the VMs ``xl list`` shows running on it (None: not read)."""
    try:
        hop = ssh.connect(master)
    except SshError as exc:
        evidence.append(
            translate("Health", "no SSH to the master {master}: {reason}").format(
                master=master, reason=_said(exc)
            )
        )
        return False, None
    answered = False
    domains: list[str] | None = None
    with hop:
        for interface, ip in view.other_ips:
            ping = hop.run(["ping", "-c", "2", "-W", "1", ip], timeout=10.0)
            if ping.ok:
                answered = True
                evidence.append(
                    translate(
                        "Health", "it answers the master's ping on {interface} ({ip})"
                    ).format(interface=interface, ip=ip)
                )
            else:
                evidence.append(
                    translate(
                        "Health", "no answer to the master's ping on {interface} ({ip})"
                    ).format(interface=interface, ip=ip)
                )
                continue
            try:
                member = ssh.connect(address, via=(hop, ip))
            except SshError as exc:
                evidence.append(
                    translate("Health", "no SSH to it through {ip}: {reason}").format(
                        ip=ip, reason=_said(exc)
                    )
                )
                continue
            with member:
                listing = member.run(["xl", "list"], timeout=15.0)
            if listing.ok:
                domains = [view.vm_names.get(d, d) for d in parse_xl_list(listing.stdout)]
                evidence.append(
                    translate(
                        "Health",
                        "xl list through the storage network: {count} VM(s) running: {names}",
                    ).format(
                        count=len(domains),
                        names=", ".join(sorted(domains)) or translate("Health", "none"),
                    )
                )
            else:
                evidence.append(
                    translate("Health", "xl list failed on it: {output}").format(
                        output=listing.output.strip()[:200]
                    )
                )
            break
    return answered, domains


def parse_xl_list(text: str) -> list[str]:
    """Domain names of the guests in ``xl list`` output (XAPI names them by VM uuid)."""
    names: list[str] = []
    for line in text.splitlines():
        words = line.split()
        if len(words) < 4 or words[0] == "Name" or not words[1].isdigit():
            continue
        if words[1] == "0":  # the control domain
            continue
        names.append(words[0])
    return names

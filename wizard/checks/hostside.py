"""Checks run on each host over SSH, after the storage network exists and before the SR.

XAPI says what it configured; these checks ask the host itself: is the
storage interface there, up, with the planned IP and MTU; does every portal
answer from it; do jumbo frames get through end to end; does iSCSI discovery
find the planned target; does every host see the same paths.

What the tools print is read in wizard.checks.hosttools (pure, tested on
captured output); the checks take any ``Shell`` (an SSH session in the
product) and return Findings.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from wizard.checks.hosttools import (
    ICMP_OVERHEAD,
    LIBISCSI_WRAPPER,
    PING_COUNT,
    DiscoveryError,
    PortalTarget,
    parse_ip_addr,
    parse_ip_link_json,
    parse_iscsi_ls,
    parse_iscsi_ls_error,
    parse_iscsiadm_error,
    parse_ping,
    parse_sendtargets,
    ping_argv,
)
from wizard.findings import Finding
from wizard.i18n import QT_TRANSLATE_NOOP, translate
from wizard.ssh import CommandResult


class Shell(Protocol):
    """Runs an argv command on one host (wizard.ssh.SshSession is one)."""

    address: str

    def run(
        self,
        argv: Sequence[str],
        *,
        timeout: float | None = None,
        stdin: str = "",
        secrets: Sequence[str] = (),
    ) -> CommandResult: ...


# -- the checks --------------------------------------------------------------------------
@dataclass
class HostCheckInput:
    """What one host should look like (from the plan and XAPI)."""

    address: str
    name: str
    ip: str  # planned storage IP
    prefix: int  # of the storage subnet
    mtu: int
    interfaces: list[str]  # names the storage interface may have (XAPI bridge, NIC.VLAN)
    portals: list[str]
    port: int = 3260
    target_iqn: str = ""
    chap_user: str = ""
    chap_secret: str = ""
    initiator_iqn: str = ""


@dataclass
class HostCheckResult:
    address: str
    findings: list[Finding] = field(default_factory=list)
    interface: str = ""
    tool: str = ""  # "iscsiadm" | "iscsi-ls"
    # (portal, iqn) pairs this host's discovery found, per portal asked.
    paths: set[tuple[str, str]] = field(default_factory=set)


def _label(spec: HostCheckInput) -> str:
    return (
        f"{spec.name} ({spec.address})" if spec.name and spec.name != spec.address else spec.address
    )


def check_interface(shell: Shell, spec: HostCheckInput, out: HostCheckResult) -> None:
    """The storage interface exists, is up, holds the planned IP and MTU."""
    host = _label(spec)
    addrs = shell.run(["ip", "-o", "-4", "addr", "show"])
    owners = parse_ip_addr(addrs.stdout)
    holder = next((name for name, ips in owners.items() if any(ip == spec.ip for ip, _ in ips)), "")
    links = {
        link.name: link
        for link in parse_ip_link_json(shell.run(["ip", "-j", "link", "show"]).stdout)
    }
    name = holder or next((n for n in spec.interfaces if n in links), "")
    if not name:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks",
                    "{host}: no storage interface ({interfaces}) and no interface holds {ip}",
                ).format(
                    host=host,
                    interfaces=translate("HostChecks", " or ", "between interface names").join(
                        spec.interfaces
                    ),
                    ip=spec.ip,
                ),
                translate(
                    "HostChecks",
                    "The storage VLAN was not created on this host: check XAPI's PIF for it "
                    "({command}) and re-run the build.",
                ).format(command="xe pif-list host-name-label=... VLAN=..."),
                check=QT_TRANSLATE_NOOP("Checks", "storage interface"),
                evidence=", ".join(sorted(links)),
            )
        )
        return
    out.interface = name
    link = links.get(name)
    if link is None:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks", "{host}: {name} holds {ip} but {command} does not list it"
                ).format(host=host, name=name, ip=spec.ip, command="ip link"),
                check=QT_TRANSLATE_NOOP("Checks", "storage interface"),
            )
        )
        return
    if not link.admin_up or not link.lower_up:
        out.findings.append(
            Finding.error(
                spec.address,
                (
                    translate("HostChecks", "{host}: storage interface {name} is down")
                    if not link.admin_up
                    else translate("HostChecks", "{host}: storage interface {name} is without link")
                ).format(host=host, name=name),
                translate(
                    "HostChecks",
                    "Plug the storage PIF ({command}) and check the cable and switch port.",
                ).format(command="xe pif-plug"),
                check=QT_TRANSLATE_NOOP("Checks", "storage interface"),
                evidence=translate("HostChecks", "state {state}, flags {flags}").format(
                    state=link.operstate, flags="UP" if link.admin_up else "down"
                ),
            )
        )
    if not holder:
        seen = ", ".join(f"{ip}/{p}" for ip, p in owners.get(name, [])) or translate(
            "HostChecks", "no IPv4 address"
        )
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks",
                    "{host}: storage interface {name} does not hold the planned IP {ip}",
                ).format(host=host, name=name, ip=spec.ip),
                translate("HostChecks", "Set the storage PIF's IP ({command}) as planned.").format(
                    command="xe pif-reconfigure-ip"
                ),
                check=QT_TRANSLATE_NOOP("Checks", "storage interface"),
                evidence=seen,
            )
        )
    else:
        prefix = next(p for ip, p in owners[holder] if ip == spec.ip)
        if prefix != spec.prefix:
            out.findings.append(
                Finding.error(
                    spec.address,
                    translate(
                        "HostChecks",
                        "{host}: {ip} on {name} has prefix /{prefix}, planned /{planned}",
                    ).format(host=host, ip=spec.ip, name=name, prefix=prefix, planned=spec.prefix),
                    translate("HostChecks", "Correct the storage PIF's netmask."),
                    check=QT_TRANSLATE_NOOP("Checks", "storage interface"),
                )
            )
    if link.mtu != spec.mtu:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks",
                    "{host}: storage interface {name} runs at MTU {mtu}, planned {planned}",
                ).format(host=host, name=name, mtu=link.mtu, planned=spec.mtu),
                translate(
                    "HostChecks",
                    "Set the storage network's MTU ({command}) and re-plug the PIF; "
                    "a NIC driver that keeps 1500 needs a NIC with jumbo-frame support.",
                ).format(command="xe network-param-set MTU=..."),
                check=QT_TRANSLATE_NOOP("Checks", "storage interface"),
                evidence=f"ip link: mtu {link.mtu}",
            )
        )


def check_portal(shell: Shell, spec: HostCheckInput, portal: str, out: HostCheckResult) -> bool:
    """The portal answers a ping from the storage interface; then jumbo frames if planned."""
    host = _label(spec)
    result = shell.run(ping_argv(out.interface, portal), timeout=PING_COUNT * 2 + 10)
    ping = parse_ping(result.stdout, result.stderr)
    if not ping.answered:
        if ping.no_device:
            message = translate(
                "HostChecks",
                "{host}: portal {portal} does not answer from {interface} ({interface} does not "
                "exist)",
            )
        elif ping.no_route:
            message = translate(
                "HostChecks",
                "{host}: portal {portal} does not answer from {interface} (no route to it)",
            )
        elif ping.unreachable_from:
            message = translate(
                "HostChecks",
                "{host}: portal {portal} does not answer from {interface} ({router} reports it "
                "unreachable)",
            )
        else:
            message = translate(
                "HostChecks",
                "{host}: portal {portal} does not answer from {interface} ({count} pings, no "
                "answer)",
            )
        out.findings.append(
            Finding.error(
                spec.address,
                message.format(
                    host=host,
                    portal=portal,
                    interface=out.interface,
                    router=ping.unreachable_from,
                    count=ping.transmitted,
                ),
                translate(
                    "HostChecks",
                    "Check that the switch port of this host's storage NIC carries the storage "
                    "VLAN tagged (a wrong tag or an untagged port looks exactly like this), and "
                    "that the array's portal is up.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "portal reachable"),
                evidence=result.output.strip().splitlines()[-1] if result.output.strip() else "",
            )
        )
        return False
    if spec.mtu <= 1500:
        return True
    size = spec.mtu - ICMP_OVERHEAD
    result = shell.run(ping_argv(out.interface, portal, size, True), timeout=PING_COUNT * 2 + 10)
    jumbo = parse_ping(result.stdout, result.stderr)
    if jumbo.received:
        # An MTU problem loses every frame; a lost one among answered ones is not about MTU.
        if jumbo.received < jumbo.transmitted:
            out.findings.append(
                Finding.warning(
                    spec.address,
                    translate(
                        "HostChecks", "{host}: {lost} of {sent} jumbo pings to {portal} were lost"
                    ).format(
                        host=host,
                        lost=jumbo.transmitted - jumbo.received,
                        sent=jumbo.transmitted,
                        portal=portal,
                    ),
                    translate(
                        "HostChecks",
                        "Frames get through but not all of them: check the storage links for "
                        "errors.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "jumbo frames"),
                )
            )
        return True
    evidence = translate("HostChecks", "{command}: {received}/{sent} answered").format(
        command=f"ping -M do -s {size}", received=jumbo.received, sent=jumbo.transmitted
    )
    # A hop's "Frag needed" comes first: after it the kernel also refuses locally.
    if jumbo.frag_needed_mtu:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks",
                    "{host}: jumbo frames to {portal} are refused by {router} (MTU {mtu} on the way)",
                ).format(
                    host=host,
                    portal=portal,
                    router=jumbo.frag_needed_from,
                    mtu=jumbo.frag_needed_mtu,
                ),
                translate(
                    "HostChecks",
                    "A router between host and array has a smaller MTU: keep storage in one L2 "
                    "segment or raise that hop's MTU.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "jumbo frames"),
                evidence=evidence,
            )
        )
    elif jumbo.local_mtu:
        message = (
            translate(
                "HostChecks",
                "{host}: jumbo frames fail on the host itself: {interface} sends at MTU {mtu}, "
                "not {planned} ({error})",
            )
            if jumbo.local_mtu > 0
            else translate(
                "HostChecks",
                "{host}: jumbo frames fail on the host itself: {interface} sends at a smaller "
                "MTU, not {planned} ({error})",
            )
        )
        out.findings.append(
            Finding.error(
                spec.address,
                message.format(
                    host=host,
                    interface=out.interface,
                    mtu=jumbo.local_mtu,
                    planned=spec.mtu,
                    error='"message too long"',
                ),
                translate(
                    "HostChecks",
                    "The host side is too small: set the storage network MTU and re-plug the PIF, "
                    "check the NIC (all VLANs on a NIC share its MTU) and its driver.",
                ),
                check=QT_TRANSLATE_NOOP("Checks", "jumbo frames"),
                evidence=evidence + " (local error: message too long)",
            )
        )
    else:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks",
                    "{host}: jumbo frames to {portal} are silently lost: small pings answer, "
                    "{mtu}-byte frames do not",
                ).format(host=host, portal=portal, mtu=spec.mtu),
                translate(
                    "HostChecks",
                    "The host sends them; a switch port on the way (or the array's interface) does "
                    "not allow MTU {mtu}. Enable jumbo frames on every switch port of the storage "
                    "VLAN and on the array, or plan MTU 1500.",
                ).format(mtu=spec.mtu),
                check=QT_TRANSLATE_NOOP("Checks", "jumbo frames"),
                evidence=evidence,
            )
        )
    return False


NOT_FOUND = 127  # the remote shell's "command not found"


def detect_tool(shell: Shell) -> str:
    """iscsiadm on XenServer/XCP-ng; libiscsi's iscsi-ls where that is what the host has."""
    for tool, argv in (
        ("iscsiadm", ["iscsiadm", "--version"]),
        ("iscsi-ls", ["iscsi-ls", "--help"]),
    ):
        if shell.run(argv, timeout=15).exit_code != NOT_FOUND:
            return tool
    return ""


def discover(
    shell: Shell, tool: str, spec: HostCheckInput, portal: str, ifname: str
) -> tuple[list[PortalTarget], DiscoveryError | None, CommandResult]:
    """SendTargets discovery of one portal from the host; no state is kept on the host."""
    if tool == "iscsiadm":
        result = shell.run(
            [
                "iscsiadm",
                "-m",
                "discovery",
                "-t",
                "sendtargets",
                "-p",
                f"{portal}:{spec.port}",
                "-o",
                "nonpersistent",
            ],
            timeout=60,
        )
        if result.ok:
            return parse_sendtargets(result.stdout), None, result
        return [], parse_iscsiadm_error(result.stderr, result.exit_code), result
    argv = [
        "sh",
        "-c",
        LIBISCSI_WRAPPER,
        "sh",
        "env",
        f"LIBISCSI_BIND_INTERFACES={ifname}",
        "iscsi-ls",
        "-s",
    ]
    if spec.initiator_iqn:
        argv += ["-i", spec.initiator_iqn]
    argv.append(f"iscsi://{portal}:{spec.port}/")
    creds = f"{spec.chap_user}\n{spec.chap_secret if spec.chap_user else ''}\n"
    result = shell.run(argv, timeout=60, stdin=creds, secrets=[spec.chap_secret])
    found = parse_iscsi_ls(result.stdout)
    if result.ok:
        return [PortalTarget(t.address, t.port, t.tpgt, t.iqn) for t in found], None, result
    # iscsi-ls prints some failures on stdout, after the targets it found.
    error = parse_iscsi_ls_error(result.output, result.exit_code)
    return [PortalTarget(t.address, t.port, t.tpgt, t.iqn) for t in found], error, result


_ADVICE = {
    "auth": QT_TRANSLATE_NOOP(
        "HostChecks",
        "Login refused: check the CHAP user and secret, and that this host's initiator IQN "
        "is on the array's access list.",
    ),
    "refused": QT_TRANSLATE_NOOP(
        "HostChecks",
        "Nothing listens for iSCSI on the portal: check the target service on the array.",
    ),
    "unreachable": QT_TRANSLATE_NOOP(
        "HostChecks",
        "The portal does not answer on TCP {port}: check the storage VLAN and the array.",
    ),
    "no-targets": QT_TRANSLATE_NOOP(
        "HostChecks", "The array offers no target to this host: check its access list."
    ),
    "other": QT_TRANSLATE_NOOP("HostChecks", "See the command's output."),
}


def check_discovery(
    shell: Shell, tool: str, spec: HostCheckInput, portal: str, out: HostCheckResult
) -> None:
    host = _label(spec)
    found, error, result = discover(shell, tool, spec, portal, out.interface)
    for entry in found:
        out.paths.add((entry.address, entry.iqn))
    if error is not None:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks", "{host}: iSCSI discovery/login at {portal}:{port} failed ({kind})"
                ).format(host=host, portal=portal, port=spec.port, kind=error.kind),
                translate("HostChecks", _ADVICE[error.kind]).format(port=spec.port),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI discovery"),
                evidence=f"{tool}: {error.detail}",
            )
        )
        return
    iqns = sorted({e.iqn for e in found})
    if spec.target_iqn and spec.target_iqn != "*" and spec.target_iqn not in iqns:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks", "{host}: discovery at {portal} does not offer {iqn}"
                ).format(host=host, portal=portal, iqn=spec.target_iqn),
                (
                    translate(
                        "HostChecks",
                        "The portal offers: {iqns}. Check the plan's target IQN and the array's "
                        "access list for this host's initiator.",
                    ).format(iqns=", ".join(iqns))
                    if iqns
                    else translate(
                        "HostChecks",
                        "The portal offers: nothing. Check the plan's target IQN and the array's "
                        "access list for this host's initiator.",
                    )
                ),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI discovery"),
                evidence=result.stdout.strip()[:500],
            )
        )


def run_host_checks(shell: Shell, spec: HostCheckInput) -> HostCheckResult:
    """Every check on one host; a later check is skipped when an earlier one makes it moot."""
    out = HostCheckResult(spec.address)
    check_interface(shell, spec, out)
    if not out.interface:
        return out
    tool = detect_tool(shell)
    out.tool = tool
    if not tool:
        out.findings.append(
            Finding.error(
                spec.address,
                translate(
                    "HostChecks", "{host}: neither {tool} nor {other_tool} is installed"
                ).format(host=_label(spec), tool="iscsiadm", other_tool="iscsi-ls"),
                translate(
                    "HostChecks",
                    "XenServer/XCP-ng hosts have {tool}; install {package} or {other_package}.",
                ).format(tool="iscsiadm", package="open-iscsi", other_package="libiscsi-bin"),
                check=QT_TRANSLATE_NOOP("Checks", "iSCSI discovery"),
            )
        )
    for portal in spec.portals:
        if check_portal(shell, spec, portal, out) and tool:
            check_discovery(shell, tool, spec, portal, out)
    if not any(f.blocking for f in out.findings):
        out.findings.append(
            Finding.info(
                spec.address,
                (
                    translate(
                        "HostChecks",
                        "{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer "
                        "with jumbo frames; {tool} finds {iqn}",
                    )
                    if spec.mtu > 1500
                    else translate(
                        "HostChecks",
                        "{host}: {interface} up at MTU {mtu} with {ip}; {count} portal(s) answer; "
                        "{tool} finds {iqn}",
                    )
                ).format(
                    host=_label(spec),
                    interface=out.interface,
                    mtu=spec.mtu,
                    ip=spec.ip,
                    count=len(spec.portals),
                    tool=tool,
                    iqn=spec.target_iqn,
                ),
                check=QT_TRANSLATE_NOOP("Checks", "host checks"),
            )
        )
    return out


def multipath_findings(
    results: list[HostCheckResult], portals: list[str], iqn: str
) -> list[Finding]:
    """With several portals every host must see the same paths, or multipath is lopsided."""
    if len(portals) < 2:
        return []
    wanted = {(p, iqn) for p in portals} if iqn and iqn != "*" else set()
    seen_everywhere = set.union(*(r.paths for r in results)) if results else set()
    expected = wanted or seen_everywhere
    out = []
    for result in results:
        missing = sorted(p for p, i in expected - result.paths)
        if missing:
            out.append(
                Finding.warning(
                    result.address,
                    translate(
                        "HostChecks", "sees {seen} of {total} iSCSI paths: missing {missing}"
                    ).format(
                        seen=len(expected) - len(missing),
                        total=len(expected),
                        missing=", ".join(missing),
                    ),
                    translate(
                        "HostChecks",
                        "Every host should reach every portal, or multipath runs degraded on some "
                        "hosts: check the storage NICs, VLANs and the array's portal groups.",
                    ),
                    check=QT_TRANSLATE_NOOP("Checks", "multipath"),
                )
            )
    return out


def interface_candidates(nic: str, vlan: int, bridge: str = "") -> list[str]:
    """Where the storage IP may live: XAPI's bridge for the network, or NIC.VLAN."""
    return [name for name in (bridge, f"{nic}.{vlan}") if name]


def prefix_of(subnet: str) -> int:
    try:
        return ipaddress.IPv4Network(subnet, strict=False).prefixlen
    except ValueError:
        return 0

"""How the host's own tools are called, and what they print, read: iputils ``ping``, iproute2 ``ip``, open-iscsi
``iscsiadm`` and libiscsi ``iscsi-ls``.

Pure functions over the text, so they are tested on captured output (and fuzzed); the
checks that run the tools over SSH are in wizard.checks.hostside.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from wizard.i18n import translate

PING_COUNT = 3
PING_WAIT = 1  # seconds ping waits for each answer
PING_INTERVAL = "0.1"  # below 0.2 s needs root, which the checks log in as
ICMP_OVERHEAD = 28  # IPv4 header + ICMP header: payload = MTU - 28


# -- ping ---------------------------------------------------------------------------
@dataclass(frozen=True)
class PingResult:
    transmitted: int = 0
    received: int = 0
    errors: int = 0
    local_mtu: int = 0  # "local error: message too long, mtu=N": our own interface is smaller
    frag_needed_mtu: int = 0  # "Frag needed and DF set (mtu = N)": a router on the way said so
    frag_needed_from: str = ""
    unreachable_from: str = ""  # "From X icmp_seq=N Destination Host Unreachable"
    no_device: bool = False  # "SO_BINDTODEVICE <if>: No such device"
    no_route: bool = False  # "connect: Network is unreachable"

    @property
    def answered(self) -> bool:
        return self.received > 0

    @property
    def silent_loss(self) -> bool:
        """Sent, nothing came back, and nothing local or on the way complained."""
        return (
            self.transmitted > 0
            and self.received == 0
            and not (self.local_mtu or self.frag_needed_mtu or self.unreachable_from)
        )


_STATS = re.compile(
    r"(\d+) packets transmitted, (\d+) (?:packets )?received(?:, \+(\d+) errors)?", re.M
)
_LOCAL_MTU = re.compile(r"local error: [Mm]essage too long, mtu[= ]+(\d+)")
_SENDMSG_TOO_LONG = re.compile(r"sendmsg: Message too long")
_FRAG = re.compile(r"From (\S+)(?: \([^)]*\))? icmp_seq=\d+ Frag needed and DF set \(mtu = (\d+)\)")
_UNREACHABLE = re.compile(
    r"From (\S+)(?: \([^)]*\))? icmp_seq=\d+ Destination (?:Host|Net) Unreachable"
)


def parse_ping(stdout: str, stderr: str = "") -> PingResult:
    """iputils ping output (stdout and stderr; either may be empty)."""
    text = stdout + "\n" + stderr
    stats = _STATS.search(text)
    transmitted, received, errors = (
        (int(stats.group(1)), int(stats.group(2)), int(stats.group(3) or 0)) if stats else (0, 0, 0)
    )
    local = _LOCAL_MTU.search(text)
    local_mtu = int(local.group(1)) if local else 0
    if not local_mtu and _SENDMSG_TOO_LONG.search(text):
        local_mtu = -1  # older iputils: too long, MTU not said
    frag = _FRAG.search(text)
    unreachable = _UNREACHABLE.search(text)
    return PingResult(
        transmitted=transmitted,
        received=received,
        errors=errors,
        local_mtu=local_mtu,
        frag_needed_mtu=int(frag.group(2)) if frag else 0,
        frag_needed_from=frag.group(1) if frag else "",
        unreachable_from=unreachable.group(1) if unreachable else "",
        no_device="SO_BINDTODEVICE" in text and "No such device" in text,
        no_route="Network is unreachable" in text,
    )


def ping_argv(ifname: str, target: str, size: int = 0, dont_fragment: bool = False) -> list[str]:
    argv = [
        "ping",
        "-n",
        "-c",
        str(PING_COUNT),
        "-W",
        str(PING_WAIT),
        "-i",
        PING_INTERVAL,
        "-I",
        ifname,
    ]
    if dont_fragment:
        argv += ["-M", "do"]
    if size:
        argv += ["-s", str(size)]
    return [*argv, target]


# -- ip -------------------------------------------------------------------------------
@dataclass(frozen=True)
class LinkInfo:
    name: str
    mtu: int
    admin_up: bool  # the UP flag
    lower_up: bool  # carrier (LOWER_UP)
    operstate: str


def parse_ip_link_json(text: str) -> list[LinkInfo]:
    """``ip -j link show``; a malformed answer raises ValueError."""
    data = json.loads(text or "[]")
    if not isinstance(data, list):
        raise ValueError("ip -j link did not answer with a list")
    out = []
    for entry in data:
        if not isinstance(entry, dict) or "ifname" not in entry:
            continue
        flags = entry.get("flags", [])
        out.append(
            LinkInfo(
                name=str(entry["ifname"]),
                mtu=int(entry.get("mtu", 0)),
                admin_up="UP" in flags,
                lower_up="LOWER_UP" in flags,
                operstate=str(entry.get("operstate", "UNKNOWN")),
            )
        )
    return out


_ADDR = re.compile(r"^\d+:\s+(\S+?)(?:@\S+)?\s+inet\s+(\d+\.\d+\.\d+\.\d+)/(\d+)\b", re.M)


def parse_ip_addr(text: str) -> dict[str, list[tuple[str, int]]]:
    """``ip -o addr`` (or ``ip -o -4 addr``): IPv4 addresses with prefix per interface."""
    out: dict[str, list[tuple[str, int]]] = {}
    for match in _ADDR.finditer(text):
        out.setdefault(match.group(1), []).append((match.group(2), int(match.group(3))))
    return out


# -- iSCSI discovery ---------------------------------------------------------------------
@dataclass(frozen=True)
class PortalTarget:
    address: str
    port: int
    tpgt: int
    iqn: str


_SENDTARGETS = re.compile(r"^\[?([0-9A-Fa-f.:]+?)\]?:(\d+),(-?\d+)\s+(\S+)\s*$")


def parse_sendtargets(text: str) -> list[PortalTarget]:
    """``iscsiadm -m discovery -t sendtargets -p IP:PORT``: ``10.0.0.5:3260,1 iqn...`` lines."""
    out = []
    for line in text.splitlines():
        match = _SENDTARGETS.match(line.strip())
        if match:
            address, port, tpgt, iqn = match.groups()
            out.append(PortalTarget(address, int(port), int(tpgt), iqn))
    return out


@dataclass(frozen=True)
class DiscoveryError:
    kind: str  # "auth" | "unreachable" | "refused" | "no-targets" | "other"
    detail: str


def parse_iscsiadm_error(stderr: str, exit_code: int) -> DiscoveryError:
    """iscsiadm's complaints (and exit codes from open-iscsi's iscsi_err.h)."""
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    detail = (
        lines[-1]
        if lines
        else translate("HostChecks", "{tool} exited with {code}").format(
            tool="iscsiadm", code=exit_code
        )
    )
    low = stderr.lower()
    if exit_code == 24 or "authoriz" in low or "authenticat" in low:
        return DiscoveryError("auth", detail)
    if "connection refused" in low:
        return DiscoveryError("refused", detail)
    if exit_code in (4, 8) or "cannot make connection" in low or "no route to host" in low:
        return DiscoveryError("unreachable", detail)
    if exit_code == 21 or "no portals found" in low or "no records found" in low:
        return DiscoveryError("no-targets", detail)
    return DiscoveryError("other", detail)


@dataclass(frozen=True)
class LsLun:
    lun: int
    type: str
    size: str = ""  # libiscsi rounds it ("99G" for 100 GiB): informative only


@dataclass(frozen=True)
class LsTarget:
    iqn: str
    address: str
    port: int
    tpgt: int
    luns: tuple[LsLun, ...] = ()


_LS_TARGET = re.compile(r"^Target:(\S+) Portal:\[?([0-9A-Fa-f.:]+?)\]?:(\d+),(-?\d+)\s*$")
_LS_LUN = re.compile(r"^Lun:(\d+)\s+Type:(\S+)(?: \(Size:([^)]*)\))?")


def parse_iscsi_ls(text: str) -> list[LsTarget]:
    """libiscsi ``iscsi-ls [-s] iscsi://IP[:PORT]/``: a Target line, then its Lun lines."""
    targets: list[LsTarget] = []
    for raw in text.splitlines():
        line = raw.strip()
        target = _LS_TARGET.match(line)
        if target:
            iqn, address, port, tpgt = target.groups()
            targets.append(LsTarget(iqn, address, int(port), int(tpgt)))
            continue
        lun = _LS_LUN.match(line)
        if lun and targets:
            last = targets[-1]
            entry = LsLun(int(lun.group(1)), lun.group(2), lun.group(3) or "")
            targets[-1] = LsTarget(
                last.iqn, last.address, last.port, last.tpgt, (*last.luns, entry)
            )
    return targets


def parse_iscsi_ls_error(stderr: str, exit_code: int) -> DiscoveryError:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    detail = (
        lines[-1]
        if lines
        else translate("HostChecks", "{tool} exited with {code}").format(
            tool="iscsi-ls", code=exit_code
        )
    )
    if "Authentication failure" in stderr:
        return DiscoveryError("auth", detail)
    if "Connection refused" in stderr:
        return DiscoveryError("refused", detail)
    if "socket error" in stderr or "timed out" in stderr.lower() or "No route" in stderr:
        return DiscoveryError("unreachable", detail)
    return DiscoveryError("other", detail)


# libiscsi reads CHAP credentials from its environment: they reach it on stdin,
# so the secret is never on a command line (visible in ps on the host).
LIBISCSI_WRAPPER = (
    "IFS= read -r LIBISCSI_CHAP_USERNAME; IFS= read -r LIBISCSI_CHAP_PASSWORD; "
    'if [ -n "$LIBISCSI_CHAP_USERNAME" ]; then '
    "export LIBISCSI_CHAP_USERNAME LIBISCSI_CHAP_PASSWORD; "
    "else unset LIBISCSI_CHAP_USERNAME LIBISCSI_CHAP_PASSWORD; fi; "
    'exec "$@"'
)

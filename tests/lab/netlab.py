"""A network lab of namespaces: hosts with real sshd, a switch of bridges, a SAN with tgtd.

Layout (``P`` is the lab's short prefix)::

    root namespace   P-m  10.77.0.1/24 ──┐
                                         │  P-sw (the "switch")
    P-h1  eth0 10.77.0.11  ── h1e0 ──── [mgmt bridge]
          eth1 (trunk)     ── h1e1      (attached to nothing: the NIC the VLANs ride on)
          eth1.200         ── h1v200 ── [v200 bridge, MTU 9000] ── sanv200 ── P-san eth0 10.78.0.10
    P-h2, P-h3 likewise

A lab "VLAN" is one bridge per VLAN id (this kernel has no 802.1Q devices):
the host's VLAN interface is a veth named ``eth1.<tag>`` whose switch end is
attached to that VLAN's bridge. Every address lives inside these namespaces
(a free 10.77.N.0/24 for management, 10.78.0.0/24 storage); the root namespace
reaches the management subnet through its own veth into the management bridge.
Storage addresses never leave the lab's namespaces, so labs may share them.

Daemons (one sshd per host namespace, tgtd in the SAN namespace with its own
control socket ``-C N``) are started with pid files and stopped by pid;
``down()`` deletes every namespace, so ``ip netns list`` is as it was.

By hand::

    python -m tests.lab.netlab up      # prints the lab as JSON; state in /tmp/xenpool-lab
    python -m tests.lab.netlab down
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import ipaddress
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

MGMT_PREFIX = "10.77.0"
STORAGE_PREFIX = "10.78.0"
SAN_IP = f"{STORAGE_PREFIX}.10"
SAN_IP2 = f"{STORAGE_PREFIX}.11"
STORAGE_VLAN = 200
JUMBO = 9000
TARGET_IQN = "iqn.2026-01.lab.xenpool:san"
CHAP_USER = "xenpool"
CHAP_SECRET = "lab-chap-secret-12"
GiB = 1024**3
DATA_LUN_BYTES = 100 * GiB  # sparse: costs nothing on disk
HEARTBEAT_LUN_BYTES = 4 * GiB
DEFAULT_DIR = Path("/tmp/xenpool-lab")
CLONE_NEWNET = 0x40000000

TOOLS = ("ip", "sshd", "ssh-keygen", "tgtd", "tgtadm", "iscsi-ls", "ping")


class LabError(RuntimeError):
    pass


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None and not Path("/usr/sbin", t).exists()]


def run(argv: Sequence[str], *, check: bool = True, timeout: float = 20.0) -> str:
    """Run a local command; raise LabError with its stderr when it fails."""
    done = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout)
    if check and done.returncode != 0:
        raise LabError(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.strip()}")
    return done.stdout


def netns_list() -> set[str]:
    return {line.split()[0] for line in run(["ip", "netns", "list"]).splitlines() if line.strip()}


def _root_networks() -> list[ipaddress.IPv4Network]:
    """Every IPv4 route and address network the root namespace has (not the default)."""
    found: list[ipaddress.IPv4Network] = []
    for line in run(["ip", "-4", "route", "show", "table", "all"]).splitlines():
        words = line.split()
        if words and words[0] in ("local", "broadcast", "unicast"):
            words = words[1:]
        if words and words[0] != "default":
            with contextlib.suppress(ValueError):
                found.append(ipaddress.IPv4Network(words[0], strict=False))
    for line in run(["ip", "-4", "-o", "addr", "show"]).splitlines():
        words = line.split()
        if "inet" in words:
            found.append(ipaddress.IPv4Network(words[words.index("inet") + 1], strict=False))
    return found


def subnet_in_use(prefix: str) -> bool:
    """True when the root namespace already routes ``prefix``.0/24 or a part of it.

    A broader route (the machine's own 10.0.0.0/8, say) does not count: the lab's
    connected /24 is more specific and wins.
    """
    wanted = ipaddress.IPv4Network(f"{prefix}.0/24")
    return any(net.subnet_of(wanted) for net in _root_networks())


def free_mgmt_prefix(first: int = 0) -> str:
    """A 10.77.N management /24 that nothing on this machine routes yet."""
    for n in range(first, 250):
        candidate = f"10.77.{n}"
        if not subnet_in_use(candidate):
            return candidate
    raise LabError("no free 10.77.N.0/24 for the lab's management network")


_LAB_NS = re.compile(r"^(xp[a-z]+[0-9]*)-(sw|san|h[0-9]+)$")


def reap_stale_labs() -> list[str]:
    """Delete labs left by a killed run: our namespaces in which no process lives.

    A lab whose daemons still run (another run's, or ``make lab-up``) is left alone.
    """
    labs: dict[str, list[str]] = {}
    for ns in netns_list():
        match = _LAB_NS.match(ns)
        if match:
            labs.setdefault(match.group(1), []).append(ns)
    reaped: list[str] = []
    for prefix, spaces in sorted(labs.items()):
        if any(run(["ip", "netns", "pids", ns], check=False).strip() for ns in spaces):
            continue
        for ns in spaces:
            run(["ip", "netns", "del", ns], check=False)
        run(["ip", "link", "del", f"{prefix}-m"], check=False)
        reaped.append(prefix)
    return reaped


@dataclass
class LabHost:
    name: str
    ns: str
    mgmt_ip: str
    storage_ip: str
    sshd_pid: int = 0
    host_key: str = ""  # path of the sshd host key (private)


@dataclass
class LabState:
    prefix: str
    folder: str
    hosts: list[LabHost] = field(default_factory=list)
    switch_ns: str = ""
    san_ns: str = ""
    root_veth: str = ""
    tgtd_pid: int = 0
    tgt_control: int = 0
    chap: bool = False
    portals: list[str] = field(default_factory=list)
    client_key: str = ""  # private key whose public half every sshd accepts for root
    mgmt_prefix: str = MGMT_PREFIX  # the management /24 (a second lab at once uses another)

    @property
    def root_ip(self) -> str:
        return f"{self.mgmt_prefix}.1"


class NetLab:
    """Build and tear down the lab; every operation a test needs to inject faults."""

    def __init__(
        self,
        hosts: int = 3,
        *,
        folder: Path = DEFAULT_DIR,
        prefix: str | None = None,
        chap: bool = False,
        portals: int = 1,
        mgmt_prefix: str | None = None,
    ) -> None:
        mgmt_prefix = mgmt_prefix or free_mgmt_prefix()
        self.prefix = prefix or f"xpw{os.getpid() % 10000}"
        folder.mkdir(parents=True, exist_ok=True)
        self.state = LabState(
            prefix=self.prefix,
            folder=str(folder),
            switch_ns=f"{self.prefix}-sw",
            san_ns=f"{self.prefix}-san",
            root_veth=f"{self.prefix}-m",
            tgt_control=_free_tgt_control(),
            chap=chap,
            mgmt_prefix=mgmt_prefix,
            portals=[SAN_IP, SAN_IP2][: max(1, min(portals, 2))],
        )
        for n in range(1, hosts + 1):
            self.state.hosts.append(
                LabHost(
                    name=f"xcp-0{n}" if n < 10 else f"xcp-{n}",
                    ns=f"{self.prefix}-h{n}",
                    mgmt_ip=f"{mgmt_prefix}.{10 + n}",
                    storage_ip=f"{STORAGE_PREFIX}.{20 + n}",
                )
            )

    # -- paths and lookups ---------------------------------------------------
    @property
    def folder(self) -> Path:
        return Path(self.state.folder)

    @property
    def hosts(self) -> list[LabHost]:
        return self.state.hosts

    def host(self, address_or_name: str) -> LabHost:
        for host in self.hosts:
            if address_or_name in (host.mgmt_ip, host.name, host.ns):
                return host
        raise KeyError(address_or_name)

    def namespaces(self) -> list[str]:
        return [self.state.switch_ns, self.state.san_ns, *(h.ns for h in self.hosts)]

    # -- building ---------------------------------------------------------------
    def up(self) -> NetLab:
        before = netns_list()
        clash = before & set(self.namespaces())
        if clash:
            raise LabError(f"namespaces already exist: {', '.join(sorted(clash))}")
        if subnet_in_use(self.state.mgmt_prefix):
            # Another route would swallow the lab's traffic: connections refused elsewhere.
            raise LabError(
                f"{self.state.mgmt_prefix}.0/24 is already routed on this machine "
                "(a lab left behind? python -m tests.lab.netlab reap)"
            )
        try:
            self._network()
            self._ssh()
            self._target()
        except BaseException:
            self.down()
            raise
        self.save()
        return self

    def _network(self) -> None:
        sw = self.state.switch_ns
        for ns in self.namespaces():
            run(["ip", "netns", "add", ns])
            run(["ip", "-n", ns, "link", "set", "lo", "up"])
        for bridge in ("mgmt",):
            self._bridge(bridge, 1500)
        # The root namespace's port into the management bridge.
        run(
            [
                "ip",
                "link",
                "add",
                self.state.root_veth,
                "type",
                "veth",
                "peer",
                "name",
                "rootm",
                "netns",
                sw,
            ]
        )
        run(["ip", "-n", sw, "link", "set", "rootm", "master", "mgmt", "up"])
        run(["ip", "addr", "add", f"{self.state.root_ip}/24", "dev", self.state.root_veth])
        run(["ip", "link", "set", self.state.root_veth, "up"])
        for index, host in enumerate(self.hosts, start=1):
            self._veth(host.ns, "eth0", f"h{index}e0", "mgmt", 1500)
            run(["ip", "-n", host.ns, "addr", "add", f"{host.mgmt_ip}/24", "dev", "eth0"])
            self._veth(host.ns, "eth1", f"h{index}e1", None, JUMBO)
        self._bridge(f"v{STORAGE_VLAN}", JUMBO)
        self._veth(self.state.san_ns, "eth0", f"sanv{STORAGE_VLAN}", f"v{STORAGE_VLAN}", JUMBO)
        for portal in self.state.portals:
            run(["ip", "-n", self.state.san_ns, "addr", "add", f"{portal}/24", "dev", "eth0"])

    def _bridge(self, name: str, mtu: int) -> None:
        sw = self.state.switch_ns
        if name in run(["ip", "-n", sw, "-o", "link", "show"]):
            return
        run(
            [
                "ip",
                "-n",
                sw,
                "link",
                "add",
                name,
                "type",
                "bridge",
                "stp_state",
                "0",
                "forward_delay",
                "0",
            ]
        )
        run(["ip", "-n", sw, "link", "set", name, "mtu", str(mtu), "up"])

    def _veth(
        self, ns: str, name: str, port: str, bridge: str | None, mtu: int, port_mtu: int = 0
    ) -> None:
        """A host NIC ``name`` (MTU ``mtu``) cabled to switch port ``port`` on ``bridge``."""
        sw = self.state.switch_ns
        run(
            ["ip", "-n", ns, "link", "add", name, "type", "veth", "peer", "name", port, "netns", sw]
        )
        run(["ip", "-n", sw, "link", "set", port, "mtu", str(port_mtu or mtu)])
        run(["ip", "-n", ns, "link", "set", name, "mtu", str(mtu), "up"])
        if bridge:
            run(["ip", "-n", sw, "link", "set", port, "master", bridge])
            run(["ip", "-n", sw, "link", "set", bridge, "mtu", str(self._bridge_mtu(bridge))])
        run(["ip", "-n", sw, "link", "set", port, "up"])

    def _bridge_mtu(self, bridge: str) -> int:
        return 1500 if bridge == "mgmt" else JUMBO

    # -- VLAN interfaces (what the simulator's lab mode drives) ------------------
    def vlan_port(self, host: LabHost, tag: int) -> str:
        return f"h{self.hosts.index(host) + 1}v{tag}"

    def ensure_vlan_interface(self, host: LabHost, device: str, tag: int) -> str:
        """``<device>.<tag>`` in the host namespace, its switch end on VLAN ``tag``'s bridge."""
        name = f"{device}.{tag}"
        if self.link_exists(host.ns, name):
            return name
        self._bridge(f"v{tag}", JUMBO)
        # The switch port allows jumbo frames; the host side starts at 1500 like a new VLAN.
        self._veth(host.ns, name, self.vlan_port(host, tag), f"v{tag}", 1500, JUMBO)
        return name

    # What the simulator's lab mode (wizard.simulator.lab.LabNetwork) calls.
    def namespace_of(self, address: str) -> str:
        return self.host(address).ns

    def ensure_vlan_interface_of(self, address: str, device: str, tag: int) -> str:
        return self.ensure_vlan_interface(self.host(address), device, tag)

    def remove_vlan_interface(self, host: LabHost, device: str, tag: int) -> None:
        name = f"{device}.{tag}"
        if self.link_exists(host.ns, name):
            run(["ip", "-n", host.ns, "link", "del", name])

    def link_exists(self, ns: str, name: str) -> bool:
        done = subprocess.run(
            ["ip", "-n", ns, "link", "show", "dev", name], capture_output=True, text=True
        )
        return done.returncode == 0

    def set_address(self, ns: str, ifname: str, cidr: str) -> None:
        current = run(["ip", "-n", ns, "-o", "-4", "addr", "show", "dev", ifname])
        if f" {cidr} " in current:
            return
        run(["ip", "-n", ns, "addr", "flush", "dev", ifname])
        if cidr:
            run(["ip", "-n", ns, "addr", "add", cidr, "dev", ifname])

    def set_mtu(self, ns: str, ifname: str, mtu: int) -> None:
        run(["ip", "-n", ns, "link", "set", ifname, "mtu", str(mtu)])

    def set_link(self, ns: str, ifname: str, up: bool) -> None:
        run(["ip", "-n", ns, "link", "set", ifname, "up" if up else "down"])

    # -- faults ------------------------------------------------------------------
    def move_to_vlan(self, host: LabHost, ifname: str, tag: int) -> None:
        """Re-cable a host's VLAN interface onto another VLAN's bridge (a wrong tag)."""
        port = self._switch_port_of(host, ifname)
        self._bridge(f"v{tag}", JUMBO)
        run(["ip", "-n", self.state.switch_ns, "link", "set", port, "master", f"v{tag}"])

    def _switch_port_of(self, host: LabHost, ifname: str) -> str:
        tag = int(ifname.rsplit(".", 1)[1])
        return self.vlan_port(host, tag)

    def switch_port_mtu(self, host: LabHost, ifname: str, mtu: int) -> None:
        self.set_mtu(self.state.switch_ns, self._switch_port_of(host, ifname), mtu)

    def stop_target(self) -> None:
        pid = self.state.tgtd_pid
        if pid:
            # tgtd ignores SIGTERM, and `tgtadm --op delete --mode system` leaves it
            # running while targets exist: SIGKILL by its pid.
            _kill(pid, signal.SIGKILL)
            _wait_gone(pid, 2.0)
            for leftover in Path("/run/tgtd").glob(f"socket.{self.state.tgt_control}*"):
                leftover.unlink(missing_ok=True)
            self.state.tgtd_pid = 0
            self.save()

    def start_target(self) -> None:
        if not self.state.tgtd_pid:
            self._target()
            self.save()

    # -- sshd ------------------------------------------------------------------------
    def _ssh(self) -> None:
        Path("/run/sshd").mkdir(mode=0o755, exist_ok=True)
        folder = self.folder
        key = folder / "client_ed25519"
        if not key.exists():
            run(
                ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "xenpool-lab", "-f", str(key)]
            )
        self.state.client_key = str(key)
        authorized = folder / "authorized_keys"
        authorized.write_text((folder / "client_ed25519.pub").read_text(), encoding="utf-8")
        authorized.chmod(0o600)
        for host in self.hosts:
            self.start_sshd(host)

    def new_host_key(self, host: LabHost) -> None:
        """Give a host a new SSH host key (a reinstalled host, or someone in between)."""
        self.stop_sshd(host)
        for path in (Path(host.host_key), Path(host.host_key + ".pub")):
            path.unlink(missing_ok=True)
        self.start_sshd(host)

    def start_sshd(self, host: LabHost) -> None:
        hostdir = self.folder / host.ns
        hostdir.mkdir(parents=True, exist_ok=True)
        key = hostdir / "ssh_host_ed25519_key"
        if not key.exists():
            run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)])
        host.host_key = str(key)
        if not (hostdir / "xl-list").exists():
            self.set_domains(host, [])
        pidfile = hostdir / "sshd.pid"
        config = hostdir / "sshd_config"
        config.write_text(
            "\n".join(
                [
                    # Every address of the namespace: a member is also reached on its storage IP.
                    "ListenAddress 0.0.0.0:22",
                    f"HostKey {key}",
                    f"PidFile {pidfile}",
                    f"AuthorizedKeysFile {self.folder / 'authorized_keys'}",
                    "PermitRootLogin prohibit-password",
                    "PasswordAuthentication yes",
                    "KbdInteractiveAuthentication no",
                    "UsePAM no",
                    "StrictModes no",
                    "UseDNS no",
                    "MaxStartups 50:30:100",
                    "LogLevel ERROR",
                    "Subsystem sftp internal-sftp",
                    f"SetEnv PATH={self._bin()}:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"
                    f":/sbin:/bin XENPOOL_LAB_HOST={host.ns}",
                    "",
                ]
            ),
            encoding="utf-8",
        )
        pidfile.unlink(missing_ok=True)
        run(
            [
                "ip",
                "netns",
                "exec",
                host.ns,
                "/usr/sbin/sshd",
                "-f",
                str(config),
                "-E",
                str(hostdir / "sshd.log"),
            ]
        )
        host.sshd_pid = _read_pid(pidfile, 5.0)
        _wait_port(host.ns, host.mgmt_ip, 22, 5.0)

    def _bin(self) -> Path:
        """The lab hosts' own commands: ``xl``, Xen's domain list (there is no Xen here)."""
        folder = self.folder / "bin"
        folder.mkdir(exist_ok=True)
        xl = folder / "xl"
        if not xl.exists():
            xl.write_text(
                "#!/bin/sh\n"
                "# The lab's stand-in for Xen's xl: the domains a test gave this host.\n"
                '[ "$1" = list ] || { echo "xl: only list in the lab" >&2; exit 1; }\n'
                f'exec cat "{self.folder}/$XENPOOL_LAB_HOST/xl-list"\n'
            )
            xl.chmod(0o755)
        return folder

    def set_domains(self, host: LabHost, guests: Sequence[str]) -> None:
        """What ``xl list`` prints on the host: dom0 and one guest domain per name (VM uuid)."""
        lines = [
            "Name                                        ID   Mem VCPUs\tState\tTime(s)",
            "Domain-0                                     0  4096     4     r-----     812.3",
        ]
        lines += [
            f"{name:<40} {domid:>5}  2048     2     -b----      41.0"
            for domid, name in enumerate(guests, start=1)
        ]
        (self.folder / host.ns / "xl-list").write_text("\n".join(lines) + "\n")

    def stop_sshd(self, host: LabHost) -> None:
        if host.sshd_pid:
            _kill(host.sshd_pid, signal.SIGTERM)
            _wait_gone(host.sshd_pid, 3.0) or _kill(host.sshd_pid, signal.SIGKILL)
            host.sshd_pid = 0

    def host_key_fingerprint(self, host: LabHost) -> str:
        """SHA256:... as ``ssh-keygen -l`` prints it on the host's console."""
        return run(["ssh-keygen", "-l", "-E", "sha256", "-f", host.host_key + ".pub"]).split()[1]

    # -- iSCSI target --------------------------------------------------------------
    def _tgtadm(self, *args: str, check: bool = True) -> str:
        return run(
            [
                "ip",
                "netns",
                "exec",
                self.state.san_ns,
                "tgtadm",
                "-C",
                str(self.state.tgt_control),
                "--lld",
                "iscsi",
                *args,
            ],
            check=check,
        )

    def _target(self) -> None:
        folder = self.folder / "san"
        folder.mkdir(parents=True, exist_ok=True)
        log = open(folder / "tgtd.log", "ab")  # noqa: SIM115  (tgtd keeps it)
        portals = ",".join(f"portal={p}:3260" for p in self.state.portals)
        proc = subprocess.Popen(
            [
                "ip",
                "netns",
                "exec",
                self.state.san_ns,
                "tgtd",
                "-f",
                "-C",
                str(self.state.tgt_control),
                "--iscsi",
                portals,
            ],
            stdout=log,
            stderr=log,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        log.close()
        self.state.tgtd_pid = proc.pid  # ip netns exec execs tgtd: same pid
        (folder / "tgtd.pid").write_text(f"{proc.pid}\n", encoding="utf-8")
        deadline = time.monotonic() + 5.0
        while True:
            done = subprocess.run(
                [
                    "ip",
                    "netns",
                    "exec",
                    self.state.san_ns,
                    "tgtadm",
                    "-C",
                    str(self.state.tgt_control),
                    "--lld",
                    "iscsi",
                    "--op",
                    "show",
                    "--mode",
                    "sys",
                ],
                capture_output=True,
                text=True,
            )
            if done.returncode == 0:
                break
            if time.monotonic() > deadline or proc.poll() is not None:
                raise LabError(f"tgtd did not start: {done.stderr.strip()}")
            time.sleep(0.05)
        self._tgtadm("--op", "new", "--mode", "target", "--tid", "1", "-T", TARGET_IQN)
        for lun, size, name in ((1, DATA_LUN_BYTES, "data"), (2, HEARTBEAT_LUN_BYTES, "heartbeat")):
            backing = folder / f"{name}.img"
            if not backing.exists():
                with open(backing, "wb") as handle:
                    handle.truncate(size)  # sparse
            self._tgtadm(
                "--op",
                "new",
                "--mode",
                "logicalunit",
                "--tid",
                "1",
                "--lun",
                str(lun),
                "-b",
                str(backing),
            )
            self._tgtadm(
                "--op",
                "update",
                "--mode",
                "logicalunit",
                "--tid",
                "1",
                "--lun",
                str(lun),
                "--params",
                f"vendor_id=LAB,product_id={name},scsi_sn=lab{name}",
            )
        self._tgtadm("--op", "bind", "--mode", "target", "--tid", "1", "-I", "ALL")
        if self.state.chap:
            self.set_chap(CHAP_USER, CHAP_SECRET)

    def set_chap(self, user: str, secret: str) -> None:
        self._tgtadm("--op", "new", "--mode", "account", "--user", user, "--password", secret)
        self._tgtadm("--op", "bind", "--mode", "account", "--tid", "1", "--user", user)
        self.state.chap = True

    # -- running things in a namespace ------------------------------------------------
    def exec_in(
        self,
        ns: str,
        argv: Sequence[str],
        *,
        env: dict[str, str] | None = None,
        timeout: float = 20.0,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["ip", "netns", "exec", ns, *argv],
            capture_output=True,
            text=True,
            timeout=timeout,
            env={**os.environ, **(env or {})},
        )

    def socket_factory(self, address: str) -> socket.socket:
        """A TCP socket created inside the namespace that owns ``address``."""
        host = self.host(address)
        return socket_in_namespace(host.ns)

    # -- tearing down ---------------------------------------------------------------------
    def down(self) -> None:
        for host in self.hosts:
            self.stop_sshd(host)
            if not host.sshd_pid:
                pidfile = self.folder / host.ns / "sshd.pid"
                with contextlib.suppress(OSError, ValueError):
                    pid = int(pidfile.read_text().strip())
                    _kill(pid, signal.SIGTERM)
        self.stop_target()
        existing = netns_list()
        for ns in self.namespaces():
            if ns in existing:
                run(["ip", "netns", "del", ns], check=False)
        # The root end of a veth goes with its peer; make sure.
        if (
            subprocess.run(
                ["ip", "link", "show", self.state.root_veth], capture_output=True
            ).returncode
            == 0
        ):
            run(["ip", "link", "del", self.state.root_veth], check=False)
        (self.folder / "state.json").unlink(missing_ok=True)

    # -- persistence (for make lab-up / lab-down) -------------------------------------------
    def save(self) -> None:
        (self.folder / "state.json").write_text(json.dumps(asdict(self.state), indent=1))

    @classmethod
    def load(cls, folder: Path = DEFAULT_DIR) -> NetLab:
        data = json.loads((folder / "state.json").read_text())
        lab = cls.__new__(cls)
        hosts = [LabHost(**h) for h in data.pop("hosts")]
        lab.state = LabState(**data, hosts=hosts)
        lab.prefix = lab.state.prefix
        return lab

    def describe(self) -> dict[str, Any]:
        return {
            "namespaces": self.namespaces(),
            "root": self.state.root_ip,
            "hosts": [
                {"name": h.name, "ns": h.ns, "ssh": f"root@{h.mgmt_ip}", "storage_ip": h.storage_ip}
                for h in self.hosts
            ],
            "client_key": self.state.client_key,
            "portals": self.state.portals,
            "target_iqn": TARGET_IQN,
            "chap": {"user": CHAP_USER, "secret": CHAP_SECRET} if self.state.chap else None,
        }


# -- helpers -----------------------------------------------------------------------------
_libc = ctypes.CDLL(None, use_errno=True)


def socket_in_namespace(ns: str) -> socket.socket:
    """Create a socket in network namespace ``ns`` (it stays there after the thread ends).

    Python 3.11 has no os.setns: a short-lived thread enters the namespace with
    libc's setns(), creates the socket and ends; only that thread ever changed
    namespace.
    """
    result: list[socket.socket | BaseException] = []

    def enter() -> None:
        try:
            fd = os.open(f"/var/run/netns/{ns}", os.O_RDONLY)
            try:
                if _libc.setns(fd, CLONE_NEWNET) != 0:
                    err = ctypes.get_errno()
                    raise OSError(err, f"setns({ns}): {os.strerror(err)}")
            finally:
                os.close(fd)
            result.append(socket.socket(socket.AF_INET, socket.SOCK_STREAM))
        except BaseException as exc:
            result.append(exc)

    thread = threading.Thread(target=enter, name=f"setns {ns}")
    thread.start()
    thread.join()
    outcome = result[0]
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome


def _free_tgt_control() -> int:
    """A tgtd control number nobody uses: its socket and lock live in the shared /run/tgtd."""
    for number in range(7700 + os.getpid() % 500, 8300):
        if not any(Path("/run/tgtd").glob(f"socket.{number}*")):
            return number
    raise LabError("no free tgtd control number in 7700-8300")


def _read_pid(path: Path, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError):
            return int(path.read_text().strip())
        time.sleep(0.02)
    raise LabError(f"no pid file {path}")


def _kill(pid: int, sig: signal.Signals) -> bool:
    try:
        os.kill(pid, sig)
    except ProcessLookupError:
        return False
    return True


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie child of ours counts as gone once reaped; one of init's (a daemon
    # that forked away from us) counts as gone as soon as it is a zombie.
    with contextlib.suppress(ChildProcessError):
        if os.waitpid(pid, os.WNOHANG)[0] == pid:
            return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return True
        time.sleep(0.02)
    return not _alive(pid)


def _wait_port(ns: str, address: str, port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        sock = socket_in_namespace(ns)
        try:
            sock.settimeout(0.5)
            sock.connect((address, port))
            return
        except OSError:
            if time.monotonic() > deadline:
                raise LabError(f"nothing listens on {address}:{port} in {ns}") from None
            time.sleep(0.02)
        finally:
            sock.close()


@contextlib.contextmanager
def lab(**options: Any) -> Iterator[NetLab]:
    built = NetLab(**options).up()
    try:
        yield built
    finally:
        built.down()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.lab.netlab",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("command", choices=("up", "down", "show", "reap"))
    parser.add_argument("--dir", default=str(DEFAULT_DIR))
    parser.add_argument("--hosts", type=int, default=3)
    parser.add_argument("--chap", action="store_true")
    args = parser.parse_args(argv)
    folder = Path(args.dir)
    if args.command == "reap":
        print("\n".join(reap_stale_labs()) or "no stale labs")
        return 0
    if args.command == "up":
        if (folder / "state.json").exists():
            print(f"a lab is already up (state in {folder}); run down first", file=sys.stderr)
            return 1
        built = NetLab(args.hosts, folder=folder, prefix="xpwlab", chap=args.chap).up()
        print(json.dumps(built.describe(), indent=1))
        return 0
    if not (folder / "state.json").exists():
        print(f"no lab state in {folder}", file=sys.stderr)
        return 0 if args.command == "down" else 1
    existing = NetLab.load(folder)
    if args.command == "show":
        print(json.dumps(existing.describe(), indent=1))
    else:
        existing.down()
    return 0


if __name__ == "__main__":
    sys.exit(main())

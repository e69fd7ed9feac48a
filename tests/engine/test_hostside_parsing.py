"""The host-side parsers on the text real tools print.

ping, ip and iscsi-ls samples were captured in the lab (iputils 20221126,
iproute2 6.1, libiscsi 1.19); iscsiadm samples are open-iscsi 2.0.874 (the
version in XCP-ng 8.2/8.3 dom0) output as admins paste it.
"""

from __future__ import annotations

import pytest

from wizard.checks.hosttools import (
    LsLun,
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

PING_OK = """\
PING 10.78.0.10 (10.78.0.10) from 10.78.0.21 eth1.200: 8972(9000) bytes of data.
8980 bytes from 10.78.0.10: icmp_seq=1 ttl=64 time=0.053 ms
8980 bytes from 10.78.0.10: icmp_seq=2 ttl=64 time=0.084 ms

--- 10.78.0.10 ping statistics ---
2 packets transmitted, 2 received, 0% packet loss, time 202ms
rtt min/avg/max/mdev = 0.053/0.068/0.084/0.015 ms
"""
PING_TOO_LONG_OUT = """\
PING 10.78.0.10 (10.78.0.10) from 10.78.0.21 eth1.200: 8972(9000) bytes of data.

--- 10.78.0.10 ping statistics ---
2 packets transmitted, 0 received, +2 errors, 100% packet loss, time 200ms

"""
PING_TOO_LONG_ERR = """\
ping: local error: message too long, mtu=1500
ping: local error: message too long, mtu=1500
"""
PING_SILENT = """\
PING 10.78.0.10 (10.78.0.10) from 10.78.0.21 eth1.200: 8972(9000) bytes of data.

--- 10.78.0.10 ping statistics ---
2 packets transmitted, 0 received, 100% packet loss, time 2005ms

"""
# A routed path (the lab has none): the router's ICMP, then the kernel's cached path MTU.
PING_FRAG = """\
PING 10.200.0.10 (10.200.0.10) 8972(9000) bytes of data.
From 10.200.0.1 icmp_seq=1 Frag needed and DF set (mtu = 1500)
ping: local error: message too long, mtu=1500

--- 10.200.0.10 ping statistics ---
3 packets transmitted, 0 received, +2 errors, 100% packet loss, time 2031ms
"""
PING_UNREACHABLE = """\
PING 10.78.0.99 (10.78.0.99) from 10.78.0.21 eth1.200: 56(84) bytes of data.
From 10.78.0.21 icmp_seq=1 Destination Host Unreachable
From 10.78.0.21 icmp_seq=2 Destination Host Unreachable

--- 10.78.0.99 ping statistics ---
3 packets transmitted, 0 received, +2 errors, 100% packet loss, time 2040ms
pipe 3
"""


def test_ping_success() -> None:
    result = parse_ping(PING_OK)
    assert (result.transmitted, result.received, result.errors) == (2, 2, 0)
    assert result.answered and not result.silent_loss and not result.local_mtu


def test_ping_message_too_long_is_the_local_side() -> None:
    result = parse_ping(PING_TOO_LONG_OUT, PING_TOO_LONG_ERR)
    assert (result.transmitted, result.received, result.errors) == (2, 0, 2)
    assert result.local_mtu == 1500 and not result.silent_loss


def test_ping_older_iputils_sendmsg_message_too_long() -> None:
    result = parse_ping(PING_TOO_LONG_OUT, "ping: sendmsg: Message too long\n")
    assert result.local_mtu == -1 and not result.silent_loss


def test_ping_frag_needed_names_the_hop() -> None:
    result = parse_ping(PING_FRAG)
    assert (result.frag_needed_from, result.frag_needed_mtu) == ("10.200.0.1", 1500)
    assert not result.silent_loss


def test_ping_silent_loss() -> None:
    result = parse_ping(PING_SILENT)
    assert result.silent_loss and (result.transmitted, result.received) == (2, 0)


def test_ping_unreachable_no_device_no_route() -> None:
    assert parse_ping(PING_UNREACHABLE).unreachable_from == "10.78.0.21"
    assert not parse_ping(PING_UNREACHABLE).silent_loss
    assert parse_ping("", "ping: SO_BINDTODEVICE eth1.300: No such device\n").no_device
    assert parse_ping("", "ping: connect: Network is unreachable\n").no_route
    assert parse_ping("", "").transmitted == 0


def test_ping_argv_is_a_dont_fragment_jumbo_ping_from_the_interface() -> None:
    assert ping_argv("eth1.200", "10.78.0.10", 8972, True) == [
        "ping", "-n", "-c", "3", "-W", "1", "-i", "0.1", "-I", "eth1.200",
        "-M", "do", "-s", "8972", "10.78.0.10",
    ]  # fmt: skip


IP_O_ADDR = """\
1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever
1: lo    inet6 ::1/128 scope host \\       valid_lft forever preferred_lft forever
2: eth0    inet 10.77.0.11/24 scope global eth0\\       valid_lft forever preferred_lft forever
3: eth1    inet6 fe80::71:2dff:fe07:7a43/64 scope link \\       valid_lft forever preferred_lft forever
4: eth1.200    inet 10.78.0.21/24 scope global eth1.200\\       valid_lft forever preferred_lft forever
7: xapi1@eth1    inet 10.200.0.21/24 brd 10.200.0.255 scope global xapi1\\       valid_lft forever preferred_lft forever
"""
IP_J_LINK = (
    '[{"ifindex":4,"link_index":12,"ifname":"eth1.200","flags":["BROADCAST","MULTICAST","UP",'
    '"LOWER_UP"],"mtu":9000,"qdisc":"noqueue","operstate":"UP","linkmode":"DEFAULT","group":'
    '"default","txqlen":1000,"link_type":"ether","address":"3e:b3:9e:b2:9f:2b","broadcast":'
    '"ff:ff:ff:ff:ff:ff","link_netnsid":0},{"ifindex":2,"ifname":"eth0","flags":["BROADCAST",'
    '"MULTICAST"],"mtu":1500,"operstate":"DOWN"}]'
)


def test_ip_addr_and_link() -> None:
    addrs = parse_ip_addr(IP_O_ADDR)
    assert addrs["eth1.200"] == [("10.78.0.21", 24)]
    assert addrs["xapi1"] == [("10.200.0.21", 24)]
    assert "eth1" not in addrs  # IPv6 only
    links = {link.name: link for link in parse_ip_link_json(IP_J_LINK)}
    assert (links["eth1.200"].mtu, links["eth1.200"].admin_up, links["eth1.200"].lower_up) == (
        9000,
        True,
        True,
    )
    assert not links["eth0"].admin_up and links["eth0"].operstate == "DOWN"
    with pytest.raises(ValueError):
        parse_ip_link_json("{not json")


SENDTARGETS = """\
10.0.0.5:3260,1 iqn.2005-10.org.freenas.ctl:xenpool
10.0.1.5:3260,2 iqn.2005-10.org.freenas.ctl:xenpool
[fd00::5]:3260,1 iqn.2005-10.org.freenas.ctl:xenpool
"""
ISCSIADM_UNREACHABLE = """\
iscsiadm: cannot make connection to 10.0.0.5: No route to host
iscsiadm: cannot make connection to 10.0.0.5: No route to host
iscsiadm: connection login retries (reopen_max) 5 exceeded
iscsiadm: Could not perform SendTargets discovery: encountered connection failure
"""
ISCSIADM_AUTH = """\
iscsiadm: Login failed to authenticate with target
iscsiadm: discovery login to 10.0.0.5 rejected: initiator failed authorization

iscsiadm: Could not perform SendTargets discovery: iSCSI login failed due to authorization failure
"""


def test_sendtargets_lines() -> None:
    assert parse_sendtargets(SENDTARGETS) == [
        PortalTarget("10.0.0.5", 3260, 1, "iqn.2005-10.org.freenas.ctl:xenpool"),
        PortalTarget("10.0.1.5", 3260, 2, "iqn.2005-10.org.freenas.ctl:xenpool"),
        PortalTarget("fd00::5", 3260, 1, "iqn.2005-10.org.freenas.ctl:xenpool"),
    ]
    assert parse_sendtargets("iscsiadm: No portals found\n") == []


def test_iscsiadm_errors() -> None:
    assert parse_iscsiadm_error(ISCSIADM_UNREACHABLE, 4).kind == "unreachable"
    assert parse_iscsiadm_error(ISCSIADM_AUTH, 24).kind == "auth"
    assert "authorization failure" in parse_iscsiadm_error(ISCSIADM_AUTH, 24).detail
    refused = "iscsiadm: cannot make connection to 10.0.0.5: Connection refused\n"
    assert parse_iscsiadm_error(refused, 4).kind == "refused"
    assert parse_iscsiadm_error("iscsiadm: No portals found\n", 21).kind == "no-targets"
    assert parse_iscsiadm_error("", 1).detail == "iscsiadm exited with 1"


ISCSI_LS = """\
Target:iqn.2026-01.lab.xenpool:san Portal:10.78.0.10:3260,1
Lun:0    Type:STORAGE_ARRAY_CONTROLLER
Lun:1    Type:DIRECT_ACCESS (Size:99G)
Lun:2    Type:DIRECT_ACCESS (Size:3G)
"""


def test_iscsi_ls_targets_and_luns() -> None:
    (target,) = parse_iscsi_ls(ISCSI_LS)
    assert (target.iqn, target.address, target.port, target.tpgt) == (
        "iqn.2026-01.lab.xenpool:san",
        "10.78.0.10",
        3260,
        1,
    )
    assert target.luns == (
        LsLun(0, "STORAGE_ARRAY_CONTROLLER"),
        LsLun(1, "DIRECT_ACCESS", "99G"),
        LsLun(2, "DIRECT_ACCESS", "3G"),
    )
    # Without -s: only the target line.
    assert parse_iscsi_ls(ISCSI_LS.splitlines()[0])[0].luns == ()


def test_iscsi_ls_errors() -> None:
    auth = "list_luns: iscsi_connect failed. Failed to log in to target. Status: Authentication failure(513)\n"
    assert parse_iscsi_ls_error(auth, 10).kind == "auth"
    refused = "discoveryconnect_cb: connection failed : iscsi_service: socket error Connection refused(111).\n"
    assert parse_iscsi_ls_error(refused, 10).kind == "refused"
    noroute = "discoveryconnect_cb: connection failed : iscsi_service: socket error No route to host(113).\n"
    assert parse_iscsi_ls_error(noroute, 10).kind == "unreachable"

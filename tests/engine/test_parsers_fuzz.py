"""Every parser of untrusted text, fed junk: a result or a clear error, never a traceback or a hang.

Host command output (ping, ip, iscsiadm, iscsi-ls) comes from machines the
wizard does not control; task results come from XAPI.
"""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.checks import hosttools
from wizard.xapi.client import _unwrap_result

junk = st.text(max_size=2000) | st.sampled_from(
    [
        "PING 10.0.0.5 (10.0.0.5) 8972(9000) bytes of data.\nping: local error: message too long, mtu=1500\n",
        "10.200.0.10:3260,1 iqn.2005-10.org.freenas.ctl:xenpool\n" * 3,
        "[" * 500,
        '[{"ifname": 5, "mtu": "x"}]',
        "\x00\xff" * 100,
        "Target:iqn.x Portal:10.0.0.1:3260\nLun:0 Type:DISK Size:1G\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(junk, junk, st.integers(-5, 300))
def test_host_output_parsers_never_raise_unexpectedly(stdout: str, stderr: str, code: int) -> None:
    hosttools.parse_ping(stdout, stderr)
    with contextlib.suppress(ValueError):  # refused with a clear error is fine
        hosttools.parse_ip_link_json(stdout)
    hosttools.parse_ip_addr(stdout)
    hosttools.parse_sendtargets(stdout)
    hosttools.parse_iscsiadm_error(stderr, code)
    hosttools.parse_iscsi_ls(stdout)
    hosttools.parse_iscsi_ls_error(stderr, code)


@settings(max_examples=300, deadline=None)
@given(junk)
def test_task_results_from_xapi_are_unwrapped_or_kept(text: str) -> None:
    assert isinstance(_unwrap_result(text), str)
    assert _unwrap_result("<value>OpaqueRef:abc</value>") == "OpaqueRef:abc"


def test_xapi_answers_with_entity_bombs_are_refused() -> None:
    import xmlrpc.client

    import pytest
    from defusedxml.common import DefusedXmlException

    import wizard.xapi.client  # noqa: F401  (hardens xmlrpc.client on import)

    bomb = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        "<methodResponse><params><param><value><string>&c;</string></value></param></params></methodResponse>"
    )
    with pytest.raises(DefusedXmlException):
        xmlrpc.client.loads(bomb)

"""Probe XML from the target is untrusted: parsed defensively, never a traceback."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.checks.iscsi import ProbeError, parse_luns, parse_srs, parse_targets
from wizard.simulator.storage import iqn_list_xml, lun_list_xml, sr_list_xml
from wizard.simulator.world import Lun


def test_the_simulators_xml_shapes_parse() -> None:
    xml = iqn_list_xml("10.0.0.5", 3260, [("10.0.0.5", 3260, "iqn.2001-05.com.example:a")])
    targets = parse_targets(xml)
    assert [(t.address, t.port, t.iqn) for t in targets] == [
        ("10.0.0.5", 3260, "iqn.2001-05.com.example:a"),
        ("10.0.0.5", 3260, "*"),
    ]
    lun = Lun(
        0, 10 * 1024**3, "36001405abc", "LIO-ORG", "serial-1", sr_uuid="6f3c2b1a", sr_name="old"
    )
    (entry,) = parse_luns(lun_list_xml([lun]))
    assert (entry.lun_id, entry.size, entry.scsi_id, entry.vendor) == (
        "0",
        10 * 1024**3,
        "36001405abc",
        "LIO-ORG",
    )
    (sr,) = parse_srs(sr_list_xml(lun, metadata=True))
    assert (sr.uuid, sr.name) == ("6f3c2b1a", "old")
    assert parse_srs('<?xml version="1.0" ?>\n<SRlist/>\n') == []


@pytest.mark.parametrize(
    "xml",
    [
        "",
        "<iscsi-target>",
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><SRlist>&b;</SRlist>',
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><SRlist><SR><UUID>&e;</UUID></SR></SRlist>',
        "<SRlist><SR><UUID>x</UUID><size>-5</size></SR></SRlist>",
        "<other/>",
        "<SRlist>" + "<SR><UUID>x</UUID></SR>" * 10 + "</SRlist>" + " " * (5 * 1024 * 1024),
    ],
)
def test_hostile_or_broken_xml_is_a_probe_error(xml: str) -> None:
    with pytest.raises(ProbeError):
        parse_srs(xml)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=500))
def test_any_text_parses_or_is_a_probe_error(text: str) -> None:
    for parser in (parse_targets, parse_luns, parse_srs):
        with contextlib.suppress(ProbeError):
            parser(text)

"""The C-parsed unmarshaller gives what ``xmlrpc.client.loads`` gives for XAPI's answers,
and refuses what an entity bomb or a value of the wrong shape needs."""

from __future__ import annotations

import xml.parsers.expat
import xmlrpc.client
from typing import Any

import pytest

from tests.conftest import sdk_session
from wizard.simulator import Simulator
from wizard.xapi import transport, unmarshal

EVERY_TYPE: dict[str, Any] = {
    "Status": "Success",
    "Value": {
        "text": "OpaqueRef:5e1d",
        "empty": "",
        "unicode": "Größe ✓ <&> ' \"",
        "spaces": "  kept  ",
        "count": 42,
        "negative": -7,
        "big": 2**31 - 1,
        "on": True,
        "off": False,
        "ratio": 0.25,
        "nothing": None,
        "when": xmlrpc.client.DateTime("20261207T19:00:00"),
        "blob": xmlrpc.client.Binary(b"\x00\x01 binary"),
        "list": [1, "two", [3.0, {"four": 4}], []],
        "nested": {"a": {"b": {"c": ""}}, "empty": {}},
    },
}


def both(body: bytes, **options: bool) -> tuple[Any, Any]:
    return xmlrpc.client.loads(body, **options)[0], unmarshal.loads(body, **options)


@pytest.mark.parametrize("options", [{}, {"use_builtin_types": True}])
def test_every_value_type_reads_as_the_standard_unmarshaller_reads_it(
    options: dict[str, bool],
) -> None:
    body = xmlrpc.client.dumps((EVERY_TYPE,), methodresponse=True, allow_none=True).encode()
    standard, ours = both(body, **options)
    assert ours == standard
    value = ours[0]["Value"]
    assert type(value["blob"]) is type(standard[0]["Value"]["blob"])
    assert type(value["when"]) is type(standard[0]["Value"]["when"])


def test_xapi_s_own_spellings_bare_strings_whitespace_nil_and_i8() -> None:
    body = (
        b'<?xml version="1.0"?>\n<methodResponse>\n <params>\n  <param>\n   <value>\n'
        b"    <struct>\n     <member><name>Status</name><value>Success</value></member>\n"
        b"     <member><name>Value</name><value>\n       <array><data>\n"
        b"        <value>bare</value><value></value><value><nil/></value>"
        b"<value><i8>9000000000</i8></value><value><i4>3</i4></value>\n"
        b"       </data></array>\n     </value></member>\n    </struct>\n   </value>\n"
        b"  </param>\n </params>\n</methodResponse>\n"
    )
    standard, ours = both(body)
    assert ours == standard
    assert ours[0]["Value"] == ["bare", "", None, 9000000000, 3]


def test_a_real_answer_of_the_simulator_over_https_reads_the_same(
    sim: Simulator, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bytes] = []
    parse = transport.parse_answer

    def keep(body: bytes, *args: Any) -> Any:
        seen.append(body)
        return parse(body, *args)

    monkeypatch.setattr(transport, "parse_answer", keep)
    api = sdk_session(sim.hosts[0]).xenapi
    everything = api.event_from(["host", "pool", "PIF", "SR", "PBD", "VM", "task"], "", 0.0)
    assert everything["events"]
    big = max(seen, key=len)
    standard, ours = both(big)
    assert ours == standard and len(big) > 20_000


BOMB = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    b'<!ENTITY lol2 "&lol;&lol;&lol;">]><methodResponse><params><param><value>&lol2;'
    b"</value></param></params></methodResponse>"
)
EXTERNAL = (
    b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<methodResponse><params><param><value>&x;</value></param></params></methodResponse>"
)


@pytest.mark.parametrize("body", [BOMB, EXTERNAL], ids=["entity bomb", "external entity"])
def test_declarations_are_refused_before_any_tree_is_made(body: bytes) -> None:
    with pytest.raises(unmarshal.Refused):
        unmarshal.loads(body)


def test_an_entity_declaration_hidden_in_another_encoding_is_refused() -> None:
    # expat reads the declared encoding (a byte search for "<!DOCTYPE" would miss it):
    # refused, or not read at all
    hidden = b'<?xml version="1.0" encoding="cp500"?>' + (
        '<!DOCTYPE r [<!ENTITY a "b">]><methodResponse><params><param><value>&a;'
        "</value></param></params></methodResponse>"
    ).encode("cp500")
    with pytest.raises((unmarshal.Refused, xml.parsers.expat.ExpatError)):
        unmarshal.loads(hidden)
    latin = b'<?xml version="1.0" encoding="iso-8859-1"?>' + BOMB[21:]
    with pytest.raises(unmarshal.Refused):
        unmarshal.loads(latin)


def test_a_fault_is_raised_as_the_standard_unmarshaller_raises_it() -> None:
    body = xmlrpc.client.dumps(xmlrpc.client.Fault(3, "no such method")).encode()
    with pytest.raises(xmlrpc.client.Fault) as fault:
        unmarshal.loads(body)
    assert (fault.value.faultCode, fault.value.faultString) == (3, "no such method")


WRAP = b"<methodResponse><params><param><value>%s</value></param></params></methodResponse>"


@pytest.mark.parametrize(
    "inner",
    [
        b"<boolean>2</boolean>",
        b"<int>many</int>",
        b"<struct><member><value>no name</value></member></struct>",
        b"<array><value>no data</value></array>",
        b"<string>a</string><string>b</string>",
        b"<script>x</script>",
        b"<int><int>1</int></int>",
    ],
)
def test_a_value_of_the_wrong_shape_is_an_error_not_a_guess(inner: bytes) -> None:
    with pytest.raises((unmarshal.Broken, TypeError, ValueError)):
        unmarshal.loads(WRAP % inner)


@pytest.mark.parametrize("body", [WRAP % b"<struct>"[:-1], b"<methodResponse><params>", b"\x00"])
def test_broken_xml_raises_expat_s_own_error(body: bytes) -> None:
    with pytest.raises(xml.parsers.expat.ExpatError):
        unmarshal.loads(body)

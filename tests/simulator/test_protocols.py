"""The simulator's wire over real HTTPS sockets: XML-RPC and JSON-RPC as xapi writes them."""

from __future__ import annotations

import http.client
import json
import re
import ssl
import xmlrpc.client
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree

from tests.conftest import failure_of, sdk_session
from wizard import cli
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import HostInfo, Simulator, conform, wire
from wizard.simulator.datamodel import load
from wizard.simulator.schema import DEFAULTS

DATETIME = r"\d{8}T\d\d:\d\d:\d\dZ"


def post(
    host: HostInfo, path: str, body: bytes, content_type: str, method: str = "POST"
) -> tuple[int, http.client.HTTPMessage, bytes]:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the simulator's own test host on loopback
    address, _, port = host.url.removeprefix("https://").partition(":")
    connection = http.client.HTTPSConnection(address, int(port or 443), context=context, timeout=30)
    try:
        connection.request(method, path, body, {"Content-Type": content_type})
        answer = connection.getresponse()
        return answer.status, answer.headers, answer.read()
    finally:
        connection.close()


def xml_call(host: HostInfo, method: str, *params: Any, path: str = "/") -> bytes:
    status, headers, body = post(
        host, path, xmlrpc.client.dumps(params, method).encode(), "text/xml"
    )
    assert status == 200 and headers["Content-Type"] == "text/xml"
    return body


def json_call(
    host: HostInfo, method: str, *params: Any, version2: bool = True, path: str = "/jsonrpc"
) -> dict[str, Any]:
    request: dict[str, Any] = {"method": method, "params": list(params), "id": 7}
    if version2:
        request["jsonrpc"] = "2.0"
    status, headers, body = post(host, path, json.dumps(request).encode(), "application/json")
    assert status == 200 and headers["Content-Type"] == "application/json"
    answer: dict[str, Any] = json.loads(body)
    assert answer["id"] == 7
    return answer


def xml_login(host: HostInfo) -> str:
    body = xml_call(host, "session.login_with_password", "root", host.password, "2.21", "t")
    value = xmlrpc.client.loads(body)[0][0]["Value"]
    assert isinstance(value, str)
    return value


def test_xml_rpc_is_compact_and_typed_as_ocaml_rpc_writes_it(sim: Simulator) -> None:
    host = sim.hosts[0]
    session = xml_login(host)
    api = sdk_session(host).xenapi
    host_ref = api.host.get_all()[0]
    metrics = api.host.get_metrics(host_ref)
    body = xml_call(host, "host_metrics.get_record", session, metrics).decode()
    assert body.startswith(
        '<?xml version="1.0"?><methodResponse><params><param><value><struct>'
        "<member><name>Status</name><value>Success</value></member>"
    )
    assert not re.search(r">\s+<", body)  # no whitespace between tags
    # int64 untyped (a string to clients), booleans as 1/0, DateTime typed
    assert re.search(r"<name>memory_total</name><value>\d+</value>", body)
    assert "<name>live</name><value><boolean>1</boolean></value>" in body
    assert re.search(
        rf"<name>last_updated</name><value><dateTime.iso8601>{DATETIME}</dateTime.iso8601>", body
    )
    pool = api.pool.get_all()[0]
    record = xml_call(host, "pool.get_record", session, pool).decode()
    assert "<name>name_description</name><value></value>" in record  # "" is an empty <value>
    assert "<string>" not in record


def test_task_fields_and_results_are_xml_rpc_values(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    network = api.network.create(
        {"name_label": "s", "name_description": "", "MTU": "1500", "other_config": {}, "tags": []}
    )
    eth1 = next(r for r, p in api.PIF.get_all_records().items() if p["device"] == "eth1")
    task = api.Async.pool.create_VLAN_from_PIF(eth1, network, "200")
    record = _finished(api, task)
    # a set-valued result is an XML-RPC array of refs, never a Python repr
    refs = re.findall(r"<value>(OpaqueRef:[0-9a-f-]+)</value>", record["result"])
    assert (
        record["result"]
        == "<value><array><data>"
        + "".join(f"<value>{r}</value>" for r in refs)
        + "</data></array></value>"
    )
    assert sorted(refs) == sorted(api.network.get_PIFs(network))
    # DateTime fields reach the SDK as xmlrpc.client.DateTime, as from a real host
    assert isinstance(record["created"], xmlrpc.client.DateTime)
    assert isinstance(record["finished"], xmlrpc.client.DateTime)
    assert re.fullmatch(DATETIME, record["finished"].value)
    assert isinstance(record["progress"], float)
    # a ref result is one <value>; a void one the empty string's <value></value>
    vlan_pif = refs[0]
    task = api.Async.PIF.plug(vlan_pif)
    assert _finished(api, task)["result"] == "<value></value>"
    task = api.Async.network.create(
        {"name_label": "t", "name_description": "", "MTU": "1500", "other_config": {}, "tags": []}
    )
    result = _finished(api, task)["result"]
    assert re.fullmatch(r"<value>OpaqueRef:[0-9a-f-]+</value>", result)
    # a pending task has not finished: XAPI's default DateTime, the epoch
    pending = api.task.create("mine", "")
    assert api.task.get_finished(pending).value == "19700101T00:00:00Z"


def _finished(api: Any, task: str) -> dict[str, Any]:
    """The task's record once it is over, followed by event.from as a client does."""
    token = ""
    record: dict[str, Any] = api.task.get_record(task)
    while record["status"] == "pending":
        batch = getattr(api.event, "from")([f"task/{task}"], token, 5.0)
        token = batch["token"]
        for event in batch["events"]:
            if event["ref"] == task and "snapshot" in event:
                record = event["snapshot"]
    assert record["status"] == "success", record["error_info"]
    return record


def test_xml_rpc_paths_and_list_methods(sim: Simulator) -> None:
    host = sim.hosts[0]
    # xapi matches the longest path prefix: /RPC2, /json and XO's /xmlrpc are XML-RPC
    for path in ("/RPC2", "/json", "/xmlrpc"):
        body = xml_call(host, "session.login_with_password", "root", host.password, path=path)
        assert xmlrpc.client.loads(body)[0][0]["Status"] == "Success"
    body = xml_call(host, "system.listMethods")
    (methods,), _ = xmlrpc.client.loads(body)
    assert isinstance(methods, list)  # a bare array, no Status struct
    assert body.startswith(b'<?xml version="1.0"?><methodResponse><params><param><value><array>')
    for name in ("VM.get_all_records", "pool.join", "event.from", "event.inject", "task.cancel"):
        assert name in methods
    assert not [m for m in methods if m.startswith("Async.")]  # only sync wire names
    # JSON sent to / is not JSON-RPC: xapi's XML parser fails on it
    status, _, _ = post(
        host, "/", b'{"method":"system.listMethods","params":[],"id":1}', "application/json"
    )
    assert status == 500


def test_json_rpc_v2_and_v1_answers(sim: Simulator) -> None:
    host = sim.hosts[0]
    login = json_call(host, "session.login_with_password", "root", host.password, "2.21", "t")
    assert set(login) == {"jsonrpc", "result", "id"} and login["jsonrpc"] == "2.0"
    session = login["result"]
    assert session.startswith("OpaqueRef:")
    refused = json_call(host, "session.login_with_password", "root", "wrong")
    assert refused == {
        "jsonrpc": "2.0",
        "error": {
            "code": 1,
            "message": "SESSION_AUTHENTICATION_FAILED",
            "data": ["root", "Authentication failure"],
        },
        "id": 7,
    }
    v1 = json_call(host, "session.login_with_password", "root", "wrong", version2=False)
    assert v1 == {
        "result": None,
        "error": ["SESSION_AUTHENTICATION_FAILED", "root", "Authentication failure"],
        "id": 7,
    }
    hosts = json_call(host, "host.get_all_records", session)["result"]
    record = next(iter(hosts.values()))
    metrics = json_call(host, "host_metrics.get_record", session, record["metrics"])["result"]
    # JSON-RPC numbers are numbers (int64 too); DateTime is a string
    assert isinstance(metrics["memory_total"], int) and metrics["memory_total"] > 0
    assert isinstance(metrics["live"], bool)
    assert re.fullmatch(DATETIME, metrics["last_updated"])
    methods = json_call(host, "system.listMethods")["result"]
    assert "host.get_all_records" in methods
    unknown = json_call(host, "pool.no_such_call", session)
    assert unknown["error"]["message"] == "MESSAGE_METHOD_UNKNOWN"
    assert unknown["error"]["data"] == ["pool.no_such_call"]
    # a request without an id (a notification) is refused, as ocaml-rpc refuses it
    status, _, _ = post(
        host, "/jsonrpc", b'{"jsonrpc":"2.0","method":"system.listMethods"}', "application/json"
    )
    assert status == 500
    status, headers, _ = post(host, "/jsonrpc", b"", "application/json", method="OPTIONS")
    assert status == 200 and headers["Access-Control-Allow-Origin"] == "*"


def test_event_inject_gives_a_token_just_before_its_own_event(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    pool = api.pool.get_all()[0]
    token = api.event.inject("pool", pool)
    assert re.fullmatch(r"\d{20},\d{20}", token)
    batch = getattr(api.event, "from")(["pool"], token, 5.0)
    assert [(e["class"], e["operation"], e["ref"]) for e in batch["events"]] == [
        ("pool", "mod", pool)
    ]
    event = batch["events"][0]
    assert event["timestamp"] == "0.0" and event["snapshot"]["uuid"]
    # a float timeout: nothing happened, so no events and the same token back
    quiet = getattr(api.event, "from")(["pool"], batch["token"], 0.2)
    assert quiet["events"] == [] and quiet["token"] == batch["token"]
    assert isinstance(quiet["valid_ref_counts"]["host"], int)  # <i4>, the one int32
    assert failure_of(lambda: api.event.inject("VM", pool)) == ["HANDLE_INVALID", "VM", pool]
    assert failure_of(lambda: getattr(api.event, "from")(["pool"], "nonsense", 0.1)) == [
        "EVENT_FROM_TOKEN_PARSE_FAILURE",
        "nonsense",
    ]


def test_legacy_event_next(sim: Simulator) -> None:
    session = sdk_session(sim.hosts[0])
    api = session.xenapi
    details = failure_of(lambda: api.event.next())
    assert details[0] == "SESSION_NOT_REGISTERED"
    api.event.register(["pool", "VM"])
    before = int(api.event.get_current_id())  # an int64: a string over XML-RPC
    pool = api.pool.get_all()[0]
    api.pool.set_name_label(pool, "renamed")
    events = api.event.next()
    assert [(e["class"], e["operation"]) for e in events] == [("pool", "mod")]
    assert events[0]["snapshot"]["name_label"] == "renamed"
    assert re.fullmatch(r"\d+\.", events[0]["timestamp"])  # OCaml's string_of_float
    assert int(events[0]["id"]) == before + 1 == int(api.event.get_current_id())
    api.event.unregister(["pool"])
    network = api.network.create(
        {"name_label": "n", "name_description": "", "MTU": "1500", "other_config": {}, "tags": []}
    )
    del network
    api.pool.set_name_label(pool, "ignored now")
    vm = api.VM.get_all()[0]
    api.VM.set_name_label(vm, "seen")
    events = api.event.next()  # the pool and network changes are not registered
    assert [(e["class"], e["ref"]) for e in events] == [("vm", vm)]


def test_xml_escapes_as_ocaml_rpc(sim: Simulator) -> None:
    host = sim.hosts[0]
    api = sdk_session(host).xenapi
    pool = api.pool.get_all()[0]
    api.pool.set_name_label(pool, 'a<b>&"c"')
    body = xml_call(host, "pool.get_name_label", xml_login(host), pool).decode()
    assert "<value>a&lt;b&gt;&amp;&quot;c&quot;</value>" in body
    assert ElementTree.fromstring(body).tag == "methodResponse"
    # characters XML cannot carry are dropped, as ocaml-rpc's encoder drops them
    assert wire.xml_value("tab\tbell\x07nul\x00") == "<value>tab\tbellnul</value>"
    assert wire.xml_value(0.1) == "<value><double>0.1</double></value>"
    assert wire.xml_value(1.0) == "<value><double>1</double></value>"  # %.16g


# The datamodel's DateTime fields among those the simulator serves (xenapi.json: "datetime").
DATETIME_FIELDS = {
    ("task", "created"),
    ("task", "finished"),
    ("host_metrics", "last_updated"),
    ("PIF_metrics", "last_updated"),
}


def test_every_datetime_field_goes_out_as_datetime(sim: Simulator) -> None:
    typed = {
        (cls, name)
        for cls, fields in DEFAULTS.items()
        for name, default in fields.items()
        if isinstance(default, wire.DateTime)
    }
    assert typed >= DATETIME_FIELDS
    host = sim.hosts[0]
    session = xml_login(host)
    sdk_session(host).xenapi.task.create("a task", "")
    for cls, name in sorted(typed):
        body = xml_call(host, f"{cls}.get_all_records", session).decode()
        values = re.findall(rf"<name>{name}</name><value>(.*?)</value>", body)
        # every class has its datetime fields typed; those the lab has records of are read
        assert values or (cls, name) not in DATETIME_FIELDS, (cls, name)
        for value in values:
            assert re.fullmatch(rf"<dateTime.iso8601>{DATETIME}</dateTime.iso8601>", value), (
                cls,
                name,
                value,
            )


def test_a_datetime_a_client_sent_goes_back_as_one() -> None:
    sent = xmlrpc.client.DateTime("20261207T01:02:03")
    assert wire.xml_value({"at": sent}) == (
        "<value><struct><member><name>at</name>"
        "<value><dateTime.iso8601>20261207T01:02:03</dateTime.iso8601></value>"
        "</member></struct></value>"
    )
    outcome = {"Status": "Success", "Value": [sent, wire.now(0), wire.Int32(3), 2**40, 0.5]}
    assert json.loads(wire.json_response(outcome, 1, True)) == {
        "jsonrpc": "2.0",
        "result": ["20261207T01:02:03", "19700101T00:00:00Z", 3, 2**40, 0.5],
        "id": 1,
    }


def _type_errors(model: Any, ty: Any, value: Any, where: str) -> list[str]:
    """Where a stored value would go out with another wire type than the datamodel's."""
    kind = ty.kind
    if kind in ("string", "ref", "enum"):
        good = type(value) is str
    elif kind == "datetime":
        good = type(value) is wire.DateTime
    elif kind == "int":
        good = type(value) is int
    elif kind == "float":
        good = type(value) is float
    elif kind == "bool":
        good = type(value) is bool
    elif kind in ("set", "option"):
        if not isinstance(value, list):
            return [f"{where}: {type(value).__name__} for {ty}"]
        return [
            e
            for i, item in enumerate(value)
            for e in _type_errors(model, ty.inner, item, f"{where}[{i}]")
        ]
    elif kind == "map":
        if not isinstance(value, dict):
            return [f"{where}: {type(value).__name__} for {ty}"]
        return [
            e
            for k, item in value.items()
            for e in _type_errors(model, ty.key, k, f"{where} key")
            + _type_errors(model, ty.inner, item, f"{where}[{k}]")
        ]
    else:
        return []
    return [] if good else [f"{where}: {type(value).__name__} {value!r:.40} for {ty}"]


def test_records_of_a_built_pool_carry_their_datamodel_types(
    sim: Simulator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The wire writes what the value is (an int untyped, a float as <double>, a DateTime as
    # dateTime.iso8601), so every stored value must be of its field's datamodel type.
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    pins = str(tmp_path / "pins.json")
    assert cli.main(["apply", str(plan), "--yes", "--pins", pins]) == cli.EXIT_OK
    model = load()
    errors = [
        error
        for machine in sim.world.machines.values()
        for cls, table in machine.db.tables.items()
        for record in table.values()
        for name, value in record.items()
        for error in _type_errors(model, model.field(cls, name).type, value, f"{cls}.{name}")
    ]
    assert sorted(set(errors)) == []


@pytest.mark.expected_errors("answer not of its datamodel type")
def test_an_answer_of_another_type_than_the_datamodels_is_an_error(
    sim: Simulator, caplog: pytest.LogCaptureFixture
) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    pif = api.PIF.get_all()[0]
    with sim.world.lock:  # a handler that stored the SDK's string for an int
        next(iter(sim.world.machines.values())).db.update("PIF", pif, MTU="9000")
    api.PIF.get_record(pif)
    logged = [r.getMessage() for r in caplog.records]
    assert "answer not of its datamodel type: PIF.get_record.MTU: str '9000' for int" in logged
    assert conform.answer_errors("host.get_servertime", "20261207T01:02:03Z") == [
        "host.get_servertime: str '20261207T01:02:03Z' for datetime"
    ]
    assert conform.answer_errors("host.get_servertime", wire.now()) == []
    assert conform.answer_errors("pool.set_name_label", "") == []
    assert conform.answer_errors("Async.pool.join", "OpaqueRef:x") == []

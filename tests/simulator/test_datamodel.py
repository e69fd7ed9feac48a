"""Every call is checked against XAPI's datamodel, over the official SDK on HTTPS.

The answers are XAPI's own (gen_server.ml, server_helpers.ml, ocaml-rpc's
unmarshallers): see wizard/simulator/calls.py.
"""

from __future__ import annotations

import pytest
import XenAPI

from tests.conftest import failure_of, sdk_session
from wizard.simulator import Simulator
from wizard.simulator.datamodel import load
from wizard.simulator.schema import DEFAULTS
from wizard.xapi.transport import PinnedTransport


def test_an_unknown_class_or_message_is_method_unknown(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    assert failure_of(lambda: api.VM.frobnicate()) == ["MESSAGE_METHOD_UNKNOWN", "VM.frobnicate"]
    assert failure_of(lambda: api.Gadget.get_all()) == ["MESSAGE_METHOD_UNKNOWN", "Gadget.get_all"]
    # XAPI names the message without its Async. prefix
    assert failure_of(lambda: api.Async.VM.frobnicate()) == [
        "MESSAGE_METHOD_UNKNOWN",
        "VM.frobnicate",
    ]


def test_a_setter_exists_only_for_a_read_write_field(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    (host,) = api.host.get_all()
    assert api.host.get_API_version_major(host) == "2"
    assert failure_of(lambda: api.host.set_API_version_major(host, "3")) == [
        "MESSAGE_METHOD_UNKNOWN",
        "host.set_API_version_major",
    ]
    api.host.set_name_description(host, "rack 4")  # RW
    assert api.host.get_name_description(host) == "rack 4"


def test_a_wrong_parameter_count_is_refused_with_xapis_counts(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    (host,) = api.host.get_all()
    assert failure_of(lambda: api.VM.get_record()) == [
        "MESSAGE_PARAMETER_COUNT_MISMATCH",
        "VM.get_record",
        "1",
        "0",
    ]
    assert failure_of(lambda: api.host.get_name_label(host, "extra")) == [
        "MESSAGE_PARAMETER_COUNT_MISMATCH",
        "host.get_name_label",
        "1",
        "2",
    ]
    # With defaulted parameters XAPI expects those without a default.
    assert failure_of(lambda: api.SR.probe(host, {})) == [
        "MESSAGE_PARAMETER_COUNT_MISMATCH",
        "SR.probe",
        "3",
        "2",
    ]


def test_a_trailing_defaulted_parameter_may_be_omitted(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    (host,) = api.host.get_all()
    portal = sim.world.targets[0].portals[0]
    # SR.probe without sm_config reaches the driver (which cannot reach the portal yet).
    short = failure_of(lambda: api.SR.probe(host, {"target": portal}, "lvmoiscsi"))
    full = failure_of(lambda: api.SR.probe(host, {"target": portal}, "lvmoiscsi", {}))
    assert short[0] == "SR_BACKEND_FAILURE_141" and short == full
    # login's version and originator have defaults too
    host_info = sim.hosts[0]
    session = XenAPI.Session(
        host_info.url, transport=PinnedTransport(host_info.address, host_info.fingerprint)
    )
    session.xenapi.login_with_password(host_info.username, host_info.password)
    assert session.xenapi.host.get_all() == [host]


def test_a_value_of_the_wrong_type_is_refused_as_xapi_refuses_it(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    (host,) = api.host.get_all()
    assert failure_of(lambda: api.host.set_name_label(host, 5)) == [
        "INTERNAL_ERROR",
        "Failure(\"Expected string, got 'I(5)'\")",
    ]
    assert failure_of(lambda: api.host.set_multipathing(host, "yes")) == [
        "INTERNAL_ERROR",
        "Failure(\"Expected bool, got 'S(yes)'\")",
    ]
    assert failure_of(lambda: api.host.set_other_config(host, ["a"])) == [
        "INTERNAL_ERROR",
        "Failure(\"Expecting Rpc.Dict, but found '[S(a)]'\")",
    ]
    assert failure_of(lambda: api.pool.enable_ha("OpaqueRef:x", {})) == [
        "INTERNAL_ERROR",
        "Failure(\"Expecting Rpc.Enum, but found 'S(OpaqueRef:x)'\")",
    ]
    (pif,) = [p for p, r in api.PIF.get_all_records().items() if r["management"]]
    assert failure_of(lambda: api.PIF.reconfigure_ip(pif, "Fixed", "", "", "", "")) == [
        "INTERNAL_ERROR",
        'Failure("Unknown tag/contents")',
    ]
    assert failure_of(lambda: api.SR.create(host, {}, "lots", "", "", "lvm", "", True, {})) == [
        "INTERNAL_ERROR",
        'Failure("Int64.of_string")',
    ]


def test_what_xapi_converts_is_accepted(sim: Simulator) -> None:
    """An int for a float (float_of_rpc takes Int), a numeric string for an int."""
    api = sdk_session(sim.hosts[0]).xenapi
    event_from = getattr(api.event, "from")
    batch = event_from(["host"], "", 1)
    assert batch["events"]
    batch = event_from(["host"], batch["token"], "0.1")
    assert batch["events"] == []
    (pool,) = api.pool.get_all()
    api.pool.set_ha_host_failures_to_tolerate(pool, "0")
    assert api.pool.get_ha_host_failures_to_tolerate(pool) == "0"


def test_async_only_where_the_datamodel_has_it(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    vm = next(r for r, v in api.VM.get_all_records().items() if not v["is_control_domain"])
    assert failure_of(lambda: api.Async.VM.set_ha_restart_priority(vm, "restart")) == [
        "Fault",
        "No async mode for this operation (rpc: VM.set_ha_restart_priority)",
    ]
    # generated setters have no Async form either
    assert failure_of(lambda: api.Async.VM.set_name_label(vm, "x"))[0] == "Fault"
    (host,) = api.host.get_all()
    task = api.Async.host.set_multipathing(host, True)
    assert task.startswith("OpaqueRef:")


def test_the_session_is_checked_after_the_types_and_before_async(sim: Simulator) -> None:
    session = sdk_session(sim.hosts[0])
    (host,) = session.xenapi.host.get_all()

    def raw(method: str, *params: object) -> list[str]:
        # Past the SDK, which logs in again on SESSION_INVALID.
        answer = getattr(session, method)("OpaqueRef:gone", *params)
        assert answer["Status"] == "Failure"
        return list(answer["ErrorDescription"])

    assert raw("host.get_name_label", host) == ["SESSION_INVALID", "OpaqueRef:gone"]
    assert raw("Async.VM.set_ha_restart_priority", host, "")[0] == "SESSION_INVALID"
    assert raw("host.set_name_label", host, 5)[0] == "INTERNAL_ERROR"
    assert raw("host.get_name_label")[0] == "MESSAGE_PARAMETER_COUNT_MISMATCH"
    assert raw("VM.frobnicate")[0] == "SESSION_INVALID"  # tried as an extension first


@pytest.mark.parametrize("cls", ["host", "VM", "SR", "PIF", "pool", "host_metrics", "network"])
def test_every_record_has_every_field_of_its_class(sim: Simulator, cls: str) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    fields = set(load().classes[cls].fields)
    records = getattr(api, cls).get_all_records()
    assert records
    for ref, record in records.items():
        assert set(record) == fields
        one = next(iter(sorted(fields - {"uuid"})))
        assert getattr(getattr(api, cls), f"get_{one}")(ref) == record[one]


def test_every_class_answers_its_generated_readers(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    model = load()
    readable = [c for c in DEFAULTS if "get_all_records" in model.classes[c].messages]
    assert len(readable) > 50
    for cls in readable:
        proxy = getattr(api, cls)
        assert isinstance(proxy.get_all_records(), dict), cls
        assert isinstance(proxy.get_all(), list), cls
    vm = next(r for r, v in api.VM.get_all_records().items() if v["is_control_domain"])
    assert api.VM.get_HVM_boot_policy(vm) == ""
    uuid = api.VM.get_uuid(vm)
    assert api.VM.get_by_uuid(uuid) == vm
    assert failure_of(lambda: api.VM.get_by_uuid("nope")) == ["UUID_INVALID", "VM", "nope"]
    # XAPI also answers Class_message names (not with Async.)
    assert api.VM_get_uuid(vm) == uuid


def test_a_session_reads_as_its_record(sim: Simulator) -> None:
    session = sdk_session(sim.hosts[0])
    api = session.xenapi
    (host,) = api.host.get_all()
    record = api.session.get_record(session._session)
    assert set(record) == set(load().classes["session"].fields)
    assert record["this_host"] == host and record["originator"] == "xenpool-tests"
    assert api.session.get_by_uuid(record["uuid"]) == session._session
    assert api.session.get_originator(session._session) == "xenpool-tests"


def test_the_facts_name_their_upstream_and_every_type_they_use() -> None:
    model = load()
    assert model.source["repository"] == "xapi-project/xen-api"
    assert len(model.source["commit"]) == 40
    used = set()
    for c in model.classes.values():
        types = [f.type for f in c.fields.values()]
        types += [p.type for m in c.messages.values() for p in m.params]
        while types:
            ty = types.pop()
            types += [t for t in (ty.inner, ty.key) if t is not None]
            if ty.kind == "enum":
                used.add(ty.name)
    assert used <= set(model.enums)
    # a field newer than the published xenapi.json, read from datamodel*.ml
    assert model.field("Certificate", "fingerprint_sha256").qualifier == "StaticRO"
    assert model.errors["MESSAGE_PARAMETER_COUNT_MISMATCH"] == ("method", "expected", "received")


def test_an_implicit_constructor_reads_its_record_as_xapi_does(sim: Simulator) -> None:
    api = sdk_session(sim.hosts[0]).xenapi
    ref = api.secret.create({"value": "s3cret"})
    assert api.secret.get_value(ref) == "s3cret" and api.secret.get_other_config(ref) == {}
    assert failure_of(lambda: api.secret.create({"other_config": {}})) == [
        "INTERNAL_ERROR",
        'Server_helpers.Dispatcher_FieldNotFound("value")',
    ]
    task = api.Async.secret.destroy(ref)  # implicit destructors have an Async form
    assert task.startswith("OpaqueRef:")

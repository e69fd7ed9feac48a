"""XAPI answers read defensively: malformed records give one clear error naming the host.

A host (or something posing as one) can answer ``*.get_all_records`` with
anything: missing fields, wrong types, huge or odd text, no pool at all. The
facts come out valid, or ``MalformedAnswer`` says which host sent what; never
a KeyError, StopIteration or TypeError traceback.
"""

from __future__ import annotations

import copy
import dataclasses
import typing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard import cli, exitcodes
from wizard.checks.facts import (
    CLASSES,
    HostFacts,
    NicFacts,
    SrFacts,
    VmFacts,
    facts_from_records,
    gather_pool,
)
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint
from wizard.xapi.errors import MalformedAnswer, UnsupportedRelease, XenPoolError

HOST = "192.0.2.10"


def valid_records() -> dict[str, dict[str, Any]]:
    """Two hosts in one pool, a storage VLAN, a VM with a local disk, a shared SR."""
    host = {
        "metrics": "OpaqueRef:hm1",
        "address": HOST,
        "uuid": "u-host-1",
        "name_label": "xcp-01",
        "software_version": {"product_version": "8.2.1", "platform_version": "3.2.1"},
        "cpu_info": {"vendor": "GenuineIntel", "flags": "fpu vme sse2"},
        "edition": "xcp-ng",
        "license_params": {"enable_xha": "true"},
        "external_auth_type": "",
        "external_auth_service_name": "",
        "API_version_major": "2",
        "API_version_minor": "21",
        "memory_overhead": "1000",
        "iscsi_iqn": "iqn.2024-01.local:xcp-01",
        "other_config": {"iscsi_iqn": "iqn.2024-01.local:xcp-01"},
        "updates": ["OpaqueRef:u1"],
    }
    second = {**host, "metrics": "OpaqueRef:hm2", "address": "192.0.2.11", "uuid": "u-host-2"}
    pif = {
        "host": "OpaqueRef:h1",
        "metrics": "OpaqueRef:pm1",
        "network": "OpaqueRef:n1",
        "device": "eth0",
        "VLAN": "-1",
        "physical": True,
        "management": True,
        "MTU": "1500",
        "IP": HOST,
        "currently_attached": True,
        "primary_address_type": "IPv4",
    }
    vlan_pif = {
        **pif,
        "network": "OpaqueRef:n2",
        "device": "eth1",
        "VLAN": "200",
        "physical": False,
        "management": False,
        "MTU": "9000",
        "IP": "10.200.0.21",
    }
    vm = {
        "is_control_domain": False,
        "is_a_template": False,
        "is_a_snapshot": False,
        "resident_on": "OpaqueRef:h1",
        "affinity": "OpaqueRef:NULL",
        "VBDs": ["OpaqueRef:vbd1"],
        "name_label": "dc01",
        "power_state": "Running",
        "memory_static_max": "4294967296",
        "memory_overhead": "1048576",
        "current_operations": {},
        "ha_restart_priority": "",
    }
    dom0 = {**vm, "is_control_domain": True, "VBDs": [], "name_label": "Control domain"}
    return {
        "host": {"OpaqueRef:h1": host, "OpaqueRef:h2": second},
        "host_metrics": {
            "OpaqueRef:hm1": {"memory_total": "68719476736", "live": True},
            "OpaqueRef:hm2": {"memory_total": "68719476736", "live": True},
        },
        "PIF": {"OpaqueRef:p1": pif, "OpaqueRef:p2": vlan_pif},
        "PIF_metrics": {"OpaqueRef:pm1": {"carrier": True, "speed": "10000"}},
        "network": {
            "OpaqueRef:n1": {
                "name_label": "Pool-wide network associated with eth0",
                "bridge": "xenbr0",
                "purpose": ["nbd"],
            },
            "OpaqueRef:n2": {"name_label": "Storage VLAN 200"},
        },
        "VM": {"OpaqueRef:vm1": vm, "OpaqueRef:dom0": dom0},
        "VBD": {"OpaqueRef:vbd1": {"VDI": "OpaqueRef:vdi1"}},
        "VDI": {"OpaqueRef:vdi1": {"SR": "OpaqueRef:local"}},
        "SR": {
            "OpaqueRef:local": {
                "uuid": "u-local",
                "name_label": "Local storage",
                "type": "ext",
                "shared": False,
                "is_tools_sr": False,
            },
            "OpaqueRef:shared": {
                "uuid": "u-shared",
                "name_label": "iSCSI storage",
                "type": "lvmoiscsi",
                "shared": True,
            },
        },
        "PBD": {
            "OpaqueRef:pbd1": {
                "SR": "OpaqueRef:local",
                "host": "OpaqueRef:h1",
                "device_config": {"device": "/dev/sda3"},
            },
            "OpaqueRef:pbd2": {
                "SR": "OpaqueRef:shared",
                "host": "OpaqueRef:h1",
                "device_config": {"SCSIid": "36001405abc"},
            },
        },
        "Bond": {},
        "tunnel": {},
        "network_sriov": {},
        "VLAN": {"OpaqueRef:v1": {"untagged_PIF": "OpaqueRef:p2", "tag": "200"}},
        "SM": {
            "OpaqueRef:sm1": {
                "type": "lvmoiscsi",
                "features": {"VDI_MIRROR": "1", "VDI_RESET_ON_BOOT": "2"},
            }
        },
        "Certificate": {
            "OpaqueRef:c1": {
                "uuid": "u-cert",
                "name": "corp-ca",
                "type": "ca",
                "fingerprint_sha256": "AB:CD:EF",
                "purpose": [],
            }
        },
        "Cluster": {"OpaqueRef:cl": {"pool_auto_join": True}},
        "Cluster_host": {
            "OpaqueRef:ch": {
                "cluster": "OpaqueRef:cl",
                "host": "OpaqueRef:h1",
                "enabled": True,
                "PIF": "OpaqueRef:p1",
            }
        },
        "SDN_controller": {},
        "pool_update": {
            "OpaqueRef:u1": {
                "uuid": "8f2e0c1a-1053-4d1e-9a0b-000000001053",
                "name_label": "XS82ECU1053",
                "enforce_homogeneity": True,
            }
        },
        "pool": {
            "OpaqueRef:pool": {
                "master": "OpaqueRef:h1",
                "name_label": "Demo pool",
                "ha_enabled": False,
                "cpu_info": {"vendor": "GenuineIntel"},
                "tls_verification_enabled": True,
            }
        },
    }


class FakeClient:
    """Answers get_all_records from a dict, like HostClient.call."""

    def __init__(self, records: dict[str, Any]) -> None:
        self.endpoint = Endpoint(HOST)
        self.records = records

    def call(self, method: str, *args: Any, action: str = "") -> Any:
        return self.records.get(method.split(".")[0])


class _Huge(str):
    """Text too long to print in a failing example: shown by its length."""

    def __repr__(self) -> str:
        return f"<{len(self)} characters>"


HUGE = _Huge("\u00e9\u4e2d\U0001f600" * 30000)  # 90 000 characters of multi-byte text

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.just(HUGE),
    st.just("9" * 25),
    st.just("\x00\u202e\ud7ff\n\r"),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5) | st.integers(), max_size=3),
    st.binary(max_size=10),
)


def _mutate(data: st.DataObject, records: dict[str, Any]) -> None:
    cls = data.draw(st.sampled_from(CLASSES), label="class")
    table = records[cls]
    kind = data.draw(
        st.sampled_from(["drop_field", "set_field", "replace_table", "replace_record", "add_ref"]),
        label="mutation",
    )
    if kind == "replace_table":
        records[cls] = data.draw(junk | st.just({}), label="table")
        return
    if kind == "add_ref" and isinstance(table, dict):
        key = data.draw(st.text(max_size=30) | st.just(HUGE), label="ref")
        table[key] = copy.deepcopy(next(iter(table.values()), {}))
        return
    if not isinstance(table, dict) or not table:
        return
    ref = data.draw(st.sampled_from(sorted(table)), label="ref")
    if kind == "replace_record":
        table[ref] = data.draw(junk, label="record")
        return
    record = table[ref]
    if not isinstance(record, dict) or not record:
        return
    field = data.draw(st.sampled_from(sorted(record)), label="field")
    if kind == "drop_field":
        del record[field]
    else:
        record[field] = data.draw(junk, label="value")


def _check_types(value: Any) -> None:
    """Every field of the facts has the type its dataclass declares."""
    hints = typing.get_type_hints(type(value))
    for f in dataclasses.fields(value):
        item, hint = getattr(value, f.name), hints[f.name]
        origin = typing.get_origin(hint)
        if origin is dict:
            assert isinstance(item, dict), f.name
            assert all(isinstance(k, str) and isinstance(v, str) for k, v in item.items()), f.name
        elif origin is list:
            (inner,) = typing.get_args(hint)
            assert isinstance(item, list), f.name
            for element in item:
                assert isinstance(element, inner), f.name
                if dataclasses.is_dataclass(element):
                    _check_types(element)
        else:
            assert isinstance(item, hint), (f.name, item)
            if hint is int:
                assert not isinstance(item, bool), f.name
            if dataclasses.is_dataclass(item):
                _check_types(item)  # the join state and what it holds


def test_valid_records_give_facts() -> None:
    facts = gather_pool(FakeClient(valid_records()))  # type: ignore[arg-type]
    assert [f.address for f in facts] == [HOST, "192.0.2.11"]
    master = facts[0]
    assert master.is_master and master.pool_size == 2 and master.iscsi_iqn
    assert [n.device for n in master.nics] == ["eth0", "eth1"]
    assert master.vms[0].local_disks == ["Local storage"]
    assert {s.name for s in master.srs} == {"Local storage", "iSCSI storage"}
    assert master.updates == {"8f2e0c1a-1053-4d1e-9a0b-000000001053": "XS82ECU1053"}
    join = master.join
    assert join.cluster_host == "OpaqueRef:ch" and join.ip_bridges == ["", "xenbr0"]
    assert join.cluster is not None and join.cluster.bridges == ["xenbr0"]
    assert join.nbd_purpose == "nbd" and [c.name for c in join.certificates] == ["corp-ca"]
    assert join.sms[0].features == {"VDI_MIRROR": "1", "VDI_RESET_ON_BOOT": "2"}
    for fact in facts:
        _check_types(fact)


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda r: r["pool"].clear(), "no pool"),
        (lambda r: r["host"]["OpaqueRef:h1"].pop("uuid"), "host 'OpaqueRef:h1' has no field uuid"),
        (lambda r: r["PIF"]["OpaqueRef:p1"].pop("device"), "has no field device"),
        (lambda r: r["PIF"]["OpaqueRef:p2"].update(VLAN="two hundred"), "field VLAN"),
        (lambda r: r.update(VM=["not", "records"]), "VM.get_all_records"),
        (lambda r: r["SR"].update({"OpaqueRef:x": None}), "is not a record"),
    ],
)
def test_each_kind_of_damage_is_named(damage: Any, expected: str) -> None:
    records = valid_records()
    damage(records)
    with pytest.raises(MalformedAnswer) as info:
        gather_pool(FakeClient(records))  # type: ignore[arg-type]
    assert HOST in info.value.message and expected in info.value.message
    assert isinstance(info.value, XenPoolError) and info.value.advice


@settings(max_examples=400, deadline=None)
@given(st.data(), st.integers(min_value=1, max_value=3))
def test_malformed_answers_give_a_clear_error_or_valid_facts(
    data: st.DataObject, count: int
) -> None:
    records = valid_records()
    for _ in range(count):
        _mutate(data, records)
    try:
        facts = facts_from_records(HOST, records)
    except MalformedAnswer as exc:
        assert exc.message.startswith(HOST) and exc.advice
        assert len(exc.message) < 1000  # a huge value is not pasted into the message
        return
    except UnsupportedRelease as exc:  # a mutated API version can read as a release too old
        assert HOST in exc.message and exc.advice
        assert len(exc.message) < 1000
        return
    assert isinstance(facts, list)
    for fact in facts:
        assert isinstance(fact, HostFacts)
        _check_types(fact)
        for nic in fact.nics:
            assert isinstance(nic, NicFacts)
        for vm in fact.vms:
            assert isinstance(vm, VmFacts)
        for sr in fact.srs:
            assert isinstance(sr, SrFacts)


@pytest.mark.expected_errors("answer not of its datamodel type")  # the lie is deliberate
def test_the_cli_shows_a_malformed_host_answer_as_a_message(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    member = sim.hosts[1].address
    with sim.world.lock:  # the member's database says something no XAPI would
        db = sim.world.machines[member].db
        for ref, _pif in db.all("PIF"):
            db.update("PIF", ref, device=["eth0"])
    plan = tmp_path / "pool.toml"
    save(lab_plan(sim), plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    code = cli.main(["validate", str(plan), "--yes", "--pins", str(tmp_path / "pins.json")])
    err = capsys.readouterr().err
    assert code == exitcodes.EXIT_CONNECTION
    assert f"{member} sent an answer the wizard cannot read" in err and "field device" in err
    assert "Traceback" not in err

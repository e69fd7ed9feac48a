"""Plan validation: every problem at once, with its field; never a traceback."""

from __future__ import annotations

import tomli_w
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.findings import Severity
from wizard.plan import (
    HEARTBEAT_MIN_BYTES,
    HaPlan,
    HostPlan,
    IscsiPlan,
    Plan,
    PlanError,
    StorageNetworkPlan,
    dumps,
    loads,
    validate,
)


def good_plan() -> Plan:
    return Plan(
        pool_name="Production",
        master="192.0.2.11",
        hosts=[HostPlan("192.0.2.11", "xcp-01"), HostPlan("192.0.2.12", "xcp-02")],
        storage_network=StorageNetworkPlan(
            nic="eth1", vlan=200, mtu=9000, subnet="10.200.0.0/24", first_ip="10.200.0.21"
        ),
        iscsi=IscsiPlan(
            portals=["10.200.0.10"],
            target_iqn="iqn.2005-10.org.freenas.ctl:xenpool",
            sr_scsi_id="36589cfc0000001",
            heartbeat_scsi_id="36589cfc0000002",
            heartbeat_size=4 * 1024**3,
        ),
    )


def fields_of(plan: Plan) -> dict[str, Severity]:
    return {f.subject: f.severity for f in validate(plan)}


def test_a_good_plan_has_no_errors_and_round_trips() -> None:
    plan = good_plan()
    assert not [f for f in validate(plan) if f.blocking]
    assert loads(dumps(plan)) == plan


def test_storage_ips_are_allocated_from_first_ip_around_given_ones() -> None:
    plan = good_plan()
    plan.hosts.append(HostPlan("192.0.2.13", storage_ip="10.200.0.22"))
    assert plan.storage_ips() == {
        "192.0.2.11": "10.200.0.21",
        "192.0.2.12": "10.200.0.23",
        "192.0.2.13": "10.200.0.22",
    }


def test_storage_ips_follow_every_edit_and_the_end_of_the_range() -> None:
    plan = good_plan()
    first = plan.storage_ips()
    first["192.0.2.11"] = "scribbled"  # the caller's own copy
    assert plan.storage_ips()["192.0.2.11"] == "10.200.0.21"
    plan.hosts[0].storage_ip = "10.200.0.22"  # a given IP moves the others on
    assert plan.storage_ips() == {"192.0.2.11": "10.200.0.22", "192.0.2.12": "10.200.0.21"}
    plan.hosts[0].storage_ip = ""
    plan.storage_network.first_ip = "255.255.255.255"  # one address left: the other has none
    assert plan.storage_ips() == {"192.0.2.11": "255.255.255.255"}
    plan.storage_network.first_ip = "not an IP"
    assert plan.storage_ips() == {}


def test_each_rule_names_its_field() -> None:
    plan = good_plan()
    plan.storage_network.vlan = 4095
    plan.storage_network.mtu = 9300
    plan.storage_network.gateway = "10.9.9.1"
    plan.hosts[1].storage_ip = "10.300.0.1"
    plan.iscsi.target_iqn = "iqn.bad"
    plan.iscsi.heartbeat_scsi_id = plan.iscsi.sr_scsi_id
    plan.iscsi.heartbeat_size = 1024**3
    plan.hosts[0].force_join = True  # the master
    plan.hosts[1].force_join = True  # a member may be forced: no finding
    found = fields_of(plan)
    assert "hosts[1].force_join" not in found
    for field in (
        "storage_network.vlan",
        "storage_network.mtu",
        "storage_network.gateway",
        "hosts[1].storage_ip",
        "iscsi.target_iqn",
        "iscsi.heartbeat_scsi_id",
        "iscsi.heartbeat_size",
        "hosts[0].force_join",
    ):
        assert found.get(field) is Severity.ERROR, field


def test_duplicate_and_out_of_subnet_ips() -> None:
    plan = good_plan()
    plan.hosts[0].storage_ip = "10.200.0.50"
    plan.hosts[1].storage_ip = "10.200.0.50"
    assert any("also given to" in f.message for f in validate(plan))
    plan.hosts[1].storage_ip = "10.201.0.5"
    assert any("outside the storage subnet" in f.message for f in validate(plan))


def test_unusual_mtu_warns_and_heartbeat_boundary() -> None:
    plan = good_plan()
    plan.storage_network.mtu = 4000
    assert fields_of(plan)["storage_network.mtu"] is Severity.WARNING
    plan.iscsi.heartbeat_size = HEARTBEAT_MIN_BYTES
    assert "iscsi.heartbeat_size" not in fields_of(plan)
    plan.iscsi.heartbeat_size = HEARTBEAT_MIN_BYTES - 1
    assert fields_of(plan)["iscsi.heartbeat_size"] is Severity.ERROR


def test_unknown_keys_and_secrets_in_a_plan_file_are_refused() -> None:
    text = dumps(good_plan()).replace(
        'username = "root"', 'username = "root"\npassword = "hunter2"\npool_nmae = "x"'
    )
    try:
        loads(text)
    except PlanError as exc:
        subjects = {f.subject: f.message for f in exc.findings}
    else:
        raise AssertionError("a plan with a password must be refused")
    assert "must not contain passwords" in subjects["password"]
    assert subjects["pool_nmae"] == "unknown key"


def test_an_autosaved_build_with_the_wizards_choices_is_still_a_plan_for_apply() -> None:
    from wizard.plan import load
    from wizard.session import autosave, load_autosave

    plan = good_plan()
    path = autosave(plan, choices={"check_over_ssh": False, "ssh_key_file": "/keys/xen"})
    assert load(path) == plan  # what validate and apply read: the choices are not the plan's
    resumed = load_autosave(path)
    assert resumed.plan == plan
    assert resumed.choices == {"check_over_ssh": False, "ssh_key_file": "/keys/xen"}


# Anything TOML can hold, nested a little.
toml_values = st.recursive(
    st.none().map(lambda _: "")
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)
plan_keys = st.sampled_from(
    ["pool_name", "master", "port", "username", "hosts", "storage_network", "iscsi", "ha", "junk"]
)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(plan_keys, toml_values, max_size=8))
def test_any_input_gives_a_plan_or_field_errors(data: dict[str, object]) -> None:
    try:
        text = tomli_w.dumps(data)
    except (TypeError, ValueError):
        return
    try:
        loads(text)
    except PlanError as exc:
        assert exc.findings and all(f.subject and f.message for f in exc.findings)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_garbage_text_is_a_plan_error(text: str) -> None:
    try:
        loads(text)
    except PlanError as exc:
        assert exc.findings


# -- structured plans with hostile values ---------------------------------------
_ipish = st.sampled_from(
    [
        "255.255.255.255",
        "255.255.255.254",
        "0.0.0.0",
        "10.200.0.21",
        "10.200.0.255",
        "10.200.0.0",
        "10.200.0.10",
        "10.200.0.1",
        "192.0.2.11",
        "10.200.0.21\n",
        " 10.200.0.21",
        "::1",
        "999.1.1.1",
        "1.2.3",
        "",
    ]
)
_hostile_text = st.text(max_size=30) | st.sampled_from(
    ["x\n", "\n", "a\x00b", "\u2028", "\u202e", "é" * 200, "iqn.2005-10.org.x:t\n"]
)
_address = _ipish | _hostile_text | st.sampled_from(["xcp-01.example", "a" * 300])
_text = _hostile_text | _ipish
_int = st.integers(-(2**70), 2**70) | st.sampled_from([0, 1, 1500, 9000, 4094, 4095, 65536])
_subnet = (
    st.sampled_from(
        [
            "10.200.0.0/24",
            "0.0.0.0/0",
            "255.255.255.255/32",
            "255.255.255.254/31",
            "10.200.0.5/24",
            "10.200.0.0/33",
            "",
            "fe80::/64",
        ]
    )
    | _hostile_text
)
_iqn = (
    st.sampled_from(
        [
            "iqn.2005-10.org.freenas.ctl:xenpool",
            "iqn.2005-10.org.x:t\n",
            "*",
            "eui.0123456789abcdef",
            "naa.0123456789abcdef\n",
            "",
        ]
    )
    | _hostile_text
)
_scsi = st.sampled_from(["36589cfc0000001", "36589cfc0000002", "3658\n", ""]) | _hostile_text

_hosts = st.lists(
    st.builds(
        HostPlan,
        address=_address,
        name=_text,
        fingerprint=_text | st.just("ab" * 32),
        storage_ip=_ipish | _text,
        nic=_text,
    ),
    max_size=6,
)
_network = st.builds(
    StorageNetworkPlan,
    nic=_text,
    vlan=_int,
    mtu=_int,
    subnet=_subnet,
    gateway=_ipish | _text,
    first_ip=_ipish | _text,
)
_iscsi = st.builds(
    IscsiPlan,
    portals=st.lists(_ipish | _text, max_size=3),
    port=_int,
    target_iqn=_iqn,
    chap_user=_text,
    sr_scsi_id=_scsi,
    sr_name=_text,
    heartbeat_scsi_id=_scsi,
    heartbeat_sr_name=_text,
    heartbeat_size=_int,
    existing_sr=st.sampled_from(["reattach", "format", "stop", "", "Format", "stop\n"]) | _text,
)
_ha = st.builds(
    HaPlan,
    enabled=st.booleans(),
    host_failures_to_tolerate=_int,
    restart_priorities=st.dictionaries(
        _text,
        st.sampled_from(["restart", "best-effort", "", "always", "restart\n"]) | _text,
        max_size=3,
    ),
)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    hosts=_hosts,
    master=_address,
    pool_name=_text,
    port=_int,
    network=_network,
    iscsi=_iscsi,
    ha=_ha,
)
def test_hostile_plan_sections_give_field_errors_never_a_traceback(
    hosts: list[HostPlan],
    master: str,
    pool_name: str,
    port: int,
    network: StorageNetworkPlan,
    iscsi: IscsiPlan,
    ha: HaPlan,
) -> None:
    if hosts and master == "":
        master = hosts[0].address
    plan = Plan(
        pool_name=pool_name,
        master=master,
        port=port,
        hosts=hosts,
        storage_network=network,
        iscsi=iscsi,
        ha=ha,
    )
    findings = validate(plan)  # must not raise
    assert all(f.subject and f.message for f in findings)
    if not hosts:
        assert any(f.blocking for f in findings)
    try:
        text = dumps(plan)
    except (TypeError, ValueError):
        return
    try:
        loads(text)  # a file with the same values: a plan or field errors
    except PlanError as exc:
        assert exc.findings and all(f.subject and f.message for f in exc.findings)


def test_the_last_ipv4_address_as_first_ip_is_a_field_error() -> None:
    plan = good_plan()
    plan.storage_network.subnet = "255.255.255.0/24"
    plan.storage_network.first_ip = "255.255.255.255"
    found = fields_of(plan)
    assert found.get("storage_network.first_ip") is Severity.ERROR


def test_a_trailing_newline_does_not_pass_the_iqn_or_name_rules() -> None:
    plan = good_plan()
    plan.iscsi.target_iqn += "\n"
    plan.iscsi.sr_name = "iSCSI storage\n"
    plan.pool_name = "Production\n"
    plan.iscsi.sr_scsi_id += "\n"
    found = fields_of(plan)
    for field in ("iscsi.target_iqn", "iscsi.sr_name", "pool_name", "iscsi.sr_scsi_id"):
        assert found.get(field) is Severity.ERROR, field

"""The pre_join_checks rules of current XAPI: each found before the build, and refused so.

Each case gives xcp-01 (the master) and xcp-02 (a joiner) scenario knobs that trip one
rule of ``pre_join_checks`` (xapi_pool.ml): pre-flight names it on xcp-02 with what to
do, and the simulator's pool.join refuses with XAPI's code and parameters, which have
advice. Each passing twin is a near miss the same rule lets through.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import failure_of, sdk_session
from tests.faults.conftest import preflight_only
from wizard.simulator import Simulator
from wizard.xapi.advice import explain

OVS = {"network_backend": "openvswitch"}


@dataclass
class Case:
    master: dict[str, Any]
    joiner: dict[str, Any]
    finding: str  # in the message of the blocker pre-flight shows on xcp-02
    # The ErrorDescription pool.join answers, from the two hosts' SDK sessions.
    refusal: Callable[[Any, Any], list[str]]
    passing: tuple[dict[str, Any], dict[str, Any]]  # master and joiner knobs that pass


def _host(api: Any) -> str:
    return str(api.host.get_all()[0])


def _sm(api: Any, sm_type: str) -> str:
    return next(r for r, sm in api.SM.get_all_records().items() if sm["type"] == sm_type)


def _cluster_host(api: Any) -> str:
    return str(api.Cluster_host.get_all()[0])


def _cert(api: Any) -> str:
    return str(api.Certificate.get_all()[0])


CASES = {
    "pooling not licensed": Case(
        {},
        {"restrict_pooling": True},
        "its licence does not allow pooling",
        lambda m, j: ["LICENCE_RESTRICTION"],
        ({}, {"restrict_pooling": False}),
    ),
    "guidance on the joiner": Case(
        {},
        {"pending_guidances": ["reboot_host"]},
        "has pending mandatory update guidance: reboot_host",
        lambda m, j: ["HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY", _host(j)],
        ({}, {"pending_guidances": []}),
    ),
    "guidance on the master": Case(
        {"pending_guidances": ["restart_toolstack"]},
        {},
        "has pending mandatory update guidance: restart_toolstack",
        lambda m, j: ["HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY", _host(m)],
        ({"pending_guidances": []}, {}),
    ),
    "an SM driver missing": Case(
        {},
        {"sm": {"lvmoiscsi": "missing"}},
        "has no lvmoiscsi storage driver",
        lambda m, j: ["POOL_JOINING_SM_FEATURES_INCOMPATIBLE", _sm(m, "lvmoiscsi"), ""],
        ({"sm": {"lvmoiscsi": "missing"}}, {}),  # the pool lacking one the joiner has is fine
    ),
    "an SM feature older": Case(
        {},
        {"sm": {"lvmoiscsi": {"VDI_RESET_ON_BOOT": 1}}},
        "its lvmoiscsi storage driver lacks features the pool's has: VDI_RESET_ON_BOOT",
        lambda m, j: [
            "POOL_JOINING_SM_FEATURES_INCOMPATIBLE",
            _sm(m, "lvmoiscsi"),
            _sm(j, "lvmoiscsi"),
        ],
        ({}, {"sm": {"lvmoiscsi": {"VDI_RESET_ON_BOOT": 3}}}),  # newer on the joiner: fine
    ),
    "clustering on the joiner": Case(
        {},
        {"clustering": "enabled"},
        "has clustering enabled",
        lambda m, j: ["CLUSTERING_ENABLED", _cluster_host(j)],
        ({}, {"clustering": "disabled"}),
    ),
    "no IP on the pool's cluster network": Case(
        {"clustering": "enabled", "clustering_nic": "eth1"},
        {},
        "needs exactly one IP address on the pool's clustering network (xenbr1); it has 0",
        lambda m, j: ["POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK"],
        ({"clustering": "enabled"}, {}),  # on management: the joiner has its one IP there
    ),
    "legacy CA certificates": Case(
        {"certificates": [{"type": "ca", "name": "corp-ca", "fingerprint": "AA:01"}]},
        {"certificates": [{"type": "ca", "name": "corp-ca", "fingerprint": "BB:02"}]},
        "trusts other CA certificates than the pool under the same names: corp-ca",
        lambda m, j: ["POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT", "corp-ca"],
        (
            {"certificates": [{"type": "ca", "name": "corp-ca", "fingerprint": "AA:01"}]},
            {"certificates": [{"type": "ca", "name": "corp-ca", "fingerprint": "AA:01"}]},
        ),
    ),
    "trusted certificates": Case(
        {"certificates": [{"type": "ca", "fingerprint": "CC:03", "purpose": ["ldaps"]}]},
        {
            "certificates": [
                {"type": "ca", "fingerprint": "CC:03", "purpose": ["ldaps", "licensing"]}
            ]
        },
        "trusts a certificate the pool trusts too, for other purposes",
        lambda m, j: ["POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT", _cert(m), _cert(j)],
        (
            {"certificates": [{"type": "ca", "fingerprint": "CC:03", "purpose": ["ldaps"]}]},
            {"certificates": [{"type": "ca", "fingerprint": "CC:03", "purpose": ["licensing"]}]},
        ),
    ),
    "NBD network purposes": Case(
        {"network_purpose": "nbd"},
        {"network_purpose": "insecure_nbd"},
        "its networks serve disks as insecure_nbd, the pool's as nbd",
        lambda m, j: [
            "OPERATION_NOT_ALLOWED",
            "Incompatible network purposes: nbd and insecure_nbd",
        ],
        ({"network_purpose": "nbd"}, {"network_purpose": "nbd"}),
    ),
    "SDN controller": Case(
        {"software_version": OVS},
        {"software_version": OVS, "sdn_controller": {"address": "10.0.0.5", "port": 6632}},
        "its SDN controller (ssl:10.0.0.5:6632) differs from the pool's (none)",
        lambda m, j: ["OPERATION_NOT_ALLOWED", "SDN controller differs"],
        ({"software_version": OVS, "sdn_controller": {"address": "10.0.0.5"}}, {}),
    ),
    "an update running on the joiner": Case(
        {},
        {"updating": True},
        "updates are being applied to it",
        lambda m, j: ["NOT_SUPPORTED_DURING_UPGRADE"],
        ({}, {"updating": False}),
    ),
    "an update running on the pool": Case(
        {"updating": True},
        {},
        "updates are being applied to the pool it would join",
        lambda m, j: ["NOT_SUPPORTED_DURING_UPGRADE"],
        ({"updating": False}, {}),
    ),
    "linux pack on one side": Case(
        {},
        {"software_version": {"xs:linux": "1.0"}},
        "has a different software version",
        lambda m, j: ["HOSTS_NOT_HOMOGENEOUS", "Software version differs"],
        ({"software_version": {"xs:linux": "1.0"}}, {"software_version": {"xs:linux": "1.0"}}),
    ),
}


def _scenario(tmp_path: Path, master: dict[str, Any], joiner: dict[str, Any]) -> str:
    """smb3 with knobs on xcp-01 and xcp-02 (TOML written through JSON-compatible values)."""
    hosts = [
        {"name": "xcp-01", "cpu": "intel-xeon-silver-4310", **master},
        {"name": "xcp-02", "cpu": "intel-xeon-silver-4310", **joiner},
        {"name": "xcp-03", "cpu": "intel-xeon-silver-4310"},
    ]
    lines = ['base = "smb3"', 'name = "join-rule"']
    for host in hosts:
        lines.append("[[hosts]]")
        lines += [f"{key} = {_toml(value)}" for key, value in host.items()]
    path = tmp_path / "scenario.toml"
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{ " + ", ".join(f'"{k}" = {_toml(v)}' for k, v in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return json.dumps(value)


def _joiner_findings(sim: Simulator) -> list[str]:
    joiner = sim.hosts[1].address
    return [f.message for f in preflight_only(sim) if f.subject == joiner and f.blocking]


def _join(sim: Simulator) -> None:
    master = sim.hosts[0]
    sdk_session(sim.hosts[1]).xenapi.pool.join(master.address, master.username, master.password)


@pytest.mark.parametrize("name", list(CASES))
def test_a_join_rule_is_found_before_and_refused_as_xapi_does(
    name: str, make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    case = CASES[name]
    sim = make_sim(_scenario(tmp_path, case.master, case.joiner))
    found = [m for m in _joiner_findings(sim) if case.finding in m]
    assert found, _joiner_findings(sim)
    expected = case.refusal(sdk_session(sim.hosts[0]).xenapi, sdk_session(sim.hosts[1]).xenapi)
    assert failure_of(lambda: _join(sim)) == expected
    assert explain(expected)[1]  # the refusal has advice


@pytest.mark.parametrize("name", list(CASES))
def test_a_near_miss_of_the_rule_passes(
    name: str, make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    case = CASES[name]
    master, joiner = case.passing
    sim = make_sim(_scenario(tmp_path, master, joiner))
    assert not [m for m in _joiner_findings(sim) if case.finding in m]
    _join(sim)  # XAPI lets it in
    api = sdk_session(sim.hosts[0]).xenapi
    assert len(api.host.get_all()) == 2


def test_a_pool_clustered_on_a_vlan_refuses_every_join(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    sim = make_sim(_scenario(tmp_path, {"clustering": "enabled", "clustering_nic": "eth1"}, {}))
    api = sdk_session(sim.hosts[0]).xenapi
    master = _host(api)
    eth1 = next(r for r, p in api.PIF.get_all_records().items() if p["device"] == "eth1")
    network = api.network.create({"name_label": "cluster", "MTU": "1500", "other_config": {}})
    vlan_pif = api.VLAN.get_untagged_PIF(api.VLAN.create(eth1, "300", network))
    with sim.world.lock:  # the cluster runs on that VLAN
        db = sim.world.machines[sim.hosts[0].address].db
        for ref, _ in db.all("Cluster_host"):
            db.update("Cluster_host", ref, PIF=vlan_pif, host=master)
    found = [m for m in _joiner_findings(sim) if "clustering runs on VLAN 300" in m]
    assert found
    details = failure_of(lambda: _join(sim))
    assert details == ["POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK", "300"]
    assert explain(details)[1]


def test_an_operation_on_a_template_blocks_a_join_too(
    make_sim: Callable[..., Simulator], tmp_path: Path
) -> None:
    # assert_no_vms_with_current_ops reads every VM record, templates included
    sim = make_sim(_scenario(tmp_path, {}, {}))
    with sim.world.lock:
        db = sim.world.machines[sim.hosts[1].address].db
        db.create(
            "VM", name_label="debian-12", is_a_template=True, current_operations={"t": "export"}
        )
    assert [m for m in _joiner_findings(sim) if "VM operations in progress: debian-12" in m]
    assert failure_of(lambda: _join(sim)) == [
        "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS"
    ]


def test_the_stale_hosts_scenario_shows_two_refusals(make_sim: Callable[..., Simulator]) -> None:
    sim = make_sim("stale-hosts")
    found = {(f.subject, f.message) for f in preflight_only(sim) if f.blocking}
    assert (sim.hosts[1].address, "has pending mandatory update guidance: reboot_host") in found
    assert any(
        subject == sim.hosts[2].address and "same names: corp-ca" in message
        for subject, message in found
    )

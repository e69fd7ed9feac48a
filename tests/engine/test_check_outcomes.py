"""Both outcomes of the iSCSI checks and of plan rules that had only one tested.

The iSCSI findings run against a scripted target that answers SR.probe the way
XAPI's lvmoiscsi driver does (SR_BACKEND_FAILURE_96 with the IQNs, 107 with the
LUNs, then the SR list), so every failure path is reached without hosts.
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.engine.test_plan import good_plan
from wizard.checks.iscsi import Discovery, iscsi_findings
from wizard.findings import Finding, Severity
from wizard.plan import HEARTBEAT_MIN_BYTES, ExistingSr, HostPlan, Plan, validate
from wizard.simulator.storage import iqn_list_xml, lun_list_xml, sr_list_xml
from wizard.simulator.world import Lun
from wizard.xapi.errors import XapiFailure

GiB = 1024**3
IQN = "iqn.2005-10.org.freenas.ctl:xenpool"
PORTAL = "10.200.0.10"
DATA = "36589cfc0000001"
HEARTBEAT = "36589cfc0000002"
OLD_SR = "6f3c2b1a-0000-4000-8000-00000000beef"


class ScriptedTarget:
    """SR.probe answers of one iSCSI target, staged as the lvmoiscsi driver stages them."""

    def __init__(self, iqn: str = IQN, luns: list[Lun] | None = None) -> None:
        self.iqn = iqn
        self.luns = (
            luns
            if luns is not None
            else [
                Lun(0, 500 * GiB, DATA, "TrueNAS", "s1"),
                Lun(1, 4 * GiB, HEARTBEAT, "TrueNAS", "s2"),
            ]
        )

    async def __call__(
        self,
        method: str,
        host: str,
        config: dict[str, str],
        sr_type: str,
        sm_config: dict[str, str],
        action: str = "",
    ) -> Any:
        assert method == "SR.probe" and sr_type == "lvmoiscsi"
        if "targetIQN" not in config:
            xml = iqn_list_xml(PORTAL, 3260, [(PORTAL, 3260, self.iqn)])
            raise XapiFailure(["SR_BACKEND_FAILURE_96", "", "missing IQN", xml], action)
        if config["targetIQN"] != self.iqn:
            raise XapiFailure(["SR_BACKEND_FAILURE_202", "", "General backend error", ""], action)
        if "SCSIid" not in config:
            xml = lun_list_xml(self.luns)
            raise XapiFailure(["SR_BACKEND_FAILURE_107", "", "SCSIid missing", xml], action)
        lun = next(lun for lun in self.luns if lun.scsi_id == config["SCSIid"])
        return sr_list_xml(lun, metadata=True)


def findings(
    plan: Plan, target: ScriptedTarget | None = None, own: tuple[str, ...] = ()
) -> list[Finding]:
    discovery = Discovery(target or ScriptedTarget(), "OpaqueRef:master", [PORTAL])
    return asyncio.run(iscsi_findings(plan, discovery, own))


def by_field(found: list[Finding]) -> dict[str, Finding]:
    return {f.subject: f for f in found}


def test_a_target_as_planned_gives_no_findings() -> None:
    assert findings(good_plan()) == []


def test_an_unreachable_portal_is_one_error_on_the_portals() -> None:
    async def refused(*_args: Any, action: str = "") -> Any:
        raise XapiFailure(["SR_BACKEND_FAILURE_141", "", "Unable to connect", ""], action)

    found = asyncio.run(
        iscsi_findings(good_plan(), Discovery(refused, "OpaqueRef:master", [PORTAL]))
    )
    assert [(f.subject, f.severity) for f in found] == [("iscsi.portals", Severity.ERROR)]


def test_an_iqn_the_target_does_not_offer_is_an_error_naming_the_offered_ones() -> None:
    found = findings(good_plan(), ScriptedTarget(iqn="iqn.2005-10.org.other:target"))
    assert len(found) == 1
    (finding,) = found
    assert finding.subject == "iscsi.target_iqn" and finding.blocking
    assert IQN in finding.message
    assert "iqn.2005-10.org.other:target" in finding.fix
    assert "*" not in finding.fix  # the all-targets entry is not one to choose


def test_a_missing_sr_lun_is_an_error_on_the_sr_field() -> None:
    target = ScriptedTarget(luns=[Lun(1, 4 * GiB, HEARTBEAT, "TrueNAS", "s2")])
    found = by_field(findings(good_plan(), target))
    assert set(found) == {"iscsi.sr_scsi_id"}
    assert found["iscsi.sr_scsi_id"].blocking and DATA in found["iscsi.sr_scsi_id"].message


def test_a_missing_heartbeat_lun_is_an_error_only_with_ha_on() -> None:
    target = ScriptedTarget(luns=[Lun(0, 500 * GiB, DATA, "TrueNAS", "s1")])
    found = by_field(findings(good_plan(), target))
    assert set(found) == {"iscsi.heartbeat_scsi_id"}
    assert found["iscsi.heartbeat_scsi_id"].blocking
    assert HEARTBEAT in found["iscsi.heartbeat_scsi_id"].message
    plan = good_plan()
    plan.ha.enabled = False
    assert findings(plan, target) == []


@pytest.mark.parametrize(
    ("size", "blocked"),
    [(GiB, True), (HEARTBEAT_MIN_BYTES - 1, True), (HEARTBEAT_MIN_BYTES, False), (4 * GiB, False)],
)
def test_a_heartbeat_lun_too_small_for_statefile_and_redo_log(size: int, blocked: bool) -> None:
    target = ScriptedTarget(
        luns=[Lun(0, 500 * GiB, DATA, "TrueNAS", "s1"), Lun(1, size, HEARTBEAT, "TrueNAS", "s2")]
    )
    found = by_field(findings(good_plan(), target))
    if not blocked:
        assert found == {}
        return
    finding = found["iscsi.heartbeat_scsi_id"]
    assert finding.blocking
    assert HEARTBEAT in finding.message and f"{HEARTBEAT_MIN_BYTES:,}" in finding.message


def _reused_target() -> ScriptedTarget:
    return ScriptedTarget(
        luns=[
            Lun(0, 500 * GiB, DATA, "TrueNAS", "s1", sr_uuid=OLD_SR, sr_name="old storage"),
            Lun(1, 4 * GiB, HEARTBEAT, "TrueNAS", "s2"),
        ]
    )


@pytest.mark.parametrize(
    ("choice", "severity", "words"),
    [
        (ExistingSr.REATTACH, Severity.INFO, "reattached with its data"),
        (ExistingSr.FORMAT, Severity.WARNING, "will be destroyed"),
        (ExistingSr.STOP, Severity.ERROR, "LUN holds SR old storage"),
    ],
)
def test_a_lun_holding_a_foreign_sr_follows_existing_sr(
    choice: ExistingSr, severity: Severity, words: str
) -> None:
    plan = good_plan()
    plan.iscsi.existing_sr = choice.value
    found = findings(plan, _reused_target())
    assert [(f.subject, f.severity) for f in found] == [("iscsi.sr_scsi_id", severity)]
    assert words in found[0].message and "old storage" in found[0].message
    if choice is ExistingSr.FORMAT:
        assert "--yes-destroy" in found[0].fix
    if choice is ExistingSr.STOP:
        assert "reattach" in found[0].fix


@pytest.mark.parametrize("choice", list(ExistingSr))
def test_the_pools_own_sr_on_the_lun_is_not_a_foreign_sr(choice: ExistingSr) -> None:
    plan = good_plan()
    plan.iscsi.existing_sr = choice.value
    assert findings(plan, _reused_target(), own=(OLD_SR,)) == []


# -- plan rules: the broken case and the fine case ------------------------------
def errors_on(plan: Plan) -> dict[str, str]:
    return {f.subject: f.message for f in validate(plan) if f.severity is Severity.ERROR}


def test_a_good_plan_breaks_none_of_these_rules() -> None:
    assert errors_on(good_plan()) == {}


def test_a_host_listed_twice() -> None:
    plan = good_plan()
    plan.hosts.append(HostPlan("192.0.2.13", "xcp-03"))
    assert errors_on(plan) == {}
    plan.hosts.append(HostPlan("192.0.2.12", "xcp-02 again"))
    errors = errors_on(plan)
    assert "listed twice" in errors["hosts[3].address"] and "hosts[1]" in errors["hosts[3].address"]
    assert "hosts[1].address" not in errors


def test_a_master_that_is_not_one_of_the_hosts() -> None:
    plan = good_plan()
    plan.master = "192.0.2.12"
    assert errors_on(plan) == {}
    plan.master = "192.0.2.99"
    assert "192.0.2.99 is not one of the hosts" in errors_on(plan)["master"]


@pytest.mark.parametrize("priority", ["restart", "best-effort", ""])
def test_valid_restart_priorities(priority: str) -> None:
    plan = good_plan()
    plan.ha.restart_priorities = {"erp-db": priority}
    assert errors_on(plan) == {}


@pytest.mark.parametrize("priority", ["always", "Restart", "restart\n", "best_effort"])
def test_an_unknown_restart_priority(priority: str) -> None:
    plan = good_plan()
    plan.ha.restart_priorities = {"erp-db": "restart", "mail": priority}
    errors = errors_on(plan)
    assert set(errors) == {"ha.restart_priorities.mail"}
    assert "is not a restart priority" in errors["ha.restart_priorities.mail"]


def test_ha_on_needs_a_heartbeat_lun() -> None:
    plan = good_plan()
    plan.iscsi.heartbeat_scsi_id = ""
    plan.iscsi.heartbeat_size = 0
    assert "HA is on but no heartbeat LUN" in errors_on(plan)["iscsi.heartbeat_scsi_id"]
    plan.ha.enabled = False
    assert errors_on(plan) == {}


def test_a_storage_ip_that_is_the_gateway() -> None:
    plan = good_plan()
    plan.storage_network.gateway = "10.200.0.1"
    assert errors_on(plan) == {}
    plan.hosts[1].storage_ip = "10.200.0.1"
    assert "is the gateway's address" in errors_on(plan)["hosts[1].storage_ip"]
    # an address allocated from first_ip is reported on first_ip
    plan.hosts[1].storage_ip = ""
    plan.storage_network.first_ip = "10.200.0.1"
    assert "is the gateway's address" in errors_on(plan)["storage_network.first_ip"]


def test_a_storage_ip_that_is_the_portal() -> None:
    plan = good_plan()
    plan.hosts[0].storage_ip = "10.200.0.11"
    assert errors_on(plan) == {}
    plan.hosts[0].storage_ip = PORTAL
    assert "is the iSCSI portal's address" in errors_on(plan)["hosts[0].storage_ip"]
    plan.hosts[0].storage_ip = ""
    plan.storage_network.first_ip = "10.200.0.9"  # the second host would get the portal's
    assert "is the iSCSI portal's address" in errors_on(plan)["storage_network.first_ip"]

# The xenpool-wizard engine for the collection's modules: plan options, one session, results.
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""What pool and pool_info share: the plan as options, opening a build session, and the
pool as data. The engine runs in this process (no command line in between), so the modules
never diverge from the wizard and the CLI."""

from __future__ import annotations

import dataclasses
import traceback
from pathlib import Path
from typing import Any

try:
    import wizard  # noqa: F401  (only whether the engine is installed at all)

    HAS_WIZARD = True
    WIZARD_IMPORT_ERROR = ""
except ImportError:
    HAS_WIZARD = False
    WIZARD_IMPORT_ERROR = traceback.format_exc()

CONNECTION_ERRORS: tuple[type[BaseException], ...] = ()
if HAS_WIZARD:
    # Not guarded: an engine that renamed one of these must fail loudly, not look absent.
    from wizard import plan as plan_module
    from wizard import report
    from wizard.checks.facts import gather_pool
    from wizard.findings import Finding, Severity
    from wizard.plan import Plan
    from wizard.xapi.errors import XenPoolError
    from wizard.xapi.transport import CertificateMismatch, CertificateNotTrusted

    CONNECTION_ERRORS = (CertificateMismatch, CertificateNotTrusted, XenPoolError)

# -- the plan as options (DOCUMENTATION: the doc fragment xenpool.wizard.plan) -------------
_HOST = {
    "address": {"type": "str", "required": True},
    "name": {"type": "str"},
    "fingerprint": {"type": "str"},
    "storage_ip": {"type": "str"},
    "nic": {"type": "str"},
    "force_join": {"type": "bool"},
}
_STORAGE_NETWORK = {
    "nic": {"type": "str"},
    "vlan": {"type": "int"},
    "mtu": {"type": "int"},
    "subnet": {"type": "str"},
    "gateway": {"type": "str"},
    "first_ip": {"type": "str"},
    "name": {"type": "str"},
}
_ISCSI = {
    "portals": {"type": "list", "elements": "str"},
    "port": {"type": "int"},
    "target_iqn": {"type": "str"},
    "chap_user": {"type": "str"},
    "sr_scsi_id": {"type": "str"},
    "sr_name": {"type": "str"},
    "sr_size": {"type": "int"},
    "heartbeat_scsi_id": {"type": "str"},
    "heartbeat_sr_name": {"type": "str"},
    "heartbeat_size": {"type": "int"},
    "existing_sr": {"type": "str", "choices": ["reattach", "stop", "format"]},
    "multipath": {"type": "bool"},
}
_HA = {
    "enabled": {"type": "bool"},
    "host_failures_to_tolerate": {"type": "int"},
    "restart_priorities": {"type": "dict"},
}
PLAN_OPTIONS: dict[str, dict[str, Any]] = {
    "pool_name": {"type": "str"},
    "master": {"type": "str"},
    "port": {"type": "int"},
    "username": {"type": "str"},
    "hosts": {"type": "list", "elements": "dict", "options": _HOST},
    "storage_network": {"type": "dict", "options": _STORAGE_NETWORK},
    "iscsi": {"type": "dict", "options": _ISCSI},
    "ha": {"type": "dict", "options": _HA},
    "move_vms": {"type": "list", "elements": "str"},
}
CONNECTION_OPTIONS: dict[str, dict[str, Any]] = {
    "password": {"type": "str", "no_log": True},
    "pins_file": {"type": "path"},
    "trust_on_first_use": {"type": "bool", "default": False},
}


def plan_argument_spec() -> dict[str, Any]:
    return {"plan_file": {"type": "path"}, **PLAN_OPTIONS, **CONNECTION_OPTIONS}


def plan_exclusions() -> list[list[str]]:
    return [["plan_file", key] for key in PLAN_OPTIONS]


class PlanProblems(Exception):
    """The plan cannot be used: every finding, as the CLI's ``validate`` lists them."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(f.render() for f in findings))


def _without_unset(value: Any) -> Any:
    """Ansible fills every option it was not given with None: the plan's own defaults count."""
    if isinstance(value, dict):
        return {k: _without_unset(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_unset(v) for v in value]
    return value


def plan_given(params: dict[str, Any]) -> bool:
    """A plan is given (port and username alone only say how to reach a host)."""
    keys = set(PLAN_OPTIONS) - {"port", "username"}
    return bool(params.get("plan_file")) or any(params.get(k) is not None for k in keys)


def load_plan(params: dict[str, Any]) -> Plan:
    """The plan from plan_file or from the plan options, validated like ``xenpool-wizard validate``."""
    if params.get("plan_file"):
        try:
            return plan_module.load(Path(params["plan_file"]))
        except plan_module.PlanError as exc:
            raise PlanProblems(exc.findings) from None
    data = _without_unset({k: params.get(k) for k in PLAN_OPTIONS})
    plan, problems = plan_module.plan_from_dict(data)
    problems += plan_module.validate(plan)
    if any(p.severity is Severity.ERROR for p in problems):
        raise PlanProblems(problems)
    return plan


# -- results as data ----------------------------------------------------------------------
def finding_data(finding: Finding) -> dict[str, str]:
    data = dataclasses.asdict(finding)
    data["severity"] = finding.severity.value
    return data


def findings_message(title: str, findings: list[Finding]) -> str:
    """The title, then every finding, blockers first (as the CLI prints them)."""
    order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
    ranked = sorted(findings, key=lambda f: order[f.severity])
    return title + "\n" + "\n".join(f.render() for f in ranked)


def report_data(snap: Any) -> dict[str, Any]:
    """The report command's content as data: hosts, networks, SRs with their PBDs, HA."""
    data: dict[str, Any] = dataclasses.asdict(snap)
    data["findings"] = [finding_data(f) for f in snap.findings]
    data["host_checks"] = [finding_data(f) for f in snap.host_checks]
    for sr in data["srs"]:
        sr["pbds"] = [
            {"host": host, "currently_attached": plugged}
            for host, plugged in sr["attached"].items()
        ]
        sr["paths"] = {
            host: {"up": up, "total": total} for host, (up, total) in sr["paths"].items()
        }
    return data


def pool_summary(client: Any) -> dict[str, Any]:
    """The pool in the plan's terms, for diffs and drift: hosts, storage addresses, SRs, HA."""
    facts = gather_pool(client)
    snap = report.snapshot(client)
    hosts = {}
    for fact in facts:
        storage = next((n for n in fact.nics if not n.physical and n.ip), None)
        hosts[fact.address] = {
            "storage_ip": storage.ip if storage else "",
            "storage_vlan": storage.vlan if storage else None,
            "storage_mtu": storage.mtu if storage else None,
        }
    master = next((f.address for f in facts if f.is_master), "")
    return {
        "pool_name": snap.name,
        "master": master,
        "hosts": dict(sorted(hosts.items())),
        "shared_srs": sorted(sr.name for sr in snap.srs),
        "ha": {
            "enabled": snap.ha_enabled,
            "host_failures_to_tolerate": snap.ha_tolerates if snap.ha_enabled else 0,
        },
    }


def plan_summary(plan: Plan) -> dict[str, Any]:
    """What the plan asks for, in the same terms as pool_summary."""
    ips = plan.storage_ips()
    network = plan.storage_network
    srs = [plan.iscsi.sr_name] if plan.iscsi.sr_scsi_id else []
    if plan.iscsi.heartbeat_scsi_id:
        srs.append(plan.iscsi.heartbeat_sr_name)
    hosts = {
        h.address: {
            "storage_ip": ips.get(h.address, ""),
            "storage_vlan": network.vlan,
            "storage_mtu": network.mtu,
        }
        for h in plan.hosts
    }
    return {
        "pool_name": plan.pool_name,
        "master": plan.master_host.address,
        "hosts": dict(sorted(hosts.items())),
        "shared_srs": sorted(srs),
        "ha": {
            "enabled": plan.ha.enabled,
            "host_failures_to_tolerate": plan.ha.host_failures_to_tolerate
            if plan.ha.enabled
            else 0,
        },
    }


def differences(pool: dict[str, Any], planned: dict[str, Any]) -> list[dict[str, Any]]:
    """Where the pool and the plan disagree, one entry per key path. A shared SR the plan
    does not name is not drift (a pool may hold others: an ISO library, another array's
    SR); ``other_srs`` lists them. A planned SR the pool lacks is."""
    out: list[dict[str, Any]] = []
    pool = dict(pool, shared_srs=[n for n in pool["shared_srs"] if n in planned["shared_srs"]])

    def walk(path: str, have: Any, want: Any) -> None:
        if isinstance(have, dict) and isinstance(want, dict):
            for key in sorted(set(have) | set(want)):
                walk(f"{path}.{key}" if path else key, have.get(key), want.get(key))
        elif have != want:
            out.append({"key": path, "pool": have, "plan": want})

    walk("", pool, planned)
    return out


def other_srs(pool: dict[str, Any], planned: dict[str, Any]) -> list[str]:
    """The pool's shared SRs that the plan does not name (not drift: see ``differences``)."""
    return sorted(set(pool["shared_srs"]) - set(planned["shared_srs"]))


def pending_data(steps: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "step": step.key,
            "title": step.title,
            "state": step.state.value,
            "actions": [
                {"host": a.host, "summary": a.summary, "xe": list(a.xe)} for a in step.actions
            ],
        }
        for step in steps
    ]

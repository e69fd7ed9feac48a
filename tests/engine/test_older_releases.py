"""Records as real hosts send them: DateTime objects, and fields older releases do not have.

The records come from the simulator through the official SDK, so DateTime fields arrive as
``xmlrpc.client.DateTime``, as from a real host; the fields a XenServer 7.0 (dundee) host does
not send are then taken out, with the release that brought each (xen-api's datamodel).
"""

from __future__ import annotations

import copy
import xmlrpc.client
from typing import Any

from tests.conftest import sdk_session
from wizard.checks.facts import CLASSES, facts_from_records
from wizard.checks.pool_join import pool_findings
from wizard.simulator import Simulator

# Fields the facts read that a dundee host lacks, and the release that added each.
AFTER_DUNDEE: dict[str, dict[str, str]] = {
    "host": {"iscsi_iqn": "kolkata", "multipathing": "kolkata", "updates": "ely"},
    "pool": {"tls_verification_enabled": "1.290.0"},
    "PIF": {"managed": "vgpu-productisation"},
}


def _records(sim: Simulator, index: int = 0) -> dict[str, Any]:
    api = sdk_session(sim.hosts[index]).xenapi
    return {cls: getattr(api, cls).get_all_records() for cls in CLASSES}


def _as_dundee(records: dict[str, Any]) -> dict[str, Any]:
    old = copy.deepcopy(records)
    for cls, fields in AFTER_DUNDEE.items():
        for record in old[cls].values():
            for name in fields:
                record.pop(name, None)
    old["pool_update"] = {}  # the class came with ely (7.1): MESSAGE_METHOD_UNKNOWN before
    return old


def test_datetime_objects_in_records_are_read_like_any_field(sim: Simulator) -> None:
    records = _records(sim)
    stamps = [m["last_updated"] for m in records["host_metrics"].values()]
    stamps += [m["last_updated"] for m in records["PIF_metrics"].values()]
    assert stamps and all(isinstance(s, xmlrpc.client.DateTime) for s in stamps)
    facts = facts_from_records(sim.hosts[0].address, records)
    assert [f.address for f in facts] == [sim.hosts[0].address]
    assert facts[0].live and facts[0].memory_total > 0


def test_a_dundee_host_gives_the_same_facts_and_findings(sim: Simulator) -> None:
    current = {h.address: _records(sim, i) for i, h in enumerate(sim.hosts)}
    new = {a: facts_from_records(a, r)[0] for a, r in current.items()}
    old = {a: facts_from_records(a, _as_dundee(r))[0] for a, r in current.items()}
    for address, fact in old.items():
        assert not fact.multipathing and fact.updates == {}
        assert fact.iscsi_iqn == new[address].iscsi_iqn  # from other_config, as 7.0 keeps it
        assert fact.pool_tls_verification  # no field: no TLS verification to disagree on
        assert [n.device for n in fact.nics] == [n.device for n in new[address].nics]
    master = sim.hosts[0].address

    def checks(facts: dict[str, Any]) -> list[tuple[str, str, str]]:
        found = pool_findings(facts[master], list(facts.values()))
        return sorted((f.severity.name, f.subject, f.check) for f in found)

    assert checks(old) == checks(new)

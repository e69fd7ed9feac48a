"""Record shapes of every XAPI class, from the datamodel (datamodel.json.gz).

A new record carries every field of its class at its datamodel default, or
its type's zero where the datamodel has none. CREATED lists what XAPI itself
fills in when it makes such an object (a host is enabled, a PIF physical ...):
the simulator's creators start from those.
"""

from __future__ import annotations

from typing import Any

from wizard.simulator.datamodel import load
from wizard.simulator.wire import DateTime

NULL = "OpaqueRef:NULL"

# Classes without database records: events are not stored, sessions live apart.
NOT_STORED = {"event", "session"}

CREATED: dict[str, dict[str, Any]] = {
    "pool": {"ha_cluster_stack": "xhad", "tls_verification_enabled": True},
    "host": {
        "enabled": True,
        "API_version_major": 2,
        "API_version_minor": 21,
        "API_version_vendor": "XenSource",
        "tls_verification_enabled": True,
    },
    "host_metrics": {"live": True},
    "PIF": {"MTU": 1500, "VLAN": -1, "physical": True, "currently_attached": False},
    "network_sriov": {"configuration_mode": "sysfs"},
    "VDI": {"type": "user", "managed": True},
    "VBD": {"userdevice": "0", "mode": "RW", "type": "Disk"},
    "VM": {"VCPUs_max": 1, "VCPUs_at_startup": 1},
    "task": {"allowed_operations": ["cancel"]},
    "SM": {"version": "1.0", "required_api_version": "1.0"},
    "Certificate": {"not_after": "20380119T03:14:07Z"},
    "Cluster": {"is_quorate": True, "quorum": 1, "live_hosts": 1, "expected_hosts": 1},
    "Cluster_host": {"live": True},
}


def _defaults() -> dict[str, dict[str, Any]]:
    model = load()
    out: dict[str, dict[str, Any]] = {}
    for cls in model.classes:
        if cls in NOT_STORED:
            continue
        record = model.new_record(cls)
        for name, value in CREATED.get(cls, {}).items():
            if name not in record:
                raise KeyError(f"{cls} has no field {name} in the datamodel")
            record[name] = value
        for field in model.classes[cls].fields.values():
            if field.type.kind == "datetime":  # goes out as dateTime.iso8601
                record[field.name] = DateTime(record[field.name])
        out[cls] = record
    return out


DEFAULTS: dict[str, dict[str, Any]] = _defaults()

# event.from names classes in lower case on the wire.
EVENT_CLASS_NAMES: dict[str, str] = {cls: cls.lower() for cls in DEFAULTS}

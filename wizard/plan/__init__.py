"""The build plan: its data model (model), its TOML file (files) and its validation."""

from wizard.plan.files import HEADER, dumps, load, loads, plan_from_dict, plan_to_dict, save
from wizard.plan.model import (
    HEARTBEAT_MIN_BYTES,
    RESTART_PRIORITIES,
    ExistingSr,
    HaPlan,
    HostPlan,
    IscsiPlan,
    Plan,
    PlanError,
    StorageNetworkPlan,
)
from wizard.plan.validation import validate

__all__ = [
    "HEADER",
    "HEARTBEAT_MIN_BYTES",
    "RESTART_PRIORITIES",
    "ExistingSr",
    "HaPlan",
    "HostPlan",
    "IscsiPlan",
    "Plan",
    "PlanError",
    "StorageNetworkPlan",
    "dumps",
    "load",
    "loads",
    "plan_from_dict",
    "plan_to_dict",
    "save",
    "validate",
]

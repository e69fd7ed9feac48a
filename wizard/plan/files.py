"""The plan as a TOML file: read (every problem at once, with its field) and written."""

from __future__ import annotations

import difflib
import tomllib
from dataclasses import fields
from pathlib import Path
from typing import Any

import tomli_w

from wizard.findings import Finding, Severity
from wizard.i18n import translate
from wizard.plan.model import HaPlan, HostPlan, IscsiPlan, Plan, PlanError, StorageNetworkPlan
from wizard.plan.validation import validate

# -- TOML ---------------------------------------------------------------------
_SECTIONS: dict[str, type] = {
    "storage_network": StorageNetworkPlan,
    "iscsi": IscsiPlan,
    "ha": HaPlan,
}
# The desktop wizard's own choices beside a build in progress (wizard.session.autosave):
# an autosaved plan stays a plan for ``apply``, which reads none of them.
CHOICES_TABLE = "wizard"
_TOP_KEYS = {
    "pool_name",
    "master",
    "port",
    "username",
    "hosts",
    "move_vms",
    CHOICES_TABLE,
    *_SECTIONS,
}
_SECRET_KEYS = {"password", "chap_password", "chap_secret", "secret", "chappassword"}


def _known(cls: type) -> set[str]:
    return {f.name for f in fields(cls)}


def _unknown_keys(path: str, data: dict[str, Any], known: set[str], out: list[Finding]) -> None:
    for key in data:
        if key in known:
            continue
        if key.lower() in _SECRET_KEYS:
            out.append(
                Finding.error(
                    f"{path}{key}",
                    translate("Plan", "a plan file must not contain passwords or secrets"),
                    translate(
                        "Plan",
                        "Remove it; the wizard takes secrets from the keyring, {password} / "
                        "{chap_secret}, or asks.",
                    ).format(password="XENPOOL_PASSWORD", chap_secret="XENPOOL_CHAP_SECRET"),
                )
            )
            continue
        guess = difflib.get_close_matches(key, sorted(known), n=1)
        fix = (
            translate("Plan", "Remove it or correct it. Did you mean '{key}'?").format(key=guess[0])
            if guess
            else translate("Plan", "Remove it or correct it. Known keys: {keys}.").format(
                keys=", ".join(sorted(known))
            )
        )
        out.append(Finding.error(f"{path}{key}", translate("Plan", "unknown key"), fix))


def _typed(path: str, value: Any, kind: type, out: list[Finding]) -> Any:
    if kind is bool:
        if isinstance(value, bool):
            return value
        out.append(
            Finding.error(
                path,
                translate("Plan", "must be true or false, not {value}").format(value=repr(value)),
                translate("Plan", "Write true or false."),
            )
        )
        return None
    if kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        out.append(
            Finding.error(
                path,
                translate("Plan", "must be a whole number, not {value}").format(value=repr(value)),
                translate("Plan", "Write a number."),
            )
        )
        return None
    if kind is str:
        if isinstance(value, str):
            return value
        out.append(
            Finding.error(
                path,
                translate("Plan", "must be text, not {value}").format(value=repr(value)),
                translate("Plan", "Put the value in quotes."),
            )
        )
        return None
    return value


def _fill(obj: Any, path: str, data: Any, out: list[Finding]) -> None:
    if not isinstance(data, dict):
        out.append(
            Finding.error(
                path.rstrip("."),
                translate("Plan", "must be a table"),
                translate("Plan", "Write it as {example}.").format(example=f"[{path.rstrip('.')}]"),
            )
        )
        return
    _unknown_keys(path, data, _known(type(obj)), out)
    for f in fields(obj):
        if f.name not in data:
            continue
        value = data[f.name]
        current = getattr(obj, f.name)
        fpath = f"{path}{f.name}"
        if isinstance(current, list):
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                out.append(
                    Finding.error(
                        fpath,
                        translate("Plan", "must be a list of text values"),
                        translate("Plan", "Write {example}.").format(example='["a", "b"]'),
                    )
                )
                continue
            setattr(obj, f.name, list(value))
        elif isinstance(current, dict):
            if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
                out.append(
                    Finding.error(fpath, translate("Plan", "must be a table of text values"), "")
                )
                continue
            setattr(obj, f.name, dict(value))
        else:
            typed = _typed(fpath, value, type(current), out)
            if typed is not None:
                setattr(obj, f.name, typed)


def plan_from_dict(data: dict[str, Any]) -> tuple[Plan, list[Finding]]:
    """A plan and the problems found while reading it (types and unknown keys)."""
    out: list[Finding] = []
    plan = Plan()
    _unknown_keys("", data, _TOP_KEYS, out)
    for key in ("pool_name", "master", "username"):
        if key in data:
            value = _typed(key, data[key], str, out)
            if value is not None:
                setattr(plan, key, value)
    if "port" in data:
        port = _typed("port", data["port"], int, out)
        if port is not None:
            plan.port = port
    if "move_vms" in data:
        names = data["move_vms"]
        if isinstance(names, list) and all(isinstance(n, str) for n in names):
            plan.move_vms = list(names)
        else:
            out.append(
                Finding.error(
                    "move_vms",
                    translate("Plan", "must be a list of VM names"),
                    translate("Plan", "Write {example}.").format(example='move_vms = ["dc01"]'),
                )
            )
    hosts = data.get("hosts", [])
    if not isinstance(hosts, list):
        out.append(
            Finding.error(
                "hosts",
                translate("Plan", "must be a list of {table} tables").format(table="[[hosts]]"),
                translate("Plan", "Write {table} blocks.").format(table="[[hosts]]"),
            )
        )
        hosts = []
    for index, entry in enumerate(hosts):
        host = HostPlan(address="")
        _fill(host, f"hosts[{index}].", entry, out)
        plan.hosts.append(host)
    for name, cls in _SECTIONS.items():
        if name in data:
            section = cls()
            _fill(section, f"{name}.", data[name], out)
            setattr(plan, name, section)
    return plan, out


def plan_to_dict(plan: Plan) -> dict[str, Any]:
    def clean(obj: Any) -> dict[str, Any]:
        return {f.name: getattr(obj, f.name) for f in fields(obj)}

    return {
        "pool_name": plan.pool_name,
        "master": plan.master,
        "port": plan.port,
        "username": plan.username,
        "hosts": [{k: v for k, v in clean(h).items() if v} for h in plan.hosts],
        "storage_network": clean(plan.storage_network),
        "iscsi": clean(plan.iscsi),
        "ha": clean(plan.ha),
        "move_vms": list(plan.move_vms),
    }


HEADER = (
    "# xenpool-wizard build plan. No passwords or secrets are stored here: they come\n"
    "# from the OS keyring, XENPOOL_PASSWORD / XENPOOL_CHAP_SECRET, or a prompt.\n"
)


def dumps(plan: Plan, extra: dict[str, dict[str, Any]] | None = None) -> str:
    """The plan as TOML; ``extra`` adds tables a reader of its own takes out first (the
    GUI's choices in an autosaved build: wizard.session.autosave)."""
    return HEADER + tomli_w.dumps(plan_to_dict(plan) | (extra or {}))


def save(plan: Plan, path: Path, extra: dict[str, dict[str, Any]] | None = None) -> None:
    """Write atomically, so a crash never leaves half a plan behind."""
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(dumps(plan, extra), encoding="utf-8")
    tmp.replace(path)


def loads(text: str) -> Plan:
    """Parse and validate; raises PlanError with every problem found."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise PlanError(
            [
                Finding.error(
                    "(file)",
                    translate("Plan", "not valid TOML: {error}").format(error=exc),
                    translate("Plan", "Fix the syntax at that line."),
                )
            ]
        ) from None
    plan, problems = plan_from_dict(data)
    problems += validate(plan)
    if any(p.severity is Severity.ERROR for p in problems):
        raise PlanError(problems)
    return plan


def load(path: Path) -> Plan:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PlanError(
            [
                Finding.error(
                    "(file)",
                    translate("Plan", "cannot read {path}: {error}").format(
                        path=path, error=exc.strerror
                    ),
                    translate("Plan", "Check the path."),
                )
            ]
        ) from None
    except UnicodeDecodeError:
        raise PlanError(
            [
                Finding.error(
                    "(file)",
                    translate("Plan", "{path} is not UTF-8 text").format(path=path),
                    translate("Plan", "Save it as UTF-8."),
                )
            ]
        ) from None
    return loads(text)

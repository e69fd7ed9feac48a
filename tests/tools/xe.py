"""A test-only stand-in for the xe CLI: the subset export-xe scripts use, over the XenAPI SDK.

Behaves like xapi-cli-server (ocaml/xapi-cli-server/cli_operations.ml, cli_printer.ml,
records.ml) behind ocaml/xe-cli/newcli.ml:
``xe [-s HOST] [-p PORT] [-u USER] [-pw PASSWORD | -pwf FILE] command key=value ... [--minimal]``;
settings from ~/.xe, then XE_EXTRA_ARGS (comma-separated, ``\\,`` escapes a comma,
backslashes dropped), then the command line; a password file (first line user, second
password) wins over all of them, as newcli's read_pwf runs last. List commands filter on
field=value and map:key=value (vm-list only non-templates, as xe's default filter);
--minimal prints the first field of each record (uuid unless params= says otherwise)
comma-separated; param-get prints one field; create commands print the new uuid; errors go to
stderr with exit code 1. A member answering HOST_IS_SLAVE is followed to its master.
"""

from __future__ import annotations

import contextlib
import json
import os
import ssl
import sys
from pathlib import Path
from typing import Any

import XenAPI

CLASSES = {
    "pool": "pool",
    "host": "host",
    "pif": "PIF",
    "network": "network",
    "pbd": "PBD",
    "sr": "SR",
    "vm": "VM",
    "vbd": "VBD",
    "vdi": "VDI",
}
# XenAPI field names xe spells differently (records.ml)
NAMES = {
    "ip_configuration_mode": "IP-configuration-mode",
    "ipv6_configuration_mode": "IPv6-configuration-mode",
    "ipv6_gateway": "IPv6-gateway",
}
DEFAULT_FILTERS = {"vm": [("is-a-template", "false")]}
REFS = {
    "host": "host",
    "network": "network",
    "SR": "sr",
    "VM": "vm",
    "VDI": "vdi",
    "master": "master",
}


class Usage(Exception):
    pass


SETTINGS = ("server", "port", "username", "password", "passwordfile")
FLAGS = {
    "-s": "server",
    "-h": "server",
    "-p": "port",
    "-u": "username",
    "-pw": "password",
    "-pwf": "passwordfile",
}


def extra_args() -> list[str]:
    """XE_EXTRA_ARGS split as newcli does: on commas not after a backslash, backslashes dropped."""
    text = os.environ.get("XE_EXTRA_ARGS", "")
    out, current, previous = [], "", ""
    for ch in text:
        if ch == "," and previous != "\\":
            out.append(current)
            current = ""
        else:
            current += ch
        previous = ch
    out.append(current)
    return [arg.replace("\\", "") for arg in out if arg]


def take_settings(conn: dict[str, str], argv: list[str]) -> list[str]:
    """Sets -s/-p/-u/-pw/-pwf and server=/port=/username=/password=/passwordfile=; the rest."""
    rest: list[str] = []
    args = iter(argv)
    for arg in args:
        key, eq, value = arg.partition("=")
        if arg in FLAGS:
            conn[FLAGS[arg]] = next(args)
        elif eq and key in SETTINGS:
            conn[key] = value
        else:
            rest.append(arg)
    return rest


def parse(argv: list[str]) -> tuple[dict[str, str], str, list[tuple[str, str]], bool]:
    conn: dict[str, str] = {"server": "127.0.0.1", "username": "root", "password": "null"}
    home = Path(os.environ.get("HOME", "~")).expanduser() / ".xe"
    if home.exists():
        for line in home.read_text().splitlines():
            if "=" in line:
                key, value = line.split("=", 1)
                if key in SETTINGS:
                    conn[key] = value
    take_settings(conn, extra_args())
    rest = take_settings(conn, argv)
    if conn.get("passwordfile"):
        try:
            lines = Path(conn["passwordfile"]).read_text().split("\n")
        except OSError:
            raise Usage(f"Error opening password file '{conn['passwordfile']}'") from None
        if len(lines) < 2:
            raise Usage(
                "Error: password file format: expecting username on the first line, "
                "password on the second line"
            )
        conn["username"], conn["password"] = lines[0], lines[1]
    command = ""
    params: list[tuple[str, str]] = []
    minimal = False
    for arg in rest:
        if arg == "--minimal":
            minimal = True
        elif not command:
            command = arg
        elif "=" in arg:
            key, value = arg.split("=", 1)
            params.append((key, value))
        else:
            raise Usage(f"Syntax error: {arg}")
    if not command:
        raise Usage("Usage: xe <cmd> [args]")
    return conn, command, params, minimal


def connect(conn: dict[str, str]) -> Any:
    server = conn["server"]
    port = conn.get("port", "443")
    while True:
        session = XenAPI.Session(f"https://{server}:{port}", ignore_ssl=True)
        try:
            session.xenapi.login_with_password(
                conn["username"], conn["password"], "2.21", "xe-shim"
            )
            return session
        except XenAPI.Failure as failure:
            if failure.details[0] == "HOST_IS_SLAVE":
                server = failure.details[1]
                continue
            raise


def value_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def xe_records(api: Any, cls: str) -> list[dict[str, Any]]:
    """Records with xe's field names: name-label, host-uuid, other-config (a map)..."""
    uuids: dict[str, str] = {}
    names: dict[str, str] = {}

    def uuid_of(ref: str) -> str:
        if ref == "OpaqueRef:NULL":
            return "<not in database>"
        if ref not in uuids:
            uuids[ref] = _uuid(api, ref)
        return uuids[ref]

    def _uuid(api: Any, ref: str) -> str:
        for klass in ("host", "network", "SR", "VM", "VDI"):
            try:
                uuid: str = getattr(api, klass).get_uuid(ref)
                if klass == "host":
                    names[ref] = api.host.get_name_label(ref)
                return uuid
            except XenAPI.Failure:
                continue
        return ref

    out = []
    for record in getattr(api, CLASSES[cls]).get_all_records().values():
        row: dict[str, Any] = {"uuid": record["uuid"]}
        for field, value in record.items():
            if field in REFS and isinstance(value, str) and value.startswith("OpaqueRef"):
                row[f"{REFS[field]}-uuid"] = uuid_of(value)
                if field == "host":
                    row["host-name-label"] = names.get(value, "")
            elif field == "power_state":
                row["power-state"] = str(value).lower()  # records.ml: lowercase for VMs
            elif field != "uuid":
                row[NAMES.get(field, field.replace("_", "-"))] = value
        out.append(row)
    return out


def matches(row: dict[str, Any], key: str, wanted: str) -> bool:
    if ":" in key:
        name, sub = key.split(":", 1)
        value = row.get(name)
        return isinstance(value, dict) and value.get(sub) == wanted
    if key not in row:
        raise Usage(f"Unknown field '{key}'")
    return value_text(row[key]) == wanted


def do_list(api: Any, cls: str, params: list[tuple[str, str]], minimal: bool) -> str:
    rows = xe_records(api, cls)
    shown = ["uuid", "name-label"] if cls not in ("pbd", "vbd") else ["uuid"]
    for key, wanted in DEFAULT_FILTERS.get(cls, []) + params:
        if key == "params":
            shown = wanted.split(",")
            continue
        rows = [r for r in rows if matches(r, key, wanted)]
    if minimal:
        return ",".join(
            value_text(r.get(shown[0], "")).replace("\\", "\\\\").replace(",", "\\,") for r in rows
        )
    blocks = []
    for r in rows:
        width = max(len(f) for f in shown) + 4
        blocks.append(
            "\n".join(f"{f + ' ( RO)':<{width + 5}}: {value_text(r.get(f, ''))}" for f in shown)
        )
    return "\n\n\n".join(blocks) + ("\n\n" if blocks else "")


def ref_by_uuid(api: Any, cls: str, uuid: str) -> str:
    ref: str = getattr(api, cls).get_by_uuid(uuid)
    return ref


def maps(params: list[tuple[str, str]], prefix: str) -> dict[str, str]:
    return {k[len(prefix) + 1 :]: v for k, v in params if k.startswith(prefix + ":")}


def bool_param(value: str) -> bool:
    return value.lower() in ("true", "yes", "on", "1")


def param_set(api: Any, cls: str, params: list[tuple[str, str]]) -> None:
    args = dict(params)
    klass = CLASSES[cls]
    ref = ref_by_uuid(api, klass, args.pop("uuid"))
    target = getattr(api, klass)
    for key, value in args.items():
        if ":" in key:
            name, sub = key.split(":", 1)
            field = name.replace("-", "_")
            current = getattr(target, f"get_{field}")(ref)
            if sub in current:
                getattr(target, f"remove_from_{field}")(ref, sub)
            getattr(target, f"add_to_{field}")(ref, sub, value)
        elif key == "name-label":
            target.set_name_label(ref, value)
        elif key == "default-SR":
            target.set_default_SR(ref, ref_by_uuid(api, "SR", value))
        elif key == "ha-host-failures-to-tolerate":
            target.set_ha_host_failures_to_tolerate(ref, value)
        elif key == "MTU":
            target.set_MTU(ref, value)
        elif key == "disallow-unplug":
            target.set_disallow_unplug(ref, bool_param(value))
        elif key == "ha-restart-priority":
            target.set_ha_restart_priority(ref, value)
        elif key == "multipathing":  # records.ml: Host.set_multipathing
            target.set_multipathing(ref, bool_param(value))
        else:
            raise Usage(f"Unknown field '{key}'")


def run(conn: dict[str, str], command: str, params: list[tuple[str, str]], minimal: bool) -> str:
    session = connect(conn)
    api = session.xenapi
    args = dict(params)
    try:
        cls, _, verb = command.partition("-")
        if verb == "list" and cls in CLASSES:
            return do_list(api, cls, params, minimal)
        if verb == "param-get" and cls in CLASSES:
            row = next((r for r in xe_records(api, cls) if r["uuid"] == args["uuid"]), None)
            if row is None:
                raise XenAPI.Failure(["UUID_INVALID", cls, args["uuid"]])
            name = args["param-name"]
            if name not in row:
                raise Usage(f"Unknown field '{name}'")
            if "param-key" in args and isinstance(row[name], dict):
                if args["param-key"] not in row[name]:
                    raise Usage(f"Key {args['param-key']} not found in map")
                return str(row[name][args["param-key"]])
            return value_text(row[name])
        if verb == "param-remove" and cls in CLASSES:
            klass = CLASSES[cls]
            field = args["param-name"].replace("-", "_")
            target = getattr(api, klass)
            ref = ref_by_uuid(api, klass, args["uuid"])
            if args["param-key"] not in getattr(target, f"get_{field}")(ref):
                raise Usage(f"Key {args['param-key']} not found in map")
            getattr(target, f"remove_from_{field}")(ref, args["param-key"])
            return ""
        if verb == "param-set" and cls in CLASSES:
            param_set(api, cls, params)
            return ""
        if command == "pool-join":
            join = api.pool.join_force if args.get("force") == "true" else api.pool.join
            join(args["master-address"], args["master-username"], args["master-password"])
            return "Host agent will restart and attempt to join pool in 10.000 seconds..."
        if command == "network-create":
            # like xe: other-config is not taken here
            ref = api.network.create(
                {
                    "name_label": args["name-label"],
                    "name_description": args.get("name-description", ""),
                    "MTU": args.get("MTU", "1500"),
                    "other_config": {},
                    "tags": [],
                }
            )
            return str(api.network.get_uuid(ref))
        if command == "pool-vlan-create":
            pifs = api.pool.create_VLAN_from_PIF(
                ref_by_uuid(api, "PIF", args["pif-uuid"]),
                ref_by_uuid(api, "network", args["network-uuid"]),
                args["vlan"],
            )
            uuids = [api.PIF.get_uuid(p) for p in pifs]
            return ",".join(uuids) if minimal else "\n".join(uuids)
        if command == "vlan-create":
            vlan = api.VLAN.create(
                ref_by_uuid(api, "PIF", args["pif-uuid"]),
                args["vlan"],
                ref_by_uuid(api, "network", args["network-uuid"]),
            )
            return str(api.PIF.get_uuid(api.VLAN.get_untagged_PIF(vlan)))
        if command == "pif-reconfigure-ip":
            lower = {k.lower(): v for k, v in args.items()}
            api.PIF.reconfigure_ip(
                ref_by_uuid(api, "PIF", args["uuid"]),
                {"static": "Static", "dhcp": "DHCP", "none": "None"}[args["mode"].lower()],
                lower.get("ip", ""),
                args.get("netmask", ""),
                args.get("gateway", ""),
                lower.get("dns", ""),
            )
            return ""
        if command in ("pif-unplug", "pbd-unplug"):
            klass = {"pif": "PIF", "pbd": "PBD"}[cls]
            getattr(api, klass).unplug(ref_by_uuid(api, klass, args["uuid"]))
            return ""
        if command in ("pif-plug", "pbd-plug", "sr-scan"):
            klass = {"pif": "PIF", "pbd": "PBD", "sr": "SR"}[cls]
            ref = ref_by_uuid(api, klass, args["uuid"])
            getattr(api, klass).plug(ref) if verb == "plug" else api.SR.scan(ref)
            return ""
        if command == "sr-probe":
            host = (
                ref_by_uuid(api, "host", args["host-uuid"])
                if "host-uuid" in args
                else api.pool.get_master(api.pool.get_all()[0])
            )
            return str(
                api.SR.probe(
                    host, maps(params, "device-config"), args["type"], maps(params, "sm-config")
                )
            )
        if command == "sr-create":
            shared = bool_param(args.get("shared", "false"))
            host = (
                ref_by_uuid(api, "host", args["host-uuid"])
                if "host-uuid" in args
                else api.pool.get_master(api.pool.get_all()[0])
            )
            sr = api.SR.create(
                host,
                maps(params, "device-config"),
                args.get("physical-size", "0"),
                args["name-label"],
                args.get("name-description", ""),
                args["type"],
                args.get("content-type", ""),
                shared,
                maps(params, "sm-config"),
            )
            return str(api.SR.get_uuid(sr))
        if command == "sr-introduce":
            api.SR.introduce(
                args["uuid"],
                args["name-label"],
                args.get("name-description", ""),
                args["type"],
                args.get("content-type", ""),
                bool_param(args.get("shared", "false")),
                maps(params, "sm-config"),
            )
            return args["uuid"]
        if command == "pbd-create":
            pbd = api.PBD.create(
                {
                    "host": ref_by_uuid(api, "host", args["host-uuid"]),
                    "SR": ref_by_uuid(api, "SR", args["sr-uuid"]),
                    "device_config": maps(params, "device-config"),
                    "other_config": {},
                }
            )
            return str(api.PBD.get_uuid(pbd))
        if command == "vdi-copy":
            copy = api.VDI.copy(
                ref_by_uuid(api, "VDI", args["uuid"]), ref_by_uuid(api, "SR", args["sr-uuid"])
            )
            return str(api.VDI.get_uuid(copy))
        if command == "vdi-pool-migrate":
            moved = api.VDI.pool_migrate(
                ref_by_uuid(api, "VDI", args["uuid"]), ref_by_uuid(api, "SR", args["sr-uuid"]), {}
            )
            return str(api.VDI.get_uuid(moved))
        if command in ("vbd-destroy", "vdi-destroy"):
            klass = {"vbd": "VBD", "vdi": "VDI"}[cls]
            getattr(api, klass).destroy(ref_by_uuid(api, klass, args["uuid"]))
            return ""
        if command == "vbd-create":
            modes = {"ro": "RO", "rw": "RW"}
            types = {"cd": "CD", "disk": "Disk", "floppy": "Floppy"}
            vbd = api.VBD.create(
                {
                    "VM": ref_by_uuid(api, "VM", args["vm-uuid"]),
                    "VDI": ref_by_uuid(api, "VDI", args["vdi-uuid"]),
                    "userdevice": args.get("device", "autodetect"),
                    "bootable": bool_param(args.get("bootable", "false")),
                    "mode": modes[args.get("mode", "rw").lower()],
                    "type": types[args.get("type", "disk").lower()],
                    "unpluggable": bool_param(args.get("unpluggable", "true")),
                    "empty": False,
                    "other_config": {},
                    "qos_algorithm_type": "",
                    "qos_algorithm_params": {},
                }
            )
            return str(api.VBD.get_uuid(vbd))
        if command == "pool-ha-disable":
            api.pool.disable_ha()
            return ""
        if command == "pool-ha-enable":
            srs = [ref_by_uuid(api, "SR", u) for u in args["heartbeat-sr-uuids"].split(",") if u]
            api.pool.enable_ha(srs, maps(params, "ha-config"))
            return ""
        raise Usage(f"Unknown command: {command}")
    finally:
        with contextlib.suppress(Exception):
            session.xenapi.session.logout()


def main(argv: list[str]) -> int:
    ssl._create_default_https_context = ssl._create_unverified_context  # test only
    log = os.environ.get("XE_SHIM_LOG")
    if log:  # what the tests read back: each call's command line
        with open(log, "a", encoding="utf-8") as out:
            out.write(json.dumps(argv) + "\n")
    try:
        conn, command, params, minimal = parse(argv)
        out = run(conn, command, params, minimal)
    except Usage as usage:
        print(usage, file=sys.stderr)
        return 1
    except KeyError as missing:
        print(f"Error: missing parameter {missing}", file=sys.stderr)
        return 1
    except XenAPI.Failure as failure:
        print("The server failed to handle your request.", file=sys.stderr)
        print(f"code: {failure.details[0]}", file=sys.stderr)
        for detail in failure.details[1:]:
            print(f"  {detail}", file=sys.stderr)
        return 1
    if out:
        print(out)
    elif minimal:
        print("")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

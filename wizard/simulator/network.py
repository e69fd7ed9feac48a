"""network, VLAN and PIF messages (xapi_network.ml, xapi_vlan.ml, xapi_pif.ml)."""

from __future__ import annotations

import ipaddress
from collections.abc import Generator
from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.db import Database
from wizard.simulator.dispatch import Call, api
from wizard.simulator.scenario import refresh_derived
from wizard.simulator.world import World

IP_MODES = ("None", "DHCP", "Static")


@api("network.create", 1)
def network_create(call: Call, record: dict[str, Any]) -> str:
    db = call.db
    mtu = int(record.get("MTU", 1500) or 1500)
    bridge = f"xapi{len(db.tables['network'])}"
    return db.create(
        "network",
        name_label=str(record.get("name_label", "")),
        name_description=str(record.get("name_description", "")),
        MTU=mtu if mtu > 0 else 1500,
        other_config=dict(record.get("other_config", {})),
        tags=list(record.get("tags", [])),
        bridge=bridge,
    )


@api("network.destroy", 1)
def network_destroy(call: Call, network: str) -> str:
    db = call.db
    db.get("network", network)
    if db.find("PIF", network=network, currently_attached=True):
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "Network has active PIFs")
    for pif in db.find("PIF", network=network):
        db.delete("PIF", pif)
    db.delete("network", network)
    return ""


@api("network.set_MTU", 2, async_ok=False)
def network_set_mtu(call: Call, network: str, value: Any) -> str:
    try:
        mtu = int(value)
    except (TypeError, ValueError):
        raise E.XapiError(E.FIELD_TYPE_ERROR, "MTU") from None
    call.db.update("network", network, MTU=mtu)
    return ""


def _assert_vlan_allowed_on(db: Database, pif_ref: str, tag: int, network: str) -> dict[str, Any]:
    """VLAN.create's checks in xapi_vlan.ml's order."""
    pif = db.get("PIF", pif_ref)
    existing = db.find_one("PIF", host=pif["host"], network=network)
    if existing:
        # The first parameter really is the host, whatever the datamodel calls it.
        raise E.XapiError(E.NETWORK_ALREADY_CONNECTED, pif["host"], existing)
    if pif["bond_slave_of"] != "OpaqueRef:NULL":
        raise E.XapiError(E.CANNOT_ADD_VLAN_TO_BOND_SLAVE, pif_ref)
    if pif["VLAN"] >= 0:
        raise E.XapiError(E.PIF_IS_VLAN, pif_ref)
    if not 0 <= tag <= 4094:
        raise E.XapiError(E.VLAN_TAG_INVALID, tag)
    for vlan_ref in db.find("VLAN", tagged_PIF=pif_ref):
        if db.get("VLAN", vlan_ref)["tag"] == tag:
            raise E.XapiError(E.PIF_VLAN_EXISTS, pif["device"])
    return pif


def create_vlan_on_host(db: Database, tagged_ref: str, tag: int, network: str) -> str:
    """The VLAN and its (untagged) VLAN PIF on one host; returns the VLAN ref."""
    tagged = db.get("PIF", tagged_ref)
    untagged = db.create(
        "PIF",
        device=tagged["device"],
        network=network,
        host=tagged["host"],
        MAC="fe:ff:ff:ff:ff:ff",
        MTU=tagged["MTU"],
        VLAN=tag,
        physical=False,
        metrics=tagged["metrics"],
        other_config={k: v for k, v in tagged["other_config"].items() if k == "sim_max_mtu"},
    )
    vlan = db.create("VLAN", tagged_PIF=tagged_ref, untagged_PIF=untagged, tag=tag)
    db.update("PIF", untagged, VLAN_master_of=vlan)
    _plug(db, untagged)
    refresh_derived(db)
    return vlan


def _max_mtu(db: Database, pif: dict[str, Any]) -> int:
    # The NIC driver decides what MTU really sticks (a field pain: 9000 asked, 1500 kept).
    limit = pif["other_config"].get("sim_max_mtu")
    return int(limit) if limit else 9000


@api("VLAN.create", 3)
def vlan_create(call: Call, tagged_pif: str, tag: Any, network: str) -> Generator[float, None, str]:
    db = call.db
    tag_value = _int(tag, "tag")
    db.get("network", network)
    _assert_vlan_allowed_on(db, tagged_pif, tag_value, network)
    yield 1.0
    return create_vlan_on_host(db, tagged_pif, tag_value, network)


@api("VLAN.destroy", 1)
def vlan_destroy(call: Call, vlan: str) -> str:
    db = call.db
    record = db.get("VLAN", vlan)
    untagged = db.get("PIF", record["untagged_PIF"])
    if untagged["management"]:
        raise E.XapiError(E.PIF_IS_MANAGEMENT_INTERFACE, record["untagged_PIF"])
    db.delete("PIF", record["untagged_PIF"])
    db.delete("VLAN", vlan)
    refresh_derived(db)
    return ""


@api("pool.create_VLAN_from_PIF", 3)
def pool_create_vlan_from_pif(
    call: Call, pif: str, network: str, vlan: Any
) -> Generator[float, None, list[str]]:
    """VLAN.create on every live host's PIF on the given PIF's network.

    Hosts that are down are skipped silently; on an error the VLANs made so
    far are removed again and the error is raised.
    """
    db, world = call.db, call.world
    tag = _int(vlan, "VLAN")
    template = db.get("PIF", pif)
    db.get("network", network)
    targets = [
        ref
        for ref in sorted(db.find("PIF", network=template["network"]))
        if _host_live(world, db, db.get("PIF", ref)["host"])
    ]
    _assert_vlan_allowed_on(db, targets[0] if targets else pif, tag, network)
    yield 1.0
    created: list[str] = []
    try:
        for own in targets:
            _assert_vlan_allowed_on(db, own, tag, network)
            created.append(create_vlan_on_host(db, own, tag, network))
    except E.XapiError:
        for vlan_ref in created:
            record = db.get("VLAN", vlan_ref)
            db.delete("PIF", record["untagged_PIF"])
            db.delete("VLAN", vlan_ref)
        refresh_derived(db)
        raise
    return [db.get("VLAN", v)["untagged_PIF"] for v in created]


def _host_live(world: World, db: Database, host_ref: str) -> bool:
    machine = world.machine_of_host(db, host_ref)
    return machine.online and bool(
        db.get("host_metrics", db.get("host", host_ref)["metrics"])["live"]
    )


def _int(value: Any, field_name: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise E.XapiError(E.FIELD_TYPE_ERROR, field_name) from None


def _assert_ip(value: str, field_name: str, required: bool) -> None:
    if not value and not required:
        return
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        raise E.XapiError(E.INVALID_IP_ADDRESS_SPECIFIED, field_name) from None


@api("PIF.reconfigure_ip", 6)
def pif_reconfigure_ip(
    call: Call, pif: str, mode: str, ip: str, netmask: str, gateway: str, dns: str
) -> Generator[float, None, str]:
    db = call.db
    record = db.get("PIF", pif)
    if mode not in IP_MODES:
        raise E.XapiError(E.INVALID_VALUE, "mode", mode)
    if record["currently_attached"] and db.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    if mode == "Static":
        _assert_ip(ip, "IP", True)
        _assert_ip(netmask, "netmask", True)
        _assert_ip(gateway, "gateway", False)
        for other_ref, other in db.all("PIF"):
            if other_ref != pif and other["IP"] == ip and other["host"] == record["host"]:
                raise E.XapiError(
                    E.PIF_CONFIGURATION_ERROR, pif, f"IP {ip} is already in use on this host"
                )
    if record["management"] and mode == "None":
        raise E.XapiError(E.PIF_IS_MANAGEMENT_INTERFACE, pif)
    yield 1.0
    if mode == "Static":
        db.update(
            "PIF", pif, ip_configuration_mode=mode, IP=ip, netmask=netmask, gateway=gateway, DNS=dns
        )
    elif mode == "DHCP":
        db.update("PIF", pif, ip_configuration_mode=mode, IP="", netmask="", gateway="", DNS="")
    else:
        db.update("PIF", pif, ip_configuration_mode=mode, IP="", netmask="", gateway="", DNS="")
    if not record["currently_attached"]:
        _plug(db, pif)
    return ""


def _plug(db: Database, pif: str) -> None:
    record = db.get("PIF", pif)
    mtu = min(db.get("network", record["network"])["MTU"], _max_mtu(db, record))
    db.update("PIF", pif, currently_attached=True, MTU=mtu)


@api("PIF.plug", 1)
def pif_plug(call: Call, pif: str) -> Generator[float, None, str]:
    call.db.get("PIF", pif)
    yield 1.0
    _plug(call.db, pif)
    return ""


@api("PIF.unplug", 1)
def pif_unplug(call: Call, pif: str) -> Generator[float, None, str]:
    db = call.db
    record = db.get("PIF", pif)
    if db.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    if record["management"]:
        raise E.XapiError(E.PIF_IS_MANAGEMENT_INTERFACE, pif)
    if record["disallow_unplug"]:
        raise E.XapiError(E.PIF_DOES_NOT_ALLOW_UNPLUG, pif)
    yield 1.0
    db.update("PIF", pif, currently_attached=False)
    return ""


@api("PIF.set_disallow_unplug", 2, async_ok=True)
def pif_set_disallow_unplug(call: Call, pif: str, value: Any) -> str:
    if not isinstance(value, bool):
        raise E.XapiError(E.FIELD_TYPE_ERROR, "disallow_unplug")
    call.db.update("PIF", pif, disallow_unplug=value)
    return ""


def pif_ipv4_network(pif: dict[str, Any]) -> ipaddress.IPv4Network | None:
    if not pif["IP"] or not pif["netmask"]:
        return None
    try:
        return ipaddress.IPv4Network(f"{pif['IP']}/{pif['netmask']}", strict=False)
    except ValueError:
        return None

"""Scenarios: TOML descriptions of a lab, turned into a ``World``.

A scenario may name a ``base`` scenario; its top-level keys replace the
base's (so a scenario that lists ``hosts`` replaces the base's hosts).
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
import tomllib
import uuid
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from wizard.simulator.db import Database, new_uuid, xapi_timestamp
from wizard.simulator.joinrules import populate_join_state
from wizard.simulator.tls import make_host_certificate
from wizard.simulator.world import IscsiTarget, Lun, Machine, Nic, Timing, World

GiB = 1024**3
MiB = 1024**2

DEFAULT_BASE_ADDRESS = "127.0.0.11"

DEFAULT_SOFTWARE_VERSION = {
    "product_brand": "XCP-ng",
    "product_version": "8.3.0",
    "product_version_text": "8.3",
    "product_version_text_short": "8.3",
    "platform_name": "XCP",
    "platform_version": "3.4.0",
    "build_number": "cloud",
    "git_id": "6d9a4f1",
    "hostname": "localhost",
    "date": "2024-10-02",
    "xapi": "24.19",
    "xapi_build": "24.19.2",
    "xen": "4.17.5-3",
    "linux": "4.19.0+1",
    "xencenter_min": "2.21",
    "xencenter_max": "2.21",
    "network_backend": "openvswitch",
    "db_schema": "5.781",
}


class ScenarioError(ValueError):
    pass


@dataclass
class StorageNetworkHint:
    nic: str
    vlan: int
    mtu: int
    subnet: str
    first_ip: str


def scenario_names() -> list[str]:
    folder = resources.files("wizard.simulator") / "scenarios"
    return sorted(
        p.name.removesuffix(".toml")
        for p in folder.iterdir()
        if p.name.endswith(".toml") and p.name != "cpus.toml"
    )


def _read_builtin(name: str) -> dict[str, Any]:
    path = resources.files("wizard.simulator") / "scenarios" / f"{name}.toml"
    if not path.is_file():
        raise ScenarioError(
            f"unknown scenario {name!r}: choose one of {', '.join(scenario_names())} "
            "or give the path of a scenario file"
        )
    return tomllib.loads(path.read_text(encoding="utf-8"))


def load_scenario(name_or_file: str) -> dict[str, Any]:
    path = Path(name_or_file)
    if name_or_file.endswith(".toml") or path.exists():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ScenarioError(f"cannot read scenario file {path}: {exc.strerror}") from None
        except tomllib.TOMLDecodeError as exc:
            raise ScenarioError(f"scenario file {path} is not valid TOML: {exc}") from None
    else:
        data = _read_builtin(name_or_file)
    base = data.get("base")
    if base:
        merged = load_scenario(str(base))
        merged.update({k: v for k, v in data.items() if k != "base"})
        return merged
    return data


def cpu_profiles() -> dict[str, dict[str, Any]]:
    path = resources.files("wizard.simulator") / "scenarios" / "cpus.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


# Feature masks are derived from the flag list so that levelling (a bitwise AND
# of masks) and the lost-feature names (a set difference of flags) agree.
_ALL_FLAGS: list[str] = []


def features_mask(flags: str) -> str:
    for flag in flags.split():
        if flag not in _ALL_FLAGS:
            _ALL_FLAGS.append(flag)
    words = [0] * 8
    for flag in flags.split():
        bit = _ALL_FLAGS.index(flag)
        words[bit // 32] |= 1 << (bit % 32)
    return "-".join(f"{w:08x}" for w in words)


def cpu_info(profile: dict[str, Any]) -> dict[str, str]:
    mask = features_mask(profile["flags"])
    info = {k: str(v) for k, v in profile.items()}
    info.update(
        features=mask,
        features_hvm=mask,
        features_pv=mask,
        features_hvm_host=mask,
        features_pv_host=mask,
    )
    return info


def _scsi_id(serial: str) -> str:
    return "36589cfc000000" + hashlib.sha1(serial.encode()).hexdigest()[:19]


def _targets(data: dict[str, Any]) -> list[IscsiTarget]:
    hint = storage_network_hint(data)
    targets = []
    for spec in data.get("targets", []):
        luns = []
        for index, lun in enumerate(spec.get("luns", [])):
            luns.append(
                Lun(
                    lun_id=int(lun.get("lun_id", index)),
                    size=int(float(lun["size_gib"]) * GiB),
                    scsi_id=lun.get("scsi_id") or _scsi_id(lun["serial"]),
                    vendor=lun.get("vendor", "TrueNAS"),
                    serial=lun["serial"],
                    sr_uuid=lun.get("sr_uuid", ""),
                    sr_name=lun.get("sr_name", ""),
                    sr_type="lvmoiscsi" if lun.get("sr_uuid") else "",
                    sr_vdis=[
                        {
                            "uuid": new_uuid(),
                            "name_label": v["name"],
                            "virtual_size": int(v["size_gib"] * GiB),
                        }
                        for v in lun.get("sr_vdis", [])
                    ],
                )
            )
        targets.append(
            IscsiTarget(
                iqn=spec["iqn"],
                portals=list(spec["portals"]),
                port=int(spec.get("port", 3260)),
                luns=luns,
                chap_user=spec.get("chap_user", ""),
                chap_password=spec.get("chap_password", ""),
                vlan=int(spec.get("vlan", hint.vlan)),
                devices=list(spec.get("devices", [hint.nic])),
            )
        )
    return targets


def _expand_hosts(data: dict[str, Any], host_count: int | None) -> list[dict[str, Any]]:
    hosts: list[dict[str, Any]] = []
    for spec in data.get("hosts", []):
        for _ in range(int(spec.get("count", 1))):
            name = spec["name"].format(n=len(hosts) + 1)
            hosts.append({**spec, "name": name})
    if not hosts:
        raise ScenarioError("the scenario has no hosts")
    if host_count is not None:
        if host_count < 1:
            raise ScenarioError("--hosts must be at least 1")
        template = hosts[-1]
        while len(hosts) < host_count:
            hosts.append(
                {**template, "name": f"{data.get('name', 'host')}-{len(hosts) + 1:02d}", "vms": []}
            )
        hosts = hosts[:host_count]
    return hosts


def storage_network_hint(data: dict[str, Any]) -> StorageNetworkHint:
    spec = data.get("storage_network", {})
    return StorageNetworkHint(
        nic=spec.get("nic", "eth1"),
        vlan=int(spec.get("vlan", 200)),
        mtu=int(spec.get("mtu", 9000)),
        subnet=spec.get("subnet", "10.200.0.0/24"),
        first_ip=spec.get("first_ip", "10.200.0.21"),
    )


def build_world(
    scenario: str | dict[str, Any],
    *,
    host_count: int | None = None,
    base_address: str = DEFAULT_BASE_ADDRESS,
    time_scale: float = 1.0,
    password: str | None = None,
) -> World:
    data = load_scenario(scenario) if isinstance(scenario, str) else scenario
    timing_spec = data.get("timing", {})
    round_trip = float(timing_spec.get("latency_ms", 0)) / 1000.0
    world = World(
        Timing(
            latency=round_trip,
            durations={k: float(v) for k, v in timing_spec.get("durations", {}).items()},
            scale=time_scale,
            setup_latency=2 * round_trip,
        )
    )
    world.scenario_name = str(data.get("name", "custom"))
    world.targets = _targets(data)
    profiles = cpu_profiles()
    root_password = password or secrets.token_urlsafe(12)
    address = ipaddress.ip_address(base_address)
    with world.lock:
        for index, spec in enumerate(_expand_hosts(data, host_count)):
            cpu_name = spec.get("cpu", "intel-xeon-silver-4310")
            if cpu_name not in profiles:
                raise ScenarioError(f"host {spec['name']}: unknown cpu profile {cpu_name!r}")
            machine = _build_machine(
                world, spec, index, str(address + index), profiles[cpu_name], root_password
            )
            world.machines[machine.address] = machine
    return world


def _build_machine(
    world: World,
    spec: dict[str, Any],
    index: int,
    address: str,
    cpu: dict[str, Any],
    password: str,
) -> Machine:
    name = spec["name"]
    db = world.new_database()
    nic_names = spec.get("nics", ["eth0", "eth1"])
    nics = [
        Nic(device=dev, mac=f"00:16:3e:{index // 256:02x}:{index % 256:02x}:{n:02x}")
        for n, dev in enumerate(nic_names)
    ]
    host_uuid = new_uuid()
    machine = Machine(
        uuid=host_uuid,
        name=name,
        address=address,
        password=password,
        cert=make_host_certificate(name, address),
        iscsi_iqn=f"iqn.2026-11.com.example:{hashlib.sha1(host_uuid.encode()).hexdigest()[:8]}",
        nics=nics,
        db=db,
    )
    populate_host(world, machine, spec, cpu)
    return machine


def populate_host(
    world: World, machine: Machine, spec: dict[str, Any], cpu: dict[str, Any]
) -> None:
    """Create a freshly installed host's objects in its own one-host pool."""
    db: Database = machine.db
    memory_total = int(spec.get("memory_gib", 256)) * GiB
    software = {
        **DEFAULT_SOFTWARE_VERSION,
        **spec.get("software_version", {}),
        "hostname": machine.name,
    }
    edition = spec.get("edition", "xcp-ng")
    metrics = db.create(
        "host_metrics",
        memory_total=memory_total,
        memory_free=memory_total,
        last_updated=xapi_timestamp(),
    )
    host = db.create(
        "host",
        uuid=machine.uuid,
        name_label=machine.name,
        hostname=machine.name,
        address=machine.address,
        software_version=software,
        cpu_info=cpu_info(cpu),
        metrics=metrics,
        edition=edition,
        license_params={"restrict_pool_size": "false", "restrict_ha": "false", "sku_type": edition},
        iscsi_iqn=machine.iscsi_iqn,
        other_config={"iscsi_iqn": machine.iscsi_iqn, "agent_start_time": "1764000000."},
        memory_overhead=600 * MiB,
        external_auth_type=spec.get("external_auth_type", ""),
    )
    machine.host_ref = host
    db.create(
        "pool",
        name_label="",
        master=host,
        cpu_info={
            k: v
            for k, v in cpu_info(cpu).items()
            if k in ("vendor", "features_hvm", "features_pv", "cpu_count", "socket_count")
        },
    )
    dom0 = db.create(
        "VM",
        name_label=f"Control domain on host: {machine.name}",
        is_control_domain=True,
        power_state="Running",
        resident_on=host,
        memory_static_max=8 * GiB,
        memory_dynamic_max=8 * GiB,
        memory_target=8 * GiB,
        memory_overhead=0,
        VCPUs_max=16,
        VCPUs_at_startup=16,
    )
    db.update("host", host, control_domain=dom0)
    # Applied updates: [{ name = "XS82E001", enforce_homogeneity = true }, ...]
    updates = [
        db.create(
            "pool_update",
            # One update has one uuid on every host that has it.
            uuid=str(
                update.get("uuid")
                or uuid.uuid5(uuid.NAMESPACE_URL, f"xenpool-sim:update:{update['name']}")
            ),
            name_label=str(update["name"]),
            enforce_homogeneity=bool(update.get("enforce_homogeneity", True)),
            hosts=[host],
        )
        for update in spec.get("updates", [])
    ]
    db.update("host", host, updates=updates)
    for n, nic in enumerate(machine.nics):
        network = db.create(
            "network",
            name_label=f"Pool-wide network associated with {nic.device}",
            bridge=f"xenbr{n}",
            MTU=1500,
        )
        pif_metrics = db.create(
            "PIF_metrics",
            carrier=nic.carrier,
            speed=nic.speed,
            duplex=True,
            vendor_name=nic.vendor,
            device_name=nic.model,
            pci_bus_path=f"0000:0{n + 1}:00.0",
            last_updated=xapi_timestamp(),
        )
        management = n == 0
        db.create(
            "PIF",
            device=nic.device,
            network=network,
            host=host,
            MAC=nic.mac,
            MTU=1500,
            metrics=pif_metrics,
            physical=True,
            currently_attached=management,
            management=management,
            ip_configuration_mode="Static" if management else "None",
            IP=machine.address if management else "",
            netmask="255.0.0.0" if management else "",
        )
    local_sr = db.create(
        "SR",
        name_label="Local storage",
        type="lvm",
        content_type="user",
        shared=False,
        physical_size=1800 * GiB,
        other_config={"i18n-key": "local-storage"},
    )
    db.create(
        "PBD",
        host=host,
        SR=local_sr,
        device_config={"device": "/dev/disk/by-id/nvme-SAMSUNG_MZQL21T9-part3"},
        currently_attached=True,
    )
    db.pool["default_SR"] = local_sr
    for vm_spec in spec.get("vms", []):
        _create_vm(db, host, local_sr, vm_spec)
    populate_join_state(db, host, spec)
    refresh_derived(db)


def _create_vm(db: Database, host: str, sr: str, spec: dict[str, Any]) -> None:
    memory = int(float(spec.get("memory_gib", 4)) * GiB)
    running = spec.get("power_state", "Halted") == "Running"
    vm = db.create(
        "VM",
        name_label=spec["name"],
        power_state="Running" if running else "Halted",
        resident_on=host if running else "OpaqueRef:NULL",
        affinity=host,
        memory_static_max=memory,
        memory_dynamic_max=memory,
        memory_dynamic_min=memory,
        memory_static_min=memory // 2,
        memory_target=memory if running else 0,
        memory_overhead=memory // 100 + 8 * MiB,
        VCPUs_max=int(spec.get("vcpus", 2)),
        VCPUs_at_startup=int(spec.get("vcpus", 2)),
        ha_restart_priority=spec.get("ha_restart_priority", ""),
    )
    vdi = db.create(
        "VDI",
        name_label=f"{spec['name']} disk 0",
        SR=sr,
        virtual_size=int(spec.get("disk_gib", 40)) * GiB,
        physical_utilisation=int(spec.get("disk_gib", 40)) * GiB,
        location=new_uuid(),
    )
    db.create("VBD", VM=vm, VDI=vdi, device="xvda", userdevice="0", bootable=True)


def refresh_derived(db: Database) -> None:
    """Recompute the reverse-reference sets and memory figures XAPI maintains."""
    tables = db.tables
    for cls, field_name, back, back_field in (
        ("host", "PIFs", "PIF", "host"),
        ("host", "PBDs", "PBD", "host"),
        ("host", "resident_VMs", "VM", "resident_on"),
        ("network", "PIFs", "PIF", "network"),
        ("SR", "PBDs", "PBD", "SR"),
        ("SR", "VDIs", "VDI", "SR"),
        ("VM", "VBDs", "VBD", "VM"),
        ("VDI", "VBDs", "VBD", "VDI"),
        ("PIF", "VLAN_slave_of", "VLAN", "tagged_PIF"),
    ):
        # One pass over the referring records, not one per referred record.
        referrers: dict[str, list[str]] = {}
        for r, rec in tables[back].items():
            referrers.setdefault(rec[back_field], []).append(r)
        for ref, record in tables[cls].items():
            wanted = sorted(referrers.get(ref, []))
            if sorted(record[field_name]) != wanted:
                db.update(cls, ref, **{field_name: wanted})
    for ref, vlan in tables["VLAN"].items():
        untagged = vlan["untagged_PIF"]
        if untagged in tables["PIF"] and tables["PIF"][untagged]["VLAN_master_of"] != ref:
            db.update("PIF", untagged, VLAN_master_of=ref)
    for host in tables["host"].values():
        used = host["memory_overhead"] + sum(
            tables["VM"][vm]["memory_target"] + tables["VM"][vm]["memory_overhead"]
            for vm in host["resident_VMs"]
            if vm in tables["VM"]
        )
        metrics = host["metrics"]
        if metrics in tables["host_metrics"]:
            total = tables["host_metrics"][metrics]["memory_total"]
            free = max(0, total - used)
            if tables["host_metrics"][metrics]["memory_free"] != free:
                db.update("host_metrics", metrics, memory_free=free)
    for sr_ref, sr in tables["SR"].items():
        allocation = sum(tables["VDI"][v]["virtual_size"] for v in sr["VDIs"] if v in tables["VDI"])
        if sr["virtual_allocation"] != allocation:
            db.update("SR", sr_ref, virtual_allocation=allocation, physical_utilisation=allocation)

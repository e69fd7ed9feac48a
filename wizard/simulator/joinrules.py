"""XAPI's pre-join checks, in its order, and the host state a scenario gives them.

Order, conditions and error lists follow ``pre_join_checks`` in
``ocaml/xapi/xapi_pool.ml``; the wire codes are ``api_errors.ml``'s strings.
"mine" is the joiner's own one-host pool, "theirs" the pool it joins.
"""

from __future__ import annotations

from typing import Any

from wizard.simulator import errors as E
from wizard.simulator.db import NULL_REF, Database
from wizard.simulator.world import Machine, World

# Hosts a pool may have when the licence restricts its size (Xapi_globs.restricted_pool_size).
RESTRICTED_POOL_SIZE = 3
LINUX_PACK = "xs:linux"  # Xapi_globs.linux_pack_vsn_key
NBD_PURPOSES = ("nbd", "insecure_nbd")

# The SM drivers a fresh host registers, with their capabilities (xapi-project/sm
# drivers' CAPABILITIES; "NAME/n" is feature NAME at version n).
_BLOCK = (
    "SR_PROBE SR_UPDATE VDI_CREATE VDI_DELETE VDI_ATTACH VDI_DETACH VDI_CLONE VDI_SNAPSHOT "
    "VDI_RESIZE ATOMIC_PAUSE VDI_RESET_ON_BOOT/2 VDI_UPDATE VDI_MIRROR VDI_CONFIG_CBT "
    "VDI_ACTIVATE VDI_DEACTIVATE"
)
SM_DRIVERS: dict[str, tuple[str, str]] = {
    "lvmoiscsi": (
        "LVHD over iSCSI",
        _BLOCK + " SR_METADATA SR_TRIM SR_CACHING VDI_GENERATE_CONFIG",
    ),
    "lvm": ("Local VHD on LVM", _BLOCK + " SR_TRIM"),
    "ext": (
        "Local EXT3 VHD",
        _BLOCK + " SR_SUPPORTS_LOCAL_CACHING VDI_GENERATE_CONFIG THIN_PROVISIONING "
        "VDI_READ_CACHING",
    ),
    "nfs": (
        "NFS VHD",
        _BLOCK + " SR_CACHING VDI_GENERATE_CONFIG THIN_PROVISIONING VDI_READ_CACHING",
    ),
    "iso": ("ISO", "VDI_CREATE VDI_DELETE VDI_ATTACH VDI_DETACH SR_SCAN SR_ATTACH SR_DETACH"),
    "udev": (
        "Local Device Passthrough",
        "VDI_INTRODUCE VDI_ATTACH VDI_DETACH VDI_UPDATE SR_UPDATE",
    ),
}


def _features(capabilities: str) -> dict[str, int]:
    out = {}
    for capability in capabilities.split():
        name, _, version = capability.partition("/")
        out[name] = int(version or 1)
    return out


def populate_join_state(db: Database, host: str, spec: dict[str, Any]) -> None:
    """The objects pre_join_checks reads, as a scenario's host spec sets them.

    Knobs (all optional): ``pending_guidances`` (["reboot_host", ...]); ``clustering``
    ("enabled" / "disabled": a cluster on the management PIF, or on ``clustering_nic``);
    ``certificates`` ([{type, name, fingerprint, purpose}]: trusted CA / pinned ones);
    ``sdn_controller`` ({protocol, address, port}); ``network_purpose`` ("nbd" /
    "insecure_nbd" on the management network); ``sm`` ({type: {FEATURE: version} or
    "missing"}: a driver's features differ or it is absent); ``updating`` (an
    apply_updates operation in progress on the pool); ``restrict_pooling`` (a licence
    without pooling).
    """
    drivers = spec.get("sm", {})
    for sm_type, (name, capabilities) in SM_DRIVERS.items():
        override = drivers.get(sm_type)
        if override == "missing":
            continue
        features = {**_features(capabilities), **(override or {})}
        db.create(
            "SM",
            name_label=name,
            type=sm_type,
            capabilities=sorted(features),
            features={k: int(v) for k, v in features.items() if int(v) > 0},
        )
    db.update("host", host, pending_guidances=list(spec.get("pending_guidances", [])))
    management = db.find_one("PIF", host=host, management=True)
    state = spec.get("clustering")
    nic = spec.get("clustering_nic")
    cluster_pif = db.find_one("PIF", host=host, device=nic) if nic else management
    if state and cluster_pif:
        cluster = db.create("Cluster", cluster_token="simulated", pool_auto_join=True)
        member = db.create(
            "Cluster_host", cluster=cluster, host=host, PIF=cluster_pif, enabled=state == "enabled"
        )
        db.update("Cluster", cluster, cluster_hosts=[member])
    for cert in spec.get("certificates", []):
        fingerprint = str(cert["fingerprint"]).upper()
        db.create(
            "Certificate",
            name=str(cert.get("name", "")),
            type=str(cert.get("type", "ca")),
            fingerprint=fingerprint,
            fingerprint_sha256=fingerprint,
            purpose=list(cert.get("purpose", [])),
        )
    sdn = spec.get("sdn_controller")
    if sdn:
        db.create(
            "SDN_controller",
            protocol=str(sdn.get("protocol", "ssl")),
            address=str(sdn.get("address", "")),
            port=int(sdn.get("port", 6632)),
        )
    purpose = spec.get("network_purpose")
    if purpose and management:
        db.update("network", db.get("PIF", management)["network"], purpose=[str(purpose)])
    if spec.get("restrict_pooling"):
        licence = dict(db.get("host", host)["license_params"], restrict_pooling="true")
        db.update("host", host, license_params=licence)
    if spec.get("updating"):
        db.update("pool", db.pool_ref, current_operations={"OpaqueRef:updating": "apply_updates"})


def _compat_name(software: dict[str, str]) -> str:
    return software.get("product_brand") or software.get("platform_name", "")


def _management_pif(db: Database, host: str) -> dict[str, Any] | None:
    ref = db.find_one("PIF", host=host, management=True)
    return db.get("PIF", ref) if ref else None


def _restricted(host: dict[str, Any], feature: str) -> bool:
    return str(host["license_params"].get(feature, "false")).lower() == "true"


def assert_pooling_licensed(joiner: Machine) -> None:
    """join_common's first check, before it contacts the master."""
    if _restricted(joiner.db.get("host", joiner.host_ref), "restrict_pooling"):
        raise E.XapiError(E.LICENCE_RESTRICTION)


def pre_join_checks(world: World, joiner: Machine, master: Machine, force: bool) -> None:
    """Raise the first failure, in the order XAPI's pre_join_checks does."""
    mine, theirs = joiner.db, master.db
    me = mine.get("host", joiner.host_ref)
    remote_master = theirs.get("host", theirs.master_ref)
    if _restricted(me, "restrict_pool_size") and len(theirs.tables["host"]) >= RESTRICTED_POOL_SIZE:
        raise E.XapiError(E.LICENCE_RESTRICTION, "Pool_size")
    my_mgmt = _management_pif(mine, joiner.host_ref)
    if my_mgmt is None:
        raise E.XapiError(E.HOST_STILL_BOOTING)
    if mine.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    _clustering_checks(mine, theirs, joiner.host_ref)
    if theirs.pool["ha_enabled"]:
        raise E.XapiError(E.HA_IS_ENABLED)
    if master.uuid == joiner.uuid:
        reason = (
            "Host is already part of a pool"
            if len(mine.tables["host"]) > 1
            else "Host cannot become slave of itself"
        )
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, reason)
    if len(mine.tables["host"]) > 1:
        raise E.XapiError(E.JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS)
    vms = [vm for _, vm in mine.all("VM") if not vm["is_control_domain"]]
    if any(vm["power_state"] == "Running" for vm in vms):
        raise E.XapiError(E.JOINING_HOST_CANNOT_HAVE_RUNNING_VMS)
    if any(vm["current_operations"] for _, vm in mine.all("VM")):
        raise E.XapiError(E.JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS)
    if me["pending_guidances"]:
        raise E.XapiError(E.HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY, joiner.host_ref)
    if remote_master["pending_guidances"]:
        raise E.XapiError(E.HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY, theirs.master_ref)
    my_sw, their_sw = me["software_version"], remote_master["software_version"]
    if (my_sw.get("platform_version"), _compat_name(my_sw)) != (
        their_sw.get("platform_version"),
        _compat_name(their_sw),
    ):
        raise E.XapiError(E.HOSTS_NOT_COMPATIBLE)
    if not force:
        key = ("xapi", "git_id")
        if [my_sw.get(k) for k in key] + [_compat_name(my_sw), LINUX_PACK in my_sw] != [
            their_sw.get(k) for k in key
        ] + [_compat_name(their_sw), LINUX_PACK in their_sw]:
            raise E.XapiError(E.HOSTS_NOT_HOMOGENEOUS, "Software version differs")
        if me["cpu_info"].get("vendor") != theirs.pool["cpu_info"].get("vendor"):
            raise E.XapiError(E.HOSTS_NOT_HOMOGENEOUS, "CPUs differ")
    if any(sr["shared"] and not sr["is_tools_sr"] for _, sr in mine.all("SR")):
        raise E.XapiError(E.JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS)
    if mine.tables["Bond"]:
        raise E.XapiError(E.POOL_JOINING_HOST_HAS_BONDS)
    if mine.tables["tunnel"]:
        raise E.XapiError(E.POOL_JOINING_HOST_HAS_TUNNELS)
    if mine.tables["network_sriov"]:
        raise E.XapiError(E.POOL_JOINING_HOST_HAS_NETWORK_SRIOVS)
    for _, vlan in mine.all("VLAN"):
        untagged = mine.tables["PIF"].get(vlan["untagged_PIF"])
        if untagged is None or not untagged["management"]:
            raise E.XapiError(E.POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS)
    their_mgmt = _management_pif(theirs, theirs.master_ref)
    their_vlan = their_mgmt["VLAN"] if their_mgmt else -1
    if my_mgmt["VLAN"] != their_vlan:
        raise E.XapiError(
            E.POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH, my_mgmt["VLAN"], their_vlan
        )
    if me["external_auth_type"] != remote_master["external_auth_type"] or (
        me["external_auth_service_name"].lower()
        != remote_master["external_auth_service_name"].lower()
    ):
        raise E.XapiError(E.POOL_JOINING_EXTERNAL_AUTH_MISMATCH)
    editions = {h["edition"] for _, h in theirs.all("host")}
    if editions != {me["edition"]}:
        raise E.XapiError(
            E.LICENSE_HOST_POOL_MISMATCH,
            f'host edition = "{me["edition"]}"',
            f'pool edition = "{remote_master["edition"]}"',
        )
    backend = my_sw.get("network_backend", "bridge")
    if backend != their_sw.get("network_backend", "bridge"):
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "Network backends differ")
    if backend == "openvswitch":
        _sdn_check(mine, theirs)
    mine_api = f"{me['API_version_major']}.{me['API_version_minor']}"
    their_api = f"{remote_master['API_version_major']}.{remote_master['API_version_minor']}"
    if mine_api != their_api:
        raise E.XapiError(E.POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION, mine_api, their_api)
    if not my_sw.get("db_schema") or my_sw.get("db_schema") != their_sw.get("db_schema"):
        raise E.XapiError(
            E.POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA,
            my_sw.get("db_schema", ""),
            their_sw.get("db_schema", ""),
        )
    mine_updates = _enforced_updates(mine, joiner.host_ref)
    their_updates = _enforced_updates(theirs, theirs.master_ref)
    if mine_updates != their_updates:  # assert_homogeneous_updates: not skipped by force
        raise E.XapiError(
            E.HOSTS_NOT_HOMOGENEOUS,
            f"Updates on local host {me['name_label']} and pool host "
            f"{remote_master['name_label']} differ",
        )
    if my_mgmt["primary_address_type"] != (their_mgmt or my_mgmt)["primary_address_type"]:
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "Primary address type differs")
    my_nbd, their_nbd = _nbd_purpose(mine), _nbd_purpose(theirs)
    if my_nbd and their_nbd and my_nbd != their_nbd:
        raise E.XapiError(
            E.OPERATION_NOT_ALLOWED, "Incompatible network purposes: nbd and insecure_nbd"
        )
    if mine.pool["tls_verification_enabled"] != theirs.pool["tls_verification_enabled"]:
        raise E.XapiError(E.POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH)
    _certificate_checks(mine, theirs)
    for db in (mine, theirs):  # assert_not_in_updating_on_me, assert_no_hosts_in_updating
        if "apply_updates" in db.pool["current_operations"].values():
            raise E.XapiError(E.NOT_SUPPORTED_DURING_UPGRADE)
    _sm_features_check(mine, theirs)


def _clustering_checks(mine: Database, theirs: Database, host: str) -> None:
    """clustering_is_not_enabled_on_me, then one_ip_configured_on_joining_cluster_network."""
    for ref, cluster_host in mine.all("Cluster_host"):
        if cluster_host["host"] == host and cluster_host["enabled"]:
            raise E.XapiError(E.CLUSTERING_ENABLED, ref)
    first = next(iter(theirs.tables["Cluster_host"].values()), None)
    if first is None or not theirs.has("Cluster", first["cluster"]):
        return
    if not theirs.get("Cluster", first["cluster"])["pool_auto_join"]:
        return
    if first["PIF"] == NULL_REF or not theirs.has("PIF", first["PIF"]):
        return
    pif = theirs.get("PIF", first["PIF"])
    if pif["VLAN"] > 0 and not pif["management"]:
        raise E.XapiError(E.POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK, pif["VLAN"])
    bonded = [
        slave
        for bond in pif.get("bond_master_of", [])
        if theirs.has("Bond", bond)
        for slave in theirs.get("Bond", bond)["slaves"]
    ]
    bridges = {
        theirs.get("network", theirs.get("PIF", p)["network"])["bridge"]
        for p in (bonded or [first["PIF"]])
        if theirs.has("PIF", p)
    }
    with_ip = [
        p
        for _, p in mine.all("PIF")
        if p["host"] == host
        and p["IP"] != ""
        and mine.has("network", p["network"])
        and mine.get("network", p["network"])["bridge"] in bridges
    ]
    if len(with_ip) != 1:
        raise E.XapiError(E.POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK)


def _sdn_check(mine: Database, theirs: Database) -> None:
    # Each pool has at most one SDN controller; only the joiner's having one matters.
    my_sdn = next(iter(mine.tables["SDN_controller"].values()), None)
    if my_sdn is None:
        return
    their_sdn = next(iter(theirs.tables["SDN_controller"].values()), None)
    key = ("protocol", "address", "port")
    if their_sdn is None or [my_sdn[k] for k in key] != [their_sdn[k] for k in key]:
        raise E.XapiError(E.OPERATION_NOT_ALLOWED, "SDN controller differs")


def _nbd_purpose(db: Database) -> str:
    """The first nbd-ish purpose among the pool's networks (List.find), "" for none."""
    for _, network in db.all("network"):
        for purpose in network["purpose"]:
            if purpose in NBD_PURPOSES:
                return str(purpose)
    return ""


def _certificate_checks(mine: Database, theirs: Database) -> None:
    """assert_legacy_ca_certificates_compatible, then assert_trusted_certificates_compatible."""

    def named_cas(db: Database) -> dict[str, str]:
        return {
            c["name"]: c["fingerprint_sha256"]
            for _, c in db.all("Certificate")
            if c["type"] == "ca" and c["name"] != ""
        }

    local, remote = named_cas(mine), named_cas(theirs)
    conflicts = sorted(n for n in local.keys() & remote.keys() if local[n] != remote[n])
    if conflicts:
        raise E.XapiError(E.POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT, *conflicts)

    def trusted(db: Database) -> dict[str, tuple[str, set[str]]]:
        return {
            c["fingerprint_sha256"]: (ref, set(c["purpose"]))
            for ref, c in db.all("Certificate")
            if c["type"] in ("ca", "pinned") and c["name"] == ""
        }

    here, there = trusted(mine), trusted(theirs)
    for fingerprint in sorted(here.keys() & there.keys()):
        (pool_ref, pool_purposes), (host_ref, host_purposes) = there[fingerprint], here[fingerprint]
        if pool_purposes != host_purposes and pool_purposes & host_purposes:
            raise E.XapiError(E.POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT, pool_ref, host_ref)


def _sm_features_check(mine: Database, theirs: Database) -> None:
    """Every SM of the pool on the joiner, each feature at the pool's version or later."""
    for pool_ref, pool_sm in theirs.all("SM"):
        candidates = [(r, sm) for r, sm in mine.all("SM") if sm["type"] == pool_sm["type"]]
        if len(candidates) != 1:
            raise E.XapiError(E.POOL_JOINING_SM_FEATURES_INCOMPATIBLE, pool_ref, "")
        ref, sm = candidates[0]
        theirs_features, mine_features = pool_sm["features"], sm["features"]
        if any(
            name not in mine_features or int(mine_features[name]) < int(version)
            for name, version in theirs_features.items()
        ):
            raise E.XapiError(E.POOL_JOINING_SM_FEATURES_INCOMPATIBLE, pool_ref, ref)


def _enforced_updates(db: Database, host: str) -> set[str]:
    """The uuids of the host's applied updates that XAPI wants on every host of a pool."""
    return {
        update["uuid"]
        for ref in db.get("host", host)["updates"]
        if db.has("pool_update", ref)
        and (update := db.get("pool_update", ref))["enforce_homogeneity"]
    }

"""What each of XAPI's error codes means and what to do about it, in words an admin can act
on: the texts every XenPoolError's message and advice are made of (wizard.xapi.errors)."""

from __future__ import annotations

import re

from wizard.i18n import QT_TRANSLATE_NOOP, translate

_SM_TEXT = re.compile(r"^SR_BACKEND_FAILURE_(\d+)$")

# code -> (what happened, what to do). "{0}" etc. are the error's parameters. The texts
# are marked for translation here and translated in explain(), when they are shown.
ADVICE: dict[str, tuple[str, str]] = {
    "SESSION_AUTHENTICATION_FAILED": (
        QT_TRANSLATE_NOOP("XapiErrors", "the user name or password was refused"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Check the root password of the host (it is the pool master's password once joined).",
        ),
    ),
    "HOST_IS_SLAVE": (
        QT_TRANSLATE_NOOP("XapiErrors", "this host is a pool member; its master is {0}"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Connect to the pool master at {0}, or eject the host from its pool first.",
        ),
    ),
    "HOSTS_NOT_HOMOGENEOUS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the hosts are not homogeneous: {0}"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Hosts in one pool need the same CPU vendor and the same software version and updates. "
            "Update the hosts to the same level, or use a separate pool for this host.",
        ),
    ),
    "HOSTS_NOT_COMPATIBLE": (
        QT_TRANSLATE_NOOP("XapiErrors", "the hosts run different platform versions or products"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Install the same product and version on every host before pooling them."
        ),
    ),
    "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host still runs VMs"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Shut down or migrate the VMs running on the joining host, then retry."
        ),
    ),
    "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS": (
        QT_TRANSLATE_NOOP("XapiErrors", "a VM on the joining host has an operation in progress"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Wait for the VM operations on the joining host to finish, then retry."
        ),
    ),
    "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host has a shared SR attached"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Detach (forget) the shared SRs of the joining host; the pool's SRs are attached after "
            "the join.",
        ),
    ),
    "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host is the master of other hosts"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Eject its members first, or make this pool the one the others join."
        ),
    ),
    "POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the joining host has VLANs other than its management VLAN"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Remove those VLANs; the wizard creates the storage VLAN pool-wide after the joins.",
        ),
    ),
    "POOL_JOINING_HOST_HAS_BONDS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host has NIC bonds"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Remove the bonds before joining; create them pool-wide afterwards."
        ),
    ),
    "POOL_JOINING_HOST_HAS_TUNNELS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host has tunnels"),
        QT_TRANSLATE_NOOP("XapiErrors", "Remove the tunnels (private networks) before joining."),
    ),
    "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host has SR-IOV networks"),
        QT_TRANSLATE_NOOP("XapiErrors", "Remove the SR-IOV networks before joining."),
    ),
    "POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH": (
        QT_TRANSLATE_NOOP("XapiErrors", "the management VLAN differs (joining host {0}, pool {1})"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Put the management interfaces of all hosts on the same VLAN (-1 means untagged).",
        ),
    ),
    "POOL_JOINING_EXTERNAL_AUTH_MISMATCH": (
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "the joining host uses different external authentication (AD) from the pool",
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Disable or align external authentication on the joining host."
        ),
    ),
    "JOINING_HOST_SERVICE_FAILED": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the master's XAPI did not answer the joining host properly"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Check that the master's toolstack runs (xe host-list on it), then retry."
        ),
    ),
    "POOL_JOINING_MASTER_CERTIFICATE_NOT_IN_POOL_BUNDLE": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the master's own certificate is missing from the pool's certificates"
        ),
        QT_TRANSLATE_NOOP("XapiErrors", "Run xe pool-certificate-sync on the master, then retry."),
    ),
    "HOST_STILL_BOOTING": (
        QT_TRANSLATE_NOOP("XapiErrors", "the host is still starting"),
        QT_TRANSLATE_NOOP("XapiErrors", "Wait until it has finished starting, then retry."),
    ),
    "CLUSTERING_ENABLED": (
        QT_TRANSLATE_NOOP("XapiErrors", "clustering is enabled on the joining host"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Disable clustering on it (xe cluster-pool-destroy), then retry."
        ),
    ),
    "POOL_JOINING_POOL_CANNOT_ENABLE_CLUSTERING_ON_VLAN_NETWORK": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the pool's clustering runs on VLAN {0}, not on the management network"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Move the pool's cluster to the management network or an untagged one, then retry.",
        ),
    ),
    "POOL_JOINING_HOST_MUST_HAVE_ONLY_ONE_IP_ON_CLUSTERING_NETWORK": (
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "the joining host needs exactly one IP address on the pool's clustering network",
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Give it one IP address on that network (xe pif-reconfigure-ip), then retry.",
        ),
    ),
    "HOST_PENDING_MANDATORY_GUIDANCE_NOT_EMPTY": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "updates applied to host {0} still wait for a reboot or restart"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Do what the updates ask (reboot the host, or xe-toolstack-restart), then retry.",
        ),
    ),
    "POOL_JOINING_SM_FEATURES_INCOMPATIBLE": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the joining host's storage driver lacks features of the pool's ({0})"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Bring the joining host to the pool's release and updates (the same sm package), "
            "then retry.",
        ),
    ),
    "POOL_JOINING_HOST_CA_CERTIFICATES_CONFLICT": (
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "the joining host trusts other CA certificates under the pool's names ({0})",
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Uninstall its copies (xe pool-uninstall-ca-certificate) or rename them, then retry.",
        ),
    ),
    "POOL_JOINING_HOST_TRUSTED_CERTIFICATES_CONFLICT": (
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "the joining host trusts a certificate the pool trusts too, for other purposes",
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Uninstall it from the joining host; the pool shares its copy on join."
        ),
    ),
    "NOT_SUPPORTED_DURING_UPGRADE": (
        QT_TRANSLATE_NOOP("XapiErrors", "updates are being applied"),
        QT_TRANSLATE_NOOP("XapiErrors", "Wait until the update has finished, then retry."),
    ),
    "POOL_JOINING_HOST_TLS_VERIFICATION_MISMATCH": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "TLS verification is set differently on the joining host and the pool"
        ),
        QT_TRANSLATE_NOOP("XapiErrors", "Enable TLS verification on both or neither."),
    ),
    "POOL_JOINING_HOST_MUST_HAVE_SAME_API_VERSION": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host speaks API {0}, the pool master {1}"),
        QT_TRANSLATE_NOOP("XapiErrors", "Update both to the same release."),
    ),
    "POOL_JOINING_HOST_MUST_HAVE_SAME_DB_SCHEMA": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the joining host has database schema {0}, the pool master {1}"
        ),
        QT_TRANSLATE_NOOP("XapiErrors", "Update both to the same release."),
    ),
    "LICENSE_HOST_POOL_MISMATCH": (
        QT_TRANSLATE_NOOP("XapiErrors", "the licence editions differ ({0}, {1})"),
        QT_TRANSLATE_NOOP("XapiErrors", "Apply the same licence edition to every host."),
    ),
    "LICENCE_RESTRICTION": (
        QT_TRANSLATE_NOOP("XapiErrors", "the licence does not allow this ({0})"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "A free-edition pool is limited to 3 hosts and has no HA: apply a licence that allows it.",
        ),
    ),
    "HA_IS_ENABLED": (
        QT_TRANSLATE_NOOP("XapiErrors", "High Availability is enabled"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Disable HA (pool-ha-disable) before changing pool membership or storage networking.",
        ),
    ),
    "HA_NOT_ENABLED": (QT_TRANSLATE_NOOP("XapiErrors", "High Availability is not enabled"), ""),
    "HOST_NOT_ENOUGH_FREE_MEMORY": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the host has not enough free memory ({0} bytes needed, {1} free)"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Free memory on that host (move or stop other VMs), or shut the VM down first.",
        ),
    ),
    "VM_REQUIRES_SR": (
        QT_TRANSLATE_NOOP("XapiErrors", "the VM's host cannot see the SR ({1})"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Plug the shared SR on the host the VM runs on (its PBD), then run again.",
        ),
    ),
    "OTHER_OPERATION_IN_PROGRESS": (
        QT_TRANSLATE_NOOP("XapiErrors", "another operation is still running on {0} {1}"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Wait for it to finish (XenCenter or xe task-list shows it), then run again.",
        ),
    ),
    "HOST_OFFLINE": (
        QT_TRANSLATE_NOOP("XapiErrors", "a host in the pool is offline"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Every host must be up and reachable from the master before HA can be enabled.",
        ),
    ),
    "JOINING_HOST_CONNECTION_FAILED": (
        QT_TRANSLATE_NOOP("XapiErrors", "the joining host could not reach the master"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Check that the joining host can reach the master's management address on port 443.",
        ),
    ),
    "VLAN_TAG_INVALID": (
        QT_TRANSLATE_NOOP("XapiErrors", "VLAN tag {0} is not valid"),
        QT_TRANSLATE_NOOP("XapiErrors", "Use a VLAN tag between 1 and 4094."),
    ),
    "PIF_VLAN_EXISTS": (
        QT_TRANSLATE_NOOP("XapiErrors", "that VLAN already exists on {0}"),
        QT_TRANSLATE_NOOP("XapiErrors", "Reuse the existing VLAN network or choose another tag."),
    ),
    "NETWORK_ALREADY_CONNECTED": (
        QT_TRANSLATE_NOOP("XapiErrors", "that network is already connected on this host"),
        QT_TRANSLATE_NOOP("XapiErrors", "The host already has an interface on this network."),
    ),
    "INVALID_IP_ADDRESS_SPECIFIED": (
        QT_TRANSLATE_NOOP("XapiErrors", "the {0} is not a valid IPv4 address"),
        QT_TRANSLATE_NOOP("XapiErrors", "Correct the {0}."),
    ),
    "REQUIRED_PIF_IS_UNPLUGGED": (
        QT_TRANSLATE_NOOP("XapiErrors", "an interface HA depends on is unplugged"),
        QT_TRANSLATE_NOOP(
            "XapiErrors", "Plug the storage interfaces (PIF.plug) on every host before enabling HA."
        ),
    ),
    "SR_HAS_NO_PBDS": (
        QT_TRANSLATE_NOOP("XapiErrors", "the SR is not attached on every host"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Plug the SR's PBD on every host (check each host's storage network and the array's "
            "initiator list).",
        ),
    ),
    "SR_SOURCE_SPACE_INSUFFICIENT": (
        QT_TRANSLATE_NOOP("XapiErrors", "the heartbeat SR is too small"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "HA needs about 4 GB free on the heartbeat SR (statefile plus the pool database redo "
            "log): use a LUN of at least 4 GiB.",
        ),
    ),
    "SR_HAS_PBD": (
        QT_TRANSLATE_NOOP("XapiErrors", "the SR is still attached"),
        QT_TRANSLATE_NOOP("XapiErrors", "Unplug its PBDs first."),
    ),
    "SR_DEVICE_IN_USE": (
        # SM's SRInUse: the LUN is attached here (as an SR of this pool, multipathed)
        QT_TRANSLATE_NOOP("XapiErrors", "the LUN is in use by an SR attached on this host"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Use that SR (xe pbd-list device-config:SCSIid=... shows it) or choose another LUN; "
            "to format this one, detach its SR first.",
        ),
    ),
    "PBD_EXISTS": (QT_TRANSLATE_NOOP("XapiErrors", "the SR already has a PBD for this host"), ""),
    "SR_UUID_EXISTS": (
        QT_TRANSLATE_NOOP("XapiErrors", "an SR with that UUID is already known to the pool"),
        "",
    ),
    "HA_HOST_CANNOT_ACCESS_STATEFILE": (
        QT_TRANSLATE_NOOP("XapiErrors", "a host cannot reach the HA heartbeat SR"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Check that the heartbeat SR is plugged on every host and its storage path works.",
        ),
    ),
    "HA_FAILED_TO_FORM_LIVESET": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the hosts could not form an HA liveset (heartbeats were not seen)"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Check that every host reaches the others on the management network and sees the "
            "heartbeat SR, then run the build again: the heartbeat disks made so far are reused.",
        ),
    ),
    "HA_HOST_CANNOT_SEE_PEERS": (
        QT_TRANSLATE_NOOP("XapiErrors", "a host cannot see the other hosts' HA heartbeats"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Check the management network between the hosts (switch, VLAN, firewall), then run "
            "the build again.",
        ),
    ),
    "HA_HEARTBEAT_DAEMON_STARTUP_FAILED": (
        QT_TRANSLATE_NOOP("XapiErrors", "the HA daemon did not start on a host"),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Read /var/log/xha.log on the hosts, fix the cause, then run the build again.",
        ),
    ),
    "HA_TOO_FEW_HOSTS": (
        QT_TRANSLATE_NOOP("XapiErrors", "HA needs at least two hosts"),
        QT_TRANSLATE_NOOP("XapiErrors", "Add hosts to the pool, or plan it without HA."),
    ),
    "HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN": (
        QT_TRANSLATE_NOOP(
            "XapiErrors", "the pool does not have the capacity for that many host failures"
        ),
        QT_TRANSLATE_NOOP(
            "XapiErrors",
            "Lower the number of host failures to tolerate or the number of protected VMs.",
        ),
    ),
    "TASK_CANCELLED": (QT_TRANSLATE_NOOP("XapiErrors", "the operation was cancelled"), ""),
    "INTERNAL_ERROR": (
        QT_TRANSLATE_NOOP("XapiErrors", "the host reported an internal error: {0}"),
        QT_TRANSLATE_NOOP("XapiErrors", "Read the host's /var/log/xensource.log around this time."),
    ),
    "OPERATION_NOT_ALLOWED": (
        QT_TRANSLATE_NOOP("XapiErrors", "the host refused the operation: {0}"),
        "",
    ),
    "SESSION_INVALID": (
        QT_TRANSLATE_NOOP("XapiErrors", "the session expired"),
        QT_TRANSLATE_NOOP("XapiErrors", "Log in again; the wizard does this by itself once."),
    ),
}

# OPERATION_NOT_ALLOWED carries its reason as text; pre_join_checks' reasons have advice.
REASON_ADVICE: dict[str, str] = {
    "Network backends differ": QT_TRANSLATE_NOOP(
        "XapiErrors", "Use the same network backend (bridge or openvswitch) on every host."
    ),
    "SDN controller differs": QT_TRANSLATE_NOOP(
        "XapiErrors",
        "Set the same SDN controller on the joining host and the pool, or remove the joining "
        "host's (xe sdn-controller-forget).",
    ),
    "Primary address type differs": QT_TRANSLATE_NOOP(
        "XapiErrors", "Use the same address family (IPv4 or IPv6) for management on every host."
    ),
    "Incompatible network purposes: nbd and insecure_nbd": QT_TRANSLATE_NOOP(
        "XapiErrors",
        "Use one NBD purpose (nbd or insecure_nbd) on the joining host's and the pool's "
        "networks, or remove it from the joining host's.",
    ),
}

SM_ADVICE: dict[str, str] = {
    "68": QT_TRANSLATE_NOOP(
        "XapiErrors",
        "The target refused the login: check the CHAP user and secret, and that the array's "
        "access list contains every host's initiator IQN.",
    ),
    "83": QT_TRANSLATE_NOOP(
        "XapiErrors", "The target does not offer that IQN: probe again and pick one from the list."
    ),
    "95": QT_TRANSLATE_NOOP("XapiErrors", "Enter the target's portal address."),
    "96": QT_TRANSLATE_NOOP("XapiErrors", "Choose the target IQN (probe the portal to list them)."),
    "107": QT_TRANSLATE_NOOP(
        "XapiErrors", "Choose a LUN by its SCSI id (probe the target to list them)."
    ),
    "140": QT_TRANSLATE_NOOP(
        "XapiErrors", "The portal address could not be resolved: enter an IP address."
    ),
    "141": QT_TRANSLATE_NOOP(
        "XapiErrors",
        "The host cannot reach the iSCSI portal on port 3260: check the storage VLAN, the "
        "host's storage IP and the switch ports.",
    ),
    "142": QT_TRANSLATE_NOOP("XapiErrors", "The iSCSI port must be a number between 1 and 65535."),
    "47": QT_TRANSLATE_NOOP(
        "XapiErrors",
        "This host cannot see the SR on that LUN: most often the array hides the LUN from this "
        "host's initiator IQN (its access list or LUN masking); otherwise the LUN was formatted "
        "or is another one.",
    ),
    "20": QT_TRANSLATE_NOOP(
        "XapiErrors", "The CHAP secret stored in XAPI is missing: enter the CHAP secret again."
    ),
}


def _fill(template: str, params: list[str]) -> str:
    if not template:
        return ""
    template = translate("XapiErrors", template)
    padded = [*params, "", "", ""]
    try:
        return template.format(*padded)
    except (IndexError, KeyError, ValueError):
        return template


def explain(details: list[str]) -> tuple[str, str]:
    """(summary, advice) for an ErrorDescription list."""
    code, params = details[0], details[1:]
    match = _SM_TEXT.match(code)
    if match:
        # The SM backend's own text (English, from the host) when it gave one.
        text = params[1] if len(params) > 1 else translate("XapiErrors", "storage backend failure")
        advice = SM_ADVICE.get(match.group(1), "")
        return (
            translate("XapiErrors", "storage backend: {text}").format(text=text),
            translate("XapiErrors", advice) if advice else "",
        )
    if code in ADVICE:
        summary, advice = ADVICE[code]
        if not advice and params and params[0] in REASON_ADVICE:
            advice = REASON_ADVICE[params[0]]
        return _fill(summary, params), _fill(advice, params)
    # An unknown code: XAPI's own words (its code, readable), untranslated.
    shown = ", ".join(p for p in params if p)
    return (code.replace("_", " ").lower() + (f" ({shown})" if shown else "")), ""

"""What went wrong talking to a host, in words an admin can act on.

Every failure the engine shows carries XAPI's own code (so it can be looked
up) and advice saying what to do about it.
"""

from __future__ import annotations

import re


class XenPoolError(Exception):
    """Base of every error the engine reports to a user."""

    code = "ERROR"

    def __init__(self, message: str, advice: str = "") -> None:
        self.message = message
        self.advice = advice
        super().__init__(message + (f"\n{advice}" if advice else ""))


class HostUnreachable(XenPoolError):
    code = "HOST_UNREACHABLE"


class AuthenticationFailed(XenPoolError):
    code = "SESSION_AUTHENTICATION_FAILED"


class TaskTimeout(XenPoolError):
    code = "TASK_TIMEOUT"


class TaskCancelled(XenPoolError):
    code = "TASK_CANCELLED"


class XapiFailure(XenPoolError):
    """A failure XAPI returned: ``details`` is its ErrorDescription list."""

    def __init__(self, details: list[str], action: str = "") -> None:
        self.details = [str(d) for d in details] or ["INTERNAL_ERROR"]
        self.code = self.details[0]
        self.params = self.details[1:]
        summary, advice = explain(self.details)
        prefix = f"{action}: " if action else ""
        super().__init__(f"{prefix}{summary} [{self.code}]", advice)


_SM_TEXT = re.compile(r"^SR_BACKEND_FAILURE_(\d+)$")

# code -> (what happened, what to do). "{0}" etc. are the error's parameters.
ADVICE: dict[str, tuple[str, str]] = {
    "SESSION_AUTHENTICATION_FAILED": (
        "the user name or password was refused",
        "Check the root password of the host (it is the pool master's password once joined).",
    ),
    "HOST_IS_SLAVE": (
        "this host is a pool member; its master is {0}",
        "Connect to the pool master at {0}, or eject the host from its pool first.",
    ),
    "HOSTS_NOT_HOMOGENEOUS": (
        "the hosts are not homogeneous: {0}",
        "Hosts in one pool need the same CPU vendor and the same software version and updates. "
        "Update the hosts to the same level, or use a separate pool for this host.",
    ),
    "HOSTS_NOT_COMPATIBLE": (
        "the hosts run different platform versions or products",
        "Install the same product and version on every host before pooling them.",
    ),
    "JOINING_HOST_CANNOT_HAVE_RUNNING_VMS": (
        "the joining host still runs VMs",
        "Shut down or migrate the VMs running on the joining host, then retry.",
    ),
    "JOINING_HOST_CANNOT_HAVE_VMS_WITH_CURRENT_OPERATIONS": (
        "a VM on the joining host has an operation in progress",
        "Wait for the VM operations on the joining host to finish, then retry.",
    ),
    "JOINING_HOST_CANNOT_CONTAIN_SHARED_SRS": (
        "the joining host has a shared SR attached",
        "Detach (forget) the shared SRs of the joining host; the pool's SRs are attached after "
        "the join.",
    ),
    "JOINING_HOST_CANNOT_BE_MASTER_OF_OTHER_HOSTS": (
        "the joining host is the master of other hosts",
        "Eject its members first, or make this pool the one the others join.",
    ),
    "POOL_JOINING_HOST_HAS_NON_MANAGEMENT_VLANS": (
        "the joining host has VLANs other than its management VLAN",
        "Remove those VLANs; the wizard creates the storage VLAN pool-wide after the joins.",
    ),
    "POOL_JOINING_HOST_HAS_BONDS": (
        "the joining host has NIC bonds",
        "Remove the bonds before joining; create them pool-wide afterwards.",
    ),
    "POOL_JOINING_HOST_HAS_TUNNELS": (
        "the joining host has tunnels",
        "Remove the tunnels (private networks) before joining.",
    ),
    "POOL_JOINING_HOST_HAS_NETWORK_SRIOVS": (
        "the joining host has SR-IOV networks",
        "Remove the SR-IOV networks before joining.",
    ),
    "POOL_JOINING_HOST_MANAGEMENT_VLAN_DOES_NOT_MATCH": (
        "the management VLAN differs (joining host {0}, pool {1})",
        "Put the management interfaces of all hosts on the same VLAN (-1 means untagged).",
    ),
    "POOL_JOINING_EXTERNAL_AUTH_MISMATCH": (
        "the joining host uses different external authentication (AD) from the pool",
        "Disable or align external authentication on the joining host.",
    ),
    "LICENSE_HOST_POOL_MISMATCH": (
        "the licence editions differ ({0}, {1})",
        "Apply the same licence edition to every host.",
    ),
    "LICENCE_RESTRICTION": (
        "the licence does not allow this ({0})",
        "A free-edition pool is limited to 3 hosts and has no HA: apply a licence that allows it.",
    ),
    "HA_IS_ENABLED": (
        "High Availability is enabled",
        "Disable HA (pool-ha-disable) before changing pool membership or storage networking.",
    ),
    "HA_NOT_ENABLED": ("High Availability is not enabled", ""),
    "HOST_OFFLINE": (
        "a host in the pool is offline",
        "Every host must be up and reachable from the master before HA can be enabled.",
    ),
    "JOINING_HOST_CONNECTION_FAILED": (
        "the joining host could not reach the master",
        "Check that the joining host can reach the master's management address on port 443.",
    ),
    "VLAN_TAG_INVALID": ("VLAN tag {0} is not valid", "Use a VLAN tag between 1 and 4094."),
    "PIF_VLAN_EXISTS": (
        "that VLAN already exists on {0}",
        "Reuse the existing VLAN network or choose another tag.",
    ),
    "NETWORK_ALREADY_CONNECTED": (
        "that network is already connected on this host",
        "The host already has an interface on this network.",
    ),
    "INVALID_IP_ADDRESS_SPECIFIED": ("the {0} is not a valid IPv4 address", "Correct the {0}."),
    "REQUIRED_PIF_IS_UNPLUGGED": (
        "an interface HA depends on is unplugged",
        "Plug the storage interfaces (PIF.plug) on every host before enabling HA.",
    ),
    "SR_HAS_NO_PBDS": (
        "the SR is not attached on every host",
        "Plug the SR's PBD on every host (check each host's storage network and the array's "
        "initiator list).",
    ),
    "SR_SOURCE_SPACE_INSUFFICIENT": (
        "the heartbeat SR is too small",
        "HA needs about 4 GB free on the heartbeat SR (statefile plus the pool database redo "
        "log): use a LUN of at least 4 GiB.",
    ),
    "SR_HAS_PBD": ("the SR is still attached", "Unplug its PBDs first."),
    "PBD_EXISTS": ("the SR already has a PBD for this host", ""),
    "SR_UUID_EXISTS": ("an SR with that UUID is already known to the pool", ""),
    "HA_HOST_CANNOT_ACCESS_STATEFILE": (
        "a host cannot reach the HA heartbeat SR",
        "Check that the heartbeat SR is plugged on every host and its storage path works.",
    ),
    "HA_OPERATION_WOULD_BREAK_FAILOVER_PLAN": (
        "the pool does not have the capacity for that many host failures",
        "Lower the number of host failures to tolerate or the number of protected VMs.",
    ),
    "TASK_CANCELLED": ("the operation was cancelled", ""),
    "INTERNAL_ERROR": (
        "the host reported an internal error: {0}",
        "Read the host's /var/log/xensource.log around this time.",
    ),
    "OPERATION_NOT_ALLOWED": ("the host refused the operation: {0}", ""),
    "SESSION_INVALID": (
        "the session expired",
        "Log in again; the wizard does this by itself once.",
    ),
}

SM_ADVICE: dict[str, str] = {
    "68": "The target refused the login: check the CHAP user and secret, and that the array's "
    "access list contains every host's initiator IQN.",
    "83": "The target does not offer that IQN: probe again and pick one from the list.",
    "95": "Enter the target's portal address.",
    "96": "Choose the target IQN (probe the portal to list them).",
    "107": "Choose a LUN by its SCSI id (probe the target to list them).",
    "140": "The portal address could not be resolved: enter an IP address.",
    "141": "The host cannot reach the iSCSI portal on port 3260: check the storage VLAN, the "
    "host's storage IP and the switch ports.",
    "142": "The iSCSI port must be a number between 1 and 65535.",
    "16": "The LUN is in use by an SR that is attached in this pool.",
    "47": "The SR's data is not on that LUN any more (it was formatted or is another LUN).",
    "20": "The CHAP secret stored in XAPI is missing: enter the CHAP secret again.",
}


def _fill(template: str, params: list[str]) -> str:
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
        text = params[1] if len(params) > 1 else "storage backend failure"
        return f"storage backend: {text}", SM_ADVICE.get(match.group(1), "")
    if code in ADVICE:
        summary, advice = ADVICE[code]
        return _fill(summary, params), _fill(advice, params)
    shown = ", ".join(p for p in params if p)
    return (code.replace("_", " ").lower() + (f" ({shown})" if shown else "")), ""

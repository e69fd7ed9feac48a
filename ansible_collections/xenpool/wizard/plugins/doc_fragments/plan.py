# The build plan as module options: the same keys as the TOML plan of xenpool-wizard.
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:
    DOCUMENTATION = r"""
options:
  plan_file:
    description:
      - A plan file (TOML) as C(xenpool-wizard) saves it. Instead of the plan keys below.
    type: path
  pool_name:
    description: The pool's name.
    type: str
  master:
    description: Address of the host that becomes (or is) the pool master; the first host when not given.
    type: str
  port:
    description: XAPI's HTTPS port on every host (443 when not given).
    type: int
  username:
    description: The hosts' administrator (C(root) when not given).
    type: str
  hosts:
    description: The hosts of the pool, the master among them.
    type: list
    elements: dict
    suboptions:
      address:
        description: The host's management address.
        type: str
        required: true
      name:
        description: The host's name.
        type: str
      fingerprint:
        description:
          - SHA-256 fingerprint of the host's TLS certificate (hex, colons allowed).
          - A host presenting another certificate stops the run.
        type: str
      storage_ip:
        description: This host's storage address (else the next free one from O(storage_network.first_ip)).
        type: str
      nic:
        description: This host's storage NIC when it is not O(storage_network.nic).
        type: str
      force_join:
        description:
          - Join despite another CPU vendor or software build (unsupported); needs C(yes_force_join) of M(xenpool.wizard.pool) too.
        type: bool
  storage_network:
    description: The storage VLAN every host gets after the joins.
    type: dict
    suboptions:
      nic:
        description: The NIC that carries storage traffic.
        type: str
      vlan:
        description: The VLAN tag, 1-4094.
        type: int
      mtu:
        description: 1500, or 9000 when every hop has jumbo frames.
        type: int
      subnet:
        description: The storage subnet, for example C(10.200.0.0/24).
        type: str
      gateway:
        description: The storage network's gateway, if any.
        type: str
      first_ip:
        description: Hosts without O(hosts[].storage_ip) get consecutive addresses from here.
        type: str
      name:
        description: The network's name in XAPI.
        type: str
  iscsi:
    description: The iSCSI target, and the LUNs of the shared SR and the HA heartbeat SR.
    type: dict
    suboptions:
      portals:
        description: The target's portal addresses.
        type: list
        elements: str
      port:
        description: The portals' port (3260 when not given).
        type: int
      target_iqn:
        description: The target's IQN.
        type: str
      chap_user:
        description: CHAP user name; the secret is C(chap_secret) of M(xenpool.wizard.pool).
        type: str
      sr_scsi_id:
        description: SCSI ID of the shared SR's LUN.
        type: str
      sr_name:
        description: The shared SR's name.
        type: str
      sr_size:
        description: The LUN's size in bytes as discovered (informative).
        type: int
      heartbeat_scsi_id:
        description: SCSI ID of the heartbeat LUN (at least 4 GiB), another LUN than the SR's.
        type: str
      heartbeat_sr_name:
        description: The heartbeat SR's name.
        type: str
      heartbeat_size:
        description: The heartbeat LUN's size in bytes as discovered (informative).
        type: int
      existing_sr:
        description:
          - What to do with a LUN that already holds an SR.
          - V(format) destroys it, and only with C(yes_destroy) of M(xenpool.wizard.pool).
        type: str
        choices: [reattach, stop, format]
      multipath:
        description: Turn multipathing on on every host before the SRs are made.
        type: bool
  ha:
    description: High availability.
    type: dict
    suboptions:
      enabled:
        description: Whether HA is enabled at the end of the build.
        type: bool
      host_failures_to_tolerate:
        description: Host failures the pool must survive.
        type: int
      restart_priorities:
        description: VM name to HA restart priority (V(restart), V(best-effort) or empty).
        type: dict
  move_vms:
    description: VMs whose disks move from local storage to the shared SR.
    type: list
    elements: str
"""

    CONNECTION = r"""
options:
  password:
    description:
      - The hosts' administrator password.
      - When not given, the OS keyring, then the E(XENPOOL_PASSWORD) environment variable.
    type: str
  pins_file:
    description:
      - The certificate pin file (fingerprints confirmed earlier). The user's own when not given,
        the same one the wizard and the command line use.
    type: path
  trust_on_first_use:
    description:
      - Trust (and pin) a host certificate that neither the plan nor the pin file knows, as
        C(xenpool-wizard apply --yes) does. The result lists every certificate trusted this way.
      - Without it such a host fails the task with its fingerprint; put the fingerprint in
        O(hosts[].fingerprint) instead.
      - A certificate that differs from the planned or pinned one always fails the task.
    type: bool
    default: false
"""

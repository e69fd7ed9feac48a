#!/usr/bin/python
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Build the XenServer / XCP-ng pool a plan describes (xenpool-wizard's engine)."""

from __future__ import annotations

DOCUMENTATION = r"""
---
module: pool
short_description: Build a XenServer / XCP-ng pool with shared iSCSI storage and HA from a plan
version_added: 0.1.0
description:
  - Runs the xenpool-wizard engine on a build plan, as C(xenpool-wizard apply) does, in this
    process (the engine is a library here, not a command).
  - Every pre-flight check runs first. Blockers fail the task with every finding in C(msg)
    and in RV(findings); nothing is changed then. Warnings fail it too unless O(yes_warnings).
  - Every step first looks at what is already there, so a second run reports C(changed=false).
  - Check mode is C(apply --dry-run) - what would be done, with the equivalent xe commands,
    and C(changed) true only when something would change. Diff mode shows the pool
    (before) against the plan (check mode) or the pool after the build.
  - Passwords never come from the plan; O(password) and O(chap_secret) are never logged.
author:
  - xenpool-wizard developers (@xenpool-wizard)
requirements:
  - xenpool-wizard (the engine) in the Python that runs the module.
extends_documentation_fragment:
  - xenpool.wizard.plan
  - xenpool.wizard.plan.connection
attributes:
  check_mode:
    support: full
    description: C(apply --dry-run); nothing is changed.
  diff_mode:
    support: full
    description: The pool against the plan, in the plan's terms.
options:
  chap_secret:
    description:
      - The CHAP secret when O(iscsi.chap_user) is set.
      - When not given, the OS keyring, then the E(XENPOOL_CHAP_SECRET) environment variable.
    type: str
  yes_warnings:
    description:
      - Accept the pre-flight warnings and build (the warning half of C(apply --yes)).
    type: bool
    default: false
  yes_destroy:
    description:
      - Allow formatting a LUN that holds an SR when O(iscsi.existing_sr=format) (C(--yes-destroy)).
    type: bool
    default: false
  yes_pause_ha:
    description:
      - When new hosts join a pool that has HA on, turn HA off for the joins; the build turns it
        on again at the end (C(--yes-pause-ha)).
    type: bool
    default: false
  yes_force_join:
    description:
      - Allow C(pool.join_force) for the hosts the plan marks O(hosts[].force_join) (C(--yes-force-join)).
    type: bool
    default: false
  ssh:
    description:
      - Also prove each host's storage path over SSH before the SR is made (C(--ssh)).
      - Unknown SSH host keys are trusted only with O(trust_on_first_use).
    type: bool
    default: false
  ssh_key:
    description: Private key for O(ssh) (else the password).
    type: path
  journal:
    description: The build journal (else the pool's own in the user's state folder, as the CLI's).
    type: path
notes:
  - C(xenpool-wizard apply --yes) is O(yes_warnings=true) with O(trust_on_first_use=true).
  - "Run it where the engine is installed, usually with C(connection: local)."
"""

EXAMPLES = r"""
- name: Build the pool from a saved plan
  xenpool.wizard.pool:
    plan_file: /srv/plans/production.toml
    password: "{{ vault_xen_root_password }}"
    yes_warnings: true

- name: The same plan as task options, pinned certificates
  xenpool.wizard.pool:
    pool_name: Production
    master: 192.0.2.11
    hosts:
      - {address: 192.0.2.11, name: xcp-01, fingerprint: "3f9a..."}
      - {address: 192.0.2.12, name: xcp-02, fingerprint: "77c1..."}
    storage_network: {nic: eth1, vlan: 200, mtu: 9000, subnet: 10.200.0.0/24, first_ip: 10.200.0.21}
    iscsi:
      portals: [10.200.0.10]
      target_iqn: iqn.2005-10.org.freenas.ctl:xenpool
      sr_scsi_id: 36589cfc000000a3fb9e29cc6cb9d85c0
      heartbeat_scsi_id: 36589cfc0000005a0f869479153bde6cf
    ha: {enabled: true, host_failures_to_tolerate: 1}
    password: "{{ vault_xen_root_password }}"
  register: built

- name: Every host has the shared SR plugged
  ansible.builtin.assert:
    that: built.report.srs | selectattr('name', 'eq', 'iSCSI storage') | map(attribute='pbds') | first | rejectattr('currently_attached') | list | length == 0
"""

RETURN = r"""
changed:
  description: Whether the build changed the pool (check mode - whether it would).
  returned: always
  type: bool
findings:
  description: Every pre-flight finding (also when the task fails on blockers or warnings).
  returned: always
  type: list
  elements: dict
  contains:
    severity:
      description: V(error) (a blocker), V(warning) or V(info).
      type: str
    subject:
      description: The plan field or host address it is about.
      type: str
    message:
      description: What is wrong.
      type: str
    fix:
      description: What to do about it.
      type: str
    check:
      description: The check that found it.
      type: str
    evidence:
      description: What was seen on the host.
      type: str
    force_cost:
      description: For a join blocker a forced join skips, what forcing costs.
      type: str
blockers:
  description: The findings that stopped the task (severity V(error)).
  returned: when pre-flight found blockers
  type: list
  elements: dict
warnings_not_accepted:
  description: The warnings that stopped the task without O(yes_warnings).
  returned: when warnings were not accepted
  type: list
  elements: dict
steps:
  description: Each build step and its actions (done, or in check mode still to do).
  returned: success
  type: list
  elements: dict
  contains:
    step:
      description: The step's key (pool, network, sr, ha...).
      type: str
    title:
      description: The step's title.
      type: str
    state:
      description: V(done), V(skipped) (nothing to do) or V(waiting) (check mode).
      type: str
    actions:
      description: What it did or would do, with the equivalent xe commands.
      type: list
      elements: dict
report:
  description: The pool as the C(report) command shows it, as data.
  returned: success
  type: dict
  contains:
    name:
      description: The pool's name.
      type: str
    hosts:
      description: Name, address, master, CPU, version and storage interfaces of each host.
      type: list
      elements: dict
    networks:
      description: The pool's networks with VLAN and MTU.
      type: list
      elements: dict
    srs:
      description: The shared SRs with their size and one PBD per host (C(pbds), C(currently_attached)).
      type: list
      elements: dict
    ha_enabled:
      description: Whether HA is on.
      type: bool
    ha_tolerates:
      description: The host failures HA is set to tolerate.
      type: int
    ha_plan_for:
      description: The failures XAPI's own plan covers.
      type: int
plan:
  description: The plan that was applied (no secrets).
  returned: success
  type: dict
trusted_on_first_use:
  description: The host certificates (address, fingerprint) this run trusted and pinned on first use.
  returned: success
  type: list
  elements: dict
ssh_host_keys_trusted_on_first_use:
  description: The SSH host keys (address, fingerprint) trusted on first use with O(ssh).
  returned: success
  type: list
  elements: dict
error:
  description: Why the task failed - V(plan), V(connection), V(blocked) or V(step failed).
  returned: failure
  type: str
"""

from ansible.module_utils.basic import AnsibleModule, missing_required_lib

from ansible_collections.xenpool.wizard.plugins.module_utils.engine import (
    HAS_WIZARD,
    WIZARD_IMPORT_ERROR,
    PlanProblems,
    finding_data,
    findings_message,
    load_plan,
    plan_argument_spec,
    plan_exclusions,
)


def argument_spec() -> dict:
    spec = plan_argument_spec()
    spec.update(
        chap_secret={"type": "str", "no_log": True},
        yes_warnings={"type": "bool", "default": False},
        yes_destroy={"type": "bool", "default": False},
        yes_pause_ha={"type": "bool", "default": False},
        yes_force_join={"type": "bool", "default": False},
        ssh={"type": "bool", "default": False},
        ssh_key={"type": "path"},
        journal={"type": "path"},
    )
    return spec


def main() -> None:
    module = AnsibleModule(
        argument_spec=argument_spec(),
        supports_check_mode=True,
        mutually_exclusive=plan_exclusions(),
        required_one_of=[["plan_file", "hosts"]],
    )
    if not HAS_WIZARD:
        module.fail_json(msg=missing_required_lib("xenpool-wizard"), exception=WIZARD_IMPORT_ERROR)
    from ansible_collections.xenpool.wizard.plugins.module_utils import runner, session

    try:
        plan = load_plan(module.params)
    except PlanProblems as exc:
        module.fail_json(
            msg=findings_message("The plan has problems:", exc.findings),
            findings=[finding_data(f) for f in exc.findings],
            error="plan",
        )
    try:
        opened = session.open_session(plan, module.params, dry_run=module.check_mode)
        result = runner.apply(
            opened,
            check_mode=module.check_mode,
            accept_warnings=module.params["yes_warnings"],
            diff=module._diff,
        )
    except session.SessionError as exc:
        module.fail_json(msg=str(exc), error="connection")
    except runner.TaskFailure as exc:
        module.fail_json(msg=exc.msg, **exc.data)
    for trusted in result["trusted_on_first_use"]:
        module.warn(
            f"{trusted['address']}: its certificate was trusted on first use "
            f"(SHA-256 {trusted['fingerprint']}) and is pinned from now on"
        )
    module.exit_json(**result)


if __name__ == "__main__":
    main()

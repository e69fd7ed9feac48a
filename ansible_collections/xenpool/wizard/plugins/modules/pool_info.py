#!/usr/bin/python
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The XenServer / XCP-ng pool as built, as data, and its drift from a plan."""

from __future__ import annotations

DOCUMENTATION = r"""
---
module: pool_info
short_description: Read a XenServer / XCP-ng pool as built, and its drift from a plan
version_added: 0.1.0
description:
  - Returns what C(xenpool-wizard report) shows (hosts, networks, shared SRs and their PBDs,
    HA) as data, read through the pool master.
  - Given a plan (O(plan_file) or the plan keys), also the drift - where the pool and the plan
    disagree, and the actions a build would still take (what C(apply --dry-run) lists).
  - Changes nothing.
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
    description: The module changes nothing in either mode.
  diff_mode:
    support: none
    description: Drift is returned as data instead.
options:
  host:
    description:
      - Address of the pool master (a member's address finds its master).
      - Without it, the master of the plan.
    type: str
"""

EXAMPLES = r"""
- name: The pool as built
  xenpool.wizard.pool_info:
    host: 192.0.2.11
    password: "{{ vault_xen_root_password }}"
  register: pool

- name: Does the pool still match the plan?
  xenpool.wizard.pool_info:
    plan_file: /srv/plans/production.toml
    password: "{{ vault_xen_root_password }}"
  register: checked
  failed_when: not checked.drift.in_sync
"""

RETURN = r"""
report:
  description: The pool as the C(report) command shows it, as data.
  returned: always
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
summary:
  description: The pool in the plan's terms (pool name, master, each host's storage address, shared SRs, HA).
  returned: always
  type: dict
markdown:
  description: The report as the C(report) command prints it.
  returned: without a plan
  type: str
drift:
  description: The pool against the plan.
  returned: when a plan is given
  type: dict
  contains:
    in_sync:
      description: Whether a build of the plan would change nothing.
      type: bool
    differences:
      description:
        - Each key where pool and plan disagree, with both values.
        - A planned shared SR the pool lacks is one; a shared SR the plan does not name is not
          (see RV(drift.other_srs)).
      type: list
      elements: dict
    other_srs:
      description:
        - The pool's shared SRs that the plan does not name (an ISO library, another array's SR).
        - Not drift - a pool may hold SRs besides the ones the wizard made.
      type: list
      elements: str
    pending:
      description: The steps a build would still take, with their actions and xe commands.
      type: list
      elements: dict
trusted_on_first_use:
  description: The host certificates (address, fingerprint) this run trusted and pinned on first use.
  returned: always
  type: list
  elements: dict
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
    plan_given,
)


def argument_spec() -> dict:
    spec = plan_argument_spec()
    spec.update(host={"type": "str"})
    return spec


def main() -> None:
    module = AnsibleModule(
        argument_spec=argument_spec(),
        supports_check_mode=True,
        mutually_exclusive=plan_exclusions(),
        required_one_of=[["host", "plan_file", "hosts"]],
    )
    if not HAS_WIZARD:
        module.fail_json(msg=missing_required_lib("xenpool-wizard"), exception=WIZARD_IMPORT_ERROR)
    from ansible_collections.xenpool.wizard.plugins.module_utils import runner, session

    params = module.params
    try:
        if plan_given(params):
            try:
                plan = load_plan(params)
            except PlanProblems as exc:
                module.fail_json(
                    msg=findings_message("The plan has problems:", exc.findings),
                    findings=[finding_data(f) for f in exc.findings],
                    error="plan",
                )
            if params["host"]:
                plan.master = params["host"]
            result = runner.drift(session.open_session(plan, params, dry_run=True))
        else:
            result = runner.inspect(
                params["host"], params["port"] or 443, params["username"] or "root", params
            )
    except session.SessionError as exc:
        module.fail_json(msg=str(exc), error="connection")
    except runner.TaskFailure as exc:
        module.fail_json(msg=exc.msg, **exc.data)
    module.exit_json(changed=False, **result)


if __name__ == "__main__":
    main()

"""A member's emergency mode and slave-local sessions, as XAPI treats them.

A member that cannot reach its master runs in emergency mode (``xapi.ml``,
``server_run_in_emergency_mode``): ``api_server.ml`` refuses every call but the
datamodel's ``emergency_calls`` with the error the start-up status check
stashed. A slave-local session lives in a table of its own
(``xapi_local_session.ml``), not in the database: ``Session_check`` lets it
call anything, but reading the session object itself finds no row, and only
``session.local_logout`` ends it.
"""

from __future__ import annotations

from wizard.simulator import errors as E
from wizard.simulator.world import Machine, World

# Datamodel.emergency_calls (ocaml/idl/datamodel.ml), by their wire names.
EMERGENCY_CALLS = frozenset(
    {
        "pool.emergency_reset_master",
        "pool.emergency_transition_to_master",
        "pool.is_slave",
        "session.slave_local_login",
        "session.slave_local_login_with_password",
        "session.local_logout",
        "host.propose_new_master",
        "host.commit_new_master",
        "host.abort_new_master",
        "host.local_assert_healthy",
        "host.signal_networking_change",
        "host.local_management_reconfigure",
        "host.ha_xapi_healthcheck",
        "host.emergency_ha_disable",
        "host.management_disable",
        "host.get_system_status_capabilities",
        "host.is_in_emergency_mode",
        "host.shutdown_agent",
        "host.emergency_reset_server_certificate",
        "host.emergency_disable_tls_verification",
        "host.emergency_reenable_tls_verification",
        "host.emergency_clear_mandatory_guidance",
        "host.update_firewalld_service_status",
    }
)


def in_emergency_mode(world: World, machine: Machine) -> bool:
    """A member whose xapi started while its master did not answer, until it answers.

    A member already running when its master goes keeps serving (Master_connection
    retries its database calls without end): it is not in emergency mode.
    """
    return (
        machine.started_without_master
        and not machine.is_master
        and not world.master_of(machine).online
    )


def emergency_mode_error() -> E.XapiError:
    # The status check's connection to the master failed with a non-API exception, which
    # xapi.ml stashes as INTERNAL_ERROR [ExnHelper.string_of_exn exn].
    return E.XapiError(
        E.INTERNAL_ERROR, "INTERNAL_ERROR: [ Connection failed: connection refused. ]"
    )


def check_emergency(world: World, machine: Machine, method: str) -> None:
    """Refuse ``method`` (sync wire name) as a member in emergency mode does."""
    if method not in EMERGENCY_CALLS and in_emergency_mode(world, machine):
        raise emergency_mode_error()

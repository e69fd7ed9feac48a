"""Slave-local sessions and a member's emergency mode, as XAPI treats them."""

from __future__ import annotations

from tests.conftest import failure_of, sdk_session
from tests.faults.conftest import build
from wizard.simulator import Simulator

EMERGENCY_ERROR = ["INTERNAL_ERROR", "INTERNAL_ERROR: [ Connection failed: connection refused. ]"]


def _local_sessions(sim: Simulator) -> int:
    with sim.world.lock:
        return sum(1 for db in sim.world.databases() for s in db.sessions.values() if s.local)


def test_a_local_session_is_not_a_database_object(sim: Simulator) -> None:
    build(sim)
    member = sdk_session(sim.hosts[1], local=True)
    api, handle = member.xenapi, member._session
    # Session_check lets it read the pool's records (through the master) ...
    assert len(api.host.get_all()) == 3
    assert api.host.is_in_emergency_mode() is False
    assert api.host.local_assert_healthy() == ""
    # ... but the session has no row: reading it is HANDLE_INVALID, as Db.Session does
    assert failure_of(lambda: api.session.get_this_host(handle)) == [
        "HANDLE_INVALID",
        "session",
        handle,
    ]
    # session.logout leaves it alive (destroy_db_session finds nothing to destroy)
    member.session.logout(handle)  # the raw call, not the SDK's logout
    assert _local_sessions(sim) == 1
    member.xenapi.session.logout()  # the SDK ends a slave-local login with local_logout
    assert _local_sessions(sim) == 0


def test_a_member_that_lost_its_master_answers_only_emergency_calls(sim: Simulator) -> None:
    build(sim)
    master, member_address = sim.hosts[0].address, sim.hosts[1].address
    running = sdk_session(sim.hosts[2], local=True).xenapi
    sim.world.set_online(member_address, False)
    sim.world.set_online(master, False)
    # Running when its master went: it keeps serving (its database calls would wait).
    assert running.host.is_in_emergency_mode() is False
    assert failure_of(lambda: sdk_session(sim.hosts[2])) == ["HOST_IS_SLAVE", master]
    # Started while its master was away: emergency mode (xapi.ml).
    sim.world.set_online(member_address, True)
    member = sdk_session(sim.hosts[1], local=True).xenapi
    assert member.host.is_in_emergency_mode() is True
    assert failure_of(member.host.local_assert_healthy) == EMERGENCY_ERROR
    assert failure_of(member.VM.get_all_records) == EMERGENCY_ERROR
    assert failure_of(lambda: sdk_session(sim.hosts[1])) == EMERGENCY_ERROR  # not HOST_IS_SLAVE
    sim.world.set_online(master, True)
    assert member.host.is_in_emergency_mode() is False
    assert len(member.VM.get_all()) > 0

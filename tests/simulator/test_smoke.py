"""The simulator answers the official SDK over HTTPS with a pinned certificate."""

from __future__ import annotations

import pytest
import XenAPI

from tests.conftest import failure_of, sdk_session
from wizard.simulator import Simulator
from wizard.xapi.transport import CertificateMismatch, PinnedTransport


def test_login_and_read_the_standalone_host(sim: Simulator) -> None:
    host = sim.hosts[0]
    api = sdk_session(host).xenapi
    hosts = api.host.get_all_records()
    assert [h["name_label"] for h in hosts.values()] == [host.name]
    (pool,) = api.pool.get_all()
    assert api.pool.get_master(pool) == next(iter(hosts))
    record = next(iter(hosts.values()))
    assert record["cpu_info"]["vendor"] == "GenuineIntel"
    # int64 fields travel as strings, as XAPI sends them
    metrics = api.host_metrics.get_record(record["metrics"])
    assert isinstance(metrics["memory_total"], str) and int(metrics["memory_total"]) > 0


def test_wrong_password_is_refused(sim: Simulator) -> None:
    host = sim.hosts[0]
    session = XenAPI.Session(host.url, transport=PinnedTransport(host.address, host.fingerprint))
    details = failure_of(lambda: session.xenapi.login_with_password("root", "wrong", "", ""))
    assert details == ["SESSION_AUTHENTICATION_FAILED", "root", "Authentication failure"]


def test_a_changed_certificate_is_a_hard_stop(sim: Simulator) -> None:
    host = sim.hosts[0]
    other = sim.hosts[1]
    session = XenAPI.Session(host.url, transport=PinnedTransport(host.address, other.fingerprint))
    with pytest.raises(CertificateMismatch) as info:
        session.xenapi.login_with_password("root", host.password, "", "")
    assert info.value.expected == other.fingerprint
    assert info.value.seen == host.fingerprint

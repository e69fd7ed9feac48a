"""Certificate and master errors are the project's own errors: a code, a message, advice."""

from __future__ import annotations

import pytest

from tests.faults.conftest import build
from wizard.simulator import Simulator
from wizard.xapi.client import Endpoint, HostClient, MasterIsElsewhere
from wizard.xapi.errors import XenPoolError
from wizard.xapi.transport import CertificateMismatch, CertificateNotTrusted, PlanPinConflict
from wizard.xapi.trust import PinStore, Trust


def test_a_changed_certificate_has_a_code_a_message_and_advice(sim: Simulator) -> None:
    host = sim.hosts[0]
    client = HostClient(Endpoint(host.address, sim.port), "ab" * 32, "root", host.password)
    with pytest.raises(XenPoolError) as info:
        client.login()
    error = info.value
    assert isinstance(error, CertificateMismatch) and error.code == "CERTIFICATE_MISMATCH"
    assert host.address in error.message and "has changed" in error.message
    assert "reinstalled host or someone in between" in error.advice
    assert "reinstalled" not in error.message  # what happened, then what to do


def test_a_plan_that_contradicts_a_pin_and_an_unknown_certificate_too(sim: Simulator) -> None:
    host = sim.hosts[0]
    store = PinStore()
    store.pin(host.address, host.fingerprint)
    with pytest.raises(XenPoolError) as conflict:
        Trust(store, planned={host.address: "cd" * 32}, port=sim.port).fingerprint_for(host.address)
    assert isinstance(conflict.value, PlanPinConflict)
    assert conflict.value.code == "PLAN_PIN_CONFLICT"
    assert "Nothing was sent" in conflict.value.advice
    with pytest.raises(XenPoolError) as unknown:
        Trust(PinStore(), port=sim.port).fingerprint_for(host.address)
    assert isinstance(unknown.value, CertificateNotTrusted)
    assert unknown.value.code == "CERTIFICATE_NOT_TRUSTED" and unknown.value.advice


def test_a_member_names_its_master_with_advice(sim: Simulator) -> None:
    build(sim)
    member, master = sim.hosts[1], sim.hosts[0]
    client = HostClient(
        Endpoint(member.address, sim.port), member.fingerprint, "root", master.password
    )
    with pytest.raises(XenPoolError) as info:
        client.login()
    error = info.value
    assert isinstance(error, MasterIsElsewhere) and error.code == "HOST_IS_SLAVE"
    assert error.master == master.address
    assert f"Connect to the pool master at {master.address}" in error.advice

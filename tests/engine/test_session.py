"""The front ends' session: where pins live, and what is asked of whom."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from wizard.joininfo import JoinHost, JoinInfo
from wizard.session import NoPrompter, Session
from wizard.ssh import SSH_PINS_NAME, HostKeyNotTrusted
from wizard.xapi.trust import PinStore

A, B = "192.0.2.11", "192.0.2.12"
FP_A, FP_B, OTHER = "a" * 64, "b" * 64, "c" * 64
KEY = "SHA256:" + base64.b64encode(bytes(range(32))).decode().rstrip("=")  # as ssh-keygen -l


class Trusting(NoPrompter):
    def __init__(self) -> None:
        self.asked: list[str] = []

    def confirm_host_key(self, address: str, fingerprint: str) -> bool:
        self.asked.append(address)
        return True


def test_ssh_host_keys_are_pinned_beside_the_certificate_pins(tmp_path: Path) -> None:
    first = Trusting()
    Session.at(first, tmp_path / "pins.json").ssh_access("root", "pw").trust.check(A, KEY)
    assert first.asked == [A] and (tmp_path / SSH_PINS_NAME).is_file()
    again = Trusting()  # another run: the key is known, nobody is asked
    Session.at(again, tmp_path / "pins.json").ssh_access("root", "pw").trust.check(A, KEY)
    assert again.asked == []


def test_nobody_to_ask_trusts_no_host_key(tmp_path: Path) -> None:
    access = Session.at(NoPrompter(), tmp_path / "pins.json").ssh_access("root", "pw")
    with pytest.raises(HostKeyNotTrusted) as raised:
        access.trust.check(A, KEY)
    assert raised.value.code == "SSH_HOST_KEY_NOT_TRUSTED" and raised.value.advice


def test_pins_in_memory_keep_ssh_host_keys_in_memory_for_the_whole_session() -> None:
    prompter = Trusting()
    session = Session(prompter, PinStore())
    session.ssh_access("root", "pw").trust.check(A, KEY)
    session.ssh_access("root", "pw").trust.check(A, KEY)  # a second access, same pins
    assert prompter.asked == [A] and session.ssh_pins.get(A) == KEY


def test_join_information_pins_every_host_or_none() -> None:
    session = Session(NoPrompter(), PinStore())
    session.pins.pin(B, OTHER)
    info = JoinInfo("Pool", (JoinHost(A, 443, FP_A), JoinHost(B, 443, FP_B)))
    conflict = session.pin_join_info(info)
    assert conflict is not None and conflict.address == B
    assert session.pins.get(A) == ""  # nothing pinned
    assert session.pin_join_info(info, {}) == conflict
    fresh = Session(NoPrompter(), PinStore())
    shown = {A: OTHER.upper()}  # a fingerprint the user sees on the Hosts page counts too
    assert fresh.pin_join_info(info, shown) == JoinHost(A, 443, FP_A)
    assert fresh.pin_join_info(info) is None
    assert (fresh.pins.get(A), fresh.pins.get(B)) == (FP_A, FP_B)

"""Join information: confirmed fingerprints handed over as one line, never a wrong pin."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard import cli, exitcodes
from wizard.demo import lab_plan
from wizard.joininfo import JoinHost, JoinInfo, JoinInfoError, decode, encode
from wizard.plan import save
from wizard.simulator import Simulator
from wizard.xapi.trust import PinStore

FP = "ab" * 32


def test_round_trip_survives_mail_wrapping_and_case() -> None:
    info = JoinInfo(
        "Büro pool", (JoinHost("192.0.2.11", 443, FP), JoinHost("2001:db8::5", 8443, FP))
    )
    line = encode(info)
    assert line.startswith("XPW1-")
    wrapped = "\n  ".join(line[i : i + 30] for i in range(0, len(line), 30))
    assert decode(wrapped) == info
    spaced = ":".join(FP[i : i + 2] for i in range(0, 64, 2)).upper()
    assert (
        decode(encode(JoinInfo("", (JoinHost("192.0.2.11", 443, spaced),)))).hosts[0].fingerprint
        == FP
    )


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("hello", "not xenpool-wizard join information"),
        ("XPW1-abc-00000000", "damaged"),
        ("XPW1-", "damaged"),
        ("XPW1-" + "A" * 70_000, "far too long"),
    ],
)
def test_bad_text_is_refused_in_plain_words(text: str, says: str) -> None:
    with pytest.raises(JoinInfoError, match=says):
        decode(text)


def test_one_flipped_character_is_caught() -> None:
    line = encode(JoinInfo("", (JoinHost("192.0.2.11", 443, FP),)))
    index = len("XPW1-") + 5
    flipped = line[:index] + ("B" if line[index] != "B" else "C") + line[index + 1 :]
    with pytest.raises(JoinInfoError, match="damaged"):
        decode(flipped)


def _forged(payload: object) -> str:
    """A line with a valid checksum around any JSON: what an attacker or a bug could make."""
    import base64
    import hashlib

    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return f"XPW1-{body}-{hashlib.sha256(body.encode()).hexdigest()[:8]}"


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({"hosts": []}, "no hosts"),
        ([], "no hosts"),
        ({"hosts": [["192.0.2.1", 443]]}, "Host 1 .* incomplete"),
        ({"hosts": [["rm -rf /", 443, FP]]}, "not an IP address"),
        ({"hosts": [["192.0.2.1", 0, FP]]}, "port must be 1-65535"),
        ({"hosts": [["192.0.2.1", True, FP]]}, "port must be 1-65535"),
        ({"hosts": [["192.0.2.1", 443, "md5:abcd"]]}, "not a SHA-256 fingerprint"),
    ],
)
def test_well_formed_lines_with_bad_content_are_refused(payload: object, says: str) -> None:
    with pytest.raises(JoinInfoError, match=says):
        decode(_forged(payload))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_is_an_answer_or_a_join_info_error(text: str) -> None:
    with contextlib.suppress(JoinInfoError):
        decode(text)


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=20),
        lambda inner: (
            st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
        ),
        max_leaves=20,
    )
)
def test_any_json_is_an_answer_or_a_join_info_error(payload: object) -> None:
    with contextlib.suppress(JoinInfoError):
        decode(_forged(payload))


def test_cli_hands_pins_to_another_laptop_which_then_builds_without_trust_on_first_use(
    sim: Simulator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = tmp_path / "first-laptop.json"
    addresses = [h.address for h in sim.hosts]
    hosts = [arg for a in addresses for arg in ("--host", a)]
    # Nothing pinned yet: refused, and told how to pin.
    assert cli.main(["join-info", *hosts, "--pins", str(first)]) == exitcodes.EXIT_USAGE
    assert "not pinned yet" in capsys.readouterr().err
    store = PinStore(first)
    for host in sim.hosts:
        store.pin(host.address, host.fingerprint)
    assert (
        cli.main(["join-info", *hosts, "--pins", str(first), "--port", str(sim.port)])
        == exitcodes.EXIT_OK
    )
    line = capsys.readouterr().out.strip()
    assert sim.hosts[0].password not in line

    second = tmp_path / "second-laptop.json"
    assert cli.main(["join-info", "--import", line, "--pins", str(second)]) == exitcodes.EXIT_OK
    assert capsys.readouterr().out.count("pinned") == len(sim.hosts)
    plan = tmp_path / "pool.toml"
    built = lab_plan(sim)
    for host in built.hosts:
        host.fingerprint = ""
    save(built, plan)
    monkeypatch.setenv("XENPOOL_PASSWORD", sim.hosts[0].password)
    # No --yes: every certificate is known from the pasted line, nothing is trusted blindly.
    assert cli.main(["validate", str(plan), "--pins", str(second)]) == exitcodes.EXIT_OK
    assert "trusting" not in capsys.readouterr().err

    # A line whose fingerprint differs from a pin already here pins nothing.
    other = encode(JoinInfo("", (JoinHost(addresses[0], sim.port, "cd" * 32),)))
    assert (
        cli.main(["join-info", "--import", other, "--pins", str(second)])
        == exitcodes.EXIT_CONNECTION
    )
    assert "different fingerprint" in capsys.readouterr().err
    assert PinStore(second).get(addresses[0]) == sim.hosts[0].fingerprint.replace(":", "").lower()


def test_pinning_many_hosts_writes_them_all_and_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "pins.json"
    store = PinStore(path)
    store.pin("10.0.0.1", "AA:BB")
    store.pin_many({"10.0.0.2": "CC:DD", "10.0.0.3": "ee:ff"})
    again = PinStore(path)
    assert [again.get(a) for a in ("10.0.0.1", "10.0.0.2", "10.0.0.3")] == ["aabb", "ccdd", "eeff"]

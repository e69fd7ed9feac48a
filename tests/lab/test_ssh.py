"""wizard.ssh against real sshd daemons in the lab's host namespaces."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.lab.netlab import NetLab
from wizard.ssh import (
    HostKeyChanged,
    HostKeyNotTrusted,
    HostKeyPins,
    HostKeyTrust,
    SshAccess,
    SshAuthFailed,
    SshTimeout,
    SshUnreachable,
)

pytestmark = pytest.mark.lab


def access(lab: NetLab, pins: HostKeyPins, confirm: object = None, **kw: object) -> SshAccess:
    trust = HostKeyTrust(pins, confirm=confirm)  # type: ignore[arg-type]
    options: dict[str, object] = {"key_file": lab.state.client_key, "connect_timeout": 3.0}
    options.update(kw)
    return SshAccess(trust, **options)  # type: ignore[arg-type]


def test_first_use_shows_the_fingerprint_ssh_keygen_prints_then_pins_it(
    shared_lab: NetLab, tmp_path: Path
) -> None:
    host = shared_lab.hosts[0]
    asked: list[tuple[str, str]] = []
    pins = HostKeyPins(tmp_path / "ssh-pins.json")

    def confirm(address: str, fingerprint: str) -> bool:
        asked.append((address, fingerprint))
        return True

    with access(shared_lab, pins, confirm).connect(host.mgmt_ip) as session:
        result = session.run(["ip", "-o", "-4", "addr", "show", "dev", "eth0"])
    assert asked == [(host.mgmt_ip, shared_lab.host_key_fingerprint(host))]
    assert f"inet {host.mgmt_ip}/24" in result.stdout  # ran inside the host's namespace
    # A new process with the same pin file trusts it without asking.
    again = HostKeyPins(tmp_path / "ssh-pins.json")
    assert again.get(host.mgmt_ip) == shared_lab.host_key_fingerprint(host)
    with access(shared_lab, again, None).connect(host.mgmt_ip) as session:
        assert session.run(["true"]).ok


def test_an_unconfirmed_key_sends_nothing(shared_lab: NetLab) -> None:
    host = shared_lab.hosts[1]
    pins = HostKeyPins()
    with pytest.raises(HostKeyNotTrusted, match=re.escape(shared_lab.host_key_fingerprint(host))):
        access(shared_lab, pins, lambda _a, _f: False).connect(host.mgmt_ip)
    with pytest.raises(HostKeyNotTrusted):
        access(shared_lab, pins, None).connect(host.mgmt_ip)
    assert pins.get(host.mgmt_ip) == ""


def test_a_changed_host_key_is_a_hard_stop_with_both_fingerprints(fresh_lab: NetLab) -> None:
    host = fresh_lab.hosts[2]
    pins = HostKeyPins()
    old = fresh_lab.host_key_fingerprint(host)
    with access(fresh_lab, pins, lambda _a, _f: True).connect(host.mgmt_ip) as session:
        assert session.run(["true"]).ok
    fresh_lab.new_host_key(host)
    new = fresh_lab.host_key_fingerprint(host)
    assert new != old
    # Even a confirm callback that would say yes is not asked: a changed key is never accepted.
    with pytest.raises(HostKeyChanged) as info:
        access(fresh_lab, pins, lambda _a, _f: True).connect(host.mgmt_ip)
    assert old in str(info.value) and new in str(info.value)
    assert pins.get(host.mgmt_ip) == old


def test_a_planned_fingerprint_is_checked_too(shared_lab: NetLab) -> None:
    host = shared_lab.hosts[0]
    wrong = "SHA256:" + "A" * 43
    trust = HostKeyTrust(HostKeyPins(), planned={host.mgmt_ip: wrong})
    with pytest.raises(HostKeyChanged, match=wrong):
        SshAccess(trust, key_file=shared_lab.state.client_key).connect(host.mgmt_ip)
    trust = HostKeyTrust(
        HostKeyPins(), planned={host.mgmt_ip: shared_lab.host_key_fingerprint(host)}
    )
    with SshAccess(trust, key_file=shared_lab.state.client_key).connect(host.mgmt_ip) as s:
        assert s.run(["true"]).ok


def test_a_wrong_password_is_refused_plainly(shared_lab: NetLab) -> None:
    # The lab cannot test a password that works: that would mean changing the
    # machine's own root password. A refused one is real sshd behaviour.
    host = shared_lab.hosts[0]
    wrong = access(shared_lab, HostKeyPins(), lambda _a, _f: True, key_file="", password="nope")
    with pytest.raises(SshAuthFailed, match="refused the SSH login of root \\(password\\)"):
        wrong.connect(host.mgmt_ip)


def test_arguments_are_never_shell_syntax(shared_lab: NetLab, tmp_path: Path) -> None:
    host = shared_lab.hosts[0]
    marker = tmp_path / "pwned"
    hostile = f"x; touch {marker} $(touch {marker}) `touch {marker}` && echo 'q\"uote"
    with access(shared_lab, HostKeyPins(), lambda _a, _f: True).connect(host.mgmt_ip) as s:
        result = s.run(["printf", "%s\\n", hostile, "two words"])
    assert result.stdout == f"{hostile}\ntwo words\n"
    assert not marker.exists()


def test_output_exit_code_stdin_and_masked_secrets(shared_lab: NetLab) -> None:
    host = shared_lab.hosts[0]
    with access(shared_lab, HostKeyPins(), lambda _a, _f: True).connect(host.mgmt_ip) as s:
        failed = s.run(["ls", "/nonexistent-xenpool"])
        secret = s.run(
            ["sh", "-c", 'IFS= read -r s; echo "got:$s"; echo "err:$s" >&2'],
            stdin="hunter2-secret\n",
            secrets=["hunter2-secret"],
        )
        history = list(s.history)
    assert failed.exit_code == 2 and not failed.ok
    assert "No such file or directory" in failed.stderr and failed.stdout == ""
    assert (secret.stdout, secret.stderr) == ("got:********\n", "err:********\n")
    assert "hunter2" not in "".join(r.render() for r in history)


def test_timeouts_and_unreachable_hosts(shared_lab: NetLab) -> None:
    host = shared_lab.hosts[0]
    session = access(shared_lab, HostKeyPins(), lambda _a, _f: True).connect(host.mgmt_ip)
    with session, pytest.raises(SshTimeout, match=r"did not finish within 0\.5 s"):
        session.run(["sleep", "5"], timeout=0.5)
    with pytest.raises(SshUnreachable, match="Connection refused"):
        access(shared_lab, HostKeyPins(), lambda _a, _f: True, port=2222).connect(host.mgmt_ip)


def test_output_written_after_the_exit_status_is_not_lost(shared_lab: NetLab) -> None:
    # The shell exits at once (sshd sends its exit status) while a child still
    # holds stdout open and writes later: the output is complete only at EOF.
    host = shared_lab.hosts[0]
    with access(shared_lab, HostKeyPins(), lambda _a, _f: True).connect(host.mgmt_ip) as s:
        result = s.run(["sh", "-c", "(sleep 0.5; echo late; echo late-err >&2) & echo early"])
    assert result.exit_code == 0
    assert (result.stdout, result.stderr) == ("early\nlate\n", "late-err\n")


def test_a_daemon_holding_the_output_open_does_not_hang_the_command(shared_lab: NetLab) -> None:
    # iscsiadm may start iscsid, which keeps stdout: the answer is what came in the grace time
    host = shared_lab.hosts[0]
    with access(shared_lab, HostKeyPins(), lambda _a, _f: True).connect(host.mgmt_ip) as s:
        result = s.run(["sh", "-c", "(sleep 8; echo never) & echo started"], timeout=6.0)
    assert result.exit_code == 0 and result.stdout == "started\n"

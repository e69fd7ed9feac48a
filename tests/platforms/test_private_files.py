"""Pin files are the user's own: mode 0600 on POSIX, an owner-only ACL on Windows."""

from __future__ import annotations

import ctypes
import os
import stat
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from wizard import platforms
from wizard.ssh import HostKeyPins
from wizard.xapi.trust import PinStore

FINGERPRINT = "ab" * 32
posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_certificate_pins_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)  # the usual umask: a plain write would leave the file 0644
    try:
        path = tmp_path / "new" / "pinned-certificates.json"
        PinStore(path).pin("192.0.2.11", FINGERPRINT)
    finally:
        os.umask(old)
    assert mode(path) == 0o600
    assert mode(path.parent) == 0o700  # a folder the program made is the user's too
    assert PinStore(path).get("192.0.2.11") == FINGERPRINT


@posix_only
def test_an_existing_world_readable_pin_file_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "pinned-certificates.json"
    path.write_text("{}", encoding="utf-8")
    path.chmod(0o644)
    stale = tmp_path / f".{path.name}.{os.getpid()}.tmp"  # left by a killed run
    stale.write_text("junk", encoding="utf-8")
    stale.chmod(0o666)
    PinStore(path).pin("192.0.2.12", FINGERPRINT)
    assert mode(path) == 0o600
    assert not stale.exists()


@posix_only
def test_ssh_host_key_pins_are_readable_by_their_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "ssh-host-keys.json"
    HostKeyPins(path).pin("192.0.2.11", "SHA256:" + "A" * 43)
    assert mode(path) == 0o600


def test_each_platform_uses_its_own_means() -> None:
    assert platforms.owner_only_means("win32") == "acl"
    for name in ("linux", "darwin", "freebsd14"):
        assert platforms.owner_only_means(name) == "mode"


def test_the_acl_grants_the_user_alone_and_inherits_nothing() -> None:
    sid = "S-1-5-21-3623811015-3361044348-30300820-1013"
    # D: the DACL; P: protected (no entries inherited from the folder); one Allow, File All.
    assert platforms.owner_only_sddl(sid) == f"D:P(A;;FA;;;{sid})"
    with pytest.raises(ValueError):
        platforms.owner_only_sddl("Everyone")


class Fn:
    """A foreign function stand-in: callable, and takes argtypes/restype like ctypes' own."""

    def __init__(self, body: Any) -> None:
        self.body = body

    def __call__(self, *args: Any) -> Any:
        return self.body(*args)


class FakeWindows:
    """advapi32 and kernel32 as far as the owner-only ACL uses them, recording calls."""

    SID = "S-1-5-21-1-2-3-1001"

    def __init__(self, set_status: int = 0) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []
        self.freed: list[Any] = []
        self._sid = ctypes.create_string_buffer(28)  # stands for the token's binary SID
        self._text = ctypes.create_unicode_buffer(self.SID)
        self.set_status = set_status
        self.advapi32 = SimpleNamespace(
            OpenProcessToken=Fn(self._open_token),
            GetTokenInformation=Fn(self._token_information),
            ConvertSidToStringSidW=Fn(self._sid_to_string),
            ConvertStringSecurityDescriptorToSecurityDescriptorW=Fn(self._descriptor),
            GetSecurityDescriptorDacl=Fn(self._dacl),
            SetNamedSecurityInfoW=Fn(self._set_security),
        )
        self.kernel32 = SimpleNamespace(
            GetCurrentProcess=Fn(lambda: -1),
            CloseHandle=Fn(lambda handle: self.calls.append(("CloseHandle", (handle,))) or 1),
            LocalFree=Fn(self.freed.append),
        )

    def _open_token(self, process: int, access: int, token: Any) -> int:
        self.calls.append(("OpenProcessToken", (process, access)))
        token._obj.value = 0x44
        return 1

    def _token_information(self, token: Any, kind: int, buffer: Any, size: int, needed: Any) -> int:
        self.calls.append(("GetTokenInformation", (kind,)))
        if buffer is None:
            needed._obj.value = 16
            return 0  # ERROR_INSUFFICIENT_BUFFER, as Windows answers the size query
        ctypes.c_void_p.from_address(buffer.value).value = ctypes.addressof(self._sid)
        return 1

    def _sid_to_string(self, sid: Any, text: Any) -> int:
        assert sid.value == ctypes.addressof(self._sid)  # the PSID from TOKEN_USER
        text._obj.value = ctypes.addressof(self._text)
        return 1

    def _descriptor(self, sddl: str, revision: int, descriptor: Any, size: Any) -> int:
        self.calls.append(("ConvertStringSecurityDescriptor", (sddl, revision)))
        descriptor._obj.value = 0x1000
        return 1

    def _dacl(self, descriptor: Any, present: Any, dacl: Any, defaulted: Any) -> int:
        dacl._obj.value = 0x2000
        present._obj.value = 1
        return 1

    def _set_security(self, *args: Any) -> int:
        self.calls.append(("SetNamedSecurityInfoW", args))
        return self.set_status


def test_on_windows_the_file_gets_an_acl_for_the_current_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeWindows()
    monkeypatch.setattr(platforms, "_windows_dlls", lambda: (fake.advapi32, fake.kernel32))
    monkeypatch.setattr(os, "chmod", lambda *_: pytest.fail("Windows ignores modes"))
    target = tmp_path / "pinned-certificates.json"
    platforms.restrict_to_owner(target, platform="win32")
    names = [name for name, _ in fake.calls]
    assert names[0] == "OpenProcessToken" and names.count("GetTokenInformation") == 2
    assert ("ConvertStringSecurityDescriptor", (f"D:P(A;;FA;;;{FakeWindows.SID})", 1)) in fake.calls
    path, kind, what, owner, group, dacl, sacl = fake.calls[names.index("SetNamedSecurityInfoW")][1]
    assert (path, kind) == (str(target), platforms.SE_FILE_OBJECT)
    assert (
        what == platforms.DACL_SECURITY_INFORMATION | platforms.PROTECTED_DACL_SECURITY_INFORMATION
    )
    assert (owner, group, sacl) == (None, None, None) and dacl.value == 0x2000
    # the token is closed once the SID is read, before the ACL is set
    assert names.index("CloseHandle") < names.index("SetNamedSecurityInfoW")
    assert len(fake.freed) == 2  # the SID string and the descriptor


def test_on_windows_a_refused_acl_is_an_error_not_a_silent_open_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakeWindows(set_status=5)  # ERROR_ACCESS_DENIED
    monkeypatch.setattr(platforms, "_windows_dlls", lambda: (fake.advapi32, fake.kernel32))
    with pytest.raises(OSError, match="owner"):
        platforms.restrict_to_owner(tmp_path / "pins.json", platform="win32")
    assert len(fake.freed) == 2


@posix_only
def test_off_windows_no_windows_api_is_touched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(platforms, "_windows_dlls", lambda: pytest.fail("no ACL off Windows"))
    target = tmp_path / "pins.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o666)
    platforms.restrict_to_owner(target, platform="linux")
    assert mode(target) == 0o600


@pytest.mark.skipif(sys.platform != "win32", reason="a real ACL needs Windows (release workflow)")
def test_on_this_windows_the_pin_file_is_the_users_alone(tmp_path: Path) -> None:
    import subprocess

    path = tmp_path / "pinned-certificates.json"
    PinStore(path).pin("192.0.2.11", FINGERPRINT)
    shown = subprocess.run(["icacls", str(path)], capture_output=True, text=True, check=True)
    entries = [line for line in shown.stdout.splitlines() if ":(" in line]
    assert len(entries) == 1, shown.stdout  # one entry: nobody else, nothing inherited
    assert os.environ["USERNAME"].lower() in entries[0].lower()
    assert "(F)" in entries[0] and "(I)" not in entries[0]

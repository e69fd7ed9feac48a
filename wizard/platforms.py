"""What differs between Linux, macOS and Windows, in one place.

Files that decide whom the program trusts (certificate and SSH host-key pins) are
written readable and writable by the current user only: on POSIX by mode 0600, on
Windows by a protected ACL that grants the current user's SID full control and
nobody else anything (Windows ignores POSIX modes except the read-only bit).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Literal

OWNER_ONLY_MODE = 0o600
OWNER_ONLY_DIR_MODE = 0o700

# SetNamedSecurityInfoW arguments (winnt.h, aclapi.h)
SE_FILE_OBJECT = 1
DACL_SECURITY_INFORMATION = 0x00000004
PROTECTED_DACL_SECURITY_INFORMATION = 0x80000000
SDDL_REVISION_1 = 1
TOKEN_QUERY = 0x0008
TOKEN_USER_CLASS = 1  # TOKEN_INFORMATION_CLASS.TokenUser


def is_root() -> bool:
    """Running as the POSIX superuser (never on Windows, which has no euid)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is not None and geteuid() == 0


def owner_only_means(platform: str = sys.platform) -> Literal["acl", "mode"]:
    """How this platform keeps a file to its owner: an ACL on Windows, the mode elsewhere."""
    return "acl" if platform == "win32" else "mode"


def owner_only_sddl(user_sid: str) -> str:
    """A protected DACL (no inherited entries) giving only ``user_sid`` full access."""
    if not user_sid.startswith("S-1-"):
        raise ValueError(f"not a SID: {user_sid!r}")
    return f"D:P(A;;FA;;;{user_sid})"


def restrict_to_owner(path: Path, platform: str = sys.platform) -> None:
    """Make ``path`` readable and writable by the current user only."""
    if owner_only_means(platform) == "acl":
        _apply_owner_only_acl(path, _windows_dlls())
    else:
        os.chmod(path, OWNER_ONLY_MODE)


def make_private_dir(folder: Path) -> None:
    """Create ``folder`` (and parents); a new one is the user's own on POSIX."""
    if folder.is_dir():
        return
    # On Windows the per-user folders platformdirs names are the user's already.
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR_MODE)


def write_private(path: Path, text: str) -> None:
    """Write ``text`` atomically into a file only the current user can read."""
    make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    # Created 0600 on POSIX, so the text is never readable by others, not even briefly.
    fd = os.open(tmp, flags, OWNER_ONLY_MODE)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        restrict_to_owner(tmp)  # a stale tmp file keeps its old mode through O_TRUNC
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# -- Windows --------------------------------------------------------------------------
def _windows_dlls() -> tuple[Any, Any]:
    """advapi32 and kernel32 (looked up at call time: ctypes.WinDLL exists on Windows only)."""
    import ctypes

    win_dll = ctypes.WinDLL  # type: ignore[attr-defined,unused-ignore]
    return win_dll("advapi32", use_last_error=True), win_dll("kernel32", use_last_error=True)


def _declare(advapi32: Any, kernel32: Any) -> None:
    """Argument types, so handles and pointers pass at full width on 64-bit Windows."""
    from ctypes import POINTER, c_int, c_void_p, c_wchar_p, wintypes

    kernel32.GetCurrentProcess.restype = wintypes.HANDLE
    kernel32.GetCurrentProcess.argtypes = []
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    kernel32.LocalFree.argtypes = [c_void_p]
    kernel32.LocalFree.restype = c_void_p
    advapi32.OpenProcessToken.argtypes = [wintypes.HANDLE, wintypes.DWORD, POINTER(wintypes.HANDLE)]
    advapi32.OpenProcessToken.restype = wintypes.BOOL
    advapi32.GetTokenInformation.argtypes = [
        wintypes.HANDLE,
        c_int,
        c_void_p,
        wintypes.DWORD,
        POINTER(wintypes.DWORD),
    ]
    advapi32.GetTokenInformation.restype = wintypes.BOOL
    advapi32.ConvertSidToStringSidW.argtypes = [c_void_p, POINTER(c_void_p)]
    advapi32.ConvertSidToStringSidW.restype = wintypes.BOOL
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.argtypes = [
        c_wchar_p,
        wintypes.DWORD,
        POINTER(c_void_p),
        c_void_p,
    ]
    advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW.restype = wintypes.BOOL
    advapi32.GetSecurityDescriptorDacl.argtypes = [
        c_void_p,
        POINTER(wintypes.BOOL),
        POINTER(c_void_p),
        POINTER(wintypes.BOOL),
    ]
    advapi32.GetSecurityDescriptorDacl.restype = wintypes.BOOL
    advapi32.SetNamedSecurityInfoW.argtypes = [
        c_wchar_p,
        c_int,
        wintypes.DWORD,
        c_void_p,
        c_void_p,
        c_void_p,
        c_void_p,
    ]
    advapi32.SetNamedSecurityInfoW.restype = wintypes.DWORD


def _last_error(what: str) -> OSError:
    import ctypes

    code = ctypes.get_last_error() if hasattr(ctypes, "get_last_error") else 0
    return OSError(code, f"{what} failed (Windows error {code})")


def current_user_sid(advapi32: Any, kernel32: Any) -> str:
    """The string SID of the user this process runs as (its token's TokenUser)."""
    import ctypes
    from ctypes import wintypes

    token = wintypes.HANDLE()
    if not advapi32.OpenProcessToken(
        kernel32.GetCurrentProcess(), TOKEN_QUERY, ctypes.byref(token)
    ):
        raise _last_error("OpenProcessToken")
    try:
        size = wintypes.DWORD()
        advapi32.GetTokenInformation(token, TOKEN_USER_CLASS, None, 0, ctypes.byref(size))
        buffer = ctypes.create_string_buffer(size.value)
        if not advapi32.GetTokenInformation(
            token,
            TOKEN_USER_CLASS,
            ctypes.cast(buffer, ctypes.c_void_p),
            size,
            ctypes.byref(size),
        ):
            raise _last_error("GetTokenInformation")
        # TOKEN_USER starts with SID_AND_ATTRIBUTES, whose first member is the PSID.
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]
        text = ctypes.c_void_p()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            raise _last_error("ConvertSidToStringSidW")
        try:
            return ctypes.wstring_at(text.value or 0)
        finally:
            kernel32.LocalFree(text)
    finally:
        kernel32.CloseHandle(token)


def _apply_owner_only_acl(path: Path, dlls: tuple[Any, Any]) -> None:
    import ctypes
    from ctypes import wintypes

    advapi32, kernel32 = dlls
    _declare(advapi32, kernel32)
    sddl = owner_only_sddl(current_user_sid(advapi32, kernel32))
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
        sddl, SDDL_REVISION_1, ctypes.byref(descriptor), None
    ):
        raise _last_error("ConvertStringSecurityDescriptorToSecurityDescriptorW")
    try:
        present, defaulted = wintypes.BOOL(), wintypes.BOOL()
        dacl = ctypes.c_void_p()
        if not advapi32.GetSecurityDescriptorDacl(
            descriptor, ctypes.byref(present), ctypes.byref(dacl), ctypes.byref(defaulted)
        ):
            raise _last_error("GetSecurityDescriptorDacl")
        status = advapi32.SetNamedSecurityInfoW(
            str(path),
            SE_FILE_OBJECT,
            DACL_SECURITY_INFORMATION | PROTECTED_DACL_SECURITY_INFORMATION,
            None,
            None,
            dacl,
            None,
        )
        if status:  # a Win32 error code, not a BOOL
            raise OSError(status, f"cannot restrict {path} to its owner (Windows error {status})")
    finally:
        kernel32.LocalFree(descriptor)

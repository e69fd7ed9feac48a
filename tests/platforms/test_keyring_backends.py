"""On Windows and macOS the passwords go to the system's own store, chosen by keyring.

keyring picks the viable backend of highest priority. This machine is Linux, so a fresh
interpreter is made to look like the other platform (platform.system(), the platform's
native binding stubbed to record what is asked, Linux's D-Bus bindings absent, as there)
and the product's own secrets lookup is run in it: the store that answers must be the
platform's native one, reached through the product's usual code.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.platforms.test_posix_calls import ROOT, product_files

PRELUDE = """
import json, platform, sys, types
platform.system = lambda: {system!r}
# Every platform's native binding absent (a probe run on a real Windows or Mac must not see
# its own); the probe then stubs only the one of the platform it plays.
for name in ("secretstorage", "jeepney", "dbus", "gi", "gi.repository",
             "win32ctypes", "win32ctypes.pywin32", "pywintypes", "win32cred",
             "keyring.backends.macOS.api"):
    sys.modules[name] = None
asked = []
"""

WINDOWS = (
    PRELUDE
    + """
class error(Exception):
    def __init__(self, winerror, funcname, strerror):
        super().__init__(winerror, funcname, strerror)
        self.winerror, self.funcname, self.strerror = winerror, funcname, strerror
win32cred = types.ModuleType("win32cred")
win32cred.CRED_TYPE_GENERIC = 1
win32cred.CRED_PERSIST_ENTERPRISE = 3
def CredRead(Type, TargetName):
    asked.append(TargetName)
    raise error(1168, "CredRead", "Element not found.")
win32cred.CredRead = CredRead
pywintypes = types.ModuleType("pywintypes")
pywintypes.error = error
package = types.ModuleType("win32ctypes")
pywin32 = types.ModuleType("win32ctypes.pywin32")
pywin32.win32cred, pywin32.pywintypes = win32cred, pywintypes
package.pywin32 = pywin32
sys.modules.update({"win32ctypes": package, "win32ctypes.pywin32": pywin32,
                    "win32ctypes.pywin32.win32cred": win32cred,
                    "win32ctypes.pywin32.pywintypes": pywintypes})
"""
)

MACOS = (
    PRELUDE
    + """
api = types.ModuleType("keyring.backends.macOS.api")
class Error(Exception):
    pass
class NotFound(Error):
    pass
class KeychainDenied(Error):
    pass
api.Error, api.NotFound, api.KeychainDenied = Error, NotFound, KeychainDenied
def find_generic_password(keychain, service, username):
    asked.append(service + "/" + username)
    raise NotFound()
api.find_generic_password = find_generic_password
sys.modules["keyring.backends.macOS.api"] = api
"""
)

PROBE = """
import keyring
from wizard import secrets
found = secrets.stored_password("root", "192.0.2.11")
chosen = keyring.get_keyring()
print(json.dumps({"backend": type(chosen).__module__ + "." + type(chosen).__name__,
                  "asked": asked, "found": found}))
"""


def probe(stubs: str, system: str, tmp_path: Path) -> dict[str, object]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("PYTHON_KEYRING", "KEYRING_")) and k != "XDG_CONFIG_HOME"
    }
    env["XDG_CONFIG_HOME"] = str(tmp_path)  # no keyringrc.cfg of the user's
    env["HOME"] = str(tmp_path)
    code = textwrap.dedent(stubs.replace("{system!r}", repr(system))) + PROBE
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    answer: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return answer


def test_on_windows_the_credential_manager_is_used(tmp_path: Path) -> None:
    answer = probe(WINDOWS, "Windows", tmp_path)
    assert answer["backend"] == "keyring.backends.Windows.WinVaultKeyring"
    # the product's lookup reached Windows' Credential Manager (under the service name first)
    assert "xenpool-wizard" in answer["asked"]  # type: ignore[operator]
    assert answer["found"] == ""


def test_on_macos_the_keychain_is_used(tmp_path: Path) -> None:
    answer = probe(MACOS, "Darwin", tmp_path)
    assert answer["backend"] == "keyring.backends.macOS.Keyring"
    assert answer["asked"] == ["xenpool-wizard/root@192.0.2.11"]
    assert answer["found"] == ""


def test_the_probe_tells_platforms_apart(tmp_path: Path) -> None:
    # Without the platform's binding the native store is not viable: the probe can fail.
    answer = probe(PRELUDE, "Windows", tmp_path)
    assert answer["backend"] != "keyring.backends.Windows.WinVaultKeyring"


LINUX_ONLY = ("SecretService", "kwallet", "libsecret", "chainer", "PYTHON_KEYRING_BACKEND")


def test_the_product_never_chooses_a_keyring_backend_itself() -> None:
    """keyring's own choice is the platform's store only if nothing forces another."""
    found = []
    files = [*product_files(), ROOT / "packaging" / "xenpool-wizard.spec"]
    for path in files:
        text = path.read_text(encoding="utf-8")
        found += [f"{path.name}: {word}" for word in LINUX_ONLY if word in text]
        if path.suffix == ".py":
            for node in ast.walk(ast.parse(text)):
                if isinstance(node, ast.Attribute) and node.attr in ("set_keyring", "init_backend"):
                    found.append(f"{path.name}:{node.lineno}: keyring.{node.attr}")
    assert not found, found


@pytest.mark.parametrize("backend", ["keyring.backends.Windows", "keyring.backends.macOS"])
def test_the_bundle_carries_the_native_backends(backend: str) -> None:
    # keyring finds backends by importing its modules: the frozen bundle must hold them.
    spec = (ROOT / "packaging" / "xenpool-wizard.spec").read_text(encoding="utf-8")
    assert f'"{backend}"' in spec


@pytest.mark.skipif(
    sys.platform not in ("win32", "darwin"), reason="the real store: on the release runners"
)
def test_this_platforms_own_store_is_chosen() -> None:
    import keyring.core

    expected = {
        "win32": "keyring.backends.Windows.WinVaultKeyring",
        "darwin": "keyring.backends.macOS.Keyring",
    }[sys.platform]
    chosen = keyring.core._detect_backend()
    assert f"{type(chosen).__module__}.{type(chosen).__name__}" == expected

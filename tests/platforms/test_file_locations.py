"""Every file the product keeps lives where platformdirs says, on each platform."""

from __future__ import annotations

import argparse
import ast
import re
from collections.abc import Callable
from pathlib import Path

import platformdirs
import platformdirs.macos
import platformdirs.windows
import pytest

from tests.platforms.test_posix_calls import ROOT, product_files

# Per-user places a program must not spell out itself (host-side paths such as
# /var/log/xensource.log in advice are about the XenServer host, not this computer).
HARD_CODED = re.compile(
    r"(~[/\\]|\.config[/\\]|\.local[/\\]|\.cache[/\\]|AppData|Application Support|"
    r"Library[/\\]Preferences|^/home/|^/Users/|^/tmp/|^[A-Za-z]:\\Users)"
)
LOCATION_ENV = {
    "HOME",
    "USERPROFILE",
    "APPDATA",
    "LOCALAPPDATA",
    "XDG_CONFIG_HOME",
    "XDG_DATA_HOME",
    "XDG_STATE_HOME",
    "XDG_CACHE_HOME",
    "TMPDIR",
}


def hard_coded_locations(source: str, path: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and (HARD_CODED.search(node.value) or node.value in LOCATION_ENV)
        ):
            found.append(f"{path}:{node.lineno}: {node.value[:60]!r}")
        if isinstance(node, ast.Attribute) and node.attr in ("home", "expanduser", "expandvars"):
            found.append(f"{path}:{node.lineno}: .{node.attr}()")
    return found


def test_no_file_location_is_hard_coded() -> None:
    found = [
        hit
        for path in product_files()
        if "packaging" not in path.parts  # the smoke test points XDG_* at a temporary folder
        for hit in hard_coded_locations(
            path.read_text(encoding="utf-8"), str(path.relative_to(ROOT))
        )
    ]
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        "p = '~/.config/xenpool-wizard/pins.json'",
        "import os\nh = os.environ['HOME']",
        "from pathlib import Path\np = Path.home() / 'x'",
        "p = r'C:\\Users\\me\\AppData\\x'",
    ],
)
def test_the_location_scan_finds_a_hard_coded_path(source: str) -> None:
    assert hard_coded_locations(source, "<source>")


def product_locations() -> dict[str, Path]:
    from wizard import journal, logs
    from wizard.session import user_pins
    from wizard.terminal import session_for

    session = session_for(argparse.Namespace(pins=None))
    access = session.ssh_access("root", "pw")
    return {
        "certificate pins (CLI)": session.pins.path or Path(),
        "certificate pins (GUI)": user_pins().path or Path(),
        "SSH host-key pins": access.trust.store._store.path or Path(),
        "journal": journal.default_path("Pool", "192.0.2.11"),
        "logs": logs.log_dir(),
    }


def _windows(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    # Off Windows the known-folder API is missing: resolve from the variables it mirrors.
    monkeypatch.setattr(
        platformdirs.windows,
        "_RESOLVE_WIN_FOLDER",
        platformdirs.windows.get_win_folder_from_env_vars,
    )
    roots = [tmp_path / "Roaming", tmp_path / "Local"]
    monkeypatch.setenv("APPDATA", str(roots[0]))
    monkeypatch.setenv("LOCALAPPDATA", str(roots[1]))
    return roots


def _macos(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.macos.MacOS)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))  # what expanduser reads on Windows
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)  # platformdirs honours them on macOS too
    return [tmp_path / "Library"]


def _linux(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Path]:
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.unix.Unix)
    for name in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    return [tmp_path]


@pytest.mark.parametrize("platform", [_windows, _macos, _linux], ids=["windows", "macos", "linux"])
def test_each_file_lives_in_the_platforms_own_folders(
    platform: Callable[[pytest.MonkeyPatch, Path], list[Path]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    roots = platform(monkeypatch, tmp_path)
    for what, path in product_locations().items():
        assert any(path.is_relative_to(root) for root in roots), f"{what}: {path} not under {roots}"
        assert "xenpool-wizard" in path.parts, f"{what}: {path}"

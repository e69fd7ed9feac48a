"""What the desktop integration hands the program: it must parse, and agree on the version."""

from __future__ import annotations

import configparser
import shlex
from pathlib import Path

import defusedxml.ElementTree as ElementTree
import pytest

from wizard import __version__
from wizard.cli import _parser

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def desktop_exec() -> list[str]:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(PACKAGING / "xenpool-wizard.desktop", encoding="utf-8")
    return shlex.split(entry["Desktop Entry"]["Exec"])


@pytest.mark.parametrize("opened", [[], ["/home/admin/customer plan.toml"]])
def test_the_desktop_launcher_command_line_parses(opened: list[str]) -> None:
    # The desktop expands %f to the file's path, or drops it when started from the menu.
    argv = [part for part in desktop_exec()[1:] if part != "%f"]
    if opened:
        argv = [opened[0] if part == "%f" else part for part in desktop_exec()[1:]]
    args = _parser().parse_args(argv)
    assert args.command is None  # the wizard opens, not a headless command
    assert args.open_plan == (opened[0] if opened else None)


def test_the_metainfo_release_is_this_version() -> None:
    tree = ElementTree.parse(PACKAGING / "io.github.xenpool_wizard.metainfo.xml")
    releases = [r.get("version") for r in tree.getroot().iter("release")]
    assert releases and releases[0] == __version__

"""After a build, no password or CHAP secret is in any file the process wrote."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import keyring
import pytest

from tests.conftest import MemoryKeyring
from wizard import cli, exitcodes, secrets
from wizard.demo import lab_plan
from wizard.plan import save
from wizard.simulator import Simulator


def _files_under(*folders: Path) -> list[Path]:
    found = []
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            found += [Path(root) / name for name in files]
    return found


def test_chap_build_writes_no_secret_anywhere(
    make_sim: Callable[..., Simulator],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sim = make_sim("chap")
    password = sim.hosts[0].password
    chap = sim.world.targets[0].chap_password
    plan = tmp_path / "out" / "pool.toml"
    plan.parent.mkdir()
    save(lab_plan(sim), plan)
    # "remember" ticked: both secrets live in the (in-memory) OS keyring
    assert secrets.remember(secrets.password_key("root", sim.hosts[0].address), password)
    assert secrets.remember(f"chap:xenpool@{sim.world.targets[0].portals[0]}", chap)
    assert isinstance(keyring.get_keyring(), MemoryKeyring)
    code = cli.main(
        ["--verbose", "apply", str(plan), "--yes", "--pins", str(tmp_path / "out" / "pins.json")]
    )
    assert code == exitcodes.EXIT_OK
    captured = capsys.readouterr()
    written = _files_under(
        tmp_path / "out",
        *(
            Path(os.environ[v])
            for v in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")
            if Path(os.environ[v]).exists()
        ),
    )
    names = {p.name for p in written}
    assert {"pool.toml", "pins.json", "xenpool-wizard.log"} <= names
    assert any(p.suffix == ".json" and "journals" in str(p) for p in written)
    # apply's report, next to the journal: every format it writes is scanned below
    reports = {p.suffix for p in written if "journals" in str(p) and "-report" in p.name}
    assert {".md", ".html", ".png", ".pdf"} <= reports
    log = next(p for p in written if p.name == "xenpool-wizard.log").read_text()
    assert "pool.join" in log and "[ha]" in log  # the log really covers the build
    for path in written:
        text = path.read_bytes()
        assert password.encode() not in text, path
        assert chap.encode() not in text, path
    assert password not in captured.out + captured.err
    assert chap not in captured.out + captured.err
    # XAPI holds the CHAP secret as a secret object, not in the PBDs' device_config
    with sim.world.lock:
        db = sim.world.machines[sim.hosts[0].address].db
        configs = [
            pbd["device_config"] for _, pbd in db.all("PBD") if "SCSIid" in pbd["device_config"]
        ]
    assert configs and all(
        "chappassword" not in c and c.get("chappassword_secret") for c in configs
    )

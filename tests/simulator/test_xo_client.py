"""Proof by a client nobody here wrote: Xen Orchestra's npm ``xen-api`` against the simulator.

``xenpool-wizard simulate`` serves smb3 and writes its plan; the product's ``apply`` builds it;
then XO's client connects over XML-RPC, JSON-RPC and its default (auto) transport, loads every
object, follows tasks and events, and must see the pool the product built. ``make test`` installs the client into build/xo-client
(tests/xo/package.json pins the version); run by hand, the test installs it there itself.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import next_base_address, sdk_session
from wizard import cli
from wizard.simulator import HostInfo
from wizard.simulator.datamodel import load
from wizard.simulator.schema import DEFAULTS

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "tests" / "xo" / "xo_client.mjs"
PACKAGE = ROOT / "tests" / "xo" / "package.json"
CLIENT = ROOT / "build" / "xo-client"
TRANSPORTS = ["xml-rpc", "json-rpc", "auto"]
GROWN = {"network", "PIF", "VLAN"}


@pytest.fixture(scope="session")
def xo_client() -> Path:
    node = shutil.which("node")
    if node is None:
        pytest.skip(
            "node is not installed (Debian: apt-get install nodejs npm; make test as root does it)"
        )
    installed = CLIENT / "node_modules" / "xen-api" / "package.json"
    wanted = json.loads(PACKAGE.read_text())["dependencies"]["xen-api"]
    if installed.exists() and json.loads(installed.read_text())["version"] == wanted:
        return CLIENT
    npm = shutil.which("npm")
    if npm is None:
        pytest.fail(
            "node is installed but npm is not: install Debian's npm package to fetch the XO client"
        )
    CLIENT.mkdir(parents=True, exist_ok=True)
    shutil.copy(PACKAGE, CLIENT / "package.json")
    done = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--loglevel=error"],
        cwd=CLIENT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0 or not installed.exists():
        pytest.fail(f"npm could not install xen-api@{wanted} into {CLIENT}:\n{done.stderr[-2000:]}")
    return CLIENT


@pytest.fixture
def simulate(tmp_path: Path) -> Iterator[tuple[list[HostInfo], Path]]:
    """``xenpool-wizard simulate`` as a user runs it: its hosts and the plan it wrote."""
    plan = tmp_path / "pool.toml"
    command = [sys.executable, "-m", "wizard", "simulate", "--scenario", "smb3", "--speed", "0"]
    command += ["--address", next_base_address(), "--port", "0", "--write-plan", str(plan)]
    log = tmp_path / "simulate.log"  # a file, not a pipe nobody drains while it serves
    with log.open("w") as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line, log.read_text() or "simulate said nothing"
        hosts = [
            HostInfo(
                name=h["name"],
                address=h["url"].removeprefix("https://").rsplit(":", 1)[0],
                url=h["url"],
                username=h["username"],
                password=h["password"],
                fingerprint=h["fingerprint"],
            )
            for h in json.loads(line)["hosts"]
        ]
        yield hosts, plan
    finally:
        process.terminate()  # simulate stops on SIGTERM
        process.communicate(timeout=30)
        assert process.returncode == cli.EXIT_OK, log.read_text()


def _run_xo(client: Path, master: HostInfo, pool_name: str) -> dict[str, Any]:
    config = {
        "url": master.url,
        "user": master.username,
        "password": master.password,
        "transports": TRANSPORTS,
        "pool_name": pool_name,
    }
    done = subprocess.run(
        ["node", str(SCRIPT), str(client), json.dumps(config)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_xen_orchestras_client_sees_the_pool_the_product_built(
    xo_client: Path,
    simulate: tuple[list[HostInfo], Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    lab, plan = simulate
    monkeypatch.setenv("XENPOOL_PASSWORD", lab[0].password)
    pins = str(tmp_path / "pins.json")
    assert cli.main(["apply", str(plan), "--yes", "--pins", pins]) == cli.EXIT_OK
    capsys.readouterr()
    api = sdk_session(lab[0]).xenapi
    hosts = api.host.get_all_records()
    srs = api.SR.get_all_records()
    pbds = api.PBD.get_all_records()
    model = load()
    counts = {
        cls: len(getattr(api, cls).get_all())
        for cls in DEFAULTS
        if cls != "task" and "get_all" in model.classes[cls].messages
    }

    seen = _run_xo(xo_client, lab[0], "Demo pool")

    expected_hosts = sorted((h["name_label"], h["address"], True, True) for h in hosts.values())
    expected_srs = sorted(
        (
            s["name_label"],
            s["type"],
            s["shared"],
            sorted(
                (hosts[pbds[p]["host"]]["name_label"], pbds[p]["currently_attached"])
                for p in s["PBDs"]
            ),
        )
        for s in srs.values()
    )
    for transport in TRANSPORTS:
        xo = seen[transport]
        assert xo["pool"] == {
            "name_label": "Demo pool",
            "ha_enabled": True,
            "ha_host_failures_to_tolerate": "1",
            "master": hosts[api.pool.get_master(api.pool.get_all()[0])]["name_label"],
        }, transport
        got_hosts = sorted(
            (h["name_label"], h["address"], h["enabled"], h["live"]) for h in xo["hosts"]
        )
        assert got_hosts == expected_hosts, transport
        got_srs = sorted(
            (
                s["name_label"],
                s["type"],
                s["shared"],
                sorted((p["host"], p["currently_attached"]) for p in s["pbds"]),
            )
            for s in xo["srs"]
        )
        assert got_srs == expected_srs, transport
        assert {"iSCSI storage", "HA heartbeat"} <= {s[0] for s in got_srs}
        # every class the simulator serves was loaded through its get_all_records (the
        # script itself adds networks, VLANs and PIFs, so those are only there)
        loaded = xo["counts"]
        assert {cls for cls, n in counts.items() if n} <= set(loaded), transport
        assert {c: n for c, n in counts.items() if n and c not in GROWN} == {
            c: n for c, n in loaded.items() if c in counts and c not in GROWN
        }, transport
        assert xo["tasks"]["network_label"] == f"xo {transport}"
        assert xo["tasks"]["vlan_pifs"] == len(hosts) and xo["tasks"]["vlan_pifs_known"]
        assert xo["tasks"]["void_result"] == ""
        assert xo["tasks"]["failure"] == "NETWORK_ALREADY_CONNECTED"
        assert xo["renamed"] is True and xo["barrier"] is True
        assert xo["legacy"] == [["pool", "mod"]] and xo["legacy_classes"] == ["pool"]
    # XML-RPC brings DateTime as a JavaScript Date and int64 as a string; JSON-RPC both
    # as JSON gives them (a string, a number)
    assert seen["xml-rpc"]["last_updated"] == "Date"
    assert seen["xml-rpc"]["task_created"] == "Date"
    assert seen["xml-rpc"]["task_finished"] == "1970-01-01T00:00:00.000Z"  # pending: the epoch
    assert seen["xml-rpc"]["memory_total"] == "string"
    assert seen["json-rpc"]["task_finished"] == "19700101T00:00:00Z"
    assert seen["json-rpc"]["last_updated"] == "string"
    assert seen["json-rpc"]["memory_total"] == "number"
    assert seen["auto"]["memory_total"] == "number"  # auto picks JSON-RPC first, as on XAPI

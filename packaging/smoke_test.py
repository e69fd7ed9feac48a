"""Start the bundled program the way a user would and check that it works.

Runs `--version`, then the simulated lab and a full headless build of it (in German,
which proves the compiled catalogues are in the bundle), then the GUI autopilot, all
from the bundle's own executable (loopback only).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET  # our own catalogue
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "translations" / "xenpool-wizard_de.ts"


def german(context: str, source: str) -> str:
    for ctx in ET.parse(CATALOGUE).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError(source)


def console_executable(executable: str) -> str:
    """The headless commands' program: on Windows the console twin of the windowed GUI."""
    path = Path(executable)
    twin = path.with_name(path.stem + "-cli" + path.suffix)
    return str(twin) if twin.exists() else executable


def main(gui_executable: str) -> int:
    executable = console_executable(gui_executable)
    version = subprocess.run([executable, "--version"], capture_output=True, text=True, timeout=60)
    print(version.stdout.strip())
    if version.returncode != 0:
        print(version.stderr, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as folder:
        plan = Path(folder) / "plan.toml"
        lab = subprocess.Popen(  # on macOS the workflow aliases 127.250.0.11-13 on lo0 first
            [executable, "simulate", "--scenario", "smb3", "--address", "127.250.0.11", "--speed", "0", "--write-plan", str(plan)],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert lab.stdout is not None
            description = json.loads(lab.stdout.readline())
            env = {**os.environ, "XENPOOL_PASSWORD": description["hosts"][0]["password"], "XDG_STATE_HOME": folder, "XDG_DATA_HOME": folder}
            build = subprocess.run(
                [executable, "--lang", "de", "apply", str(plan), "--yes", "--pins", str(Path(folder) / "pins.json")],
                capture_output=True, encoding="utf-8", errors="replace", timeout=300, env=env,
            )
            print(build.stdout[-2000:])
            if german("Headless", "Build finished.") not in build.stdout:
                print("the build did not speak German: are the .qm files in the bundle?", file=sys.stderr)
                return 1
            if build.returncode != 0:
                print(build.stderr, file=sys.stderr)
                return 1
        finally:
            lab.send_signal(signal.SIGTERM)
            lab.wait(timeout=30)
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": folder, "XDG_DATA_HOME": folder, "XDG_CONFIG_HOME": folder}
        gui = subprocess.run(
            [gui_executable, "--demo", "--autopilot", "--screenshots", str(Path(folder) / "shots")],
            capture_output=True, text=True, timeout=300, env=env,
        )
        shots = sorted(p.name for p in (Path(folder) / "shots").glob("*.png"))
        print(f"GUI autopilot: exit {gui.returncode}, {len(shots)} screenshots")
        if gui.returncode != 0 or len(shots) < 9:
            print(gui.stderr[-3000:], file=sys.stderr)
            return 1
    print("bundle smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))

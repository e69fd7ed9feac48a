"""The product's own code runs on Windows too: no POSIX-only call without a platform guard.

The simulator (a test and demo lab) and tests/lab (network namespaces) are not the product;
packaging/ is, since the release workflow runs it on every platform's runner.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.platforms.posix_scan import scan_source, scan_tree

ROOT = Path(__file__).resolve().parents[2]


def product_files() -> list[Path]:
    files = [p for p in sorted((ROOT / "wizard").rglob("*.py")) if "simulator" not in p.parts]
    files += sorted((ROOT / "packaging").glob("*.py"))
    files += sorted((ROOT / "ansible_collections").rglob("*.py"))
    return files


def test_the_product_uses_no_posix_only_call_unguarded() -> None:
    files = product_files()
    assert len(files) > 40  # the scan really reads the package
    found = scan_tree(files, ROOT)
    assert not found, "\n".join(str(use) for use in found)


@pytest.mark.parametrize(
    "source",
    [
        "import os\nif os.geteuid() == 0:\n    pass\n",
        "import os\nport = 443 if os.getuid() == 0 else 0\n",
        "import fcntl\n",
        "from os import fchmod\n",
        "import signal, os\nos.kill(1, signal.SIGKILL)\n",
        "import os\nos.chown('f', 0, 0)\n",
        "import subprocess\nsubprocess.Popen(['x'], start_new_session=True)\n",
        "import asyncio\nasyncio.get_event_loop().add_signal_handler(2, print)\n",
        "import os\ntry:\n    os.setsid()\nexcept OSError:\n    pass\n",  # OSError is no guard
    ],
)
def test_the_scan_finds_an_unguarded_posix_call(source: str) -> None:
    assert scan_source(source), source


@pytest.mark.parametrize(
    "source",
    [
        "import os, sys\nif sys.platform != 'win32':\n    os.fchmod(3, 0o600)\n",
        "import os\nif os.name == 'nt':\n    pass\nelse:\n    os.chown('f', 0, 0)\n",
        "import os\nuid = os.getuid() if hasattr(os, 'getuid') else None\n",
        "try:\n    import termios\nexcept ImportError:\n    termios = None\n",
        "import os\ntry:\n    os.getuid()\nexcept AttributeError:\n    pass\n",
        "import os\ngeteuid = getattr(os, 'geteuid', None)\n",
        "import signal\nsignal.signal(signal.SIGTERM, print)\n",  # SIGTERM exists on Windows
    ],
)
def test_the_scan_accepts_guarded_or_portable_code(source: str) -> None:
    assert not scan_source(source), source


def test_the_demo_and_the_simulator_know_root_without_geteuid(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Windows has no os.geteuid: the demo (and `simulate` without --port) used to die there.
    import os

    from wizard import platforms

    monkeypatch.delattr(os, "geteuid", raising=False)
    assert platforms.is_root() is False

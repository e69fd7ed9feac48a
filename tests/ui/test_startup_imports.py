"""What the first page waits for: the engine, the SDK and asyncio load after it shows.

Start-up time itself is measured in bench/ui.py; this guards the cause of a slow start
that keeps coming back, a module-level import of something heavy.
"""

from __future__ import annotations

import os
import subprocess
import sys

LATER = (
    "asyncio",
    "XenAPI",
    "paramiko",
    "qasync",
    "keyring",
    "wizard.steps.engine",
    # the model's session and pin store (json, the pin file) are made on first use
    "wizard.session",
    "wizard.xapi.trust",
)


def test_the_first_page_imports_nothing_heavy() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from wizard.ui.app import PoolWizard\n"
        "from wizard.ui.model import WizardModel\n"
        "PoolWizard(WizardModel()).show()\n"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"

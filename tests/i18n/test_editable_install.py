"""A source checkout installed with ``pip install -e`` and no ``make``: the package has no
compiled catalogue, and the wizard still speaks the user's language (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard import i18n


def test_a_checkout_without_compiled_catalogues_compiles_them_on_first_use(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QCoreApplication

    monkeypatch.setattr(i18n, "QM_DIR", tmp_path / "qm")  # nothing built into the package
    try:
        assert i18n.install("de") == "de"
        assert QCoreApplication.translate("HostsPage", "Trust") == "Vertrauen"
        assert i18n.qm_path("de").is_file() and not (tmp_path / "qm").exists()
        assert i18n.install("ja") == "ja"
        assert QCoreApplication.translate("HostsPage", "Trust") == "信頼"
    finally:
        i18n.install("en")

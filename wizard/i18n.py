"""Translations: Qt's own catalogues (.ts kept by pyside6-lupdate, .qm by pyside6-lrelease).

The GUI and the engine share one mechanism so a finding reads in the same language as
the page that shows it. Engine code calls :func:`translate` (lupdate extracts its calls
like ``QCoreApplication.translate``); until a language other than English is installed
it returns the source text without importing Qt, so headless runs stay light.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("en", "de", "ja")  # English is the source language
QM_DIR = Path(__file__).with_name("qm")  # compiled at build time (make translations-compile)
_SOURCE_TS = Path(__file__).resolve().parent.parent / "translations"

_installed: list[Any] = []  # keep QTranslator objects alive while installed
_active = "en"


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` once a catalogue is installed; the text itself before."""
    if _active == "en":
        return text
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a module-level text for extraction; translate it where it is shown."""
    return text


def decimal(value: float, places: int = 1) -> str:
    """A number as the language writes it (1.0 in English, 1,0 in German), the same way in
    engine messages as on the pages (which use QLocale)."""
    if _active == "en":
        return f"{value:.{places}f}"
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", places)


def whole(value: int) -> str:
    """A count with the language's digit grouping (3,997,171,712 or 3.997.171.712)."""
    if _active == "en":
        return f"{value:,}"
    from PySide6.QtCore import QLocale

    return QLocale().toString(int(value))


def active_language() -> str:
    return _active


def pick_language(requested: str | None = None) -> str:
    """``--lang`` first, then the system locale (LANGUAGE/LC_ALL/LC_MESSAGES/LANG); English else."""
    candidates = [requested] if requested else []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        candidates += value.split(":")
    for candidate in candidates:
        code = (candidate or "").split(".")[0].split("_")[0].split("-")[0].lower()
        if code in LANGUAGES:
            return code
        if code and code not in ("c", "posix") and requested and candidate == requested:
            log.warning("no %s translation; using English", candidate)
    return "en"


def qm_path(language: str) -> Path:
    """The catalogue to load: the package's (built by make or the wheel), else in a source
    checkout (an editable install without make) one compiled from translations/ on first use."""
    shipped = QM_DIR / f"xenpool-wizard_{language}.qm"
    source = _SOURCE_TS / f"xenpool-wizard_{language}.ts"
    if shipped.exists() or not source.exists():
        return shipped
    from platformdirs import user_cache_path

    compiled = user_cache_path("xenpool-wizard") / "qm" / shipped.name
    if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
        _compile(source, compiled)
    return compiled if compiled.exists() else shipped


def _compile(source: Path, target: Path) -> None:
    """pyside6-lrelease, which PySide6 ships: the .ts of a checkout into a loadable .qm."""
    import subprocess
    import sys

    import PySide6

    tool = Path(PySide6.__file__).parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [str(tool), "-silent", str(source), "-qm", str(target)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("could not compile %s with %s: %s", source, tool, exc)


def install(language: str, application: Any | None = None) -> str:
    """Install our catalogue and Qt's own (buttons of QWizard, file dialogs) for ``language``.

    Returns the language actually in use: English when its catalogue is missing (said once
    in the log) — never a half-translated mix of our strings.
    """
    global _active
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = application or QCoreApplication.instance() or QCoreApplication([])
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _active = "en"
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return "en"
    ours = QTranslator(app)
    if not ours.load(str(qm_path(language))):
        log.warning(
            "translation %s not found at %s; using English (make translations-compile)",
            language,
            qm_path(language),
        )
        return "en"
    qt_own = QTranslator(app)
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    app.installTranslator(ours)
    _installed.append(ours)
    QLocale.setDefault(QLocale(language))
    _active = language
    return language


def source_catalogues() -> list[Path]:
    """The .ts files of a source checkout (tests and make targets read them)."""
    return sorted(_SOURCE_TS.glob("xenpool-wizard_*.ts"))

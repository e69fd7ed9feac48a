"""The whole wizard in German and Japanese: no English text of ours on any page, nothing clipped.

The autopilot walks every page of the demo build (as `xenpool-wizard --demo --autopilot
--lang de` does) and, on each page, every visible widget's text is checked against our
English sources: the catalogue's and every prose string constant in our code. Screenshots
of the pass land in the test's folder (and in docs/screenshots/de with XENPOOL_SHOTS=1).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabBar,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
    QWizard,
    QWizardPage,
)

from tests.i18n.catalogue import ROOT, TRANSLATIONS, EnglishDetector, code_strings, read_ts
from wizard import i18n
from wizard.ui.app import PoolWizard, _demo_model, autopilot
from wizard.ui.model import WizardModel
from wizard.xapi.trust import PinStore

TAG = re.compile(r"<[^>]+>")


def visible_texts(wizard: QWizard) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read on the current page."""
    out: list[tuple[str, str]] = [("title", wizard.windowTitle())]
    page = wizard.currentPage()
    if isinstance(page, QWizardPage):
        out += [("page title", page.title()), ("page subtitle", page.subTitle())]
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisibleTo(wizard) or not widget.isVisible():
            continue
        name = type(widget).__name__
        if widget.toolTip():
            out.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            out.append((name, TAG.sub("\n", widget.text()).replace("&nbsp;", " ")))
        elif isinstance(widget, QAbstractButton):
            out.append((name, widget.text().replace("&", "")))
        elif isinstance(widget, QLineEdit):
            out.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QGroupBox):
            out.append((name, widget.title().replace("&", "")))
        elif isinstance(widget, QComboBox):
            out += [(name, widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)):
            out.append((name, widget.toPlainText()))
        elif isinstance(widget, QTableWidget):
            for column in range(widget.columnCount()):
                header = widget.horizontalHeaderItem(column)
                if header is not None:
                    out.append((f"{name} header", header.text()))
            for row in range(widget.rowCount()):
                for column in range(widget.columnCount()):
                    item = widget.item(row, column)
                    if item is not None:
                        out.append((f"{name} cell", item.text()))
                        if item.toolTip():
                            out.append((f"{name} cell tooltip", item.toolTip()))
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            out += [(f"{name} header", header.text(c)) for c in range(header.columnCount())]
            iterator = [widget.topLevelItem(i) for i in range(widget.topLevelItemCount())]
            while iterator:
                item = iterator.pop()
                out += [(f"{name} item", item.text(c)) for c in range(item.columnCount())]
                iterator += [item.child(i) for i in range(item.childCount())]
        elif isinstance(widget, QListWidget):
            out += [(f"{name} item", widget.item(i).text()) for i in range(widget.count())]
    return [(where, text) for where, text in out if text and text.strip()]


MNEMONIC = re.compile(r"&([^&])")


def mnemonic_clashes(wizard: QWizard) -> list[str]:
    """Alt+letter shortcuts used twice on the screen: the second one never fires."""
    seen: dict[str, str] = {}
    clashes = []
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(index) for index in range(widget.count())]
        else:
            continue
        for text in texts:
            found = MNEMONIC.search(text.replace("&&", ""))
            if found is None:
                continue
            key = found.group(1).lower()
            if key in seen and seen[key] != text:
                clashes.append(f"Alt+{key}: {seen[key]!r} and {text!r}")
            seen.setdefault(key, text)
    return clashes


def clipped(wizard: QWizard) -> list[str]:
    """Single-line labels and buttons narrower than their text needs."""
    found = []
    for widget in wizard.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            needed = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = widget.sizeHint().width()
        else:
            continue
        if needed > widget.width() + 1:
            found.append(f"{type(widget).__name__} {widget.text()!r}: {widget.width()} < {needed}")
    return found


@pytest.fixture(params=["de", "ja"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    lang = str(request.param)
    assert i18n.install(lang, qapp) == lang, "make translations-compile"
    yield lang
    i18n.install("en", qapp)


def test_a_translated_demo_build_shows_no_english_of_ours(
    language: str, qtbot: Any, loop: Any, tmp_path: Path
) -> None:
    detector = EnglishDetector(
        read_ts(TRANSLATIONS / f"xenpool-wizard_{language}.ts"), code_strings(ROOT / "wizard")
    )
    model = WizardModel(PinStore())
    simulator = _demo_model(model)
    wizard = PoolWizard(model)
    qtbot.addWidget(wizard)
    wizard.resize(1100, 760)
    shots = (
        ROOT / "docs" / "screenshots" / language if os.environ.get("XENPOOL_SHOTS") else tmp_path
    )
    english: list[str] = []
    cut: list[str] = []
    clashes: list[str] = []

    def on_page(name: str) -> None:
        for where, text in visible_texts(wizard):
            english.extend(f"{name} {where}: {hit!r}" for hit in detector.english(text))
        cut.extend(f"{name} {line}" for line in clipped(wizard))
        clashes.extend(f"{name} {line}" for line in mnemonic_clashes(wizard))

    try:
        ok = loop.run_until_complete(autopilot(wizard, shots, on_page=on_page))
        loop.run_until_complete(model.close())
    finally:
        simulator.stop()  # type: ignore[attr-defined]
    assert ok
    assert len(list(shots.glob("*.png"))) == 9
    assert sorted(set(english)) == []
    assert sorted(set(cut)) == []
    assert sorted(set(clashes)) == []

"""Pasted junk in every field of every page: a message or a refusal, never an exception.

pytest-qt fails a test on any exception raised in a Qt slot, so typing is enough to prove
that; each page must also refuse Next while junk is in a field that matters, and keep the
junk where the user typed it (nothing they typed is thrown away).
"""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
)

from tests.ui.conftest import Run, make_wizard, settle
from tests.ui.test_pages import _connect as connect
from wizard.simulator import Simulator
from wizard.ui.app import PoolWizard
from wizard.ui.pages.base import PageId

JUNK = [
    "",
    " ",
    "\x00\x01\x02",
    "'; rm -rf / #",
    "$(touch /tmp/pwned)",
    "a" * 5000,
    "ÄÖÜ 漢字 🙂",
    "\u202e\u2066evil",
    "192.168.1.300",
    "10.0.0.0/33",
    "-1",
    "99999999999999999999",
    "iqn.\n2005-10.org:x",
    "<b>bold</b>&amp;",
    "nan",
]

# The fields that hold an address, per page.
ADDRESS_FIELDS = {
    PageId.NETWORK: ("subnet", "first_ip", "gateway"),
    PageId.ISCSI: ("portal",),
}


def _walk_to(wizard: PoolWizard, run: Run, target: PageId) -> None:
    connect(wizard, run)
    while True:
        page = wizard.currentPage()
        if wizard.currentId() == PageId.COMPAT:
            page.accept.setChecked(True)  # type: ignore[attr-defined]
        if wizard.currentId() == PageId.ISCSI:
            page.create_network()  # type: ignore[attr-defined]
            run(settle(wizard.model))
            page.discover_targets()  # type: ignore[attr-defined]
            run(settle(wizard.model))
            run(settle(wizard.model))
        if wizard.currentId() == target:
            return
        if wizard.model.busy:  # what showing the page started (the HA page asks XAPI)
            run(settle(wizard.model))
        assert page.isComplete(), wizard.currentId()
        wizard.next()


@pytest.mark.parametrize(
    "target", [PageId.HOSTS, PageId.COMPAT, PageId.NETWORK, PageId.ISCSI, PageId.HA]
)
def test_junk_in_every_field_is_refused_without_an_exception(
    sim: Simulator, qtbot: Any, run: Run, target: PageId
) -> None:
    wizard = make_wizard(sim, qtbot)
    _walk_to(wizard, run, target)

    # Typed in the running app: work a field starts (XAPI's own HA figure...) runs on its loop.
    async def type_junk() -> None:
        await settle(wizard.model)  # what showing the page started
        page = wizard.currentPage()
        lines = [
            w
            for w in page.findChildren(QLineEdit)
            if w.isVisible()
            and w.isEnabled()
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)  # their own editors
        ]
        spins = [w for w in page.findChildren(QSpinBox) if w.isVisible() and w.isEnabled()]
        texts = [
            w for w in page.findChildren(QPlainTextEdit) if w.isVisible() and not w.isReadOnly()
        ]
        tables = [w for w in page.findChildren(QTableWidget) if w.isVisible()]
        assert lines or spins or tables, "a page with nothing to type in"
        # One bad address in one field is enough to keep Next off, and fixing it turns Next on.
        assert page.isComplete()
        for name in ADDRESS_FIELDS.get(target, ()):
            field = getattr(page, name)
            kept = field.text()
            field.setText("192.168.1.300")
            assert not page.isComplete(), name
            field.setText(kept)
            assert page.isComplete(), name
        for junk in JUNK:
            for line in lines:
                line.setText(junk)
                assert line.text() == junk[: line.maxLength()]  # kept as typed
            for spin in spins:
                spin.lineEdit().setText(junk)
                spin.interpretText()
            for text in texts:
                text.setPlainText(junk)
            for table in tables:
                for row in range(min(table.rowCount(), 3)):
                    for column in range(table.columnCount()):
                        cell = table.item(row, column)
                        if cell is not None and cell.flags() & cell.flags().ItemIsEditable:
                            cell.setText(junk)
            await asyncio.sleep(0.001)
            page.isComplete()  # answers, whatever the fields hold
        await settle(wizard.model)

    run(type_junk())

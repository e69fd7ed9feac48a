"""The Qt binding must not leak references to None (PySide6 6.12.0 on Python 3.11 did).

A leak of one reference per void call makes a long session abort with
"Fatal Python error: none_dealloc"; a 64-host build makes tens of thousands
of such calls.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QLabel, QTableWidget, QTableWidgetItem


def test_void_calls_keep_none_alive(qapp: QApplication) -> None:
    label = QLabel()
    table = QTableWidget(2, 2)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("x")
        table.setItem(0, 0, QTableWidgetItem("y"))
    assert abs(sys.getrefcount(None) - before) < 50

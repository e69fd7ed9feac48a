"""The Qt application that painting needs, made on demand for headless runs."""

from __future__ import annotations

from typing import Any


def ensure_gui_application() -> None:
    """Painting needs a QGuiApplication; headless runs use the offscreen platform."""
    import os

    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    # A QApplication (not just a QGuiApplication), so a window can still open later.
    existing = QApplication.instance()
    if existing is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _apps.append(QApplication([]))
    elif not isinstance(existing, QGuiApplication):
        # Qt aborts the process on a font or painter without one: refuse in words instead.
        raise RuntimeError("painting needs a QGuiApplication, and a QCoreApplication came first")


_apps: list[Any] = []  # keeps the application alive for the process

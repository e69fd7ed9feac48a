"""Qt's namespace of enums, made on first use, and the preloads that make Qt's types early."""

from __future__ import annotations

from typing import TYPE_CHECKING

# Qt's namespace makes its ~150 enums when first touched (20 ms): that waits until
# after the first page shows. ``Qt.X`` reads PySide6.QtCore.Qt.X on first use.
if TYPE_CHECKING:
    from PySide6.QtCore import Qt as Qt
else:

    class _LazyQt:
        def __getattr__(self, name: str) -> object:
            from PySide6.QtCore import Qt

            value = getattr(Qt, name)
            setattr(self, name, value)  # later reads skip this method
            return value

    Qt = _LazyQt()


def preload() -> None:
    """Make Qt's namespace of enums (~150 of them, 20 ms) and QStyle's before a page needs them."""
    from PySide6.QtCore import Qt as namespace  # making the type makes its enums
    from PySide6.QtWidgets import QStyle as style

    del namespace, style


def preload_widget_types() -> None:
    """Make the Python types of QtWidgets' classes, with their enums (~80, 10 ms).

    Shiboken makes them the first time a method hands back a plain ``QWidget *`` (it looks
    for the most derived type it knows): the HA page's ``viewport()`` did, as the iSCSI page
    was shown. Done once in a turn of its own while the first page is read."""
    from PySide6.QtWidgets import QScrollArea

    area = QScrollArea()
    area.viewport()
    area.deleteLater()

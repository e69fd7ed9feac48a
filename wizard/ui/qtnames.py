"""Qt's namespace of enums, made on first use, and the preload that makes it early."""

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

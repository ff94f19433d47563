"""Dialogs open centred on the window they belong to (not on the screen or a child widget)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def centre_on(dialog: QWidget, window: QWidget | None) -> None:
    """Move ``dialog`` (sized already) so that its centre is the centre of ``window``."""
    if window is None or not window.isVisible():
        return
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        dialog.adjustSize()  # a dialog given its own size (the cheat sheet's) keeps it
    size = dialog.size().expandedTo(dialog.minimumSizeHint())
    centre = window.frameGeometry().center()
    dialog.move(centre.x() - size.width() // 2, centre.y() - size.height() // 2)

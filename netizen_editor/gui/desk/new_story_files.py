"""The files the desk's New Story wrote, taken off the shared desk again when their tab closes
without a save (untouched, or Don't Save): colleagues would find an empty draft with the
template's "[Judul…]" in it. Only a file still exactly as written and held by nobody else goes
(``desk.placeholder``); the tab's lock goes as its tab closes (``gui.window.locking``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from netizen_editor.desk.placeholder import Placeholder, remove_placeholder

if TYPE_CHECKING:
    from netizen_editor.gui.desk.host import DeskHost
    from netizen_editor.gui.window.document_tab import DocumentTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


class NewStoryFiles(QObject):
    """Removes a new story's file when its tab closes unsaved; ``changed`` then (a poll)."""

    def __init__(self, window: DeskHost, changed: Callable[[], None], parent: QObject):
        super().__init__(parent)
        self.window, self.changed = window, changed

    def track(self, tab: DocumentTab, placeholder: Placeholder) -> None:
        tab.closing.connect(lambda: self.closed(placeholder))

    def closed(self, placeholder: Placeholder) -> bool:
        """The tab of ``placeholder`` closed: its file removed when it is still as written."""
        if not remove_placeholder(placeholder):
            return False
        text = _tr("“{name}” was closed without a save: its empty draft is gone from the desk.")
        self.window.show_status(text.format(name=placeholder.path.name))
        self.changed()
        return True

"""Files dropped on the window: articles open, documents (a press release in Word, PDF…) are
imported; anything else is not taken."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QDragMoveEvent, QDropEvent

from netizen_editor.article.model import ARTICLE_SUFFIXES
from netizen_editor.gui.window.import_controller import DOCUMENT_SUFFIXES


def dropped_files(event: QDragMoveEvent | QDropEvent) -> list[Path]:
    """The local articles and documents a drag brings (none: the drop is not taken)."""
    mime = event.mimeData()
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return [p for p in paths if openable(p)]


def openable(path: Path) -> bool:
    """An article (opened) or a document (imported), by its name."""
    return path.suffix.lower() in (*ARTICLE_SUFFIXES, *DOCUMENT_SUFFIXES)


def follow_drag(event: QDragMoveEvent) -> None:
    """Take the drag when it brings something to open, refuse it otherwise."""
    if dropped_files(event):
        event.acceptProposedAction()
    else:
        event.ignore()

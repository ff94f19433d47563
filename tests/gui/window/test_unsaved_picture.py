"""A picture pasted into a story not saved yet waits for its folder: the Save As dialog opens;
cancelled, the picture is not added, and the status bar says so (it went without a word,
QA36 #5)."""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QColor, QImage


def test_a_picture_waiting_for_a_cancelled_save_is_said_not_added(make_window, qtbot, english):
    window = make_window([])
    window.files.new_article()
    tab = window.current_tab()
    window.prompts.save_path = lambda suggested: None  # the journalist cancels Save As
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    mime = QMimeData()
    mime.setImageData(image)
    tab.editor.insertFromMimeData(mime)
    qtbot.waitUntil(lambda: "not added" in window.statusBar().currentMessage(), timeout=5000)
    assert window.statusBar().currentMessage() == (
        "The picture was not added: the article was not saved."
    )
    assert not tab.editor.has_pending_images() and "![" not in tab.editor_text()

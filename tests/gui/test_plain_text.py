"""Messages that name a planted file, title or address show it letter for letter: Qt would read a
first line that holds a tag as rich text (a picture read from the disk, a link)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from netizen_editor.gui.plain_text import shown_plain

PLANTED = "“<img src=\"/etc/hosts\"><b>Judul</b>.md”   hilang\nbaris  dua <a href='x'>klik</a>"


def test_a_text_qt_would_read_as_rich_is_shown_as_written(qtbot):
    shown = shown_plain(PLANTED)
    assert shown != PLANTED
    document = QTextDocument()
    document.setHtml(shown)
    assert document.toPlainText() == PLANTED
    assert "<img" not in document.toHtml()  # no picture, no link: text
    label = QLabel(shown)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.AutoText


@pytest.mark.parametrize("text", ["Berkas “a.md” hilang", "2 < 3 dan 5 > 4", ""])
def test_a_plain_text_is_handed_over_unchanged(text):
    assert shown_plain(text) == text


@pytest.mark.parametrize("ask", ["spike", "errors", "changed", "prompt"])
def test_the_questions_naming_a_story_show_its_title_as_written(qtbot, ask):
    from netizen_editor.gui.dialogs import status_questions
    from netizen_editor.gui.dialogs.prompts import Prompts

    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen.append((label.textFormat(), box.text()))
        box.reject()

    QTimer.singleShot(0, answer)
    if ask == "spike":
        status_questions.confirm_spike(parent, PLANTED)
    elif ask == "errors":
        status_questions.confirm_despite_errors(parent, PLANTED, "ready", 2)
    elif ask == "changed":
        status_questions.confirm_changed(parent, PLANTED, "Siap", "Draf")
    else:
        Prompts(parent).error("Gagal", PLANTED)
    assert len(seen) == 1
    text_format, text = seen[0]
    assert text_format == Qt.TextFormat.PlainText
    assert "<b>Judul</b>" in text


def test_a_colleagues_planted_name_in_a_lock_is_shown_as_written(qtbot, tmp_path):
    import datetime as dt

    from netizen_editor.gui.dialogs.lock_dialog import LockDialog
    from netizen_editor.storage.locks import LockInfo

    now = dt.datetime.now(dt.UTC)
    holder = LockInfo('<img src="/etc/hosts">Rina', "laptop", 1, now, now)
    dialog = LockDialog(tmp_path / "a.md", holder, me="Budi", login_name=False, zone="WIB")
    qtbot.addWidget(dialog)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    assert '<img src="/etc/hosts">Rina' in dialog.message.text()


def test_a_planted_file_name_in_the_encoding_question_is_shown_as_written(qtbot, tmp_path):
    from netizen_editor.gui.dialogs.encoding_dialog import EncodingDialog
    from netizen_editor.storage.reading import ReadError, read_article_file

    path = tmp_path / "<img src=x>.md"
    path.write_bytes("Berita \xe9".encode("latin-1"))
    with pytest.raises(ReadError) as caught:
        read_article_file(path)
    error = caught.value
    dialog = EncodingDialog(path, error)
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if "UTF-8" in w.text())
    document = QTextDocument()
    document.setHtml(label.text())
    assert "<img src=x>.md" in document.toPlainText()

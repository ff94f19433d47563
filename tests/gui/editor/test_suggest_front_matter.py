"""Suggest mode and the front matter: a change of the headline, summary or dateline is a plain
edit (no mark can sit in the YAML), and the user is told so once (QA22 #7: it went unsaid)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from netizen_editor.gui.panels.metadata_panel import MetadataPanel
from tests.gui.editor.test_suggest_mode import BODY, put_cursor, suggesting

TOLD = "Details change directly, not as suggestions: add a comment for the author."


def test_typing_in_the_front_matter_is_told_once_per_suggest_mode(qtbot, editor):
    suggesting(editor)
    said: list[str] = []
    editor.suggester.noted.connect(said.append)
    put_cursor(editor, editor.toPlainText().index("Uji") + 3)
    qtbot.keyClicks(editor, "an")
    assert "title: Ujian\n" in editor.toPlainText()  # edited as usual
    assert said == [TOLD]
    editor.insertPlainText(" baru")
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, "x")  # the body: a suggestion, nothing to tell
    assert said == [TOLD]
    editor.suggester.set_active(False)
    put_cursor(editor, editor.toPlainText().index("Uji"))
    qtbot.keyClicks(editor, "y")  # not suggesting: nothing to tell
    editor.suggester.set_active(True)
    put_cursor(editor, editor.toPlainText().index("Uji"))
    qtbot.keyClicks(editor, "z")
    assert said == [TOLD, TOLD]


def test_moving_in_the_front_matter_tells_nothing(qtbot, editor):
    from PySide6.QtCore import Qt

    suggesting(editor)
    said: list[str] = []
    editor.suggester.noted.connect(said.append)
    put_cursor(editor, editor.toPlainText().index("Uji"))
    qtbot.keyClick(editor, Qt.Key.Key_Right)
    qtbot.keyClick(editor, Qt.Key.Key_End)
    assert said == [] and editor.toPlainText() == BODY


def test_a_field_of_the_details_panel_is_told_too(qtbot, editor):
    suggesting(editor)
    host = QWidget()
    panel = MetadataPanel(editor)
    QHBoxLayout(host).addWidget(panel)
    qtbot.addWidget(host)
    said: list[str] = []
    editor.suggester.noted.connect(said.append)
    panel.title_edit.setFocus()
    panel.title_edit.setText("Uji Bandung")
    panel.title_edit.textEdited.emit("Uji Bandung")
    assert "title: Uji Bandung\n" in editor.toPlainText()
    assert said == [TOLD]

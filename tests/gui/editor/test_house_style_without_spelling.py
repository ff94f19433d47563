"""The house style's replaced words are not spelling: with View › Check Spelling off, the editor
still underlines "daring" in amber and its context menu still offers "Replace with 'dalam
jaringan'". (The house style has its own off switch: no file in Settings › Writing, or
``disabled = ["house-style"]`` in it.)"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from netizen_editor.gui.editor.style_fixes import COLOR
from tests.gui.editor.test_spelling import coloured_pixels
from tests.gui.panels.test_house_style_fixes import open_styled, right_click_and_choose


def test_spell_check_off_keeps_the_house_style_underline_and_fix(qtbot, make_window, tmp_path):
    window, _panel = open_styled(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    window.registry["spell_check"].trigger()  # View › Check Spelling: off
    assert not editor.spell.enabled
    editor.viewport().repaint()
    assert coloured_pixels(editor, "daring dari", COLOR) > 5  # line 6's word, dashed amber
    block = editor.document().findBlockByNumber(5)
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.text().index("daring") + 2)
    point = editor.cursorRect(cursor).center()
    seen = right_click_and_choose(qtbot, editor.viewport(), point, "style_replace")
    assert seen[0] == "Replace with 'dalam jaringan'"
    assert "secara dalam jaringan dari rumah" in editor.toPlainText()

"""The editor's underlines follow the grammar's prose lines while the journalist types: a
fence typed above a typo takes its underline away, review marks hide deleted words."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

from netizen_editor.gui.editor.markdown_editor import MarkdownEditor

TEXT = "---\nlang: en\n---\nThe sentense is here.\n\nAnother linne.\n"


def wait_checked(qtbot, editor: MarkdownEditor) -> None:
    layer = editor.spell
    qtbot.waitUntil(lambda: layer.speller is not None or bool(layer.problem), timeout=60_000)
    qtbot.waitUntil(lambda: not layer.busy(), timeout=10_000)


def underlined(editor: MarkdownEditor) -> list[str]:
    found = []
    block = editor.document().firstBlock()
    while block.isValid():
        found += [block.text()[s:e] for s, e, _rule in editor.spell.underlines(block)]
        block = block.next()
    return found


def test_a_fence_typed_above_takes_the_underlines_away_and_typing_prose_keeps_them(qtbot, editor):
    editor.setPlainText(TEXT)
    wait_checked(qtbot, editor)
    assert underlined(editor) == ["sentense", "linne"]
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.toPlainText().index("Another"))
    cursor.insertText("```\n")  # an unclosed fence: Python-Markdown reads it as text
    qtbot.waitUntil(lambda: not editor.spell.busy(), timeout=5_000)
    assert underlined(editor) == ["sentense", "linne"]
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("```\n")  # now closed: the line between is code
    qtbot.waitUntil(lambda: underlined(editor) == ["sentense"], timeout=5_000)
    cursor.setPosition(editor.toPlainText().index("here"))
    cursor.insertText("right ")  # prose typed: nothing read again, nothing lost
    qtbot.wait(100)
    assert underlined(editor) == ["sentense"]


def test_deleted_words_and_comments_are_not_underlined(qtbot, editor):
    editor.setPlainText(
        "---\nlang: en\n---\nThe {--wrongg\n\nstil wrongg--}{++right++} text"
        " {>>checkk this<<} {~~speling~>spelling~~}.\n"
    )
    wait_checked(qtbot, editor)
    assert underlined(editor) == []

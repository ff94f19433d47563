"""The spell layer reads a long text's prose lines on a thread: opening 100,000 paragraphs held
the window ~2.6 s in that scan, and every slice of a Replace All ~60 ms. The tests lower the
length (``THREAD_FROM``) so a few hundred lines go to the thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtGui import QTextCursor

from netizen_editor.gui.editor import prose_reader
from tests.gui.editor.test_spelling import underlined, wait_checked

LONG = (
    "---\ntitle: Uji\n---\n"
    + "\n\n".join(f"Warga Jakarta ke-{n} menunggu hujan reda." for n in range(200))
    + "\n\nKalimt ini beresiko.\n\n```\nkodee salahh\n```\n"
)
FOUND = [("Kalimt", "typo"), ("beresiko", "non-standard")]


@pytest.fixture
def scans(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads the prose lines were read on."""
    monkeypatch.setattr(prose_reader, "THREAD_FROM", 100)
    threads: list[str] = []
    scan = prose_reader.scan_article

    def noted(*args, **kwargs):
        threads.append(threading.current_thread().name)
        return scan(*args, **kwargs)

    monkeypatch.setattr(prose_reader, "scan_article", noted)
    return threads


def test_a_long_text_is_read_off_the_window_thread_with_the_same_underlines(qtbot, editor, scans):
    editor.setPlainText(LONG)
    editor.moveCursor(QTextCursor.MoveOperation.End)  # the typos on screen
    wait_checked(qtbot, editor)
    assert underlined(editor) == FOUND  # not the code block's words
    assert scans and set(scans) == {"prose-lines"}


def test_an_edit_that_makes_code_prose_is_read_again_off_the_thread(qtbot, editor, scans):
    editor.setPlainText(LONG)
    editor.moveCursor(QTextCursor.MoveOperation.End)
    wait_checked(qtbot, editor)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(editor.text().index("```"))
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("Pagar.")  # the fence goes: its lines are prose
    qtbot.waitUntil(lambda: len(underlined(editor)) > 2, timeout=10_000)
    wait_checked(qtbot, editor)
    assert underlined(editor) == [*FOUND, ("kodee", "typo"), ("salahh", "typo")]
    assert set(scans) == {"prose-lines"}


def test_f7_reads_the_exact_lines_at_once(qtbot, editor, scans):
    editor.setPlainText("Kalimt.")
    wait_checked(qtbot, editor)  # the dictionaries are loaded
    editor.setPlainText(LONG)
    assert editor.spell.go_to_next()  # before the thread's answer: the exact lines, read now
    assert editor.textCursor().selectedText() == "Kalimt"
    assert scans[0] == "MainThread"
    assert editor.spell.go_to_next() and editor.textCursor().selectedText() == "beresiko"
    assert editor.spell.go_to_next() and editor.textCursor().selectedText() == "Kalimt"  # wraps

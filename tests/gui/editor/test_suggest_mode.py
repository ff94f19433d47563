"""Suggest mode in the editor: real keys, pastes and cuts become attributed review marks."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QFontMetricsF, QTextCursor
from PySide6.QtWidgets import QApplication

from netizen_editor.grammar.inline import critic_marks

NOW = dt.datetime(2026, 12, 6, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))
SIGN = "{>>@Rina Editor (2026-12-06T10:30+07:00)<<}"
BODY = "---\ntitle: Uji\n---\nBanjir melanda kota.\n\n```\nkode\n```\n"


def suggesting(editor, text: str = BODY):
    editor.setPlainText(text)
    editor.suggester.author = "Rina Editor"
    editor.suggester.now = lambda: NOW
    editor.suggester.set_active(True)
    return editor


def put_cursor(editor, index: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(index)
    editor.setTextCursor(cursor)


def test_typed_words_become_one_attributed_addition(qtbot, editor):
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, " besar")
    text = editor.toPlainText()
    assert "melanda{++ besar++}" + SIGN + " kota." in text
    [mark] = critic_marks(text)
    assert (mark.kind, mark.author, mark.time) == ("insert", "Rina Editor", NOW)
    steps = 0
    while editor.document().isUndoAvailable():  # typing is undone as usual
        editor.undo()
        steps += 1
    assert editor.toPlainText() == BODY and steps <= 6


def test_backspace_and_delete_suggest_deletions(qtbot, editor):
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    for _ in range(3):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    text = editor.toPlainText()
    assert "Banjir mela{--nda--}" + SIGN + " kota." in text
    assert editor.textCursor().position() == text.index("{--")  # before the deletion
    editor.undo()
    editor.undo()
    editor.undo()
    assert editor.toPlainText() == BODY  # every step undone, nothing left behind


def test_typing_over_a_selection_suggests_a_substitution(qtbot, editor):
    suggesting(editor)
    start = editor.toPlainText().index("melanda")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("melanda"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, "merendam")
    assert "Banjir {~~melanda~>merendam~~}" + SIGN + " kota." in editor.toPlainText()


def test_someone_elses_suggestion_is_refused_with_a_message(qtbot, editor):
    other = "Banjir {++besar ++}{>>@Bambang (2026-12-06T09:00+07:00)<<}melanda kota.\n"
    suggesting(editor, "---\ntitle: Uji\n---\n" + other)
    said: list[str] = []
    editor.suggester.refused.connect(said.append)
    put_cursor(editor, editor.toPlainText().index("sar "))
    qtbot.keyClicks(editor, "x")
    assert editor.toPlainText().endswith(other)  # unchanged
    assert said and "Bambang" in said[0]


def test_front_matter_and_code_are_edited_as_usual(qtbot, editor):
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index("Uji") + 3)
    qtbot.keyClicks(editor, "an")
    put_cursor(editor, editor.toPlainText().index("kode") + 4)
    qtbot.keyClicks(editor, "2")
    text = editor.toPlainText()
    assert "title: Ujian\n" in text and "kode2\n" in text and "{++" not in text


def test_paste_and_cut_are_suggestions_too(qtbot, editor):
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    data = QMimeData()
    data.setText(" tengah")
    editor.insertFromMimeData(data)
    assert "melanda{++ tengah++}" + SIGN in editor.toPlainText()
    start = editor.toPlainText().index("Banjir")
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("Banjir "), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.cut()
    assert editor.toPlainText().count("{--Banjir --}" + SIGN) == 1
    assert QApplication.clipboard().text() == "Banjir "


def test_off_edits_as_usual(qtbot, editor):
    suggesting(editor).suggester.set_active(False)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, " besar")
    assert "melanda besar kota." in editor.toPlainText()


def test_the_editor_can_read_as_accepted_or_original_without_changing_the_file(qtbot, editor):
    text = "---\ntitle: Uji\n---\nBanjir {++besar ++}" + SIGN + "melanda {--kota--} desa.\n"
    editor.setPlainText(text)
    highlighter = editor.highlighter
    block = editor.document().findBlockByNumber(3)

    def hidden(index: int) -> bool:
        for span in block.layout().formats():
            if span.start <= index < span.start + span.length:
                return span.format.foreground().color().alpha() == 0
        return False

    line = block.text()
    assert not any(hidden(i) for i in range(len(line)))  # every mark shown with its syntax
    highlighter.set_mark_display("accepted")
    assert not hidden(line.index("besar")) and hidden(line.index("kota"))
    assert hidden(line.index("{++")) and hidden(line.index("@Rina"))
    highlighter.set_mark_display("original")
    assert hidden(line.index("besar")) and not hidden(line.index("kota"))
    assert editor.toPlainText() == text  # only how it looks changed
    highlighter.set_mark_display("all")
    assert not hidden(line.index("{++"))


def test_typing_on_and_taking_back_ones_own_words(qtbot, editor):
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, " besar")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert "melanda{++ besa++}" + SIGN + " kota." in editor.toPlainText()
    for _ in range(5):
        qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.toPlainText() == BODY  # the emptied suggestion is gone, mark and all
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, "ab")
    put_cursor(editor, 0)  # moved away and back: the marks are read again
    put_cursor(editor, editor.toPlainText().index("++}"))
    qtbot.keyClicks(editor, "c")
    assert "melanda{++abc++}" + SIGN + " kota." in editor.toPlainText()


def test_a_long_suggestion_begun_far_above_is_still_someone_elses(qtbot, editor):
    long = "kata " * 800  # 4,000 characters: further than the first look around the cursor
    other = "{++" + long + "akhir++}{>>@Bambang (2026-12-06T09:00+07:00)<<}"
    suggesting(editor, "---\ntitle: Uji\n---\n" + other + "\n")
    said: list[str] = []
    editor.suggester.refused.connect(said.append)
    put_cursor(editor, editor.toPlainText().index("akhir"))
    qtbot.keyClicks(editor, "x")
    assert "xakhir" not in editor.toPlainText() and said and "Bambang" in said[0]


def test_typing_far_inside_a_long_addition_of_ones_own_goes_on_in_it(qtbot, editor):
    # the addition opens more than the editor's first look (NEAR) before the cursor: its
    # closing after the cursor makes the editor read further back and find its opening
    long = "\n".join(["kata demi kata"] * 300)  # lines of one paragraph
    suggesting(editor, f"---\ntitle: Uji\n---\nAwal {{++{long}++}}{SIGN} akhir.\n")
    put_cursor(editor, editor.toPlainText().index("{++") + 3 + 3_000 + 2)
    qtbot.keyClicks(editor, "Z")
    text = editor.toPlainText()
    [mark] = critic_marks(text)
    assert mark.kind == "insert" and "Z" in mark.text and text.count("{++") == 1


def test_keys_typed_on_in_ones_own_addition_close_it_not_nor_open_another(qtbot, editor):
    # typing on in the addition just made skips reading the marks; the keys the delimiters
    # are made of do not: a "}" after "++" is blunted, and so is a "{" that "--" follows
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, " a++}b {--c")
    text = editor.toPlainText()
    assert "melanda{++ a++)b (--c++}" + SIGN + " kota." in text
    [mark] = critic_marks(text)
    assert (mark.kind, mark.text, mark.author) == ("insert", " a++)b (--c", "Rina Editor")
    assert text[editor.textCursor().position() :].startswith("++}")
    # Backspace that joins "{" and "==" around what it takes makes no opening either
    suggesting(editor, "Satu {++a{b==++}" + SIGN + " dua.\n")
    put_cursor(editor, editor.toPlainText().index("=="))
    qtbot.keyClicks(editor, "x")
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)  # takes "b": "{" meets "=="
    [mark] = critic_marks(editor.toPlainText())
    assert (mark.kind, mark.text) == ("insert", "a(=="), mark


def test_a_paste_into_ones_own_addition_is_kept_neutral(qtbot, editor):
    suggesting(editor)
    put_cursor(editor, editor.toPlainText().index(" kota"))
    qtbot.keyClicks(editor, " ab")
    put_cursor(editor, editor.textCursor().position() - 1)
    data = QMimeData()
    data.setText("x~~}{>>y")
    editor.insertFromMimeData(data)
    [mark] = critic_marks(editor.toPlainText())
    assert (mark.kind, mark.text, mark.author) == ("insert", " ax~~)(>>yb", "Rina Editor")


def test_typing_in_ones_own_deletion_replaces_it(qtbot, editor):
    # it was refused as "Rina Editor's suggestion", the user's own (QA22 #3)
    own = "Banjir {--besar --}" + SIGN + "melanda kota.\n"
    suggesting(editor, "---\ntitle: Uji\n---\n" + own)
    said: list[str] = []
    editor.suggester.refused.connect(said.append)
    put_cursor(editor, editor.toPlainText().index("sar "))
    qtbot.keyClicks(editor, "hebat")
    assert editor.toPlainText().endswith("Banjir {~~besar ~>hebat~~}" + SIGN + "melanda kota.\n")
    assert said == []


def test_ones_own_marks_are_named_as_ones_own_when_refused(qtbot, editor, english):
    own = "Banjir {--besar --}" + SIGN + "melanda kota.\n"
    suggesting(editor, "---\ntitle: Uji\n---\n" + own)
    said: list[str] = []
    editor.suggester.refused.connect(said.append)
    put_cursor(editor, editor.toPlainText().index("Editor ("))  # in its attribution
    qtbot.keyClicks(editor, "x")
    assert editor.toPlainText().endswith(own)
    assert said == [
        "Not changed: these are the marks of your own suggestion; type in its text, or reject "
        "it to take it back."
    ]


def test_a_long_mark_read_as_accepted_leaves_no_gap(qtbot, editor):
    """A deleted sentence with its signed comment, hidden at the smallest size, still took the
    room of five or six letters between the words around it."""
    gone = "{--Warga diimbau memantau informasi resmi dari BPBD.--}" + SIGN
    editor.setPlainText(f"---\ntitle: Uji\n---\nsejumlah ruas tergenang. {gone}Petugas siaga.\n")
    editor.highlighter.set_mark_display("accepted")
    block = editor.document().findBlockByNumber(3)
    editor.show()
    qtbot.waitUntil(lambda: block.layout().lineCount() > 0)
    line = block.layout().lineAt(0)
    plain = QFontMetricsF(editor.font()).horizontalAdvance(
        "sejumlah ruas tergenang. Petugas siaga."
    )
    space = QFontMetricsF(editor.font()).horizontalAdvance(" ")
    assert line.naturalTextWidth() - plain < space  # less than one space more than without it

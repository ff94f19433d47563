"""Find and replace bar, and go to line."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QInputDialog, QLabel, QVBoxLayout, QWidget

from netizen_editor.gui.app import install_translators
from netizen_editor.gui.editor.find_bar import FindBar, ask_go_to_line, go_to_line
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT, settle

TEXT = "Putin bertemu Kim. putin tersenyum.\nPutinisme bukan kata.\nKim dan Putin."


@pytest.fixture
def parts(qtbot) -> Iterator[tuple[MarkdownEditor, FindBar]]:
    host = QWidget()
    editor = MarkdownEditor()
    bar = FindBar(editor)
    layout = QVBoxLayout(host)
    layout.addWidget(editor)
    layout.addWidget(bar)
    qtbot.addWidget(host)
    host.resize(900, 500)
    host.show()
    qtbot.waitExposed(host)
    editor.setPlainText(TEXT)
    yield editor, bar
    host.close()  # the host owns editor and bar: keep it alive for the whole test


def search(qtbot, bar: FindBar, text: str) -> None:
    bar.find_edit.clear()
    qtbot.keyClicks(bar.find_edit, text)


def test_typing_finds_and_counts(parts, qtbot):
    editor, bar = parts
    bar.show_find()
    assert bar.isVisible() and not bar.replace_edit.isVisible()
    search(qtbot, bar, "putin")
    assert bar.status_text() == "1 of 4 matches"
    assert editor.textCursor().selectedText() == "Putin"


def test_next_and_previous_wrap_around(parts, qtbot):
    editor, bar = parts
    bar.show_find()
    search(qtbot, bar, "Kim")
    assert bar.status_text() == "1 of 2 matches"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return)
    assert bar.status_text() == "2 of 2 matches"
    assert editor.textCursor().blockNumber() == 2
    bar.find_next()
    assert bar.status_text() == "1 of 2 matches"
    bar.find_previous()
    assert bar.status_text() == "2 of 2 matches"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.status_text() == "1 of 2 matches"


def test_case_whole_word_and_regex(parts, qtbot):
    _editor, bar = parts
    bar.show_find()
    search(qtbot, bar, "putin")
    assert bar.match_count() == 4
    bar.case_box.setChecked(True)
    assert bar.match_count() == 1
    bar.case_box.setChecked(False)
    bar.word_box.setChecked(True)
    assert bar.match_count() == 3  # not "Putinisme"
    bar.word_box.setChecked(False)
    bar.regex_box.setChecked(True)
    search(qtbot, bar, r"^(Putin|Kim)\b")
    assert bar.match_count() == 2  # line starts, case-insensitive


def test_invalid_regex_says_so_and_does_not_crash(parts, qtbot):
    editor, bar = parts
    bar.show_find()
    bar.regex_box.setChecked(True)
    search(qtbot, bar, "(Putin")
    assert bar.status_text().startswith("Invalid regular expression: ")
    assert bar.match_count() == 0
    assert not bar.find_next()
    assert editor.text() == TEXT


def test_no_matches(parts, qtbot):
    _editor, bar = parts
    bar.show_find()
    search(qtbot, bar, "Biden")
    assert bar.status_text() == "0 matches"


def test_replace_one_then_next(parts, qtbot):
    editor, bar = parts
    bar.show_replace()
    assert bar.replace_edit.isVisible()
    search(qtbot, bar, "Kim")
    qtbot.keyClicks(bar.replace_edit, "Jong Un")
    bar.replace()
    assert editor.text() == TEXT.replace("Kim", "Jong Un", 1)
    assert editor.textCursor().selectedText() == "Kim"  # moved on to the next match


def test_replace_all_is_one_undo_step(parts, qtbot):
    editor, bar = parts
    bar.show_replace()
    search(qtbot, bar, "putin")
    bar.word_box.setChecked(True)
    qtbot.keyClicks(bar.replace_edit, "Vladimir")
    with qtbot.waitSignal(editor.status_message) as told:  # the whole sentence
        assert bar.replace_all() == 3
    assert told.args == ["Replaced 3 matches"]
    assert editor.text() == (
        "Vladimir bertemu Kim. Vladimir tersenyum.\nPutinisme bukan kata.\nKim dan Vladimir."
    )
    assert bar.status_text() == "Replaced: 3"
    assert bar.count_label.toolTip() == "Replaced 3 matches"
    editor.undo()
    assert editor.text() == TEXT


def test_regex_replacement_uses_groups(parts, qtbot):
    editor, bar = parts
    bar.show_replace()
    bar.regex_box.setChecked(True)
    bar.case_box.setChecked(True)
    search(qtbot, bar, r"(\w+) dan (\w+)")
    qtbot.keyClicks(bar.replace_edit, r"\2 dan $1")
    bar.replace_all()
    assert editor.text().endswith("Putin dan Kim.")


def test_escape_hides_and_returns_to_the_editor(parts, qtbot):
    editor, bar = parts
    bar.show_find()
    search(qtbot, bar, "Kim")
    assert len(editor.extraSelections()) > 1  # matches highlighted
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert len(editor.extraSelections()) == 1  # only the current line


def test_escape_in_the_editor_closes_the_bar(parts, qtbot):
    editor, bar = parts
    bar.show_find()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert editor.text() == TEXT


def test_selected_word_seeds_the_search(parts):
    editor, bar = parts
    cursor = editor.textCursor()
    cursor.setPosition(14)
    cursor.setPosition(17, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    bar.show_find()
    assert bar.find_edit.text() == "Kim"
    assert bar.status_text() == "1 of 2 matches"


def test_counts_follow_edits_in_the_text(parts, qtbot):
    editor, bar = parts
    bar.show_find()
    search(qtbot, bar, "Kim")
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText(" Kim lagi.")
    qtbot.waitUntil(lambda: bar.status_text() == "3 matches")


def test_go_to_line(parts):
    editor, _bar = parts
    assert go_to_line(editor, 2) == 2
    assert editor.textCursor().blockNumber() == 1
    assert go_to_line(editor, 99) == 3


def test_go_to_line_dialog(parts, monkeypatch):
    editor, _bar = parts
    asked = {}

    def accept(dialog):
        asked.update(value=dialog.intValue(), minimum=dialog.intMinimum(),
                     maximum=dialog.intMaximum())  # fmt: skip
        dialog.setIntValue(3)
        return QInputDialog.DialogCode.Accepted

    monkeypatch.setattr(QInputDialog, "exec", accept)
    assert ask_go_to_line(editor) == 3
    assert asked == {"value": 1, "minimum": 1, "maximum": 3}
    assert editor.textCursor().blockNumber() == 2
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: QInputDialog.DialogCode.Rejected)
    assert ask_go_to_line(editor) is None
    assert editor.textCursor().blockNumber() == 2


def test_the_find_field_is_never_under_the_buttons_on_a_laptop_screen(make_window, qtbot):
    """1366x768 with the side panels open leaves the editor's column ~460 px: the field's clear
    button was hidden under "Previous" (the field asked for 220 px)."""
    window = make_window()
    window.resize(1366, 768)
    window.registry["find"].trigger()
    bar = window.current_tab().find_bar
    qtbot.keyClicks(bar.find_edit, "Jakarta")
    qtbot.waitUntil(lambda: bar.count_label.text() != "", timeout=TIMEOUT)
    row = [bar.find_edit, bar.previous_button, bar.next_button, bar.count_label, bar.close_button]
    for left, right in itertools.pairwise(row):
        assert left.geometry().right() < right.geometry().left(), (left.objectName(), bar.width())
    assert bar.close_button.geometry().right() <= bar.width()


def test_a_search_of_two_words_shows_whole_in_both_fields_on_a_laptop_screen(
    make_window, qtbot, qapp
):
    """QA34 F7: at 1366x768 the fields were ~110 px beside "Sebelumnya" and "Berikutnya":
    "Bandar Antariksa" read "dar Antariksa". The buttons are arrows (their words in the
    tooltips) and the fields keep room for two words beside the clear button."""
    installed = install_translators(qapp, "id")
    try:
        window = make_window(settings=Settings(ui_language="id"))
        window.resize(1366, 768)
        settle(qtbot, window)
        tab = window.current_tab()
        # the editor's column as QA34 had it
        tab.set_sizes([440, tab.splitter.width() - tab.splitter.handleWidth() - 440])
        window.registry["replace"].trigger()
        bar = tab.find_bar
        qtbot.waitUntil(lambda: bar.width() <= 440)
        for field in (bar.find_edit, bar.replace_edit):
            qtbot.keyClicks(field, "Bandar Antariksa")
            field.end(False)
            end = field.cursorRect().center().x()  # past the whole text when none scrolled
            assert end >= field.fontMetrics().horizontalAdvance("Bandar Antariksa"), field.width()
        for button in (bar.previous_button, bar.next_button):
            assert button.text().lower() in button.toolTip().lower()  # said when pointed at
        row = [bar.find_edit, bar.previous_button, bar.next_button, bar.count_label]
        for left, right in itertools.pairwise([*row, bar.close_button]):
            assert left.geometry().right() < right.geometry().left(), left.objectName()
        assert bar.close_button.geometry().right() <= bar.width()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def drawn(widget: QWidget) -> QImage:
    """What ``widget`` paints, on white (without its background)."""
    image = QImage(widget.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    widget.render(image, renderFlags=QWidget.RenderFlag.DrawChildren)
    return image


def paragraphs(count: int) -> str:
    return "\n\n".join(f"Warga Jakarta ke-{n}." for n in range(count))


def replace_jakarta(window, qtbot, count: int) -> FindBar:
    """Find › Replace All of "Jakarta" with "DKI Jakarta" in the current tab, ``count`` times."""
    window.registry["find"].trigger()
    bar = window.current_tab().find_bar
    bar.show_replace()
    qtbot.keyClicks(bar.find_edit, "Jakarta")
    qtbot.keyClicks(bar.replace_edit, "DKI Jakarta")
    assert bar.replace_all() == count
    return bar


def test_the_end_of_a_replace_all_fits_the_bar_of_a_laptop(make_window, qtbot):
    """QA23: at 1366x768 the count after a Replace All was cut ("30000 hasil …": the word
    "diganti" lost): the key word first, the number grouped, the whole sentence in the tooltip
    and the status bar."""
    window = make_window()
    window.resize(1366, 768)
    tab = window.current_tab()
    tab.editor.setPlainText(paragraphs(2000))
    bar = replace_jakarta(window, qtbot, 2000)
    label = bar.count_label
    assert bar.status_text() == "Replaced: 2,000"
    assert label.toolTip() == window.statusBar().currentMessage() == "Replaced 2,000 matches"
    settle(qtbot, window)
    assert label.fontMetrics().horizontalAdvance(label.text()) <= label.contentsRect().width()
    assert label.geometry().right() < bar.close_button.geometry().left()


def test_a_long_message_is_cut_with_an_ellipsis_and_whole_in_its_tooltip(make_window, qtbot):
    """A message wider than the 90 px a laptop's editor column leaves the count was cut
    mid-word; a wider window shows it whole."""
    window = make_window()
    window.resize(1366, 768)
    window.registry["find"].trigger()
    bar = window.current_tab().find_bar
    bar.regex_box.setChecked(True)
    qtbot.keyClicks(bar.find_edit, "(Jakarta")
    label = bar.count_label
    qtbot.waitUntil(lambda: label.text().startswith("Invalid regular expression"), timeout=TIMEOUT)
    assert label.toolTip() == label.text()
    settle(qtbot, window)
    room = label.contentsRect().width()
    assert label.fontMetrics().horizontalAdvance(label.text()) > room  # it lacks the room
    cut = QLabel(label.fontMetrics().elidedText(label.text(), Qt.TextElideMode.ElideRight, room))
    cut.setFont(label.font())
    cut.setAlignment(label.alignment())
    cut.setFixedSize(label.size())
    qtbot.addWidget(cut)
    assert drawn(label) == drawn(cut)  # painted "Invalid regul…"
    assert label.geometry().right() < bar.close_button.geometry().left()
    window.resize(1900, 900)  # the room again: the whole count
    qtbot.waitUntil(
        lambda: label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(label.text()),
        timeout=TIMEOUT,
    )


def test_a_replace_all_keeps_the_preview_where_the_cursor_is(make_window, qtbot, monkeypatch):
    """The preview followed the end of the change: after a Replace All over 2,000 paragraphs it
    jumped to the last ones while the editor stayed at the top (QA17)."""
    window = make_window()
    tab = window.current_tab()
    tab.editor.setPlainText(paragraphs(300))
    cursor = tab.editor.textCursor()
    cursor.setPosition(tab.editor.document().findBlockByNumber(40).position())
    tab.editor.setTextCursor(cursor)
    revealed: list[int | None] = []
    monkeypatch.setattr(tab.preview, "reveal_line", revealed.append)
    replace_jakarta(window, qtbot, 300)
    assert revealed[-1] == tab.editor.textCursor().blockNumber() + 1 == 41
    tab.editor.textCursor().insertText("x")  # typing: its own line, as before
    assert revealed[-1] == 41


def test_a_replace_all_leaves_the_spell_layer_out_of_its_lines(parts, qtbot):
    """The spell layer's overlay (a keystroke's underlines moved with the text) ran for every
    line a Replace All changed, and again for every line of its undo: seconds over 100,000
    paragraphs, for the one line the cursor is on. Typing still gets it; one Ctrl+Z still
    gives the exact text back, the cursor where it was."""
    editor, bar = parts
    text = paragraphs(300)
    editor.setPlainText(text)
    lines: list[str] = []
    editor.highlighter.overlay = lines.append
    cursor = editor.textCursor()
    cursor.setPosition(text.index("ke-120"))
    editor.setTextCursor(cursor)
    bar.show_replace()
    search(qtbot, bar, "Jakarta")
    editor.setTextCursor(cursor)
    qtbot.keyClicks(bar.replace_edit, "DKI Jakarta")
    assert bar.replace_all() == 300
    assert lines == []
    editor.undo()
    assert lines == []
    assert editor.text() == text
    assert editor.textCursor().position() == text.index("ke-120")
    editor.setFocus()
    qtbot.keyClicks(editor, "x")
    assert lines == ["Warga Jakarta xke-120."]


def test_replace_in_a_read_only_story_says_why_it_does_nothing(parts, qtbot):
    """QA30 #5: Replace and Replace All in a colleague's story (read-only) did nothing, without
    a word."""
    editor, bar = parts
    bar.show_replace()
    search(qtbot, bar, "Kim")
    qtbot.keyClicks(bar.replace_edit, "Jong Un")
    editor.setReadOnly(True)
    with qtbot.waitSignal(editor.status_message) as told:
        assert bar.replace_all() == 0
    assert told.args == ["This story is read-only here: nothing is replaced"]
    assert bar.status_text() == "Read-only"
    assert not bar.replace() and editor.text() == TEXT

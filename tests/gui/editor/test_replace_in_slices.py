"""Replace All over many matches, a slice per turn of the event loop: the window answered
nothing for 8–12 s over 100,000 paragraphs. The tests lower the sizes (``SLICED_FROM``,
``FIRST_SLICE``) so a few hundred matches take several slices."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from netizen_editor.gui.editor import find_bar, replacing
from netizen_editor.gui.editor.find_bar import FindBar
from netizen_editor.gui.editor.markdown_editor import MarkdownEditor
from tests.gui import TIMEOUT
from tests.gui.editor.test_find_bar import paragraphs
from tests.gui.editor.test_find_bar import parts as editor_and_bar  # noqa: F401 - a fixture

COUNT = 400
TEXT = paragraphs(COUNT)
REPLACED = TEXT.replace("Jakarta", "DKI Jakarta")


@pytest.fixture(autouse=True)
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(find_bar, "SLICED_FROM", 100)
    monkeypatch.setattr(replacing, "FIRST_SLICE", 10)
    monkeypatch.setattr(replacing, "SLICE_MS", 1)  # each later slice a few dozen at most


@pytest.fixture
def jakarta(request: pytest.FixtureRequest) -> tuple[MarkdownEditor, FindBar]:
    """The editor holding ``TEXT``, its bar set to replace "Jakarta" with "DKI Jakarta"."""
    editor, bar = request.getfixturevalue("editor_and_bar")  # test_find_bar's ``parts``
    editor.setPlainText(TEXT)
    bar.show_replace()
    bar.find_edit.setText("Jakarta")
    bar.replace_edit.setText("DKI Jakarta")
    return editor, bar


def first_slice(qtbot, editor: MarkdownEditor) -> replacing.ReplaceJob:
    """The Replace All under way in ``editor``, once its first slice is done."""
    job = replacing.running_job(editor)
    assert job is not None
    with qtbot.waitSignal(job.progressed, timeout=TIMEOUT):
        pass
    return job


def slices(qtbot, bar: FindBar) -> list[int]:
    """Let the Replace All under way run to its end; how far it had got after each slice."""
    job = replacing.running_job(bar.editor)
    assert job is not None
    seen: list[int] = []
    job.progressed.connect(seen.append)
    qtbot.waitUntil(lambda: not bar.replacing, timeout=TIMEOUT)
    return seen


def test_a_long_replace_all_works_in_slices_and_one_undo_takes_it_back(jakarta, qtbot):
    editor, bar = jakarta
    assert bar.replace_all() is None  # under way
    assert bar.replacing and editor.isReadOnly()
    assert bar.status_text() == "0% replaced…"
    assert editor.text() == TEXT  # nothing yet: the first slice runs on the next turn
    seen = slices(qtbot, bar)
    assert len(seen) >= 3 and seen[-1] == COUNT
    assert editor.text() == REPLACED
    assert bar.status_text() == f"Replaced: {COUNT}"
    assert not editor.isReadOnly()
    editor.undo()
    assert editor.text() == TEXT
    assert not editor.document().isUndoAvailable()  # it was one step
    editor.redo()
    assert editor.text() == REPLACED


def test_finishing_before_the_first_turn_replaces_everything(jakarta):
    """A save right after the click: the search not even taken in yet."""
    editor, bar = jakarta
    assert bar.replace_all() is None
    replacing.finish_replacing(editor)
    assert editor.text() == REPLACED
    assert not bar.replacing and not editor.isReadOnly()
    assert bar.status_text() == f"Replaced: {COUNT}"


def test_groups_are_replaced_in_slices_too(jakarta, qtbot):
    editor, bar = jakarta
    bar.regex_box.setChecked(True)
    bar.find_edit.setText(r"Jakarta ke-(\d+)")
    bar.replace_edit.setText(r"Jakarta nomor $1 (\1)")
    assert bar.replace_all() is None
    assert len(slices(qtbot, bar)) >= 3
    assert editor.text() == re.sub(r"Jakarta ke-(\d+)", r"Jakarta nomor \1 (\1)", TEXT)


def test_the_bar_says_how_far_it_got(jakarta, qtbot):
    editor, bar = jakarta
    bar.replace_all()
    said: list[str] = []
    job = replacing.running_job(editor)
    assert job is not None
    job.progressed.connect(lambda _n: said.append(bar.status_text()))
    qtbot.waitUntil(lambda: not bar.replacing, timeout=TIMEOUT)
    assert said[0] == "2% replaced…"  # 10 of 400
    assert all(text.endswith("% replaced…") for text in said)


def test_keys_typed_meanwhile_do_not_land_in_the_half_replaced_text(jakarta, qtbot):
    editor, bar = jakarta
    bar.replace_all()
    job = replacing.running_job(editor)
    assert job is not None
    typed: list[int] = []

    def type_keys(_done: int) -> None:
        qtbot.keyClicks(editor, "zz")
        typed.append(_done)

    job.progressed.connect(type_keys)
    qtbot.keyClicks(editor, "zz")
    qtbot.waitUntil(lambda: not bar.replacing, timeout=TIMEOUT)
    assert len(typed) >= 2
    assert editor.text() == REPLACED
    qtbot.keyClicks(editor, "z")  # editable again once done
    assert editor.text() != REPLACED


def test_keys_typed_meanwhile_are_told_to_wait_once(jakarta, qtbot):
    """QA23: keys typed during a Replace All vanished without a word."""
    editor, bar = jakarta
    told: list[str] = []
    editor.status_message.connect(told.append)
    bar.replace_all()
    first_slice(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_Right)  # a move changes nothing: nothing to say
    assert told == []
    qtbot.keyClicks(editor, "XYZ")
    assert told == ["Wait: Replace All is under way"]
    assert bar.status_text().endswith("% replaced…")  # how far it got, still
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: not bar.replacing, timeout=TIMEOUT)
    assert told == ["Wait: Replace All is under way", "Replaced 400 matches"]  # said once
    assert editor.text() == REPLACED


def test_an_undo_from_the_menu_meanwhile_stops_it_with_the_text_whole(jakarta, qtbot):
    editor, bar = jakarta
    bar.replace_all()
    first_slice(qtbot, editor)
    assert editor.text() != TEXT
    editor.undo()  # Edit › Undo reaches a read-only editor
    assert editor.text() == TEXT
    replacing.finish_replacing(editor)  # a save in the same turn: nothing put at old places
    assert editor.text() == TEXT
    qtbot.waitUntil(lambda: not bar.replacing, timeout=TIMEOUT)
    assert editor.text() == TEXT
    assert bar.status_text() == "Stopped"
    assert bar.count_label.toolTip() == "Replace All stopped: the text changed meanwhile"
    assert not editor.isReadOnly()


@pytest.mark.parametrize("locked", [True, False])
def test_what_the_tab_makes_the_editor_meanwhile_holds_at_the_end(jakarta, qtbot, locked):
    """A colleague takes the story mid-way (read-only), or the tab sets the editor editable
    again (its document changed: a rename): the editor stays read-only until the end, then is
    what the tab said last."""
    editor, bar = jakarta
    bar.replace_all()
    first_slice(qtbot, editor)
    editor.setReadOnly(locked)
    assert editor.isReadOnly()
    qtbot.waitUntil(lambda: not bar.replacing, timeout=TIMEOUT)
    assert editor.text() == REPLACED
    assert editor.isReadOnly() == locked


def test_few_matches_are_replaced_at_once(jakarta):
    editor, bar = jakarta
    editor.setPlainText(paragraphs(99))
    assert bar.replace_all() == 99
    assert not bar.replacing and not editor.isReadOnly()
    assert editor.text() == paragraphs(99).replace("Jakarta", "DKI Jakarta")
    assert bar.status_text() == "Replaced: 99"


# -- in the window ------------------------------------------------------------------------------
def start_in_window(make_window, qtbot, tmp_path):
    """A window with ``TEXT`` open from a file, its Replace All one slice in; the window and
    the file."""
    path = tmp_path / "panjang.md"
    path.write_text(TEXT, encoding="utf-8")
    window = make_window([path])
    window.registry["replace"].trigger()
    bar = window.current_tab().find_bar
    bar.find_edit.setText("Jakarta")
    bar.replace_edit.setText("DKI Jakarta")
    assert bar.replace_all() is None  # under way
    first_slice(qtbot, bar.editor)  # half-replaced, the story unsaved
    assert bar.replacing
    return window, path


def test_a_save_meanwhile_waits_for_the_end(make_window, qtbot, tmp_path):
    window, path = start_in_window(make_window, qtbot, tmp_path)
    tab = window.current_tab()
    window.registry["save"].trigger()
    assert path.read_text(encoding="utf-8") == REPLACED
    assert not tab.is_dirty()
    assert not tab.find_bar.replacing
    assert tab.find_bar.status_text() == f"Replaced: {COUNT}"
    tab.editor.undo()
    assert tab.editor_text() == TEXT


def test_closing_the_window_meanwhile_saves_the_whole_text(make_window, qtbot, tmp_path):
    window, path = start_in_window(make_window, qtbot, tmp_path)
    window.prompts.unsaved_changes = lambda _name: "save"
    assert window.close()
    assert path.read_text(encoding="utf-8") == REPLACED


def test_closing_the_tab_meanwhile_is_safe(make_window, qtbot, tmp_path):
    window, path = start_in_window(make_window, qtbot, tmp_path)
    tab = window.current_tab()
    window.prompts.unsaved_changes = lambda _name: "discard"
    assert window.files.close_tab(tab)
    qtbot.wait(200)  # the slices that were due, and the tab's deletion
    assert tab not in window.all_tabs()
    assert path.read_text(encoding="utf-8") == TEXT

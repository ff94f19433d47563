"""A rich-text paste undone while its pictures are still being stored, then redone, links the
files that were written (QA36 #1: a photo pasted as PNG is named ``…-2.png`` before its web
copy is made; the copy became ``…-2.jpg``, but the paste had been undone by then, so its link
could not be set right, and Redo brought back ``…-2.png``: "the file is not there", the export
left the photo out). The correction goes into the paste's own Redo step; the status bar does
not say a picture was pasted when the paste was undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.gui import TIMEOUT
from tests.gui.editor.test_paste_pictures_in_place import (
    FILES,
    STEM,
    carried,
    fragment,
    mime,
    notes,
    png_photo,
)
from tests.gui.editor.test_paste_pictures_in_place import held as held_storing  # noqa: F401
from tests.gui.editor.test_paste_pictures_in_place import story as saved_story  # noqa: F401
from tests.samples import TEST_ARTICLE

ORIGINAL = TEST_ARTICLE + "\n"
NAMED = f"{FILES}/{STEM}-1.png"  # the name kept at the paste: a PNG may stay one
STORED = f"{FILES}/{STEM}-1.jpg"  # the web copy of a photo saved as PNG: a JPEG
SETTLED = f"{ORIGINAL}Satu.\n\n![Sawah]({STORED})\n\nDua.\n\nTiga."
BROKEN = carried(b"\x89PNG\r\n\x1a\nnot a picture at all", "image/png", alt="rusak")


@pytest.fixture
def story(request):
    """The editor holding a saved story (``test_paste_pictures_in_place``'s)."""
    return request.getfixturevalue("saved_story")


@pytest.fixture
def held(request):
    """The pictures' storing held until ``held.set()`` (``test_paste_pictures_in_place``'s)."""
    return request.getfixturevalue("held_storing")


def sawah() -> str:
    return fragment(carried(png_photo(), "image/png", alt="Sawah"), "")


def paste_held(qtbot, editor, held, html: str, meanwhile) -> None:
    """``html`` pasted while its pictures' storing is held; ``meanwhile`` done, then the
    pictures stored."""
    editor.insertFromMimeData(mime(html))
    meanwhile()
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        held.set()


def test_a_paste_undone_while_its_photo_is_stored_comes_back_with_the_stored_file(
    qtbot, make_window, article_file, held
):
    window = make_window([article_file])
    tab = window.current_tab()
    editor = tab.editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setMimeData(mime(sawah()))
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor, Qt.Key.Key_V, control)
    assert f"![Sawah]({NAMED})" in editor.text()  # in with the text, its file not written yet
    qtbot.keyClick(editor, Qt.Key.Key_Z, control)  # undone while the photo is being stored
    assert editor.text() == TEST_ARTICLE
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        held.set()
    assert editor.text() == TEST_ARTICLE  # the undone paste stays undone
    assert "pasted image" not in window.statusBar().currentMessage()  # no paste to speak of
    qtbot.keyClick(editor, Qt.Key.Key_Z, control | Qt.KeyboardModifier.ShiftModifier)
    text = editor.text()
    assert f"![Sawah]({STORED})" in text and NAMED not in text
    assert (article_file.parent / STORED).is_file()
    assert not (article_file.parent / NAMED).exists()
    assert notes(text, article_file) == []  # the preview shows the photo: nothing missing
    qtbot.keyClick(editor, Qt.Key.Key_Z, control)  # the paste is one step still
    assert editor.text() == TEST_ARTICLE
    qtbot.keyClick(editor, Qt.Key.Key_Z, control | Qt.KeyboardModifier.ShiftModifier)
    assert editor.text() == text


def test_a_picture_that_could_not_be_stored_does_not_come_back_with_redo(qtbot, story, held):
    paste_held(qtbot, story, held, fragment(BROKEN, ""), story.undo)
    assert story.text() == ORIGINAL
    story.redo()
    assert story.text() == f"{ORIGINAL}Satu.\n\nDua.\n\nTiga."  # its link taken out


def test_a_paste_undone_and_redone_while_stored_has_its_link_set_right(qtbot, story, held):
    def undo_redo():
        story.undo()
        story.redo()

    paste_held(qtbot, story, held, sawah(), undo_redo)
    assert story.text() == SETTLED
    story.undo()  # the paste and its link's setting right: one step
    assert story.text() == ORIGINAL


def test_what_was_undone_before_the_paste_comes_back_too(qtbot, story, held):
    typed = QTextCursor(story.document())
    typed.movePosition(QTextCursor.MoveOperation.End)
    typed.insertText("Tambahan.")
    story.moveCursor(QTextCursor.MoveOperation.End)

    def undo_both():
        story.undo()
        story.undo()

    paste_held(qtbot, story, held, sawah(), undo_both)
    assert story.text() == ORIGINAL
    story.redo()
    assert story.text() == ORIGINAL + "Tambahan."
    story.redo()
    assert story.text().startswith(ORIGINAL + "Tambahan.") and f"]({STORED})" in story.text()
    assert NAMED not in story.text()


def test_what_was_typed_after_the_undone_paste_stays(qtbot, story, held):
    def undo_and_type():
        story.undo()
        story.textCursor().insertText("Ketikan baru.")

    paste_held(qtbot, story, held, sawah(), undo_and_type)
    assert story.text() == ORIGINAL + "Ketikan baru."
    assert not story.document().isRedoAvailable()
    story.undo()
    assert story.text() == ORIGINAL


@pytest.mark.parametrize("modified", [False, True])
def test_the_story_is_as_saved_or_not_as_before(qtbot, story, held, modified):
    story.document().setModified(modified)
    paste_held(qtbot, story, held, sawah(), story.undo)
    assert story.document().isModified() == modified
    assert story.textCursor().position() == len(ORIGINAL)  # where the paste was


def test_a_suggested_paste_comes_back_with_the_stored_file(qtbot, story, held):
    story.suggester.author = "Rina Editor"
    story.suggester.set_active(True)  # the paste goes in as a suggestion, marks and all
    paste_held(qtbot, story, held, sawah(), story.undo)
    assert story.text() == ORIGINAL
    story.redo()
    assert f"![Sawah]({STORED})" in story.text() and "{++" in story.text()
    assert NAMED not in story.text()


@pytest.fixture
def boxes(monkeypatch) -> list[str]:
    """The texts of the warning boxes shown (none shown: a test cannot answer one)."""
    shown: list[str] = []
    monkeypatch.setattr("netizen_editor.gui.editor.image_import.QMessageBox.warning",
                        lambda parent, title, text: shown.append(text))  # fmt: skip
    return shown


def paste_broken_and_undo(qtbot, window, held, meanwhile=lambda: None) -> None:
    """A page whose picture is not one pasted into the window's story with Ctrl+V, undone
    with Ctrl+Z while the picture is being stored; ``meanwhile`` done, then it is stored."""
    editor = window.current_tab().editor
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setMimeData(mime(fragment(BROKEN, "")))
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.text() == TEST_ARTICLE
    meanwhile()
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        held.set()


def test_a_picture_refused_for_an_undone_paste_is_said_in_the_status_bar(
    qtbot, make_window, article_file, held, boxes
):
    """An undone paste's refused picture opened the "Image not added" box over a text it was
    no longer in: the status bar says it, as Redo brings the paste back without it."""
    window = make_window([article_file])
    paste_broken_and_undo(qtbot, window, held)
    assert boxes == []
    said = window.statusBar().currentMessage()
    assert said.startswith("Image not added to the undone paste: ") and "“rusak”" in said
    editor = window.current_tab().editor
    control = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(editor, Qt.Key.Key_Z, control | Qt.KeyboardModifier.ShiftModifier)
    assert editor.text() == f"{ORIGINAL}Satu.\n\nDua.\n\nTiga."  # back without it


def test_nothing_is_said_of_a_paste_that_cannot_come_back(
    qtbot, make_window, article_file, held, boxes
):
    window = make_window([article_file])
    editor = window.current_tab().editor

    def type_after_the_undo() -> None:
        qtbot.keyClicks(editor, "Ketikan")  # Redo has nothing to bring back now

    paste_broken_and_undo(qtbot, window, held, type_after_the_undo)
    assert boxes == [] and "not added" not in window.statusBar().currentMessage()
    assert editor.text() == TEST_ARTICLE + "Ketikan"


def test_a_picture_refused_for_a_paste_in_the_text_is_said_in_a_box(
    qtbot, make_window, article_file, boxes
):
    window = make_window([article_file])
    editor = window.current_tab().editor
    editor.moveCursor(QTextCursor.MoveOperation.End)
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(mime(fragment(BROKEN, "")))
    assert len(boxes) == 1 and "“rusak”" in boxes[0]
    assert "not added" not in window.statusBar().currentMessage()


def stored_format(path) -> str:
    from PIL import Image

    with Image.open(path) as image:
        return image.format or ""


def paste_two_and_undo_both(qtbot, story, held, first: str) -> list[str]:
    """``first`` pasted, then a page with a photo, both undone while their pictures are being
    stored; then they are. What the status bar said."""
    said: list[str] = []
    story.status_message.connect(said.append)
    story.insertFromMimeData(mime(first))
    story.insertFromMimeData(mime(fragment(carried(png_photo(), "image/png", alt="Kedua"), "")))
    story.undo()
    story.undo()
    assert story.text() == ORIGINAL
    held.set()
    qtbot.waitUntil(lambda: story.photo_jobs_running() == 0, timeout=TIMEOUT)
    return said


def test_a_paste_undone_under_another_comes_back_linking_a_file_that_is_there(
    qtbot, story, article_file, held
):
    """RV4 #5: the first paste's Redo step cannot be edited without losing the second's, and
    Redo brought back ``…-1.png`` while its photo was stored as ``…-1.jpg`` only. The photo is
    written under the name its link has, in the format that name says."""
    paste_two_and_undo_both(qtbot, story, held, sawah())
    story.redo()
    assert f"![Sawah]({NAMED})" in story.text()
    assert stored_format(article_file.parent / NAMED) == "PNG"
    assert notes(story.text(), article_file) == []  # the preview shows it: nothing missing
    story.redo()
    assert "![Kedua](" in story.text()
    assert notes(story.text(), article_file) == []


def test_a_picture_refused_for_a_paste_undone_under_another_is_said_in_a_box(qtbot, story, held):
    """RV4 #5: the status bar said 'Image not added to the undone paste', as if Redo brought
    the paste back without it, while Redo brought back its link to a file never written."""
    said = paste_two_and_undo_both(qtbot, story, held, fragment(BROKEN, ""))
    assert not any("undone paste" in message for message in said)
    assert len(story.shown) == 1 and "“rusak”" in story.shown[0]


def test_a_photo_stored_while_an_edit_after_its_paste_is_undone_keeps_the_edit_for_redo(
    qtbot, story, article_file, held
):
    """RV4 #4: the link's setting right was a new step, and Qt forgot the Redo of the edit
    undone after the paste. The edit still comes back; the photo is written under its link's
    name, and the status bar names that file."""
    said: list[str] = []
    story.status_message.connect(said.append)
    story.insertFromMimeData(mime(sawah()))
    edit = QTextCursor(story.document())
    edit.insertText("X")  # at the text's start: a step of its own
    story.undo()
    assert f"![Sawah]({NAMED})" in story.text() and story.document().isRedoAvailable()
    with qtbot.waitSignal(story.images_inserted, timeout=TIMEOUT):
        held.set()
    assert story.document().isRedoAvailable()
    story.redo()
    assert story.text().startswith("X")
    assert f"![Sawah]({NAMED})" in story.text()
    assert stored_format(article_file.parent / NAMED) == "PNG"
    assert notes(story.text(), article_file) == []
    assert f"{STEM}-1.png" in said[-1]

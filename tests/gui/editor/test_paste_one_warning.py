"""One paste, one box (QA33 #12): pasted HTML with a spacer the paste leaves out and a broken
``data:`` picture showed "Image not added" for the spacer, then, after OK and a moment, a second
box for the broken picture. The paste's own problems now wait for its pictures' storing and are
said with its refusals, in one box; without pictures to store they are said at once."""

from __future__ import annotations

from tests.gui import TIMEOUT
from tests.gui.editor.test_paste_data_pictures import TEXT, html_mime
from tests.importing.test_data_picture_tags import SPACER
from tests.importing.test_data_pictures import carried

BROKEN = carried(b"\x89PNG\r\n\x1a\n" + b"rusak" * 20, kind="image/png", alt="bom")


def record_boxes(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning",
                        lambda parent, title, text: shown.append((title, text)))  # fmt: skip
    return shown


def test_a_spacer_left_out_and_a_broken_picture_are_said_in_one_box(
    editor, qtbot, article_file, monkeypatch
):
    shown = record_boxes(monkeypatch)
    editor.article_file = lambda: article_file
    spacer = f'<img alt="spacer" src="{SPACER}">'
    with qtbot.waitSignal(editor.images_inserted, timeout=TIMEOUT):
        editor.insertFromMimeData(html_mime(TEXT + spacer + BROKEN))
        assert shown == []  # not before the pictures were tried
    assert editor.text() == "Petani memulai **panen raya**."
    assert len(shown) == 1, shown
    title, text = shown[0]
    assert title == "Image not added"
    spacer_line, broken_line = text.split("\n")
    assert "“spacer”" in spacer_line and "“bom”" in broken_line


def test_a_spacer_left_out_of_a_paste_without_pictures_is_said_at_once(
    editor, article_file, monkeypatch
):
    shown = record_boxes(monkeypatch)
    editor.article_file = lambda: article_file
    editor.insertFromMimeData(html_mime(f'{TEXT}<img alt="spacer" src="{SPACER}">'))
    assert editor.text() == "Petani memulai **panen raya**."
    assert [title for title, _text in shown] == ["Image not added"]
    assert "“spacer”" in shown[0][1] and editor.photo_jobs_running() == 0

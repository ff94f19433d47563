"""A story of more blocks than the window reads (``MAX_BLOCKS``) opens, says once on the bar
above the editor where the preview, the outline, the checks and the spell check stop, and takes
typing; the note goes when an edit brings the story within (QA: 2,000,000 one-line paragraphs
were scanned whole by each of the window's scans, 10 s and 1.6 GB a scan). The cap is made
small here, so that the story is too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from netizen_editor.grammar import block_count
from netizen_editor.gui.editor import prose_reader
from tests.gui import TIMEOUT

CAP = 300


@pytest.fixture
def small_cap(monkeypatch):
    for module in (block_count, prose_reader):  # the render thread reads block_count's
        monkeypatch.setattr(module, "MAX_BLOCKS", CAP)
    monkeypatch.setattr("netizen_editor.snapshot.MAX_BLOCKS", CAP)


def test_the_window_says_once_where_it_stops_reading_and_takes_typing(
    small_cap, make_window, qtbot, tmp_path
):
    path = tmp_path / "besar.md"
    path.write_text("---\ntitle: Uji\n---\n" + "Paragraf kata.\n\n" * (CAP + 200), "utf-8")
    window = make_window([path])
    tab = window.current_tab()
    qtbot.waitUntil(lambda: bool(tab.info_bar.shown), timeout=TIMEOUT)
    note = tab.info_bar.shown
    assert note.startswith(f"This story has more than {CAP} paragraphs and other blocks")
    assert f"stop at line {4 + 2 * CAP + 1}." in note
    assert tab.snapshot().words == 2 * (CAP + 200)
    tab.info_bar.hide()  # closed: not said again while the story stays that big

    revision = tab.document.revision
    tab.editor.setFocus()
    tab.editor.go_to_line(4)  # the first paragraph
    qtbot.keyClicks(tab.editor, "Baru ")
    qtbot.waitUntil(lambda: tab.snapshot().revision > revision, timeout=TIMEOUT)
    assert tab.editor.toPlainText().startswith("---\ntitle: Uji\n---\nBaru Paragraf kata.\n")
    assert tab.snapshot().too_big and not tab.info_bar.shown

    tab.editor.selectAll()  # within the cap: the note taken back, and said again past it
    qtbot.keyClicks(tab.editor, "x")
    qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.snapshot().text == "x\n", timeout=TIMEOUT)
    assert tab.snapshot().too_big == ""
    tab.editor.insertPlainText("a\n\n" * (CAP + 1))
    qtbot.waitUntil(lambda: bool(tab.info_bar.shown), timeout=TIMEOUT)
    assert tab.info_bar.shown.startswith("This story has more than")

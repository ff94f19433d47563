"""A long story opens a slice at a time: 100,000 one-line paragraphs held the window 7–10 s in
one turn of the event loop. The tests lower the sizes (``SLICED_LINES``, ``FIRST_SLICE``) so a
story of a few hundred lines takes several slices, and compare it with the same story opened in
one go."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument

from netizen_editor.article.model import Article
from netizen_editor.gui.editor import text_loader
from netizen_editor.gui.editor.highlighter import FENCE
from netizen_editor.gui.window import long_open
from netizen_editor.gui.window.document_tab import DocumentTab
from tests.gui import TIMEOUT

# front matter, fences and review marks: the highlighting carries a state from line to line,
# and a slice ends inside each fence (longer than a slice)
STORY = "\n".join(
    [
        "---",
        "title: Banjir di Jakarta",
        "summary: Warga menunggu hujan reda.",
        "---",
        "",
        "# Banjir di Jakarta",
        "",
    ]
    + [
        line
        for n in range(120)
        for line in (
            f"Warga **Jakarta** ke-{n} menunggu {{++hujan++}} reda di [jalan](https://x.id/{n}).",
            "",
            *(["```", *(f"kode = {n} + {k}" for k in range(30)), "```", ""] if n % 40 == 7 else []),
        )
    ]
)


@pytest.fixture(autouse=True)
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(long_open, "SLICED_LINES", 100)
    monkeypatch.setattr(text_loader, "FIRST_SLICE", 300)
    monkeypatch.setattr(text_loader, "PIECE", 200)
    monkeypatch.setattr(text_loader, "SLICE_MS", 0)  # each later slice the least


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "banjir.md"
    path.write_text(STORY + "\n", encoding="utf-8")
    return path


def looks(document: QTextDocument) -> list[tuple]:
    """Each line's highlighting: its state and its formatted spans."""
    seen = []
    block = document.firstBlock()
    while block.isValid():
        spans = [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]
        seen.append((block.userState(), spans))
        block = block.next()
    return seen


def opened_under_way(window, path: Path) -> DocumentTab:
    tab = window.files.open_path(path)
    assert tab is not None and tab.loading
    return tab


def test_a_long_story_opens_in_slices_as_it_did_in_one_go(make_window, qtbot, story, monkeypatch):
    window = make_window()
    tab = opened_under_way(window, story)
    editor = tab.editor
    assert editor.isReadOnly()
    assert tab.info_bar.shown.startswith("Opening… ")
    assert STORY.startswith(editor.toPlainText()) and editor.toPlainText() != STORY
    qtbot.keyClicks(editor, "x")  # read-only meanwhile: no key lands in half a text
    seen: list[int] = []
    tab._long_open.loader.progressed.connect(seen.append)
    qtbot.waitUntil(lambda: not tab.loading, timeout=TIMEOUT)
    assert len(seen) >= 5 and seen[-1] == 100
    monkeypatch.setattr(long_open, "SLICED_LINES", 10**9)
    copy = story.with_name("salinan.md")
    copy.write_text(STORY + "\n", encoding="utf-8")
    whole = window.files.open_path(copy)
    assert whole is not None and not whole.loading
    assert tab.editor_text() == whole.editor_text() == STORY + "\n"
    highlighted = looks(editor.document())
    assert highlighted == looks(whole.editor.document())
    assert sum(state >= FENCE for state, _spans in highlighted) == 3 * 31
    assert not tab.is_dirty() and not editor.document().isModified()
    assert not editor.document().isUndoAvailable()  # opening is no edit
    assert editor.textCursor().position() == 0
    assert not editor.isReadOnly() and not tab.info_bar.shown
    qtbot.waitUntil(lambda: tab.story_title() == "Banjir di Jakarta", timeout=TIMEOUT)
    editor.insertPlainText("x")  # typing and its undo as in any tab
    assert tab.is_dirty()
    editor.undo()
    assert tab.editor_text() == STORY + "\n" and not tab.is_dirty()


def test_a_short_story_opens_in_one_go(make_window, story):
    story.write_text("# Judul\n\nSatu paragraf.\n", encoding="utf-8")
    tab = make_window().files.open_path(story)
    assert tab is not None and not tab.loading
    assert tab.editor_text() == "# Judul\n\nSatu paragraf.\n"


def test_closing_the_tab_mid_way_stops_the_opening(make_window, qtbot, story):
    window = make_window()
    tab = opened_under_way(window, story)
    loader = tab._long_open.loader
    seen: list[int] = []
    loader.progressed.connect(seen.append)
    assert window.files.close_tab(tab)  # unmodified: no question
    assert tab not in window.all_tabs() and not tab.loading
    qtbot.wait(200)
    assert not seen  # no slice went into the closing tab


def test_saving_mid_way_writes_the_whole_story(make_window, story):
    window = make_window()
    tab = opened_under_way(window, story)
    assert window.files.save(tab)
    assert not tab.loading  # the rest went in first
    saved = story.read_text(encoding="utf-8")
    assert saved == tab.disk_text() and "ke-119 menunggu" in saved


def test_a_change_from_elsewhere_mid_way_puts_the_rest_in_and_counts_as_an_edit(
    make_window, qtbot, story
):
    window = make_window()
    tab = opened_under_way(window, story)
    QTextCursor(tab.editor.document()).insertText("Catatan. ")  # not through the keys
    qtbot.waitUntil(lambda: not tab.loading, timeout=TIMEOUT)
    assert tab.editor_text() == "Catatan. " + STORY + "\n"
    assert tab.is_dirty()


def test_a_long_story_of_the_last_session_opens_in_slices_too(make_window, qtbot, story):
    window = make_window([story])
    tab = window.current_tab()
    assert tab is not None and tab.path == story
    qtbot.waitUntil(lambda: not tab.loading, timeout=TIMEOUT)
    assert tab.editor_text() == STORY + "\n" and not tab.is_dirty()
    last = tab.editor.document().lastBlock().previous().previous()  # the last paragraph
    assert last.text().startswith("Warga **Jakarta** ke-119") and last.layout().formats()


def test_the_story_is_parsed_off_the_window_thread(make_window, qtbot, story, monkeypatch):
    """Opened in one go, the tab parsed it on the window's thread (~3 s at 100,000 lines)."""
    window = make_window()
    threads = []
    real = Article.parse.__func__

    def counting(cls, text, path=None):
        if len(text) > len(STORY):  # the whole story (the details panel reads its front matter)
            threads.append(threading.current_thread() is threading.main_thread())
        return real(cls, text, path)

    monkeypatch.setattr(Article, "parse", classmethod(counting))
    tab = opened_under_way(window, story)
    qtbot.waitUntil(lambda: tab.story_title() == "Banjir di Jakarta", timeout=TIMEOUT)
    assert tab.stats() is not None and tab.outline.topLevelItemCount() == 1
    assert threads and not any(threads)


def test_a_line_too_long_in_a_long_story_is_offered_to_break_once_it_is_all_in(
    make_window, qtbot, story
):
    story.write_text(STORY + "kata " * 4_100 + "\n", encoding="utf-8")  # 20,500 characters
    tab = opened_under_way(make_window(), story)
    assert not tab.info_bar.offering  # the note on the opening meanwhile
    qtbot.waitUntil(lambda: tab.info_bar.offering, timeout=TIMEOUT)
    assert "Line 346 has more than 20,000 characters" in tab.info_bar.shown


def test_a_colleague_s_long_story_is_not_promised_editable(make_window, monkeypatch, story):
    """A story a colleague holds went in all at once (the read-only bar read the whole text for
    its title), and the note said "the text can be edited once it is all in" also there, where
    it never can be."""
    from tests.gui.window.test_locking import answer_lock_dialog, settings_for
    from tests.gui.window.test_planted_lock_time import PAST_WIB, plant

    plant(story, PAST_WIB)  # Eve has it open
    window = make_window(restore=False, settings=settings_for("Budi"))
    answer_lock_dialog(monkeypatch, window, "read_only")
    tab = opened_under_way(window, story)
    assert tab.read_only
    note = tab._long_open.note
    assert note.startswith("Opening… ") and "edited" not in note
    mine = story.with_name("milik.md")
    mine.write_text(STORY + "\n", encoding="utf-8")
    own = opened_under_way(make_window(), mine)
    assert "can be edited once it is all in" in own._long_open.note

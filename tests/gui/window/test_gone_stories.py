"""A story gone from under its tab, on real windows: a read-only tab's notice stays and says where
the story went; the bar notices a file written over in place; a story moved to a folder beside
its own in a desk is found there and named from the desk's folder."""

from __future__ import annotations

import os

import pytest

from netizen_editor.gui.window import info_bar
from netizen_editor.gui.window.locking import ReadOnlyBar
from netizen_editor.history.article_id import article_id
from netizen_editor.storage.datadirs import CACHE_ENV
from netizen_editor.storage.locks import read_lock
from tests.gui import TIMEOUT, Recorder, type_at_end
from tests.gui.window.test_locking import answer_lock_dialog, settings_for
from tests.gui.window.test_window_renamed import GONE, STORY, STORY_ID, open_and_rename

HIDE_MS = 50  # the info bar's "for a while", made short: a notice that stays outlives it


@pytest.fixture(autouse=True)
def short_notices(monkeypatch):
    monkeypatch.setattr(info_bar, "INFO_HIDE_MS", HIDE_MS)


@pytest.fixture
def desk(tmp_path, monkeypatch):
    """redaksi/nasional/banjir.md (the story, with an id) and redaksi/daerah/."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))  # the desk's index
    root = tmp_path / "redaksi"
    for folder in ("nasional", "daerah"):
        (root / folder).mkdir(parents=True)
    (root / "nasional" / "banjir.md").write_text(STORY, encoding="utf-8")
    return root


def read_only_tab(make_window, monkeypatch, path, desk=None):
    """Budi edits ``path``; Rina has it open read-only (in ``desk``, shown in her window):
    (Rina's window, her tab)."""
    make_window([path], settings=settings_for("Budi"))
    window = make_window(restore=False, settings=settings_for("Rina"))
    if desk is not None:
        assert window.desk.open_desk(desk)
    answer_lock_dialog(monkeypatch, window, "read_only")
    tab = window.files.open_path(path)
    assert tab is not None and tab.read_only
    return window, tab


READ_ONLY_GONE = "banjir.md was moved or deleted. This tab shows it again if it comes back."


def test_a_read_only_tab_s_gone_notice_stays_until_the_story_comes_back(
    make_window, qtbot, monkeypatch, desk
):
    """QA: the notice hid itself after 12 s; a journalist who looked away went on reading a
    story that was no longer there."""
    story = desk / "nasional" / "banjir.md"
    _window, tab = read_only_tab(make_window, monkeypatch, story)
    moved = desk.parent / "arsip-luar.md"
    story.rename(moved)  # out of its folder: nowhere it is looked for
    qtbot.waitUntil(lambda: tab.document.disk_missing, timeout=TIMEOUT)
    bar = tab.info_bar
    assert bar.shown == READ_ONLY_GONE and not bar.action.isVisible()
    qtbot.wait(4 * HIDE_MS)
    assert bar.shown == READ_ONLY_GONE  # still there
    moved.rename(story)  # back: the tab shows it again and the notice goes
    qtbot.waitUntil(lambda: bar.isHidden(), timeout=TIMEOUT)
    assert tab.path == story and tab.read_only and not tab.is_dirty()


def test_a_dismissed_notice_comes_back_once_the_story_is_found(
    make_window, qtbot, monkeypatch, desk
):
    story = desk / "nasional" / "banjir.md"
    _window, tab = read_only_tab(make_window, monkeypatch, story)
    outside = desk.parent / "sementara.md"
    story.rename(outside)
    qtbot.waitUntil(lambda: tab.info_bar.shown == READ_ONLY_GONE, timeout=TIMEOUT)
    tab.info_bar.hide()  # the user closed it
    new = story.with_name("banjir-bekasi.md")
    outside.rename(new)  # renamed in its folder: found at the next look
    said = (
        "“banjir.md” was moved to “banjir-bekasi.md” (same story); Follow shows it from there, "
        "read-only."
    )
    qtbot.waitUntil(lambda: tab.info_bar.shown == said, timeout=TIMEOUT)
    qtbot.wait(4 * HIDE_MS)
    assert tab.info_bar.shown == said and tab.info_bar.offering


def test_a_read_only_tab_follows_its_story_to_a_folder_beside_in_the_desk(
    make_window, qtbot, monkeypatch, desk
):
    story = desk / "nasional" / "banjir.md"
    window, tab = read_only_tab(make_window, monkeypatch, story, desk=desk)
    new = desk / "daerah" / "banjir-bekasi.md"
    os.rename(story, new)  # the desk's Move, in Budi's window or a file manager
    said = (
        "“banjir.md” was moved to “daerah/banjir-bekasi.md” (same story); Follow shows it "
        "from there, read-only."
    )
    qtbot.waitUntil(lambda: tab.info_bar.shown == said, timeout=TIMEOUT)
    assert str(new) in tab.info_bar.label.toolTip()
    new.write_text(STORY + "Tambahan Budi di tempat baru.\n", encoding="utf-8")
    tab.info_bar.action.click()
    assert tab.path == new and tab.read_only and not tab.is_dirty()
    assert tab.editor_text().endswith("Tambahan Budi di tempat baru.\n")  # as it is there now
    assert window.statusBar().currentMessage() == "This tab now shows banjir-bekasi.md, read-only."
    bar = tab.findChild(ReadOnlyBar, "read_only_bar")
    assert bar is not None and bar.isVisible() and str(new) in bar.label.toolTip()
    assert read_lock(new) is None  # a read-only tab takes no lock


def test_a_read_only_tab_finds_its_story_once_the_desk_is_opened_after_the_move(
    make_window, qtbot, monkeypatch, desk
):
    """QA23: a story opened with File › Open (no desk in the window), then moved in the desk
    by a colleague: the bar said it was gone, and opening the desk afterwards changed nothing
    (the search was done again only when a folder it looked in changed)."""
    story = desk / "nasional" / "banjir.md"
    window, tab = read_only_tab(make_window, monkeypatch, story)
    new = desk / "daerah" / "banjir-bekasi.md"
    os.rename(story, new)  # beside its folder: not looked in without the desk
    qtbot.waitUntil(lambda: tab.info_bar.shown == READ_ONLY_GONE, timeout=TIMEOUT)
    assert window.desk.open_desk(desk)
    said = (
        "“banjir.md” was moved to “daerah/banjir-bekasi.md” (same story); Follow shows it "
        "from there, read-only."
    )
    qtbot.waitUntil(lambda: tab.info_bar.shown == said, timeout=TIMEOUT)
    tab.info_bar.action.click()
    assert tab.path == new and tab.read_only


def test_a_file_renamed_to_then_written_over_in_place_is_noticed(make_window, qtbot, tmp_path):
    """QA: the bar kept 'renamed to tiga-baru.md' with Follow after a colleague wrote another
    story over that file (same name: no folder changed); only Save and Follow looked again."""
    window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    assert tab.info_bar.action.text() == "Follow"
    other = STORY.replace(STORY_ID, "0c9e8d7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f")
    with open(new, "r+", encoding="utf-8") as file:  # in place: the folder's time stays
        file.write(other)
    said = "Written over by another program, no longer holding this story: tiga-baru.md. " + GONE
    qtbot.waitUntil(lambda: tab.info_bar.shown == said, timeout=TIMEOUT)
    assert tab.info_bar.action.text() == "Save"
    window.registry["save"].trigger()  # no question: nothing holds the story now
    assert article_id(old.read_text(encoding="utf-8")) == STORY_ID
    assert article_id(new.read_text(encoding="utf-8")) != STORY_ID


def test_a_file_written_over_with_the_story_in_place_is_offered(make_window, qtbot, tmp_path):
    _window, tab, old, new = open_and_rename(make_window, qtbot, tmp_path)
    os.rename(new, tmp_path / "pindah.md")  # out of the folder: gone
    qtbot.waitUntil(lambda: tab.info_bar.shown == GONE, timeout=TIMEOUT)
    other = old.with_name("lain.md")  # there from the start: only written over
    with open(other, "w", encoding="utf-8") as file:
        file.write(STORY)
    said = "“tiga.md” was renamed to “lain.md” (same story)."
    qtbot.waitUntil(lambda: tab.info_bar.shown == said, timeout=TIMEOUT)
    tab.info_bar.action.click()
    assert tab.path == other


def test_a_story_moved_beside_its_folder_in_the_desk_is_followed_and_asked_about(
    make_window, qtbot, desk
):
    story = desk / "nasional" / "banjir.md"
    window = make_window([story])
    assert window.desk.open_desk(desk)
    tab = window.current_tab()
    type_at_end(qtbot, tab, "Tambahan.")
    new = desk / "daerah" / "banjir-bekasi.md"
    os.rename(story, new)
    said = "“banjir.md” was renamed to “daerah/banjir-bekasi.md” (same story)."
    qtbot.waitUntil(lambda: tab.info_bar.shown == said, timeout=TIMEOUT)
    asked = Recorder("cancel")
    window.prompts.renamed_save = asked
    window.registry["save"].trigger()
    assert asked.calls == [("banjir.md", "daerah/banjir-bekasi.md")]
    assert not story.exists() and new.read_text(encoding="utf-8") == STORY
    window.prompts.renamed_save = Recorder("follow")
    window.registry["save"].trigger()
    assert tab.path == new and new.read_text(encoding="utf-8").endswith("Tambahan.")
    assert not story.exists()


@pytest.mark.parametrize("edited", [True, False])
def test_saving_a_story_whose_file_is_there_says_nothing_of_it_gone(make_window, qtbot, desk,
                                                                    edited):  # fmt: skip
    # Save looks for a renamed file first; a file that is there is no gone story: no bar
    path = desk / "nasional" / "banjir.md"
    window = make_window([path])
    tab = window.current_tab()
    if edited:
        type_at_end(qtbot, tab, " Tambahan.")
    tab.show_info("Catatan lain.")
    window.registry["save"].trigger()
    qtbot.wait(HIDE_MS * 4)
    assert "moved or deleted" not in tab.info_bar.shown
    assert tab.info_bar.isHidden()

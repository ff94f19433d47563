"""A plain save says the file's name in the status bar and nothing more (QA25 F-K): in suggest
mode the bar's room went to "✎ Suggesting as …", so "Saved /the/full/path.md" did not fit and
every Ctrl+S opened the notice bar over the text."""

from __future__ import annotations

from dataclasses import replace

from netizen_editor.settings import Settings
from tests.gui.editor.test_suggest_mode import BODY


def test_a_save_in_suggest_mode_names_the_file_and_opens_no_bar(make_window, qtbot, tmp_path):
    folder = tmp_path / ("Desk Redaksi Netizen Nasional dan Daerah " * 3).strip() / "Nasional"
    folder.mkdir(parents=True)
    path = folder / "banjir-rob-muara-angke-rendam-ratusan-rumah.md"
    path.write_text(BODY, encoding="utf-8")
    settings = replace(Settings(ui_language="en"), default_author="Budi Santoso")
    window = make_window([path], settings=settings)
    window.resize(1366, 740)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.review_dock.set_suggesting(True)
    tab = window.current_tab()
    tab.editor.moveCursor(tab.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(tab.editor, "Warga")
    assert not window.status.fits(f"Saved {path}")  # the old message had no room
    window.registry["save"].trigger()
    assert not tab.is_dirty()
    assert window.statusBar().currentMessage() == f"Saved {path.name}"
    assert tab.info_bar.isHidden()
    window.registry["save"].trigger()  # again: still no bar
    assert tab.info_bar.isHidden()


def test_a_routine_message_never_opens_the_bar_but_ends_a_long_one(make_window):
    window = make_window([])
    tab = window.current_tab()
    long = "Saved " + "nama-berkas-yang-sangat-panjang-" * 12 + ".md"
    assert not window.status.fits(long)
    window.status.say(long, 6000, tab.info_bar, whole=False)
    assert window.statusBar().currentMessage() == long and tab.info_bar.isHidden()
    window.show_status(long)  # a message that matters: whole above the text, as before
    assert not tab.info_bar.isHidden()
    window.status.say("Saved berita.md", 6000, tab.info_bar, whole=False)
    assert tab.info_bar.isHidden()

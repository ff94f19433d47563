"""No message widens the window: a preview problem of a 5 MB one-line article grew it from
1600 to 1974 px (the preview and Export went off the screen)."""

from __future__ import annotations

import pytest

from netizen_editor.gui.app import install_translators
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT, settle

LONG = "oneline.md:4: " + "blok ini terlalu rumit untuk ditampilkan tepat waktu; " * 40


def test_a_very_long_message_leaves_the_window_as_wide_as_it_was(make_window, qtbot):
    window = make_window()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    minimum = window.minimumSizeHint().width()  # without any problem shown
    window.status.set_problem(LONG)
    window.show_status(LONG)
    qtbot.wait(50)  # a layout request is handled on the next turn of the event loop
    assert window.minimumSizeHint().width() == minimum
    assert window.width() == 1000
    window.statusBar().clearMessage()
    qtbot.wait(50)
    assert window.status.problem.isVisibleTo(window)
    assert window.status.problem.width() < window.width()
    assert window.minimumSizeHint().width() == minimum
    assert window.width() == 1000


def test_a_message_too_long_for_the_status_bar_is_shown_whole_above_the_text(make_window):
    # QA9: refusals that say what is wrong and where were cut off at 1366x768
    window = make_window([])
    tab = window.current_tab()
    window.show_status("Disimpan.")
    assert window.statusBar().currentMessage() == "Disimpan." and tab.info_bar.isHidden()
    long = "Folder /tmp/desk kini mengarah ke tempat lain (/tmp/lain), " * 4
    window.show_status(long)
    assert window.statusBar().currentMessage() == long  # the bar as ever, cut off
    assert not tab.info_bar.isHidden() and tab.info_bar.label.text() == long  # and whole here
    window.show_status(long + "lagi")
    assert tab.info_bar.label.text() == long + "lagi"  # the last long message replaces its own
    window.show_status("Disimpan.")  # QA10: a short one that came after it ends it there too
    assert window.statusBar().currentMessage() == "Disimpan." and tab.info_bar.isHidden()
    window.show_status(long)
    tab.info_bar.offer("Baris terlalu panjang.", "Pecah", lambda: None)
    window.show_status(long)
    assert tab.info_bar.label.text() == "Baris terlalu panjang."  # an offer is not replaced
    tab.show_info("berita.md dipindahkan atau dihapus oleh program lain.")
    window.show_status(long)
    assert tab.info_bar.label.text().startswith("berita.md dipindahkan")  # nor a notice


@pytest.mark.parametrize("language", ["en", "id"])
def test_suggest_modes_word_on_a_details_field_fits_the_bar_at_1366(
    make_window, qtbot, qapp, language
):
    """Editing a field of the Details panel in suggest mode said a sentence the status bar cut
    at 1366x768, beside "Suggesting as …" (in Indonesian even with a short name)."""
    installed = install_translators(qapp, language) if language == "id" else []
    try:
        settings = Settings(ui_language=language, default_author="Muhammad Rizky Pratama")
        window = make_window(settings=settings)
        window.resize(1366, 768)
        settle(qtbot, window)
        tab = window.current_tab()
        window.registry["suggest_mode"].trigger()
        qtbot.wait(50)  # the bar lays out "Suggesting as …" on the next turn of the loop
        panel = tab.metadata_panel
        panel.title_edit.setFocus()
        qtbot.keyClicks(panel.title_edit, "!")
        said = window.statusBar().currentMessage()
        assert said and window.status.fits(said), said
        assert tab.info_bar.isHidden()  # not needed above the text
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


#: a name as long as a newsroom's may be, and then some: "Suggesting as" it took the bar's room
LONG_NAME = "Raden Mas Muhammad Rizky Pratama Wijayakusuma Hadiningrat Sastrowardoyo Putra"


def test_a_long_suggesting_name_gives_way_and_the_checks_counts_stay_whole(
    make_window, qtbot, article_file
):
    """QA34 F4: in suggest mode the bar asked for the whole "Suggesting as …" beside the counts,
    the window grew past a 1366 px screen and "1 error · 2 warnings" at the bar's right end went
    off it. The name is cut short with "…" (whole in its tip) and the counts keep their room;
    here in English, whose words are shorter, in a window of 1000 px."""
    window = make_window([article_file], settings=Settings(ui_language="en",
                                                           default_author=LONG_NAME))  # fmt: skip
    window.resize(1000, 700)
    settle(qtbot, window)
    counts = window.checks_dock.status_label
    qtbot.waitUntil(lambda: counts.text() != "", timeout=TIMEOUT)
    window.registry["suggest_mode"].trigger()
    settle(qtbot, window)
    suggesting = window.status.suggesting
    assert suggesting.isVisible() and LONG_NAME in suggesting.text()
    assert window.width() == 1000  # not widened (past the screen)
    bar, box = window.statusBar(), counts.geometry()
    assert counts.isVisible() and box.left() >= 0 and box.right() < bar.width()
    assert box.width() >= counts.sizeHint().width()  # the counts whole, not cut
    assert suggesting.is_elided() and LONG_NAME in suggesting.toolTip()
    assert suggesting.width() >= suggesting.minimumSizeHint().width() > 0  # "✎ Suggesting…"

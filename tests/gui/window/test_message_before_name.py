"""A passing message in the status bar is read before suggest mode's name: the name gives way
to its shortest ("✎ Menyarankan…") while a message needs its room, and comes back whole after
(QA37 #19: "Detail diubah langsung, bukan saran: beri komentar u" was cut by "Menyarankan
sebagai Pak Hadi" at 1366x768)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from netizen_editor.gui.app import install_translators
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT, settle


def laid_out() -> None:
    """The layouts asked for done now (the bar lays its fields out on the next turn)."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


#: where QStatusBar draws a message: from 6 px to 2 px before the first permanent field shown
MESSAGE_LEFT, BEFORE_FIELD = 6, 2


def test_a_message_is_not_cut_by_suggest_modes_name_at_1366(make_window, qtbot, qapp,
                                                           article_file):  # fmt: skip
    installed = install_translators(qapp, "id")
    try:
        settings = Settings(ui_language="id", default_author="Pak Hadi")
        window = make_window([article_file], settings=settings)
        window.resize(1366, 768)
        settle(qtbot, window)
        tab = window.current_tab()
        counts = window.checks_dock.status_label
        qtbot.waitUntil(lambda: counts.text() != "", timeout=TIMEOUT)
        window.registry["suggest_mode"].trigger()
        settle(qtbot, window)
        bar, name = window.statusBar(), window.status.suggesting
        whole = name.width()
        assert name.isVisible() and not name.is_elided()
        tab.metadata_panel.title_edit.setFocus()
        qtbot.keyClicks(tab.metadata_panel.title_edit, "!")
        said = bar.currentMessage()
        assert said.startswith("Detail diubah langsung")
        # the edit made "✓ Tersimpan" "● Perubahan belum disimpan" under the message: wider
        assert "belum disimpan" in window.status.saved.text()
        laid_out()
        room = name.x() - BEFORE_FIELD - MESSAGE_LEFT
        assert bar.fontMetrics().horizontalAdvance(said) <= room, (said, room)
        assert "Menyarankan" in name.text() and name.is_elided()  # still says suggest mode
        assert tab.info_bar.isHidden()  # the bar has it whole: not repeated above the text
        bar.clearMessage()
        laid_out()
        assert name.width() == whole and not name.is_elided()  # whole again
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

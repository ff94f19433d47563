"""The window speaks one language for its whole run: the one the settings said at its start.
A language chosen in Settings is saved and used from the next start, as the dialog says."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from netizen_editor import i18n
from netizen_editor.gui.uiloader import child
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.settings import Settings, default_settings_path


def test_a_new_language_in_the_settings_waits_for_the_next_start(make_window, article_file):
    window = make_window([article_file])  # started in English
    assert i18n.language() == "en"
    dialog = window.open_settings_dialog()
    note = child(dialog, QLabel, "writing_page_note").text()
    assert note == "A new language is used from the next start."
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("id"))
    dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert Settings.load(default_settings_path()).ui_language == "id"  # saved for next time
    assert window.settings.ui_language == "id"
    assert i18n.language() == "en"  # this run's messages stay in one language
    window.apply_settings(replace(window.settings, ui_language="en", site_name="Warta.id"))
    assert i18n.language() == "en"


def test_making_a_window_leaves_the_language_to_the_start(qtbot):
    before = i18n.language()
    try:
        i18n.set_language("id")
        window = MainWindow(Settings(ui_language="en"))
        qtbot.addWidget(window)
        assert i18n.language() == "id"  # gui/app.py set it once, before the window
    finally:
        i18n.set_language(before)

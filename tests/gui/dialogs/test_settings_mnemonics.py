"""Every Alt+letter of the Settings dialog leads to one field: on each page, its labels' and
checkboxes' letters and the page tabs' letters are all different (Alt+A went to both the Ads
tab and Default author; Alt+S to the Site tab and Gradient start)."""

from __future__ import annotations

import re
from collections import Counter

from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog
from netizen_editor.settings import Settings


def letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def assert_own_letters(dialog: SettingsDialog) -> None:
    pages = dialog.findChild(QTabWidget, "pages")
    tabs = [letter(pages.tabText(i)) for i in range(pages.count())]
    assert all(tabs)
    for index in range(pages.count()):
        page = pages.widget(index)
        texts = [w.text() for w in page.findChildren(QLabel) + page.findChildren(QAbstractButton)]
        letters = [found for found in map(letter, texts) if found]
        clashes = [k for k, n in Counter(tabs + letters).items() if n > 1]
        assert clashes == [], (pages.tabText(index), clashes, texts)


def test_each_page_has_its_own_letters(qtbot, tmp_path):
    dialog = SettingsDialog(Settings(ui_language="en"), tmp_path / "settings.toml")
    qtbot.addWidget(dialog)
    assert_own_letters(dialog)
    language = dialog.findChild(QLabel, "language_combo_label")
    assert letter(language.text()) == "l"


def test_each_page_has_its_own_letters_in_indonesian(qapp, qtbot, tmp_path):
    # the translation picks its own letters: Fon editor and the Foto tab were both Alt+F
    from netizen_editor.gui.app import install_translators

    installed = install_translators(qapp, "id")
    try:
        dialog = SettingsDialog(Settings(ui_language="id"), tmp_path / "settings.toml")
        qtbot.addWidget(dialog)
        assert dialog.findChild(QTabWidget, "pages").tabText(0) == "&Situs"
        assert_own_letters(dialog)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)

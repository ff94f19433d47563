"""Alt+letters kept apart: the menu bar keeps its letters, the rest of the window takes free
ones (its own first), and Alt with a letter is never typed into the story."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLabel

from netizen_editor.gui.dialogs.export_dialog import ExportDialog
from netizen_editor.gui.mnemonics import apart, candidates, letter, menu_key, plain
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot


def test_the_letter_of_a_text():
    assert letter("&Berkas") == "b" and letter("Ti&njau") == "n"
    assert letter("Tom && Jerry") is None and letter("Save &As && more") == "a"
    assert letter("no mark") is None and letter("end&") is None
    assert plain("Tom && J&erry") == "Tom && Jerry"


def test_own_letters_are_kept_and_the_others_take_free_ones():
    taken = set("feoivrh")  # the English menu bar
    texts = apart(["&Title", "&Editor", "C&redit", "S&lug", "&Labels", "Stat&us"], taken)
    assert texts == ["&Title", "E&ditor", "&Credit", "S&lug", "L&abels", "Stat&us"]
    assert taken >= set("tdclau")


def test_one_more_gets_a_letter_when_another_takes_its_second_choice():
    # "&Ab" keeps a; "Bx" could take b or x, "Bb" only b: Bx gives b up for x
    assert apart(["&Ab", "Bx", "Bb"], set()) == ["&Ab", "B&x", "&Bb"]
    assert apart(["Zz", "Zz"], {"z"}) == ["Zz", "Zz"]  # nothing free: no mark
    assert candidates("Date&line") == ["l", "d", "a", "t", "e", "i", "n"]


def _key(text: str, mods: Qt.KeyboardModifier) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_R, mods, text)


@pytest.mark.skipif(sys.platform == "darwin", reason="Option types letters on macOS")
def test_alt_and_a_letter_is_a_menu_key_not_text():
    assert menu_key(_key("r", Qt.KeyboardModifier.AltModifier))
    assert not menu_key(_key("r", Qt.KeyboardModifier.NoModifier))
    both = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
    assert not menu_key(_key("@", both))  # AltGr on Windows types characters
    assert not menu_key(_key("ą", Qt.KeyboardModifier.AltModifier))  # an AltGr seen as Alt


def test_alt_r_types_nothing_in_the_story(make_window, qtbot, tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: A\n---\nIsi.\n", encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    before = tab.editor_text()
    tab.editor.setFocus()
    qtbot.keyClick(tab.editor, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)  # no menu's
    qtbot.keyClick(tab.editor, Qt.Key.Key_X)
    after = tab.editor_text()
    assert len(after) == len(before) + 1 and "x" in after and "q" not in after.lower()


# -- the export dialog ---------------------------------------------------------------------------
#: a suggestion left: the errors' bar shows "Back to the Article" and "Review the Suggestions"
SUGGESTED = "---\ntitle: Banjir Rob\n---\nWarga {++ikut ++}mengungsi.\n"


def _export_dialog(qtbot, tmp_path: Path, text: str) -> ExportDialog:
    path = tmp_path / "banjir.md"
    path.write_text(text, encoding="utf-8")
    settings = Settings(ui_language="en")
    dialog = ExportDialog(take_snapshot(1, text, path, settings), path, settings)
    qtbot.addWidget(dialog)
    return dialog


def _clashes(dialog: ExportDialog) -> list[str]:
    widgets = dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)
    letters = [found for found in (letter(w.text()) for w in widgets) if found]
    assert len(letters) >= 8, letters  # the formats, Save to, Browse, Folder, Close, Export
    return [key for key, n in Counter(letters).items() if n > 1]


def test_the_export_dialog_has_its_own_letters(qtbot, tmp_path):
    # Alt+B was both the Blogger post and Browse (and Back to the Article): it only moved
    # the focus, and Enter exported the article page again (QA19 P4)
    for text in (SUGGESTED, SUGGESTED.replace("{++ikut ++}", "")):
        dialog = _export_dialog(qtbot, tmp_path, text)
        assert _clashes(dialog) == []
    assert dialog.checks_warning is not None  # the bar's buttons were counted


def test_the_export_dialog_has_its_own_letters_in_indonesian(qapp, qtbot, tmp_path):
    from netizen_editor.gui.app import install_translators

    installed = install_translators(qapp, "id")
    try:
        dialog = _export_dialog(qtbot, tmp_path, SUGGESTED)
        assert dialog.windowTitle() == "Ekspor Artikel"
        assert _clashes(dialog) == []  # Telusuri and Tinjau Sarannya were both Alt+T
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)


def test_an_alt_letter_picks_its_format(qtbot, tmp_path):
    dialog = _export_dialog(qtbot, tmp_path, SUGGESTED.replace("{++ikut ++}", ""))
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    for fmt, button in (("blogger", dialog.format_blogger), ("atom", dialog.format_atom)):
        key = Qt.Key(ord((letter(button.text()) or "?").upper()))
        qtbot.keyClick(dialog.focusWidget() or dialog, key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(button.isChecked)
        assert dialog.format() == fmt
    assert dialog.output_edit.text().endswith("banjir.xml")

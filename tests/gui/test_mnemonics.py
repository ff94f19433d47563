"""Alt+letters kept apart: the menu bar keeps its letters, the rest of the window takes free
ones (its own first), and Alt with a letter is never typed into the story."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from netizen_editor.gui.mnemonics import apart, candidates, letter, menu_key, plain


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

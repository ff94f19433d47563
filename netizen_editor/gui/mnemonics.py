"""Alt+letter keys that each mean one thing in the window.

The menu bar (Alt+B for Berkas, Alt+R for Review...) shares the window with the bar asking for
the user's name and with the Article Details labels, whose translated texts chose their letters
on their own: Alt+S was both Sunting and Slug, Alt+R both Review and Credit, and Qt then cycles
between them or, in the editor, types the letter. The menu bar keeps its letters; the other
widgets of the window get the first letter of their text that is still free (a word's first
letter before the others), or none.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu, QWidget


def letter(text: str) -> str | None:
    """The (lower-case) letter ``&`` marks in ``text`` (``&&`` is an ampersand), or None."""
    at = 0
    while True:
        at = text.find("&", at)
        if at < 0 or at + 1 >= len(text):
            return None
        if text[at + 1] == "&":
            at += 2
            continue
        return text[at + 1].lower() if text[at + 1].isalnum() else None


def plain(text: str) -> str:
    """``text`` without its mark (``&&`` kept)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&&")


def candidates(text: str) -> list[str]:
    """The letters ``text`` may be reached by, best first: its own, its words' first letters,
    then the others."""
    bare = plain(text)
    spots = [i for i, c in enumerate(bare) if c.isalnum()]
    starts = [i for i in spots if i == 0 or not bare[i - 1].isalnum()]
    own = letter(text)
    found = [own] if own is not None else []
    for at in starts + [i for i in spots if i not in starts]:
        if bare[at].lower() not in found:
            found.append(bare[at].lower())
    return found


def with_letter(text: str, key: str | None) -> str:
    """``text`` with ``key`` marked (a word's first ``key`` before another), or no mark."""
    bare = plain(text)
    if key is None:
        return bare
    spots = [i for i, c in enumerate(bare) if c.lower() == key]
    starts = [i for i in spots if i == 0 or not bare[i - 1].isalnum()]
    at = (starts or spots)[0]
    return bare[:at] + "&" + bare[at:]


def menu_letters(window: QWidget) -> set[str]:
    """The letters of ``window``'s menu bar (none when it is not a main window)."""
    if not isinstance(window, QMainWindow):
        return set()
    found = {letter(action.text()) for action in window.menuBar().actions()}
    return {key for key in found if key is not None}


def own_letters(menu: QMenu) -> QMenu:
    """``menu`` with each action's letter its own within it (a popup's letters mean nothing
    outside it: an action whose button gave its letter to a field gets one back)."""
    actions = [action for action in menu.actions() if not action.isSeparator()]
    for action, text in zip(actions, apart([a.text() for a in actions], set()), strict=True):
        action.setText(text)
    return menu


def apart(texts: Iterable[str], taken: set[str]) -> list[str]:
    """``texts`` (in order), each with a letter not in ``taken`` and not another's: its own
    when it is free (the first to have it keeps it); then as many of the others as can be get
    one of their text's letters still free (a matching: one of them may take another letter so
    that one more has one); ``taken`` gets theirs."""
    texts = list(texts)
    given: dict[int, str] = {}
    for n, text in enumerate(texts):
        own = letter(text)
        if own is not None and own not in taken:
            taken.add(own)
            given[n] = own
    options = {n: [key for key in candidates(text) if key not in taken]
               for n, text in enumerate(texts) if n not in given}  # fmt: skip
    holder: dict[str, int] = {}  # letter -> the text (index) that has it

    def place(index: int, seen: set[str]) -> bool:
        for key in options[index]:
            if key not in seen:
                seen.add(key)
                if key not in holder or place(holder[key], seen):
                    holder[key] = index
                    return True
        return False

    for index in options:
        place(index, set())
    given.update({index: key for key, index in holder.items()})
    taken.update(holder)
    return [text if letter(text) == given.get(n) else with_letter(text, given.get(n))
            for n, text in enumerate(texts)]  # fmt: skip


def keep_apart(widgets: Iterable[QLabel | QAbstractButton], taken: set[str]) -> None:
    """:func:`apart` for the texts of ``widgets``."""
    widgets = list(widgets)
    for widget, text in zip(widgets, apart([w.text() for w in widgets], taken), strict=True):
        if text != widget.text():
            widget.setText(text)


def menu_key(event: QKeyEvent) -> bool:
    """Alt and a letter or a digit, without another modifier: a window's Alt+letter (a menu, a
    field), never text to type, except on macOS, where Option types letters (é, ©...)."""
    if sys.platform == "darwin":
        return False
    mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    text = event.text()
    # (an AltGr some layouts report as Alt types a character of its own: é, ą, @ are typed)
    return (
        mods == Qt.KeyboardModifier.AltModifier
        and len(text) == 1
        and text.isascii()
        and text.isalnum()
    )

"""The Alt+letters of the bar that asks for the user's name, and those the window's menu bar
and that bar use together (``gui.mnemonics``): what the article's fields leave alone. Apart from
``name_bar`` so that the tab can ask without importing the window's lock keeping."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from netizen_editor.gui.mnemonics import apart, dock_letters, letter, menu_letters


def _tr(text: str) -> str:
    return QCoreApplication.translate("NameBar", text)


def button_texts(window: QWidget) -> list[str]:
    """The bar's Set Name and Hide, their Alt+letters apart from the menu bar's."""
    return apart([_tr("Set &Name…"), _tr("&Hide")], menu_letters(window))


def window_letters(window: QWidget, apart_from: QWidget | None = None) -> set[str]:
    """The Alt+letters the window's menu bar and name bar use, whether the bar is shown or
    not (see ``gui.mnemonics``), and with ``apart_from`` (a panel) those of the other docks'
    fields and buttons: what the panel's fields and buttons leave alone."""
    taken = menu_letters(window)
    keys = {letter(text) for text in button_texts(window)}
    if apart_from is not None:
        taken |= dock_letters(window, apart_from)
    return taken | {key for key in keys if key is not None}

"""The Alt+letters of the bar that asks for the user's name, and those the window's menu bar
and that bar use together (``gui.mnemonics``): what the article's fields leave alone; and the
letters the Article Details labels take, which the desk's buttons leave alone. Each is worked
out from the texts, never from what happens to be on screen, so the keys are the same whichever
panel was made first (a desk restored at the start took Alt+D from Dateline). Apart from
``name_bar`` so that the tab can ask without importing the window's lock keeping."""

from __future__ import annotations

import xml.etree.ElementTree as ET  # the app's own form, shipped with it
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from netizen_editor.gui.mnemonics import apart, letter, menu_letters
from netizen_editor.paths import ui_path

#: the Article Details form, whose labels (each with a buddy field) take Alt+letters
DETAILS_FORM = "metadata_panel.ui"


def _tr(text: str) -> str:
    return QCoreApplication.translate("NameBar", text)


def button_texts(window: QWidget) -> list[str]:
    """The bar's Set Name and Hide, their Alt+letters apart from the menu bar's."""
    return apart([_tr("Set &Name…"), _tr("&Hide")], menu_letters(window))


def window_letters(window: QWidget) -> set[str]:
    """The Alt+letters the window's menu bar and name bar use, whether the bar is shown or
    not (see ``gui.mnemonics``): what the article's fields leave alone."""
    taken = menu_letters(window)
    keys = {letter(text) for text in button_texts(window)}
    return taken | {key for key in keys if key is not None}


@cache
def _details_labels() -> tuple[tuple[str, str], ...]:
    """The Details labels with a buddy field, in the form's order: (object name, source text)."""
    found = []
    for widget in ET.parse(ui_path(DETAILS_FORM)).getroot().iter("widget"):
        props = {p.get("name"): p for p in widget.findall("property")}
        text = props["text"].findtext("string") if "text" in props else None
        if widget.get("class") == "QLabel" and "buddy" in props and text:
            found.append((widget.get("name", ""), text))
    return tuple(found)


def details_texts(window: QWidget) -> dict[str, str]:
    """Each Details label's text (by object name) with the letter it takes: its own, else a
    free one, apart from the menu bar's and the name bar's."""
    names = [name for name, _text in _details_labels()]
    texts = [QCoreApplication.translate("MetadataPanel", text) for _name, text in _details_labels()]
    return dict(zip(names, apart(texts, window_letters(window)), strict=True))


def panel_letters(window: QWidget) -> set[str]:
    """What a panel beside the Details (the desk's buttons) leaves alone: the menu bar's, the
    name bar's and the Details labels' letters."""
    keys = {letter(text) for text in details_texts(window).values()}
    return window_letters(window) | {key for key in keys if key is not None}

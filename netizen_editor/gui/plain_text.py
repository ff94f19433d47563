"""Message texts shown letter for letter.

A message box (and a label) reads a text as rich text when its first line holds something like
a tag. The app's messages name files, titles, addresses and problems that may come from a
planted file: a story called ``<img src="/home/…/foto.jpg">.md`` would be drawn as a picture read
from the disk, ``<a href=…>`` as a link. Messages that carry such words are handed over through
:func:`shown_plain`, or their box is set to plain text (:func:`plain_box`). Both write the text's
bidi controls as escapes (``terminal.bidi_escaped``), as the tabs and the desk do: a file named
``laporan<U+202E>gpj.exe.md`` read "laporandm.exe.jpg", and turned the words after it round.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QMessageBox

from netizen_editor.terminal import bidi_escaped


def shown_plain(text: str) -> str:
    """``text`` as a message box given it shows it, letter for letter: unchanged when Qt reads
    it as plain text anyway, else escaped as rich text whose lines and spaces are kept; its bidi
    controls written as escapes either way."""
    text = bidi_escaped(text)
    if not GuiQt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{html.escape(text, quote=False)}</p>'


def plain_box(box: QMessageBox) -> QMessageBox:
    """``box`` with its text and informative text shown as plain text, their bidi controls as
    escapes (set after both)."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(bidi_escaped(box.text()))
    box.setInformativeText(bidi_escaped(box.informativeText()))
    return box

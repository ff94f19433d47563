"""Text with a very long run of characters without a space (a megabyte of "[", a pasted
base64 blob): Qt's default wrapping, at word boundaries or else anywhere, lays such a line out
in time that grows with the square of its length (a megabyte held the window for minutes before
it appeared). Before such text goes into the editor, its lines wrap anywhere instead: fast,
and nothing runs off the side."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit

#: a run without a space this long is not prose: the editor stops looking for word boundaries
UNBREAKABLE = 5_000
_RUN = re.compile(rf"\S{{{UNBREAKABLE}}}")


def fit_wrapping(editor: QPlainTextEdit, text: str) -> None:
    """Make ``editor`` wrap anywhere when ``text`` (about to go in) has an unbreakable run;
    it keeps doing so for the rest of the article (a paste can bring one too)."""
    if len(text) >= UNBREAKABLE and _RUN.search(text):
        editor.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)

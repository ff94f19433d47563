"""The offer to break a tab's lines that are too long to type in (``editing.long_lines``):
when a story opens with one, or a paste makes one, the bar above the editor says which line and
offers to break it; the page stays the same, and Undo brings the long line back."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from netizen_editor.editing.long_lines import LONG_LINE, break_long_lines, long_lines
from netizen_editor.gui.numbers import count_text


class Bar(Protocol):
    """The bar above the editor (``info_bar.InfoBar``)."""

    @property
    def offering(self) -> bool: ...

    def offer(self, text: str, label: str, do: Callable[[], None]) -> None: ...


class Tab(Protocol):
    """What the offer reads and does of its tab (``document_tab.DocumentTab``)."""

    @property
    def info_bar(self) -> Bar: ...

    @property
    def read_only(self) -> bool: ...

    def editor_text(self) -> str: ...

    def replace_text(self, text: str, *, modified: bool = True) -> None: ...

    def show_info(self, text: str, tip: str = "") -> None: ...


#: at most this many line numbers are named in the bar
NAMED_AT_MOST = 5


def _tr(text: str) -> str:
    return QCoreApplication.translate("LineBreakOffer", text)


def line_list(numbers: list[int]) -> str:
    """``4, 9, 12`` (and ``…`` past ``NAMED_AT_MOST``)."""
    named = ", ".join(str(n) for n in numbers[:NAMED_AT_MOST])
    return named + (", …" if len(numbers) > NAMED_AT_MOST else "")


class LineBreakOffer:
    """Looks at a tab's text for lines too long to type in and offers to break them."""

    def __init__(self, tab: Tab):
        self.tab = tab

    def look(self, text: str) -> None:
        """Offer the breaks when ``text`` (the tab's) has a line too long (not in a read-only
        tab, and not again while the offer is shown)."""
        if self.tab.read_only or self.tab.info_bar.offering:
            return
        numbers = long_lines(text)
        if not numbers:
            return
        message = (
            _tr("Line {lines} has more than {limit} characters: every key typed in it is slow. "
                "Breaking it into lines of a few sentences keeps the page the same.")
            if len(numbers) == 1
            else _tr("Lines {lines} have more than {limit} characters: every key typed in them "
                     "is slow. Breaking them into lines of a few sentences keeps the page the "
                     "same.")
        )  # fmt: skip
        limit = count_text(LONG_LINE)  # 20.000 / 20,000
        self.tab.info_bar.offer(
            message.format(lines=line_list(numbers), limit=limit), _tr("Break Lines"), self.act
        )

    def act(self) -> None:
        """Break the tab's long lines in one undoable step and say what was done."""
        if self.tab.read_only:
            return
        result = break_long_lines(self.tab.editor_text())
        if result.broken:
            self.tab.replace_text(result.text)
        notes = []
        if result.broken:
            notes.append(
                _tr("Broke line {lines} into shorter lines; the page is the same (Undo brings "
                    "it back).").format(lines=line_list(result.broken))
            )  # fmt: skip
        if result.kept:
            notes.append(
                _tr("Line {lines} is kept as it is: it is not a paragraph's, or has no space "
                    "between words to break it at.").format(lines=line_list(result.kept))
            )  # fmt: skip
        self.tab.show_info(" ".join(notes))

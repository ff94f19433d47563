"""A rich-text paste's pictures where they stood in the pasted page, as File › Import places a
document's (QA33 #7: every picture came after the whole paste, a chart far from the paragraph
it illustrated).

``html_paste`` keeps each picture's file name first and the text goes in with the pictures'
links in place; the files are written off the window's thread as any pasted picture's
(``image_import.PhotoJob``). :class:`Placed` follows each link in the text meanwhile. Once the
pictures are stored it takes out the link of one that could not be (the warning names it),
its paragraph with it when it held nothing else, and sets right the link of one stored under
another name (a graphic smaller as JPEG than as PNG; a number taken meanwhile). A link edited
meanwhile is left as it is. Those changes join the paste's undo step while nothing was edited
after it: Undo takes the paste back whole, its pictures' links with it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from netizen_editor.gui.editor.image_import import ImportItem
from netizen_editor.gui.editor.positions import py_index, qt_position
from netizen_editor.photos.importing import Imported

# a picture's Markdown up to its link's target, and after it (a figure's title, the ")")
_BEFORE = r"!\[(?:\\.|[^\]\\\n])*\]\("
_AFTER = r'(?:[ \t]+"[^"\n]*")?\)'


class Placed:
    """Where a paste's pictures' links are in the text: those of ``items`` (each with its
    ``target``) found between ``start`` and the paste's end (the document was ``before``
    characters long besides the text the paste replaced)."""

    def __init__(self, editor: QPlainTextEdit, start: int, before: int, items: list[ImportItem]):
        self.document = editor.document()
        end = start + self.document.characterCount() - before
        self.revision = self.document.revision()  # the paste's: is it the last edit still?
        self.items: list[ImportItem] = []
        self.links: list[list[QTextCursor]] = []
        for item in items:
            found = _links(self.document, item.target, start, end) if item.target else []
            if found:  # not one when suggest mode refused the paste
                self.items.append(item)
                self.links.append(found)

    def settle(self, outcomes: Sequence[tuple[ImportItem, Imported | str]]) -> None:
        """The links of the pictures that could not be stored taken out, those stored under
        another name set right; nothing when each is stored as its link says."""
        from netizen_editor.importing.images import link_target

        edits: list[tuple[QTextCursor, str]] = []
        for (item, outcome), links in zip(outcomes, self.links, strict=True):
            target = "" if isinstance(outcome, str) else link_target(outcome.relative)
            if target != item.target:
                edits += [(link, target) for link in links if link.selectedText() == item.target]
        if not edits:
            return
        change = QTextCursor(self.document)
        if self.document.revision() == self.revision:
            change.joinPreviousEditBlock()  # one undo step with the paste
        else:
            change.beginEditBlock()
        for link, target in edits:
            if target:
                link.insertText(target)
            else:
                _take_out(link)
        change.endEditBlock()


def _links(document: QTextDocument, target: str, start: int, end: int) -> list[QTextCursor]:
    """Each link to ``target`` between ``start`` and ``end``, selected (the target only)."""
    found: list[QTextCursor] = []
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    while True:
        cursor = document.find(f"]({target}", cursor, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull() or cursor.selectionEnd() > end:
            return found
        link = QTextCursor(document)
        link.setPosition(cursor.selectionStart() + 2)
        link.setPosition(cursor.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        found.append(link)


def _take_out(link: QTextCursor) -> None:
    """The picture whose link target ``link`` selects taken out of the text: its paragraph
    too when it held nothing else, with the blank line before it."""
    block = link.block()
    text = block.text()
    at = py_index(text, link.selectionStart() - block.position())
    whole = re.compile(_BEFORE + re.escape(link.selectedText()) + _AFTER)
    match = next((m for m in whole.finditer(text) if m.group().find("](") + m.start() + 2 == at),
                 None)  # fmt: skip
    if match is None:
        return
    edit = QTextCursor(block)
    if (text[: match.start()] + text[match.end() :]).strip():
        begin = block.position() + qt_position(text, match.start())
        finish = block.position() + qt_position(text, match.end())
    else:
        above, last = block.previous(), not block.next().isValid()
        begin, finish = block.position(), block.position() + block.length() - last
        if above.isValid() and not above.text().strip():
            begin = above.position()  # the blank line that parted it from the paragraph above
        if last and begin > 0:
            begin -= 1  # the line break before it: the text ends where the paragraph did
    edit.setPosition(begin)
    edit.setPosition(finish, QTextCursor.MoveMode.KeepAnchor)
    edit.removeSelectedText()

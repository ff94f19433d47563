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
after it: Undo takes the paste back whole, its pictures' links with it.

A paste undone while its pictures were being stored gets those changes in its Redo step
(QA36 #1: Redo brought back the link to ``…-2.png``, a file never written, its photo stored as
``…-2.jpg``): the steps undone are redone, the changes joined to the paste's, and undone again,
while the paste is the last step of the history; a Redo then brings back the links to the files
that were written. Once something else was edited after the Undo the paste cannot come back
and nothing changes. A paste undone and redone meanwhile has its links found again in the
text, and the changes join its step as they would have.

Where a change could go into the history only as an edit that Qt would make forget the steps
undone after the paste (a paste undone with another after it; a paste in the text with the
typing after it undone), no change is made: the picture stored under another name is written
under its link's name as well, in the format that name says (RV4 #4, #5)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit

from netizen_editor.gui.editor.image_import import ImportItem
from netizen_editor.gui.editor.positions import py_index, qt_position
from netizen_editor.photos.importing import Imported

#: at most this many steps undone after a paste are redone to put its links right in its Redo
#: step (each redo and undo is a change the window follows: held Ctrl+Z undoes ~30 a second)
MOST_REDONE = 200
# a picture's Markdown up to its link's target, and after it (a figure's title, the ")")
_BEFORE = r"!\[(?:\\.|[^\]\\\n])*\]\("
_AFTER = r'(?:[ \t]+"[^"\n]*")?\)'


class Placed:
    """Where a paste's pictures' links are in the text: those of ``items`` (each with its
    ``target``) found between ``start`` and the paste's end (the document was ``before``
    characters long besides the text the paste replaced)."""

    def __init__(self, editor: QPlainTextEdit, start: int, before: int, items: list[ImportItem]):
        self.editor, self.document = editor, editor.document()
        end = start + self.document.characterCount() - before
        self.revision = self.document.revision()  # the paste's: is it the last edit still?
        # the steps Undo can take with the paste in: as many again when a Redo brings it back
        self.steps = self.document.availableUndoSteps()
        self.items: list[ImportItem] = []
        self.links: list[list[QTextCursor]] = []
        for item in items:
            found = _links(self.document, item.target, start, end) if item.target else []
            if found:  # not one when suggest mode refused the paste
                self.items.append(item)
                self.links.append(found)
        # where each link stands as the paste put it: there again when Undo and Redo bring the
        # paste back (the cursors above lost their selections to the Undo)
        self.places = [[(link.selectionStart(), link.selectionEnd()) for link in found]
                       for found in self.links]  # fmt: skip

    def settle(
        self, outcomes: Sequence[tuple[ImportItem, Imported | str]], problems: list[str]
    ) -> tuple[list[str], list[str]]:
        """The links of the pictures that could not be stored taken out, those stored under
        another name set right; nothing when each is stored as its link says. The paste undone,
        the changes go into its Redo step, if it has one. What the status bar then says, and
        the ``problems`` (those of the paste's pictures, and its own) the warning box says.

        A change that cannot go into the history without losing steps undone after the paste
        (Qt forgets the Redo steps at an edit) is not made (RV4 #4, #5): each picture stored
        under another name is written under its link's name too, so every link the paste ever
        put in finds its file, and a picture refused is said in the box, its link left."""
        from netizen_editor.gui.editor.image_import import undone_paste_note
        from netizen_editor.importing.images import link_target

        targets = ["" if isinstance(outcome, str) else link_target(outcome.relative)
                   for _item, outcome in outcomes]  # fmt: skip
        found = [self._found(item, links) for item, links in zip(self.items, self.links,
                                                                  strict=True)]  # fmt: skip
        redo = self.document.isRedoAvailable()
        if any(found):
            last = self._last_step()
            if last or not redo:
                self._edit(found, targets, join=last)
            else:  # steps undone after the paste: kept
                outcomes = self._store_as_linked(outcomes)
            return [outcome.message for _item, outcome in outcomes
                    if not isinstance(outcome, str)], problems  # fmt: skip
        if not redo:
            return [], []  # edited since the Undo: the paste cannot come back
        if self._settle_redo(targets):  # Redo brings it back without the pictures refused
            return undone_paste_note(problems, self.document), []
        self._store_as_linked(outcomes)
        return [], problems  # Redo brings back the links of the pictures refused: said

    def _store_as_linked(
        self, outcomes: Sequence[tuple[ImportItem, Imported | str]]
    ) -> list[tuple[ImportItem, Imported | str]]:
        """``outcomes`` with each picture stored under another name than its link's written
        under its link's name too (``ImportItem.linked``), where nothing is there already."""
        from netizen_editor.gui.editor.image_import import stored_message
        from netizen_editor.importing.images import link_target
        from netizen_editor.photos.linked_copy import store_as

        stored: list[tuple[ImportItem, Imported | str]] = []
        for item, outcome in outcomes:
            if not isinstance(outcome, str) and item.linked is not None:
                relative = PurePosixPath(outcome.relative).with_name(
                    PurePosixPath(item.target).name
                )
                path = outcome.path.with_name(relative.name)
                if link_target(relative.as_posix()) == item.target and store_as(
                    path, item.linked.data
                ):
                    outcome = replace(outcome, relative=relative.as_posix(), path=path,
                                      web=item.linked)  # fmt: skip
                    outcome = replace(outcome, message=stored_message(outcome))
            stored.append((item, outcome))
        return stored

    def _found(self, item: ImportItem, links: list[QTextCursor]) -> list[QTextCursor]:
        """The links to ``item``'s file in the text: those the paste put in, or, when an Undo
        took them (and a Redo brought them back), each to be found now."""
        kept = [link for link in links if link.selectedText() == item.target]
        if kept or any(link.hasSelection() for link in links):  # one edited: left as it is
            return kept
        return _links(self.document, item.target, 0, self.document.characterCount())

    def _edit(self, found: list[list[QTextCursor]], targets: list[str], join: bool) -> None:
        """Each link in ``found`` set to its picture's target in ``targets`` ("": taken out),
        one undo step, joined to the one before it with ``join``."""
        edits = [(link, target) for item, target, links in zip(self.items, targets, found,
                                                                strict=True)
                 if target != item.target for link in links]  # fmt: skip
        if not edits:
            return
        change = QTextCursor(self.document)
        if join:
            change.joinPreviousEditBlock()  # one undo step with the paste
        else:
            change.beginEditBlock()
        for link, target in edits:
            if target:
                link.insertText(target)
            else:
                _take_out(link)
        change.endEditBlock()

    def _last_step(self) -> bool:
        """Whether the paste is the last step of the history, as it left the text (undone and
        redone, it may be)."""
        document = self.document
        return document.revision() == self.revision or (
            not document.isRedoAvailable()
            and document.availableUndoSteps() == self.steps
            and self._in_place() is not None
        )

    def _in_place(self) -> list[list[QTextCursor]] | None:
        """Each link where the paste put it, selected; None unless every one is there."""
        found = []
        for item, places in zip(self.items, self.places, strict=True):
            links = []
            for start, end in places:
                if end >= self.document.characterCount():
                    return None
                link = QTextCursor(self.document)
                link.setPosition(start)
                link.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                if link.selectedText() != item.target:
                    return None
                links.append(link)
            found.append(links)
        return found

    def _settle_redo(self, targets: list[str]) -> bool:
        """The changes ``targets`` make joined to the paste's step while it is undone: the
        steps undone redone, the changes made when the text is then as the paste left it (the
        paste the last step: nothing was edited after it), the steps undone again, the user's
        cursor and view where they were. False when they could not be made (something else
        undone after the paste: its step is not the last), True when made or none needed."""
        document = self.document
        if all(target == item.target for item, target in zip(self.items, targets, strict=True)):
            return True
        cursor = self.editor.textCursor()
        anchor, position = cursor.anchor(), cursor.position()
        bars = (self.editor.horizontalScrollBar(), self.editor.verticalScrollBar())
        scrolled = [bar.value() for bar in bars]
        redone = 0
        while document.isRedoAvailable() and redone < MOST_REDONE:
            left = document.availableRedoSteps()
            document.redo()
            if document.availableRedoSteps() >= left:
                break  # nothing redone (never seen): stop rather than loop
            redone += 1
        try:
            top = not document.isRedoAvailable() and document.availableUndoSteps() == self.steps
            found = self._in_place() if top else None
            if found is not None:
                self._edit(found, targets, join=True)
        finally:
            for _ in range(redone):
                document.undo()
        cursor = self.editor.textCursor()
        if (cursor.anchor(), cursor.position()) != (anchor, position):
            cursor.setPosition(anchor)
            cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
            self.editor.setTextCursor(cursor)
        for bar, value in zip(bars, scrolled, strict=True):
            bar.setValue(value)
        return found is not None


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

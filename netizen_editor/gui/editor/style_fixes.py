"""House-style fixes in the editor: the desk's replaced words ("the house style writes 'dalam
jaringan', not 'daring'") underlined in dashes and offered in the word's context menu, as the
spelling findings are.

The findings come from the tab's checked snapshot (``use_findings``); the editor may have
changed since, so a finding counts only while its line still has its word where the checks
found it. :func:`replace_word` is the one fix, the same from the editor's menu and from the
"Periksa" panel: one undo step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QAction, QPainter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from netizen_editor.checks import Finding
from netizen_editor.gui.editor import underlines
from netizen_editor.gui.editor.positions import qt_position
from netizen_editor.gui.editor.spell_menu import put_first
from netizen_editor.gui.editor.undo_steps import step_cursor

RULE = "house-style"
COLOR = "#b06000"  # the house style's dashes (the checks panel's warnings are this amber)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StyleFixes", text)


def replace_text(use: str) -> str:
    """The menu's wording of a fix, the same in the editor and the "Periksa" panel."""
    return _tr("Replace with '{word}'").format(word=use)


@dataclass(frozen=True)
class StyleFix:
    """A replaced word: its 1-based line and column (characters), the word, what to write."""

    line: int
    column: int
    word: str
    uses: tuple[str, ...]


def _span(block: QTextBlock, fix: StyleFix, length: int) -> tuple[int, int] | None:
    """The Qt positions (in ``block``) of the fix's word, if the line still has it there."""
    text = block.text()
    first = fix.column - 1
    if first < 0 or first + length > len(text) or text[first : first + length] != fix.word:
        return None
    return qt_position(text, first), qt_position(text, first + length)


def replace_word(editor: QPlainTextEdit, fix: StyleFix, use: str) -> bool:
    """Write ``use`` in place of the fix's word, as one undo step; False when the line no
    longer has the word there (the text changed since the checks ran)."""
    block = editor.document().findBlockByNumber(fix.line - 1)
    span = _span(block, fix, len(fix.word)) if block.isValid() else None
    if span is None:
        return False
    cursor = step_cursor(editor)  # Ctrl+Z: here
    cursor.beginEditBlock()
    cursor.setPosition(block.position() + span[0])
    cursor.setPosition(block.position() + span[1], QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(use)
    cursor.endEditBlock()
    editor.setTextCursor(cursor)
    return True


def located(finding: Finding, text: str) -> StyleFix | None:
    """The fix a house-style finding with suggestions offers, its word read from its line
    ``text``; None for other findings."""
    if finding.rule != RULE or not finding.suggestions or finding.length <= 0:
        return None
    first = finding.column - 1
    word = text[first : first + finding.length]
    if not word:
        return None
    return StyleFix(finding.line, finding.column, word, tuple(finding.suggestions))


class StyleFixes:
    """The house-style fixes of one editor (the spell layer's ``style``)."""

    def __init__(self, editor: QPlainTextEdit) -> None:
        self.editor = editor
        self._lines: dict[int, list[StyleFix]] = {}  # 1-based line → its fixes

    def use_findings(self, findings: Iterable[Finding], path: Path | None) -> None:
        """The findings of a checked snapshot of this editor's text (``path``: the article's;
        findings in other files, the house style's own, are not here)."""
        document = self.editor.document()
        lines: dict[int, list[StyleFix]] = {}
        for finding in findings:
            if finding.rule != RULE or (finding.path is not None and finding.path != path):
                continue
            block = document.findBlockByNumber(finding.line - 1)
            fix = located(finding, block.text()) if block.isValid() else None
            if fix is not None:
                lines.setdefault(fix.line, []).append(fix)
        if lines != self._lines:
            self._lines = lines
            self.editor.viewport().update()

    def fixes(self, block: QTextBlock) -> list[tuple[int, int, StyleFix]]:
        """(start, end, fix) of the fixes still in ``block``, in Qt positions within it."""
        found = []
        for fix in self._lines.get(block.blockNumber() + 1, ()):
            span = _span(block, fix, len(fix.word))
            if span is not None:
                found.append((*span, fix))
        return found

    def names(self, block: QTextBlock, start: int, end: int) -> bool:
        """Whether a fix is for the word at ``start``-``end`` (Python indices) of ``block``,
        still there: a non-standard form the house style replaces too is underlined and offered
        once, as the house style's (the newsroom's own rule; the checks list it once too)."""
        text = block.text()
        return any(
            fix.column - 1 == start and len(fix.word) == end - start and text[start:end] == fix.word
            for fix in self._lines.get(block.blockNumber() + 1, ())
        )

    def at(self, cursor: QTextCursor) -> StyleFix | None:
        at = cursor.positionInBlock()
        return next((f for s, e, f in self.fixes(cursor.block()) if s <= at <= e), None)

    def paint(self, painter: QPainter, block: QTextBlock, origin: QPointF) -> None:
        spans = [(s, e, underlines.DASH, COLOR) for s, e, _f in self.fixes(block)]
        if spans:
            underlines.draw(painter, block, origin, spans)

    def menu(self, cursor: QTextCursor, menu: QMenu | None) -> QMenu | None:
        """``menu`` (the spelling menu, or the editor's standard one when None) with the fix
        of the word under ``cursor`` first; ``menu`` as it was when there is none."""
        fix = self.at(cursor)
        if fix is None:
            return menu
        if menu is None:
            menu = self.editor.createStandardContextMenu()
        actions = []
        for use in fix.uses:
            action = QAction(replace_text(use), menu)
            action.setObjectName("style_replace")
            action.triggered.connect(lambda _c=False, u=use: replace_word(self.editor, fix, u))
            actions.append(action)
        return put_first(menu, actions)

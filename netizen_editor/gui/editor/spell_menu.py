"""The spelling part of the editor's context menu (the spell layer's findings)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont, QTextBlock, QTextCursor
from PySide6.QtWidgets import QMenu, QPlainTextEdit

from netizen_editor.gui.editor.ignoring import ignore_word
from netizen_editor.spelling.check import NON_STANDARD, SPELLING, Issue
from netizen_editor.spelling.speller import DEFAULT_LANGUAGE


class SpellLayer(Protocol):
    """What the menu reads and asks of the spell layer (``gui.editor.spell_layer``)."""

    editor: QPlainTextEdit
    lang: str | None
    speller: Any
    newsroom_list: str

    def issue_at(self, cursor: QTextCursor) -> tuple[QTextBlock, Issue] | None: ...

    def replace(self, block: QTextBlock, issue: Issue, word: str) -> None: ...

    def add_word(self, word: str, newsroom: bool) -> None: ...

    def ignore(self, word: str) -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellLayer", text)


def spelling_menu(layer: SpellLayer, cursor: QTextCursor) -> QMenu | None:
    """``layer``'s editor's context menu with the finding under ``cursor`` first (its
    suggestions, add to a dictionary, ignore); None if there is no finding there."""
    found = layer.issue_at(cursor)
    if found is None:
        return None
    block, issue = found
    menu = layer.editor.createStandardContextMenu()
    actions: list[QAction] = []
    if issue.kind == NON_STANDARD:
        suggestions: tuple[str, ...] = (issue.standard,)
    else:
        lang = layer.lang or DEFAULT_LANGUAGE
        suggestions = layer.speller.suggest(issue.word, lang) if layer.speller else ()
    for word in suggestions:
        action = QAction(word, menu)
        action.setObjectName("spell_suggestion")
        if word == suggestions[0]:
            font = QFont(action.font())
            font.setBold(True)
            action.setFont(font)
        action.triggered.connect(lambda _c=False, w=word: layer.replace(block, issue, w))
        actions.append(action)
    if not suggestions:
        none = QAction(_tr("No suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    if issue.kind == SPELLING and layer.speller is not None:
        personal = QAction(_tr("Add to Dictionary"), menu)
        personal.setObjectName("spell_add_personal")
        personal.triggered.connect(lambda: layer.add_word(issue.word, newsroom=False))
        actions.append(personal)
        if layer.newsroom_list:
            shared = QAction(_tr("Add to Newsroom Dictionary"), menu)
            shared.setObjectName("spell_add_newsroom")
            shared.triggered.connect(lambda: layer.add_word(issue.word, newsroom=True))
            actions.append(shared)
    ignore = QAction(_tr("Ignore"), menu)
    ignore.setObjectName("spell_ignore")
    ignore.triggered.connect(lambda: ignore_word(layer, issue.word))
    actions.append(ignore)
    return put_first(menu, actions)


def put_first(menu: QMenu, actions: list[QAction]) -> QMenu:
    """``menu`` with ``actions`` and a separator above what it held (the word's own entries
    first in the editor's menu)."""
    separator = QAction(menu)
    separator.setSeparator(True)
    first = menu.actions()[0] if menu.actions() else None
    if first is None:
        menu.addActions([*actions, separator])
    else:
        menu.insertActions(first, [*actions, separator])
    return menu

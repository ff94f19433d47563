"""The spelling part of the editor's context menu (the spell layer's findings)."""

from __future__ import annotations

from collections.abc import Callable
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

    def add_word(self, word: str, newsroom: bool) -> bool: ...

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
        suggestions = typo_suggestions(layer, issue.word)
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
    if issue.kind == SPELLING:

        def add(newsroom: bool) -> None:
            add_to_dictionary(layer, issue.word, newsroom)

        actions += add_actions(layer, menu, "spell_add", add)
    ignore = QAction(_tr("Ignore"), menu)
    ignore.setObjectName("spell_ignore")
    ignore.triggered.connect(lambda: ignore_word(layer, issue.word))
    actions.append(ignore)
    return put_first(menu, actions)


def typo_suggestions(layer: SpellLayer, word: str) -> tuple[str, ...]:
    """The corrections of a typo, best first (asked when a menu opens: ~10 ms a word)."""
    lang = layer.lang or DEFAULT_LANGUAGE
    return tuple(layer.speller.suggest(word, lang)) if layer.speller else ()


def add_actions(
    layer: SpellLayer, menu: QMenu, name: str, add: Callable[[bool], None]
) -> list[QAction]:
    """ "Add to Dictionary" for a typo (and "Add to Newsroom Dictionary" when the newsroom has
    a shared list), named ``name``_personal and ``name``_newsroom, each calling ``add`` (True:
    the newsroom's list); none without a speller."""
    if layer.speller is None:
        return []
    personal = QAction(_tr("Add to Dictionary"), menu)
    personal.setObjectName(f"{name}_personal")
    personal.triggered.connect(lambda: add(False))
    actions = [personal]
    if layer.newsroom_list:
        shared = QAction(_tr("Add to Newsroom Dictionary"), menu)
        shared.setObjectName(f"{name}_newsroom")
        shared.triggered.connect(lambda: add(True))
        actions.append(shared)
    return actions


def add_to_dictionary(layer: SpellLayer, word: str, newsroom: bool) -> None:
    """Put ``word`` in the journalist's list (or the newsroom's): its underlines go, and the
    Periksa panel drops its findings now and checks the open stories again (the word's other
    forms, gensetnya, pass too), not at the next edit."""
    if not layer.add_word(word, newsroom):
        return
    dock = getattr(layer.editor.window(), "checks_dock", None)
    if dock is not None:
        dock.word_added(word)


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

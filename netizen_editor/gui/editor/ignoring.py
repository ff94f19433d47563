""" "Ignore" (Abaikan) on a spelling finding: the word is remembered for the article
(``spelling.ignored``: beside it in ``.netizen/``, not in its text), its underlines go, and the
Periksa panel and the status bar count drop its findings at once. When an article's snapshot
comes, the words ignored in it (in an earlier session, or by a colleague on a shared drive)
are ignored by its editor too (:func:`sync_ignored`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netizen_editor.gui.plain_text import shown_plain


class _Tab(Protocol):
    """What is read of the editor's document tab (``gui.window.document_tab``)."""

    editor: Any

    def base_path(self) -> Path | None: ...

    def editor_text(self) -> str: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("SpellLayer", text)


def tab_of(widget: QWidget | None) -> _Tab | None:
    """The document tab that holds ``widget`` (its editor), or None."""
    while widget is not None and not (
        hasattr(widget, "base_path") and hasattr(widget, "editor_text")
    ):
        widget = widget.parentWidget()
    return widget  # type: ignore[return-value]


def ignore_word(layer: Any, word: str) -> None:
    """The spell menu's "Ignore": stop underlining ``word``, remember it for the article and
    take its findings out of the Periksa panel and the status count now."""
    layer.ignore(word)
    layer.article_ignored = ignored_by(layer) | {word}
    tab = tab_of(layer.editor)
    if tab is None:
        return
    from netizen_editor.spelling.ignored import ignore_word as remember

    try:
        remember(tab.base_path(), tab.editor_text(), word)
    except OSError as exc:  # SaveError: the message names the file and the reason
        QMessageBox.warning(layer.editor, _tr("Word not remembered"), shown_plain(str(exc)))
    dock = getattr(layer.editor.window(), "checks_dock", None)
    if dock is not None and dock.current_tab_is(tab):
        dock.drop_word(word)


def ignored_by(layer: Any) -> frozenset[str]:
    """The words ignored in the layer's article: remembered ones and this session's."""
    found: frozenset[str] = getattr(layer, "article_ignored", frozenset())
    return found


def sync_ignored(tab: _Tab, remembered: frozenset[str]) -> frozenset[str]:
    """Ignore in ``tab``'s editor the words remembered for its article (``remembered``, read
    with its checks on the render thread: the GUI thread neither parses nor reads files for
    it); the words ignored in it."""
    layer = getattr(tab.editor, "spell", None)
    if layer is None:
        return frozenset()
    known = ignored_by(layer)
    for word in remembered - known:
        layer.ignore(word)
    layer.article_ignored = known | remembered
    return layer.article_ignored  # type: ignore[no-any-return]

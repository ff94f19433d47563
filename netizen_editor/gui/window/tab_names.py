"""Tab labels that tell stories apart. A newsroom keeps each story in its own folder under one
file name (``banjir-bekasi/artikel.md``, ``kebakaran/artikel.md``): a tab reads its file name,
and when another open tab has the same name, the nearest folder that differs is added
("artikel.md — banjir-bekasi"), as VS Code and Qt Creator do. The tooltip gives the story's
title and the file's full path. A label too long for its tab is cut in its name, never in its
marks ("(read-only)", the unsaved "*"): six tabs at 1366 px read "longsor-b…nya-baca)", which
no longer said read-only (QA34 F7)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionTab, QTabBar, QTabWidget

from netizen_editor.gui.window.document_tab import DocumentTab
from netizen_editor.templates.placeholders import PLACEHOLDER
from netizen_editor.terminal import terminal_safe


def folder_hints(entries: Sequence[tuple[str, Path | None]]) -> list[str]:
    """For each (shown name, file) the folder that tells it from the others of the same name:
    "" when the name is unique (or there is no file), else the nearest folder that differs,
    with the parent after it ("a/banjir") or "…" for the folders between ("a/…/banjir")."""
    hints = [""] * len(entries)
    groups: dict[str, list[int]] = {}
    for index, (name, path) in enumerate(entries):
        if path is not None:
            groups.setdefault(name, []).append(index)
    for members in groups.values():
        for index in members:
            path = entries[index][1]
            others = [p for j in members if (p := entries[j][1]) is not None and p != path]
            if path is not None and others:  # the same file twice: nothing tells them apart
                depth = max(_differing_depth(path, other) for other in others)
                hints[index] = _hint(_folders(path), depth)
    return hints


def _folders(path: Path) -> list[str]:
    """The folders holding ``path``, nearest first, the root (``/``, ``C:\\``) last."""
    return [parent.name or str(parent) for parent in path.parents]


def _differing_depth(path: Path, other: Path) -> int:
    mine, theirs = _folders(path), _folders(other)
    for depth, name in enumerate(mine):
        if depth >= len(theirs) or theirs[depth] != name:
            return depth
    return len(mine) - 1


def _hint(folders: list[str], depth: int) -> str:
    if not folders:
        return ""
    depth = min(depth, len(folders) - 1)
    if depth == 0:
        return folders[0]
    top = folders[depth] if folders[depth].endswith(("/", "\\")) else folders[depth] + "/"
    return top + (folders[0] if depth == 1 else "…/" + folders[0])


def tab_tooltip(tab: DocumentTab) -> str:
    """The story's title (when it has one) above its full path (or its name, untitled)."""
    where = terminal_safe(str(tab.path)) if tab.path is not None else tab.display_name()
    title = terminal_safe(tab.story_title())  # a planted U+202E shown, not obeyed
    if not title:
        return where
    return f"<b>{escape(title)}</b><br>{escape(where)}"


def question_name(tab: DocumentTab) -> str:
    """The story's name in a question about it ("Save the changes to “…”?"): its title, or
    its tab's name (the file's, or Untitled) while the headline is still a template's
    placeholder, whose hint ("Judul berita: singkat, jelas, …") is no title (QA25 F-G)."""
    if PLACEHOLDER.fullmatch(tab.current_snapshot().title.strip()):
        return tab.display_name()
    return tab.window_name()


def label_tabs(tabs: QTabWidget) -> None:
    """Give every article tab its label (with the unsaved mark) and its tooltip; the marks at
    the label's end are the tab's data, which :class:`MarkKeepingTabBar` keeps whole."""
    found = (tabs.widget(index) for index in range(tabs.count()))
    articles = [tab for tab in found if isinstance(tab, DocumentTab)]
    hints = folder_hints([(tab.display_name(), tab.base_path()) for tab in articles])
    for tab, hint in zip(articles, hints, strict=True):
        index = tabs.indexOf(tab)
        dirty = " *" if tab.is_dirty() else ""
        label, mark = tab.tab_label(hint) + dirty, tab.read_only_mark("")
        if tabs.tabText(index) != label:
            tabs.setTabText(index, label)
        # "{name} (read-only)" gives its mark at the end; a translation might put it first
        tabs.tabBar().setTabData(index, (mark if label.endswith(mark + dirty) else "") + dirty)
        tabs.setTabToolTip(index, tab_tooltip(tab))


class MarkKeepingTabBar(QTabBar):
    """A tab bar whose labels, when too long for their tab, are cut in the name and keep their
    end whole: the marks given as the tab's data (a string the label ends with)."""

    def kept(self, index: int) -> str:
        """The end of tab ``index``'s label that is never cut ("" when none)."""
        kept = self.tabData(index)
        if isinstance(kept, str) and self.tabText(index).endswith(kept):
            return kept
        return ""

    def minimumTabSizeHint(self, index: int) -> QSize:
        """As narrow as a tab goes, plus room for its marks: squeezed to the narrowest, a
        read-only tab read "l…d (read-only)"; now "longso…bun.md (read-only)"."""
        size = super().minimumTabSizeHint(index)
        if self.shape() in (QTabBar.Shape.RoundedNorth, QTabBar.Shape.RoundedSouth):
            size.setWidth(size.width() + self.fontMetrics().horizontalAdvance(self.kept(index)))
        return size

    def initStyleOption(self, option: QStyleOptionTab, index: int) -> None:
        super().initStyleOption(option, index)  # the text cut by the bar's elide mode
        kept, text = self.kept(index), self.tabText(index)
        if not kept or option.text == text:
            return
        room = self.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, self)
        metrics = option.fontMetrics
        width = room.width() - metrics.horizontalAdvance(kept)
        name = metrics.elidedText(text[: -len(kept)], self.elideMode(), max(0, width),
                                  Qt.TextFlag.TextShowMnemonic)  # fmt: skip
        option.text = name + kept


def keep_marks(tabs: QTabWidget) -> QTabWidget:
    """``tabs`` (no tab in it yet) with a :class:`MarkKeepingTabBar` set as the form set the
    bar it replaces."""
    elide, scroll = tabs.elideMode(), tabs.usesScrollButtons()
    movable, closable, document = tabs.isMovable(), tabs.tabsClosable(), tabs.documentMode()
    name = tabs.tabBar().objectName()
    bar = MarkKeepingTabBar()
    bar.setObjectName(name)
    tabs.setTabBar(bar)  # which takes the form's settings away with the old bar
    tabs.setElideMode(elide)
    tabs.setUsesScrollButtons(scroll)
    tabs.setMovable(movable)
    tabs.setTabsClosable(closable)
    tabs.setDocumentMode(document)
    return tabs

"""Tab labels that tell stories apart. A newsroom keeps each story in its own folder under one
file name (``banjir-bekasi/artikel.md``, ``kebakaran/artikel.md``): a tab reads its file name,
and when another open tab has the same name, the nearest folder that differs is added
("artikel.md — banjir-bekasi"), as VS Code and Qt Creator do. The tooltip gives the story's
title and the file's full path."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QTabWidget

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
    """Give every article tab its label (with the unsaved mark) and its tooltip."""
    found = (tabs.widget(index) for index in range(tabs.count()))
    articles = [tab for tab in found if isinstance(tab, DocumentTab)]
    hints = folder_hints([(tab.display_name(), tab.base_path()) for tab in articles])
    for tab, hint in zip(articles, hints, strict=True):
        index = tabs.indexOf(tab)
        label = tab.tab_label(hint) + (" *" if tab.is_dirty() else "")
        if tabs.tabText(index) != label:
            tabs.setTabText(index, label)
        tabs.setTabToolTip(index, tab_tooltip(tab))

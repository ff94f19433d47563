"""What a tab says about the lock of its story (``locking``): the bar of a read-only tab (who
has the story, or Edit It Now once nobody has and its file is there), the notice of a tab whose
lock a colleague took, and the cheap look (``stamp``) that tells whether a file or lock changed
since the last look without reading it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from netizen_editor.errors import NetizenError
from netizen_editor.gui.contrast import ON_LIGHT_BAR
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.storage.locks import LockInfo, read_lock
from netizen_editor.terminal import bidi_escaped

if TYPE_CHECKING:
    from collections.abc import Callable

    from netizen_editor.gui.window.document_tab import DocumentTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("Locks", text)


def story_name(tab: DocumentTab, path: Path) -> str:
    """How the lock notices name a story, as the lock dialog does: its title (the tab's, else
    parsed from its text when the tab has not shown one yet and its text is all in), else the
    file's name."""
    title = tab.story_title()
    if not title and not tab.loading:  # a long text still going in: not all of it at once
        from netizen_editor.article.model import Article

        try:
            title = Article.parse(tab.editor_text(), path).title
        except (NetizenError, ValueError):
            title = ""  # a broken front matter: the file's name says which story
    return title or path.name


class ReadOnlyBar(QFrame):
    """Above a read-only tab's editor: who has the story, and Edit once they closed it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("read_only_bar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(
            "#read_only_bar { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"
            f"#read_only_bar QLabel {{ color: {ON_LIGHT_BAR}; }}"
        )
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # names from lock files: as written
        self.label.setWordWrap(True)
        self.edit_button = QPushButton(_tr("&Edit It Now"))
        self.edit_button.setObjectName("lock_edit_button")
        self.edit_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.edit_button)

    def update_for(self, tab: DocumentTab, zone: str) -> None:
        """Say who has the tab's story open now (its lock read again), or offer to edit it;
        never a file that is gone (moved: the gone-story bar offers Follow, and the tab edits
        it from there)."""
        path = tab.path
        if path is None:
            return
        from netizen_editor.gui.dialogs.lock_dialog import shown_time

        holder = read_lock(path)
        story = story_name(tab, path)
        if not os.path.lexists(path):
            text = _tr("Read-only: {name} was moved or deleted; “{story}” cannot be edited "
                       "under this name.").format(name=path.name, story=story)  # fmt: skip
            self.edit_button.hide()
        elif holder is not None and not holder.is_stale():
            text = _tr(
                "Read-only: {user} has “{story}” open (since {since}). It follows their saves."
            ).format(user=holder.user, story=story, since=shown_time(holder.since, zone))
            self.edit_button.hide()
        elif holder is not None:  # stale: whose it was, and why it can be taken (QA30)
            from netizen_editor.gui.dialogs.lock_dialog import stale_text

            text = _tr("Read-only: {user} had “{story}” open. {why}").format(
                user=holder.user or "?", story=story, why=stale_text(holder, zone)
            )
            self.edit_button.show()
        else:
            text = _tr("Read-only: nobody has “{story}” open now; you can edit it.").format(
                story=story
            )
            self.edit_button.show()
        text = bidi_escaped(text)  # a planted holder's or file's name: its controls shown
        if self.label.text() != text:
            self.label.setText(text)
            self.label.setToolTip(shown_plain(str(path)))


def taken_text(tab: DocumentTab, path: Path, holder: LockInfo | None, zone: str) -> str:
    """Who took the tab's story over, since when, and what to do with the text here: the
    take-over bar's words, and the question a save of it asks while they hold it."""
    from netizen_editor.gui.dialogs.lock_dialog import shown_time

    return _tr(
        "{user} has taken over “{story}” since {since}; your text is still here: save it as a "
        "copy, or compare it with theirs before saving."
    ).format(
        user=(holder.user if holder is not None else "") or "?",
        story=story_name(tab, path),
        since=shown_time(holder.since, zone) if holder is not None else "?",
    )


def also_open_text(tab: DocumentTab, path: Path, user: str) -> str:
    """``user`` has the tab's story open too, and the tab's saves ask before they write."""
    return _tr(
        "{user} also has “{story}” open; your saves ask before they overwrite a change of theirs."
    ).format(user=user or "?", story=story_name(tab, path))


def say_taken(
    tab: DocumentTab, path: Path, holder: LockInfo | None, zone: str, compare: Callable[[], object]
) -> None:
    """The tab's lock is someone else's now: its bar says who has the story since when, until
    it is closed, with Compare (their text on disk with the one here)."""
    text = taken_text(tab, path, holder, zone)
    tab.info_bar.offer(text, _tr("&Compare…"), compare, tip=str(path))

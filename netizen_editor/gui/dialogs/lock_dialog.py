"""A story someone else has open: who, since when (in the newsroom's zone), and what to do —
open it read-only (it follows their saves), open a copy of it, take over a lock that is stale,
or cancel."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from netizen_editor import i18n
from netizen_editor.article.dates import newsroom_datetime, shown_datetime
from netizen_editor.article.model import Article
from netizen_editor.errors import NetizenError
from netizen_editor.storage.locks import LockInfo
from netizen_editor.storage.reading import read_article_file
from netizen_editor.storage.sessions import hostname, pid_alive
from netizen_editor.terminal import bidi_escaped, terminal_safe

READ_ONLY, COPY, TAKE_OVER, CANCEL = "read_only", "copy", "take_over", "cancel"


def _tr(text: str) -> str:
    return QCoreApplication.translate("LockDialog", text)


def shown_time(when: dt.datetime, zone: str) -> str:
    """A lock's time on the newsroom's clock, in the window's language: "Minggu, 6 Desember
    2026 15.04 WIB" ("Sunday, 6 December 2026 15:04 WIB"). A time the newsroom's clock cannot
    show (a planted lock's: 9999-12-31 23:00 UTC is past the calendar's end in WIB) is shown with
    its own offset: the window opens whatever a colleague's lock file says."""
    with contextlib.suppress(OverflowError, ValueError, OSError):
        when = newsroom_datetime(when, zone)
    return shown_datetime(when, i18n.language())


def story_title(path: Path) -> str:
    """The title of the story in ``path`` (front matter, else its first heading); "" when it
    has none or cannot be read (the dialog then names the file)."""
    try:
        return Article.parse(read_article_file(path).text, path).title
    except (NetizenError, OSError, ValueError):
        return ""


def holder_text(name: str, holder: LockInfo, zone: str) -> str:
    """Who has the story open, and since when (one sentence)."""
    since = shown_time(holder.since, zone)
    if not holder.user:
        return _tr(
            "Someone has “{name}” open (the lock file beside it cannot be read; it was "
            "written {since})."
        ).format(name=name, since=since)
    return _tr("{user} has “{name}” open on {host} since {since}.").format(
        user=holder.user, name=name, host=holder.host or "?", since=since
    )


def stale_text(holder: LockInfo, zone: str) -> str:
    """Why the lock looks abandoned."""
    if holder.user and holder.host == hostname() and not pid_alive(holder.pid):
        return _tr(
            "The program that opened it is no longer running (it may have crashed), so "
            "you can take the story over."
        )
    return _tr(
        "There has been no sign of life from it since {time} (the program may have "
        "crashed or the computer gone to sleep), so you can take the story "
        "over."
    ).format(time=shown_time(holder.last_written(), zone))


class LockDialog(QDialog):
    """Asks what to do with a story ``holder`` has open; ``answer`` is one of READ_ONLY, COPY,
    TAKE_OVER (only offered for a stale lock) and CANCEL."""

    def __init__(
        self,
        path: Path,
        holder: LockInfo,
        *,
        me: str,
        login_name: bool,
        zone: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("lock_dialog")
        self.setWindowTitle(_tr("Story Open Elsewhere"))
        self.answer = CANCEL
        stale = holder.is_stale()
        lines = [holder_text(story_title(path) or path.name, holder, zone)]
        if stale:
            lines.append(stale_text(holder, zone))
        else:
            lines.append(
                _tr(
                    "You can read it here while they work (it follows their saves), or open a "
                    "copy of it to work on as a new article."
                )
            )
        self.message = QLabel(bidi_escaped("\n\n".join(lines)))  # a planted name's controls shown
        self.message.setObjectName("lock_message")
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # names from a lock: as written
        self.message.setWordWrap(True)
        self.where = QLabel(_tr("File: {path}").format(path=terminal_safe(str(path))))
        self.where.setObjectName("lock_path")
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        if login_name:
            note = QLabel(
                _tr(
                    "Colleagues see you as “{name}”, your login name: set your name in "
                    "Settings (Author)."
                ).format(name=me)
            )
            note.setObjectName("lock_name_note")
            note.setWordWrap(True)
            note.setStyleSheet("color: #555555;")
            layout.addWidget(note)

        buttons = QDialogButtonBox()
        self.buttons: dict[str, QPushButton] = {}
        roles = QDialogButtonBox.ButtonRole
        choices = [
            (TAKE_OVER, _tr("&Take Over"), roles.AcceptRole),
            (READ_ONLY, _tr("Open &Read-Only"), roles.AcceptRole),
            (COPY, _tr("Open a &Copy…"), roles.ActionRole),
            (CANCEL, _tr("Cancel"), roles.RejectRole),
        ]
        for answer, label, role in choices:
            if answer == TAKE_OVER and not stale:
                continue
            button = QPushButton(label)
            button.setObjectName(f"lock_{answer}")
            button.clicked.connect(lambda _=False, a=answer: self._choose(a))
            buttons.addButton(button, role)
            self.buttons[answer] = button
        self.buttons[TAKE_OVER if stale else READ_ONLY].setDefault(True)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _choose(self, answer: str) -> None:
        self.answer = answer
        if answer == CANCEL:
            self.reject()
        else:
            self.accept()

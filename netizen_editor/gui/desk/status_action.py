"""A status set from the desk (its buttons, its right-click menu): the questions first (Spike?,
errors found, the live URL and time), then the core's one front-matter edit, then the tab that
has the story open follows it (see ``gui.desk.controller``'s note).

The edit carries the status the user saw in the row when they clicked: a colleague may set
another one while a question is open (Budi's "Spike?" open while Rina sets Ready). The file is
then left as it is and the user is asked again, naming the status it has now and, when its
history knows, who set it and when; the row shows it at once (a poll). A status this window
set itself counts as seen until a poll lists it (a second click before the row caught up).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netizen_editor.errors import NetizenError
from netizen_editor.gui.desk import holders

if TYPE_CHECKING:
    from netizen_editor.desk.actions import Rewritten, StatusChanged
    from netizen_editor.desk.entry import DeskEntry
    from netizen_editor.gui.desk.host import StatusDesk
    from netizen_editor.gui.window.document_tab import DocumentTab


#: the statuses whose setter is the story's editor (a reporter sends it to review)
EDITOR_STATUSES = ("ready", "published")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


class StatusAction:
    """The desk's status action; ``set_here``: per story, the status its row showed and the
    one this window wrote, until a poll lists the row again."""

    def __init__(self, desk: StatusDesk):
        self.desk = desk
        self.set_here: dict[str, tuple[str, str]] = {}

    def seen(self, entry: DeskEntry) -> str:
        """The status the user has seen for ``entry``: its row's, or the one this window set
        when the row does not show it yet."""
        before, written = self.set_here.get(entry.path, ("", ""))
        if before == entry.status:
            return written  # the row was listed before our own change
        self.set_here.pop(entry.path, None)
        return entry.status

    def run(self, path: str, status: str) -> bool:
        """Set the story's status (``published`` asks for its live URL and when it went live,
        ``spiked`` whether to spike it); True when done."""
        desk = self.desk
        entry = desk.entry(path)
        if desk.folder is None or entry is None:
            return False
        desk.panel.clear_message()  # what the last action said
        seen = self.seen(entry)  # before the questions: the row may change while one is open
        file = desk.folder / path
        tab = desk.window.files.find_tab(file)
        if desk._held(entry, tab, holders.status_held()):
            return False
        if status == "spiked" and not self.confirm_spike(entry):
            return False
        running = seen == "spiked" and status in EDITOR_STATUSES  # the desk pulled it
        if running and not self.confirm_spiked(entry, status):
            return False  # (the details panel's Status list asks so too)
        if (
            status in ("ready", "published")
            and entry.errors
            and not self.confirm_errors(entry, status, tab)
        ):
            return False  # (the details panel asks so too)
        url, published_at = None, None
        if status == "published":
            answer = self.ask_published(entry)
            if answer is None:
                return False
            url, published_at = answer
        done, rewritten = self._write(entry, file, status, url, seen, published_at)
        if not done:
            desk.worker.poll_now()  # the row shows what the file says now
            return False
        self.set_here[path] = (entry.status, status)
        if tab is not None:
            self._follow_in_tab(tab, file, status, url, rewritten)
        desk.panel.show_message("")
        from netizen_editor.gui.desk.table_model import status_name

        desk.window.show_status(
            _tr("“{title}”: {status}").format(title=entry.title or path, status=status_name(status))
        )
        desk.worker.poll_now()
        return True

    def _write(self, entry: DeskEntry, file: Path, status: str, url: str | None, seen: str,
               published_at: dt.datetime | None) -> tuple[bool, Rewritten | None]:  # fmt: skip
        """The core's edit, the status the user saw as expected; when another one was set
        meanwhile, asked once whether to set it anyway. False when nothing was written; what
        was read and written (None: the file had the status already)."""
        from netizen_editor.desk.actions import StatusChanged, set_status

        desk = self.desk
        settings = desk.window.settings
        zone = settings.timezone
        # who marks it ready or published is its editor: named when the story names none
        editor = settings.default_author.strip() if status in EDITOR_STATUSES else None
        try:
            try:
                rewritten = set_status(file, status, url=url, user=desk.user(), zone=zone,
                                       expected=seen, editor=editor,
                                       published_at=published_at)  # fmt: skip
            except StatusChanged as changed:
                if changed.now == status or not self.confirm_changed(entry, status, changed):
                    return False, None  # (already so: nothing to write)
                rewritten = set_status(file, status, url=url, user=desk.user(), zone=zone,
                                       expected=changed.now, editor=editor,
                                       published_at=published_at)  # fmt: skip
        except NetizenError as exc:
            desk.panel.show_message(exc.located())
            return False, None
        return True, rewritten

    def confirm_changed(self, entry: DeskEntry, status: str, changed: StatusChanged) -> bool:
        """The story's status changed while the user chose theirs: set theirs anyway?"""
        from netizen_editor.gui.desk.table_model import status_name
        from netizen_editor.gui.dialogs.status_questions import confirm_changed

        return confirm_changed(self.desk.main, entry.title or entry.path, status_name(status),
                               status_name(changed.now), changed.by, changed.at)  # fmt: skip

    def _follow_in_tab(self, tab: DocumentTab, file: Path, status: str, url: str | None,
                       rewritten: Rewritten | None) -> None:  # fmt: skip
        """The tab shows the status just written to ``file`` (see the controller's note), and
        remembers it: a save that would write another one back asks (``desk_status``).
        The tab takes the file as its own only when the status went into the file it held and
        nothing else came into it since (``Document.take_rewritten``); else a change is in it
        that the tab never took (a colleague's save kept over with "Keep My Version", one made
        while the status's question was open), and the next save still stops at it and asks
        (QA34 F10, RV3 #1: it wrote over it)."""
        tab.desk_status = status
        if not tab.is_dirty():
            self.desk.window.files.reload(tab)
            return
        from netizen_editor.article.frontmatter import field_edit, field_value
        from netizen_editor.history.article_id import article_id
        from netizen_editor.storage.reading import ReadError, read_article_file

        text = tab.editor_text()
        try:
            written = read_article_file(file).text
        except ReadError:
            written = ""
        written_id = article_id(written)
        changes: list[tuple[str, object]] = [("status", status), ("url", url)]
        if article_id(text) is None and written_id is not None:
            changes.append(("id", written_id))  # the history's key, as the file has it now
        editor = field_value(written, "editor") if written else None
        if isinstance(editor, str) and editor and not field_value(text, "editor"):
            changes.append(("editor", editor))  # named by this status, as the file has it
        if status == "published" and written:
            changes.append(("date", field_value(written, "date")))  # when it went live
        first = True
        for key, value in changes:
            if value is None:
                continue
            edit = field_edit(text, key, value)
            if edit is None:
                continue
            tab.editor.apply_text_edit(edit, text, join_previous=not first, select=False)
            text = edit.apply(text)
            first = False
        if rewritten is not None:
            tab.document.take_rewritten(rewritten.before, rewritten.written_sha256)

    def confirm_spike(self, entry: DeskEntry) -> bool:
        """Spike the story? (the question the details panel asks too); Cancel is the default."""
        from netizen_editor.gui.dialogs.status_questions import confirm_spike

        return confirm_spike(self.desk.main, entry.title or entry.path, entry.status)

    def confirm_spiked(self, entry: DeskEntry, status: str) -> bool:
        """Mark a spiked story ready or published anyway? Keep Status is the default."""
        from netizen_editor.gui.dialogs.status_questions import confirm_spiked_story

        return confirm_spiked_story(self.desk.main, entry.title or entry.path, status)

    def ask_published(self, entry: DeskEntry) -> tuple[str, dt.datetime] | None:
        """The address where the story is live and when it went live (None: cancelled)."""
        from netizen_editor.gui.desk.questions import ask_published, published_offer

        settings = self.desk.window.settings
        when, offer = published_offer(self.desk.folder, entry, settings)
        return ask_published(self.desk.main, entry.title or entry.path, when, settings.timezone,
                             offer, settings.site_url)  # fmt: skip

    def confirm_errors(self, entry: DeskEntry, status: str, tab: DocumentTab | None) -> bool:
        """Mark a story with errors from the checks ready (or published) anyway? Open in
        ``tab``: its errors as the tab has them, listed (its suggestions counted)."""
        from netizen_editor.gui.dialogs.checks_gate import snapshot_errors
        from netizen_editor.gui.dialogs.status_questions import (
            confirm_despite_errors,
            confirm_despite_findings,
        )

        story = entry.title or entry.path
        if tab is not None:
            errors = snapshot_errors(tab.current_snapshot(), self.desk.window.settings)
            if errors:
                return confirm_despite_findings(self.desk.main, story, status, errors)
        return confirm_despite_errors(self.desk.main, story, status, entry.errors or 0,
                                      open_here=tab is not None)  # fmt: skip

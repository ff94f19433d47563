"""File › History…: an article's versions, the word difference between any two of them (or one and
the current text), "Changes since the last review", and Restore.

The versions are the article's history (``netizen_editor.history``), newest first: time, author,
reason, words. Below them, the copies the app kept of the file before saves (the old "previous
versions", ``storage.backups``, still taken as a safety net) that are older than the history's
oldest version are listed too, so nothing kept before the history existed is lost: they compare and
restore like versions, with their words; one whose text has the story's id was taken since the
history began (saves in one minute replace each other's version) and says "backup before a
save". "Changes since the last review" compares the current text with the version the
reviewer's question starts from (``history.since_review``: the editor's last version before
the reporter's accepts, rejects and replies; for the one who decided, the text before the
first decision of the run, an accept or reject keeping a version, reason ``review``) and says
which version that is, or that there is none. The compare list names each version's author,
as the list of versions does. The difference is
``history.diff.word_diff``: front matter changes by field, then the body word by word (additions
green, deletions red struck); long unchanged stretches are folded to a few lines of context, so
a 20,000-word article shows at once (``compare_html``: at most ``MAX_HTML_CHARS`` of it, then a
line naming the changes not shown and the ``netizen-editor history`` command that shows them).
The texts are read and compared off the window's thread (``compare_work``): the summary says
"Comparing…" meanwhile, the window stays usable, and a newer choice replaces an older compare.
Restore asks the window (``restore_requested``) to keep the current text as a version first and to
put the chosen text into the editor as one undoable edit. Against the current text, each changed
paragraph can be restored alone too, by its link in the difference (``restore_part``).

After a save that met a colleague's change (Compare in that question) the window is given the text
on disk (``DiskText``): it is the first row, "On disk", compared with "your version" (the editor's
text) whether or not the article has a history yet (a story without an ``id`` has none), and the
window offers the conflict's answers (``conflict_answer``: ``overwrite``, ``reload`` or ``copy``).
"""

from __future__ import annotations

import datetime as dt
import shlex
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netizen_editor import i18n
from netizen_editor.article.dates import file_time, newsroom_short
from netizen_editor.errors import NetizenError, error_message
from netizen_editor.gui.dialogs.compare_work import CompareRunner, Request, Result, Side
from netizen_editor.gui.dialogs.restore_part import PartLinks
from netizen_editor.gui.dialogs.version_reasons import BACKUP_SAVE, reason_label, short_reason
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.history.diff import WordDiff
from netizen_editor.history.earlier import REASON, EarlierCopy, earlier_copies, in_history
from netizen_editor.history.store import UNKNOWN_AUTHOR, History, body_words, few_problems
from netizen_editor.history.version_file import VersionInfo
from netizen_editor.storage.backups import BackupStore
from netizen_editor.terminal import bidi_escaped, terminal_safe

CURRENT = "current"
DISK = "disk"  # the row of the text on disk, in a save conflict


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


@dataclass
class Entry:
    """A row: a version of the history, or an earlier backup (``reason`` ``backup``)."""

    key: str
    time: str  # as shown
    author: str
    reason: str
    words: str
    load: Callable[[], str]
    stamp: str = ""  # a version's id, which starts with its exact UTC time ("" for a backup)
    kind: str = ""  # what the row is, when the reason alone does not say (``BACKUP_SAVE``)

    def label(self) -> str:
        """The reason as the window names it (the list of versions: ``short_label``)."""
        return reason_label(self.kind or self.reason)

    def short_label(self) -> str:
        return short_reason(self.kind or self.reason)


@dataclass(frozen=True)
class DiskText:
    """In a save conflict: the file's text on disk now, and who changed it ("": unknown, say
    another program)."""

    text: str
    who: str = ""

    def label(self) -> str:
        if self.who:
            return _tr("On disk (changed by {user})").format(user=self.who)
        return _tr("On disk (changed by another program)")


def _shown_time(stamp: str, zone: str) -> str:
    """A version's time on the newsroom's clock, whoever kept it where, as the desk writes a
    time ("8 Des 2026 07.05.04 WIB": QA34 F6, the list wrote "2026-12-08 07:05:04 WIB")."""
    try:
        return newsroom_short(dt.datetime.fromisoformat(stamp), zone, i18n.language())
    except (ValueError, OverflowError):
        return stamp


def _modified(path: Path, zone: str) -> str:
    """When the file was last written, on the newsroom's clock ("" when it cannot be read)."""
    try:
        stamp = path.stat().st_mtime
    except OSError:
        return ""
    return newsroom_short(file_time(stamp), zone, i18n.language())  # one past 9999 on a share


class CompareDialog(QDialog):
    """The versions of the article at ``path`` (whose history is ``history``, None when the
    text has no id yet) and the current text ``current``; with ``disk`` (a save conflict), the
    text on disk first, compared with ``current`` (the user's unsaved version)."""

    #: the text of the version to restore (the window keeps the current text first)
    restore_requested = Signal(str)
    #: the current text with one paragraph of the chosen version back (the window keeps the
    #: current text first, then calls ``set_current``)
    paragraph_restore_requested = Signal(str)
    #: a save conflict's answer chosen here: overwrite (save mine), reload (take theirs), copy
    conflict_answer = Signal(str)

    def __init__(
        self,
        path: Path,
        current: str,
        history: History | None,
        backups: BackupStore | None = None,
        parent: QWidget | None = None,
        zone: str = "WIB",
        disk: DiskText | None = None,
    ):
        super().__init__(parent)
        self.zone = zone  # the newsroom's: the versions' times are shown on its clock
        self.setObjectName("compare_dialog")
        self.disk = disk
        title = _tr("Your Text and “{name}” on Disk") if disk else _tr("History of {name}")
        self.setWindowTitle(title.format(name=terminal_safe(path.name)))  # as its tab says it
        self.current = current
        self.history = history
        self._texts: dict[str, str] = {CURRENT: current}
        self.diff: WordDiff | None = None  # the difference shown
        self.restored: Entry | None = None  # the version whose restore was asked
        self.problems: list[str] = []
        self._path, self._backups = path, backups
        self.entries = self._entries(path, history, backups)
        if disk is not None:
            self._texts[DISK] = disk.text
            self.entries.insert(0, Entry(DISK, _modified(path, zone), disk.who, "disk", "",
                                         lambda: disk.text))  # fmt: skip

        self.versions_list = QTreeWidget()
        self.versions_list.setObjectName("versions_list")
        self.versions_list.setRootIsDecorated(False)
        self.versions_list.setHeaderLabels([_tr("Time"), _tr("Author"), _tr("Reason"),
                                            _tr("Words")])  # fmt: skip
        header = self.versions_list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)  # stretched, its right-aligned counts went out of view
        # the reason takes the room the others leave: the words stay in view (its tip says all)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.to_combo = QComboBox()
        self.to_combo.setObjectName("compare_to")
        self._add_rows()
        self.summary = QLabel()
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        self.diff_view = QTextBrowser()
        self.diff_view.setObjectName("diff_view")
        self.diff_view.setOpenLinks(False)
        self.part_links = PartLinks(self.diff_view, self.paragraph_restore_requested.emit)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("Compare the chosen version with:")))
        row.addWidget(self.to_combo, 1)
        right_layout.addLayout(row)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.diff_view, 1)
        splitter = QSplitter()
        splitter.addWidget(self.versions_list)
        splitter.addWidget(right)
        splitter.setSizes([500, 680])

        intro = QLabel(
            _tr("A version is kept at every save, status change, review decision, export and "
                "restore. Choose one to see what changed since; restoring it keeps the current "
                "text as a version first.")
            if self.entries
            else _tr("There are no versions of this article yet: one is kept when it is saved.")
        )  # fmt: skip
        if disk is not None:
            intro.setText(
                _tr("“{name}” was changed on disk while you were editing it, and your text is "
                    "not saved yet. Below, “{disk}” compared with your version: green is only in "
                    "yours, red struck through only on disk. Choose what to keep.").format(
                    name=path.name, disk=disk.label())
            )  # fmt: skip
        intro.setObjectName("compare_intro")
        intro.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("history_problems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)  # planted names: never HTML
        self.problem_label.setStyleSheet("color: #b3261e;")
        self._show_problems()

        self.review_button = QPushButton(_tr("Changes Since the Last &Review"))
        self.review_button.setObjectName("review_button")
        self.review_button.setToolTip(
            _tr("What changed since you reviewed: after a colleague's versions, from your last "
                "version before them (an editor sees every decision and reply since his "
                "review, a reporter every suggestion since her version); after your own "
                "accepts and rejects, from just before the first of them. The summary says "
                "which version it starts from.")
        )  # fmt: skip
        self.restore_button = QPushButton(_tr("&Restore This Version"))
        self.restore_button.setObjectName("restore_button")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.review_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.review_button.clicked.connect(self.show_since_review)
        self.restore_button.clicked.connect(self._restore)
        self.conflict_buttons: dict[str, QPushButton] = {}
        if disk is not None:
            self.review_button.hide()  # the question now is theirs or mine
            close = buttons.button(QDialogButtonBox.StandardButton.Close)
            close.setDefault(True)  # Enter decides nothing
            for answer, label in [("overwrite", _tr("&Save Mine (Overwrite)")),
                                  ("reload", _tr("&Take Theirs")),
                                  ("copy", _tr("Save Mine as a &Copy…"))]:  # fmt: skip
                button = QPushButton(label)
                button.setObjectName(f"conflict_{answer}")
                button.clicked.connect(partial(self._answer, answer))
                buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
                self.conflict_buttons[answer] = button

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1180, 720)

        self.runner = CompareRunner(self, "_compared")
        # the compare asked last: its row, what it is compared with (key, name), the summary's start
        self._asked: tuple[Entry, str, str, str] | None = None
        self.versions_list.currentItemChanged.connect(lambda *_: self._compare())
        self.versions_list.currentItemChanged.connect(lambda *_: self._restorable())
        self.to_combo.currentIndexChanged.connect(lambda *_: self._compare())
        has_entries = bool(self.entries)
        self.review_button.setEnabled(has_entries)
        self.restore_button.setEnabled(has_entries)
        if has_entries:
            self.select(0)
        else:
            self.summary.setText("")

    def _current_name(self) -> str:
        return _tr("your version (not saved)") if self.disk else _tr("the current text")

    def _restorable(self) -> None:
        """The text on disk is taken with Take Theirs (a reload), not restored."""
        entry = self.chosen()
        self.restore_button.setEnabled(entry is not None and entry.key != DISK)

    def _answer(self, answer: str) -> None:
        """A save conflict's answer: the window closes, then the window acts on it."""
        self.accept()
        self.conflict_answer.emit(answer)

    # -- the rows ------------------------------------------------------------------------------
    def _entries(self, path: Path, history: History | None,
                 backups: BackupStore | None) -> list[Entry]:  # fmt: skip
        entries: list[Entry] = []
        versions: list[VersionInfo] = []
        if history is not None:
            listing = history.versions()
            self.problems.extend(listing.problems)
            versions = listing.versions
            for info in versions:
                shown = _shown_time(info.time, self.zone)
                author = _tr("unknown") if info.author == UNKNOWN_AUTHOR else info.author
                entries.append(Entry(info.id, shown, author, info.reason,
                                     count_text(info.words), self._loader(info.id),
                                     info.id))  # fmt: skip
        if backups is not None:  # those older than the history (``history.earlier``)
            try:
                found = earlier_copies(backups, path, versions)
            except OSError as exc:
                found = []
                self.problems.append(error_message(exc))
            story = history.article_id if history is not None else None
            entries += [self._backup_entry(backups, copy, story) for copy in found]
        return entries

    def _backup_entry(self, backups: BackupStore, copy: EarlierCopy, story: str | None) -> Entry:
        """A backup's row: its words, and whether it was taken before the history or since
        (read now, as ``netizen-editor history`` reads it; one that cannot be read says so
        when it is chosen)."""
        stamp = newsroom_short(copy.backup.time, self.zone, i18n.language())
        load = partial(backups.read_backup, copy.backup)
        try:
            text = load()
        except OSError:
            return Entry(copy.id, stamp, "", REASON, "", load)
        self._texts[copy.id] = text
        kind = BACKUP_SAVE if in_history(text, story) else ""
        return Entry(copy.id, stamp, "", REASON, count_text(body_words(text)), load, kind=kind)

    def _loader(self, version_id: str) -> Callable[[], str]:
        def load() -> str:
            assert self.history is not None
            return self.history.read(version_id)[1]

        return load

    def text_of(self, key: str) -> str | None:
        """The text of a row (or ``CURRENT``); None when it cannot be read (shown)."""
        if key in self._texts:
            return self._texts[key]
        entry = next((e for e in self.entries if e.key == key), None)
        if entry is None:
            return None
        try:
            text = entry.load()
        except (OSError, NetizenError) as exc:
            self.summary.setText(_tr("This version cannot be read: {problem}").format(
                problem=error_message(exc)))  # fmt: skip
            self.diff_view.clear()
            return None
        self._texts[key] = text
        return text

    def select(self, row: int) -> None:
        """Choose the version in ``row`` (its difference is shown)."""
        item = self.versions_list.topLevelItem(row)
        if item is not None:
            self.versions_list.setCurrentItem(item)

    def chosen(self) -> Entry | None:
        item = self.versions_list.currentItem()
        row = self.versions_list.indexOfTopLevelItem(item) if item is not None else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    # -- comparing -----------------------------------------------------------------------------
    def _compare(self, since: str = "") -> None:
        """Compare the chosen version with the text chosen to compare it with, off the
        window's thread (``compare_work``): meanwhile the summary says so. ``since``: what
        the summary starts with (Changes Since the Last Review)."""
        entry = self.chosen()
        if entry is None:
            return
        to_key = str(self.to_combo.currentData())
        old, new = self._side(entry.key), self._side(to_key)
        if old is None or new is None:
            return
        with_parts = to_key == CURRENT and entry.key != DISK  # the text on disk: Take Theirs
        target = (self._current_name() if to_key == CURRENT
                  else self.to_combo.currentText())  # fmt: skip
        self._asked = (entry, to_key, target, since)
        self.diff = None
        self.summary.setText(_tr("Comparing…"))
        self.diff_view.clear()
        self.part_links.take([], None)
        self.runner.ask(Request(old, new, with_parts, self._command(entry.key, to_key)))

    def _side(self, key: str) -> Side | None:
        if key in self._texts:
            return Side(key, self._texts[key])
        entry = next((e for e in self.entries if e.key == key), None)
        return None if entry is None else Side(key, load=entry.load)

    def _command(self, key: str, to_key: str) -> str:
        """The command line that shows this compare whole (said when the window shows only
        its start; "" for the text on disk, which has no id)."""
        if DISK in (key, to_key):
            return ""
        command = ["netizen-editor", "history", str(self._path), "--diff", key]
        if to_key != CURRENT:
            command += ["--to", to_key]
        return shlex.join(command)

    def comparing(self) -> bool:
        """A compare is under way (the summary says so)."""
        return self.runner.busy()

    def _compared(self, result: Result) -> None:
        """A compare's result, back on the window's thread: shown unless a newer one was
        asked meanwhile."""
        if self.runner.finished(result) is None or self._asked is None:
            return
        self._texts.update(result.texts)
        entry, to_key, target, since = self._asked
        if result.problem or result.failed or result.diff is None:
            self.summary.setText(
                _tr("This version cannot be read: {problem}").format(problem=result.problem)
                if result.problem
                else _tr("The two texts cannot be compared: {problem}").format(
                    problem=result.failed)
            )  # fmt: skip
            return
        self.diff = result.diff
        self.part_links.take(result.parts, result.request.new.text if result.parts else None)
        added, deleted = count_text(result.added), count_text(result.deleted)  # 360.000
        fields = len(result.diff.fields)
        if self.disk is not None and entry.key == DISK and to_key == CURRENT:
            summary = _tr("Your version against the text on disk: {added} words only in "
                          "yours, {deleted} only on disk, {fields} details differ.").format(
                added=added, deleted=deleted, fields=fields)  # fmt: skip
        else:
            summary = _tr("From the version of {time} ({reason}) to {target}: {added} words "
                          "added, {deleted} deleted, {fields} details changed.").format(
                time=entry.time, reason=entry.label(), target=target, added=added,
                deleted=deleted, fields=fields) + self.part_links.hint()  # fmt: skip
        self.summary.setText(f"{since} {summary}" if since else summary)
        self.diff_view.setHtml(result.html)

    def review_since(self) -> tuple[int, str] | None:
        """The row "Changes Since the Last Review" compares from and why
        (``history.since_review``: for an editor, his last version before the reporter's
        decisions; for the one who decided, the text before the first decision), or None."""
        from netizen_editor.history.since_review import since_review

        me = self.history.author if self.history is not None else ""
        rows = [row for row, e in enumerate(self.entries) if e.stamp and e.key != DISK]
        found = since_review([(self.entries[row].author, self.entries[row].reason)
                              for row in rows], "" if me == UNKNOWN_AUTHOR else me)  # fmt: skip
        return None if found is None else (rows[found.row], found.why)

    def show_since_review(self) -> bool:
        """Compare the version the last review starts from with the current text, saying
        which version that is; False (and said) when there is none."""
        from netizen_editor.history.since_review import DECISIONS, YOURS

        found = self.review_since()
        if found is None:
            self.summary.setText(_tr("No review decision (an accepted or rejected suggestion) "
                                     "is kept in this article's history, so there is nothing "
                                     "to compare with."))  # fmt: skip
            self.runner.drop()  # a compare under way would say otherwise
            self.diff = None
            self.diff_view.clear()
            return False
        row, why = found
        self.to_combo.setCurrentIndex(0)
        self.select(row)
        entry = self.entries[row]
        if why == YOURS:
            since = _tr("Since your last version before a colleague's (kept at {time}, "
                        "{reason}):")  # fmt: skip
        elif why == DECISIONS:
            since = _tr("Since just before the first review decision of the latest run (the "
                        "text kept at {time} by {author}):")  # fmt: skip
        else:
            since = _tr("Since the last version by {author} (kept at {time}), before the "
                        "newest ones:")  # fmt: skip
        self._compare(since.format(time=entry.time, author=entry.author, reason=entry.label()))
        return True

    def set_current(self, text: str) -> None:
        """The current text is now ``text`` (a paragraph was restored): the versions listed
        again (the restore kept one) and compared again, the chosen ones still chosen."""
        self.current = self._texts[CURRENT] = text
        if self.history is not None and self.disk is None:
            chosen, to_key = self.chosen(), self.to_combo.currentData()
            self.problems = []
            entries = self._entries(self._path, self.history, self._backups)
            with QSignalBlocker(self.versions_list), QSignalBlocker(self.to_combo):
                self.entries = entries
                self._add_rows()
                self._show_problems()
                self.to_combo.setCurrentIndex(max(0, self.to_combo.findData(to_key)))
                keys = [entry.key for entry in entries]
                if chosen is not None and chosen.key in keys:
                    self.select(keys.index(chosen.key))
        self._compare()

    def _show_problems(self) -> None:
        """The listing's problems above the list (the first few; none: hidden)."""
        self.problem_label.setText("\n".join(few_problems(self.problems)))
        self.problem_label.setVisible(bool(self.problems))

    def _add_rows(self) -> None:
        """The versions' rows and the choices to compare with, from ``entries``."""
        self.versions_list.clear()
        for entry in self.entries:
            item = QTreeWidgetItem([entry.time, bidi_escaped(entry.author),
                                    bidi_escaped(entry.short_label()), entry.words])  # fmt: skip
            item.setToolTip(2, shown_plain(entry.label()))  # a planted reason as written
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.versions_list.addTopLevelItem(item)
        self.to_combo.clear()
        self.to_combo.addItem(self._current_name(), CURRENT)
        for entry in self.entries:
            who = f" · {entry.author}" if entry.author else ""  # which version is "mine"
            self.to_combo.addItem(bidi_escaped(f"{entry.time} · {entry.label()}{who}"), entry.key)

    def _restore(self) -> None:
        entry = self.chosen()
        if entry is None:
            return
        if entry.key == DISK:
            self._answer("reload")  # the file's text as it is: the window reloads it
            return
        text = self.text_of(entry.key)
        if text is None:
            return
        self.restored = entry
        self.restore_requested.emit(text)
        self.accept()

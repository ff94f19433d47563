"""The window's article locks on a shared drive (issue 24), and saves that wait for a drive.

- Every article open in a tab (a saved file, editable) holds a lock beside it
  (``storage.locks``) in the name from Settings (else the login name); the heartbeat is
  refreshed every minute and the lock removed when the tab closes (a crash leaves it stale).
- Opening a story someone else holds asks (``Prompts.article_locked``): open read-only, open a
  copy, take over (a stale lock only) or cancel. Read-only tabs carry a bar saying who has the
  story; they follow the holder's saves (the file controller reloads a clean tab when the file
  changes; here the file is also polled, for network drives without change notices) and offer
  to edit once the holder has closed it: every read-only tab, in front or not (one behind is
  looked at by ``stat`` only, and fully when it comes to the front).
- A tab whose lock someone else took (ours was removed or had lapsed) says so at once, naming
  them (a look at its lock file by ``stat`` every ``FOLLOW_MS``; the heartbeat too), and its
  heartbeat never writes over their lock; each save of it asks while they hold it, and it
  takes the lock back once theirs is gone or stale (``lock_return``).
- A save that meets a colleague's change (the file's hash, checked before every save) offers
  Compare (the History window compares the text on disk with yours, with or without a history,
  and offers Save Mine, Take Theirs and Save Mine as a Copy) and Save as a Copy besides
  Overwrite and Cancel. Their text is kept as a version when a save replaces it (reason
  ``overwritten``, author unknown: the lock says who has the story open, not who changed the
  file; ``Document.save``), not at Compare, where it is still on disk.
- A save that fails because the drive went away (folder gone, permission lost, disk full)
  leaves the text in the recovery journal, says so in one sentence, and is retried when the
  folder is back (the status bar says it is waiting), asking nothing (``waiting_saves``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QTabWidget, QWidget

from netizen_editor.article.story_copy import as_new_story
from netizen_editor.document import Document
from netizen_editor.gui.preview.image_watch import Signature, signature
from netizen_editor.gui.window.lock_bar import ReadOnlyBar, also_open_text
from netizen_editor.gui.window.lock_return import TakenLocks, hold
from netizen_editor.gui.window.waiting_saves import WaitingSaves
from netizen_editor.settings import Settings
from netizen_editor.storage.copy_names import copy_path
from netizen_editor.storage.locks import (
    HEARTBEAT_EVERY_S,
    ArticleLock,
    LockError,
    LockInfo,
    lock_name,
    lock_path,
    read_lock,
)
from netizen_editor.storage.reading import ReadError, read_article_file
from netizen_editor.storage.sessions import hostname

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.journal_keeper import JournalKeeper
    from netizen_editor.gui.window.versions import VersionKeeper
    from netizen_editor.storage.backups import BackupStore

FOLLOW_MS = 2000  # read-only tabs (their file and lock) and our locks: looked at this often


def _tr(text: str) -> str:
    return QCoreApplication.translate("Locks", text)


class LockFiles(Protocol):
    """What the locks need of the window's file controller (which asks them: no import)."""

    locks: LockKeeper | None
    versions: VersionKeeper
    backups: BackupStore

    def save(self, tab: DocumentTab, *, overwrite: bool = False, unasked: bool = False) -> bool: ...
    def reload(self, tab: DocumentTab) -> bool: ...
    def save_as(self, tab: DocumentTab, suggested: Path | None = None) -> bool: ...
    def check_disk(self, tab: DocumentTab) -> None: ...


class LockHost(Protocol):
    settings: Settings
    prompts: Prompts
    keeper: JournalKeeper
    tabs: QTabWidget

    @property
    def files(self) -> LockFiles: ...

    def all_tabs(self) -> list[DocumentTab]: ...
    def create_tab(self) -> DocumentTab: ...
    def add_tab(self, tab: DocumentTab) -> None: ...
    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...


@dataclass(frozen=True)
class Claim:
    """What opening a file should do: ``done`` (cancelled, or a copy was opened: ``tab``),
    else open it, ``read_only`` or not."""

    done: bool = False
    tab: DocumentTab | None = None
    read_only: bool = False


class LockKeeper(QObject):
    def __init__(self, window: LockHost):
        super().__init__(window.tabs)
        self.window = window
        self._locks: dict[DocumentTab, ArticleLock] = {}
        self._known: set[DocumentTab] = set()
        self._bars: dict[DocumentTab, ReadOnlyBar] = {}
        #: files and locks, as they were at the last look
        self._seen: dict[DocumentTab, tuple[Signature, Signature]] = {}
        self._approved: dict[Path, LockInfo] = {}  # stale locks the user chose to take over
        self.taken = TakenLocks()  # tabs whose lock a colleague took: taken back when free
        self.heartbeat = QTimer(self, interval=HEARTBEAT_EVERY_S * 1000)
        self.heartbeat.timeout.connect(self.refresh_all)
        self.follow = QTimer(self, interval=FOLLOW_MS)
        self.follow.timeout.connect(self.follow_all)
        self.saves = WaitingSaves(window, self, self)  # saves waiting for a drive
        window.tabs.currentChanged.connect(lambda _index: self.front())

    @property
    def settings(self) -> Settings:
        return self.window.settings

    def user(self) -> str:
        """The name the locks carry: the settings' author, else the login name."""
        return lock_name(self.settings.default_author)

    def lock_of(self, tab: DocumentTab) -> ArticleLock | None:
        return self._locks.get(tab)

    # -- opening -------------------------------------------------------------------------------
    def claim(self, path: Path, *, ask: bool = True) -> Claim:
        """Before opening ``path``: ask when someone else has it open; ``ask`` False (the last
        session's stories, up to 50: no question each) opens it read-only, its bar says who has
        it, or offers Edit It Now once nobody has."""
        me = self.user()
        holder = ArticleLock(path, me).holder()
        if holder is None or self._same_process(holder, me):
            return Claim()
        if holder.is_stale() and self._own(holder):
            return Claim()  # our own earlier session left it: taken back when the tab opens
        if not ask:
            return Claim(read_only=True)
        answer = self.window.prompts.article_locked(
            path,
            holder,
            me=me,
            login_name=not self.settings.default_author.strip(),
            zone=self.settings.timezone,
        )
        if answer == "read_only":
            return Claim(read_only=True)
        if answer == "take_over" and holder.is_stale():
            self._approved[path] = holder
            return Claim()
        if answer == "copy":
            return Claim(done=True, tab=self.open_copy(path))
        return Claim(done=True)

    def _own(self, holder: LockInfo) -> bool:
        """A lock in our name from this computer (a session of ours that crashed)."""
        return holder.user == self.user() and holder.host == hostname()

    def colleague_of(self, tab: DocumentTab) -> str:
        """The name of the colleague whose live lock is beside ``tab``'s file now ("" when
        there is none, or it is this tab's own)."""
        path = tab.document.path
        holder = read_lock(path) if path is not None else None
        if holder is None or holder.is_stale():
            return ""
        lock = self.lock_of(tab)
        if (lock is not None and lock.is_ours(holder)) or self._same_process(holder, self.user()):
            return ""
        return holder.user or "?"

    @staticmethod
    def _same_process(holder: LockInfo, me: str) -> bool:
        """Another window of this very program, in the same name (never a colleague)."""
        return holder.user == me and holder.host == hostname() and holder.pid == os.getpid()

    def open_copy(self, path: Path) -> DocumentTab | None:
        """Save a copy of the story under a new name (beside it unless chosen elsewhere) and
        open that copy as a normal article; None when cancelled or unreadable."""
        try:
            text = as_new_story(read_article_file(path).text, copy_path(path).stem, self.user())
        except ReadError as exc:
            self.window.prompts.error(
                _tr("Cannot Open the Article"),
                _tr("“{name}” cannot be opened.").format(name=path.name),
                f"{exc.message}.\n\n{path}",
            )
            return None
        tab = self.window.create_tab()
        name = _tr("{stem} (copy)").format(stem=path.stem)
        tab.open_document(Document.untitled(text, name=name, original=path), text, modified=True)
        self.window.add_tab(tab)
        if not self.window.files.save_as(tab, suggested=copy_path(path)):
            tab.show_info(
                _tr("This is an unsaved copy of {name}; saving asks for its name.").format(
                    name=path.name
                )
            )
        return tab

    # -- the tabs ------------------------------------------------------------------------------
    def front(self) -> None:
        """Another tab came to the front: a read-only one is looked at now (its bar right at
        once, not at the next look)."""
        self.scan()
        widget = self.window.tabs.currentWidget()
        for tab, bar in list(self._bars.items()):
            if tab is widget and tab.read_only and tab.path is not None:
                self._follow(tab, bar, full=True)
                if not self.follow.isActive():
                    self.follow.start()

    def scan(self) -> None:
        """Follow tabs added to the window (each gets its lock, or its read-only bar)."""
        for tab in self.window.all_tabs():
            if tab in self._known:
                continue
            self._known.add(tab)
            tab.name_changed.connect(lambda t=tab: self.sync(t))
            tab.closing.connect(lambda t=tab: self.forget(t))
            self.sync(tab)

    def sync(self, tab: DocumentTab) -> None:
        """The tab's file or state may have changed: hold the lock of its file (editable), or
        show who holds it (read-only)."""
        path = tab.path
        lock = self._locks.get(tab)
        if lock is not None and lock.article != path:
            del self._locks[tab]
            lock.release()  # saved under another name: the old file is free
            lock = None
        if path is None:
            self._hide_bar(tab)
            return
        if tab.read_only:
            tab.editor.setUndoRedoEnabled(False)  # a colleague's text: their saves, no undo
            self._show_bar(tab)
            return
        if tab in self._bars:  # read-only until now
            tab.editor.setUndoRedoEnabled(True)
        self._hide_bar(tab)
        if lock is None:
            self._lock(tab, path)

    def _lock(self, tab: DocumentTab, path: Path) -> None:
        lock = ArticleLock(path, self.user())
        self._locks[tab] = lock  # kept when it cannot be written: not tried at every title
        approved = self._approved.pop(path, None)
        try:
            holder = hold(lock, lambda stale: stale == approved or self._own(stale))
        except LockError as exc:
            self.window.show_status(exc.message)
            return
        if holder is not None and not self._same_process(holder, lock.user):
            tab.show_info(also_open_text(tab, path, holder.user), tip=str(path))
        if not self.heartbeat.isActive():
            self.heartbeat.start()
        if not self.follow.isActive():
            self.follow.start()  # looks whether someone took it

    def forget(self, tab: DocumentTab) -> None:
        """The tab closes: its lock goes (only while it is still ours)."""
        lock = self._locks.pop(tab, None)
        if lock is not None:
            lock.release()
        self._known.discard(tab)
        self.taken.forget(tab)
        self.saves.forget(tab)
        self._bars.pop(tab, None)
        self._seen.pop(tab, None)

    def release_all(self) -> None:
        for tab in list(self._locks):
            self.forget(tab)

    def follow_user(self) -> None:
        """The open stories' locks carry the name the settings give now, written at once
        when it changed (a name just given), else left to the heartbeat."""
        user = self.user()
        if any(lock.held and lock.user != user for lock in self._locks.values()):
            self.refresh_all()

    def refresh_all(self) -> None:
        """The heartbeat: every lock still ours gets a new time (one removed is made again); a
        lock someone took over (ours was removed, or had lapsed) is said once, never written
        over; a tab whose lock was taken takes it back once nobody else has it."""
        for tab, lock in list(self._locks.items()):
            if not lock.held:
                self._take_back(tab, lock, full=True)  # a lock goes stale without changing
                continue
            lock.user = self.user()
            if not lock.refresh():
                self._taken(tab, lock, read_lock(lock.article))

    def _check_lock(self, tab: DocumentTab, lock: ArticleLock) -> None:
        """A look at our lock file by ``stat``; read when it changed: someone else's live lock
        there is said at once (one removed is left to the heartbeat, which makes it again)."""
        seen = signature(lock.path)
        if self._seen.get(tab, (None, None))[1] == seen:
            return
        self._seen[tab] = (None, seen)
        holder = read_lock(lock.article)
        if holder is not None and not lock.is_ours(holder) and not holder.is_stale():
            lock.held = False  # theirs now: the heartbeat leaves it alone
            self._taken(tab, lock, holder)

    def _taken(self, tab: DocumentTab, lock: ArticleLock, holder: LockInfo | None) -> None:
        self.taken.taken(tab, lock, holder, self.settings.timezone, lambda: self.compare(tab))

    def _take_back(self, tab: DocumentTab, lock: ArticleLock, *, full: bool) -> ArticleLock:
        """The tab's lock, taken back when its story is free again (``lock_return``)."""
        mine = self.taken.take_back(tab, lock, self.user(), full=full)
        if mine is not None:
            self._locks[tab] = lock = mine
        return lock

    # -- read-only tabs ------------------------------------------------------------------------
    def _show_bar(self, tab: DocumentTab) -> None:
        bar = self._bars.get(tab)
        if bar is None:
            bar = ReadOnlyBar(tab)
            bar.edit_button.clicked.connect(lambda _=False, t=tab: self.take(t))
            layout = tab.layout()
            if layout is not None:
                layout.insertWidget(0, bar)  # type: ignore[attr-defined]
            self._bars[tab] = bar
        bar.update_for(tab, self.settings.timezone)
        bar.show()
        if not self.follow.isActive():
            self.follow.start()

    def _hide_bar(self, tab: DocumentTab) -> None:
        bar = self._bars.get(tab)
        if bar is not None:
            bar.hide()

    def follow_all(self) -> None:
        """Read-only tabs follow the file (also on drives that send no change notices) and
        offer to edit once the holder has closed the story: the one in front fully, the others
        when ``stat`` finds their file or lock changed; our locks are looked at too."""
        following = False
        for tab, bar in list(self._bars.items()):
            if not tab.read_only or tab.path is None:
                continue
            following = True
            self._follow(tab, bar, full=bar.isVisible())
        for tab, lock in list(self._locks.items()):
            if tab in self.taken:  # someone took it: looked at until it is ours again
                following = True
                lock = self._take_back(tab, lock, full=False)
            if lock.held:
                following = True
                self._check_lock(tab, lock)
        if not following:
            self.follow.stop()

    def _follow(self, tab: DocumentTab, bar: ReadOnlyBar, *, full: bool) -> None:
        """Reload the tab's file when it changed and say who has it now; unless ``full``,
        only when its file or lock changed since the last look."""
        path = tab.path
        if path is None:
            return
        seen = signature(path), signature(lock_path(path))
        if not full and self._seen.get(tab) == seen:
            return
        self._seen[tab] = seen
        self.window.files.check_disk(tab)
        bar.update_for(tab, self.settings.timezone)

    def take(self, tab: DocumentTab) -> bool:
        """Edit a read-only story whose holder closed it (or whose lock is stale); never one
        whose file is gone: a lock there would make a save write the old name again."""
        path = tab.path
        if path is None:
            return False
        gone = _tr("{name} was moved or deleted: it is not edited under this name.")
        if not os.path.lexists(path):
            return self._not_taken(tab, gone.format(name=path.name))
        lock = ArticleLock(path, self.user())
        try:
            holder = hold(lock, lambda _stale: True)
        except LockError as exc:
            self.window.show_status(exc.message)
            return False
        if holder is not None:
            user = holder.user or "?"
            return self._not_taken(
                tab, _tr("{user} still has {name} open.").format(user=user, name=path.name)
            )
        if not os.path.lexists(path):  # moved while the lock was written
            lock.release()
            return self._not_taken(tab, gone.format(name=path.name))
        self._locks[tab] = lock
        self._seen.pop(tab, None)
        if not self.follow.isActive():
            self.follow.start()  # looks whether someone takes it
        self.window.files.check_disk(tab)  # their last save first
        tab.set_read_only(False)
        from netizen_editor.gui.window.headline_note import end_followed

        end_followed(tab, path.name)  # nobody else has it open now: not said any more
        tabs = self.window.tabs
        if tabs.currentWidget() is tab:  # the window enables its editing actions again
            tabs.currentChanged.emit(tabs.currentIndex())
        self.window.show_status(_tr("You can edit {name} now.").format(name=path.name))
        return True

    def _not_taken(self, tab: DocumentTab, why: str) -> bool:
        """``take`` did not: say why, and the bar says what is true now; False."""
        self.window.show_status(why)
        bar = self._bars.get(tab)
        if bar is not None:
            bar.update_for(tab, self.settings.timezone)
        return False

    # -- saving --------------------------------------------------------------------------------
    def conflict_answer(self, tab: DocumentTab, answer: str) -> bool:
        """A save met a change made on disk meanwhile: ``compare`` or ``copy``; True when the
        text was saved (as a copy)."""
        path = tab.path
        if path is None:
            return False
        if answer == "copy":
            return self.window.files.save_as(tab, suggested=copy_path(path))
        self.compare(tab)
        return False

    def compare(self, tab: DocumentTab) -> QWidget | None:
        """The History window compares the text on disk with the text here, also for a story
        that has no id (so no history) yet; nothing is saved until an answer is chosen there
        (``after_compare``)."""
        path = tab.path
        if path is None:
            return None
        try:
            theirs = read_article_file(path).text
        except ReadError as exc:
            self.window.show_status(exc.message)
            return None
        from netizen_editor.gui.dialogs.compare_dialog import CompareDialog, DiskText
        from netizen_editor.gui.dialogs.placement import centre_on
        from netizen_editor.history.article_id import article_id
        from netizen_editor.history.store import History

        holder = read_lock(path)
        lock = self._locks.get(tab)
        who = holder.user if holder is not None and not (lock and lock.is_ours(holder)) else ""
        found = article_id(theirs)  # their history (the text here may carry a newer id)
        history = None
        if found is not None:
            history = History(path.parent, found, author=lock_name(self.settings.default_author),
                              zone=self.settings.timezone)  # fmt: skip
        parent = self.window.tabs.window()
        files = self.window.files
        dialog = CompareDialog(path, tab.disk_text(), history, files.backups, parent,
                               zone=self.settings.timezone, disk=DiskText(theirs, who))  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(lambda text: files.versions.restore(tab, text, dialog))
        dialog.conflict_answer.connect(lambda answer: self.after_compare(tab, answer))
        dialog.open()
        centre_on(dialog, parent)
        self.window.show_status(
            _tr(
                "Not saved: compare your text with the one on disk, then save again "
                "(Overwrite, or Save as a Copy)."
            )
        )
        return dialog

    def after_compare(self, tab: DocumentTab, answer: str) -> bool:
        """The answer chosen in the compare window: ``overwrite`` (save mine over theirs, which
        stays a version or a backup), ``reload`` (take theirs; mine is kept as a version when it
        has an id, and Undo brings it back) or ``copy``; True when something was saved or
        loaded."""
        files = self.window.files
        if tab not in self.window.all_tabs() or tab.path is None:
            return False
        if answer == "overwrite":
            return files.save(tab, overwrite=True)
        if answer == "reload":
            files.versions.keep(tab, "restore", quiet=True)
            return files.reload(tab)
        if answer == "copy":
            return self.conflict_answer(tab, "copy")
        return False

    def may_write(self, tab: DocumentTab, path: Path) -> bool:
        """Save As onto ``path``: not over a story a colleague has open (a live lock)."""
        holder = read_lock(path)
        lock = self._locks.get(tab)
        if holder is None or holder.is_stale() or (lock is not None and lock.is_ours(holder)):
            return True
        if self._same_process(holder, self.user()):
            return True
        self.window.prompts.error(
            _tr("Choose Another Name"),
            _tr("{user} has “{name}” open.").format(user=holder.user or "?", name=path.name),
            _tr("It is not saved over while they work on it; save under another name."),
        )
        return False


def install_locks(window: LockHost) -> LockKeeper:
    """The window's locks (``window.files.locks``: the file controller asks it)."""
    keeper = LockKeeper(window)
    window.files.locks = keeper
    keeper.scan()
    return keeper

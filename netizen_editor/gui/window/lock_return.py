"""A tab whose lock a colleague took takes it back once they no longer have the story open
(``locking``).

While the colleague holds it, the lock file beside the story is looked at by ``stat`` with the
other locks (every ``FOLLOW_MS``) and read at every heartbeat (a lock goes stale without
changing). Once it is gone, or stale (their heartbeat and its file both lapsed, or their
process on this computer is gone), and the tab is still open on that file and editable, the tab
locks the story again as opening it does (``hold``: ``O_EXCL``, never through a link; a stale
lock is replaced only while it is still the one read, never a live one) and its notice says the
story is its again. Its saves are then those of any held story: the file's hash is checked
before each, so a save the colleague made meanwhile is still asked about.

While the colleague holds it, every save of the tab asks (``held_question``), also when their
file is still the text this tab loaded or saved last: the first save met their change and
asked, and after its Overwrite the later ones wrote over the story they hold without a word,
their tab reloading each (QA34 F1). Once the tab saved over it, its bar says so, that they
still have the story open and that each save asks (``saved_over``); once it took the text on
disk, that it shows that text (``reloaded``): no longer that the text here waits to be saved
or compared.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from netizen_editor.gui.preview.image_watch import Signature, signature
from netizen_editor.gui.window.lock_bar import say_taken, story_name, taken_text
from netizen_editor.storage.identity import changed_on_disk
from netizen_editor.storage.locks import ArticleLock, LockError, LockInfo, read_lock

if TYPE_CHECKING:
    from pathlib import Path

    from netizen_editor.gui.window.document_tab import DocumentTab


def _tr(text: str) -> str:
    return QCoreApplication.translate("Locks", text)


def hold(lock: ArticleLock, may_take: Callable[[LockInfo], bool]) -> LockInfo | None:
    """Take ``lock``: None when this window holds it now, else who holds it. A stale holder is
    replaced when ``may_take`` allows it. ``LockError`` when the lock cannot be written."""
    holder = lock.acquire()
    if holder is not None and holder.is_stale() and may_take(holder):
        holder = lock.take_over(holder)
    return holder


def held_question(tab: DocumentTab, colleague: str, zone: str) -> str:
    """What a save of ``tab`` asks with when ``colleague`` (``LockKeeper.colleague_of``: ""
    for none) holds its story now and its file is still the text this tab loaded or saved:
    who took it over since when (``taken_text``). "" otherwise: nobody else holds it, or
    their change on disk is the save's own question, which names them."""
    path = tab.document.path
    if not colleague or path is None:
        return ""
    try:
        if changed_on_disk(path, tab.document.identity):
            return ""
    except OSError:
        return ""  # the save itself finds out what the drive says
    return taken_text(tab, path, read_lock(path), zone)


@dataclass
class _Taken:
    lock: ArticleLock  # the tab's lock that was taken
    user: str  # who took it ("?": not known)
    notice: str  # what the tab's bar said about it
    seen: Signature  # the lock file at the last look


class TakenLocks:
    """The tabs whose lock a colleague took, until they hold their story again."""

    def __init__(self) -> None:
        self._tabs: dict[DocumentTab, _Taken] = {}

    def __contains__(self, tab: object) -> bool:
        return tab in self._tabs

    def taken(
        self,
        tab: DocumentTab,
        lock: ArticleLock,
        holder: LockInfo | None,
        zone: str,
        compare: Callable[[], object],
    ) -> None:
        """Someone else has the lock of ``tab`` now: its bar says who (``say_taken``) and the
        tab waits to take it back."""
        say_taken(tab, lock.article, holder, zone, compare)
        user = (holder.user if holder is not None else "") or "?"
        self._tabs[tab] = _Taken(lock, user, tab.info_bar.shown, signature(lock.path))

    def forget(self, tab: DocumentTab) -> None:
        self._tabs.pop(tab, None)

    def saved_elsewhere(self, tab: DocumentTab, path: Path) -> None:
        """``tab``'s text was saved under another name (``path``: Save as a Copy, Save As) while
        a colleague had its story: the notice that offered to save it or compare it goes, and
        says where the text is (QA31 F1: it stayed, and its Compare called the saved copy
        changed on disk, the text not saved). The tab holds the copy's lock (``sync``)."""
        entry = self._tabs.pop(tab, None)
        if entry is None or tab.info_bar.shown != entry.notice:
            return  # not taken, or its notice closed or replaced meanwhile
        if entry.user == "?":
            text = _tr("Your text is saved as “{name}”.").format(name=path.name)
        else:
            text = _tr("Your text is saved as “{name}”; {user} has “{story}” open.").format(
                name=path.name, user=entry.user, story=story_name(tab, entry.lock.article)
            )
        tab.show_info(text, tip=str(path))

    def saved_over(self, tab: DocumentTab) -> None:
        """``tab``'s text was saved over its story while a colleague holds it (the save asked):
        the take-over notice, which offered to save the text as a copy or compare it, says now
        that it was saved, that they still have the story open and that every save asks
        (QA34 F5; RV3 #7: it said a save asks "before it overwrites a change of theirs", but
        each asks, changed or not), until the tab takes it back."""
        self._now_says(
            tab,
            _tr("You saved your text over “{story}”, which {user} still has open; each save "
                "asks you first while they do."),
        )  # fmt: skip

    def reloaded(self, tab: DocumentTab) -> None:
        """``tab`` took the text on disk (Reload Theirs, the compare window's Take Theirs)
        while a colleague holds its story: the notice no longer says the text here is the
        user's, to save as a copy or compare."""
        self._now_says(
            tab,
            _tr("“{story}” now shows the text on disk (Undo brings yours back); {user} still "
                "has it open, and each save asks you first while they do."),
        )  # fmt: skip

    def _now_says(self, tab: DocumentTab, words: str) -> None:
        """The take-over notice of ``tab`` says ``words`` (its story, who took it) now, without
        a button; not over another notice shown since."""
        entry = self._tabs.get(tab)
        if entry is None or tab.info_bar.shown != entry.notice:
            return  # not taken, or its notice closed or replaced meanwhile
        story = story_name(tab, entry.lock.article)
        entry.notice = words.format(story=story, user=entry.user)
        tab.info_bar.keep(entry.notice, tip=str(entry.lock.article))

    def take_back(
        self, tab: DocumentTab, lock: ArticleLock, me: str, *, full: bool
    ) -> ArticleLock | None:
        """Lock the story of ``tab`` again in the name ``me`` when nobody else has it open now
        (its lock file gone or stale); unless ``full``, only when that file changed since the
        last look. The new lock, or None (still theirs, or cannot be written now: looked at
        again later)."""
        entry = self._tabs.get(tab)
        path = tab.path
        if entry is None or entry.lock is not lock or path != lock.article or tab.read_only:
            self.forget(tab)  # another file or lock now (``locking.sync``), or read-only
            return None
        seen = signature(lock.path)
        if not full and seen == entry.seen:
            return None
        entry.seen = seen
        if tab.document.folder_moved() is not None:
            return None  # its folder leads elsewhere now: nothing is written there
        mine = ArticleLock(path, me)
        try:
            if hold(mine, lambda _stale: True) is not None:
                return None  # still someone's (a live lock, or one being written)
        except LockError:
            return None  # the drive is away or read-only: the next look tries again
        del self._tabs[tab]
        text = _tr(
            "{user} no longer has “{story}” open: it is yours again. A save still asks before "
            "it overwrites a change of theirs."
        ).format(user=entry.user, story=story_name(tab, path))
        if tab.info_bar.shown in ("", entry.notice):  # not over another message shown since
            tab.show_info(text, tip=str(path))
        return mine

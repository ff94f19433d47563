"""A story renamed or moved on disk while it is open: the tab follows it, never splits it in two.

When the open story's file is gone, the folder it was in and the folders below it (a story
moved into ``kanal/``) are looked through for the one article holding the same ``id``, or for a
story without one the same bytes as the tab last read or saved (``history.renamed``, bounded,
links never followed); in a desk (a folder opened as one, kept in the session), the desk's
other folders too (``mv nasional/banjir.md daerah/``), and the files found are named from the
desk's folder, as the desk lists them. When there is
one, the bar names the new file and offers Follow: the tab then edits that file (the document's
path, the file watcher, the lock, the tab's title, the session and the recent list). A text
edited here stays unsaved in the tab and a later save goes to the new name through the usual
check of the disk; one the new file holds already is saved (nothing was edited since). A
save before that asks: save to the renamed file, save under the old name again (that file then
gets a new id, as the desk's Give a New ID does, so two files never hold one story)
or cancel. With two or more (a copy made outside the app), none is followed and a save asks,
naming them: save under the old name again (with a new id), Save As… or cancel. With no such
file, a save writes the old name again, as before.

The bar says what a save will do (``GoneStories``): Follow the renamed file, the copies a save
asks about, or that a save writes the file again. A read-only tab (a colleague's story) says
where the story went, with Follow (it goes on showing it from there, read-only), or that it
shows the story again if it comes back. The bar stays until the file is there again (a save
wrote it, or it came back), the tab edits another file or is closed, or the user closes it;
it says it anew when the files holding the story change: the folders looked in and the files
looked at are looked at by ``stat`` every ``LOOK_MS`` (a file written over in place changes
no folder), and searched again when one changed, reading again only the files that changed (a
save searches again too), or when a desk that holds the story was opened since (a story opened
with File › Open and moved in the desk is found once the desk is opened). A file the bar named
that holds another story now is said so.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from netizen_editor.history.article_id import article_id

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.locking import LockKeeper
    from netizen_editor.gui.window.session import SessionState
    from netizen_editor.history.renamed import Seen

#: what a save of a renamed story does: as usual, under the old name with a new id, under a
#: name the user chooses (Save As), or nothing
SAVE, FRESH_ID, SAVE_AS, STOP = "save", "fresh_id", "save_as", "stop"
#: a tab whose file is gone: the folders its story was looked for in are looked at this often
LOOK_MS = 2000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class SavedMarker(Protocol):
    def mark_saved(self, tab: DocumentTab) -> None: ...


class RenameHost(Protocol):
    session: SessionState

    @property
    def keeper(self) -> SavedMarker: ...

    def all_tabs(self) -> list[DocumentTab]: ...
    def save_session(self) -> None: ...
    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...


class RenameFiles(Protocol):
    """What following a rename needs of the file controller."""

    locks: LockKeeper | None
    gone: GoneStories

    @property
    def window(self) -> RenameHost: ...
    @property
    def prompts(self) -> Prompts: ...
    def save(self, tab: DocumentTab, *, overwrite: bool = False) -> bool: ...
    def reload(self, tab: DocumentTab) -> bool: ...
    def find_tab(self, path: Path) -> DocumentTab | None: ...
    def watch(self, path: Path) -> None: ...
    def unwatch(self, path: Path) -> None: ...


def desk_of(session: SessionState, path: Path) -> Path | None:
    """The folder of the desk ``path`` is in (the desk shown, or one opened before), named as
    ``path`` names its folders; None when it is in none."""
    from netizen_editor.desk.desk_folder import desk_folder_of  # not at start

    return desk_folder_of(path, [session.desk, *session.desk_views])


def story_key(tab: DocumentTab) -> str | None:
    """What the story of ``tab`` is known by in other files: its id, else the size and hash
    of the bytes it was last read or saved with; None when neither."""
    story_id = article_id(tab.editor_text())
    if story_id is not None:
        return story_id
    known = tab.document.identity
    return f"{known.size}:{known.sha256}" if known is not None and known.size else None


def at_name(path: Path | str) -> bool:
    """Whether what is at ``path`` may be the story: a file, or a link (which has its own
    note, ``folder_guard``); a pipe or a folder put in its place is none: the story is gone
    from that name (its bar offers where it went)."""
    try:
        mode = os.lstat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISREG(mode) or stat.S_ISLNK(mode)


def holding_story(
    tab: DocumentTab,
    looked_in: list[str] | None = None,
    *,
    desk: Path | None = None,
    seen: Seen | None = None,
) -> list[Path]:
    """When the file of ``tab`` is gone: the articles in its folder (or below; in a ``desk``,
    the desk's too) that hold its id (without one: exactly the bytes the tab last read or
    saved), nearest first; else []. The folders looked in are added to ``looked_in``, the
    files looked at made ``seen`` (those found there unchanged are not read again)."""
    document = tab.document
    path = document.path
    if path is None or at_name(path):
        return []
    if document.folder_moved() is not None:
        return []  # its folder leads elsewhere now: nothing there is looked at
    from netizen_editor.history import renamed  # not at start

    story_id = article_id(tab.editor_text())
    if story_id is not None:
        return renamed.holding_id(path, story_id, looked_in, seen=seen, desk=desk)
    known = document.identity  # a story without an id: the file with the bytes it was read with
    if known is None or not known.size:
        return []
    return renamed.holding_bytes(path, known.size, known.sha256, looked_in, seen=seen, desk=desk)


def renamed_to(tab: DocumentTab, desk: Path | None = None) -> Path | None:
    """The file the story of ``tab`` was renamed to: the one article that holds it when its
    own file is gone; None when there is none, or more than one (never guessed)."""
    found = holding_story(tab, desk=desk)
    return found[0] if len(found) == 1 else None


def shown(old: Path, new: Path, desk: Path | None = None) -> str:
    """``new`` as the user finds it: in a ``desk``, from the desk's folder as the desk lists it
    (``daerah/name.md``); else from ``old``'s folder, its name or ``kanal/name.md`` for a
    story moved into a folder below."""
    for folder in (desk, old.parent) if desk is not None else (old.parent,):
        try:
            return new.relative_to(folder).as_posix()
        except ValueError:
            continue
    return new.name


def follow(files: RenameFiles, tab: DocumentTab, new: Path) -> bool:
    """Make ``tab`` edit ``new``, the file its story was renamed to; False when it cannot
    (the file is gone again, open in another tab, or a colleague holds it: said)."""
    document, window = tab.document, files.window
    old = document.path
    if old is None or renamed_to(tab, desk_of(window.session, old)) != new:  # may be old
        window.show_status(
            _tr("Not followed: {name} is gone, or holds another story now.").format(name=new.name)
        )
        return False
    other = files.find_tab(new)
    if other is not None and other is not tab:
        window.show_status(_tr("“{name}” is open in another tab.").format(name=new.name))
        return False
    if files.locks is not None and not document.read_only:  # a colleague's: read-only still
        claim = files.locks.claim(new)  # asks when a colleague has it open
        if claim.done or claim.read_only:
            window.show_status(_tr("Not followed: {name} stays as it is.").format(name=new.name))
            return False
    tab.info_bar.hide()
    files.unwatch(old)
    document.follow(new)
    tab.document_changed()  # the title; the lock moves to the new name (``locking.sync``)
    files.watch(new)
    session = window.session
    session.recent = [p for p in session.recent if p != str(old)]
    session.add_recent(new)
    window.save_session()
    if document.read_only:  # their text as it is there now (saved since the move, maybe)
        files.reload(tab)
        window.show_status(_tr("This tab now shows {name}, read-only.").format(name=new.name))
        return True
    if document.adopt_if_saved(tab.editor_text()):  # renamed, not edited here: saved
        tab.set_dirty(False)
        window.keeper.mark_saved(tab)
        window.show_status(_tr("This tab now edits {name}.").format(name=new.name))
        return True
    window.show_status(
        _tr("This tab now edits {name}; your text is not saved yet.").format(name=new.name)
    )
    return True


def names(old: Path, found: list[Path], desk: Path | None = None) -> list[str]:
    """The files in ``found`` as the user finds them (``shown``); "…" after them when the
    search stopped at ``MAX_FOUND`` (there may be more)."""
    from netizen_editor.history.renamed import MAX_FOUND

    more = ["…"] if len(found) >= MAX_FOUND else []
    return [shown(old, path, desk) for path in found] + more


@dataclass
class _Said:
    """What the bar of a tab whose file (``path``) is gone says, from which search."""

    path: Path
    found: list[Path]
    folders: list[str]  # looked in by the search: a change in one means a search again
    stamp: tuple[int, ...]
    text: str
    desk: Path | None = None  # the desk the story is in: looked in, and names found from it
    key: str | None = None  # what the story was known by (``story_key``) in ``seen``
    #: the files looked at, as ``stat`` found them: one written over means a search again
    seen: Seen = field(default_factory=dict)
    read_only: bool = False  # said to a read-only tab (a colleague's story: nothing to save)


class GoneStories(QObject):
    """The tabs whose file is gone (moved or deleted, here or elsewhere) and what their bars
    say: what a save will do (a read-only tab: where the story went), said anew when the files
    holding the story change; the bar goes once the file is there again or the tab edits
    another."""

    def __init__(self, files: RenameFiles, parent: QObject | None = None):
        super().__init__(parent)
        self._files = files
        self._said: dict[DocumentTab, _Said] = {}
        self._hooked: set[DocumentTab] = set()
        #: what a save under the old name with a new id left behind: (the story's id before,
        #: the files that hold it), for the status bar (``saved_message``)
        self._asked: dict[DocumentTab, tuple[str | None, list[Path]]] = {}
        #: the session's desks at the last look: a desk opened since is searched too
        self._desks: tuple[str, ...] = ()
        self._timer = QTimer(self, interval=LOOK_MS)
        self._timer.timeout.connect(self.look)

    def say(self, tab: DocumentTab) -> None:
        """The file of ``tab`` was found gone just now: its bar says what a save will do (a
        read-only tab's: where the story went)."""
        path = tab.document.path
        if path is None:
            return
        if tab not in self._hooked:
            self._hooked.add(tab)
            tab.dirty_changed.connect(lambda dirty, t=tab: self._dirty_changed(t, dirty))
            tab.closing.connect(lambda t=tab: self._forget(t, closing=True))
        self._said.pop(tab, None)
        self.search(tab)
        if not self._timer.isActive():
            self._timer.start()

    def search(self, tab: DocumentTab) -> list[Path]:
        """The files that hold the story of ``tab`` now (its file gone; else []); its bar says
        what was found, anew when it changed. Files looked at before and unchanged since are
        not read again."""
        path = tab.document.path
        if path is None:
            return []
        said, key = self._said.get(tab), story_key(tab)
        seen = said.seen if said is not None and said.path == path and said.key == key else {}
        desk = desk_of(self._files.window.session, path)
        looked: list[str] = []
        found = holding_story(tab, looked, desk=desk, seen=seen)
        if at_name(path):  # not gone (Save looks first): its bar, if any, goes
            self._forget(tab)
            return found
        self._tell(tab, path, found, looked, desk, key, seen)
        return found

    def look(self) -> None:
        """The timer: a bar whose file is there again (or whose tab edits another file) goes;
        the others' folders and files are looked at by ``stat``, searched again when one
        changed, or when a desk was opened since (a story opened with File › Open, moved in
        the desk, is found once the desk is opened: its other folders are searched then)."""
        from netizen_editor.history.renamed import folders_stamp, seen_changed

        window = self._files.window
        tabs = window.all_tabs()
        desks = (window.session.desk, *window.session.desk_views)
        desks_changed, self._desks = desks != self._desks, desks
        for tab, said in list(self._said.items()):
            if tab not in tabs or tab.document.path != said.path or at_name(said.path):
                self._forget(tab)
            elif (
                (desks_changed and desk_of(window.session, said.path) != said.desk)
                or folders_stamp(said.folders) != said.stamp
                or seen_changed(said.seen)
            ):
                self.search(tab)
        if not self._said:
            self._timer.stop()

    def desk(self, tab: DocumentTab) -> Path | None:
        """The desk the gone file of ``tab`` is in, as its bar's last search found it."""
        said = self._said.get(tab)
        return said.desk if said is not None and said.path == tab.document.path else None

    def before_save(self, tab: DocumentTab, *, unasked: bool = False) -> str:
        """Before ``tab`` is saved to its own file: when that file was renamed, ask (``SAVE``
        after following it, ``FRESH_ID`` to save under the old name with a new id, ``STOP``);
        when two or more files hold its story, ask which way (``FRESH_ID``, ``SAVE_AS``,
        ``STOP``); ``SAVE`` when it was neither. Its bar says what was found, as the question.
        ``unasked`` (a save the user did not start): ``STOP`` where it would ask."""
        old, found = tab.document.path, self.search(tab)
        if old is None or not found:
            return SAVE
        if unasked:
            return STOP
        files, desk = self._files, self.desk(tab)
        self._asked[tab] = (article_id(tab.editor_text()), found)
        if len(found) > 1:  # copies made outside the app: none is guessed, nothing written silently
            answer = files.prompts.renamed_copies(old.name, names(old, found, desk))
            return {"old": FRESH_ID, "save_as": SAVE_AS}.get(answer, STOP)
        new = found[0]
        answer = files.prompts.renamed_save(old.name, shown(old, new, desk))
        if answer == "follow":
            return SAVE if follow(files, tab, new) else STOP
        return FRESH_ID if answer == "old" else STOP

    def saved_message(self, tab: DocumentTab) -> str:
        """The status bar's words once ``tab`` was saved under its old name with a new id:
        what became of the ids, short enough for the bar at 1366 px; "" when it has no id."""
        old_id, found = self._asked.pop(tab, (None, []))
        path = tab.document.path
        if article_id(tab.editor_text()) is None or not found or path is None:
            return ""
        if old_id is None:  # found by its bytes: the files found have no id at all
            return _tr("Saved under the old name, now with an id; the other files have none")
        if len(found) == 1:
            return _tr("Saved under the old name with a new id; {name} keeps the old one").format(
                name=shown(path, found[0], desk_of(self._files.window.session, path))
            )
        return _tr("Saved under the old name with a new id; the {count} copies keep the old "
                   "one").format(count=len(found))  # fmt: skip

    def _tell(
        self,
        tab: DocumentTab,
        path: Path,
        found: list[Path],
        looked: list[str],
        desk: Path | None,
        key: str | None,
        seen: Seen,
    ) -> None:
        """The bar of ``tab`` (its file ``path`` gone) says what a save will do with ``found``,
        unless it said so already (a bar closed by the user stays closed then)."""
        from netizen_editor.history.renamed import folders_stamp

        said, stamp = self._said.get(tab), folders_stamp(looked)
        same = said is not None and said.path == path and said.read_only == tab.read_only
        if said is not None and same and said.found == found:
            said.folders, said.stamp, said.key, said.seen = looked, stamp, key, seen
            said.desk = desk
            return
        lost: list[Path] = []  # named before, there still, the story no longer in them
        if said is not None and said.path == path and said.key == key:
            lost = [p for p in said.found if p not in found and at_name(p)]
        text = self._bar_text(tab, path, found, desk)
        if lost:
            over = _tr("Written over by another program, no longer holding this story: "
                       "{names}.").format(names=", ".join(names(path, lost, desk)))  # fmt: skip
            text = f"{over} {text}"
        said = _Said(path, found, looked, stamp, text, desk, key, seen, tab.read_only)
        self._said[tab] = said
        self._show(tab, said)

    def _bar_text(self, tab: DocumentTab, old: Path, found: list[Path], desk: Path | None) -> str:
        if tab.read_only:  # a colleague's story: where it went (nothing to save here)
            if len(found) == 1:
                new = shown(old, found[0], desk)
                return _tr("“{old}” was moved to “{new}” (same story); Follow shows it from "
                           "there, read-only.").format(old=old.name, new=new)  # fmt: skip
            if found:
                return _tr("“{old}” is gone, and {count} files hold this story: {names}. This "
                           "tab goes on showing the text as it was.").format(
                    old=old.name, count=len(found), names=", ".join(names(old, found, desk))
                )  # fmt: skip
            return _tr("{name} was moved or deleted. This tab shows it again if it comes "
                       "back.").format(name=old.name)  # fmt: skip
        if len(found) == 1:
            return _tr("“{old}” was renamed to “{new}” (same story).").format(
                old=old.name, new=shown(old, found[0], desk)
            )
        if found:
            return _tr("“{old}” is gone, and {count} files hold this story: {names}. Save asks "
                       "whether to write your text under the old name with a new id, or under "
                       "another name.").format(
                old=old.name, count=len(found), names=", ".join(names(old, found, desk))
            )  # fmt: skip
        # not "by another program": a colleague may have moved it with this app's desk
        return _tr("{name} was moved or deleted. Your text is still here; save it to write "
                   "the file again.").format(name=old.name)  # fmt: skip

    def _show(self, tab: DocumentTab, said: _Said) -> None:
        found = said.found
        tip = "\n".join(map(str, found or [said.path]))
        if len(found) == 1:
            new = found[0]

            def go() -> None:
                if not follow(self._files, tab, new):
                    self.say(tab)  # not followed: the bar says what is true now

            tab.info_bar.offer(said.text, _tr("Follow"), go, tip=tip)
        elif tab.read_only:  # nothing to save: said until it changes or is closed
            tab.info_bar.keep(said.text, tip=tip)
        else:

            def save() -> None:
                if not self._files.save(tab) and tab in self._said:
                    self._show(tab, self._said[tab])  # not saved: the bar stays as it was

            tab.info_bar.offer(said.text, _tr("Save…") if found else _tr("Save"), save, tip=tip)

    def _dirty_changed(self, tab: DocumentTab, dirty: bool) -> None:
        """``tab`` holds no unsaved text now: once it is in a file (saved, followed), the bar
        goes (before the save's status message, which may need the bar's room)."""
        said = self._said.get(tab)
        if dirty or said is None:
            return
        if tab.document.path != said.path or at_name(said.path):
            self._forget(tab)

    def _forget(self, tab: DocumentTab, *, closing: bool = False) -> None:
        said = self._said.pop(tab, None)
        if closing:
            self._hooked.discard(tab)
            self._asked.pop(tab, None)
        elif said is not None and tab.info_bar.shown == said.text:
            tab.info_bar.hide()

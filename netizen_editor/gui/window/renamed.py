"""A story renamed or moved on disk while it is open: the tab follows it, never splits it in two.

When the open story's file is gone, the folder it was in and the folders below it (a story
moved into ``kanal/``) are looked through for the one article holding the same ``id``, or for a
story without one the same bytes as the tab last read or saved (``history.renamed``, bounded,
links never followed). When there is
one, the bar names the new file and offers Follow: the tab then edits that file (the document's
path, the file watcher, the lock, the tab's title, the session and the recent list). A text
edited here stays unsaved in the tab and a later save goes to the new name through the usual
check of the disk; one the new file holds already is saved (nothing was edited since). A
save before that asks: save to the renamed file, save under the old name again (that file then
gets a new id, as the desk's Give a New ID does, so two files never hold one story)
or cancel. With two or more (a copy made outside the app), none is followed and a save asks,
naming them: save under the old name again (with a new id), Save As… or cancel. With no such
file, a save writes the old name again, as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication

from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.history.article_id import article_id

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.prompts import Prompts
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.gui.window.locking import LockKeeper
    from netizen_editor.gui.window.session import SessionState

#: what a save of a renamed story does: as usual, under the old name with a new id, under a
#: name the user chooses (Save As), or nothing
SAVE, FRESH_ID, SAVE_AS, STOP = "save", "fresh_id", "save_as", "stop"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class SavedMarker(Protocol):
    def mark_saved(self, tab: DocumentTab) -> None: ...


class RenameHost(Protocol):
    session: SessionState

    @property
    def keeper(self) -> SavedMarker: ...

    def save_session(self) -> None: ...
    def show_status(self, message: str, timeout_ms: int = 6000) -> None: ...


class RenameFiles(Protocol):
    """What following a rename needs of the file controller."""

    locks: LockKeeper | None

    @property
    def window(self) -> RenameHost: ...
    @property
    def prompts(self) -> Prompts: ...
    def find_tab(self, path: Path) -> DocumentTab | None: ...
    def watch(self, path: Path) -> None: ...
    def unwatch(self, path: Path) -> None: ...


def holding_story(tab: DocumentTab) -> list[Path]:
    """When the file of ``tab`` is gone: the articles in its folder (or below) that hold its
    id (without one: exactly the bytes the tab last read or saved), nearest first; else []."""
    document = tab.document
    path = document.path
    if path is None or document.read_only or os.path.lexists(path):
        return []
    if document.folder_moved() is not None:
        return []  # its folder leads elsewhere now: nothing there is looked at
    from netizen_editor.history import renamed  # not at start

    story_id = article_id(tab.editor_text())
    if story_id is not None:
        return renamed.holding_id(path, story_id)
    known = document.identity  # a story without an id: the file with the bytes it was read with
    if known is None or not known.size:
        return []
    return renamed.holding_bytes(path, known.size, known.sha256)


def renamed_to(tab: DocumentTab) -> Path | None:
    """The file the story of ``tab`` was renamed to: the one article that holds it when its
    own file is gone; None when there is none, or more than one (never guessed)."""
    found = holding_story(tab)
    return found[0] if len(found) == 1 else None


def shown(old: Path, new: Path) -> str:
    """``new`` as the user finds it from ``old``'s folder: its name, or ``kanal/name.md`` for a
    story moved into a folder below."""
    try:
        return new.relative_to(old.parent).as_posix()
    except ValueError:
        return new.name


def offer_follow(files: RenameFiles, tab: DocumentTab) -> bool:
    """The file of ``tab`` is gone: when it was renamed, say so and offer Follow (True)."""
    old, new = tab.document.path, renamed_to(tab)
    if old is None or new is None:
        return False

    def go() -> None:
        follow(files, tab, new)

    text = _tr("“{old}” was renamed to “{new}” (same story).")
    tab.info_bar.offer(text.format(old=old.name, new=shown(old, new)), _tr("Follow"), go)
    tab.info_bar.label.setToolTip(shown_plain(str(new)))
    return True


def follow(files: RenameFiles, tab: DocumentTab, new: Path) -> bool:
    """Make ``tab`` edit ``new``, the file its story was renamed to; False when it cannot
    (the file is gone again, open in another tab, or a colleague holds it: said)."""
    document, window = tab.document, files.window
    old = document.path
    if old is None or renamed_to(tab) != new:  # looked at again: the offer may be old
        window.show_status(
            _tr("Not followed: {name} is gone, or holds another story now.").format(name=new.name)
        )
        return False
    other = files.find_tab(new)
    if other is not None and other is not tab:
        window.show_status(_tr("“{name}” is open in another tab.").format(name=new.name))
        return False
    if files.locks is not None:
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
    if document.adopt_if_saved(tab.editor_text()):  # renamed, not edited here: saved
        tab.set_dirty(False)
        window.keeper.mark_saved(tab)
        window.show_status(_tr("This tab now edits {name}.").format(name=new.name))
        return True
    window.show_status(
        _tr("This tab now edits {name}; your text is not saved yet.").format(name=new.name)
    )
    return True


def before_save(files: RenameFiles, tab: DocumentTab) -> str:
    """Before ``tab`` is saved to its own file: when that file was renamed, ask (``SAVE``
    after following it, ``FRESH_ID`` to save under the old name with a new id, ``STOP``);
    when two or more files hold its story, ask which way (``FRESH_ID``, ``SAVE_AS``, ``STOP``);
    ``SAVE`` when it was neither."""
    old, found = tab.document.path, holding_story(tab)
    if old is None or not found:
        return SAVE
    if len(found) > 1:  # copies made outside the app: none is guessed, nothing written silently
        from netizen_editor.history.renamed import MAX_FOUND

        names = [shown(old, path) for path in found] + (["…"] if len(found) >= MAX_FOUND else [])
        answer = files.prompts.renamed_copies(old.name, names)
        return {"old": FRESH_ID, "save_as": SAVE_AS}.get(answer, STOP)
    new = found[0]
    answer = files.prompts.renamed_save(old.name, shown(old, new))
    if answer == "follow":
        return SAVE if follow(files, tab, new) else STOP
    return FRESH_ID if answer == "old" else STOP

"""An open article's file: its state and the file operations on it (no Qt).

A :class:`Document` knows where its text lives (path, what the file held when it was loaded or
saved, BOM and line ends), whether it may be written (read-only, a protected original that is
never saved over), its name while untitled, the revision and dirty state of its text and
whether the file went missing. It does not hold the text: the editor does, and hands it to
:meth:`Document.save`. Every operation returns an outcome and never asks anybody; the window
asks the user and calls the next operation. Its state changes only through its own methods.

Saving goes through the storage layer: a check that the file on disk is still the one loaded,
a backup of the version being replaced, an atomic write; then, when the save is given a
history ``Keeper``, the written text is kept as a version in the article folder's history
(``netizen_editor.history``; a problem there is reported, never stops the save).

Nothing is read or written through a link planted in the story's place (``storage.links``): a
save stops (``Outcome.MOVED``) when the story's folder now leads somewhere else than when it
was opened or saved, and asks (``Outcome.CONFLICT``) when the file became a link; the file
watcher's check reports such a link (``DiskState.LINK``) instead of reading it, and a reload
never follows one.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor.errors import error_message
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.identity import FileIdentity, changed_on_disk, sha256_hex
from netizen_editor.storage.journal import Journal
from netizen_editor.storage.links import (
    folder_moved,
    link_target,
    moved_message,
    read_no_link,
    real_folder,
)
from netizen_editor.storage.output_folder import check_output_folder
from netizen_editor.storage.portable_names import portable_stem
from netizen_editor.storage.reading import (
    ReadError,
    article_bytes,
    read_article_file,
    write_article_file,
)

if TYPE_CHECKING:  # the recovery module is imported when a recovery runs
    from netizen_editor.history.saving import Keeper, Kept
    from netizen_editor.storage.recovery import RecoveryItem

CRLF = "\r\n"


def detect_newline(text: str) -> str:
    """``"\\r\\n"`` when most line ends are CRLF, else ``"\\n"``."""
    crlf = text.count(CRLF)
    return CRLF if crlf and crlf * 2 >= text.count("\n") else "\n"


def to_editor_text(text: str) -> str:
    """The text with ``\\n`` line ends only, as the editor holds it."""
    return text.replace(CRLF, "\n").replace("\r", "\n")


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a.absolute() == b.absolute()


class Outcome(StrEnum):
    SAVED = "saved"
    CONFLICT = "conflict"  # the file on disk is not the one loaded: ask before overwriting
    PROTECTED = "protected"  # the target is the original this text was opened from
    NO_PATH = "no_path"  # untitled or read-only: it needs a name first (Save As)
    FAILED = "failed"  # nothing was written; ``message`` says why
    MOVED = "moved"  # the story's folder leads elsewhere now: nothing written (``message``)
    RELOADED = "reloaded"


class DiskState(StrEnum):
    SAME = "same"  # the file holds what was loaded or saved (or there is no file to watch)
    CHANGED = "changed"  # another program changed it
    MISSING = "missing"  # it was moved or deleted just now (the document is dirty now)
    LINK = "link"  # the file was replaced by a link (not read: ``Document.link_target``)


@dataclass(frozen=True)
class SaveResult:
    outcome: Outcome
    message: str = ""  # why it failed
    path: Path | None = None
    old_path: Path | None = None  # the path before (different after a Save As)
    backup_problem: str = ""  # saved, but the previous version could not be backed up
    version_id: str = ""  # the history version kept of the saved text ("" when none)
    history_problem: str = ""  # saved, but the history could not be written or read
    replaced_version_id: str = ""  # the version kept of a text changed elsewhere it replaced

    @property
    def ok(self) -> bool:
        return self.outcome is Outcome.SAVED


@dataclass(frozen=True)
class ReloadResult:
    outcome: Outcome
    text: str = ""  # the file's text as read (its own line ends)
    message: str = ""


@dataclass(frozen=True)
class Restored:
    """A journal entry restored: the document, and what the window should tell the user."""

    document: Document
    file_gone: bool = False  # the entry's file no longer exists: saving writes it again
    unreadable: bool = False  # the file is there but cannot be read: kept as an untitled copy


class Document:
    """The file state of one open article. Read its properties; change it with its methods."""

    def __init__(self, doc_id: str | None = None) -> None:
        self._doc_id = doc_id or Journal.new_doc_id()
        self._path: Path | None = None
        self._identity: FileIdentity | None = None
        #: the change on disk the user chose to keep their text over (``keep_mine``): not
        #: asked about again, but a save still stops at it (their text is never overwritten
        #: without the save's own question)
        self._noticed: FileIdentity | None = None
        #: the file a reload could not read (``_stat_key``): the user was told once; it is
        #: asked about again only when it changes
        self._unreadable: tuple[int, int, int, int] | None = None
        #: the text it knows on disk came from elsewhere (read by ``reload``, not written
        #: here): a save over it keeps it in the history first, also after an Undo to mine
        self._from_elsewhere = False
        self._bom = False
        self._newline = "\n"
        self._read_only = False
        self._protected_path: Path | None = None
        self._untitled_name = ""
        self._revision = 0
        self._dirty = False
        self._disk_missing = False
        #: the real path of the file's folder when it was opened or saved (``folder_moved``)
        self._folder: str | None = None
        #: the file was a link already when it was opened (read as it was opened)
        self._opened_link = False

    # -- making one ----------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str) -> tuple[Document, str]:
        """The document of the article at ``path`` and its text; ReadError when unreadable."""
        path = Path(path).expanduser().absolute()
        result = read_article_file(path)
        document = cls()
        document._path = path
        document._identity = result.identity
        document._bom = result.bom
        document._folder = real_folder(path)
        document._opened_link = link_target(path) is not None
        document.note_text(result.text)
        return document, result.text

    @classmethod
    def untitled(
        cls,
        text: str = "",
        *,
        name: str = "",
        original: Path | None = None,
        read_only: bool = False,
    ) -> Document:
        """A document without a file; ``original`` (a file it was copied from) is protected."""
        document = cls()
        document._untitled_name = name
        document._protected_path = Path(original).absolute() if original is not None else None
        document._read_only = read_only
        document.note_text(text)
        return document

    @classmethod
    def restore(cls, item: RecoveryItem, *, copy_name: str = "", as_copy: bool = False) -> Restored:
        """A document for a claimed journal entry, its text being unsaved changes to its file
        (or untitled). An unreadable file, or with ``as_copy`` any file (one a colleague holds
        now), is protected and the text kept as an untitled copy named ``copy_name``."""
        document = cls(item.doc_id)
        document._bom = item.bom
        document._dirty = True
        document.note_text(item.text)
        if item.path is None:
            return Restored(document)
        if as_copy:
            document._protected_path = Path(item.path).absolute()
            document._untitled_name = copy_name
            return Restored(document)
        try:
            result = read_article_file(item.path)
        except ReadError as exc:
            if exc.kind == "missing":
                document._path = Path(item.path).absolute()
                document._folder = real_folder(document._path)
                return Restored(document, file_gone=True)
            document._protected_path = Path(item.path).absolute()
            document._untitled_name = copy_name
            return Restored(document, unreadable=True)
        document._path = Path(item.path).absolute()
        document._folder = real_folder(document._path)
        document._identity, document._bom = result.identity, result.bom
        document.written_over(item.saved_identity)
        return Restored(document)

    # -- state ---------------------------------------------------------------------------------
    @property
    def doc_id(self) -> str:
        """Names the document's entry in the recovery journal."""
        return self._doc_id

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def identity(self) -> FileIdentity | None:
        """What the file held when it was loaded or saved (None: no file known)."""
        return self._identity

    @property
    def bom(self) -> bool:
        return self._bom

    @property
    def newline(self) -> str:
        return self._newline

    @property
    def read_only(self) -> bool:
        return self._read_only

    @property
    def protected_path(self) -> Path | None:
        """A file this text came from that is never saved over (a non-UTF-8 original, ...)."""
        return self._protected_path

    @property
    def untitled_name(self) -> str:
        return self._untitled_name

    @property
    def revision(self) -> int:
        """Counts the changes of the text; a snapshot of the text carries the revision."""
        return self._revision

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def disk_missing(self) -> bool:
        return self._disk_missing

    @property
    def base_path(self) -> Path | None:
        """Where relative image links are resolved: the file, or the original of a copy."""
        return self._path or self._protected_path

    def save_state(self) -> str:
        """saved, unsaved, untitled or read_only (for the status bar)."""
        if self._read_only:
            return "read_only"
        if self._path is None:
            return "untitled"
        return "unsaved" if self._dirty else "saved"

    # -- the text ------------------------------------------------------------------------------
    def note_text(self, text: str) -> None:
        """The whole text was replaced (loaded, reloaded, restored): take its line ends."""
        self._newline = detect_newline(text)
        self._revision += 1

    def note_edit(self) -> int:
        """The text changed; the new revision."""
        self._revision += 1
        return self._revision

    def set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    def rekey(self, doc_id: str) -> None:
        """Take the journal id of a recovered entry."""
        self._doc_id = doc_id

    def disk_text(self, editor_text: str) -> str:
        """The editor's text as it will be written: with the file's own line ends."""
        return editor_text.replace("\n", CRLF) if self._newline == CRLF else editor_text

    # -- saving --------------------------------------------------------------------------------
    def save(
        self,
        editor_text: str,
        backups: BackupStore,
        path: Path | None = None,
        *,
        overwrite: bool = False,
        history: Keeper | None = None,
        words: int | None = None,
    ) -> SaveResult:
        """Write the text to its file (or to ``path``, a Save As).

        Refused with ``CONFLICT`` when its own file changed on disk since it was loaded,
        unless ``overwrite``; with ``PROTECTED`` when ``path`` is the protected original. The
        version replaced is backed up first; the write is atomic. Nothing changes on failure.
        With ``history``, the text written is then kept as a version (when it has an id);
        ``words``: its body's word count when the caller has it (else the history counts).
        A text on disk that this document did not write or load (an ``overwrite`` past a
        change on disk, or one read by ``reload``) is kept first (``Keeper.keep_replaced``).
        """
        own = path is None
        if path is None:
            if self._path is None or self._read_only:
                return SaveResult(Outcome.NO_PATH)
            target = self._path
        else:
            target = Path(path).expanduser().absolute()
            if self._protected_path is not None and same_file(target, self._protected_path):
                return SaveResult(Outcome.PROTECTED, path=target)
            try:  # a Save As never into a folder that is a link (but the story's own folder)
                check_output_folder(target, beside=self._path or self._protected_path)
            except OSError as exc:
                return SaveResult(Outcome.FAILED, message=error_message(exc), path=target)
        if own and (moved := self.folder_moved()) is not None:
            return SaveResult(Outcome.MOVED, message=moved_message(target, moved), path=target)
        if own and not overwrite and self._became_link(target):
            return SaveResult(Outcome.CONFLICT, path=target)  # replaced, never written through
        try:  # a drive gone stale (ESTALE, EIO) cannot tell: the save fails and waits
            if (
                own
                and not overwrite
                and target.exists()
                and changed_on_disk(target, self._identity)
            ):
                return SaveResult(Outcome.CONFLICT, path=target)
            written = self.disk_text(editor_text)
            replaced = None
            if own and history is not None and self._replaces_elsewhere(target, overwrite):
                replaced = self._keep_replaced(target, history, written)
        except OSError as exc:
            return SaveResult(Outcome.FAILED, message=error_message(exc), path=target)
        backup_problem = ""
        try:
            if link_target(target) is None:  # a link is replaced, never read (``links``)
                backups.backup(target)
        except OSError as exc:
            backup_problem = error_message(exc)
        try:
            identity = write_article_file(target, written, bom=self._bom)
        except OSError as exc:
            return SaveResult(Outcome.FAILED, message=error_message(exc), path=target)
        old_path = self._path
        self._identity = identity
        self._noticed = None
        self._from_elsewhere = False
        self._folder = real_folder(target)
        self._opened_link = False  # the write replaced a link at ``target`` by the file
        if old_path != target:
            self._path = target
            self._untitled_name = ""
            self._read_only = False
        self._dirty = False
        self._disk_missing = False
        kept = history.keep(target, written, words=words) if history is not None else None
        problems = [k.problem for k in (replaced, kept) if k is not None and k.problem]
        return SaveResult(Outcome.SAVED, path=target, old_path=old_path,
                          backup_problem=backup_problem,
                          version_id=kept.version_id if kept else "",
                          history_problem="; ".join(problems),
                          replaced_version_id=replaced.version_id if replaced else "")  # fmt: skip

    def _replaces_elsewhere(self, target: Path, overwrite: bool) -> bool:
        """Whether the save is about to replace a text on disk that this document did not
        write or load: read by ``reload`` (then Undo may have brought the editor's text back),
        or changed on disk meanwhile (an ``overwrite``)."""
        if not target.exists():
            return False
        return self._from_elsewhere or (overwrite and changed_on_disk(target, self._identity))

    @staticmethod
    def _keep_replaced(target: Path, history: Keeper, written: str) -> Kept | None:
        """Keep the text on disk before ``written`` replaces it (None: a link, never read
        through, or not readable as an article; the backup still keeps its bytes). Read
        without following a link: one swapped in after a look would be read through."""
        try:
            theirs = read_no_link(target).text
        except ReadError:
            return None
        if theirs == written:
            return None  # the save writes what is there: nothing is replaced
        return history.keep_replaced(target, theirs, written)

    def suggested_path(self, folder: Path, slug: str, default_stem: str) -> Path:
        """Where Save As proposes to save: the file itself, or ``folder/slug.md``."""
        if self._path is not None:
            return self._path
        if not slug and self._protected_path is not None:
            slug = self._protected_path.stem + "-utf8"
        return folder / f"{portable_stem(slug) or default_stem}.md"  # "con": con-1.md

    # -- the file on disk ----------------------------------------------------------------------
    def folder_moved(self) -> str | None:
        """Where the file's folder leads now when that is not where it led when the file was
        opened or saved (a folder swapped for a link), else None."""
        return folder_moved(self._path, self._folder) if self._path is not None else None

    def link_target(self) -> str | None:
        """Where the file leads when it became a link since it was opened, else None."""
        path = self._path
        return link_target(path) if path is not None and self._became_link(path) else None

    def _became_link(self, path: Path | None) -> bool:
        return path is not None and not self._opened_link and link_target(path) is not None

    def check_disk(self) -> DiskState:
        """Whether another program changed or removed the file since it was loaded or saved.

        A file that went missing is reported once, and makes the document dirty: saving
        writes it again.
        """
        if self._path is None:
            return DiskState.SAME
        if self._became_link(self._path):
            return DiskState.LINK
        try:
            st: os.stat_result | None = os.stat(self._path)
        except (OSError, ValueError):  # gone, or a drive gone stale
            st = None
        # a pipe or a folder put in its place is no story either: gone from this name
        if st is None or not stat.S_ISREG(st.st_mode):
            if self._disk_missing or self._identity is None:
                return DiskState.SAME
            self._disk_missing = True
            self._dirty = True
            return DiskState.MISSING
        self._disk_missing = False
        if self._unreadable is not None and self._unreadable == _stat_key(st):
            return DiskState.SAME  # the file a reload could not read: the user was told
        try:
            if not changed_on_disk(self._path, self._identity):
                return DiskState.SAME
            if self._noticed is not None and not changed_on_disk(self._path, self._noticed):
                return DiskState.SAME  # the change the user already chose to keep their text over
        except OSError:  # a drive gone stale cannot tell now: asked again at the next look
            return DiskState.SAME
        return DiskState.CHANGED

    def written_over(self, identity: FileIdentity | None) -> None:
        """This document's text (a recovered draft) was written over the file as ``identity``
        describes it (None: not known): when the file has changed since (a colleague's save
        after the crash), a save stops at that change and asks (``Outcome.CONFLICT``), as for
        a change made while the text was open; the change is not asked about on its own."""
        if identity is None or self._path is None:
            return
        now = self._disk_identity(self._path)
        if now is not None and changed_on_disk(self._path, identity):
            self._identity, self._noticed = identity, now

    def follow(self, path: Path | str) -> None:
        """Another program renamed or moved the file to ``path`` (the same story): it is this
        document's file now. What was loaded is still what it knows, so a save to ``path``
        stops at a text there that differs from it (``Outcome.CONFLICT``)."""
        self._path = Path(path).absolute()
        self._folder = real_folder(self._path)
        self._opened_link = False
        self._noticed = None
        self._disk_missing = False

    def adopt_if_saved(self, editor_text: str) -> bool:
        """When the file holds exactly what saving ``editor_text`` would write (a story
        followed to its new name and not edited here), take it as this text's file, as
        ``take_disk_version`` does (one read): True, there is nothing to save."""
        if self._path is None:
            return False
        identity = self._disk_identity(self._path)
        try:
            data = article_bytes(self.disk_text(editor_text), bom=self._bom)
        except UnicodeEncodeError:
            return False
        if identity is None or identity.sha256 != sha256_hex(data):
            return False
        self._identity, self._noticed = identity, None
        return True

    def keep_mine(self) -> None:
        """Keep working on this text over another program's change (not asked about that
        change again). The next save still stops at it (``Outcome.CONFLICT``): the save's
        question offers to compare, save a copy or overwrite (their text kept first)."""
        if self._path is not None:
            self._noticed = self._disk_identity(self._path)

    def take_rewritten(self, before: FileIdentity, written_sha256: str) -> bool:
        """The desk rewrote the file from ``before`` to bytes of ``written_sha256`` with an edit
        this text holds too (a status): when ``before`` is the file this text was loaded from
        or saved to, and the file still holds those bytes, it is this text's file now (the next
        save writes without asking), True. Else another change is in it that this text never
        took: the next save still stops at it and asks; the rewrite is not asked about alone."""
        if self._path is None:
            return False
        now = self._disk_identity(self._path)
        mine = self._identity is not None and self._identity.sha256 == before.sha256
        if mine and now is not None and now.sha256 == written_sha256:
            self._identity, self._noticed = now, None
            return True
        self._noticed = now
        return False

    def take_disk_version(self) -> None:
        """The file as it is now is one this text already holds (the desk wrote the same
        front-matter edit to both): the next save writes over it without asking."""
        if self._path is not None:
            self._identity, self._noticed = self._disk_identity(self._path), None

    @staticmethod
    def _disk_identity(path: Path) -> FileIdentity | None:
        try:
            return read_article_file(path).identity
        except ReadError:
            return None

    def reload(self) -> ReloadResult:
        """Read the file again; the text is then the file's (and not dirty)."""
        if self._path is None:
            return ReloadResult(Outcome.NO_PATH)
        read = read_article_file if self._opened_link else read_no_link
        try:
            result = read(self._path)
        except ReadError as exc:
            try:
                self._unreadable = _stat_key(os.stat(self._path))
            except (OSError, ValueError):
                self._unreadable = None
            return ReloadResult(Outcome.FAILED, message=exc.message)
        self._bom = result.bom
        if self._identity is None or self._identity.sha256 != result.identity.sha256:
            self._from_elsewhere = True  # not the text it had: kept before a save over it
        self._identity = result.identity
        self._noticed = None
        self._disk_missing = False
        self._dirty = False
        self.note_text(result.text)
        return ReloadResult(Outcome.RELOADED, text=result.text)


def _stat_key(st: os.stat_result) -> tuple[int, int, int, int]:
    """What tells one state of a file from another without reading it."""
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)

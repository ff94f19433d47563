"""The window's file work: open, save (keeping versions), close, reload, recovery and the file
watcher.

The file operations themselves are the tab's :class:`~netizen_editor.document.Document`'s
(open, save with the disk check, backup and atomic write, check the disk, reload, restore);
they return outcomes, and this controller asks the user through ``host.prompts`` and applies
the answers. It knows the window only through the narrow :class:`FileHost` protocol.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer

from netizen_editor import i18n
from netizen_editor.article.dates import newsroom_short
from netizen_editor.article.new_article import new_article_text
from netizen_editor.article.story_copy import slug_for_name
from netizen_editor.document import DiskState, Document, Outcome, SaveResult, same_file
from netizen_editor.gui.dialogs.prompts import Prompts
from netizen_editor.gui.editor.replacing import finish_replacing
from netizen_editor.gui.window import desk_status, folder_guard, renamed
from netizen_editor.gui.window.document_tab import DocumentTab
from netizen_editor.gui.window.journal_keeper import JournalKeeper
from netizen_editor.gui.window.lock_return import held_question
from netizen_editor.gui.window.session import SessionState
from netizen_editor.gui.window.status import StatusFields
from netizen_editor.gui.window.tab_names import question_name
from netizen_editor.gui.window.versions import VersionKeeper, apply_edit, problem_note
from netizen_editor.importing import is_document
from netizen_editor.paths import sample_article_path
from netizen_editor.settings import Settings
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.copy_names import copy_path
from netizen_editor.storage.datadirs import backup_dir
from netizen_editor.storage.reading import ReadError, read_article_file
from netizen_editor.terminal import terminal_safe

if TYPE_CHECKING:  # the recovery module is imported when a recovery runs
    from netizen_editor.gui.panels.review_dock import ReviewDock
    from netizen_editor.gui.window.locking import LockKeeper
    from netizen_editor.storage.recovery import RecoveryItem

RECHECK_MS = 150
#: how long the status bar shows a save's message (the window's default)
STATUS_MS = 6000


class Importer(Protocol):
    """Imports a document (a press release) as an article in a new tab (import_controller)."""

    def import_file(self, path: Path) -> DocumentTab | None: ...


class FileHost(Protocol):
    """What the file controller needs of the window."""

    settings: Settings
    session: SessionState
    prompts: Prompts
    keeper: JournalKeeper
    status: StatusFields  # the status bar, for a message that never opens the info bar

    @property
    def review_dock(self) -> ReviewDock: ...

    def all_tabs(self) -> list[DocumentTab]: ...
    def current_tab(self) -> DocumentTab | None: ...
    def create_tab(self) -> DocumentTab: ...
    def add_tab(self, tab: DocumentTab) -> None: ...
    def remove_tab(self, tab: DocumentTab, *, keep_journal: bool = False) -> None: ...
    def activate_tab(self, tab: DocumentTab) -> None: ...
    def save_session(self) -> None: ...
    def save_session_soon(self) -> None: ...
    def show_status(self, message: str, timeout_ms: int = 6000, *, above: str = "") -> None: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


class FileController(QObject):
    def __init__(self, window: FileHost, parent: QObject | None = None):
        super().__init__(parent)
        self.window = window
        self.backups = BackupStore(backup_dir())
        self.versions = VersionKeeper(window)  # the articles' history (``versions``)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._asking: set[str] = set()
        self._pending: set[Path] = set()
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck.timeout.connect(self._check_pending)
        self.gone = renamed.GoneStories(self, self)  # tabs whose file is gone: what their bars say
        self.locks: LockKeeper | None = None  # the articles' locks (gui/window/locking.py)
        self.importer: Importer | None = None  # documents: gui/window/import_controller.py

    @property
    def prompts(self) -> Prompts:
        return self.window.prompts

    # -- opening -------------------------------------------------------------------------------
    def find_tab(self, path: Path) -> DocumentTab | None:
        for tab in self.window.all_tabs():
            if tab.path is not None and (tab.path == path.absolute() or same_file(tab.path, path)):
                return tab
        return None

    def open_dialog(self) -> list[DocumentTab]:
        folder = self.window.session.open_folder
        if not folder and (tab := self.window.current_tab()) and tab.path:
            folder = str(tab.path.parent)
        paths = self.prompts.open_paths(folder)
        if paths:
            self.window.session.open_folder = str(paths[0].parent)
        return [tab for path in paths if (tab := self.open_path(path))]

    def open_path(
        self, path: Path | str, *, failed: list[ReadError] | None = None, first_frame: bool = False
    ) -> DocumentTab | None:
        """Open an article in a tab (or show it if it is open); None when it cannot be read.
        ``failed``: why it cannot is added there, not asked (the last session's stories are
        named in one message); ``first_frame``: the window is not shown yet
        (``DocumentTab.open_document``)."""
        path = Path(path).expanduser().absolute()
        if self.importer is not None and is_document(path):
            return self.importer.import_file(path)  # a press release: imported, not opened
        existing = self.find_tab(path)
        if existing is not None:
            self.window.activate_tab(existing)
            return existing
        read_only = False
        if self.locks is not None:
            # asks when a colleague has the story open (the last session's: read-only)
            claim = self.locks.claim(path, ask=failed is None)
            if claim.done:
                return claim.tab  # cancelled (None), or opened as a copy
            read_only = claim.read_only
        try:
            document, text = Document.open(path)
        except ReadError as exc:
            if failed is not None:
                failed.append(exc)
            elif exc.kind == "not_utf8":
                return self._open_other_encoding(path, exc)
            else:
                self.prompts.error(
                    _tr("Cannot Open the Article"),
                    _tr("“{name}” cannot be opened.").format(name=path.name),
                    f"{exc.message}.\n\n{path}",
                )
            return None
        document.set_read_only(read_only)
        tab = self.window.create_tab()
        tab.open_document(document, text, first_frame=first_frame)
        self.window.add_tab(tab)
        self.watch(path)
        self.window.session.add_recent(path)
        self.window.save_session_soon()  # not on the way to the first frame (an fsync)
        return tab

    def _open_other_encoding(self, path: Path, error: ReadError) -> DocumentTab | None:
        choice = self.prompts.encoding(path, error)
        if choice is None:
            return None
        tab = self.window.create_tab()
        from netizen_editor.gui.dialogs.encoding_dialog import READ_ONLY  # not at start

        if choice.mode == READ_ONLY:
            name = _tr("{name} (read-only, {encoding})").format(
                name=path.name, encoding=choice.encoding
            )
            document = Document.untitled(choice.text, name=name, original=path, read_only=True)
            tab.open_document(document, choice.text)
        else:
            name = _tr("{stem} (UTF-8 copy)").format(stem=path.stem)
            document = Document.untitled(choice.text, name=name, original=path)
            tab.open_document(document, choice.text, modified=True)
            tab.show_info(
                _tr(
                    "This is a UTF-8 copy of {name} (read as {encoding}). Saving asks for a new "
                    "name; the original file is left as it is."
                ).format(name=path.name, encoding=choice.encoding)
            )
        self.window.add_tab(tab)
        return tab

    def open_sample(self) -> DocumentTab | None:
        """The built-in sample article, as an untitled copy (never saved into the app)."""
        sample = sample_article_path()
        try:
            result = read_article_file(sample)
        except ReadError:
            return None
        tab = self.window.create_tab()
        tab.open_document(Document.untitled(result.text, original=sample), result.text)
        self.window.add_tab(tab)
        return tab

    def new_article(self) -> DocumentTab:
        settings = self.window.settings
        tab = self.window.create_tab()
        text = new_article_text(settings)
        tab.open_document(Document.untitled(text), text, cursor=len(text))
        self.window.add_tab(tab)
        self.window.review_dock.new_story()
        return tab

    # -- saving --------------------------------------------------------------------------------
    def save(self, tab: DocumentTab, *, overwrite: bool = False, unasked: bool = False) -> bool:
        """Save ``tab`` to its file (``overwrite``: also over a change made on disk meanwhile,
        as the conflict's Overwrite; the compare window's Save Mine). ``unasked``: a save the
        user did not start (``waiting_saves``): where it would ask, it writes nothing."""
        if tab.document.path is None or tab.document.read_only:
            return not unasked and self.save_as(tab)
        way = self.gone.before_save(tab, unasked=unasked)  # its file renamed on disk: asks
        if way == renamed.STOP:
            return False
        if way == renamed.SAVE_AS:  # two files hold its story: the user chose Save As…
            return self.save_as(tab)
        if not desk_status.keep_desk_status(tab, self.prompts.parent, unasked=unasked):
            return False  # an Undo took the desk's status back: asked (or, unasked, not saved)
        return self._save_to(tab, None, overwrite=overwrite, fresh_id=way == renamed.FRESH_ID,
                             unasked=unasked)  # fmt: skip

    def save_as(self, tab: DocumentTab, suggested: Path | None = None) -> bool:
        offered = suggested or self._suggested_path(tab)
        chosen = self.prompts.save_path(offered)
        if chosen is None:
            return False
        path = Path(chosen).expanduser().absolute()
        if not path.suffix:
            path = path.with_suffix(".md")
        if tab.path is None and not tab.read_only:  # a copy's slug follows the name it gets
            edit = slug_for_name(tab.editor_text(), offered.stem, path.stem)
            if edit is not None:
                apply_edit(tab, edit)
        other = self.find_tab(path)
        if other is not None and other is not tab:
            self.prompts.error(
                _tr("Choose Another Name"),
                _tr("“{name}” is open in another tab.").format(name=path.name),
                _tr("Close it first, or save this article under another name."),
            )
            return False
        if self.locks is not None and not self.locks.may_write(tab, path):
            return False  # a colleague has that story open (said)
        return self._save_to(tab, path)

    def _suggested_path(self, tab: DocumentTab) -> Path:
        # a copy of a story (opened as one, recovered as one, a UTF-8 copy) is offered a copy's
        # name beside it, as Open a Copy offers: never the story's own name in the folder used
        # last, where Enter saved a second story (QA34 F8); a folder that is gone (a drive
        # away, a bundle's earlier sample) is not offered
        original = tab.document.protected_path
        if (
            tab.path is None
            and original is not None
            and original != sample_article_path()
            and original.parent.is_dir()
        ):
            return copy_path(original)
        folder = Path(tab.new_story_folder or self.window.session.open_folder or Path.home())
        slug = tab.current_snapshot().slug if tab.document.path is None else ""
        return tab.document.suggested_path(folder, slug, _tr("artikel"))

    def _save_to(
        self,
        tab: DocumentTab,
        path: Path | None,
        *,
        overwrite: bool = False,
        fresh_id: bool = False,
        unasked: bool = False,
    ) -> bool:
        """Save ``tab`` to its own file (``path`` None) or to ``path``, asking on a conflict
        (``unasked``: not, nor saving); ``fresh_id``: with a new id (its story was renamed on
        disk: ``renamed``)."""
        finish_replacing(tab.editor)  # a Replace All under way ends first: never half-replaced
        if path is None and (moved := folder_guard.moved_sentence(tab)):  # leads elsewhere now
            return folder_guard.stop_save(self, tab, moved, unasked=unasked)
        document = tab.document
        words = tab.current_snapshot().stats.words  # the id line adds no body words
        # a Save As to another file writes a copy: it gets its own id (``versions``)
        origin = document.path or document.base_path
        copy = (path is not None and origin is not None
                and not (path == origin or same_file(path, origin))) or fresh_id  # fmt: skip
        kept_id = None if copy else self.versions.keep_lost_id(tab)
        self.versions.give_id(tab, new=copy)
        history = self.versions.keeper()
        locks, zone = self.locks, self.window.settings.timezone
        taken = (held_question(tab, locks.colleague_of(tab), zone)  # asks while they hold it
                 if locks is not None and path is None and not overwrite else "")  # fmt: skip
        result = SaveResult(Outcome.CONFLICT) if taken else document.save(
            tab.editor_text(), self.backups, path, overwrite=overwrite, history=history,
            words=words)  # fmt: skip
        if result.outcome is Outcome.CONFLICT:
            if unasked:
                return False
            answer = self._ask_conflict(tab, taken)
            if answer == "reload":
                self.reload(tab)
                return False
            if answer in ("compare", "copy") and self.locks is not None:
                return self.locks.conflict_answer(tab, answer)
            if answer != "overwrite":
                return False
            result = document.save(tab.editor_text(), self.backups, path, overwrite=True,
                                   history=history, words=words)  # fmt: skip
        if result.outcome is Outcome.MOVED:  # the folder was swapped meanwhile
            return folder_guard.stop_save(self, tab, result.message, unasked=unasked)
        if result.outcome is Outcome.PROTECTED:
            self.prompts.error(
                _tr("Choose Another Name"),
                _tr("“{name}” is the original this text was opened from.").format(
                    name=result.path.name if result.path else ""
                ),
                _tr("It is not overwritten; save the article under another name."),
            )
            return False
        if result.outcome is Outcome.FAILED:
            locks = self.locks
            if path is None and locks is not None and locks.saves.failed(tab, result.message):
                return False  # said once; the save waits for the folder (``waiting_saves``)
            self.window.keeper.flush(tab)  # the text is safe in the journal meanwhile
            self.prompts.error(
                _tr("The Article Was Not Saved"),
                result.message,
                _tr("Your text is still here and kept in the recovery journal. Fix the problem "
                    "and save again, or use Save As to save it somewhere else."),
            )  # fmt: skip
            return False
        if not result.ok or result.path is None:
            return False
        if result.old_path != result.path:
            if result.old_path is not None:
                self.unwatch(result.old_path)
            tab.document_changed()
            if self.locks is not None:  # a copy of a story a colleague took: no longer asks
                self.locks.taken.saved_elsewhere(tab, result.path)
        elif self.locks is not None:  # over a story a colleague took: its bar says so now
            self.locks.taken.saved_over(tab)
        tab.set_dirty(False)
        tab.desk_status = None  # the file says what the user saved: a later status is theirs
        self.window.keeper.mark_saved(tab)
        self.watch(result.path)
        self.window.session.add_recent(result.path)
        self.window.session.open_folder = str(result.path.parent)
        self.window.save_session()
        # the file's name only: the tab and the title say where (its full path in the tab's
        # tooltip), a planted name's controls written as the tab writes them; a plain save never
        # opens the bar above the text, a note does (below)
        message = _tr("Saved {name}").format(name=terminal_safe(result.path.name))
        plain = message
        if fresh_id:  # under the old name again: what became of the ids, short (``renamed``)
            message = self.gone.saved_message(tab) or message
        if result.backup_problem:
            message += " — " + _tr("no backup of the previous version: {problem}").format(
                problem=result.backup_problem
            )
        if kept_id is not None:
            message += " — " + _tr("the id line was missing; the article keeps its id and its "
                                   "history")  # fmt: skip
        if result.replaced_version_id:
            message += " — " + _tr("the text it replaced, changed elsewhere, is kept in File › "
                                   "History")  # fmt: skip
        if result.history_problem:
            message += " — " + problem_note(result.history_problem)
        if message == plain:
            current = self.window.current_tab()
            place = current.info_bar if current is not None else None
            self.window.status.say(message, STATUS_MS, place, whole=False)
        else:
            self.window.show_status(message, STATUS_MS)
        return True

    def _ask_conflict(self, tab: DocumentTab, taken: str = "") -> str:
        """The save's question about a change made on disk, naming the colleague who has the
        story open and who wrote the text there (when known and another: ``changed_by``), or
        about a story a colleague took over (``taken``: ``held_question``'s sentence); the
        watcher's question about a change is folded into it (QA31 F5: a write and Ctrl+S in one
        second showed both at once): not asked while it is open, nor after it. A later change
        is asked about then."""
        from netizen_editor.history.changed_by import changed_by

        document = tab.document
        holder = self.locks.colleague_of(tab) if self.locks is not None else ""
        author = changed_by(document.path) if document.path is not None and not taken else ""
        conflict: tuple[str, ...]  # the story, who holds it, who wrote the text on disk
        conflict = (tab.display_name(), holder, author) if author and author != holder else (
            (tab.display_name(), holder) if holder else (tab.display_name(),))  # fmt: skip
        if taken:  # nothing changed on disk: who holds the story is the question
            conflict = (tab.display_name(), holder, "", taken)
        elif tab.is_dirty():
            document.keep_mine()  # the change this question is about
        self._asking.add(document.doc_id)
        try:
            answer = self.prompts.disk_conflict(*conflict)
        finally:
            self._asking.discard(document.doc_id)
        if answer not in ("overwrite", "reload") and tab in self.window.all_tabs():
            self.check_disk(tab)  # a change made while it was open: its own question now
        return answer

    # -- closing -------------------------------------------------------------------------------
    def confirm_close(self, tab: DocumentTab) -> bool:
        """Ask Save / Discard / Cancel when ``tab`` has unsaved changes; True to go ahead."""
        if not tab.is_dirty():
            return True
        self.window.activate_tab(tab)
        answer = self.prompts.unsaved_changes(question_name(tab))
        if answer == "save":
            return self.save(tab)
        return answer == "discard"

    def close_tab(self, tab: DocumentTab) -> bool:
        if not self.confirm_close(tab):
            return False
        if tab.path is not None:
            self.unwatch(tab.path)
        self.window.remove_tab(tab)
        self.window.save_session()
        return True

    # -- changes on disk -----------------------------------------------------------------------
    def watch(self, path: Path) -> None:
        if path.exists() and str(path) not in self.watcher.files():
            self.watcher.addPath(str(path))

    def unwatch(self, path: Path) -> None:
        if str(path) in self.watcher.files():
            self.watcher.removePath(str(path))

    def _file_changed(self, name: str) -> None:
        # An atomic replace drops the watch; the new file may appear a moment later.
        self._pending.add(Path(name))
        self._recheck.start()

    def _check_pending(self) -> None:
        pending, self._pending = self._pending, set()
        for path in pending:
            self.watch(path)
            tab = self.find_tab(path) or next(
                (t for t in self.window.all_tabs() if t.path == path), None
            )
            if tab is not None:
                self.check_disk(tab)

    def check_all(self) -> None:
        for tab in self.window.all_tabs():
            self.check_disk(tab)

    def check_disk(self, tab: DocumentTab) -> None:
        """Notice a change made by another program: reload quietly, or ask when edited here."""
        document = tab.document
        path = document.path
        if path is None or document.doc_id in self._asking:
            return
        state = document.check_disk()
        if state is DiskState.LINK:  # not read: the tab keeps its text (``folder_guard``)
            folder_guard.link_note(tab)
            return
        if state is DiskState.MISSING:
            tab.set_dirty(not tab.read_only)  # nothing typed in a read-only tab: nothing to save
            # renamed (Follow), copies, or gone: what a save will do; a read-only tab's bar says
            # where the story went, or that it is reloaded when it comes back
            self.gone.say(tab)
            return
        if path.exists():
            self.watch(path)
        if state is not DiskState.CHANGED:
            return
        from netizen_editor.gui.window.headline_note import followed_save
        from netizen_editor.history.changed_by import changed_by  # not on the way to a frame

        author = "" if tab.read_only else changed_by(path)  # a colleague's save (QA31 F9)
        if not tab.is_dirty():
            self.reload(
                tab,
                who=None if tab.read_only else author,  # History read once
                said=(
                    followed_save(path.name)
                    if tab.read_only  # a colleague's story, followed (``locking``)
                    else _tr("{name} was changed by {user} and has been reloaded (Undo brings "
                             "back the previous text).").format(name=path.name, user=author)
                    if author
                    else _tr("{name} was changed by another program and has been reloaded "
                             "(Undo brings back the previous text).").format(name=path.name)
                ),
            )  # fmt: skip
            return
        self._asking.add(document.doc_id)
        try:
            named = (tab.display_name(), author) if author else (tab.display_name(),)
            answer = self.prompts.changed_on_disk(*named)
        finally:
            self._asking.discard(document.doc_id)
        if answer == "reload":
            self.reload(tab)
        else:  # keep mine: not asked again; the save still asks before it overwrites theirs
            document.keep_mine()

    def reload(self, tab: DocumentTab, said: str = "", who: str | None = None) -> bool:
        """Put the file's text in ``tab`` (Undo brings back the text before); the tab's bar
        says ``said``, and a title or summary the file's text changed, with who saved it when
        known (QA31 F4: a desk editor's new headline reached the reporter with no sign): that
        stays until closed (``who``: the colleague's name when read already). True when
        reloaded."""
        from netizen_editor.gui.window.headline_note import headline_note
        from netizen_editor.history.changed_by import changed_by

        path = tab.document.path
        result = tab.document.reload()
        if result.outcome is Outcome.FAILED:
            self.prompts.error(
                _tr("Cannot Reload"),
                _tr("“{name}” cannot be read again.").format(name=path.name if path else ""),
                result.message,
            )
            return False
        if result.outcome is not Outcome.RELOADED:
            return False
        before = tab.editor_text()
        tab.replace_text(result.text, modified=False)
        self.window.keeper.mark_saved(tab)
        if self.locks is not None:  # a story a colleague took: its bar says this is the disk's
            self.locks.taken.reloaded(tab)

        def named() -> str:  # asked only when the headline changed
            if who is not None:
                return who
            return changed_by(path) if path else ""

        note = headline_note(before, result.text, named)
        if note:
            tab.info_bar.keep(f"{said}\n{note}" if said else note)
        elif said:
            tab.show_info(said)
        return True

    # -- recovery ------------------------------------------------------------------------------
    def restore(self, item: RecoveryItem) -> DocumentTab:
        """Open a claimed journal entry as unsaved changes to its file (or as untitled).

        The entries come newest first: the first of a file goes into the file's tab. A text
        that would replace unsaved text there (an older entry of the same file), or go into
        a story a colleague holds (its tab read-only), is opened as a copy beside it; so is
        an entry that was a copy already. No recovered text replaces another."""
        when = newsroom_short(item.time, self.window.settings.timezone, i18n.language())
        note = _tr("Recovered the text from {time}. Save to keep it.").format(time=when)
        held = taken = False  # read-only (a colleague's) / holding unsaved text: a copy beside
        if item.path is not None:
            tab = self.find_tab(item.path)
            held = tab is not None and tab.read_only
            taken = tab is not None and not held and tab.is_dirty()
            if tab is not None and not held and not taken:
                self.window.keeper.rekey(tab, item.doc_id)
                tab.replace_text(item.text, modified=True)
                tab.document.written_over(item.saved_identity)  # a save asks over a change since
                tab.set_cursor(item.cursor)
                tab.show_info(note)
                return tab
        was_copy = item.path is None and item.copy_of is not None
        original = item.path or item.copy_of
        # a file unreadable now keeps the text as a copy, never written over
        copy_name = _tr("{name} (recovered)").format(name=original.name) if original else ""
        source = replace(item, path=original) if was_copy else item
        restored = Document.restore(source, copy_name=copy_name, as_copy=held or taken or was_copy)
        if held:
            note += " " + _tr("Someone else has the story open, so this is a copy: save it "
                              "under another name, or compare it with theirs.")  # fmt: skip
        elif taken:
            note += " " + _tr("The story's tab holds text recovered from a later moment, so "
                              "this older text is a copy: save it under another name, or "
                              "compare the two.")  # fmt: skip
        elif was_copy:
            note += " " + _tr("It was a copy of {name} and is one again: save it under another "
                              "name.").format(name=original.name if original else "")  # fmt: skip
        document = restored.document
        if restored.file_gone:
            note += " " + _tr("The file itself is gone; saving writes it again.")
        tab = self.window.create_tab()
        tab.open_document(document, item.text, modified=True)
        tab.set_cursor(item.cursor)
        if item.disk_changed:
            note += " " + _tr("The file was also changed on disk since; compare before saving.")
        tab.show_info(note)
        self.window.add_tab(tab)
        if document.path is not None:
            self.watch(document.path)
        else:  # a copy: its entry says so now, not that it is the file (recovered as a copy)
            self.window.keeper.flush(tab)
        return tab

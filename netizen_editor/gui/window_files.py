"""The window's file work: open, save, close, reload, backups, recovery and the file watcher.

Split out of ``main_window``; it acts on the window's tabs and asks through ``window.prompts``.
Saving goes through the storage layer: a check that the file on disk is still the one loaded,
a backup of the version being replaced, an atomic write, and the journal entry dropped after.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer

from netizen_editor.article import Article
from netizen_editor.errors import ArticleError
from netizen_editor.gui.dialogs.backups_dialog import REPLACE
from netizen_editor.gui.dialogs.encoding_dialog import READ_ONLY
from netizen_editor.gui.document_tab import DocumentTab
from netizen_editor.new_article import new_article_text
from netizen_editor.paths import sample_article_path
from netizen_editor.storage.atomic import SaveError
from netizen_editor.storage.backups import BackupStore
from netizen_editor.storage.datadirs import backup_dir
from netizen_editor.storage.identity import changed_on_disk
from netizen_editor.storage.reading import ReadError, read_article_file, write_article_file
from netizen_editor.storage.recovery import RecoveryItem

if TYPE_CHECKING:
    from netizen_editor.gui.main_window import MainWindow

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".txt")
RECHECK_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a.absolute() == b.absolute()


class FileController(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.backups = BackupStore(backup_dir())
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self._asking: set[str] = set()
        self._pending: set[Path] = set()
        self._recheck = QTimer(self, singleShot=True, interval=RECHECK_MS)
        self._recheck.timeout.connect(self._check_pending)

    @property
    def prompts(self):
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

    def open_path(self, path: Path | str, *, quiet_missing: bool = False) -> DocumentTab | None:
        """Open an article in a tab (or show it if it is open); None when it cannot be read."""
        path = Path(path).expanduser().absolute()
        existing = self.find_tab(path)
        if existing is not None:
            self.window.activate_tab(existing)
            return existing
        try:
            result = read_article_file(path)
        except ReadError as exc:
            if exc.kind == "not_utf8":
                return self._open_other_encoding(path, exc)
            if not (quiet_missing and exc.kind == "missing"):
                self.prompts.error(
                    _tr("Cannot Open the Article"),
                    _tr("“{name}” cannot be opened.").format(name=path.name),
                    f"{exc.message}.\n\n{path}",
                )
            return None
        tab = self.window.create_tab()
        tab.load(result.text, path=path, identity=result.identity, bom=result.bom)
        self.window.add_tab(tab)
        self.watch(path)
        self.window.session.add_recent(path)
        self.window.save_session()
        return tab

    def _open_other_encoding(self, path: Path, error: ReadError) -> DocumentTab | None:
        choice = self.prompts.encoding(path, error)
        if choice is None:
            return None
        tab = self.window.create_tab()
        tab.protected_path = path
        if choice.mode == READ_ONLY:
            tab.untitled_name = _tr("{name} (read-only, {encoding})").format(
                name=path.name, encoding=choice.encoding
            )
            tab.load(choice.text)
            tab.set_read_only(True)
        else:
            tab.untitled_name = _tr("{stem} (UTF-8 copy)").format(stem=path.stem)
            tab.load(choice.text, modified=True)
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
        tab.protected_path = sample
        tab.load(result.text)
        self.window.add_tab(tab)
        return tab

    def new_article(self) -> DocumentTab:
        settings = self.window.settings
        tab = self.window.create_tab()
        text = new_article_text(settings)
        tab.load(text, cursor=len(text))
        self.window.add_tab(tab)
        return tab

    # -- saving --------------------------------------------------------------------------------
    def save(self, tab: DocumentTab) -> bool:
        if tab.path is None or tab.read_only:
            return self.save_as(tab)
        return self._save_to(tab, tab.path, check_disk=True)

    def save_as(self, tab: DocumentTab) -> bool:
        chosen = self.prompts.save_path(self._suggested_path(tab))
        if chosen is None:
            return False
        path = Path(chosen).expanduser().absolute()
        if not path.suffix:
            path = path.with_suffix(".md")
        if tab.protected_path is not None and same_file(path, tab.protected_path):
            self.prompts.error(
                _tr("Choose Another Name"),
                _tr("“{name}” is the original this text was opened from.").format(name=path.name),
                _tr("It is not overwritten; save the article under another name."),
            )
            return False
        other = self.find_tab(path)
        if other is not None and other is not tab:
            self.prompts.error(
                _tr("Choose Another Name"),
                _tr("“{name}” is open in another tab.").format(name=path.name),
                _tr("Close it first, or save this article under another name."),
            )
            return False
        return self._save_to(tab, path, check_disk=False)

    def _suggested_path(self, tab: DocumentTab) -> Path:
        if tab.path is not None:
            return tab.path
        folder = Path(self.window.session.open_folder or Path.home())
        try:
            slug = Article.parse(tab.editor_text()).slug
        except ArticleError:
            slug = ""
        if not slug and tab.protected_path is not None:
            slug = tab.protected_path.stem + "-utf8"
        return folder / f"{slug or _tr('artikel')}.md"

    def _save_to(self, tab: DocumentTab, path: Path, *, check_disk: bool) -> bool:
        if check_disk and path.exists() and changed_on_disk(path, tab.identity):
            answer = self.prompts.disk_conflict(tab.display_name())
            if answer == "reload":
                self.reload(tab)
                return False
            if answer != "overwrite":
                return False
        backup_problem = ""
        try:
            self.backups.backup(path)
        except (SaveError, OSError) as exc:
            backup_problem = getattr(exc, "message", None) or str(exc)
        try:
            identity = write_article_file(path, tab.disk_text(), bom=tab.bom)
        except SaveError as exc:
            self.window.keeper.flush(tab)  # the text is safe in the journal meanwhile
            self.prompts.error(
                _tr("The Article Was Not Saved"),
                exc.message,
                _tr("Your text is still here and kept in the recovery journal. Fix the problem "
                    "and save again, or use Save As to save it somewhere else."),
            )  # fmt: skip
            return False
        old_path = tab.path
        tab.identity = identity
        if old_path != path:
            if old_path is not None:
                self.unwatch(old_path)
            tab.untitled_name = ""
            tab.set_path(path)
            tab.set_read_only(False)
        tab.set_dirty(False)
        tab.disk_missing = False
        self.window.keeper.mark_saved(tab)
        self.watch(path)
        self.window.session.add_recent(path)
        self.window.session.open_folder = str(path.parent)
        self.window.save_session()
        message = _tr("Saved {path}").format(path=path)
        if backup_problem:
            message += " — " + _tr("no backup of the previous version: {problem}").format(
                problem=backup_problem
            )
        self.window.show_status(message)
        return True

    # -- closing -------------------------------------------------------------------------------
    def confirm_close(self, tab: DocumentTab) -> bool:
        """Ask Save / Discard / Cancel when ``tab`` has unsaved changes; True to go ahead."""
        if not tab.is_dirty():
            return True
        self.window.activate_tab(tab)
        answer = self.prompts.unsaved_changes(tab.window_name())
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
        if tab.path is None or tab.doc_id in self._asking:
            return
        path = tab.path
        if not path.exists():
            if not tab.disk_missing and tab.identity is not None:
                tab.disk_missing = True
                tab.set_dirty(True)
                tab.show_info(
                    _tr("{name} was moved or deleted by another program. Your text is still "
                        "here; save it to write the file again.").format(name=path.name)
                )  # fmt: skip
            return
        self.watch(path)
        if not changed_on_disk(path, tab.identity):
            return
        if not tab.is_dirty():
            if self.reload(tab):
                tab.show_info(
                    _tr("{name} was changed by another program and has been reloaded "
                        "(Undo brings back the previous text).").format(name=path.name)
                )  # fmt: skip
            return
        self._asking.add(tab.doc_id)
        try:
            answer = self.prompts.changed_on_disk(tab.display_name())
        finally:
            self._asking.discard(tab.doc_id)
        if answer == "reload":
            self.reload(tab)
        else:
            try:  # keep mine: saving will overwrite theirs (after backing it up) without asking
                tab.identity = read_article_file(path).identity
            except ReadError:
                tab.identity = None

    def reload(self, tab: DocumentTab) -> bool:
        if tab.path is None:
            return False
        try:
            result = read_article_file(tab.path)
        except ReadError as exc:
            self.prompts.error(
                _tr("Cannot Reload"),
                _tr("“{name}” cannot be read again.").format(name=tab.path.name),
                exc.message,
            )
            return False
        tab.bom = result.bom
        tab.identity = result.identity
        tab.replace_text(result.text, modified=False)
        tab.disk_missing = False
        self.window.keeper.mark_saved(tab)
        return True

    # -- backups and recovery ------------------------------------------------------------------
    def open_backup(self, tab: DocumentTab) -> DocumentTab | None:
        if tab.path is None:
            self.prompts.error(
                _tr("No Previous Versions"),
                _tr("This article has not been saved yet, so it has no previous versions."),
            )
            return None
        choice = self.prompts.backup(tab.path, self.backups)
        if choice is None:
            return None
        if choice.mode == REPLACE:
            tab.replace_text(choice.text, modified=True)
            return tab
        copy = self.window.create_tab()
        stamp = choice.entry.time.astimezone().strftime("%Y-%m-%d %H:%M")
        copy.untitled_name = _tr("{name} (version of {time})").format(
            name=tab.path.name, time=stamp
        )
        copy.protected_path = tab.path
        copy.load(choice.text)
        self.window.add_tab(copy)
        return copy

    def restore(self, item: RecoveryItem) -> DocumentTab:
        """Open a claimed journal entry as unsaved changes to its file (or as untitled)."""
        when = item.time.astimezone().strftime("%H:%M:%S")
        note = _tr("Recovered the text from {time}. Save to keep it.").format(time=when)
        if item.path is not None:
            tab = self.find_tab(item.path)
            if tab is not None:
                self.window.keeper.rekey(tab, item.doc_id)
                tab.replace_text(item.text, modified=True)
                tab.set_cursor(item.cursor)
                tab.show_info(note)
                return tab
        tab = self.window.create_tab(doc_id=item.doc_id)
        path, identity, bom = item.path, None, item.bom
        if item.path is not None:
            try:
                result = read_article_file(item.path)
                identity, bom = result.identity, result.bom
            except ReadError as exc:
                if exc.kind != "missing":  # unreadable now: keep the text, never write over it
                    tab.protected_path, path = item.path, None
                    tab.untitled_name = _tr("{name} (recovered)").format(name=item.path.name)
                else:
                    note += " " + _tr("The file itself is gone; saving writes it again.")
        tab.load(item.text, path=path, identity=identity, bom=bom, modified=True)
        tab.set_cursor(item.cursor)
        if item.disk_changed:
            note += " " + _tr("The file was also changed on disk since; compare before saving.")
        tab.show_info(note)
        self.window.add_tab(tab)
        if path is not None:
            self.watch(path)
        return tab

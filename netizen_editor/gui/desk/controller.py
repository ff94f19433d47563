"""The desk in the window: File › Open Desk… (and ``netizen-editor desk FOLDER``, and the last
desk again at start) shows a folder of articles as a live table in a dock; Ctrl+P finds a
story by its title; the status actions, a new story and a new name or folder are the core's
(``desk.actions``), each kept in the history.

A story open in a tab of this window is the tab's: a status set from the desk is written to
the file (one front-matter edit) and then to the tab's text, so the two never fight: a tab
without unsaved changes reads the file again (one undo step); a tab with unsaved changes
gets the same front-matter edit in its text (one undo step) and keeps its other changes
unsaved, and its next save writes over the status change without asking (it has it). A story
a colleague has open (its lock) is theirs: the desk says so and changes nothing. A status set
meanwhile by someone else is not overwritten without a question (``status_action``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMenu,
    QWidget,
)

from netizen_editor.errors import NetizenError
from netizen_editor.gui.desk import holders
from netizen_editor.gui.desk.filtering import labels_text
from netizen_editor.gui.desk.host import DeskHost
from netizen_editor.gui.desk.status_action import StatusAction
from netizen_editor.gui.mnemonics import apart, letter, plain
from netizen_editor.gui.view_menu import add_with_letters

if TYPE_CHECKING:  # the desk's modules are imported when a desk opens (not at start)
    from netizen_editor.desk.entry import DeskEntry
    from netizen_editor.gui.desk.desk_panel import DeskPanel
    from netizen_editor.gui.desk.new_story_files import NewStoryFiles
    from netizen_editor.gui.desk.quick_switcher import QuickSwitcher
    from netizen_editor.gui.desk.view_memory import DeskViewMemory
    from netizen_editor.gui.desk.worker import DeskWorker, SearchResult
    from netizen_editor.gui.dialogs.template_dialog import TemplateDialog
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.settings import Settings

#: the desk's dock when it opens: this share of the window's height, at least this many px
DOCK_SHARE, DOCK_MIN_HEIGHT = 45, 320
#: View › Go to the Desk: the desk shown and the keyboard in its table
GO_TO_DESK_KEY = "Ctrl+Shift+D"
#: a poll that changed this many rows or more made a listing that stays (gui.collector)
GROWTH_AT_LEAST = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("Desk", text)


class DeskController(QObject):
    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = cast(DeskHost, window)
        self.main = window
        self.folder: Path | None = None  # the desk shown (absolute, links resolved)
        self._worker: DeskWorker | None = None
        self._panel: DeskPanel | None = None
        self._views: DeskViewMemory | None = None  # its sort and filters, kept per desk
        self.dock = QDockWidget(_tr("Desk"), window)
        self.dock.setObjectName("desk_dock")
        self.dock.setWidget(QWidget())  # the panel once a desk opens
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        # under the article only: the side docks keep their height (the details' fields
        # need ~440 px, which left the desk a few rows on a laptop's screen)
        window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.dock.hide()
        self.dock.installEventFilter(self)
        self.dock.visibilityChanged.connect(self._visibility)
        self.go_action = QAction(_tr("Go to the Desk"), window)
        self.go_action.setObjectName("action_go_to_desk")
        self.go_action.setShortcut(QKeySequence(GO_TO_DESK_KEY))
        self.go_action.setToolTip(_tr("Show the desk and put the keyboard in its table"))
        self.go_action.triggered.connect(self.go_to_desk)
        window.addAction(self.go_action)  # its key works with the menu bar hidden too
        view = window.findChild(QMenu, "menu_view")
        if view is not None:
            add_with_letters(view, self.dock, self.go_action)
        self.switcher: QuickSwitcher | None = None
        self.template_dialog: TemplateDialog | None = None
        self._select_after: str | None = None  # a story to select once a poll lists it
        self._note_after = ""  # what the desk says of it then (a selection clears the note)
        self.status_action = StatusAction(self)
        self.new_files: NewStoryFiles | None = None  # New Story's files, until their tab closes
        # the last desk once the window is shown (after a desk given on the command line)
        QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._reopen))

    @property
    def panel(self) -> DeskPanel:
        if self._panel is None:
            from netizen_editor.gui.desk.desk_panel import DeskPanel
            from netizen_editor.gui.desk.view_memory import DeskViewMemory
            from netizen_editor.gui.window.name_letters import panel_letters

            self._panel = panel = DeskPanel()
            views = lambda: self.window.session.desk_views  # noqa: E731
            self._views = DeskViewMemory(panel, views, self.window.save_session_soon)
            panel.open_requested.connect(self.open_story)
            panel.status_requested.connect(self.set_status)
            panel.new_requested.connect(self.new_story)
            panel.rename_requested.connect(self.rename)
            panel.new_id_requested.connect(self.new_id)
            panel.search_requested.connect(self._search)
            panel.leave_requested.connect(self.window.focus_editor)
            # Rename and Mine first: no menu has "Mine", the status actions are the menu's too
            firsts = [panel.rename_button, panel.mine_check, panel.new_button]
            most_letters([*firsts, *panel.action_buttons.values()], panel_letters(self.main))
            stand_in = self.dock.widget()
            self.dock.setWidget(panel)
            if stand_in is not None:
                stand_in.deleteLater()
        return self._panel

    @property
    def worker(self) -> DeskWorker:
        if self._worker is None:
            from netizen_editor.gui.desk.worker import DeskWorker

            self._worker = worker = DeskWorker(self.window.settings, self)
            worker.polled.connect(self._polled)
            worker.failed.connect(self._failed)
            worker.searched.connect(self._searched)
        return self._worker

    def handlers(self) -> dict[str, Callable[[], object]]:
        return {"open_desk": self.choose_desk, "quick_switcher": self.quick_switch}

    def user(self) -> str:
        """The name the status changes are kept under (the locks' name)."""
        from netizen_editor.storage.locks import lock_name

        return lock_name(self.window.settings.default_author)

    # -- opening a desk ------------------------------------------------------------------------
    def choose_desk(self) -> bool:
        start = str(self.folder or self.window.session.desk or Path.home())
        folder = QFileDialog.getExistingDirectory(self.main, _tr("Open Desk"), start)
        if not (folder and self.open_desk(folder)):
            return False
        self.panel.focus_table()  # not the article's: Enter would type a new line there
        return True

    def go_to_desk(self) -> bool:
        """Ctrl+Shift+D: the desk shown (a hidden one again) and the keyboard in its table."""
        if self.folder is None:
            self.window.show_status(_tr("Open a desk first (File › Open Desk…)."))
            return False
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_table()
        return True

    def open_desk(self, folder: str | Path, *, quiet: bool = False) -> bool:
        """Show the desk ``folder`` (polled from now on); False when it cannot be read.
        ``quiet`` (the last desk, at start): the folder is not looked at on the GUI thread
        (a shared drive that does not answer must not hold up the window); the desk says
        what the polls find, and fills once the folder can be read."""
        from netizen_editor.desk.walk import DeskError, desk_root

        if quiet:
            root = Path(os.path.abspath(os.path.expanduser(folder)))
        else:
            try:
                root = desk_root(folder)
            except DeskError as exc:
                self.window.prompts.error(
                    _tr("Cannot Open the Desk"),
                    _tr("The folder cannot be opened as a desk."),
                    exc.located(),
                )
                return False
        hidden = self.dock.isHidden()
        self.dock.show()
        self.dock.raise_()
        if not self.dock.isFloating():  # room for a dozen rows, the article above
            QTimer.singleShot(0, self, partial(self._make_room, always=hidden))
        if root == self.folder:
            return True
        self.folder = root
        self.panel.who = self.user
        self.panel.held_note = self.held_note
        self.panel.set_desk(root.name, str(root))
        if self._views is not None:
            self._views.restore(str(root))  # the sort and filters it had last time
        self.worker.settings = self.window.settings
        self.worker.start(root)
        self.window.session.desk = str(root)
        self.window.save_session_soon()
        return True

    def _make_room(self, always: bool = True) -> None:
        """The dock at its share of the window; one shown already only when it is shorter
        than the least (a window state kept from a squeezed dock left it a few rows)."""
        if not always and (self.dock.isFloating() or self.dock.height() >= DOCK_MIN_HEIGHT):
            return
        height = max(DOCK_MIN_HEIGHT, self.main.height() * DOCK_SHARE // 100)
        self.main.resizeDocks([self.dock], [height], Qt.Orientation.Vertical)

    def _reopen(self) -> None:
        if self.folder is not None:
            return
        desk = self.window.session.desk
        if not (desk and self.open_desk(desk, quiet=True)):
            self.dock.hide()  # the window's state may show the dock of no desk

    def close_desk(self) -> None:
        """The desk's dock was closed: no more polls, and no desk at the next start."""
        if self._worker is not None:
            self._worker.pause(True)
        self.window.session.desk = ""
        self.window.save_session_soon()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dock and event.type() == QEvent.Type.Close:
            self.close_desk()
        return super().eventFilter(watched, event)

    def _visibility(self, visible: bool) -> None:
        """No polls while the dock is hidden; shown again (View › Desk), the desk is back."""
        if self.folder is None or self._worker is None:
            return
        self.worker.pause(not visible)
        if visible and self.window.session.desk != str(self.folder):
            self.window.session.desk = str(self.folder)
            self.window.save_session_soon()

    def apply_settings(self, settings: Settings) -> None:
        """New settings (Settings › OK): the desk's checks' counts follow them (a house style
        set there counted nothing in the desk until it was opened again); the desk is looked
        at anew, its counts made again in the background where they differ."""
        from netizen_editor.desk.checks import checks_tag

        worker = self._worker  # none yet: no desk was opened, it starts with these
        if worker is None:
            return
        same = checks_tag(settings) == checks_tag(worker.settings)  # a font: no counts again
        worker.settings = settings
        if self.folder is not None and not same:
            worker.start(self.folder)

    # -- the polls -----------------------------------------------------------------------------
    def _polled(self, value: tuple[int, object]) -> None:
        from netizen_editor.desk.listing import DeskChanges
        from netizen_editor.storage.sessions import hostname

        changes = self.worker.take(value)
        if not isinstance(changes, DeskChanges):
            return
        self.panel.model.zone = self.window.settings.timezone  # as the Settings have it now
        self.panel.model.me = (self.user(), hostname())
        self.panel.set_changes(changes)
        if self._views is not None:
            self._views.choose_waiting()  # the author and label kept, once listed
        if len(changes.changed) >= GROWTH_AT_LEAST:  # a listing that stays: frozen at a pause
            from netizen_editor.gui import collector

            collector.note_growth()
        if self._select_after is not None and self.panel.select_path(self._select_after):
            self._select_after = None
            if self._note_after:
                self.panel.show_message(self._note_after)
                self._note_after = ""
        if self.switcher is not None:
            self.switcher.entries = list(changes.entries)

    def _failed(self, value: tuple[int, str]) -> None:
        message = self.worker.take(value)
        if isinstance(message, str):
            self.panel.show_poll_note(message)

    def _search(self, query: str, entries: list[DeskEntry]) -> None:
        partial = len(entries) < len(self.panel.model.entries)
        self.worker.search(query, entries, partial=partial)

    def _searched(self, result: SearchResult) -> None:
        if self.worker.is_current(result):
            self.panel.searched(result)

    def refresh(self) -> None:
        self.worker.poll_now()

    # -- stories -------------------------------------------------------------------------------
    def labels(self) -> list[str]:
        """The labels the desk's stories carry, once each (none while no desk is open)."""
        if self._panel is None or self.folder is None:
            return []
        return list(dict.fromkeys(x for e in self._panel.model.entries for x in e.labels))

    def entry(self, path: str) -> DeskEntry | None:
        return next((e for e in self.panel.model.entries if e.path == path), None)

    def open_story(self, path: str) -> DocumentTab | None:
        """Open the story in a tab, as File › Open does (its lock, a colleague's lock)."""
        if self.folder is None:
            return None
        tab = self.window.files.open_path(self.folder / path)
        if tab is not None:
            self.panel.clear_message()  # what an earlier action said is past now
        return tab

    def quick_switch(self) -> QuickSwitcher | None:
        """Ctrl+P: a story of the desk by its title."""
        if self.folder is None:
            self.window.show_status(_tr("Open a desk first (File › Open Desk…)."))
            return None
        if self.switcher is not None and self.switcher.isVisible():
            self.switcher.raise_()
            self.switcher.activateWindow()
            return self.switcher
        from netizen_editor.gui.desk.quick_switcher import QuickSwitcher

        switcher = QuickSwitcher(list(self.panel.model.entries), self.main)
        switcher.chosen.connect(self.open_story)
        switcher.finished.connect(lambda _r: self._switcher_closed(switcher))
        self.switcher = switcher
        switcher.open()
        return switcher

    def _switcher_closed(self, switcher: QuickSwitcher) -> None:
        if self.switcher is switcher:
            self.switcher = None
        switcher.deleteLater()

    # -- status --------------------------------------------------------------------------------
    def set_status(self, path: str, status: str) -> bool:
        """Set the story's status (``gui.desk.status_action``); True when done."""
        return self.status_action.run(path, status)

    def held_note(self, entry: DeskEntry) -> tuple[str, str | None]:
        """Why the story's status cannot be set now (``holders.held_note``)."""
        if self.folder is None:
            return "", None
        tab = self.window.files.find_tab(self.folder / entry.path)
        return holders.held_note(entry, tab)

    def _held(self, entry: DeskEntry, tab: DocumentTab | None, message: str) -> bool:
        """True when someone else has the story open (``holders.holder``, its lock file read
        again): ``message`` ({user}, {title}) is shown until their lock is gone."""
        if self.folder is None:
            return False
        holder, lock_user = holders.holder(self.folder / entry.path, tab)
        if holder:
            self.panel.show_message(
                message.format(user=holder, title=entry.title or entry.path),
                while_open_by=None if lock_user is None else (entry.path, lock_user),
            )
        return bool(holder)

    # -- new story, rename ---------------------------------------------------------------------
    def new_story(self) -> TemplateDialog | None:
        """The template chooser; the chosen template's story is saved into the desk."""
        if self.folder is None:
            return None
        self.panel.clear_message()  # what the last action said
        from netizen_editor.gui.dialogs.template_dialog import TemplateDialog

        # no desk yet: the story's rubric (its label) is known once its folder is chosen
        dialog = TemplateDialog(self.window.settings, "", self.main)
        dialog.chosen.connect(self._new_from_template)
        dialog.finished.connect(dialog.deleteLater)
        self.template_dialog = dialog
        dialog.open()
        return dialog

    def _new_from_template(self, name: str, text: str) -> DocumentTab | None:
        """Save the template's story under the name asked for and open it as File › New from
        Template does: the first placeholder selected, Tab going to the next ones. The file
        goes again when its tab closes without a save (``new_story_files``)."""
        from netizen_editor.article.dates import newsroom_now
        from netizen_editor.desk.actions import rubric_of
        from netizen_editor.desk.placeholder import Placeholder, missing_folders
        from netizen_editor.storage.atomic import atomic_write_bytes, make_folder
        from netizen_editor.templates.labels import desk_label

        root = self.folder
        if root is None:
            return None
        dialog = self.template_dialog
        info = dialog.templates.get(name) if dialog is not None else None
        now = dialog.now if dialog is not None else None
        stamp = newsroom_now(self.window.settings.timezone).strftime("%Y%m%d-%H%M")
        suggested = self._free_name(f"{name}-{stamp}")
        target = self._ask_path(_tr("New Story"), suggested, free=True)  # a taken name: again
        if target is None:
            return None
        # the folder's rubric as its label when the site uses that label (``templates.labels``)
        rubric = desk_label(rubric_of(target.relative_to(root).as_posix()), self.labels())
        if rubric and info is not None:
            from netizen_editor.templates.render import WINDOW_SECONDS, render_info

            with contextlib.suppress(NetizenError):  # on the window's thread: its short limit
                text = render_info(info, self.window.settings, rubric, now, WINDOW_SECONDS)
        if os.path.lexists(target):
            self.panel.show_message(_tr("{path}: there is a file of that name already")
                                    .format(path=target.relative_to(root).as_posix()))  # fmt: skip
            return None
        data, made = text.encode("utf-8"), missing_folders(target.parent, root)
        try:
            make_folder(target.parent, below=root)
            atomic_write_bytes(target, data, below=root)
        except (NetizenError, OSError) as exc:
            self.panel.show_message(f"{target}: {getattr(exc, 'message', exc)}")
            return None
        placeholder = None
        with contextlib.suppress(OSError):  # what it wrote: gone again if closed unsaved
            placeholder = Placeholder.written(target, data, made)
        self._select_after, self._note_after = target.relative_to(root).as_posix(), ""
        self.worker.poll_now()
        tab = self.window.files.open_path(target)
        if tab is not None and not tab.read_only:
            if placeholder is not None:
                from netizen_editor.gui.desk.new_story_files import NewStoryFiles

                gone = self._draft_gone
                self.new_files = self.new_files or NewStoryFiles(self.window, gone, self)
                self.new_files.track(tab, placeholder)
            self._fill_in(tab)
        return tab

    def _draft_gone(self) -> None:
        """A new story closed unsaved left the desk: a note of an earlier action is past."""
        if self._panel is not None:
            self._panel.clear_message()
        self.refresh()

    @staticmethod
    def _fill_in(tab: DocumentTab) -> None:
        """The template's placeholders as File › New from Template has them."""
        from netizen_editor.gui.window.templates_controller import PlaceholderWalk, select
        from netizen_editor.templates.placeholders import first_placeholder

        text = tab.editor_text()
        PlaceholderWalk(tab.editor)
        first = first_placeholder(text)
        if first is not None:
            select(tab.editor, text, first)
        tab.editor.setFocus()

    def _free_name(self, stem: str) -> str:
        root = self.folder or Path()
        name, n = f"{stem}.md", 2
        while os.path.lexists(root / name):
            name, n = f"{stem}-{n}.md", n + 1
        return name

    def rename(self, path: str) -> bool:
        """Another name or folder in the desk for the story; its history and its files folder
        go with it (the message says what moved along and what stayed behind)."""
        from netizen_editor.desk.actions import rename_article
        from netizen_editor.desk.story_files import files_note
        from netizen_editor.storage.atomic import make_folder

        root = self.folder
        if root is None:
            return False
        self.panel.clear_message()  # what the last action said
        if self.window.files.find_tab(root / path) is not None:
            self.panel.show_message(_tr("“{path}” is open in a tab: close it to rename or move "
                                        "it.").format(path=path))  # fmt: skip
            return False
        target = self._ask_path(_tr("Rename or Move"), path)
        # as text: Windows' paths are equal in other capitals, and Berita.md → berita.md is one
        if target is None or os.fspath(target) == os.fspath(root / path):
            return False
        entry = self.entry(path)
        try:
            make_folder(target.parent, below=root)
            files = rename_article(root / path, target, desk=root)
        except (NetizenError, OSError) as exc:
            message = exc.located() if isinstance(exc, NetizenError) else str(exc)
            self.panel.show_message(message)
            return False
        moved = target.relative_to(root).as_posix()
        notes = (kept_labels_note(entry, path, moved), files_note(files))
        self._note_after = " ".join(note for note in notes if note)
        self.panel.show_message(self._note_after)
        self._select_after = moved
        self.worker.poll_now()
        return True

    def new_id(self, path: str) -> bool:
        """Give the story a new id (it shares its id with a copy); True when done."""
        from netizen_editor.desk.actions import give_new_id

        entry = self.entry(path)
        if self.folder is None or entry is None:
            return False
        self.panel.clear_message()
        if self.window.files.find_tab(self.folder / path) is not None:
            self.panel.show_message(_tr("“{path}” is open in a tab: close it to give it a new "
                                        "id.").format(path=path))  # fmt: skip
            return False
        if self._held(entry, None, _tr("{user} has “{title}” open: it can be given a new id "
                                        "once they close it.")):  # fmt: skip
            return False
        try:
            give_new_id(self.folder / path, user=self.user(), zone=self.window.settings.timezone)
        except NetizenError as exc:
            self.panel.show_message(exc.located())
            return False
        self.panel.show_message(_tr("“{title}” has its own id now: its versions are kept apart "
                                    "from {other}'s.").format(title=entry.title or path,
                                                              other=entry.same_id_as))  # fmt: skip
        self.worker.poll_now()
        return True

    def _ask_path(self, title: str, suggested: str, *, free: bool = False) -> Path | None:
        """A path in the desk, asked (``gui.desk.name_question``); None: cancelled."""
        from netizen_editor.gui.desk.name_question import ask_desk_path

        if self.folder is None:
            return None
        stories = [entry.path for entry in self.panel.model.entries]
        return ask_desk_path(self.main, self.folder, title, suggested, stories, free=free)

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.stop()


def kept_labels_note(entry: DeskEntry | None, old: str, new: str) -> str:
    """What the desk says after a story moved from ``old`` to ``new`` (paths in the desk): the
    labels it keeps when its folder changed (a folder is no label: they are not changed, the
    user is told so they can); "" when it stayed in its folder or has none."""
    if entry is None or not entry.labels or old.rpartition("/")[0] == new.rpartition("/")[0]:
        return ""
    text = _tr("“{title}” moved to {path} and keeps its labels ({labels}): open it to change "
               "them if they no longer fit.")  # fmt: skip
    return text.format(title=entry.title or new, path=new, labels=labels_text(entry.labels))


def most_letters(widgets: list[QAbstractButton], taken: set[str]) -> None:
    """The buttons' Alt+letters apart from ``taken``: their own where free; when that
    leaves more of them without one than choosing afresh from their texts does (the desk's
    "Mine" and "Rename" had none: their own letters were the Details' or the menus'), the
    letters chosen afresh."""
    texts = [w.text() for w in widgets]
    own, fresh = apart(texts, set(taken)), apart([plain(t) for t in texts], set(taken))
    if sum(map(bool, map(letter, fresh))) > sum(map(bool, map(letter, own))):
        own = fresh
    for widget, text in zip(widgets, own, strict=True):
        widget.setText(text)


def install_desk(window: QMainWindow) -> DeskController:
    """The desk's dock and actions in ``window``; ``window.open_desk(folder)`` opens one
    (``gui.app.run(desk=...)``)."""
    controller = DeskController(window)
    setattr(window, "open_desk", controller.open_desk)  # noqa: B010 - the app's hook
    return controller

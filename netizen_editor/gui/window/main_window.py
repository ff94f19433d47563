"""The main window: tabs of articles, the side docks, menus, toolbar and status bar.

Built from ``ui/main_window.ui``. File work lives in ``window_files`` and the journal wiring
in ``journal_keeper``; this module assembles the window and routes actions to the current tab.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QStatusBar,
    QTabWidget,
    QToolBar,
)

from netizen_editor import APP_NAME
from netizen_editor.errors import SettingsError, error_message
from netizen_editor.gui.desk.controller import install_desk
from netizen_editor.gui.dialogs.prompts import Prompts
from netizen_editor.gui.panels.checks_dock import install_checks_dock
from netizen_editor.gui.panels.no_article import follow_tabs
from netizen_editor.gui.panels.review_dock import install_review_dock
from netizen_editor.gui.uiloader import child, load_ui
from netizen_editor.gui.view_menu import add_with_letters
from netizen_editor.gui.window import tab_keys, window_dialogs
from netizen_editor.gui.window.actions import (
    FORMAT_ACTIONS,
    MENUS,
    WRITING_ACTIONS,
    ActionRegistry,
)
from netizen_editor.gui.window.closing import confirm_close_all
from netizen_editor.gui.window.document_tab import DocumentTab
from netizen_editor.gui.window.drops import dropped_files, follow_drag
from netizen_editor.gui.window.file_controller import FileController
from netizen_editor.gui.window.import_controller import install_importer
from netizen_editor.gui.window.insert_controller import install_inserter
from netizen_editor.gui.window.journal_keeper import JournalKeeper
from netizen_editor.gui.window.locking import install_locks
from netizen_editor.gui.window.name_bar import follow_name
from netizen_editor.gui.window.recent_menu import fill_recent_menu
from netizen_editor.gui.window.session import (
    DEFAULT_SPLIT,
    SessionState,
    SessionStore,
    place_first_time,
)
from netizen_editor.gui.window.session_restore import reopen_stories
from netizen_editor.gui.window.status import StatusFields
from netizen_editor.gui.window.tab_names import keep_marks, label_tabs
from netizen_editor.gui.window.templates_controller import install_templates
from netizen_editor.settings import Settings, default_settings_path, save_setting
from netizen_editor.storage.journal import Journal

if TYPE_CHECKING:
    from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
    from netizen_editor.gui.dialogs.export_dialog import ExportDialog
    from netizen_editor.gui.dialogs.settings_dialog import SettingsDialog
    from netizen_editor.gui.editor.spell_layer import SpellLayer
    from netizen_editor.gui.preview.preview_view import ZoomMode

SIDE_DOCK_WIDTH = 330
MAX_TITLE = 70


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings | None = None,
        *,
        journal: Journal | None = None,
        session_store: SessionStore | None = None,
        settings_path: Path | None = None,
    ):
        super().__init__()
        load_ui("main_window.ui", self)
        self.settings = settings or Settings()  # replaced whole by apply_settings
        self.settings_path = settings_path or default_settings_path()
        self.session_store = session_store or SessionStore()
        self.session: SessionState = self.session_store.load()
        self.prompts = Prompts(self)
        self.keeper = JournalKeeper(journal, self)
        self.files = FileController(self, self)
        self._closed = self._restoring = False
        self._splitter_sizes: list[int] = list(self.session.splitter)

        self.tabs = keep_marks(child(self, QTabWidget, "tabs"))  # "(read-only)" kept whole
        self.central_stack = child(self, QStackedWidget, "central_stack")
        self.metadata_dock = child(self, QDockWidget, "metadata_dock")
        self.outline_dock = child(self, QDockWidget, "outline_dock")
        self.metadata_stack = child(self, QStackedWidget, "metadata_stack")
        self.outline_stack = child(self, QStackedWidget, "outline_stack")
        follow_tabs(self.tabs, self.metadata_stack, self.outline_stack)  # else blank grey docks
        self.toolbar = child(self, QToolBar, "main_toolbar")
        self.status = StatusFields(child(self, QStatusBar, "statusbar"))
        self.setStatusBar(child(self, QStatusBar, "statusbar"))

        self.registry = ActionRegistry(self)
        self._build_menus()
        self.checks_dock = install_checks_dock(self)  # the "Periksa" dock and its status count
        self.review_dock = install_review_dock(self)  # suggestions and comments, suggest mode
        self.inserter = install_inserter(self)  # Insert menu: Image…, Embed…, updates
        self.locks = install_locks(self)  # the articles' locks on a shared drive (issue 24)
        self.importer = install_importer(self)  # File › Import…, documents dropped or opened
        self.review_dock.decision_made.connect(lambda t: self.files.versions.keep(t, "review"))
        # a story with a file gets its id at its first decision, so its history keeps them
        self.review_dock.deciding.connect(lambda t: t.path and self.files.versions.give_id(t))
        self.templates = install_templates(self)  # New from Template…, Save as Template…
        self.desk = install_desk(self)  # File › Open Desk…, the desk's dock, Go to Story
        self.registry.connect_handlers(self._handlers())
        child(self, QPushButton, "empty_new_button").clicked.connect(self.registry["new"].trigger)
        child(self, QPushButton, "empty_open_button").clicked.connect(self.registry["open"].trigger)
        self.tabs.currentChanged.connect(self._current_changed)
        self.tabs.tabCloseRequested.connect(self._close_requested)
        self.keeper.failed.connect(self._journal_failed)
        self.keeper.recovered.connect(lambda: self.status.set_problem(""))
        self.setAcceptDrops(True)
        self._save_timer = QTimer(self, singleShot=True, interval=500)
        self._save_timer.timeout.connect(self.save_session)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
        self.registry["toggle_preview"].setChecked(self.session.preview_visible)
        self.registry["spell_check"].setChecked(self.settings.spell_check)
        self.registry["marks_all"].setChecked(True)
        mobile = self.session.preview_width == "mobile"
        self.registry["preview_mobile" if mobile else "preview_desktop"].setChecked(True)
        actual = self._preview_zoom() == "actual"
        self.registry["preview_actual" if actual else "preview_fit"].setChecked(True)
        self._update_for_tab()

    # -- building --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        for menu_name, keys in MENUS.items():
            self.registry.fill_menu(child(self, QMenu, menu_name), keys)
        self.recent_menu = QMenu(_tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.registry["open_recent"].setMenu(self.recent_menu)
        view = child(self, QMenu, "menu_view")
        view.addSeparator()
        add_with_letters(view, self.metadata_dock, self.outline_dock)
        self.registry.fill_toolbar(self.toolbar)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "new": self.files.new_article,
            "open": self.files.open_dialog,
            "save": lambda: self._with_tab(self.files.save),
            "save_as": lambda: self._with_tab(self.files.save_as),
            "history": lambda: self._with_tab(self.open_history),
            "export": self.open_export_dialog,
            "close": lambda: self._with_tab(self.files.close_tab),
            "quit": self.close,
            "undo": lambda: self._with_editor("undo"),
            "redo": lambda: self._with_editor("redo"),
            "cut": lambda: self._with_editor("cut"),
            "copy": lambda: self._with_editor("copy"),
            "paste": lambda: self._with_editor("paste"),
            "find": lambda: self._with_tab(lambda t: t.find_bar.show_find()),
            "replace": lambda: self._with_tab(lambda t: t.find_bar.show_replace()),
            "go_to_line": self.go_to_line,
            "settings": self.open_settings_dialog,
            "toggle_preview": self._preview_toggled,
            "preview_desktop": lambda: self._set_width("desktop"),
            "preview_mobile": lambda: self._set_width("mobile"),
            "zoom_in": lambda: self._with_editor("zoom_in"),
            "zoom_out": lambda: self._with_editor("zoom_out"),
            "zoom_reset": lambda: self._with_editor("zoom_reset"),
            "select_all": lambda: self._with_editor("selectAll"),
            "preview_fit": lambda: self.set_preview_zoom("fit", 1.0),
            "preview_actual": lambda: self.set_preview_zoom("actual", 1.0),
            "cheat_sheet": self.show_cheat_sheet,
            "about": self.show_about,
            "spell_check": self._spell_check_toggled,
            "next_spelling": lambda: self._with_tab(lambda t: t.editor.spell.go_to_next()),
        }
        for kind in FORMAT_ACTIONS:
            handlers[kind] = partial(self._with_tab, partial(self._format_tab, kind))
        handlers.update(self.review_dock.handlers(self.registry))  # the Review menu
        handlers.update(self.inserter.handlers())  # Image… (saves first), Embed…, updates
        handlers.update(self.importer.handlers())
        handlers.update(self.templates.handlers())
        handlers.update(self.desk.handlers())
        handlers.update(tab_keys.handlers(self.tabs))  # View › Next / Previous Article
        return handlers

    # -- tabs ------------------------------------------------------------------------------------
    def create_tab(self) -> DocumentTab:
        """A tab for ``FileController`` to open a document in (``add_tab`` shows it)."""
        tab = DocumentTab(self.settings)
        tab.set_preview_visible(self.registry["toggle_preview"].isChecked())
        tab.set_preview_width(self.session.preview_width)
        tab.preview.set_zoom(self._preview_zoom(), self.session.preview_scale)
        tab.preview.zoom_changed.connect(self.set_preview_zoom)
        self.review_dock.prepare(tab)  # suggest mode, the preview's and the editor's marks
        return tab

    def add_tab(self, tab: DocumentTab) -> None:
        self.metadata_stack.addWidget(tab.metadata_slot)
        self.outline_stack.addWidget(tab.outline)
        index = self.tabs.addTab(tab, tab.tab_label())
        self.keeper.track(tab)
        tab.status_written.connect(lambda _s, t=tab: self.files.versions.keep(t, "status"))
        tab.dirty_changed.connect(lambda _d, t=tab: self._tab_changed(t))
        tab.name_changed.connect(lambda t=tab: self._tab_changed(t))
        status, undo, redo = self.status, self.registry["undo"], self.registry["redo"]
        tab.stats_changed.connect(lambda s, t=tab: self._if_current(t, status.set_stats, s))
        tab.cursor_moved.connect(
            lambda ln, col, t=tab: self._if_current(t, status.set_position, ln, col)
        )
        tab.problem_changed.connect(lambda p, t=tab: self._if_current(t, status.set_problem, p))
        spell = tab.editor.spell  # missing dictionaries: say so; the editor works on

        def spelling_ready(s: SpellLayer = spell) -> None:
            if s.problem:
                status.set_problem(s.problem)

        spell.ready.connect(spelling_ready)
        tab.editor.undoAvailable.connect(lambda on, t=tab: self._if_current(t, undo.setEnabled, on))
        tab.editor.redoAvailable.connect(lambda on, t=tab: self._if_current(t, redo.setEnabled, on))
        tab.open_requested.connect(self.files.open_path)
        tab.editor.needs_save_for_image.connect(lambda t=tab: self._save_for_image(t))
        tab.editor.status_message.connect(self.show_status)
        tab.splitter_moved.connect(self._splitter_moved)
        tab.set_sizes(self._default_sizes())
        self._tab_changed(tab)
        self.tabs.setCurrentIndex(index)
        self._update_for_tab()
        self.focus_editor()

    def remove_tab(self, tab: DocumentTab, *, keep_journal: bool = False) -> None:
        index = self.tabs.indexOf(tab)
        if index < 0:
            return
        self.keeper.untrack(tab, keep_entry=keep_journal)
        self.tabs.removeTab(index)
        label_tabs(self.tabs)
        self.metadata_stack.removeWidget(tab.metadata_slot)
        self.outline_stack.removeWidget(tab.outline)
        tab.shutdown()
        tab.deleteLater()
        self._update_for_tab()
        self.focus_editor()

    def all_tabs(self) -> list[DocumentTab]:
        tabs = (self.tabs.widget(i) for i in range(self.tabs.count()))
        return [tab for tab in tabs if isinstance(tab, DocumentTab)]

    def _close_requested(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, DocumentTab):
            self.files.close_tab(tab)

    def current_tab(self) -> DocumentTab | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentTab) else None

    def activate_tab(self, tab: DocumentTab) -> None:
        self.tabs.setCurrentWidget(tab)
        self.focus_editor()

    def focus_editor(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            tab.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _is_current(self, tab: DocumentTab) -> bool:
        return tab is self.tabs.currentWidget()

    def _if_current(self, tab: DocumentTab, update: Callable[..., object], *args: object) -> None:
        """Show a tab's news (counts, position, ...) only while it is the current tab."""
        if tab is self.tabs.currentWidget():
            update(*args)

    def _with_tab(self, action: Callable[[DocumentTab], object]) -> object:
        tab = self.current_tab()
        return action(tab) if tab is not None else None

    def _with_editor(self, method: str) -> None:
        tab = self.current_tab()
        if tab is not None:
            getattr(tab.editor, method)()

    def _format_tab(self, kind: str, tab: DocumentTab) -> None:
        if not tab.read_only:
            tab.editor.apply_format(kind)
            tab.editor.setFocus()

    def _save_for_image(self, tab: DocumentTab) -> None:
        """An image was pasted into an untitled article: it needs a folder, so save first."""
        self.show_status(_tr("Save the article first: pasted images are stored beside it."))
        if self.files.save_as(tab):
            tab.editor.insert_pending_images()
        else:  # said, not dropped without a word (QA36 #5)
            tab.editor.discard_pending_images()
            self.show_status(_tr("The picture was not added: the article was not saved."))

    def _current_changed(self, _index: int) -> None:
        self._update_for_tab()
        self.focus_editor()

    def _tab_changed(self, tab: DocumentTab) -> None:
        if self.tabs.indexOf(tab) < 0:
            return
        label_tabs(self.tabs)  # a new name can make another tab's ambiguous, or no longer
        if self._is_current(tab):
            self._update_title()
            self.status.set_saved(tab.save_state())

    def _update_for_tab(self) -> None:
        tab = self.current_tab()
        self.central_stack.setCurrentIndex(0 if tab is not None else 1)
        needs_tab = ("save", "save_as", "history", "export", "close", "copy", "find",
                     "replace", "go_to_line", "zoom_in", "zoom_out", "zoom_reset", "select_all",
                     "suggest_mode", "next_mark", "previous_mark", *WRITING_ACTIONS)  # fmt: skip
        for key in needs_tab:
            self.registry[key].setEnabled(tab is not None)
        if tab is None:
            self.status.set_stats(None)
            self.status.set_saved("")
            self.status.position.clear()
            self.status.set_problem("")
            self.registry["undo"].setEnabled(False)
            self.registry["redo"].setEnabled(False)
            self._update_title()
            return
        self.metadata_stack.setCurrentWidget(tab.metadata_slot)
        self.outline_stack.setCurrentWidget(tab.outline)
        self.status.set_stats(tab.stats())
        self.status.set_saved(tab.save_state())
        self.status.set_problem(tab.problem)
        cursor = tab.editor.textCursor()
        self.status.set_position(cursor.blockNumber() + 1, cursor.positionInBlock() + 1)
        document = tab.editor.document()
        self.registry["undo"].setEnabled(document.isUndoAvailable())
        self.registry["redo"].setEnabled(document.isRedoAvailable())
        for key in WRITING_ACTIONS:
            self.registry[key].setEnabled(not tab.read_only)
        self._update_title()

    def _update_title(self) -> None:
        tab = self.current_tab()
        if tab is None:
            self.setWindowTitle(APP_NAME)
            self.setWindowModified(False)
            return
        name = tab.window_name()
        if len(name) > MAX_TITLE:
            name = name[: MAX_TITLE - 1].rstrip() + "…"
        self.setWindowTitle(f"{name}[*] — {APP_NAME}")
        self.setWindowModified(tab.is_dirty())

    def show_status(self, message: str, timeout_ms: int = 6000, *, above: str = "") -> None:
        tab = self.current_tab()  # a message too long for the bar shows above the text, whole
        self.status.say(message, timeout_ms, tab.info_bar if tab is not None else None, above=above)

    def _journal_failed(self, message: str) -> None:
        self.status.set_problem(
            _tr("Recovery journal not written: {problem}").format(problem=message)
        )

    # -- view ------------------------------------------------------------------------------------
    def _default_sizes(self) -> list[int]:
        if len(self._splitter_sizes) == 2 and sum(self._splitter_sizes) > 0:
            return self._splitter_sizes
        width = max(600, self.width() - SIDE_DOCK_WIDTH - 40)
        return [width * DEFAULT_SPLIT[0] // 100, width * DEFAULT_SPLIT[1] // 100]

    def _splitter_moved(self, sizes: list[int]) -> None:
        self._splitter_sizes = list(sizes)
        self.save_session_soon()

    def _preview_toggled(self) -> None:
        visible = self.registry["toggle_preview"].isChecked()
        self.session.preview_visible = visible
        for tab in self.all_tabs():
            tab.set_preview_visible(visible)
        self.save_session_soon()

    def _spell_check_toggled(self) -> None:
        """View ▸ Check Spelling: applied to every tab and remembered in the settings."""
        self.apply_settings(
            replace(self.settings, spell_check=self.registry["spell_check"].isChecked())
        )
        try:  # that one key: the others stay as the file has them (one may be unusable)
            save_setting(self.settings_path, "spell_check", self.settings.spell_check)
        except (OSError, SettingsError) as exc:
            self.status.set_problem(error_message(exc))

    def _set_width(self, mode: str) -> None:
        self.session.preview_width = mode
        for tab in self.all_tabs():
            tab.set_preview_width(mode)
        if not self.registry["toggle_preview"].isChecked():
            self.registry["toggle_preview"].setChecked(True)
            self._preview_toggled()
        self.save_session_soon()

    def _preview_zoom(self) -> ZoomMode:
        return "actual" if self.session.preview_zoom == "actual" else "fit"

    def set_preview_zoom(self, mode: ZoomMode, scale: float) -> None:
        """The preview's reading zoom, the same in every tab and remembered for next time."""
        self.session.preview_zoom, self.session.preview_scale = mode, scale
        self.registry["preview_actual" if mode == "actual" else "preview_fit"].setChecked(True)
        for tab in self.all_tabs():
            tab.preview.set_zoom(mode, scale)
        self.save_session_soon()

    def show_cheat_sheet(self) -> QDialog:
        return window_dialogs.show_cheat_sheet(self, self.settings.ui_language)

    def apply_settings(self, settings: Settings) -> None:
        """Use ``settings`` from now on (a new value: settings are never changed in place), in
        every tab. A new ``ui_language`` applies from the next start (see i18n)."""
        old, self.settings = self.settings, settings
        for tab in self.all_tabs():
            tab.apply_settings(settings)  # which checks the text again, off the window's thread
        self.checks_dock.recheck(old)  # thresholds or the house style may have changed
        self.desk.apply_settings(settings)  # and the desk's counts
        follow_name(self)  # a name given: the bar goes, the status bar names it

    # -- dialogs ---------------------------------------------------------------------------------
    def go_to_line(self) -> None:
        tab = self.current_tab()
        if tab is not None:
            from netizen_editor.gui.editor.find_bar import ask_go_to_line

            ask_go_to_line(tab.editor, self)

    def open_export_dialog(self) -> ExportDialog | None:
        tab = self.current_tab()
        if tab is None:
            return None
        return window_dialogs.open_export_dialog(
            self, tab, self.settings, self.session, lambda d, w: self._exported(d, w, tab)
        )

    def open_history(self, tab: DocumentTab) -> CompareDialog | None:
        return self.files.versions.open_history(tab, self, self.files.backups)

    def _exported(self, dialog: ExportDialog, written: list[Path], tab: DocumentTab) -> None:
        # the export stands, as it was exported (the tab may have been edited while it ran)
        kept = self.files.versions.keep(tab, "export", quiet=True, text_of=dialog.snapshot)
        self.session.remember_export(tab.path, dialog.folder, dialog.format())
        self.save_session()
        self.show_status(window_dialogs.exported_message(written, kept.problem if kept else ""))

    def open_settings_dialog(self) -> SettingsDialog:
        return window_dialogs.open_settings_dialog(
            self, self.settings, self.settings_path, self.apply_settings
        )

    def show_about(self) -> QMessageBox:
        return window_dialogs.show_about(self)

    def _fill_recent(self) -> None:
        fill_recent_menu(self.recent_menu, self.session.recent, self.files.open_path,
                         self._clear_recent)  # fmt: skip

    def _clear_recent(self) -> None:
        self.session.recent.clear()
        self.save_session()

    # -- session ---------------------------------------------------------------------------------
    def restore_session(self, files: list[str] | None = None) -> None:
        """Window geometry and state, then the articles: ``files``, or the last session's,
        or on the very first start the sample article. Before ``show``: they open for the
        window's first frame (``DocumentTab.open_document(first_frame=True)``)."""
        s = self.session
        if s.geometry:
            self.restoreGeometry(s.geometry)
        else:
            place_first_time(self)
        if s.window_state:
            self.restoreState(s.window_state)
        if files:
            for name in files:
                self.files.open_path(name, first_frame=True)
        elif s.first_run:
            self.files.open_sample()
        else:
            # a question on the way (a colleague's lock) lets the session's timer run: no save
            # until all are open, or the files not yet opened would be left out of it; those
            # that cannot be opened are named in one note (session_restore.py)
            self._restoring = True
            try:
                kept = reopen_stories(self, s)
            finally:
                self._restoring = False
            s.restore_places(kept)  # each at its cursor and scroll position
            if kept:
                self.activate_tab(kept[min(max(s.active, 0), len(kept) - 1)])
        if not self.all_tabs():
            self.files.new_article()
        if not s.window_state:
            self._default_docks()
        self.focus_editor()

    def _default_docks(self) -> None:
        """The details panel as tall as its fields, the outline below it, both 330 px wide.
        At the start the panel is made after the first frame: Qt then grows its dock to the
        panel's minimum height (its fields), taken from the outline's."""
        self.resizeDocks([self.metadata_dock], [SIDE_DOCK_WIDTH], Qt.Orientation.Horizontal)
        panel = self.metadata_stack.currentWidget()
        wanted = (panel.sizeHint().height() if panel else 420) + 40
        rest = max(160, self.height() - wanted)
        self.resizeDocks(
            [self.metadata_dock, self.outline_dock], [wanted, rest], Qt.Orientation.Vertical
        )

    def save_session_soon(self) -> None:
        """Save the session in a moment (several changes, one write); closing saves at once."""
        self._save_timer.start()

    def save_session(self) -> None:
        if self._closed or self._restoring:
            return
        s = self.session
        s.geometry = bytes(self.saveGeometry().data())
        s.window_state = bytes(self.saveState().data())
        tab = self.current_tab()
        if tab is not None and tab.isVisible():
            self._splitter_sizes = tab.sizes()
        s.splitter = list(self._splitter_sizes)
        saved = [t for t in self.all_tabs() if t.path is not None]
        s.open_files = [str(t.path) for t in saved]
        s.active = saved.index(tab) if tab in saved else 0
        s.remember_places(saved)
        s.preview_visible = self.registry["toggle_preview"].isChecked()
        self.session_store.save(s)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        tab = self.current_tab()
        if tab is not None and not self._splitter_sizes:
            tab.set_sizes(self._default_sizes())

    # -- recovery --------------------------------------------------------------------------------
    def offer_recovery(self) -> list[DocumentTab]:
        """Offer the work a crashed session left in the journal; the tabs restored."""
        from netizen_editor.gui.window.recovery_offer import offer_recovery  # after the frame

        return offer_recovery(self)

    # -- closing and dropping --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closed:
            event.accept()
            return
        if not confirm_close_all(self):
            event.ignore()
            return
        self.save_session()
        for tab in self.all_tabs():
            self.remove_tab(tab)
        if self.session.forget_gone():  # a file that went with its tab is not reopened
            self.session_store.save(self.session)
        self.keeper.close()
        self._closed = True
        event.accept()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        follow_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        follow_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event)
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        for path in paths:
            self.files.open_path(path)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and not self._closed:
            self.files.check_all()

"""The window's "Periksa" dock: shows the findings of the current tab's snapshot (the render
thread runs the checks once per text revision, after a short pause, off the GUI thread) in the
:class:`ChecksPanel`, puts the counts in the status bar, and asks before an article with errors
is marked ready.

``install_checks_dock(window)`` is the window's one call; it finds what it needs by the
window's public parts (tabs, status bar, View menu).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu, QWidget

from netizen_editor.article.model import Article
from netizen_editor.checks import Finding, Level
from netizen_editor.gui.editor.ignoring import ignore_word, sync_ignored
from netizen_editor.gui.editor.spell_menu import add_to_dictionary
from netizen_editor.gui.editor.style_fixes import StyleFix, replace_word
from netizen_editor.gui.panels.checks_sizes import panel_min_height
from netizen_editor.gui.panels.no_article import no_article_text
from netizen_editor.gui.view_menu import add_with_letters
from netizen_editor.settings import Settings
from netizen_editor.snapshot import Snapshot

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget

    from netizen_editor.grammar.scan import ArticleScan
    from netizen_editor.gui.panels.checks_panel import ChecksPanel
    from netizen_editor.gui.window.document_tab import DocumentTab


class ChecksHost(Protocol):
    """What the dock reads of the window beside its QMainWindow parts."""

    tabs: QTabWidget
    settings: Settings

    def current_tab(self) -> DocumentTab | None: ...

    def all_tabs(self) -> list[DocumentTab]: ...


#: the panel is made with the first checked snapshot (the render thread's, after the first
#: preview: the checks' modules and the panel's share previews, ~30 ms of the interpreter, no
#: longer compete with the first render), or this long after the window is made at the latest
PANEL_LATEST_MS = 1500
#: the rules whose findings "Ignore" on a word takes out
_SPELLING_RULES = ("spelling", "non-standard")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksDock", text)


class CountLabel(QLabel):
    """The status bar's "2 galat · 3 peringatan"; a click shows the dock."""

    clicked = Signal()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class StandIn(QLabel):
    """Stands in for the panel until it is made, saying what the panel says until the checks
    come ("Checking…")."""

    def __init__(self) -> None:
        # the panel's own text, from the panel's catalog
        super().__init__(QCoreApplication.translate("ChecksPanel", "Checking…"))
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setContentsMargins(6, 6, 6, 6)
        self.setMinimumHeight(panel_min_height(self.fontMetrics()))  # the panel's, to come


class ChecksDock(QObject):
    """The dock, the status count and the panel. The panel (with the checks' modules it
    imports, ~30 ms) is made when the first checks come, when asked for, or at the latest
    ``PANEL_LATEST_MS`` after the window (no article, a dock never shown)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.host = cast(ChecksHost, window)
        self._panel: ChecksPanel | None = None
        self.dock = QDockWidget(_tr("Check"), window)
        self.dock.setObjectName("checks_dock")
        self.dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
        )
        self.dock.setWidget(StandIn())
        QTimer.singleShot(PANEL_LATEST_MS, self, self._ensure_panel)
        # beside the outline, under the details, so the editor and the preview keep their width
        outline = window.findChild(QDockWidget, "outline_dock")
        if outline is not None:
            window.tabifyDockWidget(outline, self.dock)
        else:
            window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.dock)
        self.dock.raise_()
        self.view_action = self._view_action()
        view = window.findChild(QMenu, "menu_view")
        if view is not None:
            add_with_letters(view, self.view_action)
        window.addAction(self.view_action)  # its key works (and the help lists it) without it
        self.status_label = CountLabel()
        self.status_label.setObjectName("status_checks")
        self.status_label.setToolTip(_tr("Show the pre-publish checks"))
        self.status_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.status_label.clicked.connect(self.show_dock)
        self.status_label.setContentsMargins(8, 0, 8, 0)
        window.statusBar().addPermanentWidget(self.status_label)
        self._tab: DocumentTab | None = None
        self._pictured: int | None = None  # id() of the tab the panel's pictures show
        self._watched: set[QWidget] = set()
        self.host.tabs.currentChanged.connect(lambda _i: self._follow())
        self._follow()

    @property
    def panel(self) -> ChecksPanel:
        return self._ensure_panel()

    def _ensure_panel(self) -> ChecksPanel:
        if self._panel is None:
            from netizen_editor.gui.panels.checks_panel import ChecksPanel

            self._panel = ChecksPanel()
            self._panel.line_requested.connect(self.go_to)
            self._panel.place_requested.connect(self.show_place)
            self._panel.ignore_requested.connect(self.ignore)
            self._panel.fix_requested.connect(self.fix)
            self._panel.add_requested.connect(self.add_word)
            stand_in = self.dock.widget()
            self.dock.setWidget(self._panel)
            self._panel.show()
            if stand_in is not None:
                stand_in.deleteLater()
            self._show_current()
        return self._panel

    # -- following the current tab -------------------------------------------------------------
    def _follow(self) -> None:
        tab = self.host.current_tab()
        if tab is self._tab:
            return
        if self._tab is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the tab may be gone
                self._tab.snapshot_ready.disconnect(self._snapshot)
        self._tab = tab
        if tab is not None:
            tab.snapshot_ready.connect(self._snapshot)
            if tab not in self._watched:
                self._watched.add(tab)
                key = id(tab)
                tab.destroyed.connect(lambda *_: self._forget(key))
            tab.set_status_guard(self.confirm_status)
        self._show_current()

    def _show_current(self) -> None:
        """Put the followed tab's latest snapshot in the panel (once the panel exists)."""
        tab = self._tab
        if self._panel is None:
            return
        if tab is None:  # nothing is being checked, and no closed story's pictures stay
            self.panel.spelling = None
            closed = no_article_text()
            self.panel.set_message(closed)
            self.panel.clear_pictures("", closed)  # not two empty boxes
            self._pictured = None
            self.status_label.clear()
            return
        self.panel.article_path = tab.base_path()  # the path the findings carry
        self.panel.spelling = tab.editor.spell  # a typo's menu: its corrections, dictionaries
        snapshot = tab.snapshot()
        if snapshot is None or not snapshot.checked:
            self.panel.set_pending()  # the render thread's checked snapshot is still to come
            self.status_label.clear()
            readable = snapshot.readable if snapshot is not None else None
            if readable is not None and snapshot is not None:  # the pictures need no checks
                self.panel.set_article(readable, self._settings(), tab.base_path(), snapshot.scan)
                self._pictured = id(tab)
            elif self._pictured != id(tab):
                self.panel.clear_pictures("")  # never another tab's title as this one's
                self._pictured = None
        if snapshot is not None:
            self._snapshot(snapshot)

    def _forget(self, key: int) -> None:
        """A tab was deleted; stop following it if it is still the one followed."""
        self._watched = {t for t in self._watched if id(t) != key}
        if id(self._tab) == key:
            self._tab = None
        if self._pictured == key:
            self._pictured = None

    def _settings(self) -> Settings:
        return self.host.settings

    def _snapshot(self, snapshot: Snapshot) -> None:
        """A snapshot of the followed tab's current revision; one without checks (a quick look
        while the checks are still to come) keeps the findings shown."""
        if self._panel is None:
            if snapshot.checked or snapshot.article is None:
                self._ensure_panel()  # which shows the tab's latest snapshot
            return  # a quick look: the stand-in says "Checking…" as the panel would
        if snapshot.checked:
            # words ignored in an earlier session or by a colleague; and just now, when the
            # checks ran before the word was ignored
            ignored = sync_ignored(self._tab, snapshot.ignored) if self._tab is not None else ()
            findings = [f for f in snapshot.findings if not _ignored(f, ignored)]
            self._show(findings, snapshot.article, snapshot.scan)
        elif snapshot.article is None:  # broken front matter: the preview says what is wrong
            self._show([], snapshot.readable)  # the pictures show what could be read
            self.panel.set_message(_tr("The checks wait until the front matter can be read"))
            self.status_label.clear()

    def recheck(self, old: Settings) -> None:
        """The settings were ``old``: when the checks read what changed (the house style, a
        threshold, the site's name), the findings shown are of the old settings. The tab's
        render thread checks the text again (``Revisions.set_settings``), off the window's
        thread: here, the checks of 20,000 words held the window 0.1 s, of 50,000 words 0.2 s.
        Until its snapshot comes, the panel says the checks are under way."""
        from netizen_editor.desk.checks import checks_tag

        tab = self._tab
        snapshot = tab.snapshot() if tab is not None else None
        if self._panel is None or snapshot is None or not snapshot.checked:
            return  # nothing checked shown: the panel already waits, or says why not
        if checks_tag(old) != checks_tag(self._settings()):  # not a font
            self.panel.set_pending()
            self.status_label.clear()

    def _show(
        self, findings: list[Finding], article: Article | None, scan: ArticleScan | None = None
    ) -> None:
        tab = self._tab
        if tab is None:
            return
        self.panel.article_path = tab.base_path()  # the path the findings carry
        if article is not None and article.nothing_written:
            # a blank new story has nothing to fix yet: no errors, no red count, until the
            # journalist writes (the export and "ready" still check it as it is)
            findings = []
            self.panel.set_message(_tr("Nothing written yet: the checks start once the story "
                                       "has a headline or text"))  # fmt: skip
        else:
            self.panel.set_findings(findings)
        if article is not None:
            self.panel.set_article(article, self.host.settings, tab.base_path(), scan)
        elif self._pictured != id(tab):  # another tab's pictures: never shown as this one's
            self.panel.clear_pictures(_tr("No previews until the front matter can be read."))
        self._pictured = id(tab)
        self._count(findings)

    def _count(self, findings: list[Finding]) -> None:
        """The status bar's count of ``findings``, red when one is an error."""
        from netizen_editor.gui.panels.checks_panel import counts_text

        self.status_label.setText(counts_text(findings))
        has_errors = any(f.level == Level.ERROR for f in findings)
        self.status_label.setStyleSheet(f"color: {'#b3261e' if has_errors else '#5f6368'};")

    def ignore(self, word: str) -> None:
        """The panel's "Ignore" on a spelling finding: as the editor's menu does it."""
        tab = self._tab
        if tab is not None:
            ignore_word(tab.editor.spell, word)

    def add_word(self, word: str, newsroom: bool) -> None:
        """The panel's "Add to Dictionary" on a typo: as the editor's menu does it."""
        tab = self._tab
        if tab is not None:
            add_to_dictionary(tab.editor.spell, word, newsroom)

    def word_added(self, word: str) -> None:
        """``word`` went into a dictionary: its findings leave the panel and the status count
        now, and every open story is checked again (its other forms pass too: gensetnya), off
        the window's thread, rather than at its next edit."""
        self.drop_word(word)
        for tab in self.host.all_tabs():
            tab.revisions.refresh()

    def fix(self, line: int, column: int, word: str, use: str) -> None:
        """The panel's "Replace with '…'" on a finding's ``word``: as the editor's menu does
        it (nothing when the text there changed since the checks ran); the focus stays in the
        list, for the next finding."""
        tab = self._tab
        if tab is not None:
            replace_word(tab.editor, StyleFix(line, column, word, (use,)), use)

    def current_tab_is(self, tab: object) -> bool:
        return tab is self._tab

    def drop_word(self, word: str) -> None:
        """The journalist ignored ``word`` ("Abaikan") or added it to a dictionary: its
        spelling findings leave the panel and the status count now (the next checks leave it
        out too)."""
        if self._panel is None:
            return
        kept = [f for f in self.panel.findings if not _ignored(f, (word,))]
        if len(kept) == len(self.panel.findings):
            return
        self.panel.set_findings(kept)
        self._count(kept)

    # -- going to a finding ----------------------------------------------------------------------
    def go_to(self, line: int, column: int, length: int = 0) -> None:
        """Put the editor on a finding and give it the focus (Enter, a double click)."""
        tab = self.host.current_tab()
        if tab is None:
            return
        tab.go_to_line(line, column, length)

    def show_place(self, line: int, column: int, length: int = 0) -> None:
        """Show a finding in the editor and the preview; the list keeps the focus."""
        tab = self.host.current_tab()
        if tab is not None:
            tab.go_to_line(line, column, length, focus=False)

    def show_dock(self) -> None:
        self.dock.show()
        self.dock.raise_()

    def _view_action(self) -> QAction:
        """View › Periksa (Ctrl+Shift+M, as IDEs' problem lists): shows the dock on top and
        puts the focus in its list; hides it when it is on top already."""
        action = QAction(_tr("&Check"), self.window)
        action.setObjectName("checks_view")
        action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        action.setCheckable(True)
        toggle = self.dock.toggleViewAction()
        action.setChecked(toggle.isChecked())
        toggle.toggled.connect(action.setChecked)
        action.triggered.connect(self._view_triggered)
        return action

    def _view_triggered(self) -> None:
        on_top = self.dock.isVisible() and not self.dock.visibleRegion().isEmpty()
        if on_top and not self.panel.list.hasFocus():
            on_top = False  # shown but the focus elsewhere: the key takes it to the list
        if on_top:
            self.dock.close()
            return
        self.show_dock()
        self.view_action.setChecked(True)
        self.panel.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def reveal(self, line: int, column: int = 1) -> None:
        """Show the dock and put the editor on a finding (the export dialog's "go back")."""
        self.show_dock()
        self.go_to(line, column)

    # -- asking before "ready" -------------------------------------------------------------------
    def errors_now(self) -> list[Finding]:
        """The current tab's error-level findings on its text as it is now: the snapshot's,
        when the render thread has checked this revision (else checked now)."""
        tab = self.host.current_tab()
        if tab is None:
            return []
        from netizen_editor.gui.dialogs.checks_gate import snapshot_errors

        return snapshot_errors(tab.current_snapshot(), self._settings())

    def confirm_status(self, status: str) -> bool:
        """The details panel asks before it writes a status: "ready" with errors is asked."""
        if status != "ready":
            return True
        errors = self.errors_now()
        return not errors or self.ask_ready_anyway(errors)

    def ask_ready_anyway(self, errors: list[Finding]) -> bool:
        from netizen_editor.gui.dialogs.status_questions import confirm_despite_findings

        tab = self.host.current_tab()
        story = tab.display_name() if tab is not None else ""
        return confirm_despite_findings(self.window, story, "ready", errors)


def _ignored(finding: Finding, words: Collection[str]) -> bool:
    return finding.rule in _SPELLING_RULES and finding.extra.get("word") in words


def install_checks_dock(window: QMainWindow) -> ChecksDock:
    return ChecksDock(window)

"""The "Periksa" panel: the pre-publish findings grouped by level, and beside them the Google
result and the share card of the article as it stands.

The panel only shows: ``set_findings`` fills the list, ``set_article`` redraws the pictures,
and a finding selected (arrows, a click) emits ``place_requested(line, column, length)``:
whoever owns the panel shows it in the editor and the preview, the focus staying in the list;
Enter or a double click emits ``line_requested`` (the same), and the editor takes the focus.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidgetItem,
    QMenu,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.article.model import Article
from netizen_editor.checks import Finding, Level
from netizen_editor.checks.snippets import search_result, share_card
from netizen_editor.checks.textwidth import TITLE_MAX_PX, TITLE_PX, text_width
from netizen_editor.grammar.scan import ArticleScan
from netizen_editor.gui.editor.spell_menu import (
    SpellLayer,
    add_actions,
    put_first,
    typo_suggestions,
)
from netizen_editor.gui.editor.style_fixes import RULE as STYLE_RULE
from netizen_editor.gui.editor.style_fixes import replace_text
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.panels.checks_sizes import (
    HANDLE,
    findings_min_height,
    pictures_min_height,
)
from netizen_editor.gui.panels.findings_list import FindingsList
from netizen_editor.gui.panels.share_previews import SearchResultView, ShareCardView
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.settings import Settings
from netizen_editor.terminal import bidi_escaped

WHERE_ROLE = Qt.ItemDataRole.UserRole
RULE_ROLE = Qt.ItemDataRole.UserRole + 1
#: the word of a spelling finding, which its context menu offers to ignore
WORD_ROLE = Qt.ItemDataRole.UserRole + 2
#: a finding's fix: its line, column, the word written there and what to write instead (a tuple)
FIX_ROLE = Qt.ItemDataRole.UserRole + 3
#: the rules whose findings name a word and what to write instead: the house style's, the
#: standard form of a non-standard one, a typo's corrections (when the checks asked for them)
FIX_RULES = (STYLE_RULE, "non-standard", "spelling")
LEVEL_COLOURS = {Level.ERROR: "#b3261e", Level.WARNING: "#8a5a00", Level.INFO: "#3c4a5c"}
#: the splitter's share of the pictures (a quarter: 3 parts for the findings, 1 for them)
PART = 1000


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChecksPanel", text)


def level_name(level: Level) -> str:
    return {Level.ERROR: _tr("Errors"), Level.WARNING: _tr("Warnings"), Level.INFO: _tr("Advice")}[
        level
    ]


def counts_text(findings: Sequence[Finding]) -> str:
    """ "2 galat · 3 peringatan" (and the advice when there is some); "" when nothing found."""
    errors = sum(1 for f in findings if f.level == Level.ERROR)
    warnings = sum(1 for f in findings if f.level == Level.WARNING)
    advice = sum(1 for f in findings if f.level == Level.INFO)
    if not (errors or warnings or advice):
        return ""
    # English has a form for one (Indonesian says both alike: "1 galat", "2 galat")
    # in the app's language, as the status bar's words ("9.020 peringatan")
    parts = [
        (_tr("{n} error") if errors == 1 else _tr("{n} errors")).format(n=count_text(errors)),
        (_tr("{n} warning") if warnings == 1 else _tr("{n} warnings")).format(
            n=count_text(warnings)
        ),
    ]
    if advice:
        parts.append(_tr("{n} advice").format(n=count_text(advice)))
    return " · ".join(parts)


class ChecksPanel(QWidget):
    #: go to the finding and write there: its 1-based line and column, its length (0: the line)
    line_requested = Signal(int, int, int)
    #: show where the finding is, the focus staying in the list (the same numbers)
    place_requested = Signal(int, int, int)
    ignore_requested = Signal(str)  # "Ignore" on a spelling finding's word
    #: "Replace with '…'" on a finding: its line, column, the word there and the one to write
    fix_requested = Signal(int, int, str, str)
    #: "Add to Dictionary" on a typo's word (True: "Add to Newsroom Dictionary")
    add_requested = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("checks_panel")
        self.findings: list[Finding] = []
        self.article_path: Path | None = None  # findings elsewhere (the house style) do not jump
        #: the spell layer of the story shown (its editor's): a typo's menu asks it for the
        #: corrections and whether there are dictionaries to add the word to, as the editor's
        #: menu does
        self.spelling: SpellLayer | None = None
        self.list = FindingsList()
        self.list.setObjectName("checks_list")
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setSpacing(1)
        self.list.chosen.connect(self._activated)  # Enter, a double click
        self.list.shown.connect(self._show)  # arrows, a click
        self.list.menu_requested.connect(self._context_menu)

        self.search_caption = QLabel(_tr("In Google"))
        self.search_view = SearchResultView()
        self.search_note = QLabel()
        self.search_note.setObjectName("search_note")
        self.share_caption = QLabel(_tr("Shared on WhatsApp or Facebook"))
        self.share_view = ShareCardView()
        for caption in (self.search_caption, self.share_caption):
            caption.setStyleSheet("font-weight: bold; margin-top: 6px;")
            caption.setWordWrap(True)
        self.search_note.setWordWrap(True)
        self.search_note.setStyleSheet("color: #5f6368;")

        pictures = QWidget()
        column = QVBoxLayout(pictures)
        column.setContentsMargins(4, 0, 4, 4)
        for widget in (self.search_caption, self.search_view, self.search_note,
                       self.share_caption, self.share_view):  # fmt: skip
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("checks_pictures")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(pictures)

        # the findings first: a few of them at any window height (the details above give way:
        # they scroll); the pictures get a quarter of the height, and scroll
        self.list.setMinimumHeight(findings_min_height(self.list.fontMetrics()))
        scroll.setMinimumHeight(pictures_min_height(self.search_caption.fontMetrics()))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(HANDLE)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([3 * PART, PART])  # scaled to the panel's height when shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.set_pending()

    # -- the list ------------------------------------------------------------------------------
    def set_pending(self) -> None:
        """The checks of the article shown have not come back yet: say so, rather than that
        there is nothing to fix."""
        self.set_message(_tr("Checking…"))

    def set_message(self, text: str) -> None:
        """No findings to list, and why (checks still running, front matter unreadable)."""
        self.findings = []
        self.list.clear()
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.addItem(item)

    def set_findings(self, findings: list[Finding]) -> None:
        """List ``findings``; the finding selected before (the checks run again as the user
        types) stays selected, found again by its rule and line (or the nearest line), without
        moving the editor."""
        was = self.list.currentItem()
        selected = was is not None and was.isSelected()
        before = (was.data(RULE_ROLE), was.data(WHERE_ROLE), was.text()) if was else None
        with self.list.rows.quiet():
            self._fill(findings)
            if before is not None and before[0]:
                self._find_again(*before, select=selected)

    def _find_again(
        self, rule: str, where: tuple[int, ...] | None, text: str, *, select: bool
    ) -> None:
        """The row of the finding like the one at ``where`` before: the same rule, the nearest
        line (then column); else the nearest row of another rule becomes current, unselected
        (the keyboard keeps its place, nothing is shown)."""
        items = self.finding_items()
        if where is None:  # elsewhere (the house style): the same text
            alike = [i for i in items if i.text() == text]
        else:
            line, column = where[0], where[1]
            placed = [i for i in items if i.data(WHERE_ROLE)]

            def distance(item: QListWidgetItem) -> tuple[int, int]:
                there = item.data(WHERE_ROLE)
                return abs(there[0] - line), abs(there[1] - column)

            same = sorted((i for i in placed if i.data(RULE_ROLE) == rule), key=distance)
            alike = same[:1]
            if not alike and placed:
                select = False
                alike = [min(placed, key=distance)]
        if alike:
            flag = QItemSelectionModel.SelectionFlag
            self.list.setCurrentItem(alike[0], flag.ClearAndSelect if select else flag.NoUpdate)

    def _fill(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        self.list.clear()
        if not findings:
            item = QListWidgetItem(_tr("✓ Nothing to fix before publishing"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
            return
        for level in (Level.ERROR, Level.WARNING, Level.INFO):
            found = [f for f in findings if f.level == level]
            if not found:
                continue
            group = QListWidgetItem(f"{level_name(level)} ({len(found)})")
            group.setForeground(QBrush(QColor(LEVEL_COLOURS[level])))
            font = group.font()
            font.setBold(True)
            group.setFont(font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(group)
            for finding in found:
                self.list.addItem(self._item(finding))

    def _item(self, finding: Finding) -> QListWidgetItem:
        path = finding.path
        elsewhere = path is not None and path != self.article_path
        if path is not None and elsewhere:  # another file (the house style): its line too
            where = f"{path.name}:{finding.line}" if finding.line else path.name
        else:
            where = _tr("line {line}").format(line=finding.line)
        # a planted name or title quoted in the message: its bidi controls shown, not obeyed
        item = QListWidgetItem(bidi_escaped(f"{where}: {finding.message}"))
        tip = f"{finding.message}\n[{finding.rule}]"
        if finding.suggestions:
            tip += "\n" + _tr("Suggestion: {text}").format(text=", ".join(finding.suggestions))
        if elsewhere:
            tip += f"\n{finding.path}:{finding.line}"
        item.setToolTip(shown_plain(tip))
        place = (finding.line, finding.column, finding.length)
        item.setData(WHERE_ROLE, None if elsewhere else place)
        item.setData(RULE_ROLE, finding.rule)
        if finding.rule in ("spelling", "non-standard") and not elsewhere:
            item.setData(WORD_ROLE, finding.extra.get("word"))
        word = finding.extra.get("word")
        if finding.rule in FIX_RULES and finding.suggestions and word and not elsewhere:
            fix = (finding.line, finding.column, word, tuple(finding.suggestions))
            item.setData(FIX_ROLE, fix)
        return item

    def finding_menu(self, item: QListWidgetItem | None) -> QMenu | None:
        """A finding's context menu, with what the editor's menu on the word offers: the fixes
        of a finding that names what to write instead ("Replace with '…'": the house style's,
        a non-standard form's standard one, a typo's corrections, asked when the menu opens
        as the editor's menu asks them), a typo's "Add to Dictionary" (and the newsroom's), a
        spelling finding's "Ignore"; None for findings with none of them."""
        if item is None:
            return None
        menu = self.ignore_menu(item)
        fix = item.data(FIX_ROLE)
        word, layer = item.data(WORD_ROLE), self.spelling
        typo = item.data(RULE_ROLE) == "spelling" and bool(word) and layer is not None
        if not fix and typo and layer is not None and item.data(WHERE_ROLE):
            line, column, _length = item.data(WHERE_ROLE)
            uses = typo_suggestions(layer, word)
            fix = (line, column, word, uses) if uses else None
        if not (fix or typo):
            return menu
        menu = menu or QMenu(self.list)  # a typo's always has "Ignore"
        actions = []
        if fix:
            line, column, written, uses = fix
            for use in uses:
                action = QAction(replace_text(use), menu)
                action.setObjectName("checks_replace")
                action.triggered.connect(
                    lambda _c=False, u=use: self.fix_requested.emit(line, column, written, u)
                )
                actions.append(action)
        if typo and layer is not None:

            def add(newsroom: bool) -> None:
                self.add_requested.emit(word, newsroom)

            actions += add_actions(layer, menu, "checks_add", add)
        return put_first(menu, actions) if actions else menu

    def ignore_menu(self, item: QListWidgetItem | None) -> QMenu | None:
        """The menu of a spelling finding ("Ignore" its word); None for other findings."""
        word = item.data(WORD_ROLE) if item is not None else None
        if not word:
            return None
        menu = QMenu(self.list)
        action = menu.addAction(_tr("Ignore '{word}'").format(word=word))
        action.setObjectName("checks_ignore")
        action.triggered.connect(lambda: self.ignore_requested.emit(word))
        return menu

    def _context_menu(self, item: QListWidgetItem, point: QPoint) -> None:
        menu = self.finding_menu(item)
        if menu is not None:
            menu.exec(point)
            menu.deleteLater()

    def _activated(self, item: QListWidgetItem) -> None:
        where = item.data(WHERE_ROLE)
        if where:
            self.line_requested.emit(*where)

    def _show(self, item: QListWidgetItem) -> None:
        where = item.data(WHERE_ROLE)
        if where:
            self.place_requested.emit(*where)

    def finding_items(self) -> list[QListWidgetItem]:
        items = (self.list.item(i) for i in range(self.list.count()))
        return [item for item in items if item.data(RULE_ROLE)]

    # -- the pictures --------------------------------------------------------------------------
    def clear_pictures(self, note: str, empty_text: str = "") -> None:
        """No pictures (none of this article's to show), and ``note`` saying why below them;
        ``empty_text`` is said in them (no article is open)."""
        self.search_view.set_result(None, empty_text)
        self.share_view.set_card(None, empty_text)
        self.search_note.setText(note)
        self.search_note.setVisible(bool(note))

    def set_article(
        self,
        article: Article | None,
        settings: Settings,
        path: Path | None,
        scan: ArticleScan | None = None,
    ) -> None:
        """The search result and share card of ``article`` (``scan``: its text's scan, the
        snapshot's: the lead is not looked for again)."""
        if article is None:
            return  # broken front matter: keep the last pictures until it parses again
        result = search_result(article, settings, scan)
        self.search_view.set_result(result)
        self.share_view.set_card(share_card(article, settings, path, scan))
        notes = []
        if result.title_cut:
            width = round(text_width(article.title, TITLE_PX))
            notes.append(_tr("The title is cut: {width} of about {limit} pixels fit.").format(
                width=width, limit=TITLE_MAX_PX))  # fmt: skip
        if result.description_from_text:
            notes.append(_tr("No search description: Google picks text from the story."))
        elif result.description_cut:
            notes.append(_tr("The description is cut at about 920 pixels."))
        self.search_note.setText(" ".join(notes))
        self.search_note.setVisible(bool(notes))

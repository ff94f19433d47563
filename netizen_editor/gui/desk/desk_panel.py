"""The desk's widget (in its dock): the stories' counts per status (each a filter), the other
filters (author, label, date range, mine, a search over titles and text), the table, and the
actions on the selected story. It shows and asks; the controller does the work."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from netizen_editor.desk.entry import STATUSES, DeskEntry
from netizen_editor.desk.listing import DeskChanges
from netizen_editor.gui.contrast import ON_LIGHT_BAR
from netizen_editor.gui.desk import desk_keys
from netizen_editor.gui.desk.column_fit import ColumnFit
from netizen_editor.gui.desk.date_bound import NO_DATE, DateBound
from netizen_editor.gui.desk.desk_table import Anchor, DeskTable
from netizen_editor.gui.desk.filter_lists import desk_names, fill, offered
from netizen_editor.gui.desk.filtering import COLUMNS, PROBLEM, DeskFilter, status_counts
from netizen_editor.gui.desk.table_model import (
    DeskTableModel,
    problem_note,
    same_id_note,
    status_name,
)
from netizen_editor.gui.desk.worker import SearchResult
from netizen_editor.gui.mnemonics import own_letters
from netizen_editor.gui.numbers import count_text
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.terminal import bidi_escaped

#: the table is never squeezed below this many rows (the dock stops there)
MIN_ROWS = 5
#: characters the author and label filters are wide for ("Redaksi Netizen", "Internasional")
COMBO_CHARS = 16
#: the search waits this long after the last key before it looks (titles at once after it)
SEARCH_DELAY_MS = 250
#: the status actions: (status, object name); their texts are the panel's
STATUS_ACTIONS = ("review", "ready", "published", "spiked")


class DeskPanel(QWidget):
    #: open the story at this path of the desk
    open_requested = Signal(str)
    #: set the story's status (path, status)
    status_requested = Signal(str, str)
    new_requested = Signal()
    rename_requested = Signal(str)
    #: give the story (path) a new id: it shares its id with another (a copy)
    new_id_requested = Signal(str)
    #: look for the search's words in the text of these entries (query, entries)
    search_requested = Signal(str, list)
    #: the keyboard back to the article (Escape in the desk)
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("desk_panel")
        self.model = DeskTableModel(self)
        #: the user's name (the Settings' author, as it is now), for "Mine"
        self.who: Callable[[], str] = lambda: ""
        #: why a story's status cannot be set now (a colleague has it open) and the user their
        #: lock names; ("", None) when it can (the controller's)
        self.held_note: Callable[[DeskEntry], tuple[str, str | None]] = lambda _e: ("", None)
        self._searching = False
        self._search_complete = True
        self._notice = self._poll_note = ""
        #: the story (path) whose note (its problem, its shared id) the notice is
        self._notice_row: str | None = None
        #: the story (path) and the colleague (lock's user) the notice says has it open
        self._notice_lock: tuple[str, str] | None = None

        self.title_label = QLabel()
        self.title_label.setObjectName("desk_title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.new_button = self._button(
            self.tr("&New Story…"), "desk_new", self.tr("A new story from a template, in the desk")
        )
        self.rename_button = self._button(self.tr("Rename or Move &Between Folders…"),
                                          "desk_rename",
                                          self.tr("Another name or folder in the desk; its "
                                                  "history goes with it"))  # fmt: skip
        # the statuses' names as the table and filters have them; "review" said as an action
        self.action_buttons = {
            "review": self._button(self.tr("Send to Editor"), "desk_to_review",
                                   self.tr("Status: review (the desk editor's turn)")),
            "ready": self._button(status_name("ready"), "desk_to_ready",
                                  self.tr("Status: ready (the web editor's turn)")),
            "published": self._button(status_name("published"), "desk_to_published",
                                      self.tr("Status: published; asks for the live URL")),
            "spiked": self._button(status_name("spiked"), "desk_to_spiked",
                                   self.tr("Status: spiked (withdrawn; the story is kept)")),
        }  # fmt: skip
        self.new_button.clicked.connect(self.new_requested)
        self.rename_button.clicked.connect(self._rename_clicked)
        for status, button in self.action_buttons.items():
            button.clicked.connect(lambda _c=False, s=status: self._status_clicked(s))
        top = QHBoxLayout()
        top.addWidget(self.title_label, 1)
        for button in (*self.action_buttons.values(), self.rename_button, self.new_button):
            top.addWidget(button)

        # the counts per status, each a filter (exclusive; "All" shows every story)
        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        self.status_buttons: dict[str, QToolButton] = {}
        counts_row = QHBoxLayout()
        counts_row.setSpacing(2)
        for status in ("", *STATUSES, PROBLEM):
            count = QToolButton()
            count.setCheckable(True)
            count.setAutoRaise(True)
            count.setObjectName(f"desk_count_{status or 'all'}")
            count.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.status_group.addButton(count)
            self.status_buttons[status] = count
            counts_row.addWidget(count)
            count.clicked.connect(self._filters_changed)
        self.status_buttons[""].setChecked(True)
        counts_row.addStretch(1)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("desk_summary")
        counts_row.addWidget(self.summary_label)

        self.author_combo = self._combo("desk_author", self.tr("Any author"))
        self.label_combo = self._combo("desk_label", self.tr("Any label"))
        self.since_edit = self._date_edit("desk_since", self.tr("from any date"))
        self.until_edit = self._date_edit("desk_until", self.tr("to any date"))
        self.mine_check = QCheckBox(self.tr("&Just Mine"))
        self.mine_check.setObjectName("desk_mine")
        self.mine_check.setToolTip(self.tr("Only stories whose author or editor is you "
                                           "(the author name in Settings)"))  # fmt: skip
        self.mine_check.toggled.connect(self._filters_changed)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("desk_search")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search titles and text…"))
        self.search_edit.setToolTip(self.tr("Ctrl+F in the desk comes here; Down goes to the "
                                            "table, Enter opens the first story"))  # fmt: skip
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        filters = QHBoxLayout()
        for widget in (self.author_combo, self.label_combo, self.since_edit, self.until_edit,
                       self.mine_check):  # fmt: skip
            filters.addWidget(widget)
        filters.addWidget(self.search_edit, 1)

        self.table = DeskTable()
        self.table.setObjectName("desk_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8
        )  # fixed row heights: no measuring of 10,000 rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height()
            + MIN_ROWS * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
            + self.table.horizontalScrollBar().sizeHint().height()
        )
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        self.columns = ColumnFit(self.table, self.model)  # as many as fit the desk's width
        header.setSortIndicator(COLUMNS.index("modified"), Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self._open_current())
        self.table.menu_requested.connect(self._context_menu)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.open_requested.connect(self._open_current)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.shown_changed.connect(self._update_summary)
        self.model.layoutChanged.connect(self._update_buttons)
        # a sort, a filter or a poll moves the rows: the story selected stays selected and
        # where it was on the screen (the newest change goes first: rows moved under the mouse)
        self._anchor: Anchor | None = None
        self._following = False  # the rows move by a poll (else by the user's sort or filter)
        self.model.layoutAboutToBeChanged.connect(self._before_relayout)
        self.model.layoutChanged.connect(self._after_relayout)

        self.message_label = QLabel()
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)  # names stories and colleagues
        self.message_label.setObjectName("desk_message")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(
            "#desk_message { background: #fff4d6; border: 1px solid #f0d9a0; border-radius: 3px;"
            f" padding: 3px 6px; color: {ON_LIGHT_BAR}; }}"
        )
        self.message_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(counts_row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)  # below: a note never moves the rows under the mouse
        layout.insertLayout(0, top)  # added last: Tab reaches the buttons after the table
        # the buttons' keys (said in their tips) and Ctrl+F, wherever the keyboard is in the desk
        desk_keys.DeskKeys(self, self.action_buttons, self.rename_button, self.new_button,
                           self._to_search, self.leave_requested.emit)  # fmt: skip
        self._tips = {status: button.toolTip() for status, button in self.action_buttons.items()}
        # Tab: the search, the filters, the table, then the actions on the story selected (Qt
        # puts nothing after a table, whose header and scroll bars follow it: the buttons are
        # there as the last widgets the panel was given)
        desk_keys.tab_order([self.search_edit, *self.status_buttons.values(), self.author_combo,
                             self.label_combo, self.since_edit, self.until_edit, self.mine_check,
                             self.table])  # fmt: skip
        self._update_counts()
        self._update_buttons()

    def _button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, "")
        # as wide as a name or rubric of a newsroom, not as its longest (one planted label of
        # 200 characters squeezed the search field to "C…": QA36 #6); longer ones are cut "…"
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_CHARS)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _date_edit(self, name: str, any_text: str) -> QDateEdit:
        edit = DateBound(any_text)
        edit.setObjectName(name)
        edit.dateChanged.connect(self._filters_changed)
        return edit

    # -- the desk ------------------------------------------------------------------------------
    def set_desk(self, name: str, folder: str) -> None:
        self.title_label.setText(self.tr("Desk: {name}").format(name=bidi_escaped(name)))
        self.title_label.setToolTip(shown_plain(folder))
        self.model.set_entries([])
        self._notice = ""
        self.show_poll_note("")

    def set_changes(self, changes: DeskChanges) -> None:
        """A poll's list: the table, the counts and the filters' choices follow it."""
        self._notice_gone(changes.entries)
        if not changes.changed and changes.entries and self.model.entries:
            self.show_poll_note("\n".join(changes.problems))
            return
        self._following = True  # the rows move by a poll: kept in place
        try:
            counts_only = self.model.set_entries(changes.entries, changes.changed)
        finally:
            self._following = False
        if not counts_only:  # not the counts alone
            self._update_choices(changes.entries)
            self._update_counts()
        query = self.search_edit.text().strip()
        if query and changes.changed and self.model.filter.text_hits is not None:
            changed = [e for e in changes.entries if e.path in changes.changed]
            self.search_requested.emit(query, changed)  # only the changed ones, merged
        self.show_poll_note("\n".join(changes.problems))
        self._update_buttons()  # a lock taken or let go
        self._row_note_again()
        if not self._notice:
            self._say_held()

    def show_message(self, text: str, *, while_open_by: tuple[str, str] | None = None) -> None:
        """What an action on a story says: shown until the next action, another selection or
        filter, or (``while_open_by``: the story's path and the user of the lock that keeps
        it from being changed) a poll that lists it no longer open by them."""
        self._notice = text
        self._notice_lock = while_open_by if text else None
        self._notice_row = None
        self._show_notes()

    def clear_message(self) -> None:
        if self._notice:
            self.show_message("")

    def _notice_gone(self, entries: list[DeskEntry]) -> None:
        """The notice goes with the lock it told of (stale, released, taken over)."""
        if self._notice_lock is None:
            return
        path, user = self._notice_lock
        entry = next((e for e in entries if e.path == path), None)
        if entry is None or entry.locked_by is None or entry.locked_by.user != user:
            self.clear_message()

    def _row_note_again(self) -> None:
        """A note about the selected story's problem (or shared id) goes when the problem does
        (the file fixed and saved), or says the new one."""
        path = self._notice_row
        if path is None:
            return
        entry = self.selected()
        note = self._row_note(entry) if entry is not None and entry.path == path else ""
        if note != self._notice:
            self.show_message(note)
            self._notice_row = path if note else None

    @staticmethod
    def _row_note(entry: DeskEntry) -> str:
        if entry.same_id_as is not None:
            return same_id_note(entry)
        return problem_note(entry) if entry.problem is not None else ""

    def show_poll_note(self, text: str) -> None:
        """What the last poll says (the folder cannot be read, a subfolder ...)."""
        self._poll_note = text
        self._show_notes()

    def _show_notes(self) -> None:
        text = "\n".join(t for t in (self._notice, self._poll_note) if t)
        self.message_label.setText(bidi_escaped(text))  # a planted name's controls shown
        self.message_label.setVisible(bool(text))

    def _update_choices(self, entries: list[DeskEntry]) -> None:
        """The authors and labels of the desk in their lists (at most ``MAX_CHOICES`` each,
        those most stories carry: ``filter_lists``); one chosen that is gone (its last story
        renamed or deleted) gives way to "any"."""
        gone = False
        combos = (self.author_combo, self.label_combo)
        for combo, counts in zip(combos, desk_names(entries), strict=True):
            gone = fill(combo, offered(counts, combo.currentData() or "")) or gone
        if gone:
            self._filters_changed()

    def _update_counts(self) -> None:
        counts = status_counts(self.model.entries)
        total = len(self.model.entries)
        self.status_buttons[""].setText(self.tr("All {n}").format(n=count_text(total)))
        for status, button in self.status_buttons.items():
            if status:
                button.setText(f"{status_name(status)} {count_text(counts.get(status, 0))}")
        problems = self.status_buttons[PROBLEM]
        problems.setVisible(counts.get(PROBLEM, 0) > 0)
        if problems.isChecked() and problems.isHidden():  # its last file fixed: all again
            self.status_buttons[""].setChecked(True)
            self._filters_changed()

    def _update_summary(self) -> None:
        shown, total = self.model.rowCount(), len(self.model.entries)
        text = self.tr("{shown} of {total} stories").format(
            shown=count_text(shown), total=count_text(total)
        )
        if self._searching:
            text += " · " + self.tr("searching the text…")
        elif not self._search_complete:
            text += " · " + self.tr("the text search stopped early (too many stories)")
        self.summary_label.setText(text)

    # -- filters -------------------------------------------------------------------------------
    def current_filter(self) -> DeskFilter:
        status = next((s for s, b in self.status_buttons.items() if b.isChecked()), "")
        old = self.model.filter
        query = self.search_edit.text().strip()
        return DeskFilter(
            status=status,
            author=self.author_combo.currentData() or "",
            label=self.label_combo.currentData() or "",
            since=self._date(self.since_edit),
            until=self._date(self.until_edit),
            mine=self.who() if self.mine_check.isChecked() else "",
            query=query,
            text_hits=old.text_hits if query and query == old.query else None,
        )

    @staticmethod
    def _date(edit: QDateEdit) -> dt.date | None:
        date = edit.date()
        return None if date == NO_DATE else dt.date(date.year(), date.month(), date.day())

    def _filters_changed(self) -> None:
        self.clear_message()  # it was about what was shown before
        self.model.set_filter(self.current_filter())

    def _search(self) -> None:
        """The titles at once; the text search on the worker (``searched`` comes back)."""
        wanted = self.current_filter()
        if wanted.query != self.model.filter.query:
            self.clear_message()
        self.model.set_filter(wanted)
        self._searching = bool(wanted.query)
        self._search_complete = True
        self._update_summary()
        self.search_requested.emit(wanted.query, list(self.model.entries))

    def searched(self, result: SearchResult) -> None:
        """The text search's answer (a partial one: for the stories a poll changed)."""
        wanted = self.model.filter
        if result.query != wanted.query:
            return
        hits = set(wanted.text_hits or ()) - result.looked if result.partial else set()
        wanted.text_hits = hits | result.paths
        if not result.partial:
            self._searching = False
            self._search_complete = result.complete
        self._following = result.partial  # a poll's stories searched: kept in place
        try:
            self.model.set_filter(wanted)
        finally:
            self._following = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search box goes to the table; Enter there opens the first story."""
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key() if isinstance(event, QKeyEvent) else 0
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                self.table.selectRow(0)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self._search_timer.stop()
                self._search()
                self.table.selectRow(0)
                self._open_current()
                return True
        return super().eventFilter(watched, event)

    def _before_relayout(self) -> None:
        self._anchor = self.table.anchor()

    def _after_relayout(self) -> None:
        anchor, self._anchor = self._anchor, None
        if not self._following and (anchor is None or not anchor.selected):
            self.table.scrollToTop()  # the user's sort, filter or search: read from the top
            return
        # a poll: nothing moves under the mouse, but a view at the top shows the newest change
        self.table.keep_in_place(anchor, poll=self._following)

    # -- the selected story --------------------------------------------------------------------
    def selected(self) -> DeskEntry | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry(rows[0].row())

    def select_path(self, path: str) -> bool:
        row = self.model.row_of(path)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is not None:
            self.open_requested.emit(entry.path)

    def context_menu(self) -> QMenu | None:
        """The selected story's actions (the table's right click)."""
        entry = self.selected()
        if entry is None:
            return None
        menu = QMenu(self)
        menu.setObjectName("desk_context_menu")
        menu.addAction(self.tr("&Open"), self._open_current)
        menu.addSeparator()
        for status, button in self.action_buttons.items():
            action = menu.addAction(button.text(), partial(self._status_clicked, status))
            action.setEnabled(button.isEnabled())
            desk_keys.show_key(action, desk_keys.STATUS_KEYS[status])
        # a story sent back to its reporter (no button: the row of buttons is the way forward)
        back = menu.addAction(self.tr("Back to &Draft"), partial(self._status_clicked, "draft"))
        back.setObjectName("desk_to_draft")
        back.setEnabled(entry.problem is None and entry.status != "draft")
        menu.addSeparator()
        rename = menu.addAction(self.rename_button.text(), self._rename_clicked)
        desk_keys.show_key(rename, desk_keys.RENAME_KEY)
        menu.addMenu(self.table.sort_menu(menu))
        if entry.same_id_as is not None:
            action = menu.addAction(self.tr("Give a New &ID"),
                                    lambda: self.new_id_requested.emit(entry.path))  # fmt: skip
            action.setObjectName("desk_new_id")
        return own_letters(menu)  # a menu's letters are its own: the buttons' may have none

    def focus_table(self) -> None:
        """The keyboard in the table (Ctrl+Shift+D, a desk just opened), a story selected."""
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.table.select_a_row()

    def _to_search(self) -> None:
        """Ctrl+F in the desk goes to its search box, not to the article's Find (which keeps
        Ctrl+F when the keyboard is in the article)."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def _context_menu(self, row: int, place: QPoint) -> None:
        self.table.selectRow(row)
        menu = self.context_menu()
        if menu is not None:
            menu.exec(place)
            menu.deleteLater()

    def _status_clicked(self, status: str) -> None:
        entry = self.selected()
        if entry is not None:
            self.status_requested.emit(entry.path, status)

    def _rename_clicked(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.rename_requested.emit(entry.path)

    def _selection_changed(self) -> None:
        self.clear_message()  # it was about the story selected before
        self._update_buttons()
        entry = self.selected()
        note = self._row_note(entry) if entry is not None else ""
        if note:  # said, not only in a tooltip
            self.show_message(note)
            self._notice_row = entry.path if entry is not None else None
        else:
            self._say_held()

    def _say_held(self) -> None:
        """When a colleague has the selected story open: why its status buttons wait (the
        message goes with their lock)."""
        entry = self.selected()
        if entry is None:
            return
        held, user = self.held_note(entry)  # (a story with a wrong value too: QA38 #3)
        if held:
            self.show_message(held, while_open_by=(entry.path, user) if user else None)

    def _update_buttons(self) -> None:
        """The status actions of the selected story: none for a file that is no article, none
        while a colleague has it open (each button says why)."""
        entry = self.selected()
        held = self.held_note(entry)[0] if entry is not None else ""
        settable = entry is not None and entry.problem is None and not held
        for status, button in self.action_buttons.items():
            button.setEnabled(settable and entry is not None and entry.status != status)
            button.setToolTip(shown_plain(held or self._tips[status]))
        self.rename_button.setEnabled(entry is not None and not held)

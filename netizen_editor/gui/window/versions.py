"""The window keeps versions of its articles in their history (``netizen_editor.history``).

- At a save: before the text is written, an article without an id gets one
  (``history.saving.id_edit``, one undoable edit in the editor, so the editor and the file hold
  the same id; only that one line is added); the Document's save then keeps the written text
  as a version (reason ``save``, coalesced by the core). A text without front matter (a note,
  not an article) never gets a block of front matter for it, so it has no history; an article
  whose front matter cannot be read gets its id at the first save after it is fixed.
- A text that lost its id (its line deleted by accident, another text pasted over the story)
  gets the id of the file it is saved to back when that id has a history
  (``keep_lost_id``, said in the status bar), instead of a new id that would leave the story's
  versions behind and make a second post of it. A restore keeps the story's id likewise (a
  version kept before the story had its id, or with another one, is restored with the
  story's). A new id is only ever given on purpose: Save As (a copy, below) or the desk's
  Give a New ID.
- Save As writes a *copy*: the original file stays, with its history. So a Save As to another
  file (or the first save of an untitled copy of a file) gives the text a new id first (the old
  ``id`` line is replaced by a new UUID in the same undoable edit) and the copy starts its own
  history; the original's history never receives the copy's versions. A rename or a move done
  outside the app keeps the id, so the history follows the file.
- A status change in the details panel (reason ``status``), an accept or reject in the Review
  panel (``review``), an export (``export``) and a restore (``restore``, the text before it)
  keep the editor's text as it is then, once the article has its id (its first save gives it:
  these never add an undo step of their own). A story with a file gets its id at its first
  review decision instead (``ReviewDock.deciding``), as part of that decision's undo step, so
  the history keeps what the desk decided on a story filed from elsewhere.
- File › History… restores a whole version, or one paragraph of it (``restore_paragraph``):
  either way the current text is kept first (reason ``restore``) and the restore is one
  undoable edit; a paragraph's edit covers that paragraph only, so the cursor, the view and
  the rest of the text stay as they are. In suggest mode a paragraph's restore is the user's
  suggestion (``suggest_edit``: its changed words marked as typed over, so the author sees
  it in the Review panel); one that spans lines (a paragraph put back or taken out), brings
  back review marks or sits in code, and a whole version, are changed directly, and the
  status bar says so.

A history that cannot be written never blocks anything: the problem is shown in the status bar.
"""

from __future__ import annotations

import uuid
import weakref
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor

from netizen_editor.article.frontmatter import field_edit
from netizen_editor.document import to_editor_text
from netizen_editor.grammar.critic_write import neutral
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.gui.editor.positions import qt_position
from netizen_editor.gui.editor.undo_steps import step_cursor
from netizen_editor.history.article_id import ID_KEY, article_id, has_id_key
from netizen_editor.settings import Settings
from netizen_editor.storage.backups import BackupStore

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from netizen_editor.editing.formatting import Edit
    from netizen_editor.gui.dialogs.compare_dialog import CompareDialog
    from netizen_editor.gui.window.document_tab import DocumentTab
    from netizen_editor.history.saving import Keeper, Kept
    from netizen_editor.history.store import History
    from netizen_editor.snapshot import Snapshot


def _tr(text: str) -> str:
    return QCoreApplication.translate("Versions", text)


class VersionHost(Protocol):
    settings: Settings

    def show_status(self, message: str, timeout_ms: int = 6000, *, above: str = "") -> None: ...


def apply_edit(tab: DocumentTab, edit: Edit) -> None:
    """``edit`` (positions in ``tab.editor_text()``) made in the editor as one undo step."""
    text = tab.editor_text()
    cursor = step_cursor(tab.editor)
    cursor.beginEditBlock()
    cursor.setPosition(qt_position(text, edit.start))
    cursor.setPosition(qt_position(text, edit.end), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(edit.replacement)
    cursor.endEditBlock()


def problem_note(problem: str) -> str:
    return _tr("no version kept in the history: {problem}").format(problem=problem)


class VersionKeeper:
    """Keeps versions of the window's tabs, as the settings' author in the newsroom's zone."""

    def __init__(self, host: VersionHost):
        self.host = host
        #: the id each tab's story was given last: given again when an undo took it out (a
        #: second one would start a second history, the first one's versions left behind)
        self._given: weakref.WeakKeyDictionary[DocumentTab, str] = weakref.WeakKeyDictionary()

    def keeper(self) -> Keeper:
        from netizen_editor.history.saving import Keeper  # the history: not at start

        settings = self.host.settings
        return Keeper(settings.default_author, settings.timezone)

    def give_id(self, tab: DocumentTab, *, new: bool = False) -> bool:
        """Give the editor's text an id as one undoable edit (``new``: a new one replacing the
        one it has, for a copy); False when nothing was changed."""
        if tab.read_only:
            return False
        text = tab.editor_text()
        if not split_front_matter(text)[0]:
            return False  # a text without front matter (a note, not an article) is left as is
        if tab.current_snapshot().article is None:
            return False  # front matter that cannot be read: the id comes once it is fixed
        if new and has_id_key(text):
            edit = field_edit(text, ID_KEY, str(uuid.uuid4()))
        else:
            from netizen_editor.history.saving import id_edit

            edit = id_edit(text, None if new else self._given_before(tab))
        if edit is None:
            return False
        apply_edit(tab, edit)
        given = article_id(tab.editor_text())
        if given is not None and not new:
            self._given[tab] = given
        return True

    def _given_before(self, tab: DocumentTab) -> str | None:
        """The id ``tab``'s story was given last when it kept a version under it (an Undo
        took the id line out since), as :meth:`keep_lost_id` puts back a file's."""
        given = self._given.get(tab)
        if given is None or tab.path is None:
            return None
        from netizen_editor.history.store import History

        return given if History(tab.path.parent, given).path.is_dir() else None

    def keep_lost_id(self, tab: DocumentTab) -> str | None:
        """Before a save to the article's own file: when the editor's text has lost its id (the
        line deleted, or another text without one pasted over the story) while the file holds
        one with a history, that id goes back into the front matter (one undoable edit), so
        the save does not start a new history; the id put back, or None."""
        path = tab.path
        text = tab.editor_text()
        if path is None or tab.read_only or has_id_key(text) or not split_front_matter(text)[0]:
            return None
        if tab.current_snapshot().article is None:
            return None  # front matter that cannot be read: nothing is added to it
        from netizen_editor.errors import NetizenError
        from netizen_editor.history.store import History
        from netizen_editor.storage.reading import read_article_file

        try:
            old = article_id(read_article_file(path).text)
        except (OSError, NetizenError):
            return None
        if old is None or not History(path.parent, old).path.is_dir():
            return None  # no history to keep: the save gives a new id as to any article
        edit = field_edit(text, ID_KEY, old)
        if edit is None:
            return None
        apply_edit(tab, edit)
        return old

    def keep(self, tab: DocumentTab, reason: str, *, quiet: bool = False,
             text_of: Snapshot | None = None) -> Kept | None:  # fmt: skip
        """Keep the editor's text of ``tab`` (or the text of the snapshot ``text_of``: an
        export's, which the journalist may have edited on while it ran) as a version for
        ``reason``; None when the tab has no file or its text no id yet (it gets one at its
        first save: a decision or a status change stays one undo step). A problem is shown
        unless ``quiet``."""
        path = tab.path
        text = text_of.text if text_of is not None else tab.editor_text()
        if path is None or tab.read_only or article_id(text) is None:
            return None
        if tab.document.folder_moved() is not None:
            return None  # its folder leads elsewhere now: nothing written there (a save says so)
        snapshot = text_of or tab.snapshot()
        words = None
        if snapshot is not None and (text_of or snapshot.revision == tab.document.revision):
            words = snapshot.stats.words
        kept = self.keeper().keep(path, tab.document.disk_text(text), reason, words=words)
        if kept.problem and not quiet:
            message = _tr("No version kept in the history: {problem}")
            self.host.show_status(message.format(problem=kept.problem))
        return kept

    # -- the History window --------------------------------------------------------------------
    def history_of(self, tab: DocumentTab) -> History | None:
        """The history of ``tab``'s article (None: no file, or no id yet)."""
        from netizen_editor.history.store import History, author_name

        found = article_id(tab.editor_text())
        if tab.path is None or found is None:
            return None
        settings = self.host.settings
        return History(tab.path.parent, found, author=author_name(settings.default_author),
                       zone=settings.timezone)  # fmt: skip

    def open_history(self, tab: DocumentTab, parent: QWidget,
                     backups: BackupStore | None = None) -> CompareDialog | None:  # fmt: skip
        """File › History…: the compare window of ``tab``'s versions (and its earlier
        backups); None for a text that has no file yet."""
        path = tab.path
        if path is None:
            message = _tr("This article has not been saved yet, so it has no history.")
            self.host.show_status(message)
            return None
        from netizen_editor.gui.dialogs.compare_dialog import CompareDialog  # on first use
        from netizen_editor.gui.dialogs.placement import centre_on

        dialog = CompareDialog(path, tab.disk_text(), self.history_of(tab), backups, parent,
                               zone=self.host.settings.timezone)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restore_requested.connect(lambda text: self.restore(tab, text, dialog))
        dialog.paragraph_restore_requested.connect(
            lambda text: self.restore_paragraph(tab, text, dialog)
        )
        dialog.open()
        centre_on(dialog, parent)
        return dialog

    def restore(self, tab: DocumentTab, text: str, dialog: CompareDialog | None = None) -> None:
        """The current text becomes a version (reason ``restore``), then ``text`` goes into
        the editor as one undoable edit (the tab is then unsaved)."""
        if tab.read_only:
            return
        from netizen_editor.history.article_id import keeping_id

        own = article_id(tab.editor_text())
        if own is not None:  # the story keeps its id, and so its history and its post
            text = keeping_id(text, own)
        self.keep(tab, "restore")
        tab.replace_text(text, modified=True)
        entry = dialog.restored if dialog is not None else None
        when = entry.time if entry is not None else ""
        message = _tr(
            "Restored the version of {time}; Undo brings back the text before it. Save to keep it."
        ).format(time=when)
        if tab.editor.suggester.active:  # a whole text is no suggestion: said, as for details
            message += " " + _tr(
                "It is changed directly, not as a suggestion; add a comment to tell the author."
            )
        # the bar says it short (cut at 1366 px, QA33 #3); the whole sentence is above the text
        short = _tr("Restored the version of {time}: see above the text.").format(time=when)
        self.host.show_status(short, above=message)

    def restore_paragraph(self, tab: DocumentTab, text: str, dialog: CompareDialog) -> None:
        """``text`` is the current text with one paragraph of the version chosen in ``dialog``
        back: as for a whole version, the current text becomes a version (reason ``restore``)
        first; then only the stretch that differs is replaced, as one undoable edit, and the
        window compares the version with the new text."""
        if tab.read_only:
            return
        from netizen_editor.history.paragraphs import edit_between  # the history: not at start

        if tab.disk_text() != dialog.current:  # changed under the window (a reload): again
            dialog.set_current(tab.disk_text())
            return
        self.keep(tab, "restore")
        before = tab.editor_text()
        edit = edit_between(before, to_editor_text(text), words=True)
        document = tab.editor.document()
        revision = document.revision()
        suggested = tab.editor.suggester.active and suggest_edit(tab, before, edit)
        if not suggested:
            apply_edit(tab, edit)
        dialog.set_current(tab.disk_text())
        if suggested and document.revision() == revision:
            return  # refused (a mark there): the suggester said why
        entry = dialog.chosen()
        when = entry.time if entry is not None else ""
        kind = _part_kind(before, edit)
        if suggested:
            message = _tr(
                "Restored a paragraph of the version of {time} as your suggestion "
                "(in the Review panel); Undo takes it back out. Save to keep it."
            )
        elif kind == "out":
            message = _tr(
                "Took a paragraph out, as in the version of {time}; Undo brings it back. Save "
                "to keep it."
            )
        elif kind == "words":
            message = _tr(
                "Restored a paragraph's words from the version of {time}; Undo brings back "
                "the current words. Save to keep it."
            )
        else:
            message = _tr(
                "Restored a paragraph of the version of {time}; Undo takes it back "
                "out. Save to keep it."
            )
        if not suggested and tab.editor.suggester.active:
            message += " " + _tr(
                "It was made directly, not as a suggestion (a whole paragraph, review marks or "
                "code cannot be marked): add a comment to tell the author."
            )
        if kind == "out" and not suggested:
            short = _tr("Took a paragraph out, as in the version of {time}: see above the text.")
        else:
            short = _tr("Restored a paragraph of the version of {time}: see above the text.")
        self.host.show_status(short.format(time=when), above=message.format(time=when))


def _part_kind(text: str, edit: Edit) -> str:
    """What a paragraph's restore of ``text`` did: "out" (it took an added paragraph out),
    "back" (it put a deleted one back), "words" (it restored a changed one's words)."""
    if not edit.replacement.strip():
        return "out"
    return "back" if not text[edit.start : edit.end].strip() else "words"


def suggest_edit(tab: DocumentTab, text: str, edit: Edit) -> bool:
    """``edit`` of the editor's ``text`` made as the user's suggestion, as suggest mode marks a
    selection typed over (``Suggester.replace``); False when it cannot be one: it spans lines
    (a mark stays inside one paragraph, and a paragraph put back or taken out is its own
    blocks), it brings back review marks (a mark holds none: they would lose their braces),
    or it is in the front matter or code, where edits are plain."""
    old, new = text[edit.start : edit.end], edit.replacement
    if "\n" in old or "\n" in new or old == new or neutral(new) != new:
        return False
    start, end = qt_position(text, edit.start), qt_position(text, edit.end)
    return tab.editor.suggester.replace(start, end, new)

"""A status the desk set on an open story is not taken back by a save without a question (QA22).

The desk's status buttons write the file, and the tab that has the story open follows
(``gui.desk.status_action``): its text gets the new status as an edit, one step of the
editor's undo stack. An Undo meant for one's typing could take that step back, and a save then
wrote the older status silently, reversing a workflow step (the row back to Ready, no status in
the history). The step cannot be left out of the undo stack: Qt replays the steps by position,
so an edit outside it would put every earlier Undo in the wrong place. So the tab remembers the
status the desk set (``DocumentTab.desk_status``), and a save whose text says another one while
the file still says the desk's asks first: keep the desk's status (the default), save with the
text's, or cancel. A status changed on disk since (a colleague, the desk again) is the disk
check's business, not this question's.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from netizen_editor.article.frontmatter import field_edit, field_value
from netizen_editor.gui.plain_text import plain_box
from netizen_editor.storage.reading import ReadError, read_article_file

if TYPE_CHECKING:
    from netizen_editor.gui.window.document_tab import DocumentTab

KEEP, MINE, CANCEL = "keep", "mine", "cancel"
#: the front matter a desk status writes (``desk.actions.set_status``): Keep puts each back as the
#: file has it (an Undo of the step took them all back: Ready's editor, Published's url)
DESK_FIELDS = ("status", "editor", "url")
#: and Published's time, its ``date``: only that step wrote it (another one leaves a date the
#: user typed since in the text)
PUBLISHED_FIELDS = (*DESK_FIELDS, "date")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Files", text)


def status_in(text: str) -> str:
    """The status ``text``'s front matter gives ("" when none)."""
    value = field_value(text, "status")
    return value.strip() if isinstance(value, str) else ""


def keep_desk_status(tab: DocumentTab, parent: QWidget | None, *, unasked: bool = False) -> bool:
    """Before ``tab`` is saved to its own file: when its text no longer says the status the
    desk set while the file still does, ask; False when the save is cancelled (or ``unasked``,
    a save the user did not start: not asked). Keep puts the desk's status back in the text,
    with the editor, live address and time the step wrote (an edit Undo can take back), Save
    with the text's forgets the desk's."""
    wanted, path = tab.desk_status, tab.document.path
    if wanted is None or path is None:
        return True
    text = tab.editor_text()
    mine = status_in(text)
    if mine == wanted:
        return True
    try:
        disk_text = read_article_file(path).text
    except ReadError:
        disk_text = ""  # gone or unreadable: the save says what it finds
    on_disk = status_in(disk_text)
    if on_disk != wanted:  # changed since: not the desk's step this tab took
        tab.desk_status = None
        return True
    if unasked:
        return False
    answer = ask(parent, tab.story_title() or path.name, wanted, mine)
    if answer == MINE:
        tab.desk_status = None
        return True
    if answer != KEEP:
        return False
    first = True
    # the desk's step whole: its editor, live address and time too
    for key in PUBLISHED_FIELDS if wanted == "published" else DESK_FIELDS:
        value = field_value(disk_text, key)
        written = (isinstance(value, str) and value) or isinstance(value, dt.date)  # a datetime too
        if not written or field_value(text, key) == value:
            continue
        edit = field_edit(text, key, value)
        if edit is not None:
            tab.editor.apply_text_edit(edit, text, join_previous=not first, select=False)
            text, first = edit.apply(text), False
    return True


def ask(parent: QWidget | None, story: str, desk: str, mine: str) -> str:
    """The desk set ``story`` to ``desk``; its text says ``mine``: KEEP (the default), MINE
    or CANCEL (Escape)."""
    from netizen_editor.gui.desk.table_model import status_name

    desk_name, mine_name = status_name(desk), status_name(mine) if mine else _tr("no status")
    box = QMessageBox(QMessageBox.Icon.Question, _tr("Status Set on the Desk"),
                      _tr("The desk set “{story}” to {desk}; your text says {mine} now (an Undo "
                          "may have taken the desk's change back).").format(
                          story=story, desk=desk_name, mine=mine_name),
                      QMessageBox.StandardButton.NoButton, parent)  # fmt: skip
    box.setObjectName("desk_status_question")
    plain_box(box)  # the title is the story's: a planted one is shown as written
    box.setInformativeText(_tr("Save it with the status the desk set, or with the one in your "
                               "text?"))  # fmt: skip
    keep = box.addButton(_tr("&Keep {status}").format(status=desk_name),
                         QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
    mine_button = box.addButton(_tr("Save with {status}").format(status=mine_name),
                                QMessageBox.ButtonRole.ActionRole)  # fmt: skip
    answers: dict[QAbstractButton, str] = {keep: KEEP, mine_button: MINE}
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.setEscapeButton(cancel)
    box.exec()
    box.deleteLater()
    return answers.get(box.clickedButton(), CANCEL)

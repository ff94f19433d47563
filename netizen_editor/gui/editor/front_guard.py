"""The front matter is YAML, not article text: an action that adds Markdown there broke it
(the ad slot's ``[[ad]]`` among the fields). Every action that writes Markdown at the cursor asks
here first. A block of its own goes to the body, and the cursor with it (ad slot, "Baca juga" and
jump break after its first paragraph, see ``formatting.apply_format``; image, embed, pasted or
dropped photos at its start); anything else (emphasis, links,
headings, quotes, lists, review comments) is refused. The status bar says which."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextCursor

from netizen_editor.editing.formatting import body_start
from netizen_editor.gui.editor.positions import py_index, qt_position

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QTextDocument


class MarkdownEditor(Protocol):
    """What the guard uses of the editor (gui.editor.markdown_editor, which imports this)."""

    status_message: SignalInstance

    def text(self) -> str: ...
    def textCursor(self) -> QTextCursor: ...
    def setTextCursor(self, cursor: QTextCursor) -> None: ...
    def document(self) -> QTextDocument: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("FrontMatter", text)


def _in_front_matter(editor: MarkdownEditor) -> tuple[bool, str, int]:
    text = editor.text()
    front = body_start(text)
    start = py_index(text, editor.textCursor().selectionStart())
    return start < front, text, front


def allowed_here(editor: MarkdownEditor, block: bool) -> bool:
    """Whether an action may write at the cursor: outside the front matter always; inside it
    only a ``block`` (whose edit puts it at the body's start), never anything else."""
    inside, _text, _front = _in_front_matter(editor)
    if not inside:
        return True
    if block:
        editor.status_message.emit(
            _tr("The front matter holds only the article's fields: added to the article text "
                "instead.")
        )  # fmt: skip
        return True
    editor.status_message.emit(
        _tr("The front matter holds only the article's fields: put the cursor in the article "
            "text first.")
    )  # fmt: skip
    return False


def move_to_body(editor: MarkdownEditor) -> None:
    """Before a block is inserted at the cursor: out of the front matter, to the body's start
    (the status bar says so)."""
    inside, text, front = _in_front_matter(editor)
    if not inside:
        return
    allowed_here(editor, block=True)
    cursor = QTextCursor(editor.document())
    cursor.setPosition(qt_position(text, front))
    editor.setTextCursor(cursor)

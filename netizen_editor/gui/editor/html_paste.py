"""Rich text pasted (HTML from a web page, a mail, a word processor) → Markdown the way
documents are imported (``importing.html.pasted_markdown``), and the pictures it carries in
itself (``data:`` images, which the conversion leaves out) → pictures for the editor to store
as it stores a pasted one; one that cannot be used is said, never dropped without a word: in
one box with those the storing refuses (``image_import.say_not_added``).

The import's caps hold (``data_pictures.pasted_pictures``): HTML over the most an import reads
is pasted as plain text, said, before it is read; of the rest, at most as many pictures and
bytes of them as an import keeps. Within them the reading stays on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from netizen_editor.gui.editor.image_import import ImportItem
from netizen_editor.gui.plain_text import shown_plain


def pasted(parent: QWidget, html: str) -> tuple[str, list[ImportItem], list[str]]:
    """The Markdown of ``html`` ("" when it is no rich text, or too big: the clipboard's plain
    text is pasted then), the pictures it carries and why the others were left out."""
    # imported on first use: BeautifulSoup costs ~8 MB and ~60 ms at start-up
    from netizen_editor.importing.data_pictures import pasted_pictures, too_big

    over = too_big(html)
    if over:
        title = QCoreApplication.translate("MarkdownEditor", "Pasted as plain text")
        QMessageBox.warning(parent, title, shown_plain(over))
        return "", [], []
    from netizen_editor.editing.html_to_markdown import looks_like_rich_text

    if not html or not looks_like_rich_text(html):
        return "", [], []
    from netizen_editor.importing.html import pasted_markdown

    html, pictures, problems = pasted_pictures(html)
    items = [ImportItem(data=got.data, alt=got.alt, label=got.name) for got in pictures]
    return pasted_markdown(html), items, problems

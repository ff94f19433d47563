"""Rich text pasted (HTML from a web page, a mail, a word processor) → Markdown the way
documents are imported (``importing.html.pasted_markdown``), and the pictures it carries in
itself (``data:`` images, which the conversion leaves out) → pictures for the editor to store
as it stores a pasted one; one that cannot be used is said, never dropped without a word: in
one box with those the storing refuses (``image_import.say_not_added``).

In a saved article each picture's link stands where the picture stood in the pasted page, as
an import places a document's (QA33 #7: they all came after the paste): its file's name is
kept first (``stem-N``, the first number not taken, from one look at the folder; the suffix
the web copy most likely gets), the Markdown is made with those links, and the editor writes
the files off the window's thread (``paste_in_place``). In an untitled article the pictures
wait for its folder and come where the cursor is after the save, as a pasted picture does.

The import's caps hold (``data_pictures.pasted_pictures``): HTML over the most an import reads
is pasted as plain text, said, before it is read; of the rest, at most as many pictures and
bytes of them as an import keeps. Within them the reading stays on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget

from netizen_editor.gui.editor.image_import import ImportItem
from netizen_editor.gui.editor.paste_in_place import Placed
from netizen_editor.gui.plain_text import shown_plain
from netizen_editor.photos.options import PhotoOptions


def pasted(
    parent: QWidget,
    html: str,
    article: Path | None = None,
    text: Callable[[], str] = str,
    options: PhotoOptions | None = None,
    storing: Iterable[ImportItem] = (),
) -> tuple[str, list[ImportItem], list[str]]:
    """The Markdown of ``html`` ("" when it is no rich text, or too big: the clipboard's plain
    text is pasted then), the pictures it carries and why the others were left out. With the
    ``article``'s file (``text``: its text, ``storing``: the pictures being stored meanwhile)
    each picture has its file's name kept (``ImportItem.target``) and its link in the
    Markdown where it was; without, the pictures are left out of the Markdown."""
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
    if items and article is not None:
        _keep_names(items, article, text(), options or PhotoOptions(), storing)
    return pasted_markdown(html, [item.target for item in items]), items, problems


def paste(
    editor: QPlainTextEdit, markdown: str, items: list[ImportItem], insert: Callable[[str], None]
) -> Placed | None:
    """``markdown`` pasted (``insert``: at the cursor, a suggestion in suggest mode) and where
    the links of ``items`` are in it; None when none has its name kept (an untitled article:
    its pictures come after the save)."""
    cursor = editor.textCursor()
    start = cursor.selectionStart()
    before = editor.document().characterCount() - (cursor.selectionEnd() - start)
    insert(own_blocks(editor, markdown))
    named = [item for item in items if item.target]
    return Placed(editor, start, before, named) if named else None


def own_blocks(editor: QPlainTextEdit, markdown: str) -> str:
    """``markdown`` with the blank lines that keep its first and last paragraphs their own
    where it goes in on a line of its own: pasted on the empty line under a paragraph ("…panen
    raya.⏎|"), the pasted page's first paragraph joined that one (a line break is no paragraph
    break in Markdown), and its last one the paragraph under an empty line it replaced. Pasted
    inside a line's text it joins that line, as a word processor's paste does."""
    cursor = editor.textCursor()
    document = editor.document()
    first = document.findBlock(cursor.selectionStart())
    last = document.findBlock(cursor.selectionEnd())
    alone = cursor.selectionStart() == first.position() and (
        cursor.selectionEnd() == last.position() + last.length() - 1
    )
    if not alone or not markdown.strip():
        return markdown
    if first.previous().isValid() and first.previous().text().strip():
        markdown = "\n" + markdown.lstrip("\n")
    if last.next().isValid() and last.next().text().strip():
        markdown = markdown.rstrip("\n") + "\n"
    return markdown


def _keep_names(
    items: list[ImportItem],
    article: Path,
    text: str,
    options: PhotoOptions,
    storing: Iterable[ImportItem],
) -> None:
    """Each picture's file name, kept before it is written: ``stem-N`` under the article's
    slug as a pasted picture's (``N`` not taken in the folder, nor by a picture being stored),
    its link target in the text."""
    from netizen_editor.importing.images import link_target
    from netizen_editor.photos.importing import (
        files_folder,
        likely_suffix,
        pasted_stem,
        relative_to_article,
        reserve_numbers,
    )

    stem = pasted_stem(text)
    kept = {str(item.number) for item in storing if item.number and item.stem == stem}
    folder = files_folder(article)
    for item, number in zip(items, reserve_numbers(article, stem, len(items), kept), strict=True):
        name = f"{stem}-{number}{likely_suffix(item.data or b'', options)}"
        item.stem, item.number = stem, number
        item.target = link_target(relative_to_article(article, folder / name))

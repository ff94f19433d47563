"""A photo's caption and credit, written under it in the document, made the photo's own: the
app writes a caption as the picture's title, ``![alt](src "Caption. Foto: Credit")`` (the
page shows it as the figure's caption, the credit apart; the image check wants the credit
there). As a paragraph under the picture (``*... Foto: Humas Jabar*``) it was body text, and
the check said "a photo without a credit" one line above its credit.

The paragraph right under a paragraph that is only a picture (past empty ones) is its caption
when it is marked as one: the reader's :data:`CAPTION` class (Word's Caption style, a PDF's
line in small type under a photo), italics from end to end, or a photo's credit at its end
(``Foto: Humas Jabar``). It is short (:data:`MAX_CAPTION_CHARS`) and holds only text: a
link, a footnote, a picture or a review mark (marks never go in a title) keep it in the body.
A picture without a description takes the caption's words before the credit as one."""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString, Tag

from netizen_editor.publish.mdext.newsroom import CREDIT_SUFFIX
from netizen_editor.sentinels import holds_sentinels

#: the class a reader gives a paragraph that is a caption by its style
CAPTION = "netizen-caption"
#: the longest caption read as one (a press photo's caption is a sentence or two)
MAX_CAPTION_CHARS = 400
_ITALIC = ("em", "i")


def join_captions(soup: BeautifulSoup) -> None:
    """Make each picture's caption paragraph in ``soup`` its title (and its description when
    it has none), the paragraph gone."""
    for image in soup.find_all("img"):
        holder = image.parent
        if not isinstance(holder, Tag) or holder.name != "p" or image.get("title"):
            continue
        if not _alone(holder, image):
            continue
        caption = neighbour(holder)
        if caption is None or not _is_caption(caption):
            continue
        text = " ".join(caption.get_text().split())
        image["title"] = text.replace('"', "'")  # a Markdown title in double quotes
        if not str(image.get("alt") or "").strip():
            image["alt"] = description(text)
        caption.decompose()


def description(caption: str) -> str:
    """A photo's description made of its ``caption``: its words before the credit."""
    found = CREDIT_SUFFIX.search(caption)
    words = caption[: found.start()] if found else caption
    return words.rstrip(" .,;:-–—").replace("[", "(").replace("]", ")")


def _alone(holder: Tag, image: Tag) -> bool:
    """Whether the paragraph ``holder`` holds only ``image``."""
    for child in holder.children:
        if child is image:
            continue
        if isinstance(child, NavigableString) and not child.strip():
            continue
        return False
    return True


def neighbour(tag: Tag, before: bool = False) -> Tag | None:
    """The element after ``tag`` (``before`` it), past empty paragraphs (Word's spacing)."""
    siblings = tag.previous_siblings if before else tag.next_siblings  # as far as needed
    for sibling in siblings:
        if not isinstance(sibling, Tag):
            continue
        if sibling.name != "p" or sibling.get_text().strip() or sibling.find("img"):
            return sibling
    return None


def _is_caption(paragraph: Tag) -> bool:
    if paragraph.name != "p" or paragraph.find(("a", "sup", "img")):
        return False
    text = " ".join(paragraph.get_text().split())
    # the text's sentinels are hidden here, a tracked change's markers with them: any of them
    if not text or len(text) > MAX_CAPTION_CHARS or holds_sentinels(text):
        return False
    return (
        CAPTION in (paragraph.get("class") or ())
        or _all_italic(paragraph)
        or CREDIT_SUFFIX.search(text) is not None
    )


def _all_italic(paragraph: Tag) -> bool:
    """Whether every word of ``paragraph`` is in italics."""
    for text in paragraph.find_all(string=True):
        if not text.strip():
            continue
        parent = text.parent
        while parent is not paragraph and parent is not None and parent.name not in _ITALIC:
            parent = parent.parent
        if parent is paragraph or parent is None:
            return False
    return True

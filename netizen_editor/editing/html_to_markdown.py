"""Clipboard HTML (web pages, Word, Google Docs) → clean Markdown (no Qt).

Scripts, styles, comments, Office namespaces and presentational wrappers (``span``,
``font``) go; Google Docs' bold/italic spans become ``**`` / ``*``; Word's fake list
paragraphs become real ``-`` lists; a paragraph's text that Markdown would read as syntax
("#tagar", "- SELESAI -", "1. Pertama") is escaped (``literal_starts``), and so is text that
would be inline syntax ("a <b>tebal</b> c", "_catatan_", "<!--more-->": ``literal_text``).
Headings are ATX (``##``), bullets ``-``, line breaks a trailing backslash (never trailing
spaces), and runs of blank lines collapse to one.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from markdownify import ATX, BACKSLASH, MarkdownConverter

from netizen_editor.editing.literal_starts import keep_literal_starts
from netizen_editor.editing.literal_text import keep_literal_text

_DROP = (
    "script",
    "style",
    "head",
    "meta",
    "link",
    "title",
    "noscript",
    "template",
    "iframe",
    "object",
    "embed",
    "svg",
    "canvas",
    "button",
    "input",
    "select",
    "textarea",
    "form",
    "xml",
)
_UNWRAP = ("span", "font", "u", "ins", "small", "big", "center", "abbr", "cite", "section")
_SEMANTIC = re.compile(
    r"<\s*(p|h[1-6]|ul|ol|li|a|b|strong|em|i|img|blockquote|table|pre)[\s>/]", re.IGNORECASE
)
_BOLD = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.IGNORECASE)
_ITALIC = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_WORD_LIST = re.compile(r"mso-list\s*:", re.IGNORECASE)
_WORD_LIST_MARKER = re.compile(r"mso-list\s*:\s*ignore", re.IGNORECASE)
#: a source line break and the blanks after it (the blanks before it are stripped apart: a
#: pattern starting with ``[ \t]*`` tries every space of a long run: quadratic time)
_SOURCE_WRAP = re.compile(r"[\r\n][ \t\r\n]*")
_BLANKS = re.compile(r"\n{3,}")
_LONE_BREAK = re.compile(r"^\\$", re.MULTILINE)  # a line that is only a hard break
#: a hard break that ends a paragraph (not a backslash of the text, escaped: ``C:\\``)
_DANGLING_BREAK = re.compile(r"(?<!\\)((?:\\\\)*)\\\n(?=\n|$)")
_BULLET = re.compile(r"(?:\d+\.|[-*+]) ")
#: what a list item's further lines (a nested list) are indented by: Python-Markdown needs 4
LIST_INDENT = "    "


class _Converter(MarkdownConverter):
    """markdownify, with a list item's further lines indented by 4 spaces (markdownify indents
    by the bullet's width, 2 for ``-``, which Python-Markdown does not read as nesting)."""

    def convert_li(self, el, text, parent_tags):  # type: ignore[no-untyped-def]
        item = super().convert_li(el, text, parent_tags)
        first, _, rest = item.partition("\n")
        bullet = _BULLET.match(first)
        if not bullet or not rest.strip():
            return item
        width = len(bullet.group(0))
        lines = [
            LIST_INDENT + line[width:] if line.startswith(" " * width) else line
            for line in rest.split("\n")
        ]
        return first + "\n" + "\n".join(lines)


def looks_like_rich_text(html: str) -> bool:
    """Whether ``html`` has structure worth converting (not just styled plain text).

    Code editors put coloured ``div``/``span`` soup on the clipboard next to the plain text;
    for those the plain text is the better paste.
    """
    return bool(_SEMANTIC.search(html))


def html_to_markdown(html: str) -> str:
    """Markdown for an HTML fragment, without leading or trailing blank lines."""
    soup = BeautifulSoup(html, "html.parser")
    _clean(soup)
    converter = _Converter(
        heading_style=ATX,
        table_infer_header=True,
        bullets="-",
        strong_em_symbol="*",
        newline_style=BACKSLASH,
        escape_underscores=False,
        escape_asterisks=False,  # keep_literal_text escapes the text's marks
    )
    markdown = converter.convert_soup(soup)
    markdown = markdown.replace("\u00a0", " ").replace("\r\n", "\n")
    markdown = "\n".join(line.rstrip(" \t") for line in markdown.split("\n"))
    markdown = _LONE_BREAK.sub("", markdown)
    markdown = _DANGLING_BREAK.sub("\\1\n", markdown)
    markdown = _BLANKS.sub("\n\n", markdown)
    return markdown.strip("\n")


def _clean(soup: BeautifulSoup) -> None:
    for node in soup.find_all(string=True):
        if isinstance(node, Comment | Declaration | Doctype | ProcessingInstruction):
            node.extract()
    for tag in soup.find_all(_DROP):
        tag.decompose()
    for tag in soup.find_all(True):
        if not isinstance(tag, Tag) or tag.decomposed:
            continue
        if ":" in tag.name:  # Office namespaces: <o:p>, <v:shape>, <w:Sdt>…
            tag.decompose()
        elif tag.name == "img" and _attr(tag, "src").startswith("data:"):
            tag.decompose()  # inline base64 images would bury the text
    for tag in soup.find_all(style=_WORD_LIST_MARKER):
        tag.decompose()
    _word_lists(soup)
    _google_docs(soup)
    for tag in soup.find_all(_UNWRAP):
        tag.unwrap()
    for node in soup.find_all(string=_SOURCE_WRAP):
        if not node.find_parent(["pre", "code"]):
            node.replace_with(join_source_wraps(node))  # HTML source line wrapping
    for tag in soup.find_all(["p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6"]):
        if not tag.decomposed and not tag.get_text().strip() and not tag.find("img"):
            tag.decompose()  # empty paragraphs Word and web editors use as spacing
    keep_literal_text(soup)  # a typed "a <b>tebal</b> c" or "_catatan_" stays text
    keep_literal_starts(soup)  # a paragraph "#tagar" stays text, not a heading


def join_source_wraps(text: str) -> str:
    """``text`` with each source line break and the blanks around it one space."""
    pieces = _SOURCE_WRAP.split(text)
    return " ".join([*(piece.rstrip(" \t") for piece in pieces[:-1]), pieces[-1]])


def _attr(tag: Tag, name: str) -> str:
    """An attribute's value as text ("" when absent; a multi-valued one joined by spaces)."""
    value = tag.get(name)
    if value is None:
        return ""
    return value if isinstance(value, str) else " ".join(value)


def _google_docs(soup: BeautifulSoup) -> None:
    # Google Docs wraps the whole fragment in <b style="font-weight:normal" id="docs-internal…">
    for tag in soup.find_all("b", id=re.compile(r"^docs-internal-guid")):
        tag.unwrap()
    for tag in soup.find_all("span", style=True):
        style = _attr(tag, "style")
        if _ITALIC.search(style):
            tag.wrap(soup.new_tag("em"))
        if _BOLD.search(style):
            tag.wrap(soup.new_tag("strong"))


def _word_lists(soup: BeautifulSoup) -> None:
    """Word exports list items as ``<p class=MsoListParagraph…>``: make them ``<ul><li>``."""
    current: Tag | None = None
    for p in soup.find_all("p"):
        is_item = _is_word_item(p)
        if not is_item:
            current = None
            continue
        previous = p.find_previous_sibling(True)
        if current is None or previous is not current:
            current = soup.new_tag("ul")
            p.insert_before(current)
        p.extract()
        p.name = "li"
        current.append(p)


def _is_word_item(p: Tag) -> bool:
    classes = " ".join(p.get("class") or [])
    return "MsoListParagraph" in classes or bool(_WORD_LIST.search(_attr(p, "style")))

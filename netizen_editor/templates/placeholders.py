"""Placeholders: the text of a template still to be filled in.

They are the fields Tab walks through in the editor (``editing.formatting.next_placeholder``):
a link whose address is empty, ``[nama narasumber]()`` (Tab selects it whole: what is typed
replaces it), or still the bare ``https://`` of the "Baca juga" and link templates,
``[Judul berita](https://)`` (Tab selects the title, then the address).

:func:`unfilled` is the one test of what is left: the ``template-placeholder`` check reports
what it finds, an export refuses an article that still holds one (:class:`UnfilledPlaceholders`,
like unresolved suggestions), and the link checks pass over it (:func:`placeholder_at`): the
template check already says what to fill in. Only this exact form counts, never a link with an
address, an image, or text in code."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from netizen_editor.errors import ArticleError
from netizen_editor.grammar.inline import blank_code
from netizen_editor.grammar.patterns import FENCE_OPEN, fence_closing
from netizen_editor.i18n import tr

if TYPE_CHECKING:
    from netizen_editor.article.model import Article

#: the front matter key that records which template an article started from: an article
#: without it has no template text to fill in (a link without an address is the link checks')
TEMPLATE_KEY = "template"

#: a link (not an image) whose address is empty or only ``https://`` / ``http://``
PLACEHOLDER = re.compile(
    r'(?<!!)\[(?P<text>[^\[\]\n]*)\]\((?P<url>(?:https?://)?)(?: "[^"\n]*")?\)'
)


@dataclass(frozen=True)
class Placeholder:
    start: int  # index in the text
    end: int
    line: int  # 1-based file line
    column: int  # 1-based
    hint: str  # what to fill in (the link's text)
    is_link: bool  # the address is still to be given (``https://``)


def find_placeholders(text: str) -> Iterator[Placeholder]:
    """The placeholders of ``text`` in order."""
    line, line_start, counted = 1, 0, 0
    for m in PLACEHOLDER.finditer(text):
        breaks = text.count("\n", counted, m.start())
        if breaks:
            line += breaks
            line_start = text.rfind("\n", counted, m.start()) + 1
        counted = m.start()
        yield Placeholder(
            m.start(),
            m.end(),
            line,
            m.start() - line_start + 1,
            m.group("text"),
            bool(m.group("url")),
        )


def first_placeholder(text: str) -> tuple[int, int] | None:
    """Where the first placeholder's field is: the whole placeholder, or a link's text."""
    for found in find_placeholders(text):
        if found.is_link:
            return found.start + 1, found.start + 1 + len(found.hint)
        return found.start, found.end
    return None


def placeholder_at(line: str, column: int) -> Placeholder | None:
    """The placeholder that starts at 1-based ``column`` of ``line`` (a link the link checks
    found there), or None when the link there is not one."""
    at = column - 1
    m = PLACEHOLDER.match(line, at)
    if m is None or line[at - 1 : at] == "!":
        return None
    return Placeholder(m.start(), m.end(), 1, column, m.group("text"), bool(m.group("url")))


def unfilled(text: str) -> list[Placeholder]:
    """The placeholders ``text`` (an article: front matter and body) still holds, in order,
    leaving out those in code (a fenced block, an inline code span)."""
    if "](" not in text:
        return []
    return list(find_placeholders(_without_code(text)))


def _without_code(text: str) -> str:
    """``text`` with its code blanked out: every other character keeps its index."""
    lines = text.split("\n")
    closing: re.Pattern[str] | None = None
    for index, line in enumerate(lines):
        if closing is not None:
            if closing.match(line.rstrip("\r")):
                closing = None
            lines[index] = " " * len(line)
            continue
        fence = FENCE_OPEN.match(line.rstrip("\r"))
        if fence is not None:
            closing = fence_closing(fence.group("fence"))
        elif "`" in line:
            lines[index] = blank_code(line)
    return "\n".join(lines)


class UnfilledPlaceholders(ArticleError):
    """An export of an article that still holds template text to fill in; ``line`` is the
    first placeholder's, ``count`` how many there are, ``hint`` what the first one asks for
    (the command line words its own message from them)."""

    def __init__(
        self, message: str, *, path: Path | None, line: int, count: int, hint: str = ""
    ) -> None:
        super().__init__(message, path=path, line=line)
        self.count = count
        self.hint = hint


def refuse_unfilled(article: Article) -> None:
    """Raise UnfilledPlaceholders when ``article``, made from a template (``template: NAME``),
    still holds a placeholder."""
    if not article.get(TEMPLATE_KEY):
        return
    left = unfilled(article.to_text())
    path = article.path
    if left:
        hint = left[0].hint.strip() or tr("a link")
        raise UnfilledPlaceholders(
            tr("{count} placeholder(s) still to be filled in, the first here ({hint}); an "
               "export never publishes them: fill them in: Tab goes to the next",
               count=len(left), hint=hint),
            path=path, line=left[0].line, count=len(left), hint=hint,
        )  # fmt: skip

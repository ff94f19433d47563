"""The front matter as the spell layer reads it: its first lines (where the article's language
is written) and the findings of its spelled values (``title``, ``summary``, ``image_caption``:
``spelling.front``, as the check rules read them). Its few lines are read again after an edit
in them; its values' words are checked again only when those lines changed (or the
dictionaries, the language or the article's names did)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QTextDocument

from netizen_editor.grammar.frontmatter import scalar, split_front_matter
from netizen_editor.spelling.check import Issue
from netizen_editor.spelling.front import front_issues
from netizen_editor.spelling.nonstandard import Table
from netizen_editor.spelling.speller import Speller

if TYPE_CHECKING:
    from netizen_editor.article.model import Article

FRONT_MATTER_LINES = 200  # the front matter (the article's language) is looked for this far down


class SpelledFront:
    """The front matter block of one editor's text and its values' findings by file line."""

    def __init__(self) -> None:
        self.raw = ""  # the front matter block (the text's first lines, fences included)
        #: an edit in a line up to this 0-based line can change the front matter (anywhere
        #: near the top while the article has none: one may be typed)
        self.lines = 0
        self._key: tuple[Any, ...] = ()
        self._found: dict[int, tuple[Issue, ...]] = {}
        #: the article of the tab's last snapshot: its values as YAML read them (parsed on the
        #: render thread, never here: a front matter may be long)
        self._article: Article | None = None

    def use(self, article: Article | None) -> bool:
        """The snapshot's article; True when its values change what is found now (the front
        matter lines are to be painted again)."""
        self._article = article
        return article is not None and bool(self.raw) and article.front_matter == self.raw

    def read(self, document: QTextDocument) -> str | None:
        """Read the front matter from ``document``'s first lines (blank lines above the
        opening fence are fine, as the article model reads it); its ``lang`` as one line reads
        it (None when not there)."""
        block = document.firstBlock()
        top: list[str] = []
        while block.isValid() and len(top) < FRONT_MATTER_LINES:
            top.append(block.text())
            block = block.next()
        raw, _body, body_line = split_front_matter("\n".join(top) + "\n")
        self.raw = raw
        self.lines = body_line - 1 if raw else FRONT_MATTER_LINES
        return scalar(raw, "lang") if raw else None

    def issues(
        self, line: int, speller: Speller | None, lang: str, table: Table | None, names: set[str]
    ) -> tuple[Issue, ...]:
        """The findings on 0-based ``line`` (none on a key, another key's value, or below the
        front matter); ``names`` are the article's names seen so far (the front matter's are
        added)."""
        if line > self.lines or not self.raw:
            return ()
        article = self._article
        exact = article if article is not None and article.front_matter == self.raw else None
        key = (self.raw, exact is not None, speller, speller.generation if speller else -1, lang,
               table)  # fmt: skip
        if key != self._key:
            self._found = front_issues(self.raw, speller, lang, table, names, exact)
            self._key = key
        return self._found.get(line + 1, ())

    def named(self, names: set[str]) -> bool:
        """True if a typo found is one of ``names`` (names the article was just seen to use:
        a title word may be one); the values are then checked again when next asked."""
        if any(issue.word in names for found in self._found.values() for issue in found):
            self._key = ()
            return True
        return False

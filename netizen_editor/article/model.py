"""The article file: optional YAML front matter followed by a Markdown body.

Parsing keeps the original text, so an article that is opened and saved unchanged gives the
same bytes. Editing metadata rewrites only the front matter lines that changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from netizen_editor.article.dates import parse_date
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.frontmatter import (
    fence_start,
    key_line,
    repeated_keys,
    split_front_matter,
)
from netizen_editor.grammar.frontmatter import inner as front_inner
from netizen_editor.grammar.patterns import ATX, FRONT_CLOSE, FRONT_KEY, FRONT_OPEN
from netizen_editor.i18n import tr
from netizen_editor.value_kinds import value_kind

#: the desk's workflow: draft → review (sent to the editor) → ready → published; spiked is
#: withdrawn and kept
STATUSES = ("draft", "review", "ready", "published", "spiked")
#: file name suffixes of article files (open dialogs, dropped files)
ARTICLE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")
#: the ending of what the Blogger export writes beside its output, the post's settings
#: (``NAME.blogger.html`` → ``NAME.blogger.post.txt``): a text file that is no article
POST_SETTINGS = ".post.txt"

# key -> accepted Python types (after YAML parsing)
FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "summary": (str,),
    "author": (str,),
    "editor": (str,),
    "date": (str, dt.date, dt.datetime),
    "labels": (list,),
    "slug": (str,),
    "dateline": (str,),
    "image": (str,),
    "image_caption": (str,),
    "image_credit": (str,),
    "status": (str,),
    "url": (str,),  # where a published story is live
    "lang": (str,),  # the article's language for spell check: id (default) or en
}
KNOWN_FIELDS = tuple(FIELD_TYPES)
#: a line above the opening fence this short (stripped) is taken for keys typed by mistake
STRAY_AT_MOST = 3


def _type_name(types: tuple[type, ...]) -> str:
    names = {str: "text", list: "a list", dt.date: "a date", dt.datetime: "a date"}
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in types))


#: PyYAML's problems a journalist meets, in plain words with what to do (each a catalog key;
#: PyYAML's own wording is kept for the others)
YAML_PLAIN = {
    "mapping values are not allowed here": "a colon is not allowed here (put the value in quotes)",
    "could not find expected ':'": "a ':' is missing after a key",
    "found character '\\t' that cannot start any token": "a tab cannot indent a line (use spaces)",
    "found unexpected end of stream": "the text ends before a quote is closed",
    "expected ',' or ']', but got '<stream end>'": "a list opened with '[' is not closed with ']'",
    "expected ',' or ']', but got ':'": "a list opened with '[' holds a ':' (put it in quotes)",
    "expected <block end>, but found '<block sequence start>'": (
        "a list's indentation does not match"
    ),
    "expected <block end>, but found '<block mapping start>'": "the indentation does not match",
}


@dataclass
class Article:
    """An article as written: metadata from the front matter and the Markdown body."""

    meta: dict[str, Any] = field(default_factory=dict)
    body: str = ""
    front_matter: str = ""  # the raw front matter block including its fences, or ""
    body_line: int = 1  # 1-based line of the file on which the body starts
    path: Path | None = None

    # -- reading -----------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str, path: Path | str | None = None) -> Article:
        """Split ``text`` into front matter and body; raise ArticleError on broken YAML."""
        path = Path(path) if path is not None else None
        raw, body, body_line = split_front_matter(text)
        meta: dict[str, Any] = {}
        if raw:
            inner, first = front_inner(raw)  # the YAML, and the file line it starts on
            import yaml  # ~20 ms, imported when first needed: not before the first frame

            from netizen_editor.article import safe_yaml

            try:
                loaded = safe_yaml.load(inner) if inner.strip() else {}
            except yaml.YAMLError as exc:
                line = None
                # where the broken construct starts (an unclosed list...) or else the problem
                mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
                if mark is not None:
                    line = first + mark.line
                elif isinstance(exc, yaml.reader.ReaderError):  # a control character
                    line = first + inner.count("\n", 0, exc.position)
                problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                problem = YAML_PLAIN.get(problem, problem)  # with its hint, in any language
                raise ArticleError(
                    tr("broken YAML front matter: {problem}", problem=tr(problem)),
                    path=path,
                    line=line or first,
                ) from None
            if loaded is None:
                loaded = {}
            if not isinstance(loaded, dict):
                raise ArticleError(
                    tr("the front matter must be a list of 'key: value' lines"),
                    path=path,
                    line=first,
                )
            meta = {str(k): v for k, v in loaded.items()}
            _check_types(meta, raw, path)
        return cls(meta=meta, body=body, front_matter=raw, body_line=body_line, path=path)

    # -- derived values ----------------------------------------------------------------------
    @property
    def title(self) -> str:
        title = self.meta.get("title")
        if isinstance(title, str) and title.strip():
            return title.strip()
        return self._first_h1

    def get(self, key: str, default: str = "") -> str:
        value = self.meta.get(key)
        if value is None:
            return default
        return str(value).strip()

    @property
    def labels(self) -> list[str]:
        labels = self.meta.get("labels") or []
        return [str(x).strip() for x in labels if str(x).strip()]

    @property
    def date(self) -> dt.datetime | dt.date | None:
        return parse_date(self.meta.get("date"))

    @property
    def slug(self) -> str:
        return self.get("slug") or slugify(self.title)

    @property
    def nothing_written(self) -> bool:
        """No headline, no summary and no body text: a story just begun (File › New's), whose
        missing headline the checks panel does not yet count as an error. The fields the app
        fills in (author, date, status) are not writing. Read on the GUI thread at each
        revision: the body is looked at up to its first character (never scanned)."""
        body = self.body
        empty = not body or body.isspace()
        return empty and not (self.get("title") or self.get("summary"))

    @cached_property
    def _first_h1(self) -> str:
        """The title of the body's first level-1 heading, as the page shows it (""), among the
        blocks the window reads (a planted story of 2,000,000 paragraphs with no title took
        34 s to scan, at each revision)."""
        from netizen_editor.grammar.block_count import MAX_BLOCKS
        from netizen_editor.grammar.scan import scan_article

        scan = scan_article(self.body, most=MAX_BLOCKS)
        return next((h.title for h in scan.headings if h.level == 1), "")

    @property
    def strip_title_heading(self) -> bool:
        """True when the body opens with the ``# title`` heading that the page shows anyway."""
        body = self.body
        start = 0
        while start < len(body):  # line by line up to the first with text, not the whole body
            end = body.find("\n", start)
            end = len(body) if end < 0 else end
            line, start = body[start:end].rstrip("\r"), end + 1
            if line.strip():
                m = ATX.match(line)
                return (
                    m is not None
                    and len(m.group("hashes")) == 1
                    and (m.group("title").strip() == self.title)
                )
        return False

    # -- writing -----------------------------------------------------------------------------
    def to_text(self) -> str:
        return self.front_matter + self.body


def repeated_key_warnings(raw: str, path: Path | str | None = None) -> list[ArticleError]:
    """A warning for each front matter key written again (a ``dateline:`` typed above the
    template's empty one): YAML silently reads the last value. The checks list them (rule
    ``repeated-key``), the export prints them; each names both lines and sits on the later."""
    found = []
    for key, first, second in repeated_keys(raw):
        message = tr(
            "'{key}' is written twice, on lines {first} and {second}: the value on line "
            "{second} is used and line {first} is ignored; remove one of them",
            key=key,
            first=first,
            second=second,
        )
        found.append(ArticleError(message, path=path, line=second))
    return found


def spiked_warning(article: Article) -> ArticleError | None:
    """A warning, on its ``status:`` line, when the story was spiked (withdrawn by the desk):
    its export is written, as asked, but it is not for publishing as it is."""
    if article.get("status").lower() != "spiked":
        return None
    return ArticleError(
        tr("the story is spiked (withdrawn by the desk): do not publish it unless the desk "
           "takes it back"),
        path=article.path,
        line=key_line(article.front_matter, "status"),
    )  # fmt: skip


def front_matter_warning(text: str, path: Path | str | None = None) -> ArticleError | None:
    """Why text that looks like front matter is read as body text, or None.

    The metadata panel shows it (and writes no second block), ``export`` refuses it, the desk
    lists it as the article's problem and the checks make it an error (rule ``front-matter``).
    """
    raw, _body, _line = split_front_matter(text)
    if raw:
        return None
    lines = text.splitlines()
    start = text.count("\n", 0, fence_start(text))
    if start < len(lines) and FRONT_OPEN.match(lines[start].lstrip("\ufeff")):
        return ArticleError(
            tr("the front matter opened here has no closing '---' line, so it is read as text"),
            path=path,
            line=start + 1,
        )
    first = lines[start].lstrip("\ufeff").strip() if start < len(lines) else ""
    damaged = first != "---" and (first.startswith("---") or first.endswith("---"))
    if damaged and not FRONT_KEY.match(first):
        # a stray character typed before or after the opening fence ("b---", "---x")
        if _keys_then_close(lines, start + 1, start + 1):
            shown = first if len(first) <= 40 else first[:39] + "…"
            return ArticleError(
                tr(
                    "the opening '---' line reads '{line}': with other characters on it, it "
                    "does not open the front matter, and the keys below are read as text; "
                    "leave only '---' on that line",
                    line=shown,
                ),
                path=path,
                line=start + 1,
            )
        return None
    if _keys_then_close(lines, start, start):
        return ArticleError(
            tr("front matter needs a '---' line above its first key; it is read as text"),
            path=path,
            line=start + 1,
        )
    # a key or two typed above the opening fence ("b", Enter, then "---"); a heading or a
    # paragraph above keys is a body's own
    fence = next((n for n in range(start + 1, len(lines)) if lines[n].strip()), len(lines))
    if (
        len(first) <= STRAY_AT_MOST
        and not first.startswith(("```", "~~~"))  # a code block's fence: an example below
        and fence < len(lines)
        and FRONT_OPEN.match(lines[fence])
        and _keys_then_close(lines, fence + 1, fence + 1)
    ):
        return ArticleError(
            tr(
                "the line '{line}' comes before the front matter's opening '---', so the "
                "keys below are read as text; remove that line",
                line=first,
            ),
            path=path,
            line=start + 1,
        )
    # a note typed above the front matter ("Catatan redaksi", Enter, then "---"): Markdown
    # reads the fence as that line's heading underline, and the keys below as text
    if _underlines_first_line(lines, start) and _keys_then_close(lines, start + 2, start + 2):
        return ArticleError(
            tr(
                "the front matter must start on the first line: the line '{line}' above its "
                "opening '---' makes that '---' a heading's underline, and the keys below are "
                "read as text; move that line below the front matter",
                line=first if len(first) <= 40 else first[:39] + "…",
            ),
            path=path,
            line=start + 2,
        )
    return None


def _underlines_first_line(lines: list[str], start: int) -> bool:
    """True when ``lines[start + 1]`` is a ``---`` that Markdown reads as the underline of a
    heading on ``lines[start]`` (a setext heading), not a rule or a line of code."""
    if start + 1 >= len(lines) or not FRONT_OPEN.match(lines[start + 1]):
        return False
    from netizen_editor.grammar.blocks import scan_blocks

    scan = scan_blocks(lines[start : start + 2])
    first = scan.blocks[0] if scan.blocks else None
    return (
        first is not None
        and first.kind == "heading"
        and len(first.lines) == 2
        and not scan.open_fences
    )


def _keys_then_close(lines: list[str], start: int, first: int) -> bool:
    """True when ``lines[start:]`` are ``key: value`` lines (with their indented or list
    continuations and blank lines), a known field among them, up to a closing ``---``: front
    matter whose opening fence is missing or damaged. The line at index ``first`` must be a
    key."""
    known = False
    for index in range(start, len(lines)):
        line = lines[index]
        if FRONT_CLOSE.match(line):
            return known
        m = FRONT_KEY.match(line)
        if m:
            known = known or m.group(1) in FIELD_TYPES
        elif line.strip() and not (index > first and line.startswith((" ", "\t", "-"))):
            return False
    return False


def _check_types(meta: dict[str, Any], raw: str, path: Path | None) -> None:
    problems = type_problems(meta, raw, path)
    if problems:
        raise problems[0][1]


def readable_article(text: str, path: Path | str | None = None) -> Article | None:
    """What can be read of an article whose front matter has a wrong value: the article
    without the keys whose values are wrong (the others, the body and its lines kept), for
    the preview and the panels to show while the error is reported. None when the YAML
    itself does not parse (nothing of it can be read)."""
    try:
        return Article.parse(text, path)
    except ArticleError:
        pass
    raw, body, body_line = split_front_matter(text)
    meta: dict[str, Any] = {}
    if raw:
        from netizen_editor.article import safe_yaml

        inner, _first = front_inner(raw)
        try:
            loaded = safe_yaml.load(inner) if inner.strip() else {}
        except Exception:  # broken YAML (the parse above said where)
            return None
        if loaded is not None and not isinstance(loaded, dict):
            return None
        meta = {str(k): v for k, v in (loaded or {}).items()}
        for key, _problem in type_problems(meta, raw, None):
            meta.pop(key, None)
    path = Path(path) if path is not None else None
    return Article(meta=meta, body=body, front_matter=raw, body_line=body_line, path=path)


def type_problems(
    meta: dict[str, Any], raw: str, path: Path | None
) -> list[tuple[str, ArticleError]]:
    """Each front matter key whose value is of the wrong kind, with its error (first the
    one that ``Article.parse`` raises)."""
    problems: list[tuple[str, ArticleError]] = []
    for key, types in FIELD_TYPES.items():
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, types) or (isinstance(value, bool)):
            message = tr(
                "'{key}' must be {kind}, not {actual}",
                key=key,
                kind=tr(_type_name(types)),
                actual=value_kind(value),
            )
            problems.append((key, ArticleError(message, path=path, line=key_line(raw, key))))
    labels = meta.get("labels")
    if isinstance(labels, list) and any(
        not isinstance(item, str | int | float) or isinstance(item, bool) for item in labels
    ):
        message = tr("'labels' must be a list of words")
        problems.append(("labels", ArticleError(message, path=path, line=key_line(raw, "labels"))))
    status = meta.get("status")
    if isinstance(status, str) and status.strip() and status.strip().lower() not in STATUSES:
        message = tr(
            "'status' must be one of {choices}, not '{value}'",
            choices=", ".join(STATUSES),
            value=status,
        )
        problems.append(("status", ArticleError(message, path=path, line=key_line(raw, "status"))))
    verified = meta.get("verified")
    if verified is not None and not isinstance(verified, bool):
        message = tr("'verified' must be true or false")
        line = key_line(raw, "verified")
        problems.append(("verified", ArticleError(message, path=path, line=line)))
    for key in ("corrections", "updates"):
        if meta.get(key) is None:
            continue
        if key == "corrections":
            from netizen_editor.article.pedoman import check_corrections as check
        else:
            from netizen_editor.article.updates import check_updates as check
        problem = check(meta[key])
        if problem:
            problems.append((key, ArticleError(problem, path=path, line=key_line(raw, key))))
    date = meta.get("date")
    if date is not None and str(date).strip() and parse_date(date) is None:
        message = tr(
            "'date' must be an ISO 8601 date such as 2023-09-14 or 2023-09-14T08:30, not '{value}'",
            value=date,
        )
        problems.append(("date", ArticleError(message, path=path, line=key_line(raw, "date"))))
    return problems


_SLUG_DROP = re.compile(r"[^\w\s-]", re.UNICODE)
_SLUG_DASH = re.compile(r"[\s_-]+")


def slugify(text: str, max_length: int = 80) -> str:
    """Blogger-style permalink: lower case ASCII words joined by dashes."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DASH.sub("-", _SLUG_DROP.sub("", ascii_text.lower())).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug

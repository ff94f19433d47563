"""The article file: optional YAML front matter followed by a Markdown body.

Parsing keeps the original text, so an article that is opened and saved unchanged gives the
same bytes. Editing metadata rewrites only the front matter lines that changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netizen_editor.article.dates import parse_date
from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr

STATUSES = ("draft", "review", "ready")
#: file name suffixes of article files (open dialogs, dropped files)
ARTICLE_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".txt")

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
    "lang": (str,),  # the article's language for spell check: id (default) or en
}
KNOWN_FIELDS = tuple(FIELD_TYPES)

_FENCE = re.compile(r"^[ \t]*---[ \t]*\r?$")  # whitespace before the fence is tolerated
_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*\r?$")
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$")


def _type_name(types: tuple[type, ...]) -> str:
    names = {str: "text", list: "a list", dt.date: "a date", dt.datetime: "a date"}
    return " or ".join(dict.fromkeys(names.get(t, t.__name__) for t in types))


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
            opening = fence_end(raw)
            lead = raw.count("\n", 0, opening) - 1  # blank lines above the opening fence
            inner = raw[opening:]
            inner = inner[: _closing_index(inner)]
            import yaml  # ~20 ms, imported when first needed: not before the first frame

            from netizen_editor.article import safe_yaml

            try:
                loaded = safe_yaml.load(inner) if inner.strip() else {}
            except yaml.YAMLError as exc:
                line = None
                # where the broken construct starts (an unclosed list...) or else the problem
                mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
                if mark is not None:
                    line = mark.line + 2 + lead  # +1 for 1-based, +1 for the opening fence
                elif isinstance(exc, yaml.reader.ReaderError):  # a control character
                    line = inner.count("\n", 0, exc.position) + 2 + lead
                problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
                raise ArticleError(
                    tr("broken YAML front matter: {problem}", problem=tr(problem)),
                    path=path,
                    line=line or 2 + lead,
                ) from None
            if loaded is None:
                loaded = {}
            if not isinstance(loaded, dict):
                raise ArticleError(
                    tr("the front matter must be a list of 'key: value' lines"),
                    path=path,
                    line=2 + lead,
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
        for line in self.body.splitlines():
            m = _H1.match(line.strip())
            if m:
                return m.group(1).strip()
        return ""

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
    def strip_title_heading(self) -> bool:
        """True when the body opens with the ``# title`` heading that the page shows anyway."""
        for line in self.body.splitlines():
            if line.strip():
                m = _H1.match(line.strip())
                return m is not None and m.group(1).strip() == self.title
        return False

    # -- writing -----------------------------------------------------------------------------
    def to_text(self) -> str:
        return self.front_matter + self.body


def _closing_index(inner: str) -> int:
    """Index in ``inner`` (front matter without the opening fence) of the closing fence."""
    pos = 0
    for line in inner.splitlines(keepends=True):
        if _CLOSE.match(line.rstrip("\n")):
            return pos
        pos += len(line)
    return len(inner)


def fence_start(text: str) -> int:
    """Index where the first line that is not blank starts (after a byte order mark)."""
    pos = 1 if text.startswith("\ufeff") else 0
    while True:
        nl = text.find("\n", pos)
        if nl < 0 or text[pos:nl].strip():
            return pos
        pos = nl + 1


def fence_end(raw: str) -> int:
    """Index just after the opening fence line of a front matter block from
    :func:`split_front_matter` (blank lines above the fence are part of the block)."""
    start = fence_start(raw)
    nl = raw.find("\n", start)
    return len(raw) if nl < 0 else nl + 1


def split_front_matter(text: str) -> tuple[str, str, int]:
    """Return (raw front matter with fences and trailing newline, body, body's 1-based line).

    Blank lines and spaces above the opening ``---`` are tolerated (they belong to the raw
    block, so the text still round-trips)."""
    start = fence_start(text)
    first_nl = text.find("\n", start)
    first = text[start:] if first_nl < 0 else text[start:first_nl]
    if not _FENCE.match(first.lstrip("\ufeff")):
        return "", text, 1
    pos = first_nl + 1
    line_no = text.count("\n", 0, start) + 1
    while pos <= len(text) and first_nl >= 0:
        nl = text.find("\n", pos)
        line = text[pos:] if nl < 0 else text[pos:nl]
        line_no += 1
        if _CLOSE.match(line):
            end = len(text) if nl < 0 else nl + 1
            return text[:end], text[end:], line_no + 1
        if nl < 0:
            break
        pos = nl + 1
    # an opening fence without a closing one is not front matter
    return "", text, 1


_KEY_LINE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")


def front_matter_warning(text: str, path: Path | str | None = None) -> ArticleError | None:
    """Why text that looks like front matter is read as body text, or None.

    The metadata panel shows it (and writes no second block), the command line prints it."""
    raw, _body, _line = split_front_matter(text)
    if raw:
        return None
    lines = text.splitlines()
    start = text.count("\n", 0, fence_start(text))
    if start < len(lines) and _FENCE.match(lines[start].lstrip("\ufeff")):
        return ArticleError(
            tr("the front matter opened here has no closing '---' line, so it is read as text"),
            path=path,
            line=start + 1,
        )
    known = False
    for number, line in enumerate(lines[start:], start=start + 1):
        if _CLOSE.match(line):
            if not known:
                return None
            return ArticleError(
                tr("front matter needs a '---' line above its first key; it is read as text"),
                path=path,
                line=start + 1,
            )
        m = _KEY_LINE.match(line)
        if m:
            known = known or m.group(1) in FIELD_TYPES
        elif line.strip() and not (number > start + 1 and line.startswith((" ", "\t", "-"))):
            return None
    return None


def _line_of_key(raw: str, key: str) -> int | None:
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    for number, line in enumerate(raw.splitlines(), start=1):
        if pattern.match(line):
            return number
    return None


def _check_types(meta: dict[str, Any], raw: str, path: Path | None) -> None:
    for key, types in FIELD_TYPES.items():
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, types) or (isinstance(value, bool)):
            raise ArticleError(
                tr(
                    "'{key}' must be {kind}, not {actual}",
                    key=key,
                    kind=tr(_type_name(types)),
                    actual=type(value).__name__,
                ),
                path=path,
                line=_line_of_key(raw, key),
            )
    labels = meta.get("labels")
    if isinstance(labels, list):
        for item in labels:
            if not isinstance(item, str | int | float) or isinstance(item, bool):
                raise ArticleError(
                    tr("'labels' must be a list of words"),
                    path=path,
                    line=_line_of_key(raw, "labels"),
                )
    status = meta.get("status")
    if isinstance(status, str) and status.strip() and status.strip().lower() not in STATUSES:
        raise ArticleError(
            tr(
                "'status' must be one of {choices}, not '{value}'",
                choices=", ".join(STATUSES),
                value=status,
            ),
            path=path,
            line=_line_of_key(raw, "status"),
        )
    if meta.get("verified") is not None and not isinstance(meta.get("verified"), bool):
        raise ArticleError(
            tr("'verified' must be true or false"), path=path, line=_line_of_key(raw, "verified")
        )
    if meta.get("corrections") is not None:
        from netizen_editor.article.pedoman import check_corrections

        problem = check_corrections(meta["corrections"])
        if problem:
            raise ArticleError(problem, path=path, line=_line_of_key(raw, "corrections"))
    date = meta.get("date")
    if date is not None and str(date).strip() and parse_date(date) is None:
        raise ArticleError(
            tr(
                "'date' must be an ISO 8601 date such as 2023-09-14 or 2023-09-14T08:30, "
                "not '{value}'",
                value=date,
            ),
            path=path,
            line=_line_of_key(raw, "date"),
        )


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

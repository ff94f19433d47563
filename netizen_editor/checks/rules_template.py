"""The checks each template brings (issue 25). They run on an article that records its template
(``template: NAME`` in the front matter), whatever folder the template came from:

- ``template-placeholder``: text still to be filled in (``[hint]()``, ``[Judul](https://)``;
  outside code), what an export refuses (``templates.placeholders.unfilled``);
- ``template-link``: a correction (``ralat``) or right of reply (``hak-jawab``) links to the
  story it corrects or answers (Pedoman Pemberitaan Media Siber 4b, 4c);
- ``live-updates``: a live report has timestamped updates (``### 14.30 WIB`` headings, or an
  ``updates`` list in the front matter), newest first;
- ``advertorial-label``: an advertorial carries the paid label (Pedoman 6b);
- ``release-copy``: a press-release rewrite has no long verbatim runs of the release, measured
  against the imported source the front matter's ``source_file`` names (see
  ``templates.source``; without one the check is skipped); tables are data, not read."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

from netizen_editor.article.dates import newsroom_datetime, parse_date
from netizen_editor.article.pedoman import PAID_LABELS, is_paid
from netizen_editor.article.updates import UPDATE_HEADING
from netizen_editor.checks.blocks import first_paragraph, meta_line
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.inline import blank_spans, critic_hidden_spans
from netizen_editor.i18n import tr
from netizen_editor.templates.placeholders import TEMPLATE_KEY, unfilled
from netizen_editor.templates.source import (
    SOURCE_KEY,
    SourceProblem,
    copied_runs,
    read_source,
    shingles,
    source_identity,
    words,
)

#: templates whose article must link to the story it is about
LINKED_TEMPLATES = ("ralat", "hak-jawab")
LIVE_TEMPLATE = "live"
PAID_TEMPLATE = "advertorial"
#: a link to a story: a Markdown link, an autolink or a bare address with a host
_STORY_LINK = re.compile(r"https?://[\w-]+(?:\.[\w-]+)+")
#: an update's heading: "14.30 WIB", "Sabtu (5/12/2026) 14.30 WIB", "Pukul 14.30 WIB - ...",
#: "Pembaruan 14.30 WIB"
_UPDATE = UPDATE_HEADING
#: the shingles of the sources read lately: (article, identity, size) -> shingles
_SOURCES: dict[tuple[str, tuple[str, int, int], int], set[int]] = {}
_SOURCES_KEPT = 4


def template_of(context: CheckContext) -> str:
    return context.article.get(TEMPLATE_KEY).lower()


@rule("template-placeholder")
def check_placeholders(context: CheckContext) -> Iterator[Finding]:
    if not template_of(context):
        return
    for found in unfilled(context.text):
        context.step(found.line)
        hint = found.hint.strip() or tr("a link")
        yield Finding(
            found.line, found.column, Level.ERROR, "template-placeholder",
            tr("still to be filled in: {hint}", hint=hint),
            length=found.end - found.start,
        )  # fmt: skip


@rule("template-link")
def check_story_link(context: CheckContext) -> Iterator[Finding]:
    name = template_of(context)
    if name not in LINKED_TEMPLATES:
        return
    if _STORY_LINK.search(context.article.body):
        return
    first = first_paragraph(context.blocks)
    line = first.line if first is not None else context.article.body_line
    what = tr("a correction") if name == "ralat" else tr("a right of reply")
    yield Finding(
        line, 1, Level.ERROR, "template-link",
        tr("{what} must link to the story it is about (Pedoman Media Siber 4b, 4c): give the "
           "story's https:// address", what=what),
    )  # fmt: skip


@rule("live-updates")
def check_live(context: CheckContext) -> Iterator[Finding]:
    if template_of(context) != LIVE_TEMPLATE:
        return
    updates = context.article.meta.get("updates")
    listed = (
        _listed_updates(updates, context.settings.timezone) if isinstance(updates, list) else []
    )
    if listed:
        times = listed
        if any(a < b for a, b in pairwise(times)):
            yield Finding(
                meta_line(context.article.front_matter, "updates"), 1, Level.ERROR,
                "live-updates", tr("the updates must be newest first"),
            )  # fmt: skip
        return
    stamped = []
    for heading in context.scan.headings:
        m = _UPDATE.match(heading.title.strip())
        if m:
            stamped.append((heading, _when(m)))
    if not stamped:
        first = first_paragraph(context.blocks)
        yield Finding(
            first.line if first is not None else context.article.body_line, 1, Level.ERROR,
            "live-updates",
            tr("a live report needs timestamped updates, newest first: a heading such as "
               "'### 14.30 WIB' over each"),
        )  # fmt: skip
        return
    for (above, newer), (below, older) in pairwise(stamped):
        dated = newer[0] is not None and older[0] is not None
        a, b = (newer, older) if dated else (newer[1:], older[1:])
        if a < b:
            yield Finding(
                below.line, 1, Level.ERROR, "live-updates",
                tr("the update of {later} is below the one of {earlier} (line {line}): the "
                   "newest goes first; across midnight, give the date too: ### Sabtu "
                   "(5/12/2026) 00.30 WIB", later=below.title.strip(),
                   earlier=above.title.strip(), line=above.line),
            )  # fmt: skip


def _when(m: re.Match[str]) -> tuple[tuple[int, int, int] | None, int, int]:
    day = m.group("day")
    date = None
    if day:
        year = int(m.group("year") or 0)
        date = (year + 2000 if 0 < year < 100 else year, int(m.group("month")), int(day))
    return (date, int(m.group("hour")), int(m.group("minute")))


def _listed_updates(items: list[object], zone: str) -> list[dt.datetime]:
    """The times of a front matter ``updates`` list (``- time: ...``), in its order."""
    out = []
    for item in items:
        when = parse_date(item.get("time")) if isinstance(item, dict) else None
        if when is not None:
            out.append(newsroom_datetime(when, zone))
    return out


@rule("advertorial-label")
def check_paid_label(context: CheckContext) -> Iterator[Finding]:
    if template_of(context) != PAID_TEMPLATE or is_paid(context.article.labels):
        return
    yield Finding(
        meta_line(context.article.front_matter, "labels"), 1, Level.ERROR, "advertorial-label",
        tr("an advertorial needs the paid label in 'labels' (Pedoman Media Siber 6b): one of "
           "{labels}", labels=", ".join(sorted(PAID_LABELS))),
        ("Advertorial",),
    )  # fmt: skip


@rule("release-copy")
def check_release_copy(context: CheckContext) -> Iterator[Finding]:
    relative = context.article.get(SOURCE_KEY)
    if not relative or context.path is None:
        return
    size = int(setting(context, "release-copy", "min_words"))
    try:
        known = _source_shingles(context.path, relative, size)
    except SourceProblem as exc:
        yield Finding(
            meta_line(context.article.front_matter, SOURCE_KEY), 1, Level.WARNING,
            "release-copy", str(exc),
        )  # fmt: skip
        return
    first = context.article.body_line
    for run in copied_runs(_read_body(context), first, known, size, context.step):
        context.step(run.line)
        yield Finding(
            run.line, run.column, Level.WARNING, "release-copy",
            tr("{count} words in a row are copied from the press release: write them in your "
               "own words or quote them", count=run.words),
        )  # fmt: skip


def _read_body(context: CheckContext) -> list[str]:
    """The body's lines as a reader reads them: what review marks hide (comments, deleted text,
    a substitution's old text, the marks' syntax) blanked, so a comment's words never start or
    lengthen a run and the columns stay the file's. A table's rows are left out (empty): its
    names and figures are the release's data, not prose to write in other words."""
    first = context.article.body_line
    prose = context.prose
    table_rows = {
        number
        for located in context.blocks
        if located.block.kind == "table"
        for number in range(located.line, located.line + located.block.size)
    }
    out = []
    for number, text in enumerate(context.lines[first - 1 :], start=first):
        if number in table_rows:
            out.append("")
            continue
        line = prose.read(number, text)
        if "{" in line:
            line = blank_spans(line, critic_hidden_spans(line))
        out.append(line)
    return out


def _source_shingles(article: Path, relative: str, size: int) -> set[int]:
    identity = source_identity(article, relative)
    key = (str(article), identity, size) if identity is not None else None
    if key is not None and key in _SOURCES:
        return _SOURCES[key]
    known = shingles(words(read_source(article, relative)), size)
    if key is not None:
        while len(_SOURCES) >= _SOURCES_KEPT:
            _SOURCES.pop(next(iter(_SOURCES)))
        _SOURCES[key] = known
    return known

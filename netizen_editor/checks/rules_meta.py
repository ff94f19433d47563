"""Rules on what search engines and the site's pages show: headline, description, permalink,
labels, and the story's opening (dateline and lead)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from netizen_editor.article.model import front_matter_warning, repeated_key_warnings, slugify
from netizen_editor.checks.blocks import first_paragraph, is_story_paragraph, meta_line
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.checks.textwidth import TITLE_PX, cut_to_width, text_width
from netizen_editor.grammar.inline import count_words
from netizen_editor.i18n import tr
from netizen_editor.publish.dateline import dateline_text
from netizen_editor.templates.placeholders import PLACEHOLDER

_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _at(context: CheckContext, key: str) -> int:
    return meta_line(context.article.front_matter, key)


@rule("front-matter")
def check_front_matter(context: CheckContext) -> Iterator[Finding]:
    """Front matter that is read as body text (no closing ``---``, keys without the opening
    one, a stray character on the opening line): the page would publish the YAML as the
    lead and lose the headline, so it is an error (the export gate stops it)."""
    if context.article.front_matter:
        return
    warning = front_matter_warning(context.text)
    if warning is not None:
        yield Finding(warning.line or 1, 1, Level.ERROR, "front-matter", warning.message)


@rule("repeated-key")
def check_repeated_keys(context: CheckContext) -> Iterator[Finding]:
    for warning in repeated_key_warnings(context.article.front_matter):
        yield Finding(warning.line or 1, 1, Level.WARNING, "repeated-key", warning.message)


@rule("title-length")
def check_title(context: CheckContext) -> Iterator[Finding]:
    title = context.article.title
    if not title:
        yield Finding(1, 1, Level.ERROR, "title-length", tr("the article has no headline"))
        return
    limit = setting(context, "title-length", "max_px")
    width = text_width(title, TITLE_PX)
    if width > limit:
        shown, _cut = cut_to_width(title, limit, TITLE_PX)
        yield Finding(
            _at(context, "title"), 1, Level.WARNING, "title-length",
            tr("the headline is {width} px wide in Google's results, which show about {limit} "
               "px ({count} characters): readers see \"{shown}\"",
               width=round(width), limit=limit, count=len(title), shown=shown),
        )  # fmt: skip


@rule("title-caps")
def check_title_caps(context: CheckContext) -> Iterator[Finding]:
    """A headline written in capitals (as a press release has it): the site's headlines have
    a capital at the start of words; one word in capitals (a name, an acronym) is fine."""
    title = context.article.title
    words = [w for w in title.split() if any(c.isalpha() for c in w)]
    if len(words) >= 2 and all(w.isupper() for w in words):
        yield Finding(
            _at(context, "title"), 1, Level.WARNING, "title-caps",
            tr("the headline is written in capitals: the site's headlines have a capital at "
               "the start of each word (acronyms such as UMKM stay in capitals)"),
        )  # fmt: skip


@rule("summary")
def check_summary(context: CheckContext) -> Iterator[Finding]:
    summary = context.article.get("summary")
    line = _at(context, "summary")
    if not PLACEHOLDER.sub("", summary).strip():  # none, or a template's text still to write
        yield Finding(
            line, 1, Level.ERROR, "summary",
            tr("no search description (summary): Google and share cards make one up"),
        )  # fmt: skip
        return
    low, high = setting(context, "summary", "min_chars"), setting(context, "summary", "max_chars")
    if not low <= len(summary) <= high:
        yield Finding(
            line, 1, Level.WARNING, "summary",
            tr("the search description has {count} characters; {low}–{high} fit Google's "
               "snippet", count=len(summary), low=low, high=high),
        )  # fmt: skip


@rule("slug")
def check_slug(context: CheckContext) -> Iterator[Finding]:
    slug = context.article.get("slug")
    line = _at(context, "slug")
    limit = setting(context, "slug", "max_chars")
    if not slug:
        made = slugify(context.article.title, limit)
        yield Finding(
            line, 1, Level.WARNING, "slug",
            tr("no slug: the permalink is made from the headline and changes with it"),
            (made,) if made else (),
        )  # fmt: skip
        return
    if not _SLUG.match(slug):
        yield Finding(
            line, 1, Level.WARNING, "slug",
            tr("the slug should be lowercase letters and digits joined by hyphens"),
            (slugify(slug, limit),),
        )  # fmt: skip
    elif len(slug) > limit:
        yield Finding(
            line, 1, Level.WARNING, "slug",
            tr("the slug has {count} characters; keep it to {limit}", count=len(slug), limit=limit),
            (slugify(slug, limit),),
        )  # fmt: skip


@rule("labels")
def check_labels(context: CheckContext) -> Iterator[Finding]:
    labels = context.article.labels
    limit = setting(context, "labels", "max_labels")
    line = _at(context, "labels")
    if not labels:
        yield Finding(
            line, 1, Level.WARNING, "labels",
            tr("no labels: the story appears on no section page"),
        )  # fmt: skip
    elif len(labels) > limit:
        yield Finding(
            line, 1, Level.WARNING, "labels",
            tr("{count} labels; keep to {limit} so that each section page stays on topic",
               count=len(labels), limit=limit),
        )  # fmt: skip


def opens_with_dateline(text: str, site: str) -> bool:
    """Whether a paragraph's text starts with ``[CITY, ]SITE -``."""
    plain = text.lstrip().lstrip("*_").lstrip()
    pattern = rf"([A-Z][\w .'’-]*,\s*)?{re.escape(site)}[*_]*\s*[-–—]"
    return bool(re.match(pattern, plain, re.IGNORECASE))


#: blocks a reader reads before the lead paragraph (a photo or an ad slot may come first)
_READ_FIRST = frozenset({"heading", "list", "quote", "table", "code", "related"})


@rule("dateline")
def check_dateline(context: CheckContext) -> Iterator[Finding]:
    """The dateline is not typed: the page opens the first paragraph with it (see
    ``publish.dateline.apply_dateline``). What the journalist can get wrong is the body around it:
    no paragraph at all for it to open, or text (a heading, a list, a quote, a table) that
    reads before it."""
    site = context.settings.site_name
    if not site or not context.blocks:
        return
    dateline = dateline_text(context.article, context.settings)
    lead = before = None  # the first paragraph, and the first text that reads before it
    for located in context.blocks:
        if is_story_paragraph(located):
            lead = located
            break
        if before is None and located[1].kind in _READ_FIRST:
            before = located
    if lead is None:
        first = context.blocks[0]
        yield Finding(
            first.line, 1, Level.WARNING, "dateline",
            tr("the body has no paragraph for the dateline \"{dateline}\" to open",
               dateline=dateline),
        )  # fmt: skip
        return
    if before is not None:
        yield Finding(
            before.line, 1, Level.WARNING, "dateline",
            tr("text comes before the dateline \"{dateline}\", which opens the first "
               "paragraph (line {line})", dateline=dateline, line=lead.line),
        )  # fmt: skip


@rule("lead-length")
def check_lead(context: CheckContext) -> Iterator[Finding]:
    lead = first_paragraph(context.blocks)
    if lead is None:
        return
    limit = setting(context, "lead-length", "max_words")
    words = lead.words
    site = context.settings.site_name
    if site and opens_with_dateline(lead.text, site):
        words -= count_words(dateline_text(context.article, context.settings))
    if words > limit:
        yield Finding(
            lead.line, 1, Level.WARNING, "lead-length",
            tr("the lead has {count} words; a lead of at most {limit} is read to its end",
               count=words, limit=limit),
        )  # fmt: skip

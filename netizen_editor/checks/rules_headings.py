"""Headings: one without text (``###`` alone, ``## `` and nothing after it, as a press
release's end mark was imported) publishes as an empty ``<h2>``/``<h3>`` on the site; a
hashtag alone on its line (``#banjirrob``) publishes as ``<h1>banjirrob</h1>``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.i18n import tr

RULE_ID = "empty-heading"
HASHTAG_ID = "hashtag-heading"
#: the ``#`` run of a heading line and the first word that follows it without a space
_HASHTAG = re.compile(r"^(#+)([^#\s]\S*)")


@rule(RULE_ID)
def check_empty_heading(context: CheckContext) -> Iterator[Finding]:
    """A heading of the article's scan whose title reads as nothing (no text, or only marks,
    a comment or a deleted word); a picture is something. A ``#`` in a code block, a list or a
    quote is no heading, and ``#hashtag`` is a heading with its text."""
    for located in context.blocks:
        block = located.block
        if block.kind != "heading" or block.plain.strip():
            continue
        context.step(located.line)
        if "![" in block.name or "<img" in block.name.lower():
            continue
        yield Finding(
            located.line, 1, Level.ERROR, RULE_ID,
            tr("empty heading: write its text or delete the # marks"),
        )  # fmt: skip


@rule(HASHTAG_ID)
def check_hashtag_heading(context: CheckContext) -> Iterator[Finding]:
    """A heading line whose ``#`` run is followed by a letter, not a space (``#banjirrob``, a
    hashtag typed at the end of a story): the article's grammar reads it as the site does, a
    heading. The scan's blocks only: a ``#`` in a code block, a list or a quote is no heading;
    a heading without text is ``empty-heading``'s."""
    for located in context.blocks:
        block = located.block
        if block.kind != "heading" or block.size != 1:  # two lines: a setext heading
            continue
        found = _HASHTAG.match(block.lines[0])
        if found is None or not block.plain.strip():
            continue
        context.step(located.line)
        tag = found.group(0)
        yield Finding(
            located.line, 1, Level.WARNING, HASHTAG_ID,
            tr("“{tag}” publishes as a section heading, not a hashtag: write \\{tag} for a "
               "hashtag, or put a space after # for a heading", tag=tag),
            suggestions=("\\" + tag, f"{found.group(1)} {found.group(2)}"),
        )  # fmt: skip

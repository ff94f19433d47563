"""Headings: one without text (``###`` alone, ``## `` and nothing after it, as a press
release's end mark was imported) publishes as an empty ``<h2>``/``<h3>`` on the site."""

from __future__ import annotations

from collections.abc import Iterator

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.i18n import tr

RULE_ID = "empty-heading"


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

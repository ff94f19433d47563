"""Readability, advisory only: limits calibrated on Indonesian news copy, not Yoast's English
ones (which flag 38 % of normal Indonesian news sentences)."""

from __future__ import annotations

from collections.abc import Iterator

from netizen_editor.checks.blocks import text_blocks
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import DEFAULTS, setting
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.block import TEXT_KINDS
from netizen_editor.i18n import tr

RULE_ID = "readability"


@rule(RULE_ID)
def check_readability(context: CheckContext) -> Iterator[Finding]:
    limits = {key: setting(context, RULE_ID, key) for key in DEFAULTS[RULE_ID]}

    def opt(key: str) -> int:
        return limits[key]

    blocks = context.blocks
    prose = [b for b in text_blocks(blocks) if b.kind == "paragraph"]
    for block in prose:
        context.step(block.line)
        if block.words > opt("paragraph_words"):
            yield Finding(
                block.line, 1, Level.INFO, RULE_ID,
                tr("this paragraph has {count} words; split it below {limit}",
                   count=block.words, limit=opt("paragraph_words")),
            )  # fmt: skip
    sentences = [n for b in prose for n in b.sentence_lengths()]
    long_ones = sum(1 for n in sentences if n > opt("sentence_words"))
    if len(sentences) >= opt("min_sentences") and prose:
        share = 100 * long_ones / len(sentences)
        if share > opt("long_sentence_percent"):
            yield Finding(
                prose[0].line, 1, Level.INFO, RULE_ID,
                tr("{share} % of the sentences are longer than {limit} words; aim for at most "
                   "{percent} %", share=round(share), limit=opt("sentence_words"),
                   percent=opt("long_sentence_percent")),
            )  # fmt: skip
    total = sum(b.words for b in text_blocks(blocks))
    if total < opt("long_story_words"):
        return
    run = 0
    start = None
    for block in blocks:
        if block.kind == "heading":
            run, start = 0, None
            continue
        if block.kind not in TEXT_KINDS:
            continue
        context.step(block.line)
        start = start or block.line
        run += block.words
        if run > opt("subheading_words"):
            yield Finding(
                start, 1, Level.INFO, RULE_ID,
                tr("more than {limit} words without a subheading; a long story reads better "
                   "in parts", limit=opt("subheading_words")),
            )  # fmt: skip
            run, start = 0, None

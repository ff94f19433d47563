"""Readability, advisory only: limits calibrated on Indonesian news copy, not Yoast's English
ones (which flag 38 % of normal Indonesian news sentences)."""

from __future__ import annotations

from collections.abc import Iterator

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import DEFAULTS, setting
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.block import TEXT_KINDS
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr

RULE_ID = "readability"


@rule(RULE_ID)
def check_readability(context: CheckContext) -> Iterator[Finding]:
    limits = {key: setting(context, RULE_ID, key) for key in DEFAULTS[RULE_ID]}
    paragraph_words, sentence_words = limits["paragraph_words"], limits["sentence_words"]

    def sentences(located: LocatedBlock) -> tuple[int, int]:
        """How many sentences the paragraph has, and how many of them are long."""
        context.step(located.line)
        lengths = located.sentence_lengths()
        return len(lengths), sum(1 for n in lengths if n > sentence_words)

    slot = context.slot(RULE_ID, sentence_words)
    lead = 0  # the first paragraph's line
    counted = long_ones = total = 0
    parts: list[Finding] = []  # stretches without a subheading
    run, start = 0, 0
    for located in context.blocks:
        line, block = located
        kind = block.kind
        if kind == "heading":
            run, start = 0, 0
            continue
        if kind not in TEXT_KINDS:
            continue
        words = block.words
        total += words
        if kind == "paragraph":
            lead = lead or line
            if words > paragraph_words:
                yield Finding(
                    line, 1, Level.INFO, RULE_ID,
                    tr("this paragraph has {count} words; split it below {limit}",
                       count=words, limit=paragraph_words),
                )  # fmt: skip
            count, long_count = slot.value(located, sentences)
            counted += count
            long_ones += long_count
        start = start or line
        run += words
        if run > limits["subheading_words"]:
            parts.append(Finding(
                start, 1, Level.INFO, RULE_ID,
                tr("more than {limit} words without a subheading; a long story reads better "
                   "in parts", limit=limits["subheading_words"]),
            ))  # fmt: skip
            run, start = 0, 0
    if counted >= limits["min_sentences"] and lead:
        share = 100 * long_ones / counted
        if share > limits["long_sentence_percent"]:
            yield Finding(
                lead, 1, Level.INFO, RULE_ID,
                tr("{share} % of the sentences are longer than {limit} words; aim for at most "
                   "{percent} %", share=round(share), limit=sentence_words,
                   percent=limits["long_sentence_percent"]),
            )  # fmt: skip
    if total >= limits["long_story_words"]:
        yield from parts

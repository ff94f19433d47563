"""In-article ad slots (``[[ad]]``): ads never outweigh the story (AdSense), and the mobile
page stays under the Better Ads density limit (30 % of the content's height)."""

from __future__ import annotations

from collections.abc import Iterator

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.block import TEXT_KINDS
from netizen_editor.i18n import tr

RULE_ID = "ad-density"


@rule(RULE_ID)
def check_ads(context: CheckContext) -> Iterator[Finding]:
    blocks = context.blocks
    ads = [located for located in blocks if located[1].kind == "ad"]
    if not ads:
        return
    paragraphs = words = 0
    for located in blocks:
        kind = located[1].kind
        if kind in TEXT_KINDS:
            words += located[1].words
            paragraphs += kind == "paragraph"
    if len(ads) > paragraphs:
        yield Finding(
            ads[0].line, 1, Level.ERROR, RULE_ID,
            tr("{ads} ad slots for {paragraphs} paragraphs: the ads outweigh the story",
               ads=len(ads), paragraphs=paragraphs),
        )  # fmt: skip
    seen_text = False
    text_since_ad = True
    for located in blocks:
        kind = located[1].kind
        if kind == "ad":
            context.step(located.line)
            if not seen_text:
                yield Finding(
                    located.line, 1, Level.WARNING, RULE_ID,
                    tr("an ad before the first paragraph: let the story start first"),
                )  # fmt: skip
            elif not text_since_ad:
                yield Finding(
                    located.line, 1, Level.WARNING, RULE_ID,
                    tr("two ads with no text between them"),
                )  # fmt: skip
            text_since_ad = False
        elif kind in TEXT_KINDS:
            seen_text = True
            text_since_ad = True
    per_ad = setting(context, RULE_ID, "words_per_ad")
    allowed = max(1, words // per_ad) if per_ad else len(ads)
    if len(ads) > allowed:
        yield Finding(
            ads[allowed].line, 1, Level.WARNING, RULE_ID,
            tr("{ads} in-article ads in {words} words: at most one per {per} words keeps the "
               "page under the 30 % ad density limit", ads=len(ads), words=words, per=per_ad),
        )  # fmt: skip

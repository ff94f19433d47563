"""Every rule reads prose and code as the grammar does: fenced and indented code, raw HTML and
HTML comment blocks are not the story's text (``grammar.prose.NOT_PROSE_KINDS``), and the story's
text is the grammar's ``TEXT_KINDS``; no rule keeps its own list."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.checks import blocks as check_blocks
from netizen_editor.checks import rules_ads, rules_text
from netizen_editor.grammar.block import TEXT_KINDS
from netizen_editor.settings import Settings
from tests.checks.helpers import findings, spoil

#: a banned word, a child's age beside a crime, a vague link and an image without alt text
SLIPS = "Oknum pelaku pencabulan, Mawar (12), [klik di sini](https://netizen.co.id/a) ![](foto.jpg)"
NOT_PROSE = {
    "fenced code": f"```\n{SLIPS}\n```",
    "indented code": f"    {SLIPS}",
    "comment": f"<!--\n{SLIPS}\n-->",
}
RULES = ("house-style", "child-protection", "link-text", "image-alt")


def _settings(tmp_path: Path) -> Settings:
    style = tmp_path / "gaya.toml"
    style.write_text('[words]\nbanned = ["oknum"]\n', encoding="utf-8")
    return Settings(house_style=str(style))


def _slips(text: str, settings: Settings) -> set[str]:
    return {f.rule for f in findings(text, settings=settings) if f.rule in RULES}


def test_the_slips_are_found_in_prose(tmp_path):
    text = spoil("Badan Penanggulangan", SLIPS + "\n\nBadan Penanggulangan")
    assert _slips(text, _settings(tmp_path)) == set(RULES)


def test_no_rule_reads_code_or_comment_blocks(tmp_path):
    settings = _settings(tmp_path)
    for name, block in NOT_PROSE.items():
        text = spoil("Badan Penanggulangan", block + "\n\nBadan Penanggulangan")
        assert _slips(text, settings) == set(), name


def test_raw_html_is_not_prose_but_its_images_and_links_are_the_pages(tmp_path):
    block = '<div class="x">\nOknum pelaku pencabulan, Mawar (12).\n<img src="foto.jpg">\n</div>'
    text = spoil("Badan Penanggulangan", block + "\n\nBadan Penanggulangan")
    assert _slips(text, _settings(tmp_path)) == {"image-alt"}


def test_the_story_text_is_the_grammars():
    assert not hasattr(check_blocks, "TEXT_KINDS")  # one definition: grammar.block's
    assert rules_text.TEXT_KINDS is rules_ads.TEXT_KINDS is TEXT_KINDS


def test_a_definition_list_counts_as_text_for_the_ads(tmp_path):
    # two ads with a definition list between them: text between them, as on the page
    text = spoil("[[ad]]", "[[ad]]\n\nIstilah\n:   Penjelasan istilah itu.\n\n[[ad]]")
    assert not [f for f in findings(text, "ad-density") if "two ads" in f.message]
    text = spoil("[[ad]]", "[[ad]]\n\n[[ad]]")
    assert [f for f in findings(text, "ad-density") if f.line == 24]


def test_the_lead_length_leaves_out_the_dateline_as_the_word_counter_counts_it():
    # the lead's words are counted by count_words (a lone dash is no word): the dateline
    # left out of them is counted the same way
    old_lead = (
        "JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga di pesisir Jakarta "
        "Utara\nsejak Senin (11/3/2024) pagi. Air setinggi 40 sentimeter masuk ke rumah warga."
    )
    base = spoil("dateline: Jakarta", "dateline: Tanjung Priok - Jakarta")

    def lead(words: int) -> str:
        typed = "TANJUNG PRIOK - JAKARTA, Netizen.co.id - " + " ".join(["kata"] * words) + "."
        return spoil(old_lead, typed, base)

    assert findings(lead(35), "lead-length") == []
    (finding,) = findings(lead(36), "lead-length")
    assert "36" in finding.message

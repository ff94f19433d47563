"""The ``review`` rule: an unresolved suggestion is an error, an unresolved comment (or a
highlight's comment) a warning, at the mark's line and column."""

from __future__ import annotations

from netizen_editor.checks.context import context_for
from netizen_editor.checks.findings import Level
from netizen_editor.checks.registry import rules
from netizen_editor.checks.rules_review import check_review
from netizen_editor.settings import Settings

ARTICLE = (
    "---\n"
    "title: Banjir surut di Jakarta Timur\n"
    "summary: '{++bukan tanda++}'\n"
    "---\n"
    "\n"
    "Banjir {++ pada Sabtu++}{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<} surut.\n"
    "Warga {--lama--} {~~merubah~>mengubah~~} rencana {==Rp5 miliar==}{>>dari mana?<<}\n"
    "{>>@Ani (2026-12-06T11:00+07:00): Sumbernya siapa?<<} {==sorot saja==} `{++kode++}`\n"
    "\n"
    "```\n"
    "{--bukan tanda--}\n"
    "```\n"
)


def review_findings(text: str):
    return list(check_review(context_for(text, None, Settings())))


def test_the_rule_is_registered():
    assert rules()["review"] is check_review


def test_suggestions_are_errors_and_comments_warnings_where_they_are(english):
    found = [(f.line, f.column, f.level, f.message) for f in review_findings(ARTICLE)]
    assert found == [
        (6, 8, Level.ERROR,
         'unresolved suggestion (Bambang Sutejo): add "pada Sabtu"; accept or reject it'),
        (7, 7, Level.ERROR, 'unresolved suggestion (unknown): delete "lama"; accept or reject it'),
        (7, 18, Level.ERROR, 'unresolved suggestion (unknown): replace "merubah" with "mengubah"; '
                             "accept or reject it"),
        (7, 50, Level.WARNING,
         'unresolved comment (unknown) on "Rp5 miliar": "dari mana?"; resolve it'),
        (8, 1, Level.WARNING, 'unresolved comment (Ani): "Sumbernya siapa?"; resolve it'),
    ]  # fmt: skip


def test_the_messages_are_indonesian_by_default(indonesian):
    first = review_findings(ARTICLE)[0]
    assert first.message == (
        'saran belum diputuskan (Bambang Sutejo): tambahkan "pada Sabtu"; terima atau tolak'
    )
    assert review_findings(ARTICLE)[3].message.startswith(
        "komentar belum diselesaikan (tidak diketahui)"
    )


def test_a_long_or_multi_line_text_is_quoted_on_one_line_and_cut(english):
    text = "Awal {++" + "kata " * 40 + "\n\nbaris baru++} akhir.\n"
    (finding,) = review_findings(text)
    assert "\n" not in finding.message and "…" in finding.message
    assert finding.length == 0  # a mark over several lines
    assert review_findings("Tanpa tanda {kurung}.\n") == []

"""The snapshot of one text revision (no Qt): parsed once, with what every view needs."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.checks import Finding, Level, registry
from netizen_editor.checks.context import check_text
from netizen_editor.editing.textstats import text_stats
from netizen_editor.grammar.inline import count_words
from netizen_editor.grammar.scan import Heading, scan_article
from netizen_editor.settings import Settings
from netizen_editor.snapshot import take_snapshot

ARTICLE = (
    "---\ntitle: Judul Uji Coba\nslug: judul-uji\n---\n"
    "Netizen.co.id - Paragraf pembuka yang beresiko.\n\n## Bagian Dua\n\nTeks kedua.\n"
)


@pytest.fixture
def one_rule(monkeypatch):
    """A rule registered for the test only: flags the word "beresiko"."""
    rules = {}
    monkeypatch.setattr(registry, "_RULES", rules)

    @registry.rule("test-beresiko")
    def beresiko(context):
        for number, line in enumerate(context.lines, start=1):
            column = line.find("beresiko")
            if column >= 0:
                yield Finding(number, column + 1, Level.WARNING, "test-beresiko", "berisiko")

    return rules


def test_a_snapshot_holds_the_parse_and_what_comes_of_it():
    path = Path("/artikel/uji.md")
    snapshot = take_snapshot(7, ARTICLE, path, Settings())
    assert snapshot.revision == 7 and snapshot.error is None
    assert snapshot.article is not None and snapshot.article.meta["title"] == "Judul Uji Coba"
    assert snapshot.title == "Judul Uji Coba" and snapshot.slug == "judul-uji"
    assert snapshot.headings == (Heading(2, "Bagian Dua", 7),)
    assert snapshot.stats == text_stats(ARTICLE) and snapshot.words == 9
    assert snapshot.reading_minutes == 1
    # the same findings as the pre-publish checks give for this text and path
    assert snapshot.checked and snapshot.findings == check_text(ARTICLE, path, Settings())
    assert {f.rule for f in snapshot.findings} >= {"summary", "labels"}
    # spelling is among them: the non-standard form is found
    assert ("non-standard", "beresiko") in [
        (f.rule, f.extra.get("word")) for f in snapshot.findings
    ]


def test_broken_front_matter_is_an_error_with_the_line():
    text = "---\ntitle: Judul\nlabels: [satu\n---\n## Isi\n"
    snapshot = take_snapshot(1, text, Path("/a/b.md"), Settings())
    assert snapshot.article is None and snapshot.title == "" and not snapshot.checked
    assert snapshot.error is not None and snapshot.error.located().startswith("/a/b.md:3:")
    assert snapshot.headings == (Heading(2, "Isi", 5),)  # the outline still shows


def test_findings_come_from_the_registered_rules(one_rule):
    asked = []

    def body_html() -> str:
        asked.append(True)
        return "<p>isi</p>"

    path = Path("/artikel/uji.md")
    snapshot = take_snapshot(2, ARTICLE, path, Settings(), body_html=body_html)
    assert [(f.line, f.column, f.rule, f.path) for f in snapshot.findings] == [
        (5, 39, "test-beresiko", path)
    ]
    assert asked == []  # no rule reads the rendered body: it is not rendered again
    quick = take_snapshot(3, ARTICLE, path, Settings(), body_html=body_html, checks=False)
    assert quick.findings == [] and not quick.checked and asked == []


def test_a_rule_that_reads_the_html_gets_it_rendered_once(one_rule):
    asked = []

    def body_html() -> str:
        asked.append(True)
        return "<p>isi</p>"

    seen = []

    @registry.rule("test-reads-html")
    def reads_html(context):
        seen.append(context.rendered_html())
        seen.append(context.rendered_html())
        return iter(())

    take_snapshot(2, ARTICLE, None, Settings(), body_html=body_html)
    assert seen == ["<p>isi</p>", "<p>isi</p>"] and asked == [True]


def test_no_rules_means_no_rendered_body_is_asked_for(monkeypatch):
    monkeypatch.setattr(registry, "_RULES", {})
    snapshot = take_snapshot(1, ARTICLE, None, Settings(), body_html=lambda: pytest.fail("asked"))
    assert snapshot.findings == []


def test_a_broken_rule_keeps_the_rest_of_the_snapshot(monkeypatch):
    monkeypatch.setattr(registry, "_RULES", {})

    @registry.rule("test-broken")
    def broken(context):
        raise RuntimeError("bug")

    snapshot = take_snapshot(1, ARTICLE, None, Settings())
    assert snapshot.title == "Judul Uji Coba" and snapshot.findings == []


def test_the_word_count_through_edits_is_the_count_of_a_fresh_scan():
    text = "Satu dua.\n\n<!-- catatan\n\nredaksi -->\n\n[tautan](http://x.y/z) tiga-empat 1,5\n"
    scan = scan_article(text)
    for edit in ("", " lima", "\n\nenam tujuh", "<!--", " -->", "\n\n[[ad]]"):
        text += edit
        scan = scan_article(text, scan)
        assert text_stats(text, scan) == text_stats(text)
    assert text_stats(text).words == count_words("Satu dua. tautan tiga-empat 1,5 lima enam tujuh")

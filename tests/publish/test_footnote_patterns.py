"""Footnote references read up to the next ``[^`` and definitions up to their line's end
(``publish/mdext/footnotes.py``): a ``[^`` that closes nothing stays text and no longer hides
the reference after it, and export and preview read the same definitions."""

from __future__ import annotations

import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.settings import Settings

REF = re.compile(r'<sup id="fnref:([^"]+)"><a class="footnote-ref" href="#fn:\1"')


def _both(text: str) -> tuple[str, str]:
    """The body as exported and as the preview's chunks make it."""
    article = Article.parse(text)
    renderer = BodyRenderer()
    preview = join_chunks(renderer.render_chunks(article, Settings()))
    return renderer.render(article, Settings()), preview


@pytest.mark.parametrize(
    "text, kept",
    [
        # the library read "[^ lihat catatan[^1]" as one reference named " lihat catatan[^1"
        ("Teks [^ lihat catatan[^1].\n\n[^1]: Catatan satu.\n", "Teks [^ lihat catatan"),
        ("Teks [^[^1].\n\n[^1]: Catatan satu.\n", "Teks [^"),
    ],
)
def test_a_reference_after_one_that_closes_nothing_still_links(text, kept):
    for html in _both(text):
        assert REF.findall(html) == ["1"]
        assert kept + "<sup" in html
        assert '<li id="fn:1">' in html


def test_a_reference_name_may_still_hold_a_lone_bracket():
    for html in _both("Teks[^a[b].\n\n[^a[b]: Catatan.\n"):
        assert REF.findall(html) == ["a[b"]


def test_a_definition_is_read_on_its_line_in_the_export_as_in_the_preview():
    # the library's definition pattern ran on across the line end: the export linked this
    # reference to a footnote named "a\nb", the preview (which reads definitions by lines,
    # as the grammar does) did not
    export, preview = _both("Teks[^a\nb].\n\n[^a\nb]: Catatan.\n")
    assert export == preview
    assert "footnote-ref" not in export and "Teks[^a\nb]." in export


def test_normal_footnotes_are_unchanged():
    text = "Satu[^1] dan dua[^catatan-2].\n\n[^1]: Pertama.\n[^catatan-2]: Kedua\n    lanjut.\n"
    for html in _both(text):
        assert REF.findall(html) == ["1", "catatan-2"]
        assert "<p>Kedua\nlanjut." in html

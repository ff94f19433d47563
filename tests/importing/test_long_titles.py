"""A document's title property (a PDF's /Title, Word's dc:title, LibreOffice's meta title, a
page's <title>) became the article's title however long it was: a whole paragraph, or
megabytes. It is cut at a word now, with "…", at ``MAX_TITLE_CHARS``."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.front_matter import MAX_TITLE_CHARS, short_title
from tests.importing.documents import docx_bytes, odt_bytes, p, pdf_bytes, r
from tests.importing.test_docx import run_import

LONG = " ".join(f"Kata{n}" for n in range(2000))  # ~14,000 characters
LEAD = "Kementerian meluncurkan program Desa Digital bagi seribu desa di seluruh Indonesia."

DOCUMENTS = {
    "PDF": ("rilis.pdf", lambda: pdf_bytes([[LEAD]], title=LONG)),
    "Word": ("rilis.docx", lambda: docx_bytes(p(r(LEAD)), title=LONG)),
    "LibreOffice": ("rilis.odt", lambda: odt_bytes(f"<text:p>{LEAD}</text:p>", title=LONG)),
    "web page": ("rilis.html",
                 lambda: f"<html><head><title>{LONG}</title></head><p>{LEAD}</p>".encode()),
}  # fmt: skip


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_a_long_title_property_is_cut_at_a_word(tmp_path, kind):
    name, make = DOCUMENTS[kind]
    title = Article.parse(run_import(tmp_path, make(), name).text).meta["title"]
    assert len(title) <= MAX_TITLE_CHARS
    assert title.endswith("…")
    kept = title.removesuffix("…")
    assert LONG.startswith(kept + " ")  # whole words only
    assert len(kept) > MAX_TITLE_CHARS - len(" Kata1999…")


def test_a_title_that_fits_stays_whole_and_one_long_word_is_cut_in_it():
    fits = "a" * (MAX_TITLE_CHARS - 5) + " bcde"
    assert short_title(fits) == fits
    assert short_title("x" * 5000) == "x" * (MAX_TITLE_CHARS - 1) + "…"
    word_at_the_end = "a" * (MAX_TITLE_CHARS - 1) + " bc"
    assert short_title(word_at_the_end) == "a" * (MAX_TITLE_CHARS - 1) + "…"

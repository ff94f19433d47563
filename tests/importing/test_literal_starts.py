"""A Word paragraph that Markdown would read as syntax ("#tagar", "- SELESAI -", a typed
"1. Pertama", "> kutipan", "---") is imported as the text it was: the page shows it as typed.
Word's own headings, lists and quotes stay headings, lists and quotes."""

from __future__ import annotations

import html
import re
from xml.sax.saxutils import escape

from netizen_editor.article.model import Article
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.importing.documents import NUMBERING, STYLES, docx_bytes, item, p, r
from tests.importing.test_docx import body_of, run_import

TITLE = "Banjir Rob Genangi Pesisir Jakarta Utara"
LEAD = "Banjir rob menggenangi permukiman warga di pesisir Jakarta Utara sejak Senin pagi."
LAST = "Petugas memantau pasang laut yang diperkirakan memuncak pada Selasa malam."
TYPED = [
    "#banjirrob",
    "- SELESAI -",
    "+ catatan redaksi",
    "1. Pertama, warga mengungsi ke balai warga.",
    "> kutipan dari warga",
    "---",
    "[[ad]]",
]


def _paragraph_texts(rendered: str) -> list[str]:
    found = re.findall(r"<p[^>]*>(.*?)</p>", rendered, re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", "", text)).strip() for text in found]


def _import_and_render(tmp_path, body: str) -> tuple[str, str]:
    done = run_import(tmp_path, docx_bytes(body, numbering=NUMBERING, styles=STYLES))
    article = Article.parse(done.text, done.out)
    return body_of(done.text), BodyRenderer().render(article, Settings())


def test_typed_paragraphs_publish_as_typed(tmp_path):
    paragraphs = [LEAD, *TYPED, LAST]
    body = p(r(TITLE), "Title") + "".join(p(r(escape(text))) for text in paragraphs)
    markdown, rendered = _import_and_render(tmp_path, body)
    assert "\\#banjirrob" in markdown.split("\n\n")
    assert re.search(r"<h\d|<hr|<li|<blockquote|nz-ad", rendered) is None
    texts = _paragraph_texts(rendered)
    assert texts[1:] == [*TYPED, LAST]


def test_a_line_under_a_soft_break_is_no_heading_underline(tmp_path):
    broken = "<w:r><w:t>Catatan</w:t><w:br/><w:t>===</w:t></w:r>"
    body = p(r(TITLE), "Title") + p(r(escape(LEAD))) + p(broken) + p(r(escape(LAST)))
    _markdown, rendered = _import_and_render(tmp_path, body)
    assert re.search(r"<h\d", rendered) is None
    assert "===" in _paragraph_texts(rendered)[1]


def test_word_s_own_heading_list_and_quote_stay(tmp_path):
    body = (
        p(r(TITLE), "Title")
        + p(r(escape(LEAD)))
        + p(r("Sasaran"), "Heading2")
        + item("Internet desa", 0)
        + item("#tagar", 0)
        + p(r("Kami ingin desa setara kota."), "Quote")
        + p(r(escape(LAST)))
    )
    markdown, rendered = _import_and_render(tmp_path, body)
    assert "## Sasaran\n\n- Internet desa\n- \\#tagar\n\n> Kami ingin desa setara kota." in (
        markdown
    )
    assert ">Sasaran</h2>" in rendered and "<li>#tagar</li>" in rendered
    assert "<blockquote" in rendered

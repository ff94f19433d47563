"""A Word paragraph whose text Markdown would read as inline syntax ("a <b>tebal</b> c",
"<!--more-->", "_catatan_", "*bintang*", "{++ usul ++}") is imported as the text it was: the page
shows it as typed, and no export refuses it as an unresolved suggestion. Word's own bold,
italics and footnotes stay what they are."""

from __future__ import annotations

from xml.sax.saxutils import escape

from netizen_editor.grammar.inline import critic_marks
from tests.editing.test_literal_text import PLAIN, TEXTS
from tests.importing.documents import p, r
from tests.importing.test_literal_starts import (
    LAST,
    LEAD,
    TITLE,
    _import_and_render,
    _paragraph_texts,
)

BOLD = "<w:b/>"
ITALIC = "<w:i/>"


def test_typed_paragraphs_publish_as_typed(tmp_path):
    paragraphs = [LEAD, *TEXTS, *PLAIN, LAST]
    body = p(r(TITLE), "Title") + "".join(p(r(escape(text))) for text in paragraphs)
    markdown, rendered = _import_and_render(tmp_path, body)
    assert _paragraph_texts(rendered)[1:] == [*TEXTS, *PLAIN, LAST]
    assert "<em>" not in rendered and "<strong>" not in rendered and "nz-more" not in rendered
    assert critic_marks(markdown) == []
    for text in PLAIN:
        assert text in markdown.split("\n\n")  # no escapes where nothing is syntax


def test_word_s_own_bold_and_italics_stay_beside_typed_marks(tmp_path):
    runs = r("_a_ ") + r("tebal", BOLD) + r(" *b* ") + r("miring", ITALIC) + r(escape(" <b>c</b>"))
    body = p(r(TITLE), "Title") + p(r(escape(LEAD))) + p(runs) + p(r(escape(LAST)))
    markdown, rendered = _import_and_render(tmp_path, body)
    assert "\\_a\\_ **tebal** \\*b\\* *miring* &lt;b>c&lt;/b>" in markdown.split("\n\n")
    assert "_a_ <strong>tebal</strong> *b* <em>miring</em> &lt;b&gt;c&lt;/b&gt;" in rendered

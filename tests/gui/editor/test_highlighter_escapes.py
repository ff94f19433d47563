"""The editor's highlighter reads backslash escapes as the page does: an escaped marker is
text (``\\_x\\_`` is no italic, ``\\[z\\](u)`` no link), its backslash is grey syntax."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCharFormat, QTextDocument

from netizen_editor.grammar.escapes import escapes
from netizen_editor.grammar.inline import code_spans
from netizen_editor.gui.editor.highlighter import MarkdownHighlighter
from tests.grammar.escape_pieces import escape_pieces


def _highlighted(text: str) -> tuple[MarkdownHighlighter, list[QTextCharFormat]]:
    """The highlighter and the format of each character of the one-line ``text``."""
    document = QTextDocument()
    highlighter = MarkdownHighlighter(document)
    document.setPlainText(text)
    highlighter.rehighlight()  # a document without a view is highlighted later
    formats = [QTextCharFormat() for _ in text]
    for span in document.firstBlock().layout().formats():
        for index in range(span.start, span.start + span.length):
            formats[index] = QTextCharFormat(span.format)
    return highlighter, formats


def _colour(fmt: QTextCharFormat) -> str:
    return fmt.foreground().color().name()


def test_escaped_markers_are_text_beside_real_ones(qapp):
    text = r"\_x\_ _x_ \*y\* *y* \[z\](u) [z](u)"
    highlighter, formats = _highlighted(text)
    link = _colour(highlighter._formats["link"])
    syntax = _colour(highlighter._formats["syntax"])
    assert not formats[2].fontItalic() and formats[7].fontItalic()  # \_x\_ and _x_
    assert not formats[12].fontItalic() and formats[17].fontItalic()  # \*y\* and *y*
    assert _colour(formats[22]) != link and _colour(formats[30]) == link  # \[z\](u), [z](u)
    for at in (0, 3, 10, 13, 20, 23):  # the escaping backslashes are syntax, what follows not
        assert _colour(formats[at]) == syntax
        assert _colour(formats[at + 1]) != syntax


_WORDS = st.sampled_from(["kata", "x", "baru"])
_ESCAPE, _PLAIN = escape_pieces(["kata", "x", "baru"])
_TOKEN = st.one_of(
    _WORDS,
    _ESCAPE,
    _PLAIN.map(lambda t: f"_{t}_"),
    _PLAIN.map(lambda t: f"**{t}**"),
    _PLAIN.map(lambda t: f"[{t}](http://x.id/a)"),
    st.text(alphabet="ab\\_*[]", min_size=1, max_size=6).map(lambda c: f"`x{c}x`"),
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_TOKEN, min_size=1, max_size=6).map(" ".join))
def test_an_escaped_marker_is_never_a_marker(qapp, text):
    highlighter, formats = _highlighted(text)
    syntax = _colour(highlighter._formats["syntax"])
    for at in escapes(text, code_spans(text)):
        assert _colour(formats[at + 1]) != syntax, (text, at)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_PLAIN)
@example(r"\_x kata\_")
@example(r"\*\*x\*\*")
@example(r"\[z\](u)")
def test_words_and_escapes_alone_are_plain(qapp, text):
    highlighter, formats = _highlighted(text)
    link = _colour(highlighter._formats["link"])
    for fmt in formats:
        assert not fmt.fontItalic() and fmt.fontWeight() <= 400 and _colour(fmt) != link

"""A block that runs out of render time is told by what made it slow: a very long paragraph of
plain text (a 5 MB article on one line) is "too long", not "runs of brackets, deep nesting or
thousands of tags", which it has none of; one with brackets or tags keeps the general reason."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.mdext.budget import (
    LONG_BLOCK,
    MAX_NESTING,
    TOO_DEEP,
    timeout_reason,
    too_complex,
)
from netizen_editor.settings import Settings
from netizen_editor.timebudget import OutOfTime

PLAIN = "kata " * (LONG_BLOCK // 5 + 10)
GENERAL = "too complex to render in time"
pytestmark = pytest.mark.usefixtures("english")


def test_a_long_plain_paragraph_is_too_long():
    why = timeout_reason(PLAIN)
    assert why.startswith("this paragraph is too long to render in time")
    assert f"({len(PLAIN)} characters)" in why
    assert GENERAL not in why


@pytest.mark.parametrize(
    "text",
    [
        "[" + PLAIN,  # a bracket: it alone can make a long block take minutes
        PLAIN + "<b>",  # a tag
        "# " + PLAIN,  # a heading, not a paragraph
        "- " + PLAIN,  # a list
        "> " + PLAIN,  # a quote
        "1. " + PLAIN,
        "kata " * 100,  # short: a loaded machine, not its length
    ],
)
def test_anything_else_keeps_the_general_reason(text):
    assert GENERAL in timeout_reason(text)


def test_the_preview_says_a_long_paragraph_is_too_long(monkeypatch):
    renderer = BodyRenderer()

    def too_slow(*_args, **_kwargs):
        raise OutOfTime

    monkeypatch.setattr(renderer, "_convert", too_slow)
    article = Article.parse(f"---\ntitle: Satu baris\n---\n{PLAIN}\n\n[Tautan](https://x.id)\n")
    renderer.render_chunks(article, Settings())
    [long, linked] = renderer.problems
    assert long.line == 4
    assert long.message.startswith("this paragraph is too long to render in time")
    assert linked.line == 6
    assert GENERAL in linked.message  # short: the general reason


def test_the_export_says_a_long_paragraph_is_too_long(monkeypatch):
    renderer = BodyRenderer()

    def too_slow(*_args, **_kwargs):
        raise OutOfTime

    monkeypatch.setattr(renderer, "_convert", too_slow)
    article = Article.parse(f"---\ntitle: Satu baris\n---\nAwal.\n\n{PLAIN}\n")
    with pytest.raises(ArticleError) as caught:
        renderer.render(article, Settings())
    assert caught.value.line == 6
    assert caught.value.message.startswith("this paragraph is too long to render in time")


def test_the_reasons_read_in_indonesian(monkeypatch, indonesian):
    assert timeout_reason(PLAIN).startswith("paragraf ini terlalu panjang untuk ditampilkan")
    renderer = BodyRenderer()

    def too_deep(*_args, **_kwargs):
        raise RecursionError

    monkeypatch.setattr(renderer, "_convert", too_deep)
    with pytest.raises(ArticleError) as caught:
        renderer.render(Article.parse("---\ntitle: Uji\n---\nSatu.\n"), Settings())
    assert caught.value.message.startswith("blok ini menyusun daftar")


@pytest.mark.parametrize(
    ("line", "refused"),
    [
        ("> " * 5 + "- " * (MAX_NESTING - 4) + "x", True),  # over the limit: the markers count
        (">" * (MAX_NESTING + 1) + " x", True),  # quotes need no space between them
        ("1. " * (MAX_NESTING + 1) + "x", True),
        ("> " * 3 + "- " * 3 + "x" + " biasa" * 100, False),  # news copy nests a few levels
        ("- " * MAX_NESTING + "x", False),  # at the limit
        ("* * *", False),  # a rule
        ("Rp5.000 - Rp10.000 - " * 40, False),  # dashes inside the text are no markers
    ],
)
def test_lists_and_quotes_nested_past_the_limit_are_refused_before_conversion(line, refused):
    # Python-Markdown 3.11.4 stopped raising RecursionError for thousands of levels (it prints
    # the rest as text): the limit is the app's own, whatever the version
    text = f"Pembuka.\n\n{line}\n"
    assert (too_complex(text) == tr(TOO_DEEP)) is refused

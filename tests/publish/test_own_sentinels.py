"""An article's own private-use characters are its text. The renderer marks each chunk's source
line with a sentinel (``LINE_SENTINEL``, U+E000 then ``L``); an article is planted text and may
hold the same characters: a paragraph ``\\ue000L5`` (or ``\\ue000L@ …``) was read as the
sentinel and left out of the preview and of every export, and its line went to the next
paragraph."""

from __future__ import annotations

import re

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.preview_patch import PreviewRenderer
from netizen_editor.settings import Settings

FRONT = "---\ntitle: Simbol Pribadi\n---\n"
#: paragraphs on lines 4, 6, 8, 10 and 12
BODY = (
    "Paragraf pertama.\n\n"
    "\ue000L5\n\n"
    "\ue000L@ awal paragraf.\n\n"
    "Tengah \ue000L7, \ue0ff\ue100 dan \ue001\ue002 di sini.\n\n"
    "Paragraf terakhir.\n"
)
OWN = ["\ue000L5", "\ue000L@ awal paragraf.", "Tengah \ue000L7, \ue0ff\ue100 dan \ue001\ue002"]
DATA_LINE = re.compile(r'<p data-line="([^"]*)"')


def _article() -> Article:
    return Article.parse(FRONT + BODY)


def test_the_preview_shows_the_articles_own_characters_each_on_its_line():
    renderer = PreviewRenderer()
    state = renderer.state(renderer.parse(FRONT + BODY, None), Settings())
    html = "".join(state.chunks)
    for text in OWN:
        assert text in html
    assert DATA_LINE.findall(html) == ["4", "6", "8", "10", "12"]


def test_the_whole_body_and_its_chunks_agree():
    chunks = BodyRenderer().render_chunks(_article(), Settings())
    whole = BodyRenderer().render(_article(), Settings())
    assert "\n".join(c.html for c in chunks if c.html) == whole
    assert DATA_LINE.findall(whole) == ["4", "6", "8", "10", "12"]


@pytest.mark.parametrize("fmt", ["page", "blogger", "atom"])
def test_every_export_writes_them(tmp_path, fmt):
    result = get_exporter(fmt).export(_article(), Settings(), BodyRenderer(), tmp_path / "out")
    for text in OWN:
        assert text in result.html

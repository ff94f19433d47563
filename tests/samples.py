"""The articles the tests share, defined once (the fixtures in tests/conftest.py hand them out).

- ``SAMPLE_PATH`` / ``SAMPLE_TEXT``: the built-in sample article the app opens on a first start
  (``resources/samples/putin-kim.md``), read from the same place the app reads it.
- ``TEST_ARTICLE``: a short article with front matter, a dateline-less opening paragraph and
  two headings; the window, document and recovery tests open it as ``articles/uji-coba.md``
  (the ``article_file`` fixture).

An article a test needs for one specific point (a broken date, a footnote, a rule to trip)
stays in that test, next to what it checks.
"""

from __future__ import annotations

from pathlib import Path

from netizen_editor.paths import sample_article_path

ROOT = Path(__file__).resolve().parents[1]  # the repository

SAMPLE_PATH = sample_article_path()
SAMPLE_TEXT = SAMPLE_PATH.read_text(encoding="utf-8")

TEST_ARTICLE = (
    "---\n"
    "title: Judul Uji Coba\n"
    "author: Redaksi\n"
    "status: draft\n"
    "---\n"
    "Netizen.co.id - Paragraf pembuka artikel ini.\n"
    "\n"
    "## Bagian Dua\n"
    "\n"
    "Teks bagian kedua.\n"
    "\n"
    "### Bagian Tiga\n"
    "\n"
    "Penutup.\n"
)

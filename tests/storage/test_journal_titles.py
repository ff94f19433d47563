"""QA15: a title written as a YAML block scalar (``title: >-`` and its text on the lines
below, as a template writes it) is the recovery list's title, not ``>-``; and a recovered
copy's entry says whose copy it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.storage.journal import HINT_LENGTH, Journal, title_hint


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (">-", "Banjir rob genangi Jakarta Utara"),
        (">", "Banjir rob genangi Jakarta Utara"),
        ("|", "Banjir rob genangi Jakarta Utara"),
        ("|-", "Banjir rob genangi Jakarta Utara"),
        (">2-", "Banjir rob genangi Jakarta Utara"),
        (">- # dari templat", "Banjir rob genangi Jakarta Utara"),
        ("", "Banjir rob genangi Jakarta Utara"),  # a plain value on the next lines
    ],
)
def test_a_block_scalar_title_is_its_text(header: str, expected: str) -> None:
    block = "  Banjir rob genangi\n\n  Jakarta Utara\n"
    text = f"---\ntitle: {header}\n{block}slug: banjir\n---\n\nIsi.\n"
    assert title_hint(text) == expected


def test_the_articles_own_title_not_a_nested_one() -> None:
    text = "---\nseo:\n  title: >-\n    Judul SEO\ntitle: >-\n  Judul artikel\n---\n\nIsi.\n"
    assert title_hint(text) == "Judul artikel"


def test_an_empty_block_falls_back_to_the_body() -> None:
    assert title_hint("---\ntitle: >-\nslug: banjir\n---\n\n# Judul di badan\n") == "Judul di badan"


def test_the_block_read_is_bounded() -> None:
    lines = "".join(f"  kata{n}\n" for n in range(100_000))
    hint = title_hint(f"---\ntitle: |\n{lines}---\n\nIsi.\n")
    assert hint.startswith("kata0 kata1 kata2") and len(hint) <= HINT_LENGTH


def test_a_copys_entry_names_its_original_and_never_a_path(tmp_path: Path) -> None:
    journal = Journal(tmp_path / "journal")
    story = tmp_path / "banjir.md"
    copy, titled = Journal.new_doc_id(), Journal.new_doc_id()
    journal.write(copy, "teks", path=None, cursor=0, saved_identity=None, copy_of=story)
    journal.write(titled, "teks", path=story, cursor=0, saved_identity=None, copy_of=story)
    entry = journal.read(copy)
    assert entry is not None and entry.path is None and entry.copy_of == story
    other = journal.read(titled)
    assert other is not None and other.path == story and other.copy_of is None

"""QA15: a title written as a YAML block scalar (``title: >-`` and its text on the lines
below, as a template writes it) is the recovery list's title, not ``>-``; and a recovered
copy's entry says whose copy it is."""

from __future__ import annotations

import re
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


def test_a_title_line_is_read_without_a_backtracking_pattern() -> None:
    """QA18: ``^title\\s*:\\s*(.*?)\\s*$`` took a second for a title line with a run of 16,000
    spaces in it (the lazy group retries ``\\s*$`` after each space): no pattern of the module
    ends in a blank run before ``$`` any more, and the title is the same."""
    from netizen_editor.storage import journal

    patterns = [v.pattern for v in vars(journal).values() if isinstance(v, re.Pattern)]
    assert not [p for p in patterns if p.endswith(r"\s*$")]
    assert title_hint("---\ntitle: a" + " " * 16_000 + "b\n---\nIsi.\n") == "a…"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("title: Banjir rob  ", "Banjir rob"),
        ("title :\tBanjir rob", "Banjir rob"),
        ("title:Banjir", "Banjir"),
        ("title:", ""),
        ("title:   ", ""),
        ("title:\u00a0Banjir\u3000", "Banjir"),
        ("titles: Banjir", None),
        (" title: Banjir", None),
        ("subtitle: Banjir", None),
        ("title Banjir", None),
    ],
)
def test_a_title_lines_value(line: str, expected: str | None) -> None:
    from netizen_editor.storage.journal import _title_value

    assert _title_value(line) == expected


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 200_000 + "Isi",  # a body far down
        "---\n" + "a: b\n" * 100_000,  # front matter never closed
        "x" * 200_000,  # one long line
    ],
)
def test_only_the_texts_start_is_read(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """QA18: the first body line was looked for in the whole text (20 MB of blank lines took
    5 s and 400 MB at every journal write): now in its first ``TITLE_SCAN_CHARS`` only."""
    from netizen_editor.storage import journal

    seen: list[int] = []
    split = journal.split_front_matter

    def recording(value: str) -> tuple[str, str, int]:
        seen.append(len(value))
        return split(value)

    monkeypatch.setattr(journal, "split_front_matter", recording)
    journal.first_line(text)
    title_hint(text)
    assert seen and max(seen) <= journal.TITLE_SCAN_CHARS


def test_the_first_line_after_front_matter_is_still_found() -> None:
    from netizen_editor.storage.journal import first_line

    text = "---\nslug: banjir\n---\n\n\n  Banjir rob genangi Jakarta  \n\nIsi.\n"
    assert first_line(text) == "Banjir rob genangi Jakarta"
    assert title_hint(text) == "Banjir rob genangi Jakarta"
    assert first_line("x" * 200) == "x" * 79 + "…"

from __future__ import annotations

from netizen_editor.grammar.scan import Heading, scan_article


def headings(text: str) -> list[Heading]:
    return list(scan_article(text).headings)


def test_atx_headings_with_file_lines_after_front_matter():
    text = "---\ntitle: '# not a heading'\n---\n# Judul\n\nTeks\n\n## Bagian satu ##\n### Tiga\n"
    assert headings(text) == [
        Heading(1, "Judul", 4),
        Heading(2, "Bagian satu", 8),
        Heading(3, "Tiga", 9),
    ]


def test_fenced_code_is_ignored():
    text = "# A\n```\n# not\n```\n~~~~python\n## nor\n```\n~~~~\n## B\n"
    assert [h.title for h in headings(text)] == ["A", "B"]
    assert headings(text)[1].line == 9


def test_setext_headings():
    text = "Judul besar\n===========\n\nSub judul\n---\n"
    assert headings(text) == [Heading(1, "Judul besar", 1), Heading(2, "Sub judul", 4)]


def test_not_headings():
    text = " # one space in\n\n    # indented code\n\n#\n\n- item\n- - -\n"
    assert headings(text) == []


def test_what_the_page_shows_as_a_heading_is_in_the_outline():
    # Python-Markdown takes "#word" as a heading (no space needed) and "- item" over "---"
    # as a setext heading; the outline follows the page, not CommonMark
    assert headings("#tagar\n") == [Heading(1, "tagar", 1)]
    assert headings("- butir\n---\n") == [Heading(2, "- butir", 1)]


def test_crlf_text():
    assert headings("intro\r\n\r\n## Dua\r\n") == [Heading(2, "Dua", 3)]

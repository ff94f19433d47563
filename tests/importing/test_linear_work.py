"""QA18: crafted plain texts (a run of 150,000 spaces, a line of a million escaped marks) took
a minute or more to import: patterns that start at every blank of a run, and work done again
for each mark or line. These tests count the work (no timings)."""

from __future__ import annotations

import re

import pytest

from netizen_editor.editing import html_to_markdown as to_markdown
from netizen_editor.importing import boilerplate, html, plain
from netizen_editor.importing.html import convert_html
from netizen_editor.importing.safety import Notes


@pytest.mark.parametrize("module", [to_markdown, html])
def test_no_pattern_starts_with_a_run_of_blanks(module: object) -> None:
    """``[ \\t]*[\\r\\n]…`` or ``[ \\t]+$`` is tried at every space of a run with no line break
    after it, each try reading the run to its end: quadratic time (60 s for 150,000 spaces)."""
    patterns = [v.pattern for v in vars(module).values() if isinstance(v, re.Pattern)]
    assert patterns
    assert not [p for p in patterns if re.match(r"\[[ \\t]+\][*+]", p)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a  \n \t b\r\n\r\n c", "a b c"),
        ("a\n", "a "),
        ("\n a", " a"),
        ("a \t", "a \t"),
        ("a" + " " * 50_000 + "\nb", "a b"),
    ],
)
def test_source_line_breaks_are_one_space(text: str, expected: str) -> None:
    assert to_markdown.join_source_wraps(text) == expected


def test_the_converter_gets_no_run_of_blanks(monkeypatch: pytest.MonkeyPatch) -> None:
    """The converter's own whitespace pattern (markdownify's ``[\\t \\r\\n]*[\\r\\n]…``) is
    quadratic over a run of spaces: the import hands it each text's run as the one space it
    would make of it; a ``pre`` keeps its spaces."""
    seen: list[str] = []
    monkeypatch.setattr(html, "html_to_markdown", lambda value: seen.append(value) or value)
    convert_html('<p title="a  b">Isi' + " " * 5_000 + "y</p><pre>x    y</pre>", Notes(), None)
    assert seen == ['<p title="a  b">Isi y</p><pre>x    y</pre>']


def test_a_long_run_of_spaces_imports_as_one() -> None:
    markdown = convert_html(plain.paragraphs_html("Judul\n\nIsi" + " " * 20_000 + "y\n"), Notes(),
                            None)  # fmt: skip
    assert markdown == "# Judul\n\nIsi y"


def test_a_long_line_is_not_read_as_an_end_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every line was read as Markdown (escapes, emphasis, links) to see whether it is an end
    mark, a 1.5 MB one several times: a line longer than any end mark is not, unless it is a
    rule of marks."""
    calls: list[str] = []
    plain_text = boilerplate.plain_line
    monkeypatch.setattr(
        boilerplate, "plain_line", lambda line: calls.append(line) or plain_text(line)
    )
    assert not boilerplate.is_end_mark("Isi " + "(\\*) " * 1_000)
    assert calls == []
    assert boilerplate.is_end_mark("\\*" * 1_000) and boilerplate.is_end_mark("# " * 1_000)
    assert boilerplate.is_end_mark("**-selesai-**") and calls


def test_escaped_marks_are_kept_without_a_call_per_mark(monkeypatch: pytest.MonkeyPatch) -> None:
    """A function called for each escaped mark (twice) took seconds on a line of a million."""
    calls: list[int] = []
    monkeypatch.setattr(boilerplate, "chr", lambda code: calls.append(code) or chr(code),
                        raising=False)  # fmt: skip
    line = "\\*\\*a\\*\\* **b** \\# &lt; [x](https://x.id) \\\\*c*" + " \\#" * 1_000
    assert boilerplate.plain_line(line) == "**a** b # < x \\c" + " #" * 1_000
    assert calls == []


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Pemerintah mem-", "bangun jalan"], "Pemerintah membangun jalan"),
        (["Jakarta -", "kota"], "Jakarta - kota"),
        (["a", "-", "bukan"], "a - bukan"),
        (["-", "kata"], "kata"),
        (["", "", "a"], "a"),
        (["COVID-", "19", "x-", "Y"], "COVID- 19 x- Y"),
    ],
)
def test_lines_are_joined(lines: list[str], expected: str) -> None:
    assert plain.join_lines(lines) == expected


def test_a_long_block_is_never_cleaned_to_learn_it_is_no_label(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from netizen_editor.importing import front_matter

    cleaned: list[int] = []
    real = front_matter.clean_title
    monkeypatch.setattr(front_matter, "clean_title", lambda t: cleaned.append(len(t)) or real(t))
    block = "**" + "tebal " * 100_000 + "**"  # a 600 KB bold block
    assert not front_matter.is_kicker(block) and not front_matter.is_reference(block)
    assert cleaned == []
    assert front_matter.is_kicker("**SIARAN PERS**") and front_matter.is_reference(
        "Nomor: 215/HM/KOMDIGI/12/2026"
    )


def test_a_link_s_text_and_address_end_at_the_next_bracket() -> None:
    """A release whose first line is 50,000 ``[`` (or ``[x](`` again and again) took 21 s to
    import: from each ``[`` the link pattern read its text, or its address, to the line's
    end. Neither goes past the next ``[`` now: each ``[`` starts the next try."""
    assert boilerplate._LINK.match("[a[b](https://x.id)") is None
    assert boilerplate._LINK.match("[a](https://x.id[b)") is None
    assert boilerplate.plain_line("[x](" * 3 + "[Situs](https://x.id)") == (
        "[x](" * 3 + "Situs (https://x.id)"
    )
    assert boilerplate.plain_line("[" * 20_000 + "b") == "[" * 20_000 + "b"

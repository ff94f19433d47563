"""Review marks read one line at a time (the editor's highlighter) are the marks the grammar
reads over the whole run of prose: a mark that opens in a heading and closes paragraphs later
covers every line between, with the same parts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.grammar.critic_lines import OpenMark, line_marks, open_line_ends
from netizen_editor.grammar.inline import CriticMark, critic_marks
from netizen_editor.grammar.prose import ProseLines
from netizen_editor.grammar.scan import scan_article


def parts(mark: CriticMark) -> list[tuple[int, int, str]]:
    """(start, end, part) of each part of ``mark``, as the highlighter colours them."""
    if mark.kind == "comment":
        return [(mark.start, mark.end, "comment")]
    closing = mark.new_end if mark.kind == "substitute" else mark.text_end
    found = [(mark.start, mark.start + 3, "syntax"), (mark.text_start, mark.text_end, "text")]
    if mark.kind == "substitute":
        found += [(mark.text_end, mark.new_start, "arrow"), (mark.new_start, mark.new_end, "new")]
    found += [(closing, closing + 3, "syntax"), (closing + 3, mark.end, "comment")]
    return found


def labels(text: str, marks: list[CriticMark]) -> list[str]:
    """What each character of ``text`` is: its mark's kind and part, a comment (one that
    attributes a change is read as a comment of its own on the lines after the change's), or
    ``-``."""
    out = ["-"] * len(text)
    for mark in marks:
        for start, end, part in parts(mark):
            for at in range(max(start, 0), min(end, len(text))):
                out[at] = part if part == "comment" else f"{mark.kind}:{part}"
    return out


def read_by_line(text: str) -> list[str]:
    """The labels of ``text`` read a line at a time, each line going on with the part the line
    above left open and told which lines end inside a mark (``open_line_ends``)."""
    ends = open_line_ends(text)
    out: list[str] = []
    carried: OpenMark | None = None
    for index, line in enumerate(text.split("\n")):
        marks, carried = line_marks(line, carried, ends.get(index))
        out += [*labels(line, marks), "\n"]
    return out[:-1]


def whole(text: str) -> list[str]:
    found = labels(text, critic_marks(text))
    return [("\n" if char == "\n" else label) for char, label in zip(text, found, strict=True)]


def test_a_deletion_from_a_heading_over_paragraphs():
    text = "## Kronologi {--versi lama\n\nAir naik.\n\nWarga mengungsi.--}{>>@Rina<<} Petugas"
    assert open_line_ends(text) == dict.fromkeys(range(4), OpenMark("{--"))
    lines = text.split("\n")
    assert line_marks(lines[0], None, OpenMark("{--"))[1] == OpenMark("{--")
    marks, left = line_marks(lines[4], OpenMark("{--"))
    assert left is None and [m.kind for m in marks] == ["delete"]
    assert lines[4][: marks[0].text_end] == "Warga mengungsi."
    assert lines[4][marks[0].end :] == " Petugas"  # the comment goes with it
    assert read_by_line(text) == whole(text)


def test_a_substitution_and_its_comment_over_lines():
    text = "Petugas {~~telah~>sudah\nmulai~~}{>>@Rina\n(2026)<<} menyiagakan"
    assert open_line_ends(text) == {0: OpenMark("{~~", True), 1: OpenMark("{>>")}
    assert read_by_line(text) == whole(text)
    # one substitution closes on a line where the next one opens and goes on
    text = "{~~a~>b\nc~~} {~~d~>e\nf~~} g"
    assert open_line_ends(text) == {0: OpenMark("{~~", True), 1: OpenMark("{~~", True)}
    assert read_by_line(text) == whole(text)


def test_an_opening_that_never_closes_is_text():
    text = "Satu {--dua\n\ntiga {++empat++} lima"
    assert open_line_ends(text) == {}
    assert read_by_line(text) == whole(text)
    assert line_marks("Satu {--dua", None, None) == ([], None)


def test_a_reading_older_than_the_line_is_not_taken_as_it_is():
    # the line no longer opens the mark the reading says: nothing is left open
    assert line_marks("Satu dua", None, OpenMark("{--")) == ([], None)
    # the closing taken away just now: the mark is shown to the line's end, not beyond
    marks, left = line_marks("akhir tanpa penutup", OpenMark("{--"), None)
    assert left is None and (marks[0].start, marks[0].end) == (-4, len("akhir tanpa penutup") + 4)
    # a closing typed just now in a line the mark ran over: it ends there
    marks, left = line_marks("ini--} sisanya", OpenMark("{--"), OpenMark("{--"))
    assert left is None and marks[0].end == len("ini--}")


def test_the_lines_of_a_story_end_inside_its_marks_but_never_across_a_fence():
    text = (
        "---\ntitle: Uji\n---\n# Judul {--lama\n\nParagraf.\n\nakhir--} sisa.\n\n"
        "Lalu {==sorot\n\n```\nkode==}\n```\n"
    )
    assert ProseLines(scan_article(text)).open_ends == dict.fromkeys(range(4, 8), OpenMark("{--"))


PIECES = st.sampled_from(
    ["{++", "++}", "{--", "--}", "{~~", "~>", "~~}", "{==", "==}", "{>>", "<<}", "@Rina ",
     "kata", " ", "\n", "\n\n", "-", "~", "{", "}", ">", "+", "="]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(PIECES, max_size=60).map("".join))
def test_read_by_line_as_the_whole_run_reads_it(text):
    assert read_by_line(text) == whole(text)

"""A story of more review marks than one story may hold (``MAX_MARKS``) is refused at the line
of the first mark too many, by everything that reads its marks (QA35 #13: 2,400,000 marks, 19
MB, held ``check`` 63-83 s and 1.7 GB, ``review`` 17 s, ``review --accept-all`` 62 s and 2.7
GB); marks in code are no marks and never count."""

from __future__ import annotations

import pytest

from netizen_editor.checks.context import check_text
from netizen_editor.cli import main
from netizen_editor.errors import ArticleError
from netizen_editor.grammar import inline
from netizen_editor.grammar.prose import ProseLines
from netizen_editor.grammar.scan import scan_article
from netizen_editor.review.mark_cap import MAX_MARKS
from netizen_editor.review.marks import review_marks
from netizen_editor.settings import Settings
from tests.review.test_cli import isolated_config  # noqa: F401 (a fixture)

FRONT = "---\ntitle: Uji\n---\n\n"  # the body's first paragraph is on line 5
REFUSAL = f"more than {MAX_MARKS} review marks; at most {MAX_MARKS} are read in one story"


def story(marks: int, mark: str = "{++a++}") -> str:
    """``marks`` suggestions, ten to a paragraph: the one past MAX_MARKS is on line
    ``5 + 2 * (MAX_MARKS // 10)``."""
    rows = ("Warga " + f"{mark} " * min(10, marks - k) for k in range(0, marks, 10))
    return FRONT + "\n\n".join(rows) + "\n"


#: a suggestion as the window writes it: with the comment that attributes it
ATTRIBUTED = "{++a++}{>>@Ani (2026-12-06T10:30+07:00)<<}"


LINE = 5 + 2 * (MAX_MARKS // 10)


@pytest.fixture(autouse=True)
def in_english(isolated_config):  # noqa: F811 (the fixture imported above)
    """The core's messages in English (``isolated_config`` puts the language back)."""
    from netizen_editor import i18n

    i18n.set_language("en")


@pytest.fixture
def marks_read(monkeypatch):
    """How many marks the grammar found since the test started."""
    found = [0]
    original = inline._raw_marks

    def counted(*args, **kwargs):
        marks = original(*args, **kwargs)
        found[0] += len(marks)
        return marks

    monkeypatch.setattr(inline, "_raw_marks", counted)
    monkeypatch.setattr("netizen_editor.grammar.mark_count._raw_marks", counted)
    return found


def test_as_many_marks_as_a_story_may_hold_are_read():
    assert len(review_marks(story(MAX_MARKS))) == MAX_MARKS


def test_a_suggestion_with_its_attribution_counts_once():
    assert len(review_marks(story(MAX_MARKS, ATTRIBUTED))) == MAX_MARKS
    with pytest.raises(ArticleError) as refused:
        review_marks(story(MAX_MARKS + 1, ATTRIBUTED))
    assert refused.value.line == LINE


def test_one_more_is_refused_at_its_line_and_the_reading_stops_there(marks_read):
    with pytest.raises(ArticleError) as refused:
        review_marks(story(3 * MAX_MARKS))
    assert (refused.value.line, refused.value.message) == (LINE, REFUSAL)
    assert marks_read[0] <= 2 * MAX_MARKS + 2  # the old code read all 60,000


def test_the_editor_reads_none_of_them_across_lines(marks_read):
    # what the editor's highlighter and spell layer ask of each revision: 2,400,000 marks read
    # here froze the window 20 s a keystroke
    text = story(3 * MAX_MARKS).replace("{++a++} ", "{--a\nb--} ")
    lines = ProseLines(scan_article(text))
    assert lines.too_many_marks
    assert (lines.open_ends, lines.blanks) == ({}, {})
    assert marks_read[0] <= 2 * MAX_MARKS + 2
    fewer = ProseLines(scan_article(story(10).replace("{++a++} ", "{--a\nb--} ")))
    assert (len(fewer.open_ends), len(fewer.blanks)) == (10, 11)  # 10 marks over 11 lines


def test_marks_in_code_are_not_counted():
    code = "```\n" + "{++a++}\n" * (MAX_MARKS + 5) + "```\n\n"
    spans = "Kode " + "`{++a++}` " * (MAX_MARKS + 5) + "\n\n"
    marks = review_marks(FRONT + code + spans + "Warga {++a++} pulang.\n")
    assert [mark.text for mark in marks] == ["a"]


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "tanda.md"
    path.write_text(story(MAX_MARKS + 1), encoding="utf-8")
    return path


def test_the_review_command_refuses_it(path, english, capsys):
    assert main(["review", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"{path}:{LINE}: {REFUSAL}"]


@pytest.mark.parametrize("decision", ["--accept-all", "--reject-all"])
def test_accepting_or_rejecting_all_refuses_it_and_changes_nothing(path, english, decision, capsys):
    before = path.read_bytes()
    assert main(["review", str(path), decision]) == 2
    assert capsys.readouterr().err.splitlines() == [f"{path}:{LINE}: {REFUSAL}"]
    assert path.read_bytes() == before


def test_check_refuses_it(path, english, capsys):
    assert main(["check", str(path)]) == 2
    assert capsys.readouterr().err.splitlines() == [f"{path}:{LINE}: {REFUSAL}"]


def test_the_export_refuses_it(path, english, tmp_path, capsys):
    assert main(["export", str(path), "-o", str(tmp_path / "keluar") + "/"]) == 2
    assert f"{path}:{LINE}: {REFUSAL}" in capsys.readouterr().err.splitlines()


def test_the_windows_review_check_says_it_at_its_line(path, english):
    findings = check_text(path.read_text(encoding="utf-8"), path, Settings(ui_language="en"))
    review = [(f.line, f.level.value, f.message) for f in findings if f.rule == "review"]
    assert review == [(LINE, "error", REFUSAL)]

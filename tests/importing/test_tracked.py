"""Markers → review marks: substitutions, comments that cannot be a highlight, odd text."""

from __future__ import annotations

from netizen_editor.importing.tracked import (
    CLOSE,
    COMMENT_END,
    COMMENT_START,
    DELETE,
    INSERT,
    Review,
    accepted_text,
    marker,
    render_marks,
)
from netizen_editor.review.marks import review_marks

WHEN = "2026-12-05T03:00:00Z"


def review() -> tuple[Review, int, int, int]:
    found = Review(zone="WIB")
    return (
        found,
        found.add_change("Ani", WHEN),
        found.add_change("Ani", WHEN),
        found.add_change("Budi", WHEN),
    )


def test_a_deletion_then_an_insertion_of_one_author_is_a_substitution():
    marks, one, two, _three = review()
    text = f"kata {marker(DELETE, one)}lama{CLOSE}{marker(INSERT, two)}baru{CLOSE} di sini"
    assert render_marks(text, marks) == (
        "kata {~~lama~>baru~~}{>>@Ani (2026-12-05T10:00+07:00)<<} di sini"
    )


def test_changes_of_two_authors_stay_two_marks():
    marks, one, _two, three = review()
    text = f"{marker(DELETE, one)}lama{CLOSE}{marker(INSERT, three)}baru{CLOSE}"
    rendered = render_marks(text, marks)
    assert [(m.kind, m.author) for m in review_marks(rendered)] == [
        ("delete", "Ani"),
        ("insert", "Budi"),
    ]


def test_a_comment_across_a_change_stands_alone_after_it():
    marks, one, _two, _three = review()
    key = marks.add_comment("7", "Citra", WHEN, "Cek lagi")
    text = (
        f"Awal {marker(COMMENT_START, key)}teks {marker(INSERT, one)}sisip"
        f"{marker(COMMENT_END, key)}an{CLOSE} akhir"
    )
    rendered = render_marks(text, marks)
    assert rendered == (
        "Awal teks {++sisipan++}{>>@Ani (2026-12-05T10:00+07:00)<<}"
        "{>>@Citra (2026-12-05T10:00+07:00): Cek lagi<<} akhir"
    )
    kinds = [(m.kind, m.author, m.comment) for m in review_marks(rendered)]
    assert kinds == [("insert", "Ani", ""), ("comment", "Citra", "")]


def test_a_comment_across_a_substitution_stands_alone_after_it():
    # the substitution is written first: a highlight around it would blunt its syntax
    marks, one, two, _three = review()
    key = marks.add_comment("8", "Citra", WHEN, "Cek lagi")
    text = (
        f"Awal {marker(COMMENT_START, key)}kata {marker(DELETE, one)}lama{CLOSE}"
        f"{marker(INSERT, two)}baru{CLOSE} lagi{marker(COMMENT_END, key)} akhir"
    )
    rendered = render_marks(text, marks)
    assert rendered == (
        "Awal kata {~~lama~>baru~~}{>>@Ani (2026-12-05T10:00+07:00)<<} lagi"
        "{>>@Citra (2026-12-05T10:00+07:00): Cek lagi<<} akhir"
    )
    kinds = [(m.kind, m.text, m.new_text) for m in review_marks(rendered)]
    assert kinds == [("substitute", "lama", "baru"), ("comment", "Cek lagi", "")]


def test_a_comment_over_two_paragraphs_is_a_comment_at_its_end():
    marks = Review()
    key = marks.add_comment("1", "Citra", WHEN, "Dua paragraf?")
    text = f"{marker(COMMENT_START, key)}Satu.\n\nDua.{marker(COMMENT_END, key)}"
    assert render_marks(text, marks) == (
        "Satu.\n\nDua.{>>@Citra (2026-12-05T10:00+07:00): Dua paragraf?<<}"
    )


def test_text_that_looks_like_mark_syntax_cannot_close_a_mark():
    marks, one, _two, _three = review()
    text = f"{marker(INSERT, one)}a ++}} b{CLOSE}"
    rendered = render_marks(text, marks)
    assert [m.text for m in review_marks(rendered)] == ["a ++) b"]


def test_a_comment_text_on_several_lines_is_one_line():
    marks = Review()
    key = marks.add_comment("1", "Citra", "", "baris satu\nbaris <<} dua")
    rendered = render_marks(f"{marker(COMMENT_START, key)}x{marker(COMMENT_END, key)}", marks)
    assert rendered == "{==x==}{>>@Citra (): baris satu baris <<) dua<<}"
    assert [m.comment for m in review_marks(rendered)] == ["baris satu baris <<) dua"]


def test_accepted_text_drops_deletions_and_markers():
    marks, one, two, _three = review()
    text = f"a {marker(DELETE, one)}lama{CLOSE}{marker(INSERT, two)}baru{CLOSE}"
    assert accepted_text(text) == "a baru"
    assert render_marks("no markers", marks) == "no markers"


def test_a_reply_on_the_same_text_is_kept_after_the_comment():
    marks = Review()
    first = marks.add_comment("1", "Citra", WHEN, "Sumbernya?")
    reply = marks.add_comment("2", "Dedi", WHEN, "Humas kementerian.")
    text = (
        f"Kata {marker(COMMENT_START, first)}{marker(COMMENT_START, reply)}menteri"
        f"{marker(COMMENT_END, first)}{marker(COMMENT_END, reply)} tadi."
    )
    rendered = render_marks(text, marks)
    found = [(m.kind, m.author) for m in review_marks(rendered)]
    assert found == [("comment", "Citra"), ("comment", "Dedi")]
    assert rendered.startswith("Kata menteri{>>@Citra") and rendered.endswith("<<} tadi.")

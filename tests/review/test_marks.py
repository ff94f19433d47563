"""The review marks of an article with their file lines and columns: only in prose, never in
the front matter, code or HTML blocks."""

from __future__ import annotations

import datetime as dt

from netizen_editor.grammar.scan import scan_article
from netizen_editor.review.marks import comment_place, review_marks, touches_marks

WIB = dt.timezone(dt.timedelta(hours=7))
ARTICLE = (
    "---\n"
    "title: Banjir {++surut++}\n"
    "summary: '{--lama--}'\n"
    "---\n"
    "\n"
    "Banjir {++ pada Sabtu pagi++}{>>@Bambang Sutejo (2026-12-06T10:30+07:00)<<} surut.\n"
    "\n"
    "```\n"
    "{--kode--}\n"
    "```\n"
    "\n"
    "    {++indented code++}\n"
    "\n"
    "<div>\n"
    "{==html==}\n"
    "</div>\n"
    "\n"
    "Pakai `{++kode++}` dan {~~merubah~>mengubah~~}.\n"
    "{>>@Ani (2026-12-06T11:00+07:00): Sumbernya siapa?<<}{>>@Bambang Sutejo (kemarin): Polda<<}\n"
)


def test_marks_with_their_file_line_and_column():
    marks = review_marks(ARTICLE)
    assert [(m.kind, m.line, m.column, m.text) for m in marks] == [
        ("insert", 6, 8, " pada Sabtu pagi"),
        ("substitute", 18, 24, "merubah"),
        ("comment", 19, 1, "Sumbernya siapa?"),
        ("comment", 19, 54, "Polda"),
    ]
    insert, sub, comment, reply = marks
    assert (insert.author, insert.time) == (
        "Bambang Sutejo",
        dt.datetime(2026, 12, 6, 10, 30, tzinfo=WIB),
    )
    assert (insert.end_line, insert.end_column) == (6, 76)  # after its attribution comment
    assert ARTICLE[insert.start : insert.end].startswith("{++ pada")
    assert ARTICLE[insert.start : insert.end].endswith("+07:00)<<}")
    assert sub.new_text == "mengubah" and ARTICLE[sub.new_start : sub.new_end] == "mengubah"
    assert (comment.author, reply.author, reply.time) == ("Ani", "Bambang Sutejo", None)


def test_a_mark_across_paragraphs_and_crlf_line_ends():
    text = "---\r\ntitle: A\r\n---\r\nSatu {++dua\r\n\r\n  \r\ntiga++} empat.\r\n"
    (mark,) = review_marks(text)
    assert (mark.line, mark.column, mark.end_line, mark.end_column) == (4, 6, 7, 8)
    assert text[mark.start : mark.end] == "{++dua\r\n\r\n  \r\ntiga++}"
    assert text[mark.text_start : mark.text_end] == "dua\r\n\r\n  \r\ntiga"


def test_a_mark_never_crosses_a_fence():
    text = "A {++satu\n\n```\nkode\n```\n\ndua++} b\n"
    assert review_marks(text) == []


def test_the_scan_given_is_used_and_the_json_shape():
    scan = scan_article(ARTICLE)
    marks = review_marks(ARTICLE, scan)
    assert marks == review_marks(ARTICLE)
    assert marks[0].as_json() == {
        "kind": "insert", "line": 6, "column": 8, "end_line": 6, "end_column": 76,
        "text": " pada Sabtu pagi", "new_text": "", "author": "Bambang Sutejo",
        "time": "2026-12-06T10:30:00+07:00", "comment": "",
    }  # fmt: skip


def test_no_marks():
    assert review_marks("") == []
    assert review_marks("---\ntitle: '{++x++}'\n---\nTeks biasa {kurung}.\n") == []


def test_a_comment_right_after_a_mark_is_a_reply_in_its_thread():
    from netizen_editor.review.marks import reply_flags, thread_span

    text = (
        "{==Dua==}{>>@Rina: siapa?<<}{>>@Budi: BPBD.<<}{>>@Rina: oke<<} orang.\n\n"
        "{--kata --}{>>@Bambang<<}{>>@Rina: kenapa?<<}lagi {>>@Dewi: catatan<<}\n"
    )
    marks = review_marks(text)
    assert [m.kind for m in marks] == ["highlight", "comment", "comment", "delete", "comment",
                                       "comment"]  # fmt: skip
    assert reply_flags(marks) == [False, True, True, False, True, False]
    assert thread_span(marks, marks[2]) == (0, 3)  # from a reply: the highlight and both replies
    assert thread_span(marks, marks[0]) == (0, 3)
    assert thread_span(marks, marks[3]) == (3, 5)  # the deletion (its attribution is its own)
    assert thread_span(marks, marks[5]) == (5, 6)  # after a word: a comment of its own
    assert reply_flags([]) == []


def test_what_touches_a_mark():
    text = "---\ntitle: Uji\n---\nAwal {++baru++}{>>@Rina (2026-12-06T10:30+07:00)<<} akhir.\n"
    marks = review_marks(text)
    start, end = text.index("{++"), text.index(" akhir")
    assert not touches_marks(marks, 0, start)  # up to it, and from just after it
    assert not touches_marks(marks, end, len(text))
    assert not touches_marks(marks, start, start) and not touches_marks(marks, end, end)
    assert touches_marks(marks, 0, len(text))  # around it
    assert touches_marks(marks, start - 2, start + 1)  # over its opening
    assert touches_marks(marks, start + 4, start + 6)  # inside its text
    assert touches_marks(marks, start + 4, start + 4)  # a point inside it
    assert touches_marks(marks, text.index("{>>") - 1, text.index("{>>"))  # its closing


def test_a_comment_asked_for_inside_a_mark_goes_after_its_thread():
    text = (
        "Awal {++ baru.++}{>>@Rina (2026-12-06T10:30+07:00)<<}{>>@Budi: kenapa?<<} tengah "
        "{==Dua==}{>>@Rina: siapa?<<} akhir.\n"
    )
    marks = review_marks(text)
    thread_end = text.index(" tengah")
    assert comment_place(marks, text.index("baru")) == thread_end  # in the insertion's text
    assert comment_place(marks, text.index("++}")) == thread_end  # just before its closing
    assert comment_place(marks, text.index("kenapa")) == thread_end  # in a reply
    assert comment_place(marks, text.index("Dua")) == text.index(" akhir")
    for outside in (0, text.index("{++"), thread_end, len(text)):
        assert comment_place(marks, outside) == outside  # before, between, after: stays

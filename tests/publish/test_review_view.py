"""The preview shows review marks: coloured in the review view, resolved in the final view;
exports never (review.publish)."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.publish.body import BodyRenderer, join_chunks
from netizen_editor.publish.page_view import snippet_from_body
from netizen_editor.publish.preview_patch import PreviewRenderer
from netizen_editor.publish.review_view import with_marks
from netizen_editor.settings import Settings

SIGN = "{>>@Rina (2026-12-06T10:30+07:00)<<}"
TEXT = f"""---
title: Uji
---
Banjir {{++*besar* ++}}{SIGN}melanda kota.

Warga {{--terpaksa --}}mengungsi, petugas {{~~merubah~>mengubah~~}} jalur.

{{==Dua orang==}}{{>>@Dewi (2026-12-06T10:31+07:00): Sumbernya <siapa>?<<}} hilang. `{{++kode++}}`
"""


def test_the_review_view_colours_each_mark_and_keeps_its_markdown():
    renderer = PreviewRenderer()
    state = renderer.state(renderer.parse(TEXT, None), Settings())
    body = "\n".join(state.chunks)
    assert '<ins class="nz-added"><em>besar</em> </ins>' in body
    assert '<del class="nz-deleted">terpaksa </del>' in body
    assert '<del class="nz-deleted">merubah</del><ins class="nz-added">mengubah</ins>' in body
    assert '<mark class="nz-marked">Dua orang</mark>' in body
    assert "Sumbernya &lt;siapa&gt;?" in body and "<b>Dewi 06/12 10.31</b>" in body
    assert "<code>{++kode++}</code>" in body  # a mark in a code span is text
    assert "{++" not in body.replace("<code>{++kode++}</code>", "")
    assert "ins.nz-added" in state.css
    page = renderer.page(state, renderer.parse(TEXT, None), Settings())
    assert "ins.nz-added" in page  # the page's first load has the styles too


def test_the_final_view_reads_as_if_all_were_accepted():
    renderer = PreviewRenderer()
    renderer.mark_view = "final"
    body = "\n".join(renderer.state(renderer.parse(TEXT, None), Settings()).chunks)
    assert "Banjir <em>besar</em> melanda kota." in body
    assert "Warga mengungsi, petugas mengubah jalur." in body
    assert "Dua orang hilang." in body and "Sumbernya" not in body and "nz-" not in body


def test_switching_the_view_renders_again():
    renderer = PreviewRenderer()
    article = renderer.parse(TEXT, None)
    review = renderer.state(article, Settings())
    renderer.mark_view = "final"
    final = renderer.state(article, Settings())
    renderer.mark_view = "review"
    assert renderer.state(article, Settings()).chunks == review.chunks != final.chunks


def test_the_whole_body_render_of_an_export_leaves_marks_to_review_publish():
    body = BodyRenderer().render(Article.parse(TEXT), Settings())
    assert "nz-added" not in body  # exports resolve marks before rendering


def test_text_without_marks_is_unchanged():
    assert with_marks("no {braces} here", "review") == "no {braces} here"
    renderer = BodyRenderer()
    article = Article.parse("---\ntitle: X\n---\nSatu {dua}.\n")
    renderer.mark_view = "review"
    assert "Satu {dua}." in join_chunks(renderer.render_chunks(article, Settings()))


def test_an_addition_and_a_deletion_over_paragraphs_show_in_each_paragraph():
    # a whole new paragraph is a common suggestion: each of its paragraphs is shown added,
    # and stays a paragraph (a list item stays an item)
    sign = "{>>@Rina (2026-12-06T10:30+07:00)<<}"
    text = (
        "---\ntitle: Uji\n---\n\nSebelum {++satu\n\ndua paragraf\n\n- tiga++}"
        + sign
        + " sesudah.\n\n{--hapus ini\n\ndan ini--}"
        + sign
        + "\n\nAkhir.\n"
    )
    renderer = PreviewRenderer()
    review = renderer.state(renderer.parse(text, None), Settings()).chunks
    assert review[1] == '<p data-line="7"><ins class="nz-added">dua paragraf</ins></p>'
    assert '<li><ins class="nz-added">tiga</ins><span class="nz-note">' in review[2]
    assert '<del class="nz-deleted">hapus ini</del>' in review[3]
    assert '<del class="nz-deleted">dan ini</del>' in review[4]
    assert not any("{++" in c or "++}" in c or "--}" in c for c in review)
    renderer.mark_view = "final"
    final = "\n".join(renderer.state(renderer.parse(text, None), Settings()).chunks)
    assert "dua paragraf" in final and "hapus ini" not in final and "dan ini" not in final
    assert "<li>tiga sesudah.</li>" in final


NOTE_FIRST = """---
title: Taman Kota
dateline: Bandung
---
{>>@Impor: Tanggal siaran pers: Jumat, 5 Desember 2026<<}

Pemerintah kota meresmikan taman baru di pusat kota.

Paragraf dua.
"""


def test_a_comment_alone_above_the_story_is_no_paragraph_of_it():
    # the import puts a release's date in such a comment: the dateline and the header's
    # snippet are the story's first paragraph's, in the review view as in the export
    renderer = PreviewRenderer()
    article = renderer.parse(NOTE_FIRST, None)
    state = renderer.state(article, Settings())
    assert 'class="nz-note"' in state.chunks[0] and "dateline" not in state.chunks[0]
    assert "<b>Impor</b>" in state.chunks[0]  # the import wrote it
    assert state.chunks[1].startswith(
        '<p data-line="7"><strong class="dateline">BANDUNG, Netizen.co.id</strong> - Pemerintah'
    )
    header = renderer.page(state, article, Settings())
    assert "Pemerintah kota meresmikan taman baru" in header
    assert "Tanggal siaran pers" not in header.replace(state.chunks[0], "")


def test_typing_into_the_comments_line_makes_it_the_first_paragraph():
    renderer = BodyRenderer()
    renderer.mark_view = "review"
    renderer.render_chunks(Article.parse(NOTE_FIRST), Settings())
    typed = NOTE_FIRST.replace("2026<<}\n", "2026<<} Warga senang.\n")
    chunks = renderer.render_chunks(Article.parse(typed), Settings())
    assert chunks[0].html.startswith('<p data-line="5"><strong class="dateline">')
    assert "dateline" not in chunks[1].html


def test_the_snippet_is_the_first_paragraph_with_text():
    body = (
        '<p data-line="1"><span class="nz-note"><b>Dewi</b>Cek nama</span></p>\n'
        '<p data-line="3"><img src="a.jpg" alt=""></p>\n<p data-line="5">Warga &amp; petugas.</p>'
    )
    assert snippet_from_body(body) == "Warga & petugas."
    assert snippet_from_body('<p>Satu <span class="nz-note"><b>?</b>catatan</span>dua</p>') == (
        "Satu dua"
    )


def test_a_reply_is_a_narrower_note_under_the_one_it_answers():
    text = (
        "---\ntitle: T\n---\n"
        "{>>@Impor: Tanggal siaran pers 5 Desember 2026<<}{>>@Rina: dicek<<}\n\n"
        "Warga {==dua orang==}{>>@Rina (2026-12-06T10:33+07:00): Siapa?<<}"
        "{>>@Budi (2026-12-06T10:40+07:00): BPBD.<<} hilang. {>>@Dewi: lain<<}\n"
    )
    renderer = PreviewRenderer()
    article = renderer.parse(text, None)
    state = renderer.state(article, Settings())
    notes, story = state.chunks[0], state.chunks[1]
    assert notes.count('class="nz-note nz-reply"') == 1 and "dicek" in notes  # the note's reply
    assert "dateline" not in notes  # still a paragraph of notes only, no story's
    assert story.count('class="nz-note nz-reply"') == 1  # Budi's answer to the highlight
    assert story.index("Siapa?") < story.index("nz-reply") < story.index("BPBD.")
    assert story.count('class="nz-note"') == 2  # Rina's question, and Dewi's own comment
    assert "↪" not in story  # the arrow is the stylesheet's, not the text's


def test_a_story_with_no_text_yet_has_no_snippet():
    # its body shows where it starts (the dateline alone): the header's snippet does not
    # repeat it (QA6: "Netizen.co.id -" twice on a new story)
    renderer = PreviewRenderer()
    article = renderer.parse("---\ntitle: ''\nsummary: ''\n---\n", None)
    state = renderer.state(article, Settings())
    assert 'class="dateline"' in state.chunks[0]
    assert snippet_from_body("".join(state.chunks)) == ""

"""The live preview renders only the chunks an edit changed: after any run of edits, the
chunks ``render_chunks`` gives equal a fresh renderer's, and what it says it changed is all
that changed."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from netizen_editor.article.model import Article
from netizen_editor.publish.body import BodyRenderer, ChunkHtml
from netizen_editor.publish.preview_patch import PreviewRenderer, diff_states
from netizen_editor.settings import Settings
from netizen_editor.timebudget import Budget


@pytest.fixture(autouse=True, scope="module")
def unhurried():
    """These compare two renderers' results, not their time: each chunk gets a minute, not its
    1 s budget (on a loaded machine one renderer ran out on a chunk and showed it as its
    source while the other rendered it)."""
    start = Budget.start
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Budget, "start", lambda self, seconds: start(self, max(seconds, 60.0)))
        yield


FRONT = "---\ntitle: Judul Artikel Tes\ndateline: Jakarta\n---\n"
PIECES = [
    "Paragraf biasa.",
    "Paragraf dengan catatan[^1] kaki.",
    "Lagi catatan[^1] yang sama.",
    "[^1]: Catatan kaki.",
    "## Sub",
    "## Sub",
    "### Sub",
    "# Judul Artikel Tes",
    "JAKARTA, Netizen.co.id - Paragraf bertanggal.",
    "- satu\n- dua",
    "> kutipan",
    "```\nkode\n```",
    "```\nterbuka",
    "[[ad]]",
    "<!--more-->",
    '<div data-line="3">html</div>',
    "Baca juga: [Lain](https://netizen.co.id/x)",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "[r]: https://netizen.co.id",
    "Pakai [r] di sini.",
    "",
]
TYPED = [*PIECES, "x", " kata", "\n", "\n\n", "#", "- ", "```", "[^1]", "<h2>", "    "]


def _check_against_fresh(renderer: BodyRenderer, text: str, before: list[ChunkHtml]) -> None:
    article = Article.parse(FRONT + text)
    serial = renderer.serial
    got = renderer.render_chunks(article, Settings())
    fresh = BodyRenderer()
    fresh.mark_view = renderer.mark_view
    assert got == fresh.render_chunks(article, Settings()), text
    assert [(e.line, str(e)) for e in renderer.problems] == [
        (e.line, str(e)) for e in fresh.problems
    ]
    change = renderer.last_change
    if renderer.serial == serial:  # nothing changed
        assert got == before
    elif change is not None:
        assert got[: change.head] == before[: change.head]
        old_tail, new_tail = before[change.old_tail :], got[change.new_tail :]
        assert len(old_tail) == len(new_tail)
        for old, new in zip(old_tail, new_tail, strict=True):
            assert new.line == (old.line + change.delta if old.line else 0)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=14),
    st.lists(st.tuples(st.floats(0, 1), st.sampled_from(TYPED), st.integers(0, 3)), max_size=8),
)
def test_edits_render_as_a_fresh_renderer_does(parts, edits):
    text = "\n\n".join(parts) + "\n"
    renderer = BodyRenderer()
    before = renderer.render_chunks(Article.parse(FRONT + text), Settings())
    for where, typed, removed in edits:
        at = int(where * len(text))
        text = text[:at] + typed + text[at + removed :]
        _check_against_fresh(renderer, text, before)
        before = renderer.render_chunks(Article.parse(FRONT + text), Settings())


SIGN = "{>>@Rina (2026-12-06T10:30+07:00)<<}"
MARKED = [
    "Paragraf biasa.",
    "Awal {++tambahan satu",
    "tengah saran",
    "akhir tambahan++}" + SIGN + " sesudah.",
    "{--hapus satu",
    "- hapus dua--}" + SIGN,
    "Kata {++kecil++}" + SIGN + " dan {--besar--}.",
    "## Sub {++baru++}",
    "{>>@Dewi: tanggal siaran pers 5/12<<}",  # a comment alone: no paragraph of the story
    "",
]
MARK_TYPED = [*MARKED, "x", "\n\n", "{++", "++}", "{--", "--}", SIGN]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["review", "final"]),
    st.lists(st.sampled_from(MARKED), min_size=1, max_size=12),
    st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(MARK_TYPED), st.integers(0, 3)), max_size=8
    ),
)
def test_marks_over_paragraphs_render_as_a_fresh_renderer_does(view, parts, edits):
    # an edit that opens or closes a mark over paragraphs changes the chunks below it
    text = "\n\n".join(parts) + "\n"
    renderer = BodyRenderer()
    renderer.mark_view = view
    before = renderer.render_chunks(Article.parse(FRONT + text), Settings())
    for where, typed, removed in edits:
        at = int(where * len(text))
        text = text[:at] + typed + text[at + removed :]
        _check_against_fresh(renderer, text, before)
        before = renderer.render_chunks(Article.parse(FRONT + text), Settings())


def _long_article(paragraphs: int) -> str:
    parts = []
    for i in range(paragraphs):
        note = "[^1]" if i % 100 == 1 else ""
        parts.append(f"Paragraf nomor {i} dengan beberapa kata{note} untuk dibaca.")
        if i % 10 == 0:
            parts.append(f"## Bagian {i // 10}")
    parts.append("[^1]: Catatan.")
    return FRONT + "\n\n".join(parts) + "\n"


def test_typing_in_a_paragraph_renders_only_its_chunks():
    text = _long_article(2000)
    renderer = BodyRenderer()
    renderer.render_chunks(Article.parse(text), Settings())
    at = text.index("Paragraf nomor 1000 ")
    typed = text[:at] + "x" + text[at:]
    out = renderer.render_chunks(Article.parse(typed), Settings())
    change = renderer.last_change
    assert change is not None  # no pass over the whole body was needed
    assert change.new_tail - change.head <= 5 and change.delta == 0
    assert any("xParagraf nomor 1000 " in c.html for c in out[change.head : change.new_tail])
    # a new line moves the chunks below, and they are moved, not rendered again
    enter = typed[:at] + "\n\n" + typed[at:]
    out = renderer.render_chunks(Article.parse(enter), Settings())
    change = renderer.last_change
    assert change is not None and change.delta == 2
    assert out == BodyRenderer().render_chunks(Article.parse(enter), Settings())


def test_the_preview_state_and_its_patch_follow_the_edit():
    text = _long_article(400)
    renderer = PreviewRenderer()
    settings_ = Settings()
    old = renderer.state(renderer.parse(text, None), settings_)
    at = text.index("Paragraf nomor 200 ")
    for typed in (text[:at] + "x" + text[at:], text[:at] + "x\n\n" + text[at:]):
        new = renderer.state(renderer.parse(typed, None), settings_)
        fresh = PreviewRenderer().state(PreviewRenderer().parse(typed, None), settings_)
        assert new.chunks == fresh.chunks and new.lines == fresh.lines
        assert new.keys == fresh.keys
        patch = diff_states(old, new)
        assert patch == diff_states(
            old,
            type(new)(
                new.chunks, new.lines, new.header, new.footer, new.css, new.title, new.chrome
            ),
        )  # the edit's hint gives the same patch as comparing every chunk
        assert patch.body is not None and patch.body.remove <= 3
        old = new

"""The paragraphs of a version and of the current text paired as what they are (QA33 #1, #9):
a paragraph added since is taken out, one deleted since is put back, a rewritten one gets its
words back; taking one out leaves no blank lines behind; a long run of paragraphs each with a
word changed is word changes, not the whole text deleted and added."""

from __future__ import annotations

import itertools
import math
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from netizen_editor.history import pairing
from netizen_editor.history.diff import DELETE, INSERT, word_diff
from netizen_editor.history.pairing import LIKE, _best_pairs, likeness
from netizen_editor.history.paragraphs import ADDED, CHANGED, DELETED, changed_parts

HEAD = "---\ntitle: Gempa Cianjur\nid: 6b1f0c2e-3d4a-4e5f-8a9b-0c1d2e3f4a5b\n---\n"
INTRO = "Gempa bermagnitudo 5,6 mengguncang Cianjur.\n\nBMKG menyebut tidak ada tsunami.\n\n"


def update(n: int) -> str:
    return (
        f"Pembaruan ke-{n}: warga melaporkan kerusakan rumah di desa nomor {n}, dan petugas "
        "BPBD terus mendata korban."
    )


def with_updates(count: int) -> str:
    """The story after ``count`` exports, each adding one update at the end (as QA's)."""
    return HEAD + INTRO + "\n\n".join(update(n) for n in range(1, count + 1)) + "\n"


def test_paragraphs_added_after_the_versions_last_are_each_taken_out_whole():
    """QA33 #1: the first of ten versions against the current text. Updates 2 … 10 were all
    added since: each is taken out, and taking one out leaves the others as they were, no
    blank line where it was (ke-3 … ke-9 were "restored" to nothing, leaving three blank
    lines)."""
    old, new = with_updates(1), with_updates(10)
    parts = changed_parts(word_diff(old, new), new).parts
    assert [p.kind for p in parts] == [ADDED] * 9
    for n, part in zip(range(2, 11), parts, strict=True):
        assert update(n) in part.new and part.old == ""
        restored = part.restored(new)
        assert restored is not None
        kept = [update(k) for k in range(1, 11) if k != n]
        # the paragraph and one blank line gone; the last one's blank line before it stays
        # until the paragraphs after the version's last are all gone
        assert restored.rstrip("\n") == (HEAD + INTRO + "\n\n".join(kept))
        assert "\n\n\n" not in restored


def restored_one_by_one(old: str, text: str) -> str:
    """The middle part left, compared again after each (as the History window does), until
    none is left; no step leaves blank lines where a paragraph was."""
    for _ in range(len(text) + len(old) + 1):  # each restore takes at least a change away
        parts = changed_parts(word_diff(old, text), text).parts
        if not parts:
            return text
        restored = parts[len(parts) // 2].restored(text)
        assert restored is not None and "\n\n\n" not in restored
        text = restored
    raise AssertionError("the parts never ran out")


def test_taking_out_every_added_paragraph_gives_back_the_version():
    assert restored_one_by_one(with_updates(1), with_updates(10)) == with_updates(1)


SYLLABLES = "ba ja ri pa sa ta ku la me na so di".split()
WORDS = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]  # 1,728


def long_story(paragraphs: int, words: int, seed: int = 7) -> str:
    """QA33 #9's story, smaller: paragraphs of ``words`` words, "banjir" in each."""
    rng = random.Random(seed)
    body = "\n\n".join(
        "banjir " + " ".join(rng.choice(WORDS) for _ in range(words - 1)) + "."
        for _ in range(paragraphs)
    )
    return HEAD + body + "\n"


def word_counts(pieces) -> tuple[int, int]:
    deleted = sum(len(p.text.split()) for p in pieces if p.kind == DELETE)
    added = sum(len(p.text.split()) for p in pieces if p.kind == INSERT)
    return deleted, added


def test_a_long_run_of_paragraphs_each_with_a_word_changed_is_word_changes():
    """QA33 #9: one word changed in every paragraph of a long story (here 400 paragraphs,
    a run of 400 × 400 changed ones): each paragraph is paired with its rewrite, one part
    each, the word its only change (it was every paragraph deleted, then every one added)."""
    old = long_story(400, 20)
    new = old.replace("banjir", "genangan")
    found = changed_parts(word_diff(old, new), new)
    assert [p.kind for p in found.parts] == [CHANGED] * 400
    assert word_counts(found.pieces) == (400, 400)
    assert all(p.old.strip() == "banjir" and p.new.strip() == "genangan" for p in found.parts)


def test_a_long_run_with_paragraphs_added_and_deleted_in_it():
    """In the same long run, a paragraph added and two deleted a little further on: they
    are added and deleted, the rest paired with their rewrites."""
    old = long_story(400, 20)
    paragraphs = old[len(HEAD) :].split("\n\n")
    changed = [p.replace("banjir", "genangan") for p in paragraphs]
    added = "Paragraf tambahan tentang pengungsi di masjid terdekat."
    body = [*changed[:100], added, *changed[100:250], *changed[252:]]
    new = HEAD + "\n\n".join(body)
    found = changed_parts(word_diff(old, new), new)
    kinds = [p.kind for p in found.parts]
    assert kinds.count(CHANGED) == 398 and kinds.count(ADDED) == 1 and kinds.count(DELETED) == 2
    assert kinds[100] == ADDED and kinds[251:253] == [DELETED, DELETED]
    assert word_counts(found.pieces)[1] == 398 + len(added.split())


def test_past_the_pairings_bound_a_run_is_deleted_and_added_and_still_comes_back(monkeypatch):
    """One compare looks at the likeness of at most ``MAX_PAIRINGS`` pairs of paragraphs: a
    first long run (one paragraph added in it) is paired near the paragraphs' places, a second
    one past the bound is deleted and added whole; restoring the parts still gives back the
    version."""
    monkeypatch.setattr(pairing, "FULL", 100)  # runs of 30 a side are long
    monkeypatch.setattr(pairing, "SLACK", 2)  # 30 × 6 pairs looked at a run
    monkeypatch.setattr(pairing, "MAX_PAIRINGS", 200)
    first, second = long_story(30, 5, seed=1), long_story(30, 5, seed=2)
    old = first + "\nParagraf yang sama.\n\n" + second[len(HEAD) :]
    added = "\n\nTambahan di akhir bagian ini.\n"
    new = old.replace("banjir", "genangan").replace(".\n\nParagraf", "." + added + "\nParagraf")
    new += added[1:]
    kinds = [p.kind for p in changed_parts(word_diff(old, new), new).parts]
    assert kinds[:31] == [CHANGED] * 30 + [ADDED]
    assert set(kinds[31:]) == {DELETED, ADDED} and len(kinds) == 31 + 61
    assert restored_one_by_one(old, new) == old


def test_the_paragraphs_compare_needs_no_word_diff_of_the_body_first():
    """The History window's compare with the current text asks ``word_diff`` for the front
    matter only (``body=False``): the parts and their pieces are the same as from the whole
    word diff, the body compared once."""
    old = long_story(50, 8)
    new = old.replace("title: Gempa Cianjur", "title: Gempa Besar").replace("banjir", "hujan")
    coarse = word_diff(old, new, body=False)
    assert [c.field for c in coarse.fields] == ["title"] and len(coarse.pieces) == 2
    assert changed_parts(coarse, new) == changed_parts(word_diff(old, new), new)
    assert word_diff(old, old, body=False).pieces == word_diff(old, old).pieces


def test_a_colleagues_comment_in_a_rewritten_paragraph_leaves_it_a_rewrite():
    """A review comment's signature is no word of the paragraph: the rewrite holding one is
    paired with the version's paragraph (its words restored, where the mark is refused), not
    deleted and added (taken out whole, the colleague's suggestion with it)."""
    old = HEAD + "Satu.\n\nDua dihapus.\n\nBPBD mencatat 40 RT tergenang hingga Sabtu pagi.\n"
    comment = "{>>@Bambang (2026-12-07T19:00+07:00)<<}"
    new = HEAD + f"Satu.\n\nBPBD mencatat puluhan{{++ sekali++}}{comment} RT tergenang.\n"
    parts = changed_parts(word_diff(old, new), new).parts
    assert [p.kind for p in parts] == [DELETED, CHANGED]
    assert pairing._without_comments(f"a{comment}b{comment}") == "ab"
    assert pairing._without_comments("a{>>b<<}c{>>d") == "ac{>>d"


def best_in_band(olds, news, low, high) -> float:
    """The most likeness of pairs in order whose ``j - i`` is within the band, from the whole
    table (as the pairing did before it kept only the band)."""
    m, n = len(olds), len(news)
    most = [[0.0] * (n + 1) for _ in range(m + 1)]
    for i in range(m):
        for j in range(n):
            like = likeness(olds[i], news[j])
            take = most[i][j] + like if like >= LIKE and low <= j - i <= high else -1.0
            most[i + 1][j + 1] = max(most[i][j + 1], most[i + 1][j], take)
    return most[m][n]


SETS = st.lists(st.sets(st.sampled_from("abcdef"), max_size=4), max_size=9)


@settings(max_examples=300, deadline=None)
@given(SETS, SETS, st.one_of(st.integers(0, 3), st.none()))
def test_the_band_gives_the_best_pairs_inside_it(olds, news, slack):
    """A band of ``slack`` about the run's diagonal, or all of it (``None``, a short run)."""
    m, n = len(olds), len(news)
    low, high = (-m, n) if slack is None else (min(0, n - m) - slack, max(0, n - m) + slack)
    pairs = _best_pairs(olds, news, low, high)
    assert all(low <= j - i <= high for i, j in pairs)
    assert all(i1 < i2 and j1 < j2 for (i1, j1), (i2, j2) in itertools.pairwise(pairs))
    likes = [likeness(olds[i], news[j]) for i, j in pairs]
    assert all(like >= LIKE for like in likes)
    assert math.isclose(sum(likes), best_in_band(olds, news, low, high))

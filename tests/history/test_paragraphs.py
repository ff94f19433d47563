"""One paragraph of a version put back into the current text: the changed paragraphs of a
compare, each restorable alone, the rest and the front matter untouched."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate_article
from netizen_editor.history.diff import word_diff
from netizen_editor.history.paragraphs import (
    ADDED,
    CHANGED,
    DELETED,
    Part,
    changed_parts,
    edit_between,
)

OLD_HEAD = "---\ntitle: Banjir\nstatus: draft\n---\n"
NEW_HEAD = "---\ntitle: Banjir Besar\nstatus: review\n---\n"


def parts_of(old_body: str, new_body: str) -> tuple[str, list[Part]]:
    """The current text (its own front matter) and the parts from the version to it."""
    old, new = OLD_HEAD + old_body, NEW_HEAD + new_body
    return new, changed_parts(word_diff(old, new), new).parts


def restore(text: str, part: Part) -> str:
    restored = part.restored(text)
    assert restored is not None
    return restored


def restore_all(text: str, parts: list[Part]) -> str:
    """Every part of one compare, from the last to the first (the earlier ones stay put)."""
    for part in reversed(parts):
        text = restore(text, part)
    return text


def restore_one_by_one(old: str, text: str, *, last: bool = False) -> str:
    """The first (or last) part left, compared again after each, until none is left."""
    for _ in range(len(text) + len(old) + 1):  # each restore takes at least a change away
        parts = changed_parts(word_diff(old, text), text).parts
        if not parts:
            return text
        text = restore(text, parts[-1] if last else parts[0])
    raise AssertionError("the parts never ran out")


def test_a_deleted_paragraph_comes_back_in_its_place():
    new, parts = parts_of("Satu.\n\nDua dihapus.\n\nTiga.\n", "Satu.\n\nTiga.\n")
    assert [(p.kind, p.old, p.new) for p in parts] == [(DELETED, "Dua dihapus.\n\n", "")]
    assert restore(new, parts[0]) == NEW_HEAD + "Satu.\n\nDua dihapus.\n\nTiga.\n"


def test_a_rewritten_paragraph_gets_its_words_back_and_only_it():
    old_body = "Satu dua tiga.\n\nEmpat lima enam.\n\nTujuh delapan.\n"
    new, parts = parts_of(old_body, "Satu DUA tiga.\n\nEmpat lima enam.\n\nTujuh ENAM.\n")
    assert [p.kind for p in parts] == [CHANGED, CHANGED]
    assert restore(new, parts[0]) == NEW_HEAD + (
        "Satu dua tiga.\n\nEmpat lima enam.\n\nTujuh ENAM.\n"
    )
    assert restore(new, parts[1]) == NEW_HEAD + (
        "Satu DUA tiga.\n\nEmpat lima enam.\n\nTujuh delapan.\n"
    )


def test_the_last_paragraph_rewritten_and_one_added_after_it():
    """The version's last paragraph (no blank line after it) comes back before the one added
    since, with a blank line between them; the added one alone is taken out."""
    old_body = "Satu.\n\nBPBD mencatat 40 RT tergenang.\n"
    new_body = "Satu.\n\nBPBD mencatat puluhan RT tergenang.\n\nPembaruan pukul 10.00.\n"
    new, parts = parts_of(old_body, new_body)
    assert [p.kind for p in parts] == [CHANGED, ADDED]
    assert restore(new, parts[0]) == NEW_HEAD + (
        "Satu.\n\nBPBD mencatat 40 RT tergenang.\n\nPembaruan pukul 10.00.\n"
    )
    assert restore(new, parts[1]) == NEW_HEAD + "Satu.\n\nBPBD mencatat puluhan RT tergenang.\n\n"
    assert restore_one_by_one(OLD_HEAD + old_body, new) == NEW_HEAD + old_body


def test_changes_in_one_paragraph_are_one_part():
    new, parts = parts_of(
        "Kemarin, hujan turun di kota\nsampai pagi.\n\nLain.\n",
        "Hujan turun di kota besar\nsampai siang.\n\nLain.\n",
    )
    assert len(parts) == 1
    assert restore(new, parts[0]) == NEW_HEAD + (
        "Kemarin, hujan turun di kota\nsampai pagi.\n\nLain.\n"
    )


def test_an_added_paragraph_is_taken_out():
    new, parts = parts_of("Satu.\n\nDua.\n", "Satu.\n\nTambahan kolega.\n\nDua.\n")
    assert [(p.kind, p.new) for p in parts] == [(ADDED, "Tambahan kolega.\n\n")]
    assert restore(new, parts[0]) == NEW_HEAD + "Satu.\n\nDua.\n"


def test_paragraphs_deleted_together_come_back_one_at_a_time():
    """Two neighbours deleted in one go: each is a part, with its blank line, whichever side
    of the paragraphs the compare put the blank lines."""
    old_body = "Satu.\n\nDua.\n\nTiga.\n\nEmpat.\n"
    new, parts = parts_of(old_body, "Satu.\n\nEmpat.\n")
    assert [(p.kind, p.old.strip()) for p in parts] == [(DELETED, "Dua."), (DELETED, "Tiga.")]
    assert restore(new, parts[1]) == NEW_HEAD + "Satu.\n\nTiga.\n\nEmpat.\n"
    assert restore(new, parts[0]) == NEW_HEAD + "Satu.\n\nDua.\n\nEmpat.\n"
    # the last two: they come back together, as the blank line between them is the one
    # missing after the paragraph before (one alone would be joined to it)
    new, parts = parts_of("Satu.\n\nDua.\n\nTiga.\n", "Satu.\n")
    assert [(p.kind, p.old) for p in parts] == [(DELETED, "\nDua.\n\nTiga.\n")]


def test_a_heading_is_a_paragraph_of_its_own_after_a_blank_line():
    new, parts = parts_of("## Judul lama\n\nKalimat lama.\n", "## Judul baru\n\nKalimat baru.\n")
    assert len(parts) == 2
    assert restore(new, parts[0]) == NEW_HEAD + "## Judul lama\n\nKalimat baru.\n"
    # right above its text, it goes with it
    _new, parts = parts_of("## Judul lama\nKalimat lama.\n", "## Judul baru\nKalimat baru.\n")
    assert len(parts) == 1


def test_a_fence_with_blank_lines_is_one_block():
    _new, parts = parts_of("```\nkode satu\n\nkode dua\n```\n", "```\nkode SATU\n\nkode DUA\n```\n")
    assert len(parts) == 1


def test_the_front_matter_is_never_restored():
    new, parts = parts_of("Sama.\n\nLama.\n", "Sama.\n\nBaru.\n")
    assert restore_all(new, parts) == NEW_HEAD + "Sama.\n\nLama.\n"
    # a front matter that cannot be read: the compare is of whole texts, no part is offered
    broken = "---\ntitle: [Banjir\n---\nBaru.\n"
    diff = word_diff(OLD_HEAD + "Lama.\n", broken)
    assert diff.front_matter_unreadable and changed_parts(diff, broken).parts == []


def test_a_part_of_another_text_is_refused():
    new, parts = parts_of("Satu.\n\nDua.\n", "Satu.\n\nTiga.\n")
    assert parts[0].restored(new.replace("Tiga", "Lima")) is None


def test_crlf_texts_keep_their_line_ends():
    old = (OLD_HEAD + "Satu.\n\nDua.\n\nTiga.\n").replace("\n", "\r\n")
    new = (NEW_HEAD + "Satu.\n\nTiga baru.\n").replace("\n", "\r\n")
    parts = changed_parts(word_diff(old, new), new).parts
    assert restore_all(new, parts) == (NEW_HEAD + "Satu.\n\nDua.\n\nTiga.\n").replace("\n", "\r\n")


def test_the_pieces_give_back_both_bodies():
    old_body = "Satu.\n\nDua dua.\n\nTiga tiga.\n\nEmpat.\n"
    old, new = OLD_HEAD + old_body, NEW_HEAD + "Satu.\n\nEmpat.\n"
    diff = word_diff(old, new)
    pieces = changed_parts(diff, new).pieces
    assert "".join(p.text for p in pieces if p.kind != "insert") == old_body
    assert "".join(p.text for p in pieces if p.kind != "delete") == "Satu.\n\nEmpat.\n"
    assert len(pieces) > len(diff.pieces)  # B and C cut apart


WORDS = st.sampled_from(["hujan", "banjir", "warga", "di", "Jakarta", "kata", "polisi", ","])
LINE = st.lists(WORDS, min_size=1, max_size=6).map(lambda words: " ".join(words) + ".")
BLOCK = st.one_of(
    st.lists(LINE, min_size=1, max_size=3).map("\n".join),
    LINE.map(lambda line: "## " + line),
    LINE.map(lambda line: "- " + line + "\n- " + line),
)
BODY = st.lists(BLOCK, max_size=8).map(lambda blocks: "".join(b + "\n\n" for b in blocks))


@st.composite
def edited(draw: st.DrawFn) -> tuple[str, str]:
    """A body and an edit of it: paragraphs deleted, added, rewritten or kept."""
    old = draw(BODY)
    blocks = [b for b in old.split("\n\n") if b]
    if blocks and draw(st.booleans()):  # the last paragraph without a blank line after it
        old = old[:-1]
    new: list[str] = []
    for block in blocks:
        what = draw(st.sampled_from(["keep", "keep", "delete", "rewrite", "add"]))
        if what == "rewrite":
            new.append(draw(st.lists(LINE, min_size=1, max_size=2).map("\n".join)))
        elif what == "add":
            new += [draw(LINE), block]
        elif what == "keep":
            new.append(block)
    joiner = draw(st.sampled_from(["\n\n", "\n\n\n"]))
    end = draw(st.sampled_from(["\n", "\n\n", ""])) if new else ""
    return old, joiner.join(new) + end


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n[ \t]*\n", body) if p.strip()]


@settings(max_examples=150, deadline=None)
@given(edited())
def test_restoring_every_part_gives_back_the_version_body(texts):
    """One part at a time, compared again after each (as the History window does), the
    first or the last one each time."""
    old_body, new_body = texts
    new, _parts = parts_of(old_body, new_body)
    assert restore_one_by_one(OLD_HEAD + old_body, new) == NEW_HEAD + old_body
    assert restore_one_by_one(OLD_HEAD + old_body, new, last=True) == NEW_HEAD + old_body


@settings(max_examples=150, deadline=None)
@given(edited(), st.data())
def test_restoring_one_part_touches_nothing_else(texts, data):
    old_body, new_body = texts
    new, parts = parts_of(old_body, new_body)
    if not parts:
        assert new_body == old_body
        return
    chosen = data.draw(st.sampled_from(parts))
    restored = restore(new, chosen)
    assert restored[: chosen.start] == new[: chosen.start]
    assert restored[chosen.start + len(chosen.old) :] == new[chosen.end :]
    assert restored.startswith(NEW_HEAD)
    # each paragraph of the result is one of the version's or of the current text's: the
    # one put back was not joined to a neighbour
    known = set(_paragraphs(old_body)) | set(_paragraphs(new_body))
    assert set(_paragraphs(restored[len(NEW_HEAD) :])) <= known
    # the other parts are still there, as they were
    shift = len(chosen.old) - len(chosen.new)
    for other in parts:
        if other is chosen:
            continue
        moved = shift if other.start >= chosen.end else 0
        assert restored[other.start + moved : other.end + moved] == other.new


def test_a_20000_word_story_with_many_paragraphs_changed():
    """The longest story, every third paragraph changed: parts found in the bounded compare,
    and all of them restored give back the version."""
    old = generate_article(20000, 1)
    cut = old.index("\n---\n") + 5
    lines = old[cut:].split("\n")
    body = "\n".join(
        line + " Tambahan." if at % 3 == 0 and line else line for at, line in enumerate(lines)
    )
    head = old[:cut].replace("status: draft", "status: review")
    new = head + body
    parts = changed_parts(word_diff(old, new), new).parts
    assert len(parts) > 100
    assert restore_all(new, parts) == head + old[cut:]


def test_the_edit_between_two_texts_is_their_one_changed_stretch():
    edit = edit_between("Satu dua tiga dua.", "Satu DUA tiga dua.")
    assert (edit.start, edit.end, edit.replacement) == (5, 8, "DUA")
    assert edit_between("abab", "ab").apply("abab") == "ab"
    assert edit_between("ab", "abab").apply("ab") == "abab"
    same = edit_between("sama", "sama")
    assert same.start == same.end == 4 and same.replacement == ""


def test_parts_are_bounded_and_still_give_back_the_version(monkeypatch):
    """Past ``MAX_PARTS`` the changes left are restored with the last part; a body past
    ``MAX_LINES`` is not parted (its changes are one part): the same text comes back either
    way."""
    from netizen_editor.history import paragraphs

    old_body = "".join(f"Paragraf {n} lama.\n\n" for n in range(30))
    new_body = old_body.replace(" lama.", " baru.")
    monkeypatch.setattr(paragraphs, "MAX_PARTS", 5)
    new, parts = parts_of(old_body, new_body)
    assert len(parts) == 5 and parts[-1].old.count("lama") == 26
    assert restore_all(new, parts) == NEW_HEAD + old_body
    monkeypatch.setattr(paragraphs, "MAX_PARTS", 2_000)
    monkeypatch.setattr(paragraphs, "MAX_LINES", 50)
    new, parts = parts_of(old_body, new_body)
    assert len(parts) == 1
    assert restore_all(new, parts) == NEW_HEAD + old_body

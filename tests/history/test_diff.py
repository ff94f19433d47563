"""The word diff: front matter by field, the body word by word, bounded time."""

from __future__ import annotations

import time

from benchmarks.generate import generate_article
from netizen_editor.history.diff import DELETE, EQUAL, INSERT, body_diff, text_diff, word_diff

OLD = "---\ntitle: Banjir\nstatus: draft\nlabels: [Jakarta]\n---\nHujan deras di Jakarta.\n"
NEW = (
    "---\ntitle: Banjir Besar\nstatus: review\nslug: banjir\n---\nHujan sangat deras di Jakarta.\n"
)


def _sides(pieces):
    old = "".join(p.text for p in pieces if p.kind != INSERT)
    new = "".join(p.text for p in pieces if p.kind != DELETE)
    return old, new


def test_front_matter_changes_are_listed_by_field():
    diff = word_diff(OLD, NEW)
    changes = {c.field: (c.old, c.new) for c in diff.fields}
    assert changes == {
        "title": ("Banjir", "Banjir Besar"),
        "status": ("draft", "review"),
        "slug": (None, "banjir"),
        "labels": (["Jakarta"], None),
    }


def test_the_body_is_compared_word_by_word():
    diff = word_diff(OLD, NEW)
    assert [(p.kind, p.text) for p in diff.pieces] == [
        (EQUAL, "Hujan "),
        (INSERT, "sangat "),
        (EQUAL, "deras di Jakarta.\n"),
    ]
    assert text_diff(diff) == (
        '~ title: "Banjir" → "Banjir Besar"\n'
        '~ status: "draft" → "review"\n'
        '+ slug: "banjir"\n'
        '- labels: ["Jakarta"]\n'
        "\n"
        "Hujan {+sangat +}deras di Jakarta.\n"
    )


def test_a_replaced_word_shows_both_sides():
    assert text_diff(word_diff("Polisi menangkap dua orang.", "Polisi menangkap tiga orang.")) == (
        "Polisi menangkap [-dua-]{+tiga+} orang."
    )


def test_blanks_both_sides_share_are_no_change():
    # a comma before a space: only the comma is added (not " " deleted and ", " added)
    assert text_diff(word_diff("Kata satu dua.", "Kata satu, dua.")) == "Kata satu{+,+} dua."
    old, new = "Satu dua\n\ntiga empat.\n", "Satu lima\n\nenam empat.\n"
    diff = word_diff(old, new)
    assert text_diff(diff) == "Satu [-dua-]{+lima+}\n\n[-tiga-]{+enam+} empat.\n"
    assert _sides(diff.pieces) == (old, new)


def test_the_pieces_give_back_both_texts_exactly():
    old = "Satu\r\ndua  tiga\n\n**empat** [lima](x)\n"
    new = "Satu\r\ndua tiga empat\n\nlima\n"
    assert _sides(body_diff(old, new)) == (old, new)


def test_a_broken_front_matter_is_compared_as_text():
    diff = word_diff("---\ntitle: [x\n---\nIsi.\n", "---\ntitle: [y\n---\nIsi.\n")
    assert diff.front_matter_unreadable and not diff.fields
    assert "[-x-]{+y+}" in text_diff(diff).replace("\n", "")


def test_same_texts_have_no_change():
    assert not word_diff(OLD, OLD).changed


def test_20000_words_compare_well_under_200_ms():
    old = generate_article(20000, 1)
    edited = old.replace("pemerintah", "pemda", 50)
    other = generate_article(20000, 2)
    for new in (edited, other):
        best = float("inf")  # CPU seconds: other processes on the machine do not count
        for _ in range(3):
            start = time.process_time()
            diff = word_diff(old, new)
            best = min(best, time.process_time() - start)
        assert _sides(diff.pieces) == (old.split("---\n", 2)[2], new.split("---\n", 2)[2])
        assert best < 1.5  # ~20 ms edited, ~120 ms wholly different (bench_history); a busy
        # machine has room, a quadratic diff of 40,000 tokens would take minutes


def test_an_accepted_suggestion_is_three_words_added_and_three_deleted():
    """The word after which words are added or deleted is not changed itself (the space after
    it was part of its token and made "meter" and "masjid" look changed: 5 and 5)."""
    old = (
        "Hujan membuat ratusan rumah terendam banjir hingga satu meter.\n\n"
        "BPBD mencatat 420 keluarga mengungsi ke masjid dan sekolah terdekat.\n"
    )
    new = (
        "Hujan membuat ratusan rumah terendam banjir hingga satu meter pada Minggu pagi.\n\n"
        "BPBD mencatat 420 keluarga mengungsi ke masjid.\n"
    )
    pieces = body_diff(old, new)
    changed = [(p.kind, p.text) for p in pieces if p.kind != EQUAL]
    assert changed == [(INSERT, " pada Minggu pagi"), (DELETE, " dan sekolah terdekat")]
    assert _sides(pieces) == (old, new)
    assert "meter{+ pada Minggu pagi+}." in text_diff(word_diff(old, new))


def test_only_the_spaces_after_a_word_changed():
    pieces = body_diff("dua  tiga.\n", "dua tiga.\n")
    assert [(p.kind, p.text) for p in pieces] == [
        (EQUAL, "dua "),
        (DELETE, " "),
        (EQUAL, "tiga.\n"),
    ]


def test_review_marks_are_shown_as_they_are_with_other_markers():
    old = "Satu {++meter pada++}{>>@Siti (2026-12-06T10:30+07:00)<<} dua.\n"
    new = "Satu meter pada dua.\n"
    diff = word_diff(old, new)
    assert _sides(diff.pieces) == (old, new)
    shown = text_diff(diff)
    # a mark (with its attribution) is deleted or added whole, never cut in pieces (QA37 #9)
    assert shown == (
        "Satu ⟦-{++meter pada++}{>>@Siti (2026-12-06T10:30+07:00)<<}-⟧⟦+meter pada+⟧ dua.\n"
    )
    assert "[-" not in shown and "{+" not in shown.replace("{++", "")
    # without review marks the markers stay git's
    assert text_diff(word_diff("Satu dua.\n", "Satu tiga.\n")) == "Satu [-dua-]{+tiga+}.\n"


def test_a_mark_decided_or_answered_is_a_whole_piece():
    """QA37 #9: the compare struck through pieces of a substitution and of a reply's syntax,
    and mixed a reply with the words typed beside it."""
    old = (
        "untuk {~~memperkecil~>mempersempit~~}{>>@Hadi<<} kesenjangan, Siti {==Aminah==}"
        "{>>@Hadi: umur?<<}, warga setempat, datang.\n"
    )
    new = (
        "untuk mempersempit kesenjangan, Siti {==Aminah==}{>>@Hadi: umur?<<}{>>@Dewi: 42 "
        "tahun.<<} (42), pedagang, datang.\n"
    )
    pieces = body_diff(old, new)
    assert _sides(pieces) == (old, new)
    assert [(p.kind, p.text) for p in pieces] == [
        (EQUAL, "untuk "),
        (DELETE, "{~~memperkecil~>mempersempit~~}{>>@Hadi<<}"),
        (INSERT, "mempersempit"),
        (EQUAL, " kesenjangan, Siti {==Aminah==}{>>@Hadi: umur?<<}"),
        (INSERT, "{>>@Dewi: 42 tahun.<<} (42)"),
        (EQUAL, ", "),
        (DELETE, "warga setempat"),
        (INSERT, "pedagang"),
        (EQUAL, ", datang.\n"),
    ]


def test_a_run_too_long_to_compare_word_by_word_is_shown_whole(monkeypatch):
    from netizen_editor.history import diff

    old = "Warga mengungsi ke masjid. " * 10
    new = old.replace("masjid", "sekolah", 1)
    pieces = diff.body_diff(old, new)
    assert [p.kind for p in pieces] == ["equal", "delete", "insert", "equal"]  # one word
    monkeypatch.setattr(diff, "MAX_RUN_CHARS", len(old) - 1)
    made = []
    findall = diff._TOKEN.findall
    monkeypatch.setattr(diff, "_TOKEN", type("T", (), {"findall": lambda s, t: made.append(t)
                                                        or findall(t)})())  # fmt: skip
    whole = [diff.Piece("delete", old[:-1]), diff.Piece("insert", new[:-1])]
    assert diff.body_diff(old, new) == [*whole, diff.Piece("equal", " ")]  # but the last blank
    assert made == []  # its words were never made


def test_one_compare_looks_at_a_bounded_number_of_words_in_all(monkeypatch):
    """A Replace All over 100,000 paragraphs compared each one word by word: 5 s on the
    window's thread. Past MAX_WORD_WORK the runs left are shown whole, and the pieces still
    give back both texts."""
    from netizen_editor.history import diff

    monkeypatch.setattr(diff, "MAX_WORD_WORK", 2_000)
    compared = []
    opcodes = diff.opcodes
    monkeypatch.setattr(diff, "opcodes", lambda a, b: compared.append(len(a)) or opcodes(a, b))
    old = "".join(f"Paragraf {n} daring.\n\n" for n in range(1_000))
    new = old.replace("daring", "dalam jaringan")
    pieces = diff.body_diff(old, new)
    word_runs = len(compared) - 1  # the first: the lines
    assert 2_000 // (diff.RUN_WEIGHT + 14) <= word_runs <= 2_000 // diff.RUN_WEIGHT + 1
    assert "".join(p.text for p in pieces if p.kind != INSERT) == old
    assert "".join(p.text for p in pieces if p.kind != DELETE) == new
    assert [p.text for p in pieces[:3]] == ["Paragraf 0 ", "daring", "dalam jaringan"]

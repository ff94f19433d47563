"""The checks of a revision made from the last one's scan (the snapshot's per-block cache) find
exactly what a fresh run over the whole text finds, in the same order; the cache reads only
what an edit changed and stays the size of one revision however long an article is edited."""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.generate import generate_article
from netizen_editor import i18n
from netizen_editor.checks.cache import BlockCache
from netizen_editor.checks.findings import Finding
from netizen_editor.settings import Settings
from netizen_editor.snapshot import CHECKS_CACHE, Snapshot, take_snapshot
from netizen_editor.spelling import rules as spelling_rules
from netizen_editor.spelling.check import word_list_paths
from netizen_editor.spelling.speller import shared_speller

T = TypeVar("T")

FRONT = """---
title: Banjir Rob Genangi Pesisir Jakarta Utara
summary: Banjir rob menggenangi permukiman pesisir Jakarta Utara sejak Senin pagi.
labels: [Metropolitan, Banjir]
dateline: Jakarta
---
"""
#: blocks with something for every rule: typos, names, non-standard forms, links good and bad,
#: "Baca juga" twice and off the site, photos with and without alt and credit, ads, headings,
#: quotes, lists, code, raw HTML, comments, review marks over lines, a child's age, paid copy
PIECES = [
    "Warga mengungsi sejak pagi. Kalimt ini salah ketik, kata Budi kepada wartawan.",
    "Budi mengatakan banjir beresiko merusak rumah. Pemerintah merubah aturan.",
    "Kalimt di awal kalimat. Lalu ada Kalimt di tengah.",
    "Baca juga: [Tanggul Diperkuat](https://netizen.co.id/tanggul)",
    "Baca juga: [Tanggul Diperkuat](https://netizen.co.id/tanggul/)",
    "Baca juga: [Berita Lain](https://detik.com/lain)",
    "Menurut [BMKG](http://bmkg.go.id) dan [sumber](www.contoh.com), [klik di sini](https://a.id).",
    '![Warga mengungsi](foto.jpg "Warga. Foto: Antara")',
    '![](foto.jpg "Tanpa kredit")',
    '<img src="https://pelacak.example.com/p.gif">',
    "[[ad]]",
    "## Bagian Kedua",
    "> Kutipan dengan kesalahn ketik.",
    "- satu butir\n- dua butirr",
    "```\nkode Kalimt oknum\n```",
    "    kode terindentasi Kalimt",
    "<div>\nHTML mentah Kalimt\n<img src=x.png>\n</div>",
    "<!-- komentar Kalimt -->",
    "Ini {--hapus Kalimt\n\nlanjut--} dan {>>komentar\nbaris<<} selesai.",
    "Polisi menangkap pelaku pencabulan terhadap Mawar (12) di Bekasi.",
    "Artikel ini merupakan kerja sama dengan pihak sponsor.",
    "Ralat: berita sebelumnya keliru.",
    "Oknum itu datang lagi.",
    " ".join(["kata"] * 160) + ".",
    "Istilah\n:   Penjelasan istilah itu.",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "<!--more-->",
]
EDIT_TEXTS = ["a", "x", " ", "\n", "\n\n", "{", "`", "#", "[", "(12)", "Kalimt ", "```\n", "K"]


def in_thread(fn: Callable[[], T]) -> T:
    """``fn()`` on a thread of its own, as the app's render thread runs the checks (no
    suggestions are computed there: what a run shows does not depend on the one before)."""
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(("ok", fn()))
        except BaseException as exc:  # handed back to the test
            result.append(("error", exc))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    kind, value = result[0]
    if kind == "error":
        raise value
    return value  # type: ignore[no-any-return]


def shown(found: list[Finding]) -> list[tuple[Any, ...]]:
    """Everything of a finding, its extra fields too."""
    return [(*f.__dict__.values(),) for f in found]


@pytest.fixture(scope="module")
def house_settings(tmp_path_factory) -> Settings:
    style = tmp_path_factory.mktemp("gaya") / "gaya.toml"
    style.write_text('[words]\nbanned = ["oknum"]\n[words.replace]\nmerubah = "mengubah"\n')
    return Settings(house_style=str(style))


class Session:
    """An article edited revision by revision, each snapshot made from the last one's scan."""

    def __init__(self, text: str, settings: Settings, path: Path | None = None) -> None:
        self.settings, self.path = settings, path
        self.text = text
        self.revision = 0
        self.snapshots: list[Snapshot] = [self._take(None)]

    def _take(self, previous: Snapshot | None) -> Snapshot:
        self.revision += 1
        scan = previous.scan if previous is not None else None
        return take_snapshot(self.revision, self.text, self.path, self.settings, previous=scan)

    def edit(self, text: str, previous: Snapshot | None = None) -> None:
        """The next revision, from the last snapshot's scan (or ``previous``'s)."""
        self.text = text
        self.snapshots.append(self._take(previous or self.snapshots[-1]))

    def assert_as_fresh(self) -> None:
        fresh = take_snapshot(0, self.text, self.path, self.settings)
        assert shown(self.snapshots[-1].findings) == shown(fresh.findings)

    @property
    def cache(self) -> BlockCache:
        return self.snapshots[-1].scan.kept[CHECKS_CACHE]  # type: ignore[union-attr,no-any-return]


def apply(text: str, where: float, kind: int, what: str, size: int) -> str:
    """One edit of ``text``: typed, deleted, replaced or a block pasted, at ``where`` (0–1)."""
    at = min(len(text), int(where * len(text)))
    if kind == 0:
        return text[:at] + what + text[at:]
    if kind == 1:
        return text[:at] + text[at + size :]
    if kind == 2:
        return text[:at] + what + text[at + size :]
    return text[:at] + "\n\n" + what + "\n\n" + text[at:]


EDITS = st.lists(
    st.tuples(
        st.floats(0, 1),
        st.integers(0, 3),
        st.one_of(st.sampled_from(EDIT_TEXTS), st.sampled_from(PIECES)),
        st.integers(1, 40),
        st.integers(0, 6),  # 0: from an older revision's scan (the GUI thread's, say)
    ),
    min_size=1,
    max_size=10,
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(st.sampled_from(PIECES), min_size=3, max_size=18),
    EDITS,
    st.booleans(),
)
def test_random_edits_find_what_a_fresh_run_finds(house_settings, pieces, edits, with_path):
    def run() -> None:
        path = Path("/tmp/artikel/a.md") if with_path else None
        session = Session(FRONT + "\n\n".join(pieces) + "\n", house_settings, path)
        session.assert_as_fresh()
        for where, kind, what, size, branch in edits:
            older = session.snapshots[-2] if branch == 0 and len(session.snapshots) > 1 else None
            session.edit(apply(session.text, where, kind, what, size), older)
            session.assert_as_fresh()

    in_thread(run)


def test_a_long_session_on_a_generated_article_stays_fresh_and_small(house_settings):
    rng = random.Random(22)
    text = generate_article(3_000, 1)
    paragraphs = text.split("\n\n")
    for index in range(3, len(paragraphs), 7):  # slips of every kind among the copy
        paragraphs[index] += "\n\n" + PIECES[index % len(PIECES)]
    paragraphs.append("Kutipan dengan kesalahn ketik di akhir.")
    speller = shared_speller(word_list_paths(""))

    def run() -> None:
        session = Session("\n\n".join(paragraphs), house_settings, Path("/tmp/a.md"))
        for step in range(40):
            body = session.text.index("\n---\n") + 5
            at = rng.randrange(body, len(session.text))
            edit = rng.choice([*EDIT_TEXTS, "", "", ""])
            cut = 0 if edit else rng.randint(1, 3)
            if step == 20:  # the editor's menu asked for a typo's suggestions meanwhile
                speller.suggest("kesalahn", "id")
            session.edit(session.text[:at] + edit + session.text[at + cut :])
            session.assert_as_fresh()
        scan = session.snapshots[-1].scan
        assert scan is not None
        alive = set(scan.blocks.blocks)
        cache = session.cache
        slots = cache._slots.values()
        assert all(block in alive for slot in slots for block in slot.entries)
        assert len(cache) <= len(slots) * len(alive)
        typo = [f for f in session.snapshots[-1].findings if f.extra.get("word") == "kesalahn"]
        assert typo and all(f.suggestions for f in typo)

    in_thread(run)


def test_an_edit_reads_only_the_blocks_it_changed(monkeypatch):
    read: list[str] = []
    real = spelling_rules.line_words
    monkeypatch.setattr(spelling_rules, "line_words", lambda line: read.append(line) or real(line))

    def run() -> None:
        session = Session(generate_article(5_000, 2), Settings())
        assert len(read) > 100  # the first revision reads every prose line
        read.clear()
        middle = len(session.text) // 2
        session.edit(session.text[:middle] + "x" + session.text[middle:])
        assert 1 <= len(read) <= 5  # the edited paragraph and the few the scan read again
        session.assert_as_fresh()

    in_thread(run)


def test_a_line_typed_above_moves_the_findings_below():
    per_block = {"spelling", "non-standard", "links", "link-text", "image-alt", "image-credit",
                 "remote-resource", "pedoman", "child-protection"}  # fmt: skip

    def run() -> None:
        session = Session(FRONT + "\n\n".join(PIECES[:12]) + "\n", Settings())
        before = [f for f in session.snapshots[-1].findings if f.rule in per_block]
        session.edit(session.text.replace("Budi mengatakan", "Baris baru.\n\nBudi mengatakan"))
        session.assert_as_fresh()
        after = [f for f in session.snapshots[-1].findings if f.rule in per_block]
        assert len(before) > 10
        assert [f.line + 2 * (f.line > 8) for f in before] == [f.line for f in after]

    in_thread(run)


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [  # an edit in one block that changes what another, untouched block says
        (FRONT + "Ini {--hapus Kalimt\n\nlanjut--} selesai.\n", "--} selesai", " selesai"),
        (FRONT + "Ini kalimt.\n\n{--hapus\n\nlanjut kalimt--} sini.\n", "{--hapus", "hapus"),
        (FRONT + "Kalimt di awal.\n\nLalu tengah.\n", "Lalu tengah", "Lalu Kalimt tengah"),
        (FRONT + "Kalimt di awal.\n\nLalu Kalimt tengah.\n", "Lalu Kalimt", "Lalu"),
        (
            FRONT + "Baca juga: [A](https://netizen.co.id/a)\n\nTeks.\n\nBaca juga: "
            "[A](https://netizen.co.id/a/)\n",
            "[A](https://netizen.co.id/a)",
            "[B](/b)",
        ),
        (
            FRONT
            + "Teks pertama.\n\n"
            + " ".join(["kata"] * 297)
            + ".\n\n## Sub\n\n"
            + " ".join(["kata"] * 310)
            + ".\n",
            "Teks pertama.",
            "Teks pertama dan kedua.",
        ),
    ],
)
def test_an_edit_elsewhere_changes_what_an_untouched_block_says(text, old, new):
    def run() -> None:
        session = Session(text, Settings())
        session.assert_as_fresh()
        first = session.snapshots[-1].findings
        session.edit(session.text.replace(old, new))
        session.assert_as_fresh()
        assert shown(session.snapshots[-1].findings) != shown(first)

    in_thread(run)


def test_a_busy_cache_leaves_the_other_run_its_own(monkeypatch):
    session = Session(FRONT + "\n\n".join(PIECES) + "\n", Settings())
    cache = session.cache
    scan = session.snapshots[-1].scan
    assert scan is not None and cache.open(lambda: scan.blocks, i18n.language(), None)
    try:  # the render thread's run holds it: the GUI thread's snapshot checks on its own
        session.edit(session.text.replace("Kalimt ini", "Kalimat ini"))
        session.assert_as_fresh()
    finally:
        cache.close()


def test_the_findings_follow_the_interface_language():
    text = FRONT + "Kalimt ini salah.\n"
    try:
        i18n.set_language("en")
        first = take_snapshot(1, text, None, Settings())
        i18n.set_language("id")
        second = take_snapshot(2, text + "\nLagi.\n", None, Settings(), previous=first.scan)
        fresh = take_snapshot(3, text + "\nLagi.\n", None, Settings())
        assert shown(second.findings) == shown(fresh.findings)
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)


def test_a_block_a_review_mark_stops_reaching_is_read_again(house_settings):
    """A paragraph inside a comment that spans paragraphs is hidden from the rules; once the
    comment's opening is broken ('{>>' typed into '{>a>'), the same paragraph is read as text
    (its unclosed '[' is told), though the block itself did not change."""

    def run() -> None:
        body = "Ini {>>komentar\n\n[\n\nbaris<<} selesai.\n"
        session = Session(FRONT + body, house_settings)
        session.assert_as_fresh()
        assert not [f for f in session.snapshots[-1].findings if f.rule == "quotes"]
        session.edit(session.text.replace("{>>", "{>a>", 1))
        session.assert_as_fresh()
        assert [f for f in session.snapshots[-1].findings if f.rule == "quotes"]
        session.edit(session.text.replace("{>a>", "{>>", 1))  # and hidden again
        session.assert_as_fresh()

    in_thread(run)

"""Keeping, listing, reading and pruning versions on disk: coalescing with a fake clock, a
rename, two writers at once, planted links and damaged entries."""

from __future__ import annotations

import datetime as dt
import os
import threading
import zlib
from pathlib import Path

import pytest

from netizen_editor.history.store import History, body_words
from netizen_editor.history.version_file import MAGIC, MAX_FILE_BYTES, SUFFIX, VersionError
from netizen_editor.storage.atomic import SaveError
from tests.history.conftest import Clock

pytestmark = pytest.mark.usefixtures("english")


def test_a_version_keeps_who_when_why_the_words_and_the_exact_text(history, article):
    _path, text, _id = article
    outcome = history.keep(text, "status")
    version = outcome.version
    assert version is not None
    assert (version.author, version.reason) == ("Bambang", "status")
    assert version.time == "2026-12-06T10:00:00+07:00"  # the newsroom's zone, with its offset
    assert version.words == body_words(text) == 14
    assert history.read(version.id)[1] == text
    assert history.versions().versions == [version]
    files = list(history.path.iterdir())
    assert [f.name for f in files] == [version.id + SUFFIX]
    assert files[0].read_bytes().startswith(MAGIC)


def test_versions_are_listed_newest_first(history, article, clock):
    _path, text, _id = article
    ids = []
    for n in range(3):
        ids.append(history.keep(text + f"\nTambahan {n}.\n", "export").version.id)
        clock.advance(minutes=5)
    assert [v.id for v in history.versions().versions] == ids[::-1]


def test_saves_within_a_minute_coalesce_into_the_newest(history, article, clock):
    _path, text, _id = article
    first = history.keep(text + "a", "save").version
    clock.advance(seconds=20)
    second = history.keep(text + "ab", "save")
    assert second.replaced == first.id
    clock.advance(seconds=70)
    third = history.keep(text + "abc", "save")
    assert third.replaced is None
    assert [v.id for v in history.versions().versions] == [third.version.id, second.version.id]


def test_a_colleagues_save_within_the_minute_is_not_replaced(history, article, clock):
    path, text, found = article
    theirs = History(path.parent, found, author="Siti", clock=clock).keep(text + "x", "save")
    clock.advance(seconds=10)
    assert history.keep(text + "y", "save").replaced is None
    assert theirs.version.id in {v.id for v in history.versions().versions}


def test_a_save_that_changed_nothing_keeps_no_version(history, article, clock):
    _path, text, _id = article
    history.keep(text, "save")
    clock.advance(minutes=5)
    assert history.keep(text, "save").version is None
    assert history.keep(text, "status").version is not None  # another reason is kept


def test_old_plain_saves_are_pruned_other_reasons_kept(history, article, clock):
    _path, text, _id = article
    for n in range(48):  # two days of a save every half hour, and an export each day
        history.keep(f"{text}\n{n}\n", "save")
        if n % 24 == 0:
            history.keep(f"{text}\n{n} export\n", "export")
        clock.advance(minutes=30)
    clock.advance(days=1)
    outcome = history.keep(text + "akhir", "save")
    assert outcome.pruned
    versions = history.versions().versions
    assert sum(v.reason == "export" for v in versions) == 2
    saves = [v for v in versions if v.reason == "save"]
    hours = {v.time[:13] for v in saves}
    assert len(hours) == len(saves)  # older than a day: one an hour


def test_history_survives_a_rename_within_the_folder(article, clock):
    path, text, found = article
    History(path.parent, found, clock=clock).keep(text, "save")
    renamed = path.rename(path.with_name("banjir-jakarta-update.md"))
    from netizen_editor.history.article_id import article_id

    again = History(renamed.parent, article_id(renamed.read_text(encoding="utf-8")) or "")
    assert [v.reason for v in again.versions().versions] == ["save"]


def _keep_many(path: Path, found: str, author: str, texts: list[str], out: list[str]) -> None:
    history = History(path.parent, found, author=author)
    for text in texts:
        version = history.keep(text, "review").version
        assert version is not None
        out.append(version.id)


def test_two_writers_at_once_lose_no_version(article):
    path, text, found = article
    kept: list[str] = []
    writers = [
        threading.Thread(
            target=_keep_many,
            args=(path, found, who, [f"{text}{who} {n}" for n in range(25)], kept),
        )
        for who in ("Bambang", "Siti")
    ]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join()
    listing = History(path.parent, found).versions()
    assert not listing.problems
    assert sorted(v.id for v in listing.versions) == sorted(kept) and len(kept) == 50


def test_two_processes_at_once_lose_no_version(article):
    import multiprocessing

    path, text, found = article
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        kept = manager.list()
        procs = [
            context.Process(
                target=_keep_many,
                args=(path, found, who, [f"{text}{who} {n}" for n in range(10)], kept),
            )
            for who in ("Bambang", "Siti")
        ]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(60)
            assert proc.exitcode == 0
        ids = list(kept)
    assert sorted(v.id for v in History(path.parent, found).versions().versions) == sorted(ids)
    assert len(ids) == 20


@pytest.mark.parametrize("part", [".netizen", ".netizen/history", ".netizen/history/ID"])
def test_a_link_planted_for_a_history_folder_is_refused(history, article, tmp_path, part):
    path, text, found = article
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    planted = path.parent / part.replace("ID", found)
    planted.parent.mkdir(parents=True, exist_ok=True)
    planted.symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(SaveError):
        history.keep(text, "save")
    assert list(elsewhere.iterdir()) == []  # nothing written through the link
    listing = history.versions()
    assert listing.versions == [] and "link" in listing.problems[0]


def test_a_planted_link_as_a_version_file_is_skipped_and_reported(history, article, tmp_path):
    _path, text, _id = article
    kept = history.keep(text, "save").version
    secret = tmp_path / "secret.nzv"
    secret.write_bytes((history.path / (kept.id + SUFFIX)).read_bytes())
    planted = history.path / ("20261206T020000000000Z-save-0badc0de" + SUFFIX)
    planted.symlink_to(secret)
    listing = history.versions()
    assert [v.id for v in listing.versions] == [kept.id]
    assert len(listing.problems) == 1 and "link" in listing.problems[0]
    with pytest.raises(VersionError):
        history.read("20261206T020000000000Z-save-0badc0de")


def _plant(history: History, name: str, data: bytes) -> str:
    (history.path / (name + SUFFIX)).write_bytes(data)
    return name


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"not a version at all",
        MAGIC + b"{broken json\n" + zlib.compress(b"x"),
        MAGIC + b'{"time": 1}\n',
        MAGIC + b"x" * 10_000,
    ],
)
def test_a_damaged_version_is_reported_and_skipped(history, article, clock, data):
    _path, text, _id = article
    good = history.keep(text, "save").version
    bad = _plant(history, "20261206T020000000000Z-status-0badc0de", data)
    listing = history.versions()
    assert [v.id for v in listing.versions] == [good.id]
    assert len(listing.problems) == 1 and bad in listing.problems[0]
    with pytest.raises(VersionError):
        history.read(bad)
    clock.advance(minutes=5)
    assert history.keep(text + "lagi", "save").version is not None  # never blocks a save


def test_a_version_whose_text_does_not_match_its_header_cannot_be_shown(history, article):
    _path, text, _id = article
    history.keep(text, "save")
    digest = b"0" * 64  # a digest, of another text
    header = b'{"time": "t", "author": "a", "reason": "save", "words": 1, "size": 1, "sha256": "'
    header += digest + b'"}'
    bad = _plant(history, "20261206T020000000000Z-status-0badc0de", MAGIC + header + b"\n")
    with pytest.raises(VersionError, match="damaged"):
        history.read(bad)
    (history.path / (bad + SUFFIX)).write_bytes(MAGIC + header + b"\n" + zlib.compress(b"y"))
    with pytest.raises(VersionError, match="does not match"):
        history.read(bad)


def test_a_zlib_bomb_stops_at_the_recorded_size(history, article):
    _path, text, _id = article
    version = history.keep(text, "save").version
    file = history.path / (version.id + SUFFIX)
    head = file.read_bytes().split(b"\n", 2)
    bomb = zlib.compress(b"\0" * (50 * 1024 * 1024), 9)
    file.write_bytes(head[0] + b"\n" + head[1] + b"\n" + bomb)
    with pytest.raises(VersionError, match="damaged"):
        history.read(version.id)


def test_a_huge_version_file_is_not_read(history, article):
    _path, text, _id = article
    version = history.keep(text, "save").version
    file = history.path / (version.id + SUFFIX)
    with open(file, "r+b") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(VersionError, match="too large"):
        history.read(version.id)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_planted_fifo_does_not_hang_the_listing(history, article):
    _path, text, _id = article
    history.keep(text, "save")
    os.mkfifo(history.path / ("20261206T020000000000Z-save-0badc0de" + SUFFIX))
    listing = history.versions()
    assert len(listing.versions) == 1 and "regular" in listing.problems[0]


def test_an_id_that_is_not_a_version_name_is_never_a_path(history, article):
    _path, text, _id = article
    history.keep(text, "save")
    for wanted in ("../banjir", "/etc/passwd", ""):
        with pytest.raises(VersionError):
            history.read(wanted)
        assert history.find(wanted) is None


def test_a_version_is_found_by_the_start_of_its_id(history, article, clock):
    _path, text, _id = article
    first = history.keep(text, "save").version
    clock.advance(hours=2)
    history.keep(text + "x", "save")
    assert history.find(first.id[:16]) == first.id
    assert history.find("2026") is None  # the start of two ids


def test_a_clock_set_back_keeps_names_in_time_order(history, article, clock):
    _path, text, _id = article
    first = history.keep(text, "export").version
    clock.now = clock.now - dt.timedelta(hours=3)
    second = history.keep(text + "x", "export").version
    assert [v.id for v in history.versions().versions] == [second.id, first.id]


def test_keeping_with_an_unknown_reason_is_a_programming_error(history):
    with pytest.raises(ValueError):
        history.keep("x", "autosave")


def test_clock_fixture_is_utc(clock: Clock):
    assert clock().utcoffset() == dt.timedelta(0)

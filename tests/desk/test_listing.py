"""The desk's list: every article of the folder and its subfolders with its fields, newest
first; hidden folders and lock files are not articles; the index is reused and rebuilt."""

from __future__ import annotations

import os
import time

import pytest

from netizen_editor.desk import DeskError, list_desk
from netizen_editor.desk.index import index_path
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_every_article_is_listed_with_its_fields_newest_first(desk, cache):
    write(desk / "a.md", article("Lama", status="review", author="Budi", labels=["Nasional"]),
          mtime=1_000_000)  # fmt: skip
    write(desk / "2026" / "12" / "b.md",
          article("Baru", author="Sri", editor="Rina", dateline="Bandung",
                  date="2026-12-06T09:30:00+07:00"), mtime=2_000_000)  # fmt: skip
    entries = list_desk(desk, cache_dir=cache)
    assert [e.path for e in entries] == ["2026/12/b.md", "a.md"]
    new, old = entries
    assert (new.title, new.status, new.author, new.editor, new.dateline) == (
        "Baru", "draft", "Sri", "Rina", "Bandung")  # fmt: skip
    assert new.date == "2026-12-06T09:30:00+07:00"
    assert new.words == 8  # the body's words, as the status bar counts them
    assert new.problem is None and new.locked_by is None
    assert (old.status, old.author, old.labels) == ("review", "Budi", ("Nasional",))
    assert old.modified == "1970-01-12T13:46:40+00:00"


def test_hidden_folders_lock_files_and_other_files_are_not_articles(desk, cache):
    write(desk / "a.md", article())
    write(desk / ".netizen" / "x.md", article())
    write(desk / ".git" / "y.md", article())
    write(desk / ".~lock.a.md#", "{}")
    write(desk / "notes.docx", "not an article")
    write(desk / "b.markdown", article("Dua"))
    assert sorted(e.path for e in list_desk(desk, cache_dir=cache)) == ["a.md", "b.markdown"]


def test_the_title_is_the_first_heading_when_the_front_matter_has_none(desk, cache):
    write(desk / "a.md", "# Judul dari Badan\n\nSatu dua tiga.\n")
    (entry,) = list_desk(desk, cache_dir=cache)
    assert (entry.title, entry.words, entry.problem) == ("Judul dari Badan", 6, None)


def test_a_folder_that_cannot_be_read_is_a_desk_error(tmp_path, cache):
    with pytest.raises(DeskError):
        list_desk(tmp_path / "missing", cache_dir=cache)
    write(tmp_path / "file.md", article())
    with pytest.raises(DeskError):
        list_desk(tmp_path / "file.md", cache_dir=cache)


def test_a_second_listing_reads_only_from_the_index(desk, cache, monkeypatch):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    assert index_path(desk.resolve(), cache).is_file()
    from netizen_editor.desk import listing

    def no_reading(*args, **kwargs):
        raise AssertionError("an unchanged article was read again")

    monkeypatch.setattr(listing, "read_entry", no_reading)
    assert list_desk(desk, cache_dir=cache) == first


def test_a_damaged_index_is_rebuilt_and_deleting_it_loses_nothing(desk, cache):
    write(desk / "a.md", article("Satu"))
    first = list_desk(desk, cache_dir=cache)
    path = index_path(desk.resolve(), cache)
    path.write_bytes(b"\x00{not an index" * 100)
    assert list_desk(desk, cache_dir=cache) == first
    assert path.read_bytes().startswith(b"SQLite format 3")  # made anew
    path.unlink()
    assert list_desk(desk, cache_dir=cache) == first


def _lock(desk, name, user="Sri", minutes_ago=0):
    import datetime as dt
    import json

    beat = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_ago)).isoformat()
    data = {"user": user, "host": "laptop-sri", "pid": 4242, "since": beat, "heartbeat": beat}
    path = desk / f".~lock.{name}#"
    path.write_text(json.dumps(data), encoding="utf-8")
    written = time.time() - minutes_ago * 60  # the file too: its computer stopped then
    os.utime(path, (written, written))


def test_the_poller_sees_new_changed_and_deleted_files(desk, cache):
    from netizen_editor.desk import DeskPoller

    write(desk / "a.md", article("Satu"), mtime=1_000_000)
    write(desk / "b.md", article("Dua"), mtime=1_000_001)
    poller = DeskPoller(desk, cache)
    first = poller.poll()
    assert first.changed == {"a.md", "b.md"}
    assert poller.poll().changed == set()
    write(desk / "a.md", article("Satu Diubah"), mtime=1_000_002)
    write(desk / "sub" / "c.md", article("Tiga"), mtime=1_000_003)
    (desk / "b.md").unlink()
    changes = poller.poll()
    assert changes.changed == {"a.md", "b.md", "sub/c.md"}
    assert [(e.path, e.title) for e in changes.entries] == [
        ("sub/c.md", "Tiga"), ("a.md", "Satu Diubah")]  # fmt: skip


@pytest.mark.parametrize("minutes_off", [-6, 6])
def test_a_lock_from_a_computer_whose_clock_is_off_is_listed_while_it_is_written(
    desk, cache, minutes_off
):
    # QA31 F10: Dibuka Oleh stayed empty (locked_by null) for a colleague whose clock was 6
    # minutes off; his lock's file is rewritten at each heartbeat, by the drive's clock
    write(desk / "a.md", article("Satu"))
    _lock(desk, "a.md", user="Rina", minutes_ago=minutes_off)
    os.utime(desk / ".~lock.a.md#")  # written just now
    (entry,) = list_desk(desk, cache_dir=cache)
    assert entry.locked_by is not None and entry.locked_by.user == "Rina"


def test_the_poller_sees_a_lock_come_and_go_and_a_stale_one_is_nobody(desk, cache):
    from netizen_editor.desk import DeskLock, DeskPoller

    write(desk / "a.md", article("Satu"))
    poller = DeskPoller(desk, cache)
    poller.poll()
    _lock(desk, "a.md")
    changes = poller.poll()
    assert changes.changed == {"a.md"}
    lock = changes.entries[0].locked_by
    assert isinstance(lock, DeskLock) and (lock.user, lock.host) == ("Sri", "laptop-sri")
    assert changes.entries[0].to_json()["locked_by"] == {
        "user": "Sri", "host": "laptop-sri", "since": lock.since}  # fmt: skip
    _lock(desk, "a.md", user="Rina", minutes_ago=10)  # a heartbeat 10 minutes old: stale
    changes = poller.poll()
    assert changes.changed == {"a.md"} and changes.entries[0].locked_by is None
    (desk / ".~lock.a.md#").unlink()
    _lock(desk, "a.md", user="Rina")
    assert poller.poll().entries[0].locked_by.user == "Rina"
    (desk / ".~lock.a.md#").unlink()
    changes = poller.poll()
    assert changes.changed == {"a.md"} and changes.entries[0].locked_by is None


def test_a_lock_file_that_cannot_be_read_is_someones_until_it_is_stale(desk, cache):
    """As the window's open dialog decides: garbage or a pipe at ``.~lock.NAME#`` is held by an
    unknown colleague (user and host empty, since the file's mtime) until 5 minutes old."""
    import datetime as dt
    import time

    from netizen_editor.desk import DeskPoller

    write(desk / "a.md", article("Satu"), mtime=1_000_000)
    write(desk / "b.md", article("Dua"), mtime=1_000_001)
    (desk / ".~lock.a.md#").write_bytes(b"\x00garbage{")
    if hasattr(os, "mkfifo"):
        os.mkfifo(desk / ".~lock.b.md#")
    poller = DeskPoller(desk, cache)
    entries = {e.path: e for e in poller.poll().entries}
    held = ["a.md", "b.md"] if hasattr(os, "mkfifo") else ["a.md"]
    for path in held:
        lock_file = desk / f".~lock.{path}#"
        since = dt.datetime.fromtimestamp(os.lstat(lock_file).st_mtime, dt.UTC)
        assert entries[path].to_json()["locked_by"] == {
            "user": "", "host": "", "since": since.isoformat(timespec="seconds")}  # fmt: skip
        old = time.time() - 10 * 60
        os.utime(lock_file, (old, old))  # left behind 10 minutes ago: stale, free again
    assert all(e.locked_by is None for e in poller.poll().entries)


def test_every_storys_counts_arrive_newest_first_a_few_at_a_time_and_are_kept(desk, cache):
    """The window's poller makes the checks' counts within a budget: with room for one a round,
    a desk of 12 stories has every count after 12 rounds, the newest story's first; a new
    poller of the same desk (the index, by content hash) has them all at once."""
    from netizen_editor.desk import DeskPoller
    from netizen_editor.settings import Settings

    paths = [f"s{n:02d}.md" for n in range(12)]
    for n, path in enumerate(paths):
        write(desk / path, article(f"Berita {n}"), mtime=1_000_000 + n)
    settings = Settings(ui_language="en")
    poller = DeskPoller(desk, cache, checks=True, settings=settings)
    poller.check_budget_s = 0.0  # one count a round
    counted: list[str] = []
    changes = poller.poll()
    for _round in range(len(paths)):
        counted += [
            e.path for e in changes.entries if e.errors is not None and e.path not in counted
        ]
        if not poller.checks_pending:
            break
        changes = poller.check_more()
    assert counted == paths[::-1]  # every story, the newest first
    assert all(e.errors is not None and e.warnings is not None for e in changes.entries)
    again = DeskPoller(desk, cache, checks=True, settings=settings)
    again.check_budget_s = 0.0
    assert all(e.errors is not None for e in again.poll().entries) and not again.checks_pending


def test_who_changed_an_article_last_comes_from_its_history(desk, cache):
    from netizen_editor.desk import DeskPoller
    from netizen_editor.desk.actions import set_status

    path = write(desk / "a.md", article("Satu"))
    poller = DeskPoller(desk, cache)
    assert poller.poll().entries[0].modified_by == ""
    set_status(path, "review", user="Rina")
    (entry,) = poller.poll().entries
    assert (entry.status, entry.modified_by) == ("review", "Rina")
    assert list_desk(desk, cache_dir=cache)[0].modified_by == "Rina"  # from the index


def test_a_file_that_could_not_be_opened_is_read_again(desk, cache):
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = write(desk / "a.md", article("Satu"))
    path.chmod(0)
    assert list_desk(desk, cache_dir=cache)[0].problem.startswith("the file cannot be read")
    path.chmod(0o644)
    assert list_desk(desk, cache_dir=cache)[0].problem is None


def test_a_poll_puts_the_changed_articles_in_their_place_newest_first(desk, cache):
    import random

    from netizen_editor.desk import DeskPoller

    rng = random.Random(5)
    for n in range(40):
        write(
            desk / f"d{n % 3}" / f"a{n}.md", article(f"A{n}"), mtime=1_000_000 + rng.randrange(50)
        )
    poller = DeskPoller(desk, cache)
    poller.poll()
    for _round in range(5):
        for n in rng.sample(range(40), 3):
            path = desk / f"d{n % 3}" / f"a{n}.md"
            mtime = 1_000_000 + rng.randrange(60)
            os.utime(path, (mtime, mtime + 0.5))
        entries = poller.poll().entries
        stamps = [((desk / e.path).stat().st_mtime_ns, e.path) for e in entries]
        assert stamps == sorted(stamps, key=lambda s: (-s[0], s[1]))


def test_a_copy_that_kept_the_originals_id_shares_it_until_it_has_its_own(desk, cache):
    """A story copied in a file manager keeps its ``id``: the two would keep their versions in
    one history (``.netizen/history/<id>`` of their folder, or once moved beside each other)
    and name one Blogger post. Each row names another with its id, in any folder."""
    from netizen_editor.desk import DeskPoller
    from netizen_editor.desk.actions import give_new_id

    text = article("Banjir", id="cerita-1")
    write(desk / "banjir.md", text, mtime=1_000_000)
    write(desk / "banjir-salinan.md", text, mtime=1_000_001)
    write(desk / "lain" / "banjir.md", text, mtime=1_000_002)  # another folder: the same id
    write(desk / "gempa.md", article("Gempa", id="cerita-2"), mtime=1_000_003)
    poller = DeskPoller(desk, cache)
    twins = {e.path: e.same_id_as for e in poller.poll().entries}
    assert twins == {"banjir.md": "banjir-salinan.md", "banjir-salinan.md": "banjir.md",
                     "lain/banjir.md": "banjir-salinan.md", "gempa.md": None}  # fmt: skip
    assert "same_id_as" not in poller.poll().entries[0].to_json(checks=True)  # the CLI's fields
    new = give_new_id(desk / "banjir-salinan.md", user="Rina")
    give_new_id(desk / "lain" / "banjir.md", user="Rina")
    changes = poller.poll()
    assert changes.changed == {"banjir.md", "banjir-salinan.md", "lain/banjir.md"}
    assert all(e.same_id_as is None for e in changes.entries)
    assert f"id: {new}" in (desk / "banjir-salinan.md").read_text(encoding="utf-8")
    poller.close()
    # a later listing from the index finds the pair again (it is never cached)
    write(desk / "gempa-salinan.md", article("Gempa", id="cerita-2"), mtime=1_000_004)
    again = {e.path: e.same_id_as for e in list_desk(desk, cache_dir=cache)}
    assert again["gempa.md"] == "gempa-salinan.md"


def test_a_story_renamed_just_before_the_counts_turn_on_leaves_the_list(desk, cache):
    # the window turns the checks on at its second poll: a story renamed (or deleted) between the
    # two stayed in the order, and every poll after failed on its old path (QA: desk frozen)
    from netizen_editor.desk import DeskPoller

    write(desk / "a.md", article("Satu"), mtime=1_000_000)
    write(desk / "b.md", article("Dua"), mtime=1_000_001)
    poller = DeskPoller(desk, cache)
    poller.poll()
    (desk / "b.md").rename(desk / "b-baru.md")
    poller.checks = True
    changes = poller.poll()
    assert {"b.md", "b-baru.md"} <= changes.changed  # the table takes the old row out
    assert [e.path for e in changes.entries] == ["b-baru.md", "a.md"]
    assert [e.path for e in poller.poll().entries] == ["b-baru.md", "a.md"]
    poller.close()

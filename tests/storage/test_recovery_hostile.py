"""Recovery that never hides work: a broken entry does not stop the others, a changed host
name does not hide a crashed session, times out of range are survived, and a same-size edit
that kept the mtime is still noticed before a save."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from netizen_editor.storage.identity import FileIdentity, changed_on_disk
from netizen_editor.storage.journal import Journal
from netizen_editor.storage.reading import MAX_BYTES
from netizen_editor.storage.recovery import CORRUPT, scan_journals, tidy

from .conftest import write_lock


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "journal"


def _draft(root: Path, text: str) -> Journal:
    journal = Journal(root)
    journal.write(Journal.new_doc_id(), text, path=None, cursor=0, saved_identity=None)
    return journal


def test_one_unreadable_entry_goes_to_corrupt_and_the_others_are_offered(root, dead_pid):
    first = _draft(root, "Draf satu")
    bad = Journal(root)
    bad_file = bad.write(Journal.new_doc_id(), "x", path=None, cursor=0, saved_identity=None)
    bad_file.write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    broken = Journal(root)
    broken_file = broken.write(Journal.new_doc_id(), "y", path=None, cursor=0, saved_identity=None)
    broken_file.write_bytes(b"\xff\xfe not json")
    last = _draft(root, "Draf dua")
    for journal in (first, bad, broken, last):
        write_lock(root, journal.session_id, dead_pid)

    scan = scan_journals(root)
    assert sorted(item.text for item in scan.items) == ["Draf dua", "Draf satu"]
    assert sorted(scan.corrupt) == sorted([bad_file, broken_file])
    tidy(root)
    assert sorted(p.name for p in (root / CORRUPT).iterdir()) == sorted(
        [bad_file.name, broken_file.name]
    )
    assert sorted(item.text for item in scan_journals(root).items) == ["Draf dua", "Draf satu"]


def test_a_crashed_session_is_offered_after_the_host_name_changed(root, dead_pid):
    journal = _draft(root, "Ditulis sebelum DHCP memberi nama baru")
    write_lock(root, journal.session_id, dead_pid, hostname="laptop-lama.local")
    [item] = scan_journals(root).items
    assert item.text.startswith("Ditulis sebelum")


@pytest.mark.parametrize(
    "when", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "kemarin", 10**30, None]
)
def test_journal_times_out_of_range_are_survived(root, dead_pid, when):
    journal = _draft(root, "Draf")
    [file] = root.glob(f"{journal.session_id}.*.json")
    raw = json.loads(file.read_text(encoding="utf-8"))
    raw["time"] = when
    file.write_text(json.dumps(raw), encoding="utf-8")
    write_lock(root, journal.session_id, dead_pid)
    [item] = scan_journals(root).items
    item.time.astimezone()  # the recovery list can show it
    assert 1970 <= item.time.year <= 9000


def test_a_same_size_edit_with_the_old_mtime_is_noticed(tmp_path):
    path = tmp_path / "a.md"
    path.write_bytes(b"Isi lama.")
    known = FileIdentity.of(path, MAX_BYTES)
    assert known is not None and not changed_on_disk(path, known)
    path.write_bytes(b"Isi baru.")  # same length
    os.utime(path, ns=(known.mtime_ns, known.mtime_ns))
    assert changed_on_disk(path, known)

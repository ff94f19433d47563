"""A journal folder planted with thousands of entries (QA26 #9, the recovery side): the start
looks at the newest ``MAX_ENTRIES`` of them, once, and compares no story of another size than
its entry's text (300 entries naming a 19 MB story took 15.6 s to scan, twice per start)."""

from __future__ import annotations

import json
import os
from pathlib import Path

from netizen_editor.storage import recovery
from netizen_editor.storage.recovery import find_recoverable, scan_journals, tidy


def plant_drafts(root: Path, count: int, path: Path | None = None, text: str = "") -> list[Path]:
    """Entries of ``count`` crashed sessions (no lock left: none is running), the oldest first."""
    root.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(count):
        session, doc = f"{n:016x}", f"{n + 1:016x}"
        file = root / f"{session}.{doc}.json"
        entry = {
            "doc_id": doc,
            "session_id": session,
            "text": text or f"Draf {n}\n",
            "path": str(path) if path else None,
            "time": "2026-12-07T10:00:00+00:00",
        }
        file.write_text(json.dumps(entry), encoding="utf-8")
        os.utime(file, (1_000_000 + n, 1_000_000 + n))
        files.append(file)
    return files


def test_a_journal_of_thousands_of_entries_offers_the_newest_hundred(tmp_path):
    root = tmp_path / "journal"
    files = plant_drafts(root, 1000)
    items = find_recoverable(root)
    assert len(items) == 100  # recovery.MAX_ENTRIES
    assert {item.file for item in items} == set(files[-100:])
    tidy(root)  # the others are left for a later start, not thrown away
    assert all(file.exists() for file in files)


def test_a_story_of_another_size_than_its_entry_is_not_read(tmp_path, monkeypatch):
    story = tmp_path / "besar.md"
    story.write_text("a" * 1_000_000, encoding="utf-8")
    root = tmp_path / "journal"
    plant_drafts(root, 20, path=story)
    same = tmp_path / "sama.md"
    same.write_text("Sama persis\n", encoding="utf-8")
    plant_drafts(root / "other", 1, path=same, text="Sama persis\n")
    read: list[Path] = []
    reading = recovery.read_regular

    def noting(path, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(Path(path))
        return reading(path, *args, **kwargs)

    monkeypatch.setattr(recovery, "read_regular", noting)
    items = find_recoverable(root)
    assert len(items) == 20 and {item.reason for item in items} == {"unsaved_changes"}
    assert story not in read
    scan = scan_journals(root / "other")  # the same text as the story: nothing to offer
    assert scan.items == [] and len(scan.stale) == 1 and same in read

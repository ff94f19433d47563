"""A desk entry's JSON object is exactly the command line's; its index record reads back."""

from __future__ import annotations

import pytest

from netizen_editor.desk import STATUSES, DeskEntry, DeskLock


def _entry(**changes: object) -> DeskEntry:
    fields: dict[str, object] = dict(
        path="2026/a.md", title="Banjir", status="review", author="Budi", editor="Rina",
        labels=("Nasional",), dateline="Jakarta", date="2026-12-06",
        modified="2026-12-06T01:00:00+00:00", modified_by="Rina", words=12, locked_by=None,
        problem=None,
    )  # fmt: skip
    fields.update(changes)
    return DeskEntry(**fields)  # type: ignore[arg-type]


def test_the_workflow_statuses():
    assert STATUSES == ("draft", "review", "ready", "published", "spiked")


def test_to_json_is_the_command_lines_object():
    lock = DeskLock("Sri", "laptop", "2026-12-06T08:00:00+07:00")
    data = _entry(locked_by=lock, errors=1, warnings=2).to_json()
    assert "modified_by" not in data and "errors" not in data
    assert data["labels"] == ["Nasional"]
    assert data["locked_by"] == {"user": "Sri", "host": "laptop", "since": lock.since}
    assert _entry(errors=1, warnings=2).to_json(checks=True)["errors"] == 1


def test_a_record_reads_back_without_its_lock():
    entry = _entry(locked_by=DeskLock("Sri", "laptop", "x"), errors=0, warnings=3)
    assert DeskEntry.from_record(entry.to_record()) == _entry(errors=0, warnings=3)


@pytest.mark.parametrize(
    "damage",
    [{"labels": "x"}, {"title": 1}, {"words": "1"}, {"date": 5}, {"errors": True}],
)
def test_a_damaged_record_is_refused(damage):
    with pytest.raises((ValueError, TypeError, KeyError)):
        DeskEntry.from_record({**_entry().to_record(), **damage})

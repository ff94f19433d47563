"""Which stories the desk shows and in what order: each filter alone, empty cells last in a
sort, ties in path order, and the counts per status."""

from __future__ import annotations

import datetime as dt

from netizen_editor.desk.entry import DeskEntry, DeskLock
from netizen_editor.gui.desk.filter_lists import desk_names, offered
from netizen_editor.gui.desk.filtering import PROBLEM, DeskFilter, shown_rows, status_counts


def entry(path: str, **fields: object) -> DeskEntry:
    values: dict = dict(path=path, title=path.upper(), status="draft", author="", editor="",
                        labels=(), dateline="", date=None, modified="2026-12-01T10:00:00+00:00",
                        modified_by="", words=100, locked_by=None, problem=None)  # fmt: skip
    values.update(fields)
    return DeskEntry(**values)


ENTRIES = [
    entry("a.md", title="Banjir", status="review", author="Budi", labels=("Nasional",),
          date="2026-12-03T08:00:00+07:00", words=300, errors=2),
    entry("b.md", title="Gempa", status="ready", author="sri", editor="Budi",
          date="2026-12-05T08:00:00+07:00", words=50),
    entry("c.md", title="", status="", problem="not UTF-8", words=0),
    entry("d.md", title="Anggaran", labels=("ekonomi", "Nasional"), words=300,
          locked_by=DeskLock("Rina", "pc", "2026-12-06T09:00:00+07:00")),
]  # fmt: skip


def paths(wanted: DeskFilter, column: str = "path", descending: bool = False) -> list[str]:
    return [ENTRIES[i].path for i in shown_rows(ENTRIES, wanted, column, descending)]


def test_each_filter():
    assert paths(DeskFilter()) == ["a.md", "b.md", "c.md", "d.md"]
    assert paths(DeskFilter(status="review")) == ["a.md"]
    assert paths(DeskFilter(status=PROBLEM)) == ["c.md"]
    assert paths(DeskFilter(author="BUDI")) == ["a.md"]  # case does not matter
    assert paths(DeskFilter(label="nasional")) == ["a.md", "d.md"]
    assert paths(DeskFilter(mine="budi")) == ["a.md", "b.md"]  # author or editor
    assert paths(DeskFilter(since=dt.date(2026, 12, 4))) == ["b.md"]
    assert paths(DeskFilter(until=dt.date(2026, 12, 3))) == ["a.md", "c.md", "d.md"]  # modified
    assert paths(DeskFilter(query="gem")) == ["b.md"]
    assert paths(DeskFilter(query="c.md")) == ["c.md"]  # the file's name too
    assert paths(DeskFilter(query="kata", text_hits={"d.md"})) == ["d.md"]


def test_sorting_puts_empty_cells_last_and_ties_in_path_order():
    assert paths(DeskFilter(), "title") == ["d.md", "a.md", "c.md", "b.md"]  # c: by its name
    assert paths(DeskFilter(), "words", True) == ["a.md", "d.md", "b.md", "c.md"]
    assert paths(DeskFilter(), "errors")[0] == "a.md"
    assert paths(DeskFilter(), "status") == ["d.md", "a.md", "b.md", "c.md"]  # workflow order
    assert paths(DeskFilter(), "locked_by")[0] == "d.md"
    assert paths(DeskFilter(), "date") == ["a.md", "b.md", "c.md", "d.md"]


def test_counts_and_choices():
    counts = status_counts(ENTRIES)
    assert (counts["draft"], counts["review"], counts["ready"], counts[PROBLEM]) == (1, 1, 1, 1)
    authors, labels = desk_names(ENTRIES)
    assert (offered(authors), offered(labels)) == (["Budi", "sri"], ["ekonomi", "Nasional"])
    assert labels == {"Nasional": 2, "ekonomi": 1}  # how many stories carry each

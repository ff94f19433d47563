"""A story whose front matter has one wrong value (a typo in its date) is listed with its
problem and with what can be read of it (QA38 #2: the row kept its file name alone, so a
reporter's own story left her "mine" and author filters); its status stays "" until it is put
right, and a front matter that is no YAML at all gives its words only, as before."""

from __future__ import annotations

import pytest

from netizen_editor.desk import list_desk
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def test_a_typo_in_the_date_keeps_the_rest_of_the_row(desk, cache):
    text = article("Banjir Rob", author="Sari", editor="Budi", labels=["Nasional"],
                   dateline="Jakarta", status="review", date="2026-12-08x")  # fmt: skip
    write(desk / "banjir.md", text)
    (entry,) = list_desk(desk, cache_dir=cache)
    assert entry.problem is not None and "date" in entry.problem
    assert (entry.title, entry.author, entry.editor, entry.labels, entry.dateline) == (
        "Banjir Rob", "Sari", "Budi", ("Nasional",), "Jakarta")  # fmt: skip
    assert entry.status == "" and entry.date is None and entry.words == 8
    assert list_desk(desk, cache_dir=cache) == [entry]  # the index keeps it so


def test_a_front_matter_that_is_no_yaml_gives_the_words_only(desk, cache):
    write(desk / "rusak.md", "---\ntitle: [Banjir\nauthor: Sari\n---\nHujan deras sejak pagi.\n")
    (entry,) = list_desk(desk, cache_dir=cache)
    assert entry.problem is not None and (entry.title, entry.author) == ("", "")
    assert entry.words == 4

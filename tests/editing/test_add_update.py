"""Add Update writes a new entry first in the front matter's updates, as block YAML."""

from __future__ import annotations

import datetime as dt

from netizen_editor.article.model import Article
from netizen_editor.editing.add_update import add_update_edit

WIB = dt.timezone(dt.timedelta(hours=7))


def add(text: str, message: str, hour: int) -> str:
    edit = add_update_edit(text, message, "WIB", dt.datetime(2026, 12, 6, hour, 0, tzinfo=WIB))
    new = edit.apply(text)
    assert new[edit.sel_start : edit.sel_end].strip("'") == message  # the new text is selected
    return new


def test_updates_go_first_each_with_its_time():
    text = "---\ntitle: Banjir\nstatus: draft\n---\nIsi.\n"
    text = add(text, "BPBD membuka posko.", 11)
    text = add(text, "Korban: lima orang.", 14)
    assert text == (
        "---\ntitle: Banjir\nstatus: draft\nupdates:\n"
        "  - time: 2026-12-06T14:00:00+07:00\n    text: 'Korban: lima orang.'\n"
        "  - time: 2026-12-06T11:00:00+07:00\n    text: BPBD membuka posko.\n"
        "---\nIsi.\n"
    )
    updates = Article.parse(text).meta["updates"]
    assert [u["text"] for u in updates] == ["Korban: lima orang.", "BPBD membuka posko."]


def test_an_article_without_front_matter_gets_one():
    text = add("Isi saja.\n", "Posko dibuka.", 9)
    assert text.startswith("---\nupdates:\n  - time: 2026-12-06T09:00:00+07:00\n")
    assert text.endswith("---\nIsi saja.\n")


def test_a_flow_list_stays_a_flow_list():
    text = "---\ntitle: B\nupdates: [{time: 2026-12-06T08:00:00+07:00, text: Lama}]\n---\nx\n"
    edit = add_update_edit(text, "Baru", "WIB", dt.datetime(2026, 12, 6, 9, 0, tzinfo=WIB))
    updates = Article.parse(edit.apply(text)).meta["updates"]
    assert [u["text"] for u in updates] == ["Baru", "Lama"]

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


LIVE = (
    "---\ntitle: Banjir\ntemplate: live\n---\nRingkasan terkini.\n\n"
    "<!-- Tambahkan setiap pembaruan DI ATAS yang lama -->\n\n### 11.00 WIB\n\nPosko dibuka.\n"
)


def test_a_live_report_timed_in_its_body_gets_a_heading_above_the_newest():
    """Add Update wrote into the front matter's ``updates`` while the live template times its
    updates with ``### 14.30 WIB`` headings in the body: two update lists in one story."""
    text = add(LIVE, "Korban bertambah.", 14)
    assert text == LIVE.replace(
        "### 11.00 WIB\n", "### 14.00 WIB\n\nKorban bertambah.\n\n### 11.00 WIB\n"
    )
    assert "updates" not in Article.parse(text).meta


def test_a_heading_with_its_day_gets_one_with_the_day():
    text = LIVE.replace("### 11.00 WIB", "## Sabtu (5/12/2026) 23.40 WIB")
    new = add(text, "Air surut.", 1)
    assert "## Minggu (6/12/2026) 01.00 WIB\n\nAir surut.\n\n## Sabtu (5/12/2026) 23.40 WIB" in new


def test_a_story_with_an_updates_list_keeps_it_even_with_timed_headings():
    listed = "updates:\n  - time: 2026-12-06T09:00:00+07:00\n    text: Lama.\n"
    new = add(LIVE.replace("template: live\n", "template: live\n" + listed), "Baru.", 14)
    assert [u["text"] for u in Article.parse(new).meta["updates"]] == ["Baru.", "Lama."]
    assert new.count("###") == 1

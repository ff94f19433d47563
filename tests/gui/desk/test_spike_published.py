"""Spiking a published story says that its post stays on the site (QA31 F6: "withdrawn and
kept" read as if the post came down; spiking changes the file, and the post stays live until it
is removed in Blogger). The desk's question and the Article Details panel's are one question;
the site is the settings' blog."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from netizen_editor.settings import Settings
from tests.gui.desk.conftest import STORIES, story
from tests.gui.desk.test_controller import meta, select, wait_status
from tests.gui.panels.test_spike_from_details import choose_status
from tests.gui.questions import answer_box

LIVE = "Its post stays live on netizen.co.id until it is removed in Blogger."


def test_the_desk_says_a_published_storys_post_stays_on_the_site(desk_window, qtbot,
                                                                  desk_folder):  # fmt: skip
    window = desk_window()
    panel = window.desk.panel
    select(window, "pemilu-daerah.md")  # published
    seen = answer_box(qtbot, "Cancel")
    panel.action_buttons["spiked"].click()
    [box] = seen
    assert box["name"] == "desk_spike_dialog"
    assert "withdrawn and kept" in box["info"] and box["info"].endswith(" " + LIVE)
    assert meta(desk_folder / "pemilu-daerah.md")["status"] == "published"
    select(window, "olahraga/timnas.md")  # ready: nothing is live, nothing said of a site
    seen = answer_box(qtbot, "&Spike")
    panel.action_buttons["spiked"].click()
    assert "withdrawn and kept" in seen[0]["info"] and "Blogger" not in seen[0]["info"]
    wait_status(qtbot, window, "olahraga/timnas.md", "spiked")


def test_the_details_panel_names_the_settings_blog(make_window, qtbot, tmp_path: Path):
    path = tmp_path / "pemilu.md"
    _path, title, _status, author, labels, date, _mtime = STORIES[3]
    path.write_text(story(title, "published", author, labels, date), encoding="utf-8")
    settings = replace(Settings(), site_url="https://berita.contoh.id/")
    window = make_window([path], settings=settings)
    tab = window.current_tab()
    seen = answer_box(qtbot, "&Spike")
    choose_status(tab.metadata_panel, "spiked")
    [box] = seen
    assert box["info"].endswith(
        " Its post stays live on berita.contoh.id until it is removed in Blogger."
    )
    assert "status: spiked\n" in tab.editor_text()

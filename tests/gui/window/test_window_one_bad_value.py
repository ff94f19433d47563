"""A story whose front matter has one wrong value (a status the desk does not know) next to
readable ones: the error is reported at its line, and the preview, the details and the
Periksa pictures show what could be read, never the tab opened before."""

from __future__ import annotations

from pathlib import Path

from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import js

GOOD = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
summary: Banjir rob menggenangi permukiman pesisir Jakarta Utara sejak Senin pagi.
dateline: Jakarta
date: 2026-12-01T08:00:00+07:00
status: draft
---
Banjir rob menggenangi permukiman warga.
"""
BAD = """\
---
title: Wali Kota Bandung Lantik Tiga Pejabat Baru
summary: Wali Kota Bandung melantik tiga pejabat baru di Balai Kota pada Sabtu pagi.
author: Budi Santoso
date: 2026-12-06T02:00:00+07:00
dateline: Bandung
labels: [politik]
status: submitted
---
Pelantikan berlangsung di Balai Kota.
"""
HEADER = "(document.getElementById('nz-header') || {}).innerText || ''"
BODY = "(document.getElementById('nz-body') || {}).innerText || ''"


def _two_tabs(make_window, qtbot, tmp_path: Path):
    good, bad = tmp_path / "banjir.md", tmp_path / "pelantikan.md"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(BAD, encoding="utf-8")
    window = make_window([good])
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: panel.search_view.result is not None, timeout=TIMEOUT)
    assert panel.search_view.result.title.startswith("Banjir Rob")
    window.files.open_path(bad)
    tab = window.current_tab()
    assert tab.path == bad
    qtbot.waitUntil(lambda: tab.snapshot() is not None, timeout=TIMEOUT)
    return window, tab


def test_the_pictures_show_the_story_whose_status_is_wrong(make_window, qtbot, tmp_path):
    window, _tab = _two_tabs(make_window, qtbot, tmp_path)
    panel = window.checks_dock.panel

    def own_pictures() -> bool:
        result, card = panel.search_view.result, panel.share_view.card
        return (
            result is not None
            and result.title.startswith("Wali Kota Bandung")
            and card is not None
            and card.title.startswith("Wali Kota Bandung")
        )

    qtbot.waitUntil(own_pictures, timeout=TIMEOUT)
    assert "Banjir" not in panel.search_note.text()
    assert "front matter" in panel.list.item(0).text()  # the checks still wait
    assert window.checks_dock.status_label.text() == ""


def test_the_preview_and_the_details_keep_what_could_be_read(make_window, qtbot, tmp_path):
    _window, tab = _two_tabs(make_window, qtbot, tmp_path)
    qtbot.waitUntil(lambda: "Wali Kota" in (js(qtbot, tab.preview, HEADER) or ""),
                    timeout=TIMEOUT)  # fmt: skip
    assert "Untitled" not in js(qtbot, tab.preview, HEADER)
    body = js(qtbot, tab.preview, BODY)
    assert body.startswith("BANDUNG, Netizen.co.id - Pelantikan")
    details = tab.metadata_panel
    qtbot.waitUntil(lambda: bool(details.error()), timeout=TIMEOUT)
    assert "line 8" in details.error() and "submitted" in details.error()
    assert not details.fields_widget.isEnabled()  # nothing is written while it is wrong
    assert details.title_edit.text() == "Wali Kota Bandung Lantik Tiga Pejabat Baru"
    assert details.line_edits["dateline"].text() == "Bandung"
    shown = details.date_edit.dateTime()
    assert (shown.date().year(), shown.date().month(), shown.date().day()) == (2026, 12, 6)
    assert shown.time().hour() == 2 and details.date_check.isChecked()
    assert details.status_combo.currentData() == ""  # the wrong status is not shown as one

"""The desk's first checks (weekday, repeated-word, quotes) in the Periksa panel of the real
window: listed with their lines, a click puts the cursor on the slip, and the house style
turns them off."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.settings import Settings
from tests.gui import TIMEOUT

ARTICLE = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
summary: Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta Utara sejak
  Sabtu; warga mengungsi ke balai kelurahan terdekat.
date: 2026-12-06T09:00:00+07:00
labels: [Metropolitan]
slug: banjir-rob
---
Banjir rob menggenangi permukiman warga sejak Sabtu (6/12/2026) pagi.

Warga yang yang mengungsi kembali. "Kami sudah siaga sejak semalam, kata petugas.
"""
RULES = ("weekday", "repeated-word", "quotes")


def copy_findings(window):
    return [f for f in window.checks_dock.panel.findings if f.rule in RULES]


def test_the_slips_are_listed_and_a_click_goes_to_the_slip(qtbot, make_window, tmp_path: Path):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window([path])
    qtbot.waitUntil(lambda: len(copy_findings(window)) == 3, timeout=TIMEOUT)
    lines = ARTICLE.splitlines()
    found = {f.rule: (f.line, f.column) for f in copy_findings(window)}
    assert found == {
        "weekday": (9, lines[8].index("Sabtu") + 1),
        "repeated-word": (11, lines[10].index("yang yang") + 1),
        "quotes": (11, lines[10].index('"') + 1),
    }
    panel = window.checks_dock.panel
    (row,) = [i for i in panel.finding_items() if i.data(panel_rule_role()) == "weekday"]
    assert "Minggu" in row.toolTip()  # the right day is the suggestion
    panel.list.itemActivated.emit(row)
    cursor = window.current_tab().editor.textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == found["weekday"]


def test_the_house_style_turns_them_off(qtbot, make_window, tmp_path: Path):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    style = tmp_path / "gaya.toml"
    style.write_text('disabled = ["weekday", "repeated-word", "quotes"]\n', encoding="utf-8")
    window = make_window([path], settings=Settings(ui_language="en", house_style=str(style)))
    tab = window.current_tab()

    def checked() -> bool:
        snapshot = tab.snapshot()
        return snapshot is not None and snapshot.checked

    qtbot.waitUntil(checked, timeout=TIMEOUT)
    assert [f for f in tab.snapshot().findings if f.rule in RULES] == []
    assert copy_findings(window) == []


def panel_rule_role():
    from netizen_editor.gui.panels.checks_panel import RULE_ROLE

    return RULE_ROLE

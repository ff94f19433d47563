"""Ctrl+P's list: titles that start with the words first, then the newest; Enter chooses."""

from __future__ import annotations

from PySide6.QtCore import Qt

from netizen_editor.gui.desk.quick_switcher import QuickSwitcher, ranked
from tests.gui.desk.test_filtering import entry

ENTRIES = [
    entry("2026/banjir-bekasi.md", title="Warga Bekasi Mengungsi karena Banjir"),
    entry("banjir.md", title="Banjir Jakarta Surut"),
    entry("rusak.md", title="", problem="binary"),
]


def test_titles_that_start_with_the_words_come_first():
    assert [e.path for e in ranked(ENTRIES, "banjir")] == ["banjir.md", "2026/banjir-bekasi.md"]
    assert [e.path for e in ranked(ENTRIES, "bekasi banjir")] == ["2026/banjir-bekasi.md"]
    assert [e.path for e in ranked(ENTRIES, "")] == ["2026/banjir-bekasi.md", "banjir.md"]


def test_arrows_choose_and_enter_opens(qtbot):
    switcher = QuickSwitcher(ENTRIES)
    qtbot.addWidget(switcher)
    chosen: list[str] = []
    switcher.chosen.connect(chosen.append)
    switcher.show()
    qtbot.keyClicks(switcher.edit, "banjir")
    qtbot.keyClick(switcher.edit, Qt.Key.Key_Down)
    qtbot.keyClick(switcher.edit, Qt.Key.Key_Return)
    assert chosen == ["2026/banjir-bekasi.md"]
    assert not switcher.isVisible()


def test_an_untitled_story_is_named_by_its_path_once(qtbot):
    """QA22 #13: "Nasional/tarif-angkot.md — Draft · Nasional/tarif-angkot.md"."""
    switcher = QuickSwitcher([entry("Nasional/tarif-angkot.md", title=""), *ENTRIES[:2]])
    qtbot.addWidget(switcher)
    shown = [switcher.list.item(row).text() for row in range(switcher.list.count())]
    assert shown == [
        "Nasional/tarif-angkot.md   — Draft",
        "Warga Bekasi Mengungsi karena Banjir   — Draft · 2026/banjir-bekasi.md",
        "Banjir Jakarta Surut   — Draft · banjir.md",
    ]


def test_a_planted_names_controls_are_shown_not_obeyed(qtbot):
    """QA32 #10: a title's or a path's bidi override turned Ctrl+P's row round."""
    planted = [entry("c\u202egpj.md", title=""), entry("a.md", title="Eve\u202eRTL")]
    switcher = QuickSwitcher(planted)
    qtbot.addWidget(switcher)
    rows = [switcher.list.item(row) for row in range(switcher.list.count())]
    for item in rows:
        assert "\u202e" not in item.text() + item.toolTip(), ascii(item.text())
    assert any("Eve\\u202eRTL" in item.text() for item in rows)
    assert any("c\\u202egpj.md" in item.toolTip() for item in rows)

"""With many stories open the tabs keep readable names and the bar scrolls (QA30 #7: nine
stories at 1366 px were "…", "b…d", "ola….md")."""

from __future__ import annotations

from PySide6.QtWidgets import QToolButton

NAMES = ("berita-01-harga-beras-naik", "banjir-rob-muara-angke", "sidang-mk-sengketa",
         "olahraga-persib-juara", "ekonomi-rupiah-melemah", "rilis-kementerian-desa", "tinjau",
         "gempa-cianjur-susulan", "pemilu-2029")  # fmt: skip


def test_many_tabs_keep_readable_names_and_scroll(make_window, qtbot, tmp_path):
    files = []
    for name in NAMES:
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: {name}\n---\nIsi.\n", encoding="utf-8")
        files.append(path)
    window = make_window(files)
    window.resize(1366, 740)
    bar = window.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.count() == len(NAMES))
    shortest = bar.fontMetrics().horizontalAdvance("tinjau.md")
    for index in range(bar.count()):
        assert bar.tabRect(index).width() > shortest + 40, bar.tabText(index)
    scroll = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert scroll, "the bar does not scroll"


def test_a_planted_names_controls_are_shown_not_obeyed(make_window, qtbot, tmp_path):
    # QA32 #10: a file "…\u202egpj.exe.md" read "…dm.exe.jpg" in its tab, and a line break in
    # a name split the tab in two; a title's override turned the window's title round
    path = tmp_path / "foto\u202egpj.exe\nx.md"
    path.write_text("---\ntitle: Eve\u202eRTL\u202c\n---\nIsi.\n", encoding="utf-8")
    window = make_window([path])
    bar = window.tabs.tabBar()
    qtbot.waitUntil(lambda: "Eve" in window.windowTitle())
    shown = [bar.tabText(0), bar.tabToolTip(0), window.windowTitle()]
    for text in shown:
        assert "\u202e" not in text and "\n" not in text, repr(text)
    assert "foto\\u202egpj.exe\\nx.md" in bar.tabText(0)
    assert "Eve\\u202eRTL\\u202c" in window.windowTitle()

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

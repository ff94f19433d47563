"""With many stories open the tabs keep readable names and the bar scrolls (QA30 #7: nine
stories at 1366 px were "…", "b…d", "ola….md")."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtWidgets import QStyleOptionTab, QToolButton

from netizen_editor.storage.locks import lock_path
from tests.gui.window.test_locking import answer_lock_dialog, settings_for

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


def shown_text(bar, index: int) -> str:
    """The label as the bar draws it (cut to its tab)."""
    option = QStyleOptionTab()
    bar.initStyleOption(option, index)
    return option.text


def test_a_cut_label_keeps_its_read_only_and_unsaved_marks(
    make_window, qtbot, tmp_path, monkeypatch
):
    # QA34 F7: six tabs at 1366 px read "longsor-b…nya-baca)": read-only no longer said
    files = []
    for name in ("longsor-di-bogor-dua-rumah-tertimbun", *NAMES):
        path = tmp_path / f"{name}.md"
        path.write_text(f"---\ntitle: {name}\n---\nIsi.\n", encoding="utf-8")
        files.append(path)
    now = dt.datetime.now(dt.UTC).isoformat()
    sari = {"user": "Sari", "host": "laptop-sari", "pid": 1, "since": now, "heartbeat": now}
    lock_path(files[0]).write_text(json.dumps(sari), encoding="utf-8")
    window = make_window(files[1:], settings=settings_for("Budi"))
    window.resize(1366, 740)
    answer_lock_dialog(monkeypatch, window, "read_only")
    held = window.files.open_path(files[0])
    assert held is not None and held.read_only
    unsaved = window.all_tabs()[0]
    unsaved.replace_text(unsaved.editor_text() + "Tambahan.\n", modified=True)
    bar = window.tabs.tabBar()
    qtbot.waitUntil(lambda: bar.tabText(0).endswith(" *"))
    for tab, ending in ((held, "(read-only)"), (unsaved, " *")):
        index = window.tabs.indexOf(tab)
        shown = shown_text(bar, index)
        assert "…" in shown and shown.endswith(ending), shown  # cut, the mark whole
        assert shown.startswith(bar.tabText(index)[:5]), shown  # and room for the name
    window.tabs.setCurrentWidget(unsaved)
    assert shown_text(bar, window.tabs.indexOf(held)).endswith("(read-only)")

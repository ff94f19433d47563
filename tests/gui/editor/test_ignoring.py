""" "Ignore" (Abaikan) in the real window: the word leaves the underlines, the Periksa panel and
the status bar count at once, is remembered beside the article (not in its text) and is still
ignored after a restart."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.spelling.ignored import IGNORED_FOLDER
from tests.gui import TIMEOUT
from tests.gui.editor.test_spelling import cursor_on

ARTICLE_ID = "3f2b8c1e-5d7a-4e2b-9c1d-0a1b2c3d4e5f"
ARTICLE = f"""\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
id: {ARTICLE_ID}
summary: Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta Utara sejak
  Senin; warga mengungsi ke balai kelurahan terdekat.
labels: [Metropolitan]
slug: banjir-rob
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga. kalimt ini salah ketik.

Petugas membuka dapur umum; kalimt juga di sini, dan rumahh warga terendam.

Info lebih lanjut [klik di sini](https://netizen.co.id/banjir).
"""


def spelling_words(window: MainWindow) -> list[str]:
    return [f.extra["word"] for f in window.checks_dock.panel.findings if f.rule == "spelling"]


def wait_for_spelling(qtbot, window: MainWindow) -> None:
    layer = window.current_tab().editor.spell
    qtbot.waitUntil(lambda: layer.speller is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: "rumahh" in spelling_words(window), timeout=TIMEOUT)


def test_ignore_clears_the_panel_and_the_count_at_once_and_survives_a_restart(
    qtbot, make_window, tmp_path: Path
):
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window([path])
    wait_for_spelling(qtbot, window)
    assert spelling_words(window) == ["kalimt", "kalimt", "rumahh"]
    count_before = window.checks_dock.status_label.text()
    editor = window.current_tab().editor
    menu = editor.spell.context_menu(cursor_on(editor, "kalimt"))
    next(a for a in menu.actions() if a.objectName() == "spell_ignore").trigger()
    # at once: no new check run is waited for
    assert spelling_words(window) == ["rumahh"]
    count_after = window.checks_dock.status_label.text()
    assert count_after != count_before
    assert int(count_after.split(" warnings")[0].split()[-1]) == (
        int(count_before.split(" warnings")[0].split()[-1]) - 2
    )
    layer = editor.spell
    qtbot.waitUntil(  # the next paint
        lambda: "kalimt" not in [w for ws in layer.painted.values() for w, _r in ws],
        timeout=TIMEOUT,
    )
    remembered = tmp_path / ".netizen" / IGNORED_FOLDER / f"{ARTICLE_ID}.txt"
    assert remembered.read_text(encoding="utf-8") == "kalimt\n"
    assert path.read_text(encoding="utf-8") == ARTICLE  # not in the text
    assert not window.current_tab().is_dirty()
    # the next checks leave it out too (the rules read the article's list)
    tab = window.current_tab()
    editor.insertPlainText(" ")

    def rechecked() -> bool:
        snapshot = tab.snapshot()
        return snapshot is not None and snapshot.checked and snapshot.text != ARTICLE

    qtbot.waitUntil(rechecked, timeout=TIMEOUT)
    assert [f.extra["word"] for f in tab.snapshot().findings if f.rule == "spelling"] == ["rumahh"]
    window.prompts.unsaved_changes = lambda name: "discard"
    window.close()

    again = make_window([path])  # a restart: a new window, the same article
    wait_for_spelling(qtbot, again)
    assert spelling_words(again) == ["rumahh"]
    layer = again.current_tab().editor.spell
    qtbot.waitUntil(lambda: "kalimt" in getattr(layer, "article_ignored", ()), timeout=TIMEOUT)
    block = again.current_tab().editor.document().findBlockByNumber(8)
    assert [i.word for i in layer.block_issues(block)] == []


def test_ignore_from_the_periksa_panel_does_the_same(qtbot, make_window, tmp_path: Path):
    from netizen_editor.gui.panels.checks_panel import WORD_ROLE

    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window([path])
    wait_for_spelling(qtbot, window)
    panel = window.checks_dock.panel
    (item,) = [i for i in panel.finding_items() if i.data(WORD_ROLE) == "rumahh"]
    menu = panel.ignore_menu(item)
    assert menu is not None
    (action,) = [a for a in menu.actions() if a.objectName() == "checks_ignore"]
    assert "rumahh" in action.text()
    action.trigger()
    assert spelling_words(window) == ["kalimt", "kalimt"]
    assert [i for i in panel.finding_items() if i.data(WORD_ROLE) == "rumahh"] == []
    remembered = tmp_path / ".netizen" / IGNORED_FOLDER / f"{ARTICLE_ID}.txt"
    assert remembered.read_text(encoding="utf-8") == "rumahh\n"
    layer = window.current_tab().editor.spell
    qtbot.waitUntil(
        lambda: "rumahh" not in [w for ws in layer.painted.values() for w, _r in ws],
        timeout=TIMEOUT,
    )
    others = [i for i in panel.finding_items() if not i.data(WORD_ROLE)]
    assert others and all(panel.ignore_menu(i) is None for i in others)  # only spelling

""" "Add to Dictionary" and the Periksa panel (QA37 #13): a word added from the editor's menu
left its finding listed until the next edit, and the panel's menu on a typo offered only
"Ignore". Now the word's findings leave the panel at once, the story is checked again (its
other forms pass too), and the panel's menu offers what the editor's does."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.gui.panels.checks_panel import WORD_ROLE
from netizen_editor.gui.window.main_window import MainWindow
from netizen_editor.spelling import wordlists
from tests.gui import TIMEOUT
from tests.gui.editor.test_spelling import cursor_on

ARTICLE = """\
---
title: Warga Menunggu Listrik
summary: Warga desa menunggu listrik kembali menyala; kantor desa menyalakan mesin cadangan
  agar layanan tetap berjalan.
labels: [Daerah]
slug: warga-menunggu-listrik
---
Warga desa menunggu di kantor, dan dinamozq kantor menyala sejak pagi.

Petugas memeriksa dinamozqnya setiap jam; rumahzq warga masih gelap.

![Kantor desa](https://netizen.co.id/foto/kantor.jpg "Kantor desa. Foto: Antara")
"""


def typos(window: MainWindow) -> list[str]:
    return [f.extra["word"] for f in window.checks_dock.panel.findings if f.rule == "spelling"]


def opened(qtbot, make_window, tmp_path: Path) -> MainWindow:
    path = tmp_path / "listrik.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window([path])
    layer = window.current_tab().editor.spell
    qtbot.waitUntil(lambda: layer.speller is not None, timeout=TIMEOUT)
    qtbot.waitUntil(lambda: len(typos(window)) == 3, timeout=TIMEOUT)
    assert typos(window) == ["dinamozq", "dinamozqnya", "rumahzq"]
    return window


def test_a_word_added_from_the_editors_menu_leaves_the_panel_at_once(
    qtbot, make_window, tmp_path, private_dirs
):
    window = opened(qtbot, make_window, tmp_path)
    editor = window.current_tab().editor
    before = len(window.checks_dock.panel.findings)
    menu = editor.spell.context_menu(cursor_on(editor, "dinamozq"))
    next(a for a in menu.actions() if a.objectName() == "spell_add_personal").trigger()
    assert wordlists.read(private_dirs.config / "words.txt") == [wordlists.Entry("dinamozq")]
    assert typos(window) == ["dinamozqnya", "rumahzq"]  # at once, with the count
    warnings = f"0 errors · {before - 1} warnings"
    assert window.checks_dock.status_label.text() == warnings
    # and checked again without an edit: the word's other forms pass too
    qtbot.waitUntil(lambda: typos(window) == ["rumahzq"], timeout=TIMEOUT)
    assert editor.document().isModified() is False


def test_the_panels_menu_on_a_typo_offers_the_editors_fixes(
    qtbot, make_window, tmp_path, private_dirs
):
    window = opened(qtbot, make_window, tmp_path)
    panel = window.checks_dock.panel
    (item,) = [i for i in panel.finding_items() if i.data(WORD_ROLE) == "rumahzq"]
    menu = panel.finding_menu(item)
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    # the corrections, the dictionary, then (past a line) "Ignore", as in the editor's menu
    replace, add = names.index("checks_replace"), names.index("checks_add_personal")
    assert replace < add < names.index("checks_ignore")
    assert "checks_add_newsroom" not in names  # no newsroom list in the settings
    texts = [a.text() for a in menu.actions() if a.objectName() == "checks_replace"]
    assert "Replace with 'rumah'" in texts
    next(a for a in menu.actions() if a.objectName() == "checks_add_personal").trigger()
    assert wordlists.read(private_dirs.config / "words.txt") == [wordlists.Entry("rumahzq")]
    assert "rumahzq" not in typos(window)

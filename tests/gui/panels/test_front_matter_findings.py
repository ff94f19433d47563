"""The headline's and the search description's spelling findings in the "Periksa" dock: listed
at their front matter line, and a click puts the editor on the word there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui import TIMEOUT

ARTICLE = """\
---
title: Presiden resmikan bendugan baru
summary: Warga menyambut bendungan itu, yg mengairi sawah di tiga kecamatan sekitarnya.
author: Tim Redaksi
labels: [Nasional]
slug: presiden-resmikan-bendungan
---
JAKARTA, Netizen.co.id - Presiden meresmikan bendungan baru di Jawa Tengah.
"""


def test_a_title_typo_is_listed_at_its_line_and_a_click_goes_to_the_word(
    qtbot, make_window, tmp_path: Path
):
    path = tmp_path / "bendungan.md"
    path.write_text(ARTICLE, encoding="utf-8")
    window = make_window([path])
    tab = window.current_tab()
    panel = window.checks_dock.panel
    qtbot.waitUntil(lambda: any(f.rule == "spelling" for f in panel.findings), timeout=TIMEOUT)
    texts = [item.text() for item in panel.finding_items()]
    assert "line 2: possible typo: “bendugan”" in texts, texts
    assert "line 3: possible typo: “yg”" in texts, texts
    (item,) = [i for i in panel.finding_items() if "“bendugan”" in i.text()]
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = tab.editor.textCursor()
    assert cursor.blockNumber() + 1 == 2
    assert cursor.positionInBlock() == ARTICLE.splitlines()[1].index("bendugan")

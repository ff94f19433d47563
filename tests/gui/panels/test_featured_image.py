"""The featured photo chosen with the Image field's button from outside the article's folder,
in a real window: its web copy lands in the article's files folder and the field gets the
relative path, which the checks, the preview and the exports use."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.gui import TIMEOUT
from tests.photo_factory import phone_jpeg

ARTICLE = """\
---
title: Banjir Rob Genangi Pesisir Jakarta Utara
image_credit: Netizen/Rina
---
JAKARTA, Netizen.co.id - Banjir rob menggenangi permukiman warga.
"""


def rules_shown(window) -> set[str]:
    return {f.rule for f in window.checks_dock.panel.findings}


def pick(monkeypatch, photo: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(photo), ""))
    )


def test_a_photo_from_the_camera_card_is_copied_beside_the_article(
    qtbot, make_window, tmp_path: Path, monkeypatch
):
    desk = tmp_path / "desk"
    desk.mkdir()
    article = desk / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    card = tmp_path / "kartu"
    card.mkdir()
    photo = phone_jpeg(card / "DSC0001.jpg")
    window = make_window([article])
    tab = window.current_tab()
    panel = tab.metadata_panel
    # the old way: the full path typed (or written by the old picker) is a finding
    panel.image_edit.setFocus()
    qtbot.keyClicks(panel.image_edit, str(photo))
    qtbot.waitUntil(lambda: "featured-image" in rules_shown(window), timeout=TIMEOUT)

    pick(monkeypatch, photo)
    panel.image_button.click()
    qtbot.waitUntil(lambda: "_files/" in panel.image_edit.text(), timeout=TIMEOUT)
    assert panel.image_edit.text() == "banjir_files/DSC0001.jpg"
    assert "image: banjir_files/DSC0001.jpg\n" in tab.editor_text()
    copy = desk / "banjir_files" / "DSC0001.jpg"
    assert copy.is_file() and copy.stat().st_size < photo.stat().st_size  # the web version
    assert photo.is_file()  # the original stays where it was
    qtbot.waitUntil(lambda: "featured-image" not in rules_shown(window), timeout=TIMEOUT)


def test_a_photo_inside_the_articles_folder_is_linked_where_it_is(
    qtbot, make_window, tmp_path: Path, monkeypatch
):
    article = tmp_path / "banjir.md"
    article.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "foto").mkdir()
    photo = phone_jpeg(tmp_path / "foto" / "tanggul.jpg", size=(800, 600))
    window = make_window([article])
    panel = window.current_tab().metadata_panel
    pick(monkeypatch, photo)
    panel.image_button.click()
    assert panel.image_edit.text() == "foto/tanggul.jpg"
    assert not (tmp_path / "banjir_files").exists()

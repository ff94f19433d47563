"""The preview shows the photos the exports take along, from the same folders
(``photos.address.image_roots``): the article's own and the settings' images folder; a photo
the address leads out of them to stays blocked."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.publish import preview_patch
from netizen_editor.settings import Settings
from tests.gui import TIMEOUT
from tests.gui.preview_fixtures import dispose, js, make_preview, show_first, write_png

ARTICLE = """---
title: Foto di Tiga Tempat
---
Netizen.co.id - Pembuka.

![Di folder artikel](berita_files/a.png)

![Di folder foto redaksi](../foto-redaksi/b.png)

![Di luar](../lain/c.png)
"""

WIDTHS = "Array.from(document.images).map(i => [i.alt, i.complete, i.naturalWidth])"


def widths(qtbot, view, count: int = 3) -> dict[str, int]:
    def settled():
        images = js(qtbot, view, WIDTHS)
        return len(images) == count and all(done for _alt, done, _width in images)

    qtbot.waitUntil(settled, timeout=TIMEOUT)
    return {alt: width for alt, _done, width in js(qtbot, view, WIDTHS)}


def test_the_preview_shows_photos_from_the_folders_the_exports_use(qtbot, tmp_path, monkeypatch):
    # the render leaves out an outside image (test_preview_refused_images); take that away:
    # the page's interceptor alone must still block it
    monkeypatch.setattr(preview_patch, "refusals", lambda *args: {})
    write_png(tmp_path / "meja" / "berita_files" / "a.png", 41)
    write_png(tmp_path / "foto-redaksi" / "b.png", 42)
    write_png(tmp_path / "lain" / "c.png", 43)
    article = tmp_path / "meja" / "berita.md"
    article.write_text(ARTICLE, encoding="utf-8")
    view = make_preview(qtbot, Settings(images_folder=str(tmp_path / "foto-redaksi")))
    try:
        show_first(qtbot, view, ARTICLE, article)
        assert widths(qtbot, view) == {
            "Di folder artikel": 41,
            "Di folder foto redaksi": 42,
            "Di luar": 0,  # blocked: the exports refuse it too
        }
        assert any(url.endswith("/lain/c.png") for url in view.page().interceptor.blocked)
    finally:
        dispose(view)


def test_choosing_an_images_folder_in_the_settings_shows_its_photos(qtbot, tmp_path: Path):
    write_png(tmp_path / "meja" / "berita_files" / "a.png", 41)
    write_png(tmp_path / "foto-redaksi" / "b.png", 42)
    article = tmp_path / "meja" / "berita.md"
    article.write_text(ARTICLE, encoding="utf-8")
    view = make_preview(qtbot)
    try:
        show_first(qtbot, view, ARTICLE, article)
        # no such folder yet: both photos outside the article's folder are left out
        assert widths(qtbot, view, 1) == {"Di folder artikel": 41}
        with qtbot.waitSignal(view.painted, timeout=TIMEOUT):
            view.revisions.set_settings(Settings(images_folder=str(tmp_path / "foto-redaksi")))

        def shown() -> bool:
            return widths(qtbot, view, 2).get("Di folder foto redaksi") == 42

        qtbot.waitUntil(shown, timeout=TIMEOUT)
    finally:
        dispose(view)

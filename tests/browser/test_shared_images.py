"""An image named several times in a page is embedded once (a ``<style>`` rule its
placeholders pick up): Chromium shows it at every place, and the page stays valid HTML."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.browser.test_html_valid import _validate
from tests.tools import CHROMIUM_FLAGS, chromium


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(tmp_path / "cache"))


def page(tmp_path: Path, references: int) -> Path:
    red = io.BytesIO()
    Image.new("RGB", (600, 150), (230, 0, 0)).save(red, "PNG")
    (tmp_path / "merah.png").write_bytes(red.getvalue())
    body = "\n\n".join(
        f'![Bendera {n}](merah.png "Bendera. Foto: Andi")' for n in range(references)
    )
    text = f"---\ntitle: Bendera\n---\n\nNetizen.co.id - Bendera dikibarkan.\n\n{body}\n"
    md = tmp_path / f"bendera-{references}.md"
    md.write_text(text, encoding="utf-8")
    result = get_exporter("page").export(Article.parse(text, md), Settings(), BodyRenderer())
    assert result.warnings == []
    html = md.with_suffix(".html")
    html.write_text(result.html, encoding="utf-8")
    return html


def red_pixels(html: Path) -> int:
    shot = html.with_suffix(".png")
    subprocess.run(
        [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={html.with_suffix('.profile')}",
         "--window-size=1280,1600", f"--screenshot={shot}", html.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    image = QImage(str(shot))
    count = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            c = image.pixelColor(x, y)
            count += c.red() > 200 and c.green() < 40 and c.blue() < 40
    return count


@pytest.mark.browser
def test_a_shared_image_shows_at_every_place_in_chromium(tmp_path):
    once = page(tmp_path, 1)
    twice = page(tmp_path, 2)
    text = twice.read_text(encoding="utf-8")
    assert text.count(";base64,") == 1 and '<style id="nz-images">' in text
    single, double = red_pixels(once), red_pixels(twice)
    assert single > 500
    assert 1.8 < double / single < 2.2, (single, double)


@pytest.mark.browser
def test_a_page_with_a_shared_image_is_valid_html(tmp_path):
    assert _validate([page(tmp_path, 3)]) == []

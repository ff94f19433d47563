"""An exported page, opened in headless Chromium, shows the seed's layout on the gradient."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.paths import sample_article_path
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.tools import CHROMIUM_FLAGS, chromium


def screenshot(html_file: Path, out: Path, width: int, height: int = 1400) -> QImage:
    profile = out.with_suffix(".profile")
    subprocess.run(
        [
            chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--window-size={width},{height}",
            f"--screenshot={out}",
            html_file.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    image = QImage(str(out))
    assert not image.isNull()
    return image


def is_white(c: QColor) -> bool:
    return min(c.red(), c.green(), c.blue()) > 245


def white_fraction(image: QImage, y: int, x0: int, x1: int) -> float:
    """How white the card is around row ``y``: the whitest row of the next 60 px, so the
    gap between two lines of text counts, not the ink."""
    xs = range(x0, x1, 3)
    return max(
        sum(is_white(image.pixelColor(x, row)) for x in xs) / len(xs) for row in range(y, y + 60, 2)
    )


def is_gradient_colour(c: QColor) -> bool:
    """The skin's purple-to-blue: blue strong, green weak."""
    return c.blue() > 150 and c.green() < 140


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    article = Article.parse(sample_article_path().read_text(encoding="utf-8"))
    html = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    target = folder / "putin-kim.html"
    target.write_text(html, encoding="utf-8")
    return target


@pytest.mark.browser
def test_desktop_page_shows_the_gradient_and_a_white_article_card(exported):
    image = screenshot(exported, exported.with_name("desktop.png"), 1280)
    scale = image.width() / 1280
    # the header band and the page margins are on the gradient
    header = image.pixelColor(int(20 * scale), int(60 * scale))
    margin_low = image.pixelColor(int(40 * scale), int(1200 * scale))
    assert is_gradient_colour(header), header.name()
    assert is_gradient_colour(margin_low), margin_low.name()
    assert header != margin_low  # a gradient, not a flat colour
    # the article sits on a white card in the middle
    assert white_fraction(image, int(700 * scale), int(300 * scale), int(980 * scale)) > 0.7
    assert not is_white(image.pixelColor(int(100 * scale), int(700 * scale)))


@pytest.mark.browser
def test_phone_width_has_the_card_almost_full_width(exported):
    image = screenshot(exported, exported.with_name("phone.png"), 360)
    scale = image.width() / 360
    assert is_gradient_colour(image.pixelColor(int(4 * scale), int(700 * scale)))
    assert white_fraction(image, int(700 * scale), int(12 * scale), int(348 * scale)) > 0.7

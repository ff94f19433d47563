"""The picture a shared link shows (QA37 #7): the featured image, or without one the body's
first photo, as Blogger makes a post's first picture its thumbnail; the share card in the
Periksa panel shows the same one."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.article.model import POST_SETTINGS, Article
from netizen_editor.checks.snippets import share_card
from netizen_editor.settings import Settings
from tests.export.test_export_images import export
from tests.photo_factory import phone_jpeg

pytestmark = pytest.mark.usefixtures("private_cache", "english")

FIRST = "https://netizen.co.id/foto/antre-ktp.jpg"
SECOND = "https://netizen.co.id/foto/balai-desa.jpg"


def story(folder: Path, body: str, image: str = "") -> Path:
    path = folder / "desa.md"
    path.write_text(f"---\ntitle: Desa Digital\nimage: {image}\n---\nTeks pembuka.\n\n{body}\n",
                    encoding="utf-8")  # fmt: skip
    return path


def head_and_json_ld(page: str) -> tuple[list[str], dict]:
    og = re.findall(r'<meta property="og:image" content="([^"]*)">', page)
    ld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert ld is not None
    return og, json.loads(ld.group(1))


def test_without_a_featured_image_the_page_shares_the_first_body_photo(tmp_path):
    path = story(tmp_path, f"![Warga antre]({FIRST})\n\nLagi.\n\n![Balai]({SECOND})")
    og, data = head_and_json_ld(export(path, "page").html)
    assert og == [FIRST] and data["image"] == [FIRST]


def test_the_featured_image_is_shared_before_any_body_photo(tmp_path):
    featured = "https://netizen.co.id/foto/utama.jpg"
    path = story(tmp_path, f"![Warga antre]({FIRST})", image=featured)
    og, data = head_and_json_ld(export(path, "page").html)
    assert og == [featured] and data["image"] == [featured]


def test_a_page_whose_first_photo_is_local_names_no_address_for_it(tmp_path):
    """A local photo has no web address until it is uploaded (the page embeds it)."""
    phone_jpeg(tmp_path / "antre.jpg", size=(800, 600))
    path = story(tmp_path, f"![Warga antre](antre.jpg)\n\n![Balai]({SECOND})")
    og, data = head_and_json_ld(export(path, "page").html)
    assert og == [] and "image" not in data


@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_without_a_featured_image_blogger_gets_a_share_image_cut_from_the_first_photo(
    tmp_path, fmt
):
    phone_jpeg(tmp_path / "antre.jpg", size=(1600, 1200), seed=1)
    phone_jpeg(tmp_path / "balai.jpg", size=(1600, 1200), seed=2)
    path = story(tmp_path, "![Warga antre](antre.jpg)\n\n![Balai](balai.jpg)")
    result = export(path, fmt, out=tmp_path / "keluar" / "desa.html")
    share = Image.open(io.BytesIO(result.assets["desa_images/share-1200x630.jpg"]))
    assert share.size == (1200, 630)
    notes = next(iter(result.side_files.values()))
    assert ("Share image (og:image, 1200×630, the story's first photo cropped: no featured photo "
            "is used): desa_images/share-1200x630.jpg") in notes  # fmt: skip
    assert result.warnings == []


def test_a_first_photo_the_export_leaves_out_gives_way_to_the_next(tmp_path):
    phone_jpeg(tmp_path / "balai.jpg", size=(1600, 1200))
    path = story(tmp_path, "![Hilang](hilang.jpg)\n\n![Balai](balai.jpg)")
    result = export(path, "blogger", out=tmp_path / "desa.blogger.html")
    assert "desa_images/share-1200x630.jpg" in result.assets
    assert len(result.warnings) == 1 and "hilang.jpg" in result.warnings[0]  # only its own
    assert POST_SETTINGS in result.side_files


def test_the_share_card_shows_the_first_body_photo_without_a_featured_image(tmp_path):
    phone_jpeg(tmp_path / "antre.jpg", size=(800, 600))
    path = story(tmp_path, "Lagi.\n\n![Warga antre](antre.jpg)")
    article = Article.parse(path.read_text(encoding="utf-8"), path)
    card = share_card(article, Settings(), path)
    assert card.image == "antre.jpg" and card.image_file == (tmp_path / "antre.jpg").resolve()
    featured = Article.parse(path.read_text().replace("image: ", f"image: {FIRST}"), path)
    assert share_card(featured, Settings(), path).image == FIRST
    bare = Article.parse("---\ntitle: A\n---\nTeks.\n", path)
    assert share_card(bare, Settings(), path).image == ""

"""An export's photos share a budget of CPU time (QA35 #2: twenty 49 MP PNGs held one export
56 s with nothing said): the photos not made when it is spent are left out, named together in
one warning, and the export finishes without them. The time is injected (0 s: spent before
the first picture), never raced."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.export import images as export_images
from netizen_editor.photos import limits, pipeline
from netizen_editor.photos.cache import cached_web_copy
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.photos.fake_clock import FakeClock

pytestmark = pytest.mark.usefixtures("private_cache", "english")


def pictures(folder: Path, count: int) -> list[str]:
    names = []
    for n in range(count):
        names.append(f"foto-{n}.png")
        Image.new("RGB", (64, 48), (n, 80, 160)).save(folder / names[-1])  # each its own bytes
    return names


def export(folder: Path, names: list[str], fmt: str = "page"):
    text = "---\ntitle: Galeri\n---\n\nNetizen.co.id - Foto.\n\n"
    text += "".join(f"![foto {n}]({name})\n\n" for n, name in enumerate(names))
    path = folder / "galeri.md"
    path.write_text(text, encoding="utf-8")
    article = Article.parse(text, path)
    return get_exporter(fmt).export(article, Settings(), BodyRenderer(), folder / "out")


@pytest.mark.parametrize("fmt", ["page", "blogger"])
def test_the_photos_past_the_exports_time_are_left_out_with_one_warning(tmp_path, monkeypatch, fmt):
    names = pictures(tmp_path, 3)
    cached_web_copy((tmp_path / names[0]).read_bytes())  # made before: costs no time
    monkeypatch.setattr(export_images, "EXPORT_PHOTO_SECONDS", 0)
    result = export(tmp_path, names, fmt)
    late = [w for w in result.warnings if "used up their time" in w]
    assert late == [
        f"{tmp_path / 'galeri.md'}:9: warning: 2 images left out: the export's photos used up "
        "their time (0 seconds of work) before these were made: 'foto-1.png', 'foto-2.png'. "
        "Exporting again goes on from the photos made so far"
    ]
    assert len(result.warnings) == 1  # and nothing else said about them, one by one
    page = result.html + "".join(result.side_files.values())
    assert "foto-1.png" not in page and "foto-2.png" not in page  # left out, not pointed at
    assert page.count("<img") == 1  # the one made before is there


def test_past_twenty_names_the_rest_are_counted(tmp_path, monkeypatch):
    monkeypatch.setattr(export_images, "EXPORT_PHOTO_SECONDS", 0)
    result = export(tmp_path, pictures(tmp_path, export_images.NAMED_LATE + 5))
    (warning,) = result.warnings
    assert warning.count(".png'") == export_images.NAMED_LATE
    assert "25 images left out" in warning and "'foto-19.png' and 5 more." in warning


def test_an_export_of_time_enough_says_nothing(tmp_path):
    result = export(tmp_path, pictures(tmp_path, 3))
    assert result.warnings == [] and result.html.count("<img") == 3


def test_no_photo_is_begun_that_the_time_left_cannot_make(tmp_path, monkeypatch):
    """The export's threads (four) each began a photo while time was left and ran it to its
    next step, seeing only what the photos finished had spent. Here each photo costs exactly
    what it is expected to (a clock that moves only as the photos decode), and the export has
    3.5 photos' time: three are made, whatever the threads' order, and no more time spent."""
    clock = FakeClock()
    budget = partial(limits.DecodeBudget, clock=clock)
    names = pictures(tmp_path, 8)
    cost = 64 * 48 / 1_000_000 * limits.SECONDS_PER_MEGAPIXEL  # what each is expected to take
    upright = pipeline._upright_srgb

    def decode(image, *args):
        clock.advance(cost)
        return upright(image, *args)

    monkeypatch.setattr(pipeline, "_upright_srgb", decode)
    monkeypatch.setattr(export_images, "DecodeBudget", budget)
    monkeypatch.setattr(export_images, "EXPORT_PHOTO_SECONDS", 3.5 * cost)
    result = export(tmp_path, names)
    assert result.html.count("<img") == 3
    (warning,) = result.warnings
    assert "5 images left out" in warning
    assert sum(clock.now.values()) <= 3.5 * cost

from __future__ import annotations

from pathlib import Path

import pytest

from tests.photo_factory import phone_jpeg


@pytest.fixture(autouse=True)
def _own_cache(private_cache: Path) -> Path:
    """Each test has its own empty photo cache (``private_cache``, tests/conftest.py)."""
    return private_cache


@pytest.fixture(autouse=True)
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    """Messages in English (the Indonesian texts are tested on their own)."""
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "en")


@pytest.fixture(scope="session")
def portrait_photo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A phone photo taken in portrait: stored 2400×1800 with EXIF orientation 6 (so upright
    it is 1800×2400, red left, blue right), with GPS, a camera serial, XMP and a comment."""
    folder = tmp_path_factory.mktemp("photos")
    return phone_jpeg(folder / "portrait.jpg", size=(1800, 2400), orientation=6)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    """An article saved as ``berita/banjir.md``: its photos go to ``berita/banjir_files/``."""
    path = tmp_path / "berita" / "banjir.md"
    path.parent.mkdir()
    path.write_text("Teks\n")
    return path

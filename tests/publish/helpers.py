"""Small helpers shared by the core tests."""

from __future__ import annotations

from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

_RENDERER = BodyRenderer()


def body(text: str, settings: Settings | None = None, path: Path | None = None) -> str:
    """The mode-neutral body HTML of ``text``."""
    return _RENDERER.render(Article.parse(text, path), settings or Settings())


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path

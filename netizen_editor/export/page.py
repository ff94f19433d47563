"""``page``: one self-contained HTML5 article page with CSS inline and local images embedded."""

from __future__ import annotations

import base64
import mimetypes
from pathlib import Path

from netizen_editor.article import Article
from netizen_editor.export.base import (
    IMG_SRC,
    ExportResult,
    empty_warning,
    local_image,
    missing_image_warning,
)
from netizen_editor.page import article_view, render_page
from netizen_editor.render import BodyRenderer, finish_body
from netizen_editor.settings import Settings

MAX_EMBED_BYTES = 15 * 1024 * 1024


def data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64," + base64.b64encode(path.read_bytes()).decode("ascii")


class PageExporter:
    name = "page"
    label = "Article page (HTML)"
    suffix = ".html"

    def export(self, article: Article, settings: Settings, renderer: BodyRenderer) -> ExportResult:
        base = article.path.parent if article.path else None
        body = finish_body(renderer.render(article, settings), "page", settings)
        view = article_view(article, body, "page", settings)
        result = ExportResult(html="", warnings=empty_warning(article))
        cache: dict[str, str] = {}

        def embed(src: str) -> str:
            if src in cache:
                return cache[src]
            path = local_image(src, base)
            value = src
            if path is not None:
                if path.is_file() and path.stat().st_size <= MAX_EMBED_BYTES:
                    value = data_uri(path)
                    result.images.append(path)
                else:
                    result.warnings.append(missing_image_warning(article, src))
            cache[src] = value
            return value

        body = IMG_SRC.sub(lambda m: m.group(1) + embed(m.group(2)) + m.group(3), body)
        if view["image"]:
            view["image"] = embed(view["image"])
        result.html = render_page(article, settings, "page", body, view=view)
        return result

"""``page``: one self-contained HTML5 article page with CSS inline and web-sized images
embedded (see :mod:`netizen_editor.export.images`: only real images from the article's folder,
never the originals' bytes or metadata; an image named several times is embedded once)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.export.base import ExportResult, empty_warning
from netizen_editor.export.images import ExportImages
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.modes import finish_body
from netizen_editor.publish.page_view import article_view, render_page
from netizen_editor.settings import Settings


class PageExporter:
    name = "page"
    label = "Article page (HTML)"
    suffix = ".html"

    def export(
        self,
        article: Article,
        settings: Settings,
        renderer: BodyRenderer,
        out: Path | None = None,
    ) -> ExportResult:
        body = finish_body(renderer.render(article, settings), "page", settings)
        view = article_view(article, body, "page", settings)
        images = ExportImages(article, settings)
        images.prepare(body)
        view = replace(view, image=images.featured(images.page_src))
        body = images.rewrite_body(body, images.page_src)
        page = render_page(article, settings, "page", body, view=view)
        shared = images.shared_style()  # an image named several times is embedded once
        if shared:
            head_end = page.find("</head>")
            if head_end >= 0:
                page = page[:head_end] + shared + page[head_end:]
        result = ExportResult(html=page)
        result.warnings = images.warnings + empty_warning(article)
        result.images = [image.path for image in images.images]
        return result

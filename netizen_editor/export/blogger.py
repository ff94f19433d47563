"""``blogger``: the post body for Blogger's HTML view, plus the post settings beside it."""

from __future__ import annotations

import html as html_lib

from netizen_editor.article import Article
from netizen_editor.export.base import (
    ExportResult,
    article_images,
    empty_warning,
    local_image,
    missing_image_warning,
)
from netizen_editor.page import ads_loader, article_view
from netizen_editor.render import BodyRenderer, ad_unit, finish_body
from netizen_editor.settings import Settings


class BloggerExporter:
    name = "blogger"
    label = "Blogger post (HTML body)"
    suffix = ".html"

    def export(self, article: Article, settings: Settings, renderer: BodyRenderer) -> ExportResult:
        base = article.path.parent if article.path else None
        body = finish_body(renderer.render(article, settings), "blogger", settings)
        view = article_view(article, body, "blogger", settings)
        parts = [str(ads_loader(settings, "blogger"))]
        if view["image"]:
            caption = html_lib.escape(view["image_caption"])
            credit = view["image_credit"]
            if credit:
                caption += f' <span class="credit">Foto: {html_lib.escape(credit)}</span>'
            figcaption = f"<figcaption>{caption.strip()}</figcaption>" if caption.strip() else ""
            parts.append(
                f'<figure class="featured-image"><img src="{html_lib.escape(view["image"])}" '
                f'alt="{html_lib.escape(view["image_caption"] or view["title"])}">'
                f"{figcaption}</figure>"
            )
        parts += [
            str(view["notice_html"]),
            ad_unit("top", settings, "blogger"),
            body,
            ad_unit("bottom", settings, "blogger"),
            str(view["corrections_html"]),
        ]
        if view["editor"]:
            parts.append(f'<p class="editor-credit">Editor: {html_lib.escape(view["editor"])}</p>')
        result = ExportResult(html="\n".join(p for p in parts if p) + "\n")
        result.warnings += empty_warning(article)
        uploads = []
        for src in article_images(article, body):
            path = local_image(src, base)
            if path is None:
                continue
            if path.is_file():
                uploads.append(path)
            else:
                result.warnings.append(missing_image_warning(article, src))
        result.images = uploads
        result.side_files[".post.txt"] = post_settings(view, uploads)
        return result


def post_settings(view: dict, uploads: list) -> str:
    """What the journalist types into Blogger's post settings."""
    lines = [
        "Blogger post settings",
        "=====================",
        f"Title: {view['title']}",
        f"Labels: {', '.join(view['labels'])}",
        f"Permalink (custom): {view['slug']}",
        f"Address: {view['url']}",
        f"Search description: {view['summary']}",
    ]
    if view["date_iso"]:
        lines.append(f"Published: {view['date_iso']}")
    lines.append("")
    if uploads:
        lines.append("Images to upload (then replace their file names in the HTML):")
        lines += [f"  - {path}" for path in uploads]
    else:
        lines.append("Images to upload: none")
    return "\n".join(lines) + "\n"

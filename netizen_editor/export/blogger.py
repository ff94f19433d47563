"""``blogger``: the post body for Blogger's HTML view, plus the post settings beside it."""

from __future__ import annotations

import html as html_lib
from dataclasses import dataclass, replace
from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.export.base import ExportResult, asset_folder, empty_warning
from netizen_editor.export.images import SHARE_NAME, ExportImages
from netizen_editor.photos.options import WebImage
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.modes import ad_unit, finish_body
from netizen_editor.publish.page_view import (
    ArticleView,
    ads_loader,
    article_view,
    render_featured_image,
)
from netizen_editor.publish.skins import load_skin
from netizen_editor.settings import Settings


class BloggerExporter:
    name = "blogger"
    label = "Blogger post (HTML body)"
    suffix = ".blogger.html"  # its own name: exported beside the page, it does not replace it

    def export(
        self,
        article: Article,
        settings: Settings,
        renderer: BodyRenderer,
        out: Path | None = None,
    ) -> ExportResult:
        body = finish_body(renderer.render(article, settings), "blogger", settings)
        view = article_view(article, body, "blogger", settings)
        images = ExportImages(article, settings)
        images.prepare(body)
        folder = asset_folder(article, out, images.prepared_originals(), self.suffix)

        def upload_name(src: str) -> str | None:
            image = images.get(src)
            return None if image is None else f"{folder}/{image.name}"

        featured_src = article.get("image").strip()
        view = replace(view, image=images.featured(upload_name))
        body = images.rewrite_body(body, upload_name)
        parts = [
            str(ads_loader(settings, "blogger")),
            render_featured_image(load_skin(settings.skin), view),
            str(view.notice_html),
            str(view.updates_html),
            ad_unit("top", settings, "blogger"),
            body,
            ad_unit("bottom", settings, "blogger"),
            str(view.corrections_html),
        ]
        if view.editor:
            parts.append(f'<p class="editor-credit">Editor: {html_lib.escape(view.editor)}</p>')
        result = ExportResult(html="\n".join(p for p in parts if p) + "\n")
        uploads = []
        for image in images.images:
            uploads.append(Upload(f"{folder}/{image.name}", image.src, image.web))
            result.assets[f"{folder}/{image.name}"] = image.web.data
        share = None
        if view.image and not view.image.startswith(("http:", "https:", "//")):
            web = images.share_image(featured_src)
            if web is not None:
                share = f"{folder}/{SHARE_NAME}"
                result.assets[share] = web.data
        result.warnings = images.warnings + empty_warning(article)
        result.images = [image.path for image in images.images]
        result.side_files[".post.txt"] = post_settings(view, uploads, share)
        return result


@dataclass
class Upload:
    name: str  # as the body refers to it
    src: str  # as the article wrote it
    web: WebImage


def post_settings(view: ArticleView, uploads: list[Upload], share: str | None = None) -> str:
    """What the journalist types into Blogger's post settings."""
    lines = [
        "Blogger post settings",
        "=====================",
        f"Title: {view.title}",
        f"Labels: {', '.join(view.labels)}",
        f"Permalink (custom): {view.slug}",
        f"Address: {view.url}",
        f"Search description: {view.summary}",
    ]
    if view.date_iso:
        lines.append(f"Published: {view.date_iso}")
    lines.append("")
    if uploads:
        lines.append(
            "Images to upload (web copies beside this file; after uploading, replace each"
            " name in the HTML with the address Blogger gives the image):"
        )
        for up in uploads:
            size = f"{up.web.width}×{up.web.height}, {round(len(up.web.data) / 1000)} KB"
            lines.append(f"  - {up.name}  ({size}; from {up.src})")
    else:
        lines.append("Images to upload: none")
    if share:
        lines.append(f"Share image (og:image, 1200×630, the featured photo cropped): {share}")
    return "\n".join(lines) + "\n"

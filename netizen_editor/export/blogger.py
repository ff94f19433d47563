"""``blogger``: the post body for Blogger's HTML view, plus the post settings beside it."""

from __future__ import annotations

import html as html_lib
from dataclasses import dataclass, replace
from pathlib import Path

from netizen_editor.article.model import POST_SETTINGS, Article
from netizen_editor.export.base import ExportResult, asset_folder, empty_warning
from netizen_editor.export.images import SHARE_NAME, ExportImages
from netizen_editor.i18n import tr
from netizen_editor.photos.address import local_path
from netizen_editor.photos.options import WebImage
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.modes import ad_unit, finish_body
from netizen_editor.publish.page_view import (
    ArticleView,
    ads_loader,
    article_view,
    first_photo,
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

        view = replace(view, image=images.featured(upload_name))
        written, body = body, images.rewrite_body(body, upload_name)
        # the picture shares show: the featured one the post opens with, else (none, or one
        # the export refused) the first photo the body keeps, which Blogger makes its thumbnail
        picture = article.get("image").strip() if view.image else ""
        from_body = not picture
        picture = picture or first_photo(written, images.refused)
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
        if local_path(picture, None) is not None:  # a web address is the share picture itself
            web = images.share_image(picture, chosen=not from_body)
            if web is not None:
                share = f"{folder}/{SHARE_NAME}"
                result.assets[share] = web.data
        result.warnings = images.warnings + empty_warning(article)
        result.images = [image.path for image in images.images]
        result.side_files[POST_SETTINGS] = post_settings(view, uploads, share, from_body)
        return result


@dataclass
class Upload:
    name: str  # as the body refers to it
    src: str  # as the article wrote it
    web: WebImage


def post_settings(
    view: ArticleView, uploads: list[Upload], share: str | None = None, from_body: bool = False
) -> str:
    """What the journalist types into Blogger's post settings, in the user's language: one
    setting a line, in the same order in every language; the values as the article has them.
    ``from_body``: the share image is cut from the body's first photo (no featured image)."""
    heading = tr("Blogger post settings")
    lines = [
        heading,
        "=" * len(heading),
        tr("Title: {title}", title=view.title),
        tr("Labels: {labels}", labels=", ".join(view.labels)),
        tr("Permalink (custom): {slug}", slug=view.slug),
        tr("Address: {url}", url=view.url),
        tr("Search description: {summary}", summary=view.summary),
    ]
    if view.date_iso:
        lines.append(tr("Published: {date}", date=view.date_iso))
    lines.append("")
    if uploads:
        lines.append(
            tr(
                "Images to upload (web copies beside this file; after uploading, replace each"
                " name in the HTML with the address Blogger gives the image):"
            )
        )
        for up in uploads:
            size = tr(
                "{width}×{height}, {kb} KB; from {src}",
                width=up.web.width,
                height=up.web.height,
                kb=round(len(up.web.data) / 1000),
                src=up.src,
            )
            lines.append(f"  - {up.name}  ({size})")
    else:
        lines.append(tr("Images to upload: none"))
    if share and from_body:
        lines.append(
            tr("Share image (og:image, 1200×630, the story's first photo cropped: no featured"
               " photo is used): {path}", path=share)
        )  # fmt: skip
    elif share:
        lines.append(
            tr("Share image (og:image, 1200×630, the featured photo cropped): {path}", path=share)
        )
    return "\n".join(lines) + "\n"

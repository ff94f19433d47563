"""Photos: alt text for readers who cannot see them (WCAG 1.1.1), credits, and sizes that
share cards and the page need."""

from __future__ import annotations

from collections.abc import Iterator

from netizen_editor.checks.blocks import meta_line
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.imagefiles import image_size, local_image
from netizen_editor.checks.refs import refs
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.i18n import tr
from netizen_editor.publish.mdext.newsroom import CREDIT_SUFFIX


@rule("image-alt")
def check_alt(context: CheckContext) -> Iterator[Finding]:
    for ref in refs(context):
        if ref.kind == "image" and not ref.text:
            yield Finding(
                ref.line, ref.column, Level.ERROR, "image-alt",
                tr("an image without alt text: say what it shows for readers who cannot see it"),
            )  # fmt: skip


@rule("image-credit")
def check_credit(context: CheckContext) -> Iterator[Finding]:
    article = context.article
    default_credit = article.get("image_credit")
    if article.get("image") and not default_credit:
        yield Finding(
            meta_line(context.lines, article.body_line, "image"), 1, Level.WARNING,
            "image-credit", tr("the featured image has no credit (image_credit)"),
        )  # fmt: skip
    for ref in refs(context):
        if ref.kind != "image" or ref.block_kind != "image":
            continue  # only photos standing on their own are figures with a caption
        if CREDIT_SUFFIX.search(ref.title) or (ref.title and default_credit):
            continue
        yield Finding(
            ref.line, ref.column, Level.WARNING, "image-credit",
            tr("a photo without a credit: end its caption with \"Foto: Name\""),
        )  # fmt: skip


@rule("image-size")
def check_size(context: CheckContext) -> Iterator[Finding]:
    article = context.article
    path = context.path or article.path
    min_width = setting(context, "image-size", "min_width")
    max_bytes = setting(context, "image-size", "max_kb") * 1024
    featured = article.get("image")
    if featured:
        file = local_image(featured, path, _images_folder(context))
        size = image_size(file) if file else None
        if size and size[0] < min_width:
            yield Finding(
                meta_line(context.lines, article.body_line, "image"), 1, Level.WARNING,
                "image-size",
                tr("the featured image is {width} px wide; share cards want at least {limit} px",
                   width=size[0], limit=min_width),
            )  # fmt: skip
        if file:
            yield from _too_big(file, max_bytes, meta_line(context.lines, article.body_line,
                                                            "image"), 1)  # fmt: skip
    for ref in refs(context):
        if ref.kind == "image":
            file = local_image(ref.url, path, _images_folder(context))
            if file:
                yield from _too_big(file, max_bytes, ref.line, ref.column)


def _images_folder(context: CheckContext) -> str:
    return context.settings.images_folder


def _too_big(file, max_bytes: int, line: int, column: int) -> Iterator[Finding]:
    try:
        size = file.stat().st_size
    except OSError:
        return
    if size > max_bytes:
        yield Finding(
            line, column, Level.WARNING, "image-size",
            tr("{name} is {size} KB; images over {limit} KB load slowly on phones",
               name=file.name, size=size // 1024, limit=max_bytes // 1024),
        )  # fmt: skip

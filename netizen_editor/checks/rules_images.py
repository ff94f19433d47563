"""Photos: alt text for readers who cannot see them (WCAG 1.1.1), credits, sizes that share
cards and the page need, and a picture for the share card at all."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from netizen_editor.checks.blocks import meta_line
from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.house_style import setting
from netizen_editor.checks.imagefiles import ImageFile, find_image
from netizen_editor.checks.refs import block_refs, first_image, images, ref_blocks
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr
from netizen_editor.photos import limits, storing
from netizen_editor.photos.address import locate_image
from netizen_editor.photos.options import PhotoOptions
from netizen_editor.photos.refusal import refusal_reason
from netizen_editor.photos.source import SourceRejected
from netizen_editor.publish.mdext.newsroom import CREDIT_SUFFIX


@rule("image-alt")
def check_alt(context: CheckContext) -> Iterator[Finding]:
    def missing(located: LocatedBlock) -> Iterator[Finding]:
        for ref in block_refs(context, located):
            if ref.kind in ("image", "image-ref") and not ref.text:  # ![][id] too
                yield Finding(
                    located.line + ref.offset, ref.column, Level.ERROR, "image-alt",
                    tr("an image without alt text: say what it shows for readers who cannot "
                       "see it"),
                )  # fmt: skip

    yield from context.slot("image-alt").collect(ref_blocks(context), missing)


@rule("image-credit")
def check_credit(context: CheckContext) -> Iterator[Finding]:
    article = context.article
    if article.get("image") and not article.get("image_credit"):
        yield Finding(
            meta_line(context.article.front_matter, "image"), 1, Level.WARNING,
            "image-credit", tr("the featured image has no credit (image_credit)"),
        )  # fmt: skip

    def uncredited(located: LocatedBlock) -> Iterator[Finding]:
        for ref in block_refs(context, located):
            if ref.kind != "image":
                continue
            if CREDIT_SUFFIX.search(ref.title):  # the featured photo's credit is not theirs
                continue
            yield Finding(
                located.line + ref.offset, ref.column, Level.WARNING, "image-credit",
                tr("a photo without a credit: end its caption with \"Foto: Name\""),
            )  # fmt: skip

    slot = context.slot("image-credit", False)
    # only photos standing on their own are figures with a caption
    yield from slot.collect(ref_blocks(context), uncredited, only=("image",))


_WEB = ("http", "https")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")  # C:\Foto\a.jpg


@rule("featured-image")
def check_featured(context: CheckContext) -> Iterator[Finding]:
    """A front matter ``image`` that exports will not use: a full path (the picker's old way;
    no other computer has it), a file that is not there, or one outside the article's folder
    (and the settings' images folder)."""
    src = context.article.get("image").strip()
    if not src:
        return
    parts = urlsplit(src)
    scheme = parts.scheme.lower()
    if src.startswith("//") or scheme in _WEB:
        return
    line = meta_line(context.article.front_matter, "image")
    choose = tr("choose it with the Image field's button, which copies it into the article's "
                "files folder")  # fmt: skip
    if scheme == "file" or src.startswith(("/", "\\")) or _DRIVE.match(src):
        message = tr("the featured image is written as a full path ('{src}'): a colleague's "
                     "computer does not have it, and exports use it only inside the article's "
                     "folder; {choose}", src=src, choose=choose)  # fmt: skip
    elif scheme and len(scheme) > 1:
        message = tr("the featured image '{src}' is neither a web address nor a local image "
                     "file: exports leave it out", src=src)  # fmt: skip
    else:
        path = context.path or context.article.path
        if path is None:
            return  # an untitled article has no folder to look in yet
        found = find_image(src, path, _images_folder(context))
        if found is None:
            message = tr("the featured image '{src}' is not found: exports leave it out",
                         src=src)  # fmt: skip
        elif isinstance(found, SourceRejected) and found.reason == SourceRejected.OUTSIDE:
            message = tr("the featured image '{src}' lies outside the article's folder: "
                         "exports leave it out; {choose}", src=src, choose=choose)  # fmt: skip
        else:
            return  # usable, or refused for a reason image-size names
    yield Finding(line, 1, Level.WARNING, "featured-image", message)


@rule("share-image")
def check_share_image(context: CheckContext) -> Iterator[Finding]:
    """A story without a picture: no featured ``image`` and no photo in the body, so a link to
    it shared on WhatsApp or Facebook shows none (with a body photo, the exports and Blogger
    use the first one)."""
    if context.article.get("image").strip() or first_image(context):
        return
    yield Finding(
        meta_line(context.article.front_matter, "image"), 1, Level.WARNING, "share-image",
        tr("the story has no picture: a link to it shared on WhatsApp or Facebook shows none; "
           "set a featured image or put a photo in the story"),
    )  # fmt: skip


@rule("image-size")
def check_size(context: CheckContext) -> Iterator[Finding]:
    article = context.article
    path = context.path or article.path
    min_width = setting(context, "image-size", "min_width")
    max_bytes = setting(context, "image-size", "max_kb") * 1024
    max_edge = PhotoOptions.from_settings(context.settings).max_edge
    featured = article.get("image")
    if featured:
        found = find_image(featured, path, _images_folder(context))
        line = meta_line(context.article.front_matter, "image")
        if isinstance(found, ImageFile) and found.problem is None:
            size = found.size
            if size and size[0] < min_width:
                yield Finding(
                    line, 1, Level.WARNING, "image-size",
                    tr("the featured image is {width} px wide; share cards want at least "
                       "{limit} px", width=size[0], limit=min_width),
                )  # fmt: skip
        yield from _file_findings(featured, found, max_bytes, max_edge, line, 1)
    # the files are looked at on every run (a photo may have changed on disk)
    for line, ref in images(context):
        found = find_image(ref.url, path, _images_folder(context))
        yield from _file_findings(ref.url, found, max_bytes, max_edge, line, ref.column)


@rule("image-missing")
def check_missing(context: CheckContext) -> Iterator[Finding]:
    """A body image (inline, by reference, an ``<img>``) the exports cannot take along: its
    file is not there (exports warn "image 'foto.jpg' not found"), or its address leads out
    of the article's folder (and the settings' images folder), as written (``../``, a full
    path elsewhere) or through a link. An image by reference is looked up at the address of
    its ``[id]:`` line, as the page loads it (``checks.refs.images``).
    Found by the exports' rule (``photos.address.locate_image``); exports leave it out.
    Web addresses are not fetched, ``data:`` and other schemes name no file, and a file that
    is there but refused for what it is is ``image-size``'s (as the export says it)."""
    path = context.path or context.article.path
    if path is None:
        return  # an untitled article has no folder to look in yet
    for line, ref in images(context):
        if not ref.url.strip():
            continue
        src = ref.url.strip()
        context.step(line)
        try:
            locate_image(src, path, _images_folder(context))
        except SourceRejected as exc:
            if exc.reason == SourceRejected.NOT_FOUND:
                if storing.being_stored(src, path, _images_folder(context)):
                    continue  # a paste's job is writing it (checked again once it is there)
                message = tr("image '{src}' not found: exports leave it out", src=src)
            elif exc.reason == SourceRejected.OUTSIDE:
                message = tr("image '{src}' lies outside the article's folder: exports leave "
                             "it out", src=src)  # fmt: skip
            else:
                continue  # there but refused: image-size says why, as the export does
            yield Finding(line, ref.column, Level.WARNING, "image-missing", message)


def _images_folder(context: CheckContext) -> str:
    return context.settings.images_folder


def _file_findings(
    src: str,
    found: ImageFile | SourceRejected | None,
    max_bytes: int,
    max_edge: int,
    line: int,
    column: int,
) -> Iterator[Finding]:
    """What the export will say about an image file, and whether it is heavy for phones."""
    if found is None:
        return
    if isinstance(found, SourceRejected):
        if found.reason != SourceRejected.OUTSIDE:  # image-missing, featured-image say it
            yield Finding(
                line, column, Level.WARNING, "image-size",
                tr("image '{src}' cannot be used by exports: {reason}", src=src,
                   reason=refusal_reason(found)),
            )  # fmt: skip
        return
    if found.problem:
        yield Finding(
            line, column, Level.WARNING, "image-size",
            tr("image '{src}' is too large to decode safely ({detail}); exports leave it out",
               src=src, detail=found.problem),
        )  # fmt: skip
        return
    size = found.size
    if (
        found.frames > 1
        and size
        and max(size) <= max_edge
        and not limits.keeps_animation(found.frames, *size)
    ):
        frames = str(found.frames)
        if found.frames > limits.FRAME_BUDGET:
            frames = tr("more than {count}", count=limits.FRAME_BUDGET)
        yield Finding(
            line, column, Level.WARNING, "image-size",
            tr("image '{src}' is an animation of {frames} frames, too many to keep: "
               "exports use only its first frame", src=src, frames=frames),
        )  # fmt: skip
    if found.bytes > max_bytes:
        yield Finding(
            line, column, Level.WARNING, "image-size",
            tr("{name} is {size} KB; images over {limit} KB load slowly on phones",
               name=found.path.name, size=found.bytes // 1024, limit=max_bytes // 1024),
        )  # fmt: skip

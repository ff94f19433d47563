"""Word ``.docx`` → Markdown: the package is checked (safety), rebuilt from the parts mammoth
needs with tracked changes and comments turned into markers (word_changes), read by mammoth
to HTML, and converted like any document (html, tracked).

The markers are sentinels (see ``netizen_editor.sentinels``): the document's own characters of
their range are hidden first, in every text and attribute of the parts the article is made of
(the document, its notes and comments, the ids and web links of its relationships), save the
names of its styles and lists (``w:val``, which point into parts left as they are) and the
package's own paths, and shown again once the marks are made."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.captions import CAPTION
from netizen_editor.importing.dek import SUBTITLE, take_dek
from netizen_editor.importing.html import convert_html
from netizen_editor.importing.images import Pending, StoreImage
from netizen_editor.importing.result import Converted, plain_text
from netizen_editor.importing.safety import DocumentError, Notes, Package, damaged_properties
from netizen_editor.importing.structure import WORD_BLOCKS, check_xml
from netizen_editor.importing.tracked import Review, render_marks
from netizen_editor.importing.word_changes import (
    R,
    W,
    drop_linked_images,
    read_comments,
    rewrite_document,
)
from netizen_editor.sentinels import hide_in_tree, hide_sentinels, show_sentinels

_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"
_HYPERLINK = "/hyperlink"
#: the parts mammoth reads besides the main document and its media
_PARTS = ("word/styles.xml", "word/numbering.xml", "word/footnotes.xml", "word/endnotes.xml")
_REVIEWED = ("word/footnotes.xml", "word/endnotes.xml")  # they have tracked changes too
STYLE_MAP = f"""
p[style-name='Title'] => h1:fresh
p[style-name='Subtitle'] => p.{SUBTITLE}:fresh
p[style-name='caption'] => p.{CAPTION}:fresh
p[style-name='Caption'] => p.{CAPTION}:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
p[style-name='Block Text'] => blockquote > p:fresh
"""
MAX_IMAGE_BYTES = 25 * 1024 * 1024
#: a picture in the clean package: this mark and its name in the document (read from there
#: when the text uses it, once)
_MEDIA = b"netizen-media:"
#: where a picture the document points to but does not hold points instead (no picture)
_MISSING = "netizen-missing.bin"
#: attributes whose values point into parts whose sentinels' characters are not hidden
_POINTERS = frozenset({f"{{{W}}}val"})


def convert_docx(
    data: bytes, path: Path, store: StoreImage | None, review: Review, accept: bool
) -> Converted:
    """The Markdown (with review marks unless ``accept``), plain text and properties of a
    ``.docx``; DocumentError when it cannot be imported."""
    import mammoth

    notes = Notes()
    package = Package(data, path, "Word")
    _active_content(package, notes)
    main = _main_part(package)
    if not package.has(main):
        raise DocumentError(tr("this is not a Word document (no {part})", part=main), path=path)
    notes_parts = [package.text_part(name) for name in _REVIEWED if package.has(name)]
    check_xml([package.body_part(main), *notes_parts], WORD_BLOCKS)  # before mammoth runs
    clean = _clean_package(package, main, review, accept, notes)

    pending = Pending(store, notes)

    def image(picture: Any) -> dict[str, str]:
        if store is None or not str(picture.content_type or "").startswith("image/"):
            return {}
        with picture.open() as stream:  # the clean package holds the picture's name only
            name = _media_name(stream.read(len(_MEDIA) + 1024))
        if not name:
            return {}
        src = pending.known(name)
        if src is None:  # read once, however often it is used
            if package.infos[name].file_size > MAX_IMAGE_BYTES:
                notes.add(tr("an image over {size} MB was left out", size=MAX_IMAGE_BYTES >> 20))
                return {}
            src = pending.add(package.read(name, MAX_IMAGE_BYTES), name, key=name)
        return {"src": src} if src else {}  # stored once the text is converted

    result = mammoth.convert_to_html(
        io.BytesIO(clean),
        style_map=STYLE_MAP,
        convert_image=mammoth.images.img_element(image),
        external_file_access=False,
    )
    from bs4 import BeautifulSoup

    checkpoint()
    soup = BeautifulSoup(result.value, "html.parser")
    plain = show_sentinels(plain_text(soup))
    summary = take_dek(soup)  # the line in the Subtitle style under the headline
    stored = pending.store_all()
    markdown = render_marks(convert_html(soup, notes, store, stored=stored), review)
    title, sender = _properties(package, notes)
    return Converted(show_sentinels(markdown), plain, title, sender, notes.items,
                     summary=summary)  # fmt: skip


def _main_part(package: Package) -> str:
    if not package.has("_rels/.rels"):
        return "word/document.xml"
    root = package.xml("_rels/.rels")
    for rel in root.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
        if str(rel.get("Type", "")).endswith(_OFFICE_DOCUMENT):
            return str(rel.get("Target", "")).lstrip("/") or "word/document.xml"
    return "word/document.xml"


def _active_content(package: Package, notes: Notes) -> None:
    names = [name.lower() for name in package.names()]
    if any(name.endswith("vbaproject.bin") or "vbadata" in name for name in names):
        notes.add(tr("the document's macros were left out"))
    if any("/embeddings/" in name or "/activex/" in name for name in names):
        notes.add(tr("embedded objects (spreadsheets, controls) were left out"))
    if any(name.startswith("word/afchunk") or "/afchunk" in name for name in names):
        notes.add(tr("documents embedded in the document (HTML, RTF) were left out"))


def _clean_package(
    package: Package, main: str, review: Review, accept: bool, notes: Notes
) -> bytes:
    """A new ``.docx`` in memory with only what mammoth needs, external references cut."""
    from lxml import etree

    folder = main.rsplit("/", 1)[0] + "/" if "/" in main else ""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as clean:
        for name in ("[Content_Types].xml", "_rels/.rels"):
            if package.has(name):
                clean.writestr(name, package.text_part(name))
        comments = folder + "comments.xml"
        if package.has(comments):  # comments stay when the changes are accepted
            root = package.xml(comments)
            hide_in_tree(root, _POINTERS)
            read_comments(root, review)
        external: set[str] = set()
        for name in package.names():
            if name.startswith(folder + "_rels/") and name.endswith(".rels"):
                clean.writestr(name, _rels(package, name, external, notes, folder))
        document = package.xml(main, body=True)
        hide_in_tree(document, _POINTERS)
        if drop_linked_images(document) + _drop_external(document, external):
            notes.add(tr("a linked image was left out (never fetched)"))
        rewrite_document(document, review, accept)
        clean.writestr(main, etree.tostring(document))
        for name in _PARTS:
            if package.has(name) and name != main:
                part = package.text_part(name)
                if name in _REVIEWED:
                    root = package.xml(name)
                    hide_in_tree(root, _POINTERS)
                    rewrite_document(root, review, accept)
                    part = etree.tostring(root)
                clean.writestr(name, part)
        for name in package.names():
            if name.startswith(folder + "media/"):
                clean.writestr(name, _MEDIA + name.encode("utf-8"))
        clean.writestr(folder + _MISSING, b"")
    return out.getvalue()


def _media_name(head: bytes) -> str:
    """The document's name of a picture in the clean package ('' when it is none)."""
    if not head.startswith(_MEDIA):
        return ""
    return head[len(_MEDIA) :].decode("utf-8", "replace")


def _rels(package: Package, name: str, external: set[str], notes: Notes, folder: str) -> bytes:
    """A relationships part with every external target other than a web link emptied, and
    every picture the document does not hold (``../../x.png``) left out with a note."""
    from lxml import etree

    root = package.xml(name)
    hide_in_tree(root, frozenset({"Target"}))  # ids as the document's; a part's path as it is
    for rel in root.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
        if rel.get("TargetMode") != "External":
            _held_picture(package, rel, notes, folder)
            continue
        kind = str(rel.get("Type", ""))
        if kind.endswith(_HYPERLINK):  # a link stays a link (checked when the HTML is converted)
            rel.set("Target", hide_sentinels(str(rel.get("Target", ""))))
            continue
        target = str(rel.get("Target", ""))
        if kind.endswith("/attachedTemplate"):
            notes.add(tr("the document's template at {target} was not fetched", target=target))
        external.add(str(rel.get("Id", "")))
        rel.set("Target", "")
    return bytes(etree.tostring(root))


def _held_picture(package: Package, rel: Any, notes: Notes, folder: str) -> None:
    """Point an internal picture relationship whose target is not one of the document's
    pictures (outside the package, or missing) at no picture, with a note naming it."""
    if not str(rel.get("Type", "")).endswith("/image"):
        return
    target = str(rel.get("Target", ""))
    # where mammoth looks for it (it does not resolve ``..``)
    inside = target[1:] if target.startswith("/") else folder + target
    if (
        inside.startswith(folder + "media/")
        and ".." not in inside.split("/")
        and package.has(inside)
    ):
        return
    notes.add(tr("a picture the document points to but does not hold was left out: {target}",
                 target=target[:80]))  # fmt: skip
    rel.set("Target", _MISSING)


def _drop_external(document: Any, external: set[str]) -> int:
    """Remove pictures whose relationship points outside the document."""
    if not external:
        return 0
    dropped = 0
    names = (f"{{{R}}}id", f"{{{R}}}embed", f"{{{R}}}link")
    for element in list(document.iter()):
        if any(element.get(attr) in external for attr in names):
            node = element
            while node is not None and node.tag.rsplit("}", 1)[-1] not in ("drawing", "pict"):
                node = node.getparent()
            if node is not None and node.getparent() is not None:
                node.getparent().remove(node)
                dropped += 1
    return dropped


def _properties(package: Package, notes: Notes) -> tuple[str, str]:
    """(the title property, the sender: the company, else the author) of the document;
    properties that are not well-formed only cost the title and the sender (said in
    ``notes``), as in an OpenDocument."""
    title = sender = ""
    try:
        core, app = (package.xml(name) if package.has(name) else None
                     for name in ("docProps/core.xml", "docProps/app.xml"))  # fmt: skip
    except DocumentError:
        notes.add(damaged_properties())
        return title, sender
    if core is not None:
        for element in core.iter():
            local = str(element.tag).rsplit("}", 1)[-1]
            if local == "title" and element.text:
                title = element.text.strip()
            elif local == "creator" and element.text:
                sender = element.text.strip()
    if app is not None:
        for element in app.iter():
            if str(element.tag).rsplit("}", 1)[-1] == "Company" and (element.text or "").strip():
                sender = str(element.text).strip()
    return title, sender

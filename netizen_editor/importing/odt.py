"""LibreOffice ``.odt`` → Markdown. odfdo opens the (checked) package and gives its title and
creator; a walker over ``content.xml`` writes HTML (headings, paragraphs, bold/italic by the
automatic styles, nested lists, tables, links, footnotes, quotations, pictures) that goes the
way every document goes (html, tracked).

Tracked changes: LibreOffice records each change as a ``text:changed-region`` (who, when,
and for a deletion the deleted text) and marks its place in the text with
``text:change-start``/``text:change-end`` (an insertion) or ``text:change`` (a deletion). Both
become review marks; comments (``office:annotation``, with ``office:annotation-end`` for a
range) become highlights with their comment. The changes' markers are sentinels (see
``netizen_editor.sentinels``): the document's own characters of their range are hidden in
``content.xml`` and ``styles.xml`` before the walk and shown again once the marks are made.
"""

from __future__ import annotations

import html
import io
from pathlib import Path
from typing import Any

from netizen_editor.i18n import tr
from netizen_editor.importing.cancel import checkpoint
from netizen_editor.importing.html import convert_html
from netizen_editor.importing.images import Pending, StoreImage
from netizen_editor.importing.result import Converted, plain_text
from netizen_editor.importing.safety import (
    DocumentError,
    Notes,
    Package,
    damaged_properties,
    parse_part,
)
from netizen_editor.importing.structure import ODT_BLOCKS, check_xml
from netizen_editor.importing.tracked import (
    CLOSE,
    COMMENT_END,
    COMMENT_START,
    DELETE,
    INSERT,
    Review,
    marker,
    render_marks,
)
from netizen_editor.sentinels import hide_in_tree, show_sentinels

NS = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "xml": "http://www.w3.org/XML/1998/namespace",
}
MAX_DEPTH = 200
MAX_IMAGE_BYTES = 25 * 1024 * 1024


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


class _Styles:
    def __init__(self, roots: list[Any]):
        self.bold: set[str] = set()
        self.italic: set[str] = set()
        self.quote: set[str] = {"Quotations"}
        self.numbered: set[str] = set()
        for root in roots:
            for style in root.iter(q("style:style")):
                name = style.get(q("style:name"), "")
                props = style.find(q("style:text-properties"))
                if props is not None:
                    if props.get(q("fo:font-weight")) in ("bold", "600", "700", "800", "900"):
                        self.bold.add(name)
                    if props.get(q("fo:font-style")) == "italic":
                        self.italic.add(name)
                if style.get(q("style:parent-style-name")) in self.quote or "Quot" in name:
                    self.quote.add(name)
            for lists in root.iter(q("text:list-style")):
                first = next(iter(lists), None)
                if first is not None and first.tag == q("text:list-level-style-number"):
                    self.numbered.add(lists.get(q("style:name"), ""))


class _Walker:
    def __init__(self, styles: _Styles, review: Review, accept: bool, package: Package,
                 store: StoreImage | None, notes: Notes):  # fmt: skip
        self.styles, self.review, self.accept = styles, review, accept
        self.package, self.store, self.notes = package, store, notes
        self.out: list[str] = []
        self.footnotes: list[str] = []
        self.regions: dict[str, tuple[str, int, Any]] = {}
        self.pending = Pending(store, notes)

    def regions_from(self, root: Any) -> None:
        for region in root.iter(q("text:changed-region")):
            key = region.get(q("text:id")) or region.get(q("xml:id")) or ""
            for kind, code in (("insertion", INSERT), ("deletion", DELETE)):
                change = region.find(q(f"text:{kind}"))
                if change is None:
                    continue
                info = change.find(q("office:change-info"))
                author = date = ""
                if info is not None:
                    author = info.findtext(q("dc:creator")) or ""
                    date = info.findtext(q("dc:date")) or ""
                number = 0 if self.accept else self.review.add_change(author, date)
                self.regions[key] = (code, number, change)

    def emit(self, text: str) -> None:
        self.out.append(text)

    def children(self, element: Any, depth: int) -> None:
        if element.text:
            self.emit(html.escape(element.text))
        for child in element:
            self.node(child, depth + 1)
            if child.tail:
                self.emit(html.escape(child.tail))

    def node(self, element: Any, depth: int) -> None:
        if depth > MAX_DEPTH or not isinstance(element.tag, str):
            return
        tag = element.tag
        style = element.get(q("text:style-name"), "")
        if tag == q("text:h"):
            level = min(max(int(element.get(q("text:outline-level"), "1") or 1), 1), 6)
            self.wrap(f"h{level}", element, depth)
        elif tag == q("text:p"):
            if style in self.styles.quote:
                self.emit("<blockquote>")
                self.wrap("p", element, depth)
                self.emit("</blockquote>")
            else:
                self.wrap("p", element, depth)
        elif tag == q("text:span"):
            opened = []
            if style in self.styles.bold:
                opened.append("strong")
            if style in self.styles.italic:
                opened.append("em")
            self.emit("".join(f"<{t}>" for t in opened))
            self.children(element, depth)
            self.emit("".join(f"</{t}>" for t in reversed(opened)))
        elif tag == q("text:list"):
            kind = "ol" if style in self.styles.numbered else "ul"
            self.wrap(kind, element, depth)
        elif tag in (q("text:list-item"), q("text:list-header")):
            self.wrap("li", element, depth)
        elif tag == q("text:a"):
            href = element.get(q("xlink:href"), "")
            self.emit(f'<a href="{html.escape(href)}">')
            self.children(element, depth)
            self.emit("</a>")
        elif tag == q("text:s"):
            self.emit(" " * min(int(element.get(q("text:c"), "1") or 1), 100))
        elif tag == q("text:tab"):
            self.emit(" ")
        elif tag == q("text:line-break"):
            self.emit("<br>")
        elif tag == q("text:note"):
            self.note(element, depth)
        elif tag == q("table:table"):
            self.wrap("table", element, depth)
        elif tag == q("table:table-row"):
            self.wrap("tr", element, depth)
        elif tag == q("table:table-cell"):
            self.wrap("td", element, depth)
        elif tag in (q("table:table-header-rows"), q("table:table-rows"), q("text:section"),
                     q("draw:text-box"), q("text:soft-page-break")):  # fmt: skip
            self.children(element, depth)
        elif tag == q("draw:frame"):
            self.frame(element)
        elif tag in (q("draw:object"), q("draw:object-ole"), q("office:script")):
            self.notes.add(tr("embedded objects (spreadsheets, controls) were left out"))
        elif tag == q("text:change-start"):
            self.change_start(element)
        elif tag == q("text:change-end"):
            if not self.accept and element.get(q("text:change-id"), "") in self.regions:
                self.emit(CLOSE)
        elif tag == q("text:change"):
            self.deletion(element, depth)
        elif tag == q("office:annotation"):
            self.annotation(element)
        elif tag == q("office:annotation-end"):
            number = self.review.comment_keys.get(element.get(q("office:name"), "") or "-")
            if number is not None:
                self.emit(marker(COMMENT_END, number))
        elif tag in (q("text:tracked-changes"), q("office:forms"), q("text:sequence-decls"),
                     q("office:event-listeners")):  # fmt: skip
            return
        else:
            self.children(element, depth)

    def wrap(self, name: str, element: Any, depth: int) -> None:
        self.emit(f"<{name}>")
        self.children(element, depth)
        self.emit(f"</{name}>")

    def note(self, element: Any, depth: int) -> None:
        number = len(self.footnotes) + 1
        self.emit(f'<sup><a href="#footnote-{number}">[{number}]</a></sup>')
        body = element.find(q("text:note-body"))
        if body is None:
            return
        outer, self.out = self.out, []
        self.children(body, depth)
        self.footnotes.append(f'<li id="footnote-{number}">{"".join(self.out)}</li>')
        self.out = outer

    def frame(self, element: Any) -> None:
        picture = element.find(q("draw:image"))
        if picture is None:
            for box in element.iter(q("draw:text-box")):
                self.children(box, 1)
            return
        href = show_sentinels(picture.get(q("xlink:href"), ""))  # a path in the package
        alt = element.findtext(q("svg:title")) or element.findtext(q("svg:desc")) or ""
        if "://" in href or href.startswith(("/", "..")) or not self.package.has(href):
            if href:
                self.notes.add(tr("a linked image was left out (never fetched): {src}",
                                  src=href[:80]))  # fmt: skip
            return
        if self.store is None:
            return
        src = self.pending.known(href)
        if src is None:  # read once, however often it is used
            src = self.pending.add(self.package.read(href, MAX_IMAGE_BYTES), href, key=href)
        if src is None:
            return
        self.emit(f'<img src="{src}" alt="{html.escape(alt)}">')

    def change_start(self, element: Any) -> None:
        region = self.regions.get(element.get(q("text:change-id"), ""))
        if region is not None and not self.accept:
            self.emit(marker(region[0], region[1]))

    def deletion(self, element: Any, depth: int) -> None:
        region = self.regions.get(element.get(q("text:change-id"), ""))
        if region is None or self.accept or region[0] != DELETE:
            return
        deleted = " ".join(
            "".join(p.itertext()) for p in region[2] if p.tag in (q("text:p"), q("text:h"))
        )
        self.emit(marker(DELETE, region[1]) + html.escape(deleted) + CLOSE)

    def annotation(self, element: Any) -> None:
        name = element.get(q("office:name"), "")
        text = " ".join("".join(p.itertext()) for p in element.iter(q("text:p")))
        number = self.review.add_comment(name or f"-{len(self.review.comments)}",
                                         element.findtext(q("dc:creator")) or "",
                                         element.findtext(q("dc:date")) or "", text)  # fmt: skip
        self.emit(marker(COMMENT_START, number))
        if not name:  # a comment on a point, not a range
            self.emit(marker(COMMENT_END, number))


def convert_odt(
    data: bytes, path: Path, store: StoreImage | None, review: Review, accept: bool
) -> Converted:
    """The Markdown (review marks unless ``accept``), plain text and properties of a ``.odt``."""
    from bs4 import BeautifulSoup

    notes = Notes()
    package = Package(data, path, "LibreOffice Writer")
    names = [name.lower() for name in package.names()]
    if any(name.startswith(("basic/", "scripts/")) for name in names):
        notes.add(tr("the document's macros were left out"))
    if any(name.startswith(("object ", "objectreplacements/")) for name in names):
        notes.add(tr("embedded objects (spreadsheets, controls) were left out"))
    if not package.has("content.xml"):
        raise DocumentError(tr("this is not an OpenDocument text (no content.xml)"), path=path)
    body = package.body_part("content.xml")
    check_xml([body], ODT_BLOCKS)
    content = parse_part(body, "content.xml", path)
    style_roots = [content]
    if package.has("styles.xml"):
        style_roots.append(package.xml("styles.xml"))
    for root in style_roots:  # the styles' names as the text names them
        hide_in_tree(root)
    walker = _Walker(_Styles(style_roots), review, accept, package, store, notes)
    walker.regions_from(content)
    text_body = content.find(f"{q('office:body')}/{q('office:text')}")
    if text_body is None:
        raise DocumentError(tr("this is not an OpenDocument text (no text body)"), path=path)
    walker.children(text_body, 0)
    if walker.footnotes:
        walker.emit("<ol>" + "".join(walker.footnotes) + "</ol>")
    checkpoint()
    soup = BeautifulSoup("".join(walker.out), "html.parser")
    plain = show_sentinels(plain_text(soup))
    stored = walker.pending.store_all()
    markdown = render_marks(convert_html(soup, notes, store, stored=stored), review)
    title, sender = _meta(package, notes)
    return Converted(show_sentinels(markdown), plain, title, sender, notes.items)


def _meta(package: Package, notes: Notes) -> tuple[str, str]:
    """The title and creator, as odfdo reads them from ``meta.xml`` (damaged, they are
    none: said in ``notes``)."""
    if not package.has("meta.xml"):
        return "", ""
    import odfdo

    meta = io.BytesIO()
    import zipfile

    with zipfile.ZipFile(meta, "w") as small:  # odfdo reads only the parts it is given
        small.writestr("mimetype", b"application/vnd.oasis.opendocument.text")
        small.writestr("meta.xml", package.text_part("meta.xml"))
    try:
        document = odfdo.Document(io.BytesIO(meta.getvalue()))
        title = document.meta.get_title() or ""
        creator = document.meta.get_initial_creator() or document.meta.get_creator() or ""
    except Exception:  # odfdo's errors are not one class; a broken meta.xml only costs the title
        notes.add(damaged_properties())
        return "", ""
    return str(title).strip(), str(creator).strip()

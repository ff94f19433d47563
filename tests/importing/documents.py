"""Build small documents for the import tests from XML strings (no binary fixtures)."""

from __future__ import annotations

import io
import zipfile

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'
)
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="png" ContentType="image/png"/>
<Default Extension="jpeg" ContentType="image/jpeg"/>
<Override PartName="/word/document.xml"
 ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="{CORE}" Target="docProps/core.xml"/>
</Relationships>"""


def docx_bytes(
    body: str,
    *,
    rels: str = "",
    numbering: str = "",
    footnotes: str = "",
    comments: str = "",
    styles: str = "",
    title: str = "",
    company: str = "",
    media: dict[str, bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A minimal .docx: ``body`` is the inside of ``w:body``; ``rels`` extra Relationship
    elements of the document; the other parts when given."""
    parts: dict[str, bytes | str] = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<w:document {W_NS}><w:body>{body}</w:body></w:document>",
    }
    doc_rels = rels
    if numbering:
        parts["word/numbering.xml"] = f"<w:numbering {W_NS}>{numbering}</w:numbering>"
        doc_rels += f'<Relationship Id="rNum" Type="{REL}/numbering" Target="numbering.xml"/>'
    if footnotes:
        parts["word/footnotes.xml"] = f"<w:footnotes {W_NS}>{footnotes}</w:footnotes>"
        doc_rels += f'<Relationship Id="rFn" Type="{REL}/footnotes" Target="footnotes.xml"/>'
    if comments:
        parts["word/comments.xml"] = f"<w:comments {W_NS}>{comments}</w:comments>"
        doc_rels += f'<Relationship Id="rCm" Type="{REL}/comments" Target="comments.xml"/>'
    if styles:
        parts["word/styles.xml"] = f"<w:styles {W_NS}>{styles}</w:styles>"
        doc_rels += f'<Relationship Id="rSt" Type="{REL}/styles" Target="styles.xml"/>'
    parts["word/_rels/document.xml.rels"] = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{doc_rels}</Relationships>"
    )
    parts["docProps/core.xml"] = (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
        'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{title}</dc:title><dc:creator>Humas</dc:creator></cp:coreProperties>"
    )
    if company:
        parts["docProps/app.xml"] = (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'extended-properties"><Company>{company}</Company></Properties>'
        )
    for name, data in (media or {}).items():
        parts[f"word/media/{name}"] = data
    parts.update(extra or {})
    return zip_bytes(parts)


def zip_bytes(parts: dict[str, bytes | str], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


def p(text: str, style: str = "", props: str = "") -> str:
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{style_xml}{props}</w:pPr>{text}</w:p>"


def r(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(text: str, author: str, date: str, number: int = 1) -> str:
    return f'<w:ins w:id="{number}" w:author="{author}" w:date="{date}">{r(text)}</w:ins>'


def dele(text: str, author: str, date: str, number: int = 2) -> str:
    return (
        f'<w:del w:id="{number}" w:author="{author}" w:date="{date}"><w:r>'
        f'<w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'
    )


STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'
    for sid, name in (("Heading1", "heading 1"), ("Heading2", "heading 2"), ("Quote", "Quote"))
)
NUMBERING = (
    '<w:abstractNum w:abstractNumId="0">'
    '<w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
)
FOOTNOTES = (
    '<w:footnote w:id="1"><w:p><w:r><w:t>Data Kementerian, 2026.</w:t></w:r></w:p></w:footnote>'
)
COMMENTS = (
    '<w:comment w:id="7" w:author="Bambang Sutejo" w:date="2026-12-05T03:15:00Z">'
    "<w:p><w:r><w:t>Sumbernya siapa?</w:t></w:r></w:p></w:comment>"
)
ANI, BAMBANG = "Ani Wijaya", "Bambang Sutejo"
T1, T2 = "2026-12-05T02:30:00Z", "2026-12-05T03:00:00Z"


def item(text: str, level: int) -> str:
    return p(r(text), props=f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>')


def image_run(rel_id: str, alt: str, attr: str = "r:embed") -> str:
    return (
        '<w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/>'
        f'<wp:docPr id="1" name="Foto" descr="{alt}"/>'
        "<a:graphic><a:graphicData><pic:pic><pic:blipFill>"
        f'<a:blip {attr}="{rel_id}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
        "</wp:inline></w:drawing></w:r>"
    )


def press_release_docx(image: bytes, *, extra_paragraphs: int = 0) -> bytes:
    """A press release with everything the import handles: title property, headings, bold and
    italic, a link, a footnote, tracked changes by two authors, a comment, a nested list, a
    table, a quotation and a picture with alt text."""
    hyperlink = (
        f'<Relationship Id="rLink" Type="{REL}/hyperlink" Target="https://desa.go.id/" '
        'TargetMode="External"/>'
    )
    picture = f'<Relationship Id="rImg" Type="{REL}/image" Target="media/foto.jpeg"/>'
    body = "".join(
        [
            p(r("Peluncuran Desa Digital"), "Heading1"),
            p(
                r("JAKARTA – Kementerian meluncurkan program ")
                + r("Desa Digital", "<w:b/>")
                + ins(" pada Sabtu pagi", BAMBANG, T1, 11)
                + r(" di ")
                + '<w:hyperlink r:id="rLink">'
                + r("situs resmi")
                + "</w:hyperlink>"
                + r(".")
                + '<w:r><w:footnoteReference w:id="1"/></w:r>'
            ),
            p(
                r("Program ini ")
                + dele("sangat ", ANI, T2, 12)
                + r("menjangkau ")
                + dele("500", ANI, T2, 13)
                + ins("1.000", ANI, T2, 14)
                + r(" desa, ")
                + '<w:commentRangeStart w:id="7"/>'
                + r("kata Menteri", "<w:i/>")
                + '<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>'
                + r(".")
            ),
            p(r("Sasaran"), "Heading2"),
            item("Internet desa", 0),
            item("Menara baru", 1),
            item("Pelatihan warga", 0),
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Provinsi</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>Desa</w:t></w:r></w:p></w:tc></w:tr>"
            "<w:tr><w:tc><w:p><w:r><w:t>Jawa Barat</w:t></w:r></w:p></w:tc>"
            "<w:tc><w:p><w:r><w:t>120</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
            p(r("Kami ingin desa setara kota.", ""), "Quote"),
            p(image_run("rImg", "Menteri di desa")),
            *(
                p(r(f"Paragraf tambahan {n} tentang program desa digital."))
                for n in range(extra_paragraphs)
            ),
        ]
    )
    return docx_bytes(
        body,
        rels=hyperlink + picture,
        numbering=NUMBERING,
        footnotes=FOOTNOTES,
        comments=COMMENTS,
        styles=STYLES,
        title="Peluncuran Desa Digital",
        company="Kementerian Desa",
        media={"foto.jpeg": image},
    )


ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)
ODT_STYLES = (
    '<style:style style:name="B" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="I" style:family="text">'
    '<style:text-properties fo:font-style="italic"/></style:style>'
    '<text:list-style style:name="N"><text:list-level-style-number text:level="1"/>'
    "</text:list-style>"
)


def odt_change(key: str, kind: str, author: str, date: str, deleted: str = "") -> str:
    content = f"<text:p>{deleted}</text:p>" if kind == "deletion" else ""
    return (
        f'<text:changed-region text:id="{key}"><text:{kind}><office:change-info>'
        f"<dc:creator>{author}</dc:creator><dc:date>{date}</dc:date></office:change-info>"
        f"{content}</text:{kind}></text:changed-region>"
    )


def odt_bytes(
    body: str,
    *,
    changes: str = "",
    title: str = "",
    pictures: dict[str, bytes] | None = None,
    extra: dict[str, bytes] | None = None,
) -> bytes:
    """A minimal .odt: ``body`` is the inside of ``office:text``; ``changes`` the changed
    regions of its tracked changes."""
    tracked = f"<text:tracked-changes>{changes}</text:tracked-changes>" if changes else ""
    parts: dict[str, bytes | str] = {
        "mimetype": "application/vnd.oasis.opendocument.text",
        "content.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
        f"{ODT_NS}><office:automatic-styles>{ODT_STYLES}</office:automatic-styles>"
        f"<office:body><office:text>{tracked}{body}</office:text></office:body>"
        "</office:document-content>",
        "meta.xml": f'<office:document-meta {ODT_NS} office:version="1.3"><office:meta>'
        f"<dc:title>{title}</dc:title><meta:initial-creator>Humas Kota</meta:initial-creator>"
        "</office:meta></office:document-meta>",
    }
    for name, data in (pictures or {}).items():
        parts[f"Pictures/{name}"] = data
    parts.update(extra or {})
    return zip_bytes(parts)


def press_release_odt(image: bytes) -> bytes:
    """The Word press release's twin in LibreOffice: the same parts, its own markup."""
    body = (
        '<text:h text:outline-level="1">Peluncuran Desa Digital</text:h>'
        "<text:p>JAKARTA – Kementerian meluncurkan program "
        '<text:span text:style-name="B">Desa Digital</text:span>'
        '<text:change-start text:change-id="c1"/> pada Sabtu pagi'
        '<text:change-end text:change-id="c1"/> di '
        '<text:a xlink:href="https://desa.go.id/">situs resmi</text:a>.'
        '<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        "<text:note-body><text:p>Data Kementerian, 2026.</text:p></text:note-body></text:note>"
        "</text:p>"
        '<text:p>Program ini <text:change text:change-id="c2"/>menjangkau '
        '<text:change text:change-id="c3"/><text:change-start text:change-id="c4"/>1.000'
        '<text:change-end text:change-id="c4"/> desa, '
        '<office:annotation office:name="n1"><dc:creator>Bambang Sutejo</dc:creator>'
        "<dc:date>2026-12-05T10:15:00</dc:date><text:p>Sumbernya siapa?</text:p>"
        '</office:annotation><text:span text:style-name="I">kata Menteri</text:span>'
        '<office:annotation-end office:name="n1"/>.</text:p>'
        '<text:h text:outline-level="2">Sasaran</text:h>'
        "<text:list><text:list-item><text:p>Internet desa</text:p>"
        '<text:list text:style-name="N"><text:list-item><text:p>Menara baru</text:p>'
        "</text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p>Pelatihan warga</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>Provinsi</text:p>"
        "</table:table-cell><table:table-cell><text:p>Desa</text:p></table:table-cell>"
        "</table:table-row><table:table-row><table:table-cell><text:p>Jawa Barat</text:p>"
        "</table:table-cell><table:table-cell><text:p>120</text:p></table:table-cell>"
        "</table:table-row></table:table>"
        '<text:p text:style-name="Quotations">Kami ingin desa setara kota.</text:p>'
        '<text:p><draw:frame draw:name="Foto"><draw:image xlink:href="Pictures/foto.jpg"/>'
        "<svg:title>Menteri di desa</svg:title></draw:frame></text:p>"
    )
    changes = (
        odt_change("c1", "insertion", BAMBANG, "2026-12-05T09:30:00")
        + odt_change("c2", "deletion", ANI, "2026-12-05T10:00:00", "sangat ")
        + odt_change("c3", "deletion", ANI, "2026-12-05T10:00:00", "500")
        + odt_change("c4", "insertion", ANI, "2026-12-05T10:00:00")
    )
    return odt_bytes(
        body, changes=changes, title="Peluncuran Desa Digital", pictures={"foto.jpg": image}
    )


def pdf_bytes(
    pages: list[list[str]],
    title: str = "",
    image: bytes = b"",
    every_page: bool = False,
    image_box: tuple[int, int, int, int] = (50, 300, 200, 150),
) -> bytes:
    """A PDF whose pages show ``pages``' lines in Helvetica, one line each 14 points down from
    the top line at 780 points; ``image``: a JPEG drawn on the first page (on every page with
    ``every_page``) in ``image_box`` (left, bottom, width, height in points)."""
    objects: list[bytes] = []
    kids = " ".join(f"{4 + 2 * n} 0 R" for n in range(len(pages)))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    picture = 5 + 2 * len(pages)  # the image's object, after the pages and the info
    for n, lines in enumerate(pages):
        shown = "".join(
            "({}) Tj 0 -14 Td ".format(
                line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            )
            for line in lines
        )
        stream = f"BT /F1 11 Tf 50 780 Td {shown}ET".encode("latin-1")
        xobject = ""
        if image and (n == 0 or every_page):
            left, bottom, width, height = image_box
            stream += b" q %d 0 0 %d %d %d cm /Im1 Do Q" % (width, height, left, bottom)
            xobject = f" /XObject << /Im1 {picture} 0 R >>"
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {5 + 2 * n} 0 R "
            f"/Resources << /Font << /F1 3 0 R >>{xobject} >> >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info = len(objects) + 1
    objects.append(f"<< /Title ({title}) /Author (Humas Pemkot) >>".encode())
    if image:
        assert len(objects) + 1 == picture
        objects.append(jpeg_object(image))
    return pdf_of(objects, b" /Info %d 0 R" % info)


def jpeg_object(image: bytes) -> bytes:
    """A PDF's picture object holding the 64×48 JPEG ``image`` as it is."""
    return (
        b"<< /Type /XObject /Subtype /Image /Width 64 /Height 48 /ColorSpace /DeviceRGB "
        b"/BitsPerComponent 8 /Filter /DCTDecode /Length %d >>\nstream\n"
        % len(image)
        + image
        + b"\nendstream"
    )


def pages_pdf(pages: int, claimed: int | None = None) -> bytes:
    """A PDF of ``pages`` pages of one line; ``claimed``: the page count its page tree says
    (written in as many bytes, so the cross-reference table stays right)."""
    data = pdf_bytes([["Halaman"] for _ in range(pages)])
    if claimed is None:
        return data
    said = b"/Count %d" % pages
    return data.replace(said, (b"/Count %d" % claimed).ljust(len(said)), 1)


def pdf_of(objects: list[bytes], trailer: bytes = b"", *, xref_table: bool = True) -> bytes:
    """A PDF of ``objects`` (numbered from 1; the first is the catalog) with its cross-reference
    table (or without: a damaged file pypdf rebuilds it for); ``trailer``: more of the
    trailer's entries."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    if xref_table:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for offset in offsets:
            out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R%s >>\n" % (len(objects) + 1, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)

"""Importing press releases (issue 25): every kind of document at ~20 MB within 5 s and 1 GB.

    .venv/bin/python -m benchmarks.bench_import [--repeat N] [--keep DIR] [--only NAME]

Each document is imported by ``netizen-editor import FILE -o OUT`` in a process of its own,
the whole command (Python's start included); the figures are the wall time and the CPU time
(user + system, both threads; medians of ``--repeat`` runs) and the process's peak memory
(its VmHWM). The CPU time moves less with the shared machine's load than the wall time.

1. ``.docx`` ~19 MB: three 12-megapixel phone photos (the bulk of the bytes) and 2,500
   paragraphs (~730 KB of XML) with tracked changes by two authors and comments.
2. ``.docx`` at the text limit: 1.25 MB of document XML (4,450 paragraphs, ~70,000 words; a
   longer text is refused as not an article), tracked changes every tenth paragraph.
3. ``.odt`` ~19 MB: the same three photos and text, LibreOffice's markup.
4. ``.pdf`` ~20 MB: 100 pages of text (the page limit) and a 19 MB picture stream.
5. ``.html``: a 3.3 MB saved page (3 MB of scripts and styles, a 300 KB body, ~400 KB once
   sanitized: the body limit) and ``.txt`` at its limit (1.5 MB).
   A ``.txt`` of 1.4 MB in 53,000 short paragraphs (a letterhead's lines again and again,
   each a paragraph): four times as many as the 1.5 MB of long ones.
   A saved page carrying the three photos in itself (``data:`` images, ~25 MB of base64), and
   a 28 MB page of ``<img src=`` followed by a thousand blanks, again and again (what the
   search for its pictures must read once).
6. Refusals: a zip bomb (300 MB of zeros in a 0.3 MB file), a 20 MB Word file of text
   (160 MB of XML) and a 5.4 MB PDF of 20,000 pages: each must be refused in under a second.
   A PDF whose page tree says it has one page and holds 20,000 (its ``/Count`` lies) is
   refused too, once pypdf has walked 1,000 entries of the tree (pdf.MAX_PAGE_TREE).

Targets: under 5 s and under 1 GB each; refusals under 1 s. The machine is shared, so the
figures vary from run to run.
"""

from __future__ import annotations

import argparse
import functools
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.importing.documents import (
    ANI,
    BAMBANG,
    COMMENTS,
    NUMBERING,
    REL,
    STYLES,
    dele,
    docx_bytes,
    image_run,
    ins,
    odt_bytes,
    odt_change,
    p,
    pages_pdf,
    pdf_bytes,
    r,
)
from tests.importing.test_safety import bomb
from tests.photo_factory import exif_bytes, scene

TEXT_PARAGRAPHS = 4450  # ~1.25 MB of Word XML: the text limit (safety.MAX_BODY_XML)
T1, T2 = "2026-12-05T02:30:00Z", "2026-12-05T03:00:00Z"
SENTENCE = "Kementerian meluncurkan program Desa Digital bagi seribu desa di seluruh Indonesia"


def photos(count: int) -> list[bytes]:
    out = []
    for seed in range(count):
        buffer = io.BytesIO()
        scene((4000, 3000), seed + 1).save(buffer, "JPEG", quality=95, exif=exif_bytes())
        out.append(buffer.getvalue())
    return out


def docx_paragraph(n: int) -> str:
    text = r(f"{n}. {SENTENCE}, kata menteri pada Sabtu ")
    if n % 10 == 0:
        text += dele("lama ", ANI, T2, 2 * n) + ins("baru ", BAMBANG, T1, 2 * n + 1)
    if n % 50 == 0:
        text += '<w:commentRangeStart w:id="7"/>' + r("dikutip") + '<w:commentRangeEnd w:id="7"/>'
    return p(text + r("pagi.", "<w:b/>" if n % 7 == 0 else ""))


def big_docx(pictures: list[bytes], paragraphs: int) -> bytes:
    rels = "".join(
        f'<Relationship Id="rImg{n}" Type="{REL}/image" Target="media/foto{n}.jpeg"/>'
        for n in range(len(pictures))
    )
    body = p(r("Peluncuran Desa Digital"), "Heading1")
    for n in range(paragraphs):
        body += docx_paragraph(n)
        if (
            pictures
            and n % max(1, paragraphs // len(pictures)) == 0
            and n // max(1, paragraphs // len(pictures)) < len(pictures)
        ):
            body += p(image_run(f"rImg{n // max(1, paragraphs // len(pictures))}", "Foto desa"))
    return docx_bytes(
        body,
        rels=rels,
        numbering=NUMBERING,
        comments=COMMENTS,
        styles=STYLES,
        title="Peluncuran Desa Digital",
        media={f"foto{n}.jpeg": data for n, data in enumerate(pictures)},
    )


def big_odt(pictures: list[bytes], paragraphs: int) -> bytes:
    body = '<text:h text:outline-level="1">Peluncuran Desa Digital</text:h>'
    changes = ""
    for n in range(paragraphs):
        extra = ""
        if n % 10 == 0:
            changes += odt_change(f"d{n}", "deletion", ANI, T2, "lama ")
            changes += odt_change(f"i{n}", "insertion", BAMBANG, T1)
            extra = (
                f'<text:change text:change-id="d{n}"/><text:change-start text:change-id="i{n}"/>'
                f'baru <text:change-end text:change-id="i{n}"/>'
            )
        body += f"<text:p>{n}. {SENTENCE}, kata menteri {extra}pada Sabtu pagi.</text:p>"
        step = max(1, paragraphs // max(1, len(pictures)))
        if pictures and n % step == 0 and n // step < len(pictures):
            body += (
                f'<text:p><draw:frame><draw:image xlink:href="Pictures/foto{n // step}.jpg"/>'
                "<svg:title>Foto desa</svg:title></draw:frame></text:p>"
            )
    return odt_bytes(
        body,
        changes=changes,
        title="Peluncuran Desa Digital",
        pictures={f"foto{n}.jpg": data for n, data in enumerate(pictures)},
    )


def big_pdf(pages: int, padding: int) -> bytes:
    lines = [f"{n}. {SENTENCE}, kata menteri pada Sabtu pagi." for n in range(45)]
    data = pdf_bytes([lines for _ in range(pages)], title="Desa Digital")
    # a picture-sized stream nobody draws: the bytes a PDF with photos carries
    stream = os.urandom(padding)
    head = b"999 0 obj\n<< /Length %d >>\nstream\n" % len(stream)
    extra = head + stream + b"\nendstream\nendobj\n"
    return data + b"\n" + extra  # after %%EOF: readers take the last xref, the bytes stay


def big_html(size: int, scripts: int) -> bytes:
    """A saved page: ``scripts`` bytes of scripts and styles, ``size`` bytes of body."""
    paragraph = f"<p>{SENTENCE}, <b>kata</b> <a href='https://desa.go.id/'>menteri</a>.</p>\n"
    code = "var tracker = 'x';\n" * (scripts // 2 // 19)
    style = "p { color: #333; }\n" * (scripts // 2 // 19)
    head = (
        f"<html><head><title>Desa Digital</title><script>{code}</script><style>{style}</style>"
        "</head><body>"
    )
    body = paragraph * (size // len(paragraph))
    return (head + body + "</body></html>").encode("utf-8")


def photos_html(pictures: list[bytes]) -> bytes:
    """A saved page carrying ``pictures`` in itself (``data:`` images), a paragraph apart."""
    import base64

    paragraph = f"<p>{SENTENCE}, kata menteri pada Sabtu pagi.</p>\n"
    images = [f'<img src="data:image/jpeg;base64,{base64.b64encode(picture).decode()}" '
              f'alt="foto {n}">' for n, picture in enumerate(pictures, 1)]  # fmt: skip
    body = "".join(paragraph * 20 + image for image in images) + paragraph * 20
    return f"<html><head><title>Desa Digital</title></head><body>{body}</body></html>".encode()


def blanks_html(size: int) -> bytes:
    """``<img`` and ``src=`` with a thousand blanks after it, again and again, to ``size``
    (after a ``data:`` image: a page without one is refused before it is read)."""
    tag = " src=" + " " * 1000 + "x"
    head = '<html><body><p>Isi.</p><img src="data:image/png;base64,AAAA"><img'
    return (head + tag * (size // len(tag)) + "></body></html>").encode()


def big_txt(size: int) -> bytes:
    paragraph = f"{SENTENCE}, kata menteri pada Sabtu pagi.\n\n"
    return ("Desa Digital\n\n" + paragraph * (size // len(paragraph))).encode("utf-8")


def short_paragraphs_txt(size: int) -> bytes:
    """A letterhead's lines again and again, each a paragraph of its own (blank lines apart)."""
    head = ("KEMENTERIAN DESA DAN PEMBANGUNAN", "Jl. Sudirman No. 1, Jakarta 10220",
            "Telp. 021-1234567, www.desa.go.id", "SIARAN PERS", "Nomor: 12/HM/2026",
            "Jakarta, 7 Desember 2026")  # fmt: skip
    block = "\n\n".join(head) + "\n\n"
    return (block * (size // len(block))).encode("utf-8")


def text_bomb_docx(xml_bytes: int) -> bytes:
    """A ~20 MB Word file whose text unpacks to ``xml_bytes`` (refused as too long)."""
    out = io.BytesIO()
    chunk = "".join(docx_paragraph(n) for n in range(400)).encode("utf-8")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as entry:
            entry.write(b"<w:document><w:body>")
            for _ in range(xml_bytes // len(chunk)):
                entry.write(chunk)
            entry.write(b"</w:body></w:document>")
        archive.writestr("word/media/pad.bin", os.urandom(12 * 1024 * 1024))
    return out.getvalue()


#: the command, reporting its peak memory at exit (VmHWM: this process's own, since its exec)
CHILD = """
import atexit, sys
def peak():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            sys.stderr.write("PEAK " + line.split()[1] + "\\n")
atexit.register(peak)
from netizen_editor.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_import(
    source: Path, out: Path, env: dict[str, str]
) -> tuple[float, float, float, int, str]:
    """(seconds, CPU seconds, peak MB, exit status, the last line it printed) of one import
    process, the whole command from Python's start."""
    if out.exists():
        out.unlink()
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, "import", str(source), "-o", str(out)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    said = process.stderr.read().decode("utf-8", "replace") if process.stderr else ""
    _pid, code, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    process.returncode = status = os.waitstatus_to_exitcode(code)
    cpu = usage.ru_utime + usage.ru_stime  # both threads: the text's and the photos'

    lines = said.strip().splitlines()
    peak = float(lines.pop().split()[1]) / 1024 if lines and lines[-1].startswith("PEAK") else 0
    return seconds, cpu, peak, status, lines[-1] if lines else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the documents into this folder")
    parser.add_argument("--only", action="append", help="the documents whose name has this")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ)
    for name in ("CONFIG", "DATA", "CACHE"):
        env[f"NETIZEN_EDITOR_{name}_DIR"] = str(folder / name.lower())
    print("making the documents…", flush=True)
    pictures = functools.cache(lambda: photos(3))  # made once, for the documents chosen
    documents: dict[str, Callable[[], bytes]] = {
        "rilis-foto.docx": lambda: big_docx(pictures(), 2500),
        "rilis-teks.docx": lambda: big_docx([], TEXT_PARAGRAPHS),
        "rilis-foto.odt": lambda: big_odt(pictures(), 2500),
        "rilis.pdf": lambda: big_pdf(100, 19 * 1024 * 1024),
        "rilis.html": lambda: big_html(300 * 1024, 3 * 1024 * 1024),
        "rilis-foto.html": lambda: photos_html(pictures()),
        "sela.html": lambda: blanks_html(28 * 1024 * 1024),
        "rilis.txt": lambda: big_txt(1500 * 1024),
        "rilis-pendek.txt": lambda: short_paragraphs_txt(1400 * 1024),
        "bom.docx": bomb,
        "buku.docx": lambda: text_bomb_docx(160 * 1024 * 1024),
        "halaman.pdf": lambda: pages_pdf(20_000),
        "halaman-bohong.pdf": lambda: pages_pdf(20_000, claimed=1),
    }
    chosen = [name for name in documents if not args.only or any(p in name for p in args.only)]
    made = {name: documents[name]() for name in chosen}
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'document':<18} {'size':>8} {'time (median)':>14} {'CPU':>8} {'peak memory':>12}"
          "  result")  # fmt: skip
    for name, data in made.items():
        source = folder / name
        source.write_bytes(data)
        times, cpus, peaks, last, status = [], [], [], "", 0
        for attempt in range(args.repeat):
            # a fresh photo cache each time: the pictures are made, not found
            env["NETIZEN_EDITOR_CACHE_DIR"] = str(folder / f"cache-{name}-{attempt}")
            seconds, cpu, peak, status, last = run_import(source, folder / f"{name}.md", env)
            times.append(seconds)
            cpus.append(cpu)
            peaks.append(peak)
        size = f"{len(data) / 1024 / 1024:.1f} MB"
        result = "imported" if status == 0 else f"exit {status}: {last[-90:]}"
        print(f"{name:<18} {size:>8} {statistics.median(times):>12.2f} s "
              f"{statistics.median(cpus):>6.2f} s {max(peaks):>9.0f} MB  {result}",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()

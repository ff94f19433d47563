"""A rich-text paste of many large pictures written into it: what it costs to store them.

    .venv/bin/python -m benchmarks.bench_paste_pictures [--pictures N] [--side PX]

A fragment of HTML with 200 ``data:`` PNGs of 4000x4000 pixels (each one flat colour, another
for each picture, so none is the same picture again nor a cache hit; tiny once compressed:
16 KB each, 4 MB of HTML in all) is pasted into a saved story in the editor, as a mail's
or a web page's copy would be. The figures: the wall time from the paste until its pictures
are stored (the editor's ``images_inserted``) and the CPU time of that (every thread's; it
moves less with the shared machine's load), the process's peak memory over that time (its
VmHWM; the photo cache empty), the pictures stored and the lines of the one warning box.

Each run is a process of its own (a clean peak); the pictures are made once, in this process.
A paste decodes its pictures within what one import may (``importing.images``
``IMPORT_PIXEL_BUDGET``): 960 megapixels, 60 of these pictures.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

PICTURES = 200
SIDE = 4000


def flat_pngs(count: int, side: int) -> list[bytes]:
    """``count`` PNGs of ``side``x``side`` pixels, each one colour of its own (a palette PNG:
    the compressed pixels are made once, the palette differs)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))  # fmt: skip

    head = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 3, 0, 0, 0))
    pixels = chunk(b"IDAT", zlib.compress(bytes(side + 1) * side, 9)) + chunk(b"IEND", b"")
    colours = ((40 + n % 200, 90 + n * 7 % 150, 200 - n % 180) for n in range(count))
    return [head + chunk(b"PLTE", bytes(colour)) + pixels for colour in colours]


def fragment(pictures: list[bytes]) -> str:
    parts = ["<p>Petani Sleman memulai panen raya pada Senin pagi.</p>"]
    for number, data in enumerate(pictures, 1):
        encoded = base64.b64encode(data).decode()
        parts.append(f'<p>Petak {number}.</p><img alt="petak {number}" '
                     f'src="data:image/png;base64,{encoded}">')  # fmt: skip
    return "".join(parts) + "<p>Hasilnya naik dua kali lipat.</p>"


def peak_mb() -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def paste_once(html_file: Path, folder: Path) -> dict[str, float]:
    """One paste in this process: its figures."""
    os.environ["NETIZEN_EDITOR_CACHE_DIR"] = str(folder / "cache")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QMimeData
    from PySide6.QtWidgets import QApplication, QMessageBox

    from netizen_editor.gui.editor.markdown_editor import MarkdownEditor

    app = QApplication.instance() or QApplication([])
    shown: list[str] = []
    QMessageBox.warning = lambda parent, title, text: shown.append(text)  # type: ignore[assignment]
    article = folder / "panen.md"
    article.write_text("---\ntitle: Panen raya\n---\n\nAwal.\n", encoding="utf-8")
    editor = MarkdownEditor()
    editor.article_file = lambda: article  # type: ignore[method-assign]
    editor.setPlainText(article.read_text(encoding="utf-8"))
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    source = QMimeData()
    source.setHtml(html_file.read_text(encoding="utf-8"))
    source.setText("Petani Sleman memulai panen raya.")
    app.processEvents()
    before = peak_mb()
    loop = QEventLoop()
    editor.images_inserted.connect(lambda _links: loop.quit())
    start, cpu = time.perf_counter(), time.process_time()
    editor.insertFromMimeData(source)
    if editor.photo_jobs_running():
        loop.exec()
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    stored = len(list((folder / "panen_files").glob("*")))
    lines = [line for text in shown for line in text.splitlines()]
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb(), "before_mb": before,
            "stored": stored, "boxes": len(shown), "lines": len(lines),
            "last": lines[-1] if lines else ""}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--pictures", type=int, default=PICTURES)
    parser.add_argument("--side", type=int, default=SIDE)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        html_file, folder = args.child.split(os.pathsep)
        print("RESULT", json.dumps(paste_once(Path(html_file), Path(folder))), flush=True)
        return
    with tempfile.TemporaryDirectory(prefix="bench-paste-") as temp:
        html_file = Path(temp) / "fragment.html"
        html_file.write_text(fragment(flat_pngs(args.pictures, args.side)), encoding="utf-8")
        size = html_file.stat().st_size
        folder = Path(temp) / "story"
        folder.mkdir()
        child = [sys.executable, "-m", "benchmarks.bench_paste_pictures",
                 "--child", f"{html_file}{os.pathsep}{folder}"]  # fmt: skip
        done = subprocess.run(child, capture_output=True, text=True, check=False)
        found = [line for line in done.stdout.splitlines() if line.startswith("RESULT ")]
        if not found:
            raise SystemExit(f"the paste did not finish:\n{done.stdout}\n{done.stderr}")
        result = json.loads(found[0].split(" ", 1)[1])
    print(f"Paste of {args.pictures} data: PNGs of {args.side}x{args.side} (flat colours), "
          f"{size / 2**20:.1f} MB of HTML")  # fmt: skip
    print(f"  until stored: {result['seconds']:.1f} s (CPU {result['cpu']:.1f} s)")
    print(f"  peak RSS: {result['peak_mb']:.0f} MB (before the paste: {result['before_mb']:.0f})")
    print(f"  pictures stored: {result['stored']}; warning boxes: {result['boxes']}, "
          f"{result['lines']} lines")  # fmt: skip
    if result["last"]:
        print(f"  the box's last line: {result['last']}")


if __name__ == "__main__":
    main()

"""Photo pipeline speed, beside a baseline measured in the same run.

    .venv/bin/python -m benchmarks.bench_photos [--quick] [--big]

1. One 12-megapixel phone photo (4000×3000 JPEG, quality 92, with EXIF/GPS/XMP) through the
   pipeline (decode, orient, sRGB, resize to 1600 px, strip, JPEG q82), beside plain Pillow
   doing the naive thing (full decode, LANCZOS resize, save). Aim: under 0.5 s.
2. Exporting an article with ten such photos as a self-contained page: the first time (empty
   cache) and again from the cache, beside the old export that embedded the originals byte for
   byte. Aims: under 3 s the first time, under 0.5 s from the cache.
3. ``--big``: one export (a ``netizen-editor export`` process, empty cache) of an article with
   twenty PNGs of 49 MP (each under the 50 MP budget, and the twenty under the export's
   gigapixel), 16 bits a channel with alpha (380 KB each, 392 MB decoded: QA35 #2, refused by
   their header) and 8 bits (196 MB decoded: the most a picture may; the export's time for its
   photos leaves the last out); wall and CPU seconds, peak memory, pictures made. Baseline: the
   same process exporting the ten 12 MP photos of 2. Aims: under 5 s for the refused ones, the
   time budget plus a picture for the others, under 1 GB.
Prints medians; the machine is shared, so compare with the baseline of the same run.
"""

from __future__ import annotations

import argparse
import base64
import io
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image

from netizen_editor.article.model import Article
from netizen_editor.export import get_exporter
from netizen_editor.photos import PhotoOptions, make_web_copy
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.photo_factory import exif_bytes, phone_jpeg

PHOTOS = 10
BIG = 20
ROOT = Path(__file__).resolve().parents[1]
#: runs a command in a child and prints its wall and CPU seconds and peak memory
MEASURE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
used = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"rc": done.returncode, "err": done.stderr, "wall": time.perf_counter() - start,
                  "cpu": used.ru_utime + used.ru_stime, "peak": used.ru_maxrss * 1024}))
"""


def median_time(fn, repeat: int, before=None) -> float:
    times = []
    for _ in range(repeat):
        if before is not None:
            before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def make_photos(folder: Path, count: int) -> list[Path]:
    """One generated 12 MP phone photo, and ``count - 1`` others that differ in a corner (so
    each has its own content hash, as real photos do)."""
    first = phone_jpeg(folder / "foto-01.jpg", size=(4000, 3000))
    base = Image.open(first)
    base.load()
    paths = [first]
    for n in range(2, count + 1):
        image = base.copy()
        image.paste((n * 20 % 255, 90, 160), (0, 0, 64, 64))
        path = folder / f"foto-{n:02}.jpg"
        image.save(path, "JPEG", quality=92, exif=exif_bytes())
        paths.append(path)
    return paths


def naive(data: bytes) -> bytes:
    image = Image.open(io.BytesIO(data))
    image = image.convert("RGB")
    image.thumbnail((1600, 1600), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=82)
    return out.getvalue()


def old_page_export(article: Article, paths: list[Path]) -> str:
    """What the page export did before: the originals base64-encoded into the page."""
    html = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    return html + "".join(base64.b64encode(p.read_bytes()).decode() for p in paths)


def export_process(article: Path, cache: Path) -> dict:
    """``netizen-editor export ARTICLE`` in a child with an empty photo cache, measured."""
    import json
    import subprocess
    import sys

    shutil.rmtree(cache, ignore_errors=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT), NETIZEN_EDITOR_CACHE_DIR=str(cache))
    out = article.parent / "out"
    out.mkdir(exist_ok=True)
    command = [sys.executable, "-m", "netizen_editor", "export", str(article), "-o", str(out)]
    done = subprocess.run([sys.executable, "-c", MEASURE, *command], capture_output=True,
                          text=True, env=env, check=True)  # fmt: skip
    return json.loads(done.stdout)


def big_pngs(work: Path, cache: Path, photos: Path) -> None:
    """Part 3: twenty PNGs of 49 MP in one export, at 16 and at 8 bits a channel."""
    from tests.hostile.image_bombs import deep_png

    print(f"\n3. one export of {BIG} PNGs of 7000×7000 RGBA (a process each, empty cache)")
    rows = [("ten 12 MP photos (baseline)", photos)]
    for depth in (16, 8):
        folder = work / f"png{depth}"
        folder.mkdir()
        body = ""
        for n in range(BIG):
            (folder / f"big{n}.png").write_bytes(deep_png(depth=depth, mark=str(n).encode()))
            body += f"![foto {n}](big{n}.png)\n\n"
        article = folder / "banyak.md"
        article.write_text(f"---\ntitle: Banyak foto\n---\n\nTeks.\n\n{body}", encoding="utf-8")
        size = (folder / "big0.png").stat().st_size
        rows.append((f"{depth}-bit, {size // 1000} KB each", article))
    for label, article in rows:
        got = export_process(article, cache)
        made = len(list((article.parent / "out").glob("*.html")))
        said = got["err"].count("warning") + got["err"].count("peringatan")
        print(f"   {label:30} wall {got['wall']:6.2f} s  CPU {got['cpu']:6.2f} s  "
              f"peak {got['peak'] / 1e6:5.0f} MB  exit {got['rc']}, {made} page, "
              f"{said} warnings")  # fmt: skip
        for line in got["err"].splitlines():
            if "time" in line or "waktu" in line:
                print(f"      {line[:160]}…")
    print(f"   load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--big", action="store_true", help="also twenty 49 MP PNGs in one export")
    args = parser.parse_args()
    repeat = 3 if args.quick else 7
    work = Path(tempfile.mkdtemp(prefix="bench-photos-"))
    cache = work / "cache"
    os.environ["NETIZEN_EDITOR_CACHE_DIR"] = str(cache)
    try:
        print(f"generating {PHOTOS} phone photos of 12 MP …", flush=True)
        paths = make_photos(work, PHOTOS)
        data = paths[0].read_bytes()
        ours = median_time(lambda: make_web_copy(data, PhotoOptions()), repeat)
        plain = median_time(lambda: naive(data), repeat)
        web = make_web_copy(data)
        print(f"\n1. one 12 MP photo ({len(data) / 1e6:.1f} MB → {len(web.data) / 1e3:.0f} KB, "
              f"{web.width}×{web.height}), median of {repeat}")  # fmt: skip
        print(f"   pipeline           {ours:6.3f} s   (aim < 0.5 s)")
        print(f"   naive Pillow       {plain:6.3f} s   ratio {ours / plain:.2f}")

        body = "\n\n".join(f"![Foto {i}]({p.name} \"Keterangan {i}. Foto: Uji\")"
                           for i, p in enumerate(paths, 1))  # fmt: skip
        text = f"---\ntitle: Sepuluh foto\nimage: {paths[0].name}\n---\nTeks.\n\n{body}\n"
        article_path = work / "artikel.md"
        article_path.write_text(text, encoding="utf-8")
        article = Article.parse(text, article_path)

        def export():
            return get_exporter("page").export(article, Settings(), BodyRenderer())

        cold = median_time(export, max(3, repeat // 2),
                           before=lambda: shutil.rmtree(cache, ignore_errors=True))  # fmt: skip
        export()
        warm = median_time(export, repeat)
        datas = [p.read_bytes() for p in paths]
        one_by_one = median_time(lambda: [make_web_copy(d) for d in datas], max(3, repeat // 2))
        old = median_time(lambda: old_page_export(article, paths), repeat)
        size = len(export().html.encode())
        old_size = len(old_page_export(article, paths).encode())
        print(f"\n2. page export with {PHOTOS} photos of 12 MP, medians")
        print(f"   first time         {cold:6.3f} s   (aim < 3 s)")
        print(f"   from the cache     {warm:6.3f} s   (aim < 0.5 s)")
        print(f"   baseline: {PHOTOS} photos through the pipeline one by one {one_by_one:6.3f} s"
              f" (first-time export / baseline {cold / one_by_one:.2f})")  # fmt: skip
        print(f"   old export (originals embedded) {old:6.3f} s")
        print(f"   load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"   page size          {size / 1e6:6.2f} MB   (old export: {old_size / 1e6:.1f} MB)")
        if args.big:
            big_pngs(work, cache, article_path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

"""Image bombs (issue 21): tiny files that cost gigabytes or seconds to decode naively.

Each case runs ``export`` and ``check`` as a child process of a small wrapper that reports the
child's peak memory (``RUSAGE_CHILDREN`` of the wrapper holds nothing else), under an address
space cap so a regression fails instead of swapping. Before the budgets (same machine): the
200-frame GIF 16–33 s and 2.1–2.6 GB, the 40,000-frame GIF over 4 GB, one near-limit WebP
1.5 GB (four: over 3 GB), the scan-bomb JPEG 5–13 s, the photo named 300 times a 92 MB page.
After: each well under a second and 100 MB.
"""

from __future__ import annotations

import base64
import io
import json
import os
import re
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PIL import Image

from tests.hostile.image_bombs import deep_png, gif_frames, lossless_webp, scan_bomb_jpeg
from tests.photo_factory import phone_jpeg

ROOT = Path(__file__).resolve().parents[2]
LIMIT_SECONDS = 5.0  # the budget per command; generous for a shared 2-core machine
LIMIT_BYTES = 1024**3  # peak memory of the command
ADDRESS_CAP = 4 * 1024**3  # a regression fails with MemoryError instead of a swap storm

WRAPPER = """
import resource, subprocess, sys, json, time
cap = int(sys.argv[1])
def limit():
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
start = time.perf_counter()
done = subprocess.run(sys.argv[2:], capture_output=True, text=True, preexec_fn=limit)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024
print(json.dumps({"rc": done.returncode, "out": done.stdout, "err": done.stderr,
                  "seconds": seconds, "peak": peak}))
"""


WARNED = r"(?:warning|peringatan): (?:image|gambar)"  # the settings' language (English here)


def run_measured(*args: str, cwd: Path) -> dict:
    """``netizen-editor ARGS`` in a child: exit code, output, seconds and peak bytes."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "netizen_editor", *args]
    done = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(ADDRESS_CAP), *command],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def outdir(folder: Path) -> str:
    """The export's output folder (made first: ``-o`` names a folder when it is one)."""
    (folder / "out").mkdir(exist_ok=True)
    return str(folder / "out")


def article(folder: Path, *images: str, featured: str = "", name: str = "bom.md") -> Path:
    lines = ["---", "title: Banjir di Jakarta"]
    if featured:
        lines.append(f"image: {featured}")
    lines += ["---", "", "Netizen.co.id - Banjir merendam Jakarta.", ""]
    lines += [f"![gambar {n}]({src})\n" for n, src in enumerate(images)]
    path = folder / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("NETIZEN_EDITOR_CACHE_DIR", str(folder))
    return folder / "photos"


def assert_bounded(result: dict, what: str) -> None:
    assert "Traceback" not in result["err"], result["err"][-3000:]
    assert result["seconds"] < LIMIT_SECONDS, (what, result["seconds"])
    assert result["peak"] < LIMIT_BYTES, (what, result["peak"] / 1e6)


def export_and_check(md: Path, names: list[str]) -> tuple[dict, dict]:
    """Export and check ``md`` in child processes; both bounded, both warn naming each of
    ``names`` with the article's file and line."""
    exported = run_measured("export", str(md), "-o", outdir(md.parent), cwd=md.parent)
    assert_bounded(exported, "export")
    assert exported["rc"] == 0, exported["err"]
    assert (md.parent / "out" / (md.stem + ".html")).is_file()
    checked = run_measured("check", str(md), cwd=md.parent)
    assert_bounded(checked, "check")
    for name in names:
        assert re.search(rf"{re.escape(str(md))}:\d+: {WARNED} '{re.escape(name)}'",
                         exported["err"]), exported["err"]  # fmt: skip
        assert f"image '{name}'" in checked["out"], checked["out"]
    return exported, checked


def test_a_gif_of_200_one_pixel_frames_on_a_1600_canvas_keeps_its_first_frame(tmp_path):
    (tmp_path / "anim.gif").write_bytes(gif_frames(200))
    assert (tmp_path / "anim.gif").stat().st_size < 5000
    md = article(tmp_path, "anim.gif")
    exported, _ = export_and_check(md, ["anim.gif"])
    assert "only its first frame" in exported["err"]  # the settings say English (conftest)
    html = (tmp_path / "out" / "bom.html").read_text(encoding="utf-8")
    assert "data:image/" in html  # the first frame is still shown


def test_a_gif_of_40000_frames_is_bounded_too(tmp_path):
    (tmp_path / "anim.gif").write_bytes(gif_frames(40_000))
    exported, _ = export_and_check(article(tmp_path, "anim.gif"), ["anim.gif"])
    assert "only its first frame" in exported["err"]


def test_four_lossless_webps_near_pillows_pixel_limit_are_refused_by_name(tmp_path):
    names = []
    for n in range(4):  # four different files: the cache cannot make them one
        names.append(f"w{n}.webp")
        (tmp_path / names[-1]).write_bytes(lossless_webp(9459 - n, 9459))
        assert (tmp_path / names[-1]).stat().st_size < 64
    exported, _ = export_and_check(article(tmp_path, *names), names)
    assert exported["err"].count("megapixels") == 4
    html = (tmp_path / "out" / "bom.html").read_text(encoding="utf-8")
    assert "w0.webp" not in html  # refused: left out, not pointed at (it is not taken along)


def test_a_progressive_jpeg_with_its_last_scan_repeated_400_times_is_refused(tmp_path):
    (tmp_path / "scans.jpg").write_bytes(scan_bomb_jpeg(400))
    exported, checked = export_and_check(article(tmp_path, "scans.jpg"), ["scans.jpg"])
    assert "410 JPEG scans" in exported["err"] and "410 JPEG scans" in checked["out"]


def test_pngs_of_16_bits_a_channel_under_the_pixel_budget_are_refused_by_their_bytes(tmp_path):
    """QA35 #2: 380 KB each, 49 MP (under 50), but 392 MB decoded; twenty took 56 s and
    1.24 GB in one export. Each is now refused by its header, naming it."""
    names = []
    for n in range(4):  # different bytes: the cache cannot make them one
        names.append(f"deep{n}.png")
        (tmp_path / names[-1]).write_bytes(deep_png(mark=str(n).encode()))
    exported, checked = export_and_check(article(tmp_path, *names), names)
    assert exported["err"].count("of 64 bits decode to 392 MB, limit 200 MB") == 4
    assert checked["out"].count("decode to 392 MB") == 4


def test_one_photo_named_300_times_is_embedded_once(tmp_path):
    phone_jpeg(tmp_path / "foto.jpg", size=(4000, 3000))
    md = article(tmp_path, *["foto.jpg"] * 299, featured="foto.jpg")
    out = tmp_path / "out"
    exported = run_measured("export", str(md), "-o", outdir(tmp_path), cwd=tmp_path)
    assert_bounded(exported, "export")
    assert exported["rc"] == 0 and "warning" not in exported["err"], exported["err"]
    html = (out / "bom.html").read_text(encoding="utf-8")
    assert html.count(";base64,") == 1
    assert html.count('#nz-image-1"') == 301  # 300 placeholders and the one <style> rule
    assert len(html) < 1_500_000  # was 457 MB for the photo (92 MB for this one)
    assert_bounded(run_measured("check", str(md), cwd=tmp_path), "check")


def test_the_page_budget_counts_every_reference(tmp_path, monkeypatch):
    """Two different photos each named once fill a small budget: the second is refused by
    name, even though the same photo named twice costs its bytes once."""
    from netizen_editor.article.model import Article
    from netizen_editor.export import get_exporter
    from netizen_editor.export import images as export_images
    from netizen_editor.publish.body import BodyRenderer
    from netizen_editor.settings import Settings

    phone_jpeg(tmp_path / "a.jpg", size=(1600, 1200))
    phone_jpeg(tmp_path / "b.jpg", size=(1600, 1200), seed=2)
    md = article(tmp_path, "a.jpg", "a.jpg", "a.jpg", "b.jpg")
    page = get_exporter("page")
    parsed = Article.parse(md.read_text(encoding="utf-8"), md)
    result = page.export(parsed, Settings(), BodyRenderer())
    one = len(base64.b64decode(re.search(r"url\(data:[^,]+,([^)]+)\)", result.html).group(1)))
    monkeypatch.setattr(export_images, "EMBED_BUDGET_BYTES", one + one // 2)
    result = page.export(parsed, Settings(), BodyRenderer())
    assert [w for w in result.warnings if "budget" in w and "'b.jpg'" in w], result.warnings
    assert 'src="b.jpg"' in result.html and result.html.count(";base64,") == 1


# -- the cache ---------------------------------------------------------------------------------
def _photo_article(tmp_path: Path) -> tuple[Path, bytes]:
    phone_jpeg(tmp_path / "foto.jpg", size=(800, 600))
    return article(tmp_path, "foto.jpg"), (tmp_path / "foto.jpg").read_bytes()


def _entry(cache: Path, data: bytes) -> tuple[Path, Path]:
    from netizen_editor.photos.cache import content_key
    from netizen_editor.photos.options import PhotoOptions

    key = content_key(data, PhotoOptions())
    return cache / f"{key}.json", cache / f"{key}.img"


def _export_in_child(md: Path) -> dict:
    result = run_measured("export", str(md), "-o", outdir(md.parent), cwd=md.parent)
    assert_bounded(result, "export")
    assert result["rc"] == 0 and "warning" not in result["err"], result["err"]
    html = (md.parent / "out" / (md.stem + ".html")).read_text(encoding="utf-8")
    (data,) = re.findall(r'src="data:image/jpeg;base64,([^"]+)"', html)
    Image.open(io.BytesIO(base64.b64decode(data))).load()  # a real picture, not the junk
    return result


@pytest.mark.parametrize(
    "damage",
    ["bad json", "wrong types", "fifo record", "fifo image", "hash mismatch", "symlink image"],
)
def test_a_corrupt_cache_entry_is_ignored_and_rebuilt(tmp_path, private_cache, damage):
    md, data = _photo_article(tmp_path)
    _export_in_child(md)  # fills the cache
    record, image = _entry(private_cache, data)
    assert record.is_file() and image.is_file()
    if damage == "bad json":
        record.write_text('{"format": "JPEG", ', encoding="utf-8")
    elif damage == "wrong types":
        fields = json.loads(record.read_text(encoding="utf-8"))
        fields.update(width="1600", source_size=[1, "x"], removed={"gps": 1}, length=-1)
        record.write_text(json.dumps(fields), encoding="utf-8")
    elif damage == "fifo record":
        record.unlink()
        os.mkfifo(record)
    elif damage == "fifo image":
        image.unlink()
        os.mkfifo(image)
    elif damage == "hash mismatch":
        junk = bytearray(image.read_bytes())
        junk[len(junk) // 2] ^= 0xFF
        image.write_bytes(bytes(junk))
    elif damage == "symlink image":
        secret = tmp_path / "secret.bin"
        secret.write_bytes(image.read_bytes())
        image.unlink()
        image.symlink_to(secret)
    _export_in_child(md)  # must not hang on a FIFO, nor trace back, nor use the junk
    assert record.is_file() and not record.is_symlink()  # made again
    assert image.is_file() and not image.is_symlink()


def test_cache_reads_check_types_and_hashes_in_process(private_cache):
    from netizen_editor.photos import cache
    from netizen_editor.photos.options import PhotoOptions

    data = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(data, "PNG")
    first = cache.cached_web_copy(data.getvalue())
    record, _ = _entry(private_cache, data.getvalue())
    assert cache._load(record.stem) == first
    for bad in ([], {"format": "JPEG"}, {**json.loads(record.read_text()), "notes": [1]}):
        record.write_text(json.dumps(bad), encoding="utf-8")
        assert cache._load(record.stem) is None
    assert cache.cached_web_copy(data.getvalue(), PhotoOptions()) == first  # rebuilt


# -- check -----------------------------------------------------------------------------------
def test_check_never_opens_proc_self_environ_through_the_images_folder(tmp_path, monkeypatch):
    settings = Path(os.environ["NETIZEN_EDITOR_CONFIG_DIR"]) / "settings.toml"
    settings.write_text('ui_language = "en"\nimages_folder = "/"\n', encoding="utf-8")
    climb = "../" * 40 + "proc/self/environ"  # reaches the images folder "/" as written
    md = article(tmp_path, featured=climb)
    checked = run_measured("check", str(md), cwd=tmp_path)
    assert_bounded(checked, "check")
    assert re.search(rf":3:1: warning: image-size: image '{re.escape(climb)}' cannot be used",
                     checked["out"]), checked["out"]  # fmt: skip
    exported = run_measured("export", str(md), "-o", outdir(tmp_path), cwd=tmp_path)
    assert_bounded(exported, "export")
    assert "Traceback" not in exported["err"]

    # in process: no file under /proc is ever opened
    from netizen_editor.checks.cli import check_main

    opened: list[str] = []
    real_open = os.open

    def spy(path, *args, **kwargs):
        opened.append(os.fsdecode(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", spy)
    check_main([str(md)])
    assert not [p for p in opened if p.startswith("/proc")], opened


def test_check_measures_images_the_export_may_use_and_names_a_fifo(tmp_path):
    from netizen_editor.checks.imagefiles import ImageFile, find_image
    from netizen_editor.photos.source import SourceRejected

    phone_jpeg(tmp_path / "foto.jpg", size=(640, 480))
    os.mkfifo(tmp_path / "pipa.jpg")
    md = tmp_path / "a.md"
    found = find_image("foto.jpg", md)
    assert isinstance(found, ImageFile) and found.size == (640, 480) and found.problem is None
    start = time.perf_counter()
    refused = find_image("pipa.jpg", md)  # never blocks on the FIFO
    assert time.perf_counter() - start < 1
    assert isinstance(refused, SourceRejected) and refused.reason == SourceRejected.NOT_REGULAR
    assert find_image("hilang.jpg", md) is None


# -- Pillow's own warnings --------------------------------------------------------------------
def damaged_exif_jpeg(path: Path) -> Path:
    """A JPEG whose EXIF names a tag past the end of its data: Pillow warns on reading it."""
    tiff = b"MM\x00*" + struct.pack(">IH", 8, 1) + struct.pack(">HHII", 0x010F, 2, 100, 4096)
    Image.new("RGB", (64, 48), (200, 30, 30)).save(
        path, "JPEG", exif=b"Exif\x00\x00" + tiff + b"\x00" * 4
    )
    return path


def test_pillows_warnings_are_the_apps_messages_not_stderr_text(tmp_path):
    damaged_exif_jpeg(tmp_path / "rusak.jpg")
    md = article(tmp_path, "rusak.jpg")
    exported = run_measured("export", str(md), "-o", outdir(tmp_path), cwd=tmp_path)
    assert_bounded(exported, "export")
    lines = exported["err"].splitlines()
    assert not [line for line in lines if "Warning:" in line and "bom.md" not in line], lines
    assert any(re.search(f"{WARNED} 'rusak.jpg' is damaged", line) for line in lines), lines


def test_pillows_warnings_become_notes_in_parallel_threads_too(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    from netizen_editor.photos.pipeline import make_web_copy

    bad = damaged_exif_jpeg(tmp_path / "rusak.jpg").read_bytes()
    good = io.BytesIO()
    Image.new("RGB", (64, 48), (20, 30, 200)).save(good, "JPEG")
    inputs = [bad, good.getvalue()] * 8
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(make_web_copy, inputs))
    for data, web in zip(inputs, results, strict=True):
        damaged = [note for note in web.notes if note.startswith("damaged:")]
        assert bool(damaged) == (data is bad), web.notes

"""Exports take along only real images from the article's folder, as web copies; nothing
else on the machine ever reaches an output, whatever the article says."""

from __future__ import annotations

import base64
import hashlib
import html as html_lib
import io
import os
import re
import socket
from pathlib import Path

import pytest
from PIL import Image

from netizen_editor.article.model import Article
from netizen_editor.export import export_article, get_exporter
from netizen_editor.export import images as export_images
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.photo_factory import SERIAL, phone_jpeg

# each test has its own photo cache, and reads the English messages (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("private_cache", "english")

CANARY = "CANARY-5e1f-do-not-publish"
FORMATS = ("page", "blogger", "atom")


def article_text(image: str, body: str) -> str:
    return f"---\ntitle: Uji\nimage: {image}\n---\nTeks pembuka.\n\n{body}\n"


def export(path: Path, fmt: str, settings: Settings | None = None, out: Path | None = None):
    article = Article.parse(path.read_text(encoding="utf-8"), path)
    return get_exporter(fmt).export(article, settings or Settings(), BodyRenderer(), out)


def everything(result) -> bytes:
    """All bytes an export would write: the main file, side files and image files."""
    parts = [result.html.encode(), *(t.encode() for t in result.side_files.values())]
    parts += list(result.assets.values())
    blob = b"\n".join(parts)
    for data_uri in re.findall(rb"data:[^;\"]+;base64,([A-Za-z0-9+/=]+)", blob):
        blob += base64.b64decode(data_uri)
    return blob


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    """An article folder full of traps around a canary file outside it."""
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text(CANARY)
    phone_jpeg(outside / "elsewhere.jpg", size=(400, 300))
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    (folder / "foto.jpg").symlink_to(secret)  # a symlink named like a photo
    (folder / "luar.jpg").symlink_to(outside / "elsewhere.jpg")  # a real photo, outside
    (folder / "teks.jpg").write_text(CANARY)  # text named like a photo, inside
    os.mkfifo(folder / "pipa.jpg")  # a FIFO would hang a naive reader
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(folder / "soket.jpg"))  # a socket named like a photo
    body = "\n\n".join(
        f"![x{i}]({src})"
        for i, src in enumerate(
            [
                "/etc/passwd",
                "../../outside/secret.txt",
                "foto.jpg",
                "/proc/self/environ",
                "luar.jpg",
                "teks.jpg",
                "pipa.jpg",
                "soket.jpg",
                f"file://{secret}",
                "/dev/zero",
                "javascript:alert(1)",
            ]
        )
    )
    path = folder / "artikel.md"
    path.write_text(article_text(f"file://{secret}", body), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_trick_gets_a_local_file_into_any_export(hostile, fmt, tmp_path):
    passwd = Path("/etc/passwd").read_bytes()[:24]
    environ = Path("/proc/self/environ").read_bytes()[:40]
    result, written = export_article(
        Article.parse(hostile.read_text(), hostile), tmp_path / f"keluar.{fmt}", fmt, Settings()
    )
    blob = everything(result)
    for leaked in (CANARY.encode(), passwd, environ, SERIAL.encode()):
        assert leaked not in blob
    for path in written:
        assert CANARY.encode() not in path.read_bytes()
    assert result.images == [] and set(result.assets) <= set()
    text = "\n".join(result.warnings)
    lines = hostile.read_text().splitlines()
    for src, reason in [
        ("/etc/passwd", "outside the article's folder"),
        ("../../outside/secret.txt", "outside the article's folder"),
        ("foto.jpg", "outside the article's folder"),
        ("/proc/self/environ", "not a regular file"),
        ("luar.jpg", "outside the article's folder"),
        ("teks.jpg", "not an image"),
        ("pipa.jpg", "not a regular file"),
        ("soket.jpg", "not a regular file"),
        ("/dev/zero", "not a regular file"),
    ]:
        line = next(i for i, t in enumerate(lines, 1) if f"]({src})" in t)
        assert f"{hostile}:{line}: warning: image '{src}' " in text, src
        assert reason in next(w for w in result.warnings if f"'{src}'" in w)
    assert f"{hostile}:3: warning: image 'file://" in text  # the front matter image
    assert "javascript:" not in result.html


@pytest.mark.parametrize("fmt", FORMATS)
def test_refused_body_images_are_left_out(hostile, fmt):
    # on the reporter's computer a relative reference would still show the file; uploaded,
    # it breaks: the output names none of them, as the warnings say
    html = html_lib.unescape(export(hostile, fmt).html)
    for src in ("../../outside/secret.txt", "teks.jpg", "luar.jpg", "foto.jpg", "pipa.jpg",
                "/etc/passwd", "/dev/zero", "file://"):  # fmt: skip
        assert f'src="{src}' not in html, src
    assert 'alt="x1"' not in html and 'alt="x5"' not in html


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_refused_photo_is_left_out_with_its_figure_and_a_found_one_stays(tmp_path, fmt):
    folder = tmp_path / "artikel"
    folder.mkdir()
    phone_jpeg(tmp_path / "luar.jpg", size=(400, 300))
    phone_jpeg(folder / "ada.jpg", size=(400, 300))
    body = (
        '![Tanggul](../luar.jpg "Tanggul jebol. Foto: Andi")\n\n'
        '![Warga](ada.jpg "Warga mengungsi. Foto: Budi")\n\n'
        "Di tengah ![kecil](hilang.jpg) kalimat.\n\n"
        "![lepas](../luar.jpg)\n"
    )
    path = folder / "a.md"
    path.write_text(article_text("https://contoh.id/u.jpg", body), encoding="utf-8")
    result = export(path, fmt, out=tmp_path / f"keluar.{fmt}")
    html = html_lib.unescape(result.html)
    assert "luar.jpg" not in html and "hilang.jpg" not in html
    assert "Tanggul" not in html and "Foto: Andi" not in html  # no caption of an unseen photo
    assert 'alt="kecil"' not in html and 'alt="lepas"' not in html
    assert "Di tengah kalimat." in html  # the sentence around it stays
    assert 'alt="Warga"' in html and "Warga mengungsi." in html and "Foto: Budi" in html
    assert len(result.warnings) == 2  # each refused file is said once, at its line


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_link_around_only_a_refused_photo_goes_with_it(tmp_path, fmt):
    folder = tmp_path / "artikel"
    folder.mkdir()
    phone_jpeg(tmp_path / "luar.jpg", size=(400, 300))
    body = (
        "[![Tanggul](../luar.jpg)](https://contoh.id/galeri)\n\n"
        "Di tengah [![kecil](hilang.jpg)](https://contoh.id/kecil) kalimat.\n\n"
        "[Lihat ![lepas](../luar.jpg) galeri](https://contoh.id/lihat)\n"
    )
    path = folder / "a.md"
    path.write_text(article_text("https://contoh.id/u.jpg", body), encoding="utf-8")
    html = html_lib.unescape(export(path, fmt, out=tmp_path / f"keluar.{fmt}").html)
    assert "luar.jpg" not in html and "hilang.jpg" not in html
    assert "contoh.id/galeri" not in html and "contoh.id/kecil" not in html  # no empty link
    assert "Di tengah kalimat." in html
    assert re.search(r'<a href="https://contoh.id/lihat"[^>]*>Lihat galeri</a>', html)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_refused_featured_image_is_left_out(tmp_path, fmt):
    folder = tmp_path / "artikel"
    folder.mkdir()
    phone_jpeg(tmp_path / "luar.jpg", size=(400, 300))
    path = folder / "a.md"
    path.write_text(article_text("../luar.jpg", "Isi."), encoding="utf-8")
    result = export(path, fmt, out=tmp_path / f"keluar.{fmt}")
    assert "luar.jpg" not in html_lib.unescape(result.html)
    assert '<figure class="featured-image"' not in html_lib.unescape(result.html)
    assert "outside the article's folder" in result.warnings[0]


def test_front_matter_image_goes_through_the_same_scheme_filter(tmp_path):
    path = tmp_path / "a.md"
    for bad in ("javascript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"):
        path.write_text(article_text(bad, "Teks."), encoding="utf-8")
        for fmt in FORMATS:
            result = export(path, fmt)
            assert bad.split(":")[0] + ":" not in result.html.replace("http:", "")
            assert any("only web addresses and local image files" in w for w in result.warnings)


def test_a_remote_featured_image_is_kept(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(article_text("https://cdn.example/f.jpg", "Teks."), encoding="utf-8")
    for fmt in FORMATS:
        result = export(path, fmt)
        assert "https://cdn.example/f.jpg" in result.html and result.warnings == []


@pytest.fixture
def photo_article(tmp_path: Path) -> Path:
    folder = tmp_path / "berita"
    (folder / "foto").mkdir(parents=True)
    phone_jpeg(folder / "foto" / "a.jpg", size=(1800, 2400), orientation=6)
    phone_jpeg(folder / "foto" / "b.jpg", size=(2000, 1500), seed=2)
    path = folder / "banjir.md"
    body = '![A](./foto/a.jpg)\n\n![A lagi](././foto/a.jpg)\n\n![B](foto/b.jpg "Air. Foto: Andi")'
    path.write_text(article_text("foto/a.jpg", body), encoding="utf-8")
    return path


def decoded(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def test_page_embeds_web_copies_once_each_upright_and_without_gps(photo_article):
    originals = {
        p: hashlib.sha256(p.read_bytes()).digest() for p in photo_article.parent.rglob("*.jpg")
    }
    result = export(photo_article, "page")
    assert result.warnings == []
    assert len(result.images) == 2  # ./foto/a.jpg, ././foto/a.jpg and foto/a.jpg are one file
    # a.jpg, named three times (featured image and twice in the body), is embedded once in a
    # <style> rule that its three placeholders pick up; b.jpg once in its src
    uris = re.findall(r'(?:src="|url\()data:(image/[a-z]+);base64,([^")]+)', result.html)
    assert len(uris) == 2 and {m for m, _ in uris} == {"image/jpeg"}
    assert result.html.count('#nz-image-1"') == 4  # three <img> and the rule's selector
    for _, data in uris:
        image = decoded(base64.b64decode(data))
        assert max(image.size) <= 1600 and not image.getexif()
    sizes = {decoded(base64.b64decode(d)).size for _, d in uris}
    assert sizes == {(1200, 1600), (1600, 1200)}  # a.jpg upright (portrait), b.jpg landscape
    smallest = min(p.stat().st_size for p in originals)
    assert all(len(base64.b64decode(d)) < smallest / 2 for _, d in uris)
    assert originals == {p: hashlib.sha256(p.read_bytes()).digest() for p in originals}


def test_the_embed_budget_stops_a_page_growing_with_a_clear_warning(photo_article, monkeypatch):
    monkeypatch.setattr(export_images, "EMBED_BUDGET_BYTES", 150_000)
    result = export(photo_article, "page")
    assert any("budget" in w and "foto/b.jpg" in w for w in result.warnings), result.warnings
    assert 'src="foto/b.jpg"' in result.html


def test_an_image_over_the_size_limit_is_too_large_not_missing(tmp_path):
    big = tmp_path / "besar.jpg"
    with big.open("wb") as handle:  # sparse: the size is what counts, nothing is read
        handle.truncate(80 * 1024 * 1024)
    path = tmp_path / "a.md"
    path.write_text(article_text("", "![x](besar.jpg)"), encoding="utf-8")
    result = export(path, "page")
    assert len(result.warnings) == 1 and "too large (83.9 MB, limit 67 MB)" in result.warnings[0]
    assert "not there" not in result.warnings[0]


def test_a_missing_image_is_reported_as_not_found(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(article_text("", "![x](hilang.jpg)"), encoding="utf-8")
    assert export(path, "page").warnings == [
        f"{path}:7: warning: image 'hilang.jpg' is not used: the file is not there"
    ]


def test_a_warning_names_the_line_of_the_image_not_of_a_longer_address(tmp_path):
    """``tanggul.jpg`` is not the line of ``../arsip/tanggul.jpg`` above it."""
    (tmp_path / "arsip").mkdir()
    phone_jpeg(tmp_path / "arsip" / "tanggul.jpg", size=(300, 200))
    path = tmp_path / "tulisan" / "a.md"
    path.parent.mkdir()
    body = "![a](../arsip/tanggul.jpg)\n\nParagraf.\n\n![b](tanggul.jpg)"
    path.write_text(article_text("", body), encoding="utf-8")
    warnings = export(path, "page").warnings
    assert (
        f"{path}:11: warning: image 'tanggul.jpg' is not used: the file is not there" in warnings
    ), warnings


def test_an_images_folder_from_the_settings_is_allowed(tmp_path):
    library = tmp_path / "arsip"
    library.mkdir()
    photo = phone_jpeg(library / "x.jpg", size=(300, 200))
    path = tmp_path / "tulisan" / "a.md"
    path.parent.mkdir()
    path.write_text(article_text("", f"![x]({photo})"), encoding="utf-8")
    assert "outside" in export(path, "page").warnings[0]
    result = export(path, "page", Settings(images_folder=str(library)))
    assert result.warnings == [] and "data:image/jpeg;base64," in result.html


@pytest.mark.parametrize("fmt", ["blogger", "atom"])
def test_blogger_and_atom_write_web_copies_beside_the_output_and_list_them(
    photo_article, fmt, tmp_path
):
    out = tmp_path / "kirim" / "pos.xml"
    out.parent.mkdir()
    article = Article.parse(photo_article.read_text(), photo_article)
    result, _ = export_article(article, out, fmt, Settings())
    folder = out.parent / "pos_images"
    assert sorted(p.name for p in folder.iterdir()) == ["a.jpg", "b.jpg", "share-1200x630.jpg"]
    for name in ("a.jpg", "b.jpg"):
        image = decoded((folder / name).read_bytes())
        assert image.format == "JPEG" and max(image.size) == 1600 and not image.getexif()
    share = decoded((folder / "share-1200x630.jpg").read_bytes())
    assert share.size == (1200, 630) and not share.getexif()
    body = result.html if fmt == "blogger" else result.html.replace("&quot;", '"')
    srcs = re.findall(r'src=(?:"|&quot;)(pos_images/[^"&]+)', body)
    assert set(srcs) == {"pos_images/a.jpg", "pos_images/b.jpg"}
    notes = (
        out.parent / ("pos.post.txt" if fmt == "blogger" else "pos.blogger.post.txt")
    ).read_text()
    assert "  - pos_images/a.jpg  (1200×1600" in notes and "from foto/a.jpg)" in notes
    assert "  - pos_images/b.jpg  (1600×1200" in notes
    share_line = "Share image (og:image, 1200×630, the featured photo cropped): "
    assert share_line + "pos_images/share-1200x630.jpg" in notes
    assert str(photo_article.parent) not in notes  # the notes name the web copies, not originals


def test_two_photos_with_one_name_get_two_upload_names(tmp_path):
    folder = tmp_path / "art"
    for sub in ("x", "y"):
        (folder / sub).mkdir(parents=True)
        phone_jpeg(folder / sub / "foto.jpg", size=(300, 200), seed=ord(sub))
    path = folder / "a.md"
    path.write_text(article_text("", "![1](x/foto.jpg)\n\n![2](y/foto.jpg)"), encoding="utf-8")
    result = export(path, "blogger")
    # and the share image cut from the first (no featured photo)
    assert sorted(result.assets) == [
        "a_images/foto-2.jpg", "a_images/foto.jpg", "a_images/share-1200x630.jpg"
    ]  # fmt: skip


def test_warnings_are_in_indonesian_by_default(tmp_path, indonesian):
    path = tmp_path / "a.md"
    path.write_text(article_text("", "![x](/etc/passwd)"), encoding="utf-8")
    reason = "tidak dipakai: berada di luar folder artikel"
    assert export(path, "page").warnings == [f"{path}:7: peringatan: gambar '/etc/passwd' {reason}"]


def test_web_copies_never_overwrite_originals_in_a_folder_of_the_same_name(tmp_path):
    folder = tmp_path / "art"
    (folder / "pos_images").mkdir(parents=True)
    original = phone_jpeg(folder / "pos_images" / "foto.jpg", size=(2000, 1500))
    before = original.read_bytes()
    path = folder / "pos.md"
    path.write_text(article_text("", "![x](pos_images/foto.jpg)"), encoding="utf-8")
    out = folder / "pos.html"
    result, written = export_article(Article.parse(path.read_text(), path), out, "blogger",
                                     Settings())  # fmt: skip
    assert original.read_bytes() == before
    assert folder / "pos_images-2" / "foto.jpg" in written
    assert 'src="pos_images-2/foto.jpg"' in result.html


def test_an_iphone_heic_is_exported_as_a_jpeg_without_gps(tmp_path):
    from tests.photo_factory import DATA

    folder = tmp_path / "iphone"
    folder.mkdir()
    heic = folder / "IMG_0001.HEIC"
    heic.write_bytes((DATA / "gps_serial_1800x1200.heic").read_bytes())
    path = folder / "a.md"
    path.write_text(article_text("", "![x](IMG_0001.HEIC)"), encoding="utf-8")
    result = export(path, "blogger")
    assert list(result.assets) == ["a_images/IMG_0001.jpg", "a_images/share-1200x630.jpg"]
    image = decoded(result.assets["a_images/IMG_0001.jpg"])
    assert image.format == "JPEG" and image.size == (1600, 1067) and not image.getexif()
    page = export(path, "page")
    assert page.warnings == [] and "data:image/jpeg;base64," in page.html


def test_a_file_url_inside_the_article_folder_is_a_local_image_like_any_other(tmp_path):
    photo = phone_jpeg(tmp_path / "utama.jpg", size=(800, 600))
    path = tmp_path / "a.md"
    path.write_text(article_text(photo.as_uri(), "Teks."), encoding="utf-8")
    result = export(path, "page")
    assert result.warnings == [] and result.images == [photo]
    assert "data:image/jpeg;base64," in result.html and "file:" not in result.html


def test_a_featured_photo_whose_share_image_fails_says_so_and_is_still_used(tmp_path, monkeypatch):
    from netizen_editor.photos import cache
    from netizen_editor.photos.source import SourceRejected

    def refused(*_args):
        raise SourceRejected(SourceRejected.TOO_LARGE, detail="over the export's decoding budget")

    monkeypatch.setattr(cache, "cached_share_image", refused)
    phone_jpeg(tmp_path / "utama.jpg", size=(1600, 900))
    path = tmp_path / "a.md"
    path.write_text(article_text("utama.jpg", "Paragraf."), encoding="utf-8")
    result = export(path, "blogger")
    assert result.warnings == [
        f"{path}:3: warning: image 'utama.jpg' is not used as the share image: it is too large "
        "(over the export's decoding budget)"
    ]
    assert "utama.jpg" in " ".join(result.assets)

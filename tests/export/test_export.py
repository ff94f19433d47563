from __future__ import annotations

import base64
import html as html_lib
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.export import export_article, get_exporter
from netizen_editor.paths import sample_article_path
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import AdSlots, Settings

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)

ARTICLE = """---
title: Banjir di Jakarta
summary: Ringkasan <banjir> & genangan.
author: Andi
editor: Budi
date: 2024-01-04T07:30:00+07:00
labels: [Nasional, Cuaca]
dateline: Jakarta
image: foto/utama.png
image_caption: Genangan di Kampung Melayu
image_credit: Antara
---
Hujan deras mengguyur Jakarta sejak pagi.

[[ad]]

Baca juga: [Peringatan BMKG](https://netizen.co.id/bmkg)

![Warga](foto/warga.png "Warga mengungsi. Foto: Andi")

<!--more-->

Petugas masih berjaga.
"""


class Texts(HTMLParser):
    """Collects visible text in document order and the URLs the page would load."""

    def __init__(self):
        super().__init__()
        self.text: list[str] = []
        self.loads: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "head"):
            self._skip += 1
            if attrs.get("src"):
                self.loads.append(attrs["src"])
        if tag in ("img", "iframe", "video", "audio", "source") and attrs.get("src"):
            self.loads.append(attrs["src"])
        if tag == "link" and attrs.get("href") and attrs.get("rel") != "canonical":
            self.loads.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head"):
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.text.append(data.strip())


def parse(html: str) -> Texts:
    parser = Texts()
    parser.feed(html)
    return parser


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    (tmp_path / "foto").mkdir()
    (tmp_path / "foto" / "utama.png").write_bytes(PNG)
    (tmp_path / "foto" / "warga.png").write_bytes(PNG)
    path = tmp_path / "banjir.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def export(path: Path, fmt: str, settings: Settings | None = None):
    article = Article.parse(path.read_text(encoding="utf-8"), path)
    return get_exporter(fmt).export(article, settings or Settings(), BodyRenderer())


def test_page_is_self_contained_and_requests_nothing(article_file):
    result = export(article_file, "page")
    html = result.html
    assert html.startswith("<!DOCTYPE html>")
    assert "<style" in html
    # the only link element is the canonical address, which loads nothing
    assert re.findall(r"<link\b[^>]*>", html) == [
        '<link rel="canonical" href="https://netizen.co.id/2024/01/banjir-di-jakarta.html">'
    ]
    loads = parse(html).loads
    assert loads and all(src.startswith("data:image/png;base64,") for src in loads)
    assert not re.search(r"""(src|href)=["']?(https?:)?//[^"']*\.(js|css|png|jpg)""", html)
    assert result.warnings == []


def test_page_has_title_description_open_graph_and_json_ld(article_file):
    html = export(article_file, "page").html
    assert "<title>Banjir di Jakarta - Netizen.co.id</title>" in html
    assert '<meta name="description" content="Ringkasan &lt;banjir&gt; &amp; genangan.">' in html
    assert '<meta property="og:title" content="Banjir di Jakarta">' in html
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    import json

    data = json.loads(m.group(1))
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Banjir di Jakarta"
    assert data["author"]["name"] == "Andi"
    assert data["datePublished"].startswith("2024-01-04T07:30:00")


def test_page_follows_the_seed_layout(article_file):
    text = parse(export(article_file, "page").html).text
    joined = " | ".join(text)
    order = [
        "Page Nav",
        "HIDE",
        "Netizen.co.id",
        "Pages",
        "Banjir di Jakarta",
        "Kamis, 4 Januari 2024",
        "Ringkasan <banjir> & genangan.",
        "JAKARTA, Netizen.co.id",
        "Hujan deras",
        "Petugas masih berjaga.",
        "Editor: Budi",
    ]
    positions = [joined.find(item) for item in order]
    assert -1 not in positions, dict(zip(order, positions, strict=True))
    assert positions == sorted(positions)


def test_export_never_shows_ad_placeholders(article_file):
    html = export(article_file, "page").html
    assert "Responsive Ad" not in html and not re.search(r'class="[^"]*ad-placeholder', html)
    assert "adsbygoogle" not in html and "ad-slot" not in html.split("</style>")[1]


def test_ads_become_adsense_units_when_ids_are_set(article_file):
    settings = Settings(adsense_client="ca-pub-99", ad_slots=AdSlots("1", "2", "3"))
    html = export(article_file, "page", settings).html
    assert html.count('<ins class="adsbygoogle"') == 3
    assert "pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-99" in html
    assert 'data-ad-slot="3" data-ad-layout="in-article" data-ad-format="fluid"' in html


@pytest.mark.usefixtures("english")  # the post settings' English words
def test_blogger_body_has_no_document_wrapper_and_keeps_the_jump_break(article_file):
    result = export(article_file, "blogger")
    html = result.html
    for tag in ("<html", "<head", "<body", "<!DOCTYPE"):
        assert tag not in html
    assert "<!--more-->" in html
    assert "Responsive Ad" not in html
    # the web copies are written beside the output and the body refers to them there
    assert 'src="banjir_images/warga.png"' in html
    assert set(result.assets) == {
        "banjir_images/warga.png",
        "banjir_images/utama.png",
        "banjir_images/share-1200x630.jpg",  # the featured image cropped for og:image
    }
    assert "data-line" not in html
    settings_text = result.side_files[".post.txt"]
    assert "Title: Banjir di Jakarta" in settings_text
    assert "Labels: Nasional, Cuaca" in settings_text
    assert "Permalink (custom): banjir-di-jakarta" in settings_text
    assert "Search description: Ringkasan <banjir> & genangan." in settings_text
    assert "banjir_images/warga.png  (1×1, 0 KB; from foto/warga.png)" in settings_text
    assert "banjir_images/utama.png  (1×1, 0 KB; from foto/utama.png)" in settings_text


def test_blogger_with_ads_uses_adsense_units(article_file):
    settings = Settings(adsense_client="ca-pub-99", ad_slots=AdSlots(in_article="3"))
    html = export(article_file, "blogger", settings).html
    assert html.count('<ins class="adsbygoogle"') == 1  # top/bottom have no slot IDs


def test_missing_image_is_a_warning_with_the_line(article_file, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "en")
    (article_file.parent / "foto" / "warga.png").unlink()
    result = export(article_file, "page")
    assert result.warnings == [
        f"{article_file}:19: warning: image 'foto/warga.png' is not used: the file is not there"
    ]
    # as the warning says: the page does not point at a photo that is not there
    assert "foto/warga.png" not in result.html


@pytest.mark.parametrize("fmt", ["page", "blogger", "atom"])
def test_a_spiked_story_is_exported_with_a_warning_on_its_status_line(tmp_path, fmt, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "en")
    path = tmp_path / "persib.md"
    path.write_text("---\ntitle: Persib Menang\nstatus: Spiked\n---\nPersib menang.\n")
    [warning] = export(path, fmt).warnings
    assert warning.startswith(f"{path}:3: the story is spiked (withdrawn by the desk)")
    assert warning.endswith("(warning)")  # as a repeated key's
    path.write_text("---\ntitle: Persib Menang\nstatus: ready\n---\nPersib menang.\n")
    assert export(path, fmt).warnings == []


def test_export_writes_the_files(tmp_path, article_file):
    out = tmp_path / "out" / "banjir.html"
    out.parent.mkdir()
    result, written = export_article(
        Article.parse(article_file.read_text(), article_file), out, "blogger", Settings()
    )
    folder = tmp_path / "out" / "banjir_images"
    assert written == [
        out,
        tmp_path / "out" / "banjir.post.txt",
        folder / "utama.png",
        folder / "warga.png",
        folder / "share-1200x630.jpg",
    ]
    assert out.read_text(encoding="utf-8") == result.html


def test_a_failed_side_file_puts_the_main_file_back(tmp_path, article_file, monkeypatch):
    from netizen_editor.storage import atomic

    out = tmp_path / "banjir.html"
    out.write_text("previous export", encoding="utf-8")
    real_replace = atomic._replace

    def fail_for_side_file(src, dst):
        if str(dst).endswith(".post.txt"):
            raise OSError(13, "Permission denied")
        real_replace(src, dst)

    monkeypatch.setattr(atomic, "_replace", fail_for_side_file)
    article = Article.parse(article_file.read_text(), article_file)
    with pytest.raises(atomic.SaveError):
        export_article(article, out, "blogger", Settings())
    assert out.read_text(encoding="utf-8") == "previous export"
    assert not (tmp_path / "banjir.post.txt").exists()


def test_ctrl_c_between_two_files_leaves_no_half_export(tmp_path, article_file, monkeypatch):
    """Ctrl+C (KeyboardInterrupt) after the body was written: the body is put back too, and
    no temporary file is left."""
    from netizen_editor.storage import atomic

    out = tmp_path / "banjir.html"
    out.write_text("previous export", encoding="utf-8")
    real_replace = atomic._replace

    def interrupted_at_side_file(src, dst):
        if str(dst).endswith(".post.txt"):
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(atomic, "_replace", interrupted_at_side_file)
    article = Article.parse(article_file.read_text(), article_file)
    with pytest.raises(KeyboardInterrupt):
        export_article(article, out, "blogger", Settings())
    assert out.read_text(encoding="utf-8") == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["banjir.html", "banjir.md", "foto"]


def test_skin_defaults_can_be_overridden_in_settings(article_file):
    settings = Settings(
        gradient_start="#112233", accent="#abcdef", tagline="Slogan baru", menu_pages=["Satu"]
    )
    html = export(article_file, "page", settings).html
    assert "--grad-start:#112233;" in html and "--accent:#abcdef" in html
    assert "--grad-end:#2575fc" in html  # not overridden: the skin's default
    assert "Slogan baru" in html and ">Satu</a>" in html and ">Kontak</a>" not in html
    hostile = Settings(gradient_end="red;}body{visibility:hidden")
    html = export(article_file, "page", hostile).html
    assert "visibility:hidden" not in html and "--grad-end:#000" in html


def test_sample_article_exports(tmp_path):
    article = Article.parse(sample_article_path().read_text(encoding="utf-8"))
    html = get_exporter("page").export(article, Settings(), BodyRenderer()).html
    assert "Pertemuan Putin dan Kim Jong Un Memicu Spekulasi" in html
    assert "Netizen.co.id - Netizen.co.id" not in html  # the dateline is not doubled
    assert '<strong class="dateline">JAKARTA, Netizen.co.id</strong> - Presiden Rusia' in html
    assert "Kamis, 14 September 2023" in html


def test_plain_skin_uses_its_own_template(article_file):
    html = export(article_file, "page", Settings(skin="plain")).html
    assert '<main class="plain">' in html and "Page Nav" not in html


PEDOMAN = """---
title: Kabar Belum Pasti
labels: [Advertorial]
verified: false
corrections:
  - time: 2023-09-14T10:30:00+07:00
    kind: ralat
    text: Sebelumnya tertulis Rabu (12/9), yang benar Rabu (13/9).
  - time: 2023-09-15T08:00:00+07:00
    kind: hak jawab
    text: Tanggapan <PT Contoh> atas berita ini.
    link: https://netizen.co.id/hak-jawab-pt-contoh
---
Isi berita.
"""


def test_pedoman_media_siber_notes_in_page_and_blogger(tmp_path):
    path = tmp_path / "pedoman.md"
    path.write_text(PEDOMAN, encoding="utf-8")
    for fmt in ("page", "blogger"):
        html = export(path, fmt).html
        assert "Konten ini merupakan konten berbayar" in html
        assert "masih memerlukan verifikasi lebih lanjut" in html
        ralat = html.index("<strong>Ralat</strong>")
        reply = html.index("<strong>Hak Jawab</strong>")
        assert ralat < reply  # oldest first
        assert (
            '<time datetime="2023-09-14T10:30:00+07:00">Kamis, 14 September 2023 10.30 WIB' in html
        )
        assert "Tanggapan &lt;PT Contoh&gt; atas berita ini." in html
        assert '<a href="https://netizen.co.id/hak-jawab-pt-contoh">' in html


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ("verified: nanti", "'verified' must be true or false"),
        ("corrections: salah", "'corrections' must be a list"),
        ("corrections:\n  - text: tanpa waktu", "correction 1 needs a 'time'"),
        ("corrections:\n  - time: 2023-09-14\n    text: x\n    kind: ubah", "'kind' must be"),
        (
            "corrections:\n  - time: 2023-09-14\n    text: x\n    link: javascript:alert(1)",
            "'link' must be an https:// address",
        ),
    ],
)
@pytest.mark.usefixtures("english")
def test_bad_pedoman_keys_are_reported_with_their_line(lines, message):
    from netizen_editor.errors import ArticleError

    with pytest.raises(ArticleError) as info:
        Article.parse(f"---\ntitle: x\n{lines}\n---\nIsi.", "a.md")
    assert message in info.value.message
    assert info.value.line == 3


def test_atom_import_file_for_blogger(article_file):
    import xml.etree.ElementTree as etree

    from netizen_editor.export.atom import APP, ATOM, LABEL_SCHEME

    result = export(article_file, "atom")
    assert result.html.startswith("<?xml version='1.0' encoding='UTF-8'?>")
    feed = etree.fromstring(result.html.split("\n", 1)[1])
    ns = {"a": ATOM, "app": APP}
    [entry] = feed.findall("a:entry", ns)
    assert entry.findtext("a:title", namespaces=ns) == "Banjir di Jakarta"
    assert entry.findtext("a:published", namespaces=ns) == "2024-01-04T07:30:00+07:00"
    labels = [
        c.get("term") for c in entry.findall("a:category", ns) if c.get("scheme") == LABEL_SCHEME
    ]
    assert labels == ["Nasional", "Cuaca"]
    content = entry.find("a:content", ns)
    assert content.get("type") == "html"
    assert content.text == export(article_file, "blogger").html  # the same post body
    assert entry.findtext("a:author/a:name", namespaces=ns) == "Andi"
    assert entry.find("app:control/app:draft", ns).text == "yes"  # no status: ready
    assert result.side_files == {
        ".blogger.post.txt": export(article_file, "blogger").side_files[".post.txt"]
    }


def test_atom_of_a_ready_article_is_not_a_draft(tmp_path):
    import xml.etree.ElementTree as etree

    from netizen_editor.export.atom import APP

    path = tmp_path / "siap.md"
    path.write_text("---\ntitle: Siap <Tayang> & terbit\nstatus: ready\n---\nIsi.\n", "utf-8")
    html = export(path, "atom").html
    assert "Siap &lt;Tayang&gt; &amp; terbit" in html
    feed = etree.fromstring(html.split("\n", 1)[1])
    assert feed.find(f".//{{{APP}}}control") is None


@pytest.mark.parametrize("skin", ["gradient", "plain"])
def test_the_blogger_featured_image_is_the_skins(skin):
    article = Article.parse(ARTICLE.replace("image_caption: Genangan di Kampung Melayu\n", ""))
    settings = Settings(skin=skin)
    html = get_exporter("blogger").export(article, settings, BodyRenderer()).html
    figure = re.search(r"<figure class=\"featured-image\">.*?</figure>", html).group(0)
    assert figure == (
        '<figure class="featured-image"><img src="foto/utama.png" alt="Banjir di Jakarta">'
        '<figcaption><span class="credit">Foto: Antara</span></figcaption></figure>'
    )
    if skin == "gradient":  # the page's header shows the same figure (the image embedded)
        page = get_exporter("page").export(article, settings, BodyRenderer()).html
        shown = re.search(r"<figure class=\"featured-image\">.*?</figure>", page).group(0)
        assert re.sub(r'src="[^"]*"', 'src=""', shown) == re.sub(r'src="[^"]*"', 'src=""', figure)


@pytest.mark.parametrize("fmt", ["page", "blogger", "atom"])
def test_a_template_never_filled_in_is_not_published(fmt, tmp_path, capsys, monkeypatch):
    from netizen_editor import i18n
    from netizen_editor.cli import main
    from netizen_editor.export import EXPORTERS

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", "en")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    article = tmp_path / "ralat.md"
    assert main(["new", "--template", "ralat", "-o", str(article)]) == 0
    assert fmt in EXPORTERS
    out = tmp_path / f"ralat-{fmt}.html"
    capsys.readouterr()
    assert main(["export", str(article), "--format", fmt, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    text = article.read_text(encoding="utf-8")
    title_line = text.splitlines().index("  Ralat: [Judul berita yang diralat]()") + 1
    assert f"{article}:{title_line}: " in err
    assert "template placeholder(s) not filled in yet" in err and "Tab" not in err  # no window
    assert not out.exists()
    # filled in, it exports
    filled = re.sub(r"\[([^\[\]\n]*)\]\(https://\)", r"[\1](https://netizen.co.id/a.html)", text)
    article.write_text(re.sub(r"\[([^\[\]\n]*)\]\(\)", "Jakarta", filled), encoding="utf-8")
    assert main(["export", str(article), "--format", fmt, "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert "JAKARTA" in html and "]()" not in html and "[Judul" not in html


@pytest.mark.parametrize("skin", ["gradient", "plain"])
@pytest.mark.parametrize("typed", ["Foto: Budi", "foto: Budi", "Photo: Budi"])
def test_a_featured_credit_typed_with_its_prefix_gets_no_second_one(skin, typed):
    article = Article.parse(ARTICLE.replace("image_credit: Antara", f"image_credit: '{typed}'"))
    html = get_exporter("blogger").export(article, Settings(skin=skin), BodyRenderer()).html
    assert f'<span class="credit">{typed}</span>' in html
    assert article.to_text().count(f"image_credit: '{typed}'") == 1  # the file keeps it


OLD_FEATURED = (  # the built-in featured image before credit_line: it wrote its own "Foto:"
    '{% if article.image %}<figure class="featured-image"><img src="{{ article.image }}">'
    '{% if article.image_credit %}<figcaption><span class="credit">Foto: '
    "{{ article.image_credit }}</span></figcaption>{% endif %}</figure>{% endif %}"
)


@pytest.mark.parametrize("fmt", ["blogger", "atom"])
@pytest.mark.parametrize("typed", ["Foto: Budi", "photo: Budi", "Budi"])
def test_a_skin_copied_from_the_old_featured_image_says_foto_once(
    tmp_path, monkeypatch, fmt, typed
):
    from netizen_editor.publish import skins

    monkeypatch.setattr(skins, "user_skins_dir", lambda: tmp_path / "skins")
    lama = tmp_path / "skins" / "lama"
    lama.mkdir(parents=True)
    for part in (skins.skins_dir() / "plain").iterdir():
        if part.is_file():
            (lama / part.name).write_bytes(part.read_bytes())
    (lama / "featured_image.html.j2").write_text(OLD_FEATURED, encoding="utf-8")
    text = ARTICLE.replace("image_credit: Antara", f"image_credit: '{typed}'")
    text = text.replace("image: foto/utama.png", "image: https://contoh.id/utama.jpg")
    article = Article.parse(text)
    result = get_exporter(fmt).export(article, Settings(skin="lama"), BodyRenderer())
    html = html_lib.unescape(result.html)
    assert '<span class="credit">Foto: Budi</span>' in html
    assert html.lower().count("foto: budi") == 1

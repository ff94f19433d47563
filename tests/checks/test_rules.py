"""Each rule fires on the slip a desk editor would catch, and stays quiet on good copy."""

from __future__ import annotations

import pytest

from netizen_editor.checks import Level
from netizen_editor.checks.registry import rules
from tests.checks.helpers import CLEAN, findings, spoil

LONG_TITLE = (
    "title: Pemerintah Provinsi DKI Jakarta Umumkan Rencana Pembangunan Tanggul Laut Raksasa "
    "di Pesisir Utara"
)
LEAD_WORDS = " ".join(["kata"] * 40)
SLUG = "slug: banjir-rob-genangi-pesisir-jakarta-utara"
PHOTO = '![Warga mengungsi](foto.jpg "Warga. Foto: Antara")\n\nBaca juga:'
REPLY = (
    "status: draft\ncorrections:\n  - time: 2024-03-11T12:00:00+07:00\n"
    "    kind: hak jawab\n    text: Tanggapan BPBD."
)
AGE_CRIME = "Polisi menangkap pelaku pencabulan terhadap seorang siswi SD, Mawar (12), di Bekasi."

# rule, what to replace in CLEAN, what to put there, level expected, file line expected
FIRES = [
    ("title-length", "title: Banjir Rob Genangi Pesisir Jakarta Utara\n", "", Level.ERROR, 1),
    ("title-length", "title: Banjir Rob Genangi Pesisir Jakarta Utara", LONG_TITLE,
     Level.WARNING, 2),
    ("summary", "summary:", "sumary:", Level.ERROR, 1),
    ("summary", "Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta Utara "
     "sejak\n  Senin; warga mengungsi dan BPBD membuka dapur umum di tiga kelurahan.",
     "Banjir rob di Jakarta.", Level.WARNING, 3),
    ("slug", "slug: banjir-rob-genangi-pesisir-jakarta-utara\n", "", Level.WARNING, 1),
    ("slug", SLUG, "slug: Banjir_Rob", Level.WARNING, 8),
    ("slug", SLUG, "slug: " + "-".join(["banjir"] * 12),
     Level.WARNING, 8),
    ("labels", "labels: [Metropolitan, Banjir]", "labels: []", Level.WARNING, 7),
    ("labels", "labels: [Metropolitan, Banjir]", "labels: [a, b, c, d, e, f]", Level.WARNING, 7),
    # a stray letter on the opening fence: the YAML would be published as the lead
    ("front-matter", "---\ntitle: Banjir", "b---\ntitle: Banjir", Level.ERROR, 1),
    # a dateline typed above the template's empty one: a warning on the later line
    ("repeated-key", "dateline: Jakarta", "dateline: Jakarta\ndateline:", Level.WARNING, 10),
    ("dateline", "JAKARTA, Netizen.co.id - Banjir", "## Pesisir\n\nBanjir", Level.WARNING, 12),
    ("dateline", "JAKARTA, Netizen.co.id - Banjir", "- Banjir", Level.WARNING, 12),
    # an import's note comes first: the heading still reads before the lead (line 16)
    ("dateline", "JAKARTA, Netizen.co.id - Banjir",
     "{>>@Impor: Tanggal siaran pers: Senin<<}\n\n## Pesisir\n\nBanjir", Level.WARNING, 14),
    ("lead-length", "Air setinggi", LEAD_WORDS + ". Air setinggi", Level.WARNING, 12),
    ("readability", "Badan Penanggulangan", " ".join(["kata"] * 160) + ". Badan",
     Level.INFO, 15),
    ("image-alt", "Baca juga:", "![](foto.jpg)\n\nBaca juga:", Level.ERROR, 18),
    ("image-alt", "Baca juga:", '<img src="foto.jpg">\n\nBaca juga:', Level.ERROR, 18),
    ("image-alt", "Baca juga:", "![][foto]\n\n[foto]: foto.jpg\n\nBaca juga:", Level.ERROR, 18),
    ("image-credit", "Baca juga:", '![Warga mengungsi](foto.jpg "Warga mengungsi.")\n\nBaca juga:',
     Level.WARNING, 18),
    ("image-credit", "status: draft", "status: draft\nimage: foto.jpg", Level.WARNING, 11),
    ("ad-density", "JAKARTA, Netizen", "[[ad]]\n\nJAKARTA, Netizen", Level.WARNING, 12),
    ("ad-density", "[[ad]]", "[[ad]]\n\n[[ad]]", Level.WARNING, 24),
    ("link-text", "[BMKG Maritim]", "[klik di sini]", Level.WARNING, 26),
    ("link-text", "[BMKG Maritim]", "[Baca selengkapnya]", Level.WARNING, 26),
    ("links", "(https://maritim.bmkg.go.id/)", "(http://maritim.bmkg.go.id/)", Level.WARNING, 26),
    ("links", "(https://maritim.bmkg.go.id/)", "(www.bmkg.go.id)", Level.WARNING, 26),
    ("links", "(https://maritim.bmkg.go.id/)", "(https://maritim..bmkg.go.id/)", Level.WARNING, 26),
    ("links", "(https://netizen.co.id/tanggul-pantai-utara)", "(https://detik.com/tanggul)",
     Level.WARNING, 18),
    ("links", "[[ad]]", "Baca juga: [Lagi](https://netizen.co.id/tanggul-pantai-utara)\n\n[[ad]]",
     Level.WARNING, 22),
    ("remote-resource", "Baca juga:", '![Peta](https://tracker.example.com/p.gif)\n\nBaca juga:',
     Level.WARNING, 18),
    ("remote-resource", "Baca juga:",
     '<iframe src="https://ads.example.net/x"></iframe>\n\nBaca juga:', Level.WARNING, 18),
    ("pedoman", "Menurut data", "Artikel ini merupakan kerja sama dengan PT Tanggul. Menurut data",
     Level.ERROR, 24),
    ("pedoman", "Menurut data", "Konten bersponsor. Menurut data", Level.ERROR, 24),
    ("pedoman", "[[ad]]", "Ralat: sebelumnya tertulis 200 kepala keluarga.\n\n[[ad]]",
     Level.ERROR, 22),
    ("pedoman", "Menurut data", "Kabar ini belum terverifikasi. Menurut data", Level.ERROR, 24),
    ("pedoman", "status: draft", REPLY, Level.ERROR, 11),
    ("child-protection", "Menurut data", AGE_CRIME + "\n\nMenurut data", Level.WARNING, 24),
    ("house-style", "Menurut data", "Menurut oknum", Level.WARNING, 24),
    # no picture at all: a share shows none (QA37 #7); said at the front matter
    ("share-image", CLEAN[CLEAN.index("\n![Warga") :], "\n", Level.WARNING, 1),
]  # fmt: skip


def test_the_clean_article_has_nothing_to_say():
    assert findings(CLEAN) == []


def test_every_rule_of_the_issue_is_registered_and_has_a_firing_test():
    wanted = {
        "title-length", "summary", "slug", "labels", "dateline", "lead-length", "readability",
        "image-alt", "image-credit", "image-size", "ad-density", "link-text", "links",
        "remote-resource", "pedoman", "child-protection", "house-style", "repeated-key",
        "front-matter",
    }  # fmt: skip
    assert wanted <= set(rules())
    assert wanted - {"image-size"} <= {case[0] for case in FIRES}  # image-size: test_images.py


@pytest.mark.parametrize("rule,old,new,level,line", FIRES)
def test_rule_fires(rule, old, new, level, line, tmp_path):
    settings = None
    if rule == "house-style":
        from netizen_editor.settings import Settings

        style = tmp_path / "gaya.toml"
        style.write_text('[words]\nbanned = ["oknum"]\n', encoding="utf-8")
        settings = Settings(house_style=str(style))
    found = findings(spoil(old, new), rule, settings)
    assert found, f"{rule} said nothing"
    assert found[0].level == level
    assert found[0].line == line
    assert found[0].message


QUIET = [
    ("title-length", "title: Banjir Rob Genangi Pesisir Jakarta Utara",
     "title: Warga Pesisir Jakarta Utara Mengungsi karena Banjir Rob"),
    ("dateline", "JAKARTA, Netizen.co.id - Banjir", "**JAKARTA, Netizen.co.id** – Banjir"),
    # not typed at all: the page opens the first paragraph with it (README, "Writing")
    ("dateline", "JAKARTA, Netizen.co.id - Banjir", "Banjir"),
    ("dateline", "JAKARTA, Netizen.co.id - Banjir", "{>>@Impor: catatan<<}\n\nBanjir"),
    ("dateline", "JAKARTA, Netizen.co.id - Banjir", "![Banjir](f.jpg \"Foto: Antara\")\n\nBanjir"),
    ("image-alt", "Baca juga:", PHOTO),
    ("image-credit", "Baca juga:", PHOTO),
    ("link-text", "[BMKG Maritim]", "[prakiraan pasang laut BMKG]"),
    ("links", "(https://maritim.bmkg.go.id/)", "(/tanggul-pantai-utara#peta)"),
    ("remote-resource", "Baca juga:",
     '<iframe src="https://www.youtube.com/embed/abc"></iframe>\n\nBaca juga:'),
    ("pedoman", "Menurut data", "Kedua lembaga bekerja sama dengan warga. Menurut data"),
    ("pedoman", "labels: [Metropolitan, Banjir]", "labels: [Metropolitan, advertorial]"),
    ("child-protection", "Menurut data", "Siswi berprestasi, Mawar (12), juara lomba sains. "
     "Menurut data"),
    ("child-protection", "Menurut data", "Pelaku pencurian, Budi (35), ditangkap. Menurut data"),
    ("ad-density", "[[ad]]", ""),
    ("readability", "Badan Penanggulangan", " ".join(["kata"] * 120) + ". Badan"),
]  # fmt: skip


@pytest.mark.parametrize("rule,old,new", QUIET)
def test_rule_stays_quiet(rule, old, new):
    assert findings(spoil(old, new), rule) == []


NO_PHOTO = spoil(CLEAN[CLEAN.index("\n![Warga") :], "\n")


@pytest.mark.parametrize(
    "old,new",
    [
        ("status: draft", "status: draft\nimage: https://netizen.co.id/foto/banjir.jpg"),
        ("Baca juga:", '<img src="foto.jpg" alt="Warga">\n\nBaca juga:'),
        ("Baca juga:", "![Warga][foto]\n\n[foto]: foto.jpg\n\nBaca juga:"),
    ],
)
def test_a_featured_image_or_any_photo_in_the_body_is_a_picture_for_shares(old, new):
    assert findings(NO_PHOTO, "share-image")
    assert findings(spoil(old, new, NO_PHOTO), "share-image") == []


def test_a_paid_story_with_its_label_and_a_marked_unverified_story_pass():
    text = spoil("labels: [Metropolitan, Banjir]", "labels: [Metropolitan, advertorial]\n"
                 "verified: false")  # fmt: skip
    text = spoil("Menurut data", "Konten bersponsor. Belum terverifikasi. Menurut data", text)
    assert findings(text, "pedoman") == []


def test_a_correction_with_its_time_and_link_passes():
    text = spoil("[[ad]]", "Ralat: pada Senin (11/3/2024) pukul 12.00 WIB tertulis 200 kepala "
                 "keluarga; lihat [data BPBD](https://netizen.co.id/data).\n\n[[ad]]")  # fmt: skip
    assert findings(text, "pedoman") == []


def test_more_ads_than_paragraphs_is_an_error():
    text = (
        CLEAN.split("JAKARTA, Netizen")[0]
        + "JAKARTA, Netizen.co.id - Banjir.\n\n"
        + ("[[ad]]\n\nTeks.\n\n[[ad]]\n\n[[ad]]\n")
    )
    levels = {f.level for f in findings(text, "ad-density")}
    assert Level.ERROR in levels


def test_many_in_article_ads_for_few_words():
    text = CLEAN.replace("[[ad]]", "[[ad]]\n\nSatu dua.\n\n[[ad]]")
    found = findings(text, "ad-density")
    assert any("150" in f.message for f in found)


def test_sentence_share_and_subheadings_in_a_long_story():
    long_sentence = " ".join(["kata"] * 30) + "."
    paragraphs = "\n\n".join(f"{long_sentence} {long_sentence}" for _ in range(12))
    text = spoil("Badan Penanggulangan", paragraphs + "\n\nBadan Penanggulangan")
    messages = [f.message for f in findings(text, "readability")]
    assert any("%" in m for m in messages)
    assert any("subjudul" in m for m in messages)
    pair = f"{long_sentence} {long_sentence}\n\n"
    with_headings = text.replace(pair, pair + "## Bagian\n\n", 12)
    assert not any("subjudul" in f.message for f in findings(with_headings, "readability"))


@pytest.mark.parametrize(
    ("old", "new", "line"),
    [
        ("---\ntitle: Banjir", "x ---\ntitle: Banjir", 1),
        ("---\ntitle: Banjir", "---x\ntitle: Banjir", 1),
        ("---\ntitle: Banjir", "\n\nb---\ntitle: Banjir", 3),
        ("---\ntitle: Banjir", "title: Banjir", 1),  # no opening fence
        ("status: draft\n---\n", "status: draft\n\n", 1),  # no closing fence
        ("---\ntitle: Banjir", "Catatan redaksi\n---\ntitle: Banjir", 2),  # a note above
    ],
)
def test_front_matter_read_as_text_is_an_error_on_its_line(old, new, line):
    (found,) = findings(spoil(old, new), "front-matter")
    assert found.level == Level.ERROR and found.line == line and found.column == 1
    assert "---" in found.message


def test_front_matter_read_as_text_comes_alone_not_under_missing_fields():
    """While the front matter is read as text its fields are unread, not missing: the rules
    that read them say nothing, and the one error that says what is wrong comes first."""
    spoiled = spoil("---\ntitle: Banjir", "Catatan redaksi\n---\ntitle: Banjir")
    found = [f.rule for f in findings(spoiled)]
    assert found[0] == "front-matter"
    fields = {"title-length", "summary", "slug", "labels", "featured-image", "dateline"}
    assert not fields & set(found)
    clean_rules = {f.rule for f in findings(spoil("summary:", "sumary:"))}
    assert "summary" in clean_rules  # a field missing from a front matter that reads


@pytest.mark.parametrize(
    "body",
    [
        "Judul\n---\n\nIsi berita.\n",  # a setext heading
        "Isi berita.\n\n---\n\nParagraf lain.\n",  # a horizontal rule
        "Catatan ---\n\nIsi berita.\n",
        "# Judul\n\nIsi berita tanpa front matter.\n",
    ],
)
def test_front_matter_rule_is_quiet_on_bodies_without_front_matter(body):
    assert findings(body, "front-matter") == []
    assert findings(body.replace("Isi berita", "---\ntitle: A\n---\nIsi berita", 1),
                    "front-matter") == []  # fmt: skip


def test_a_key_written_twice_names_both_lines():
    (found,) = findings(spoil("dateline: Jakarta", "dateline: Jakarta\ndateline:"), "repeated-key")
    assert "'dateline'" in found.message and "9" in found.message and "10" in found.message


def test_the_headline_finding_shows_what_google_keeps():
    (finding,) = findings(spoil("title: Banjir Rob Genangi Pesisir Jakarta Utara", LONG_TITLE),
                          "title-length")  # fmt: skip
    assert "Pemerintah Provinsi DKI Jakarta Umumkan" in finding.message
    assert "…" in finding.message


def test_code_blocks_are_not_checked():
    text = spoil("[[ad]]", "```\n![](x.png) [klik di sini](http://a)\n```\n\n[[ad]]")
    assert findings(text) == []


def test_the_wrong_slug_gets_a_suggestion():
    (finding,) = findings(spoil(SLUG, "slug: Banjir_Rob"),
                          "slug")  # fmt: skip
    assert finding.suggestions == ("banjir-rob",)


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("PEMKOT BANDUNG LUNCURKAN PROGRAM UMKM DIGITAL", True),
        ("BANJIR ROB, 300 WARGA MENGUNGSI", True),
        ("Pemkot Bandung Luncurkan Program UMKM Digital", False),  # an acronym stays
        ("KPU", False),  # one word in capitals: a name
        ("Banjir Rob Genangi Pesisir Jakarta Utara", False),
    ],
)
def test_a_headline_in_capitals_is_warned_on_its_line(title, found):
    text = spoil("title: Banjir Rob Genangi Pesisir Jakarta Utara", f"title: {title}")
    caps = findings(text, "title-caps")
    assert bool(caps) == found
    if found:
        assert caps[0].level == Level.WARNING and caps[0].line == 2


def test_a_body_photo_without_its_own_credit_is_warned_even_with_a_featured_credit():
    # exports show a body photo's own credit only, never the featured photo's
    meta = "status: draft\nimage: https://contoh.id/utama.jpg\nimage_credit: Antara"
    text = spoil("status: draft", meta)
    assert findings(text, "image-credit") == []
    text = spoil("Baca juga:", '![Warga mengungsi](foto.jpg "Warga mengungsi.")\n\nBaca juga:',
                 text)  # fmt: skip
    (found,) = findings(text, "image-credit")
    assert (
        found.line == text.splitlines().index('![Warga mengungsi](foto.jpg "Warga mengungsi.")') + 1
    )


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("###", True),
        ("## ", True),
        ("##", True),
        ("###### ######", True),
        ("## {>>catatan<<}", True),  # the comment is left out: nothing is published
        ("## <!-- nanti -->", True),
        ("## Penanganan Banjir", False),
        ("#banjirrob", False),  # a hashtag reads as a heading with its text
        ("# # #", False),  # publishes "#"
        ("## ![Peta](peta.jpg)", False),
        ("```\n###\n```", False),  # a code block
        ("- ###", False),  # a list item
    ],
)
def test_an_empty_heading_is_an_error_at_its_line(heading, found):
    text = spoil("[[ad]]", f"{heading}\n\n[[ad]]")
    empty = findings(text, "empty-heading")
    assert bool(empty) == found
    if found:
        (finding,) = empty
        assert (finding.level, finding.line, finding.column) == (Level.ERROR, 22, 1)
        assert "#" in finding.message


def test_the_empty_heading_message_is_indonesian():
    from netizen_editor import i18n

    i18n.set_language("id")
    try:
        (finding,) = findings(spoil("[[ad]]", "###\n\n[[ad]]"), "empty-heading")
    finally:
        i18n.set_language(i18n.DEFAULT_LANGUAGE)
    assert finding.message == "judul bagian kosong: tulis teksnya atau hapus tanda #"


@pytest.mark.parametrize(
    "summary",
    [
        ">-\n  [Ringkasan 120-156 karakter: inti berita]()",
        ">-\n  [Ringkasan]()  ",
        ">-\n  [Ringkasan]() [lanjutan]()",
    ],
)
def test_a_summary_that_is_still_a_templates_placeholder_is_not_written(summary):
    text = spoil(
        "summary: Banjir rob setinggi 40 sentimeter menggenangi permukiman pesisir Jakarta Utara "
        "sejak\n  Senin; warga mengungsi dan BPBD membuka dapur umum di tiga kelurahan.",
        f"summary: {summary}",
    )
    found = findings(text, "summary")
    assert [(f.level, f.line) for f in found] == [(Level.ERROR, 3)]
    assert "characters" not in found[0].message and "karakter" not in found[0].message

"""A blank line or spaces above the front matter keep it front matter; what still cannot be
front matter is said, and the metadata fields never start a second block."""

from __future__ import annotations

import pytest

from netizen_editor.article.frontmatter import set_field
from netizen_editor.article.model import Article, front_matter_warning
from netizen_editor.errors import ArticleError

TEXT = "---\ntitle: Banjir\nauthor: Andi\n---\nIsi berita.\n"


@pytest.mark.parametrize("lead", ["\n", "\n\n", "  \n", " \t\n\n", "\ufeff\n"])
def test_blank_lines_above_the_fence_are_tolerated(lead):
    text = lead + TEXT
    article = Article.parse(text)
    assert article.title == "Banjir" and article.get("author") == "Andi"
    assert article.body == "Isi berita.\n"
    assert article.body_line == TEXT.count("\n") + lead.count("\n")
    assert article.to_text() == text
    assert front_matter_warning(text) is None


def test_spaces_before_the_fence_are_tolerated():
    assert Article.parse("  ---\ntitle: Banjir\n---\nIsi.\n").title == "Banjir"


def test_setting_a_field_below_blank_lines_edits_the_one_block():
    text = "\n\n" + TEXT
    changed = set_field(text, "title", "Banjir Besar")
    assert changed == "\n\n" + TEXT.replace("title: Banjir", "title: Banjir Besar")
    assert changed.count("---") == 2
    added = set_field(text, "slug", "banjir")
    assert added.count("---") == 2 and Article.parse(added).get("slug") == "banjir"


def test_an_error_line_counts_the_blank_lines_above():
    with pytest.raises(ArticleError) as info:
        Article.parse("\n\n---\ntitle: [a\n---\nIsi.\n")
    assert info.value.line == 4


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("---\ntitle: Banjir\nauthor: Andi\n\nIsi berita.\n", 1),  # no closing fence
        ("\n---\ntitle: Banjir\n", 2),
        ("title: Banjir\nauthor: Andi\n---\nIsi berita.\n", 1),  # no opening fence
    ],
)
def test_what_cannot_be_front_matter_is_warned_and_gets_no_second_block(text, line):
    warning = front_matter_warning(text, "a.md")
    assert warning is not None and warning.line == line
    assert str(warning).startswith(f"a.md:{line}: ")
    assert set_field(text, "title", "Lain") == text


@pytest.mark.parametrize(
    "text",
    [
        "Isi berita biasa.\n\n---\n\nParagraf lain.\n",  # a horizontal rule
        "# Judul\n\nIsi.\n",
        "",
        TEXT,
    ],
)
def test_ordinary_text_has_no_warning(text):
    assert front_matter_warning(text) is None


@pytest.mark.usefixtures("indonesian")
def test_front_matter_messages_are_indonesian():
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ncorrections:\n  - time: 2026-12-01T10:00:00+07:00\n---\nIsi.\n")
    assert info.value.message == "koreksi ke-1 memerlukan 'text'"
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ntitle: a: b\n---\n")
    assert info.value.message.startswith("front matter YAML rusak: titik dua tidak boleh")
    warning = front_matter_warning("---\ntitle: Banjir\n")
    assert "tidak punya baris penutup" in warning.message


@pytest.mark.usefixtures("english")
def test_front_matter_messages_in_english():
    with pytest.raises(ArticleError) as info:
        Article.parse("---\nlabels: Politik\n---\n")
    assert info.value.message == "'labels' must be a list, not text"
    with pytest.raises(ArticleError) as info:
        Article.parse("---\ntitle: 2026\n---\n")
    assert info.value.message == "'title' must be text, not a whole number"


@pytest.mark.usefixtures("indonesian")
def test_a_wrong_kind_of_value_is_said_in_plain_indonesian():
    for text, kind in [("title: 2026", "bilangan bulat"), ("title: true", "true/false"),
                       ("author: [Budi, Sri]", "daftar"), ("labels: 3.5", "desimal")]:  # fmt: skip
        with pytest.raises(ArticleError) as info:
            Article.parse(f"---\n{text}\n---\n")
        message = info.value.message
        assert kind in message and "bukan" in message, message
        assert not any(name in message for name in ("int", "str", "bool", "float", "list"))


DAMAGED_KEYS = "title: Banjir\nstatus: draft\n---\nIsi berita.\n"


@pytest.mark.parametrize(
    ("text", "line", "shown"),
    [
        ("b---\n" + DAMAGED_KEYS, 1, "b---"),  # a stray letter typed before the fence
        ("x ---\n" + DAMAGED_KEYS, 1, "x ---"),
        ("---b\n" + DAMAGED_KEYS, 1, "---b"),  # or after it
        ("--- x\n" + DAMAGED_KEYS, 1, "--- x"),
        ("----\n" + DAMAGED_KEYS, 1, "----"),
        ("\ufeffb---\n" + DAMAGED_KEYS, 1, "b---"),
        ("\n\nb---\n" + DAMAGED_KEYS, 3, "b---"),  # blank lines above count
        ("b---\r\ntitle: Banjir\r\nstatus: draft\r\n---\r\nIsi.\r\n", 1, "b---"),
        ("b---\ntitle: Banjir\nlabels:\n  - Banjir\n\nslug: banjir\n---\nIsi.\n", 1, "b---"),
        ("Laporan " + "panjang " * 10 + "---\n" + DAMAGED_KEYS, 1, "Laporan panjang"),
    ],
)
def test_a_damaged_opening_fence_is_warned_on_its_line(text, line, shown):
    assert Article.parse(text).front_matter == ""  # still read as text...
    warning = front_matter_warning(text, "a.md")
    assert warning is not None and warning.line == line  # ...but said, with its line
    assert str(warning).startswith(f"a.md:{line}: ")
    assert f"'{shown}" in warning.message and "'---'" in warning.message
    assert set_field(text, "title", "Lain") == text  # no second block above the broken one


@pytest.mark.parametrize(
    "text",
    [
        "Judul\n---\n\nIsi berita.\n",  # a setext heading
        "Judul\n---\ntitle: Banjir\n",
        "Isi berita.\n\n---\n\nParagraf lain.\n",  # a horizontal rule
        "---\n\nIsi berita di bawah garis.\n",  # a rule first, no closing fence: other warning
        "Catatan ---\n\nIsi berita.\n",  # a line that ends with dashes, no keys below
        "b---\nfoo: 1\nbar: 2\n---\nIsi.\n",  # keys, but none the article knows
        "b---\ntitle: Banjir\n\nIsi berita tanpa penutup.\n",  # no closing fence
        "b---\n---\nIsi.\n",  # nothing between
        "Kata pengantar ---\ntitle: Banjir\nbukan kunci\n---\n",  # text among the keys
        "title: Banjir ---\nIsi.\n",
    ],
)
def test_bodies_with_dashes_are_not_taken_for_damaged_front_matter(text):
    warning = front_matter_warning(text)
    assert warning is None or "'---' line reads" not in warning.message


def test_legitimate_bodies_with_dashes_have_no_warning_at_all():
    for text in ("Judul\n---\n\nIsi berita.\n", "Isi.\n\n---\n\nLain.\n", "Catatan ---\n\nIsi\n"):
        assert front_matter_warning(text) is None, text


def test_a_fence_with_trailing_spaces_is_still_a_fence():
    text = "--- \ntitle: Banjir\n---\nIsi.\n"
    assert Article.parse(text).title == "Banjir"
    assert front_matter_warning(text) is None


@pytest.mark.usefixtures("indonesian")
def test_the_damaged_fence_message_is_indonesian():
    warning = front_matter_warning("b---\n" + DAMAGED_KEYS)
    assert warning is not None
    assert warning.message.startswith("baris pembuka '---' tertulis 'b---'")


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("b\n---\n" + DAMAGED_KEYS, 1),  # a letter typed, then Enter, above the fence
        ("b\n\n---\n" + DAMAGED_KEYS, 1),
        ("\n.\n---\n" + DAMAGED_KEYS, 2),
        ("bb\n---\n" + DAMAGED_KEYS, 1),
    ],
)
@pytest.mark.usefixtures("english")
def test_a_stray_line_above_the_fence_is_warned_on_its_line(text, line):
    assert Article.parse(text).front_matter == ""  # a setext heading and text, as before...
    warning = front_matter_warning(text, "a.md")
    assert warning is not None and warning.line == line  # ...but said
    assert "comes before the front matter's opening '---'" in warning.message


@pytest.mark.parametrize(
    "text",
    [
        "Judul\n---\n\nIsi berita.\n",  # a setext heading over a paragraph
        "Judul\n---\ntitle: Banjir\n",  # keys, but no closing fence
        "Judul\n---\nfoo: 1\n---\nIsi.\n",  # keys none of which the article knows
        "Judul\n---\nIsi paragraf.\n---\nLain.\n",  # no keys at all
        "# Judul\n\n---\ntitle: A\n---\nIsi.\n",  # a heading above: the body's own
        "```\n---\ntitle: A\n---\n```\n",  # a code block showing front matter
        "~~~\n---\ntitle: A\n---\n~~~\n",
    ],
)
def test_a_heading_over_dashes_is_not_a_stray_line(text):
    assert front_matter_warning(text) is None


@pytest.mark.usefixtures("indonesian")
def test_the_stray_line_message_is_indonesian():
    warning = front_matter_warning("b\n---\n" + DAMAGED_KEYS)
    assert warning is not None
    assert warning.message.startswith("baris 'b' berada sebelum '---' pembuka front matter")


NOTE = "Catatan redaksi\n---\ntitle: Banjir\nstatus: draft\n---\nBody\n"


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (NOTE, 2),  # a note typed above the front matter: a heading underlined by its fence
        ("\n\n" + NOTE, 4),
        ("Catatan redaksi\n---\ntitle: Banjir\nlabels:\n  - banjir\n\nstatus: draft\n---\n", 2),
        ("Jangan terbit dulu, tunggu konfirmasi\n---\nsummary: x\nfoo: 1\n---\nIsi.\n", 2),
    ],
)
@pytest.mark.usefixtures("english")
def test_a_note_above_the_fence_is_warned_on_the_fence_line(text, line):
    assert Article.parse(text).front_matter == ""  # still a heading and text...
    warning = front_matter_warning(text, "a.md")
    assert warning is not None and warning.line == line  # ...but said, at the fence
    assert warning.message.startswith("the front matter must start on the first line")
    assert "'Catatan redaksi'" in warning.message or "'Jangan terbit" in warning.message


@pytest.mark.parametrize(
    "text",
    [
        "Catatan redaksi\n---\nIsi berita pertama.\n---\nLain.\n",  # a heading over prose
        "Catatan redaksi\n---\ntitle: Banjir\nIsi berita.\n---\n",  # a key, then prose
        "Catatan redaksi\n---\nfoo: 1\nbar: 2\n---\nIsi.\n",  # no key the article knows
        "Catatan redaksi\n\n---\ntitle: Banjir\n---\nIsi.\n",  # a horizontal rule
        "Catatan\nredaksi\n---\ntitle: Banjir\n---\nIsi.\n",  # a paragraph, then a rule
        "# Catatan\n---\ntitle: Banjir\n---\nIsi.\n",  # a heading line, then a rule
        "<div>Catatan</div>\n---\ntitle: Banjir\n---\n",  # HTML
        "Paragraf.\n\nJudul\n---\ntitle: Banjir\n---\n",  # further down: the body's own
    ],
)
def test_a_heading_or_rule_over_text_is_not_a_note_above_the_fence(text):
    assert front_matter_warning(text) is None


@pytest.mark.usefixtures("indonesian")
def test_the_note_message_is_indonesian():
    warning = front_matter_warning(NOTE)
    assert warning is not None
    assert warning.message.startswith("front matter harus dimulai di baris pertama: baris "
                                      "'Catatan redaksi'")  # fmt: skip


def test_a_broken_front_matter_says_what_to_do_in_english_too(english):
    """PyYAML's "mapping values are not allowed here" gave an English user no hint; the
    Indonesian text had one (QA19)."""
    from netizen_editor.article.model import YAML_PLAIN
    from netizen_editor.i18n import catalog

    text = "---\ntitle: Banjir: warga mengungsi\n---\n\nIsi.\n"
    with pytest.raises(ArticleError) as info:
        Article.parse(text)
    assert info.value.message == (
        "broken YAML front matter: a colon is not allowed here (put the value in quotes)"
    )
    assert set(YAML_PLAIN.values()) <= set(catalog("id"))  # each has its Indonesian text

"""The imported article's title: the title property, the first heading or the first line."""

from __future__ import annotations

import re

import pytest

from netizen_editor.importing import front_matter
from netizen_editor.importing.front_matter import (
    LABEL_LINE_CHARS,
    TITLE_WIDTH,
    clean_title,
    is_kicker,
    split_title,
)


def test_the_first_heading_is_the_title_and_leaves_the_body():
    assert split_title("# Judul\n\nIsi.", "") == ("Judul", "Isi.")


def test_the_heading_first_wins_and_a_title_property_that_differs_is_a_comment():
    """A PDF's ``/Title`` named the event, not the story: the headline stayed in the body as
    ``#`` under another title, two headlines on the page (QA16)."""
    assert split_title("# Judul\n\nIsi.", "Judul") == ("Judul", "Isi.")
    assert split_title("# Lain\n\nIsi.", "Judul") == (
        "Lain",
        "{>>@Impor: Title in the document's properties: Judul<<}\n\nIsi.",
    )


def test_a_short_first_line_alone_is_the_title():
    assert split_title("Desa Digital\n\nIsi panjang.", "") == ("Desa Digital", "Isi panjang.")


def test_a_first_line_ending_in_a_line_break_is_the_title_without_its_backslash():
    """A first paragraph of lines (Word's Shift+Enter, a page's <br>) gave the title
    ``Desa Digital\\``: the hard line break's backslash, which no title has."""
    body = "Desa Digital\\\nDi 3.000 desa\n\nIsi."
    assert split_title(body, "") == ("Desa Digital", body)
    escaped = "C:\\\\\nD:\n\nIsi."  # a backslash typed, then a soft line break
    assert split_title(escaped, "")[0] == "C:\\"


def test_a_release_label_is_never_the_title_and_leaves_the_body():
    assert split_title("**SIARAN PERS**\n\nDesa Digital\n\nIsi.", "") == ("Desa Digital", "Isi.")
    assert split_title("# Press Release\n\n# Desa Digital\n\nIsi.", "") == ("Desa Digital", "Isi.")
    assert split_title("SIARAN PERS\n\nIsi.\n\nLagi.", "Desa Digital") == (
        "Desa Digital",
        "Isi.\n\nLagi.",
    )
    assert split_title("# Judul\n\nIsi.", "SIARAN PERS") == ("Judul", "Isi.")  # no title


def test_only_a_line_of_labels_is_a_kicker():
    assert is_kicker("SIARAN PERS") and is_kicker("Rilis Pers:") and is_kicker("# RILIS")
    assert is_kicker("FOR IMMEDIATE RELEASE / PRESS RELEASE")
    assert not is_kicker("Siaran Pers Wali Kota Soal Banjir")
    assert (
        not is_kicker("SIARAN PERSONAL")
        and not is_kicker("EMBARGO 5 DESEMBER")
        and not is_kicker("")
    )


def test_a_title_never_carries_marks_or_markdown():
    line = "**Desa** {--lama--}{>>@Ani (2026-12-05T10:00+07:00)<<}{++Digital++}{>>@A ()<<}"
    assert clean_title(line) == "Desa Digital"
    assert clean_title("[Tautan](https://a.b) dan `kode`\\!") == "Tautan dan kode!"


def test_a_title_reads_a_substitution_as_its_new_text_and_a_highlight_as_its_text():
    line = "{~~Banjir~>Rob~~}{>>@Ani (2026-12-05T10:00+07:00)<<} di {==Pesisir==}{>>cek<<} Utara"
    assert clean_title(line) == "Rob di Pesisir Utara"


def test_a_logo_above_the_headline_stays_and_the_headline_leaves_the_body():
    """A letterhead's logo above a release's headline: the headline was kept in the body too,
    so the page showed it twice (QA13)."""
    body = "![](logo.png)\n\n# Bendungan Baru\n\nIsi."
    assert split_title(body, "") == ("Bendungan Baru", "![](logo.png)\n\nIsi.")
    assert split_title(body, "Bendungan Baru") == ("Bendungan Baru", "![](logo.png)\n\nIsi.")
    assert split_title(body, "Lain") == (
        "Bendungan Baru",
        "{>>@Impor: Title in the document's properties: Lain<<}\n\n![](logo.png)\n\nIsi.",
    )  # another title property: the headline still, the property said
    assert split_title("![](a.png)\n\nIsi.", "Judul") == ("Judul", "![](a.png)\n\nIsi.")


def test_a_bold_headline_under_a_photo_is_the_title_never_the_photo_s_description():
    """A bigger photo above a bold (not Heading-style) headline: the title was the photo's
    description, "Menteri di desa", and the headline stayed in the body. It is read as
    without the photo now: the bold headline is the title and leaves the body."""
    photo = "![Menteri di desa](rilis_files/foto.jpg)"
    body = f"{photo}\n\n**Judul Berita**\n\nJAKARTA – Isi."
    assert split_title(body, "") == ("Judul Berita", f"{photo}\n\nJAKARTA – Isi.")
    assert split_title("**Judul Berita**\n\nJAKARTA – Isi.", "") == (
        "Judul Berita",
        "JAKARTA – Isi.",
    )  # as with no photo
    assert split_title(body, "Judul Lain") == ("Judul Lain", body)  # the property, as there


@pytest.mark.parametrize(
    "under",
    [
        "Foto: Humas Kemendagri",  # a caption
        "Program ini menjangkau 1.000 desa.",  # the story's first sentence
        "**Foto:** Humas",  # bold in part
        "**Foto: Humas Pemprov DKI**",  # a credit all in bold is no headline
        "__Dok. Kementerian Desa__",
        "**Keterangan foto: Menteri meninjau desa**",
        "",  # the photo alone
    ],
)
def test_under_a_photo_a_plain_line_stays_and_the_description_is_no_title(under):
    body = f"![Menteri di desa](foto.jpg)\n\n{under}".strip()
    assert split_title(body, "") == ("", body)


def test_a_picture_s_description_is_never_title_text():
    assert clean_title("Banjir ![ikon](ikon.png) di [Jakarta](https://a.b)") == "Banjir di Jakarta"


def test_a_title_is_cleaned_from_its_line_s_first_characters_only(monkeypatch):
    """A release whose first line is 50,000 ``[`` took 21 s to import: from each ``[`` the
    link pattern looked to the line's end. Only the first ``LABEL_LINE_CHARS`` are read."""
    read: list[int] = []

    class Counted:
        def sub(self, replace, text):
            read.append(len(text))
            return syntax.sub(replace, text)

    syntax = front_matter._SYNTAX
    monkeypatch.setattr(front_matter, "_SYNTAX", Counted())
    title, body = split_title("[" * 50_000 + "\n\nJAKARTA – Isi.", "")
    assert title == "[" * TITLE_WIDTH and body.endswith("JAKARTA – Isi.")
    assert clean_title("# " + "[" * 50_000) == "# " + "[" * (LABEL_LINE_CHARS - 2)
    assert read and max(read) == LABEL_LINE_CHARS


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("# Judul", "Judul"),
        ("## Judul ##", "Judul"),
        ("#\tJudul # #  ", "Judul"),
        ("# C# dan F#", "C# dan F"),
        ("# a" + " " * 20_000 + "b", "a" + " " * 20_000 + "b"),
        ("# ##", "#"),
    ],
)
def test_a_heading_s_text_is_read_without_its_closing_marks(line, text):
    heading = front_matter._HEADING.fullmatch(line)
    assert heading is not None and heading.group(1) == text
    assert front_matter._HEADING.fullmatch("#Judul") is None
    assert front_matter._HEADING.fullmatch("####### Judul") is None


def test_the_heading_pattern_has_no_lazy_text_before_a_run_of_blanks():
    """``(.+?)[ \\t#]*$`` tried the run of blanks after every character of the text: a line
    of 20,000 blanks inside a heading took a second, and each line of the body was read so."""
    assert not re.search(r"[+*]\?", front_matter._HEADING.pattern)

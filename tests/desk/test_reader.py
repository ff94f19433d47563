"""A file that is not an article is listed with its one-line problem, never a crash."""

from __future__ import annotations

import pytest

from netizen_editor.desk import list_desk
from netizen_editor.desk.reader import read_entry
from netizen_editor.storage.reading import MAX_BYTES
from tests.desk.conftest import article, write

pytestmark = pytest.mark.usefixtures("english")


def _problems(desk, cache):
    return {e.path: e.problem for e in list_desk(desk, cache_dir=cache)}


def test_files_that_are_not_articles_say_why(desk, cache):
    write(desk / "baik.md", article("Baik"))
    (desk / "biner.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (desk / "latin.md").write_bytes("---\ntitle: Caf\u00e9\n---\n".encode("cp1252"))
    write(desk / "yaml.md", "---\ntitle: [tidak ditutup\nauthor: Budi\n---\n\nIsi.\n")
    write(desk / "jenis.md", "---\ntitle: Judul\nstatus: terbit\n---\n\nIsi.\n")
    problems = _problems(desk, cache)
    assert problems["baik.md"] is None
    assert problems["biner.md"] == "This is not a text file (it looks like a binary file)"
    assert problems["latin.md"].startswith("The file is not valid UTF-8 at byte 14 (line 2)")
    assert problems["yaml.md"].startswith("line 2: broken YAML front matter")
    assert problems["jenis.md"].startswith("line 3: 'status' must be one of draft, review")
    assert all("\n" not in (p or "") for p in problems.values())


def test_a_broken_front_matter_still_counts_the_words(desk, cache):
    write(desk / "yaml.md", "---\ntitle: [tidak ditutup\n---\n\nSatu dua tiga.\n")
    (entry,) = list_desk(desk, cache_dir=cache)
    assert (entry.status, entry.title, entry.words) == ("", "", 3)


def test_an_unclosed_front_matter_is_a_problem_but_the_article_is_read(desk, cache):
    write(desk / "a.md", "---\ntitle: Judul\n\n# Judul Badan\n\nSatu dua.\n")
    (entry,) = list_desk(desk, cache_dir=cache)
    assert entry.problem is not None and "closing '---'" in entry.problem
    assert entry.status == "draft"


def test_a_file_too_big_is_not_read(desk, monkeypatch):
    from netizen_editor.desk import reader

    monkeypatch.setattr(reader, "MAX_BYTES", 100)
    path = write(desk / "besar.md", article("Besar") + "kata " * 100)
    reading = read_entry("besar.md", path, 0)
    assert reading.entry.problem == "the file is larger than 1 KB"  # not "0 MB"
    assert reading.text is None
    assert MAX_BYTES > 1024 * 1024


TEXTS = [
    "---\ntitle: Banjir\nlabels: [Nasional]\n---\n\nSatu [dua](https://x.id/tiga) ![empat](f.jpg)"
    "\n\n[[ad]]\n\n## Lima enam\n\n- tujuh\n\n> delapan\n",
    "---\r\ntitle: Banjir\r\n---\r\n\r\nSatu {--dua--}{++tiga++} <!-- empat --> lima.\r\n",
    "\ufeff---\ntitle: ''\n---\n\n# Judul dari Heading\n\n```\n[[ad]] kode\n```\n\n"
    "Kata’kata é ß.\n",
    "Tanpa front matter [ref]\n\n[ref]: https://x.id\n\n[^1]: catatan kaki\n",
    "---\ntitle: [tidak ditutup\n---\n\nSatu dua `tiga` <b>empat</b>.\n",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_desk_counts_words_as_the_status_bar_does(tmp_path, text):
    from netizen_editor.editing.textstats import text_stats
    from netizen_editor.storage.reading import read_article_file

    path = tmp_path / "a.md"
    path.write_bytes(text.encode("utf-8"))
    read = read_article_file(path).text  # what the window opens: the BOM is not text
    entry = read_entry("a.md", path, 0).entry
    assert entry.words == text_stats(read).words > 0
    if "Judul dari" in text:
        assert entry.title == "Judul dari Heading"  # no title in the front matter


def test_a_problem_that_names_its_line_says_it_once(indonesian):
    from netizen_editor.desk.reader import one_line
    from netizen_editor.errors import ArticleError
    from netizen_editor.i18n import tr

    named = ArticleError(tr("The file is not valid UTF-8 at byte {offset} (line {line})",
                            offset=30, line=6), line=6)  # fmt: skip
    assert one_line(named) == "Berkas ini bukan UTF-8 yang sah pada bita 30 (baris 6)"
    plain = ArticleError("front matter rusak", line=16)
    assert one_line(plain) == "baris 16: front matter rusak"
    other = ArticleError("sama seperti di baris 61", line=6)  # another line: its own is said
    assert one_line(other) == "baris 6: sama seperti di baris 61"


def test_a_new_story_s_placeholders_are_no_title_author_or_dateline(desk, cache):
    """A story just made from a template showed its hints in the desk's row: "[Judul berita:
    singkat, jelas, …]()" as its title, "[Nama penulis]()" as its author."""
    from netizen_editor.settings import Settings
    from netizen_editor.templates.render import render_named

    text = render_named("berita", Settings(default_author=""))
    write(desk / "baru.md", text)
    write(desk / "isi.md", article("Banjir [Kemang]()"))  # a title that only has one inside
    entries = {e.path: e for e in list_desk(desk, cache_dir=cache)}
    new = entries["baru.md"]
    assert (new.title, new.author, new.dateline) == ("", "", "")
    assert new.labels == ()  # not "[Rubrik]()" (QA29 L3)
    assert entries["isi.md"].title == "Banjir [Kemang]()"

"""Hostile titles and slugs still give well-formed outputs: unique Atom ids, valid URLs, and
no character the HTML and XML specifications forbid (non-characters, controls)."""

from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as etree
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from netizen_editor.cli import main as cli_main
from netizen_editor.export.outputs import well_formed
from tests.tools import vnu_command

NS = {"a": "http://www.w3.org/2005/Atom"}
SLUGS = ["日本", "中国", "dua kata", "a/b", "a b/c", "---", "банк"]


def _article(title: str, slug: str | None = None) -> str:
    front = f"title: {json.dumps(title)}\n"
    if slug is not None:
        front += f"slug: {json.dumps(slug)}\n"
    return f"---\n{front}date: 2026-12-01T10:00:00+07:00\n---\nIsi berita.\n"


def _export_atom(folder: Path, name: str, text: str) -> etree.Element:
    src = folder / f"{name}.md"
    src.write_text(text, encoding="utf-8")
    out = folder / f"{name}.xml"
    assert cli_main(["export", str(src), "-o", str(out), "--format", "atom"]) == 0
    return etree.fromstring(out.read_bytes())


def test_non_latin_slugs_give_unique_ids_and_valid_links(tmp_path):
    ids, links = set(), set()
    for n, slug in enumerate(SLUGS):
        entry = _export_atom(tmp_path, f"a{n}", _article("Judul", slug)).find("a:entry", NS)
        entry_id = entry.findtext("a:id", namespaces=NS)
        assert entry_id is not None
        assert slug == "---" or not entry_id.endswith(":post---")
        assert not any(ch.isspace() for ch in entry_id)
        ids.add(entry_id)
        for link in entry.findall("a:link", NS):
            href = link.get("href")
            parts = urlsplit(href)
            assert parts.scheme == "https" and parts.netloc == "netizen.co.id", href
            assert href.isascii() and " " not in href, href
            links.add(href)
        alternate = entry.find("a:link[@rel='alternate']", NS).get("href")
        assert alternate.startswith("https://netizen.co.id/2026/12/") and alternate.endswith(
            ".html"
        )
        assert alternate.count("/") == 5, alternate  # the slug's slash is encoded
    assert len(ids) == len(SLUGS)
    assert len(links) == 2 * len(SLUGS)  # a self and an alternate link per post, all distinct


def test_articles_without_slug_get_ids_that_differ_by_file(tmp_path):
    # titles that slugify to nothing: the id comes from the file, not from the empty slug
    first = _export_atom(tmp_path, "satu", _article("日本"))
    second = _export_atom(tmp_path, "dua", _article("日本"))
    ids = {feed.find("a:entry", NS).findtext("a:id", namespaces=NS) for feed in (first, second)}
    assert len(ids) == 2


NASTY = "Judul\ufdd0\ufdef\ufffe\uffff\U0001fffe\U0010ffff\x01\x7f\x9f akhir"


def test_well_formed_replaces_every_noncharacter_and_control():
    nonchars = [chr(c) for c in range(0xFDD0, 0xFDF0)]
    nonchars += [chr(plane * 0x10000 + low) for plane in range(17) for low in (0xFFFE, 0xFFFF)]
    assert len(nonchars) == 66
    cleaned = well_formed("".join(nonchars) + "\x00\x08\x0e\x1f\x80")
    assert set(cleaned) == {"\ufffd"}
    keep = "tab\tline\ncr\r é 😀 \ufffd \U0001fffd"
    assert well_formed(keep) == keep


@pytest.mark.browser
def test_noncharacters_in_title_and_slug_leave_no_nu_error(tmp_path):
    src = tmp_path / "aneh.md"
    src.write_text(_article(NASTY, "slug\ufdd0\U0001ffff-x"), encoding="utf-8")
    page, body = tmp_path / "aneh.html", tmp_path / "post.html"
    assert cli_main(["export", str(src), "-o", str(page)]) == 0
    assert cli_main(["export", str(src), "-o", str(body), "--format", "blogger"]) == 0
    atom_file = tmp_path / "aneh.xml"
    assert cli_main(["export", str(src), "-o", str(atom_file), "--format", "atom"]) == 0
    etree.fromstring(atom_file.read_bytes())  # well-formed XML
    wrapped = tmp_path / "post-page.html"
    wrapped.write_text(
        "<!DOCTYPE html><html lang=id><head><meta charset=utf-8><title>t</title></head><body>"
        + body.read_text(encoding="utf-8")
        + "</body></html>",
        encoding="utf-8",
    )
    for out in (page, wrapped, tmp_path / "post.post.txt", atom_file):
        text = out.read_text(encoding="utf-8")
        assert "\ufdd0" not in text and "\U0001ffff" not in text and "\x01" not in text, out
    result = subprocess.run(
        [*vnu_command(), "--format", "json", "--exit-zero-always", str(page), str(wrapped)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [m for m in messages if m.get("type") == "error"]
    assert errors == []


def test_surrogate_escapes_in_front_matter_read_as_characters(tmp_path):
    # YAML's "\ud83d\ude00" is the pair of an emoji; "\ud83d" alone cannot be written anywhere
    src = tmp_path / "emoji.md"
    src.write_text('---\ntitle: "Banjir \\ud83d\\ude00 \\ud83d"\n---\nIsi.\n', encoding="utf-8")
    out = tmp_path / "emoji.html"
    assert cli_main(["export", str(src), "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "Banjir 😀 \ufffd" in page

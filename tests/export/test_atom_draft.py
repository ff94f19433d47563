"""A Blogger import file of a published story comes in live, not as a draft; one that will come
in as a draft says so where the export says where it went (QA25 F-F)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import pytest

from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.export import get_exporter
from netizen_editor.export.atom import APP
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

URL = "https://netizen.co.id/2026/12/harga-cabai.html"


def story(status: str) -> str:
    line = f"status: {status}\n" if status else ""
    return f"---\ntitle: Harga Cabai Naik\n{line}url: {URL}\n---\n\nIsi berita.\n"


def is_draft(xml: str) -> bool:
    feed = etree.fromstring(xml.split("\n", 1)[1])
    return feed.find(f".//{{{APP}}}control/{{{APP}}}draft") is not None


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("status", "note"),
    [
        ("published", ""),  # a corrected story imported again stays live
        ("Published", ""),
        ("ready", ""),
        ("review", "Blogger imports it as a draft: its status is review, not ready or published"),
        ("spiked", "Blogger imports it as a draft: its status is spiked, not ready or published"),
        ("", "Blogger imports it as a draft: its status is draft, not ready or published"),
    ],
)
def test_only_a_story_not_ready_nor_published_is_a_draft_and_the_result_says_so(status, note):
    result = get_exporter("atom").export(Article.parse(story(status)), Settings(), BodyRenderer())
    assert is_draft(result.html) == bool(note)
    assert result.note == note


def test_the_command_says_a_draft_on_its_result_line(tmp_path, capsys, cli_in_english):
    for status in ("published", "review"):
        src = tmp_path / f"{status}.md"
        src.write_text(story(status), encoding="utf-8")
        assert main(["export", str(src), "--format", "atom"]) == 0
        err = capsys.readouterr().err.strip().splitlines()
        line = f"{src} → {tmp_path / f'{status}.xml'}, {tmp_path / f'{status}.blogger.post.txt'}"
        if status == "published":
            assert err[-1] == line
        else:
            assert err[-1] == line + (" (Blogger imports it as a draft: its status is review, "
                                      "not ready or published)")  # fmt: skip


def test_the_command_says_it_in_indonesian_too(tmp_path, capsys, indonesian):
    src = tmp_path / "tinjau.md"
    src.write_text(story("review"), encoding="utf-8")
    assert main(["export", str(src), "--format", "atom"]) == 0
    said = "(Blogger mengimpornya sebagai draf: statusnya review, bukan ready atau published)"
    assert capsys.readouterr().err.rstrip().endswith(said)

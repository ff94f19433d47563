"""The document's text the import keeps in ``NAME_files/`` for the press-release check: a
folder of that name may be another story's (``banjir.md`` renamed ``banjir-lama.md`` keeps
``banjir_files/``, whose ``source.txt`` its ``source_file`` names). Importing another
``banjir.txt`` as ``banjir.md`` wrote over that ``source.txt``; the text now takes a free name
(``source-2.txt``) that ``source_file`` gives, and is never written over a file or through a
link there."""

from __future__ import annotations

import os

import pytest

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.safety import DocumentError
from netizen_editor.storage import copy_names
from tests.importing.test_docx import NOW, SETTINGS

OLD = "Banjir lama: air setinggi satu meter.\n"
RELEASE = "Banjir Rendam Kemang\n\nJakarta - Banjir merendam kawasan Kemang sejak pagi tadi.\n"
LEAD = "Banjir merendam kawasan Kemang sejak pagi tadi."


@pytest.fixture
def desk(tmp_path):
    """A folder where ``banjir-lama.md`` (once ``banjir.md``) keeps ``banjir_files/``."""
    files = tmp_path / "banjir_files"
    files.mkdir()
    (files / "source.txt").write_text(OLD, encoding="utf-8")
    story = "---\ntitle: Banjir Lama\nsource_file: banjir_files/source.txt\n---\n\nTeks.\n"
    (tmp_path / "banjir-lama.md").write_text(story, encoding="utf-8")
    (tmp_path / "banjir.txt").write_text(RELEASE, encoding="utf-8")
    return tmp_path


def _import(folder):
    return import_document(folder / "banjir.txt", folder / "banjir.md", SETTINGS, now=NOW)


def _source_file(text: str) -> str:
    return Article.parse(text).meta["source_file"]


def test_another_story_s_source_text_stays_and_the_import_s_takes_a_free_name(desk):
    done = _import(desk)
    files = desk / "banjir_files"
    assert (files / "source.txt").read_text(encoding="utf-8") == OLD
    assert _source_file(done.text) == "banjir_files/source-2.txt"
    assert LEAD in (files / "source-2.txt").read_text(encoding="utf-8")
    assert sorted(os.listdir(files)) == ["source-2.txt", "source.txt"]  # no temp file left


def test_the_next_free_number_is_taken(desk):
    (desk / "banjir_files" / "source-2.txt").write_text("lain\n", encoding="utf-8")
    done = _import(desk)
    assert _source_file(done.text) == "banjir_files/source-3.txt"
    assert (desk / "banjir_files" / "source-2.txt").read_text(encoding="utf-8") == "lain\n"


def test_a_fresh_folder_gets_source_txt(tmp_path):
    (tmp_path / "banjir.txt").write_text(RELEASE, encoding="utf-8")
    done = _import(tmp_path)
    assert _source_file(done.text) == "banjir_files/source.txt"
    assert LEAD in (tmp_path / "banjir_files" / "source.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(os.name == "nt", reason="links need privileges on Windows")
@pytest.mark.parametrize("dangling", [False, True])
def test_a_link_planted_at_source_txt_is_never_written_through(tmp_path, dangling):
    outside = tmp_path / "outside"
    outside.mkdir()
    aim = outside / "secret.txt"
    if not dangling:
        aim.write_text("rahasia\n", encoding="utf-8")
    files = tmp_path / "banjir_files"
    files.mkdir()
    (files / "source.txt").symlink_to(aim)
    (tmp_path / "banjir.txt").write_text(RELEASE, encoding="utf-8")
    done = _import(tmp_path)
    assert (files / "source.txt").is_symlink()
    assert os.listdir(outside) == ([] if dangling else ["secret.txt"])
    if not dangling:
        assert aim.read_text(encoding="utf-8") == "rahasia\n"
    assert _source_file(done.text) == "banjir_files/source-2.txt"


def test_no_free_name_is_a_message_and_nothing_is_written(desk, monkeypatch):
    monkeypatch.setattr(copy_names, "MAX_TRIES", 2)
    (desk / "banjir_files" / "source-2.txt").write_text("lain\n", encoding="utf-8")
    with pytest.raises(DocumentError) as raised:
        _import(desk)
    assert raised.value.message == (  # every name taken, and what to do (QA24 #6)
        f"the document's text cannot be kept in {desk / 'banjir_files'}{os.sep}: every name from "
        "source.txt to source-2.txt is taken there; import it under another name (-o), whose "
        "files then have a folder of their own"
    )
    assert not (desk / "banjir.md").exists()
    assert sorted(os.listdir(desk / "banjir_files")) == ["source-2.txt", "source.txt"]

"""An import cancelled from another thread (the window's Cancel) stops at its next step having
written nothing; once it writes the article the cancel is refused and the import ends as
usual."""

from __future__ import annotations

import pytest

from netizen_editor.importing import importer
from netizen_editor.importing.cancel import Cancel
from netizen_editor.importing.importer import import_document
from netizen_editor.timebudget import Stopped
from tests.importing.documents import docx_bytes, p, r
from tests.importing.test_docx import NOW, SETTINGS


@pytest.fixture
def source(tmp_path):
    path = tmp_path / "rilis.docx"
    path.write_bytes(docx_bytes(p(r("Judul Rilis"), "Title") + p(r("Isi rilis."))))
    return path


def _nothing_written(tmp_path) -> bool:
    return sorted(path.name for path in tmp_path.iterdir()) == ["rilis.docx"]


def test_a_cancel_asked_while_converting_stops_the_import_before_anything_is_written(
    tmp_path, source, monkeypatch
):
    cancel = Cancel()
    convert = importer._convert

    def slow(*args, **kwargs):  # the window's Cancel, pressed while the document is converted
        assert cancel.cancel()
        return convert(*args, **kwargs)

    monkeypatch.setattr(importer, "_convert", slow)
    with pytest.raises(Stopped):
        import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW, cancel=cancel)
    assert _nothing_written(tmp_path)


def test_a_cancel_asked_before_the_import_starts_stops_it(tmp_path, source):
    cancel = Cancel()
    cancel.cancel()
    with pytest.raises(Stopped):
        import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW, cancel=cancel)
    assert _nothing_written(tmp_path)


def test_a_cancel_while_the_article_is_written_is_refused_and_the_import_ends(
    tmp_path, source, monkeypatch
):
    cancel = Cancel()
    keep = importer.keep_text
    answers: list[bool] = []

    def kept(folder, data):  # pressed once the import writes
        answers.append(cancel.cancel())
        return keep(folder, data)

    monkeypatch.setattr(importer, "keep_text", kept)
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW, cancel=cancel)
    assert answers == [False]
    assert (tmp_path / "rilis.md").read_text(encoding="utf-8") == done.text
    assert "Isi rilis." in done.text


def test_an_import_without_a_cancel_is_as_before(tmp_path, source):
    done = import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    assert "source_file: rilis_files/source.txt" in done.text

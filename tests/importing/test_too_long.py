"""A document too long to be an article says what was measured and sizes that differ (QA30 #5:
a saved page's refusal read "0.4 MB of text; at most 0.4 MB", where the size was the page
body's HTML, not its text, and both numbers looked the same)."""

from __future__ import annotations

import pytest

from netizen_editor.cli import main
from netizen_editor.importing import webpage
from netizen_editor.importing.importer import import_document
from netizen_editor.importing.safety import DocumentError, sizes
from tests.importing.test_docx import NOW, SETTINGS

KB = 1024


def test_sizes_that_round_alike_are_given_in_kb_the_size_rounded_up():
    assert sizes(400 * KB + 1, 400 * KB) == ("401 KB", "400 KB")
    assert sizes(440 * KB, 400 * KB) == ("440 KB", "400 KB")  # 0.4 MB both
    assert sizes(1536 * KB + 20, 1536 * KB) == ("1537 KB", "1536 KB")
    assert sizes(28 * KB * KB, 4 * KB * KB) == ("28.0 MB", "4.0 MB")
    assert sizes(1700 * KB, 1536 * KB) == ("1.7 MB", "1.5 MB")


def body_page(paragraphs: int) -> str:
    paragraph = "<p>Kementerian meluncurkan program desa digital.</p>"
    return f"<html><head><title>Rilis</title></head><body>{paragraph * paragraphs}</body></html>"


def test_a_page_whose_body_is_too_long_says_it_is_the_body_s_html(tmp_path):
    source = tmp_path / "rilis-word.html"
    source.write_text(body_page(7900), encoding="utf-8")  # ~410 KB of body HTML
    with pytest.raises(DocumentError) as refused:
        import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)
    said = str(refused.value)
    assert "KB of HTML in the page's body, once cleaned; at most 400 KB)" in said, said
    shown = int(said.split("(")[1].split(" KB")[0])
    assert shown > 400
    assert not (tmp_path / "rilis.md").exists()


def test_a_page_of_too_much_markup_says_html_not_text(tmp_path, monkeypatch):
    monkeypatch.setattr(webpage, "MAX_PAGE_BYTES", 4 * KB)
    source = tmp_path / "rilis.html"
    source.write_text(body_page(100), encoding="utf-8")  # ~5 KB
    with pytest.raises(DocumentError, match=r"\(6 KB of HTML; at most 4 KB\)"):
        import_document(source, tmp_path / "rilis.md", SETTINGS, now=NOW)


def test_the_refusal_in_indonesian(tmp_path, capsys):
    (tmp_path / "settings.toml").write_text('ui_language = "id"\n', encoding="utf-8")
    source = tmp_path / "rilis-word.html"
    source.write_text(body_page(7900), encoding="utf-8")
    assert main(["import", str(source), "--settings", str(tmp_path / "settings.toml")]) == 2
    err = capsys.readouterr().err
    assert "terlalu panjang untuk diimpor sebagai artikel (" in err
    assert " KB HTML di badan laman setelah dibersihkan; paling banyak 400 KB)" in err

"""Exports never publish a review mark: unresolved suggestions refuse the export (every
format, the command line), highlights are exported as plain text and comments dropped."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.cli import main
from netizen_editor.export import EXPORTERS
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.review.publish import UnresolvedSuggestions, publishable
from netizen_editor.review.resolve import accept_all
from netizen_editor.settings import Settings

FRONT = "---\ntitle: Banjir surut\nsummary: Air surut di Jakarta Timur.\n---\n"
SUGGESTED = FRONT + (
    "\nBanjir surut.\n\n"
    "Warga {++kembali++}{>>@Ani (2026-12-06T10:30+07:00)<<} ke rumah.\n"
    "Lalu {--lama--} pulang.\n"
)
REMARKED = FRONT + (
    "\nBanjir {==surut==}{>>@Ani (2026-12-06T10:30+07:00): pasti?<<} pagi "
    "{>>cek lagi<<}ini.\n\n`{++kode++}`\n"
)


@pytest.fixture(autouse=True)
def isolated_config(tmp_path, monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setenv("NETIZEN_EDITOR_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("NETIZEN_EDITOR_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_language", "en")


def test_publishable_refuses_suggestions_at_the_first_with_the_count():
    with pytest.raises(UnresolvedSuggestions) as caught:
        publishable(Article.parse(SUGGESTED, "banjir.md"))
    assert (caught.value.line, caught.value.count) == (8, 2)
    assert caught.value.located().startswith("banjir.md:8: 2 unresolved suggestion(s)")
    assert "netizen-editor review banjir.md --accept-all" in caught.value.message


def test_publishable_keeps_highlighted_text_and_drops_comments():
    article = Article.parse(REMARKED)
    assert publishable(article).body == "\nBanjir surut pagi ini.\n\n`{++kode++}`\n"
    assert publishable(article).meta == article.meta
    plain = Article.parse(FRONT + "Teks {kurung}.\n")
    assert publishable(plain) is plain


@pytest.mark.parametrize("fmt", list(EXPORTERS))
def test_every_format_refuses_suggestions_and_drops_remarks(fmt, tmp_path):
    exporter = EXPORTERS[fmt]
    with pytest.raises(UnresolvedSuggestions):
        exporter.export(Article.parse(SUGGESTED), Settings(), BodyRenderer(), tmp_path / "x")
    result = exporter.export(Article.parse(REMARKED), Settings(), BodyRenderer(), tmp_path / "x")
    html = result.html + "".join(result.side_files.values())
    assert "surut pagi ini" in html
    # nor the preview's review view: its notes, its marks' tags and their styles (QA37 #20)
    for gone in ("pasti?", "cek lagi", "{==", "{>>", "<mark", "nz-note", "nz-added",
                 "nz-deleted", "nz-marked"):  # fmt: skip
        assert gone not in html
    assert "{++kode++}" in html  # code is text


def test_the_export_command_refuses_with_the_line_count_and_the_way_out(tmp_path, capsys):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "en"\n', encoding="utf-8")
    article = tmp_path / "banjir.md"
    article.write_text(SUGGESTED, encoding="utf-8")
    out = tmp_path / "banjir.html"
    assert main(["export", str(article), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"{article}:8: 2 unresolved suggestion(s)" in err
    assert f"netizen-editor review {article} --accept-all" in err
    assert not out.exists()
    article.write_text(accept_all(SUGGESTED), encoding="utf-8")
    assert main(["export", str(article), "-o", str(out)]) == 0
    assert "Warga kembali ke rumah" in out.read_text(encoding="utf-8")


def test_the_preview_still_reads_the_marks():
    # the live preview renders the body as written (its review view is later work)
    html = BodyRenderer().render(Article.parse(REMARKED), Settings())
    assert "{&gt;&gt;cek lagi&lt;&lt;}" in html


def test_marks_nested_deeper_than_accept_all_goes_are_said_at_their_line(tmp_path, capsys):
    """The refusal told the user to run review --accept-all, which refuses such a story too."""
    planted = FRONT + "\nPembuka.\n\n" + "{" * 12 + "{++++}" + "++++}" * 12 + "\n"
    with pytest.raises(UnresolvedSuggestions) as caught:
        publishable(Article.parse(planted, "sarang.md"))
    assert caught.value.line == 8  # the nest's line, where review --accept-all names it
    message = caught.value.message
    assert "nested deeper than 8 level(s)" in message
    assert "take the extra marks out by hand" in message
    assert "or all at once with: netizen-editor review" not in message  # no advice that fails
    (tmp_path / "config").mkdir()  # the export command says the same, in Indonesian too
    (tmp_path / "config" / "settings.toml").write_text('ui_language = "id"\n', encoding="utf-8")
    article = tmp_path / "sarang.md"
    article.write_text(planted, encoding="utf-8")
    assert main(["export", str(article), "-o", str(tmp_path / "sarang.html")]) == 2
    err = capsys.readouterr().err
    assert f"{article}:8: " in err and "bersarang lebih dari 8 tingkat" in err
    assert main(["review", str(article), "--accept-all"]) == 2  # as the review command says
    assert f"{article}:8: " in capsys.readouterr().err

"""Each template's own checks: an article from it passes once filled in, and fails as the
issue says when not."""

from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.checks.house_style import KNOWN_RULES
from netizen_editor.checks.registry import rules
from netizen_editor.settings import Settings
from netizen_editor.templates.library import list_templates
from netizen_editor.templates.render import render_named
from tests.templates.helpers import STORY, fill, template_findings

NOW = dt.datetime(2026, 12, 5, 14, 30, tzinfo=newsroom_zone("WIB"))
SETTINGS = Settings(default_author="Budi Santoso")
RULE_IDS = ("template-placeholder", "template-link", "live-updates", "advertorial-label",
            "release-copy")  # fmt: skip


def _made(name: str) -> str:
    return render_named(name, SETTINGS, desk="metropolitan", now=NOW)


def _rules(found) -> set[str]:
    return {f.rule for f in found}


def test_the_rules_are_registered_and_known_to_the_house_style():
    registered = rules()
    for rule_id in RULE_IDS:
        assert rule_id in registered and rule_id in KNOWN_RULES


@pytest.mark.parametrize("name", list(list_templates(Settings())))
def test_each_template_passes_its_checks_once_filled_in(name):
    assert template_findings(fill(_made(name))) == []


@pytest.mark.parametrize("name", list(list_templates(Settings())))
def test_each_unfilled_template_reports_its_placeholders_with_lines(name):
    text = _made(name)
    found = [f for f in template_findings(text) if f.rule == "template-placeholder"]
    lines = text.splitlines()
    assert found
    for finding in found:
        assert lines[finding.line - 1][finding.column - 1 :].startswith("[")


def test_a_placeholder_left_in_a_filled_article_is_reported_at_its_line():
    text = fill(_made("berita")) + "\nKata [nama saksi]().\n"
    found = template_findings(text)
    assert [(f.rule, f.line) for f in found] == [("template-placeholder", len(text.splitlines()))]
    assert "nama saksi" in found[0].message


def test_an_article_without_a_template_has_no_placeholder_check():
    assert template_findings("---\ntitle: x\n---\nKata [nama]().\n") == []


@pytest.mark.parametrize("name", ["ralat", "hak-jawab"])
def test_a_correction_or_reply_without_the_storys_link_fails(name):
    text = fill(_made(name)).replace(f"({STORY})", "").replace("[Banjir", "Banjir")
    text = text.replace("Jakarta Utara]", "Jakarta Utara")
    found = template_findings(text)
    assert _rules(found) == {"template-link"}
    assert (
        found[0].line
        == text.splitlines().index(next(ln for ln in text.splitlines() if "berita berjudul" in ln))
        + 1
    )


def test_a_live_report_without_timestamped_updates_fails():
    text = fill(_made("live")).replace("### 14.30 WIB", "### Terkini")
    assert _rules(template_findings(text)) == {"live-updates"}


def test_live_updates_out_of_order_are_reported_at_the_older_update():
    text = fill(_made("live")) + "\n### 15.10 WIB\n\nBanjir mulai surut.\n"
    found = template_findings(text)
    assert _rules(found) == {"live-updates"}
    assert text.splitlines()[found[0].line - 1] == "### 15.10 WIB"
    fixed = fill(_made("live")).replace(
        "### 14.30 WIB", "### 15.10 WIB\n\nBanjir mulai surut.\n\n### 14.30 WIB"
    )
    assert template_findings(fixed) == []


def test_live_updates_across_midnight_compare_their_dates():
    text = fill(_made("live")).replace(
        "### 14.30 WIB",
        "### Minggu (6/12/2026) 00.30 WIB\n\nMasih.\n\n### Sabtu (5/12/2026) 23.50 WIB",
    )
    assert template_findings(text) == []


def test_live_updates_in_the_front_matter_must_be_newest_first():
    text = (
        fill(_made("live"))
        .replace("### 14.30 WIB", "### Terkini")
        .replace(
            "status: draft",
            "status: draft\nupdates:\n  - time: 2026-12-05T14:00:00+07:00\n"
            "  - time: 2026-12-05T15:00:00+07:00",
        )
    )
    found = template_findings(text)
    assert _rules(found) == {"live-updates"}
    assert text.splitlines()[found[0].line - 1] == "updates:"


def test_an_advertorial_without_the_paid_label_fails():
    text = fill(_made("advertorial")).replace("labels: [Advertorial]", "labels: [Ekonomi]")
    found = [f for f in template_findings(text) if f.rule == "advertorial-label"]
    assert len(found) == 1
    assert text.splitlines()[found[0].line - 1] == "labels: [Ekonomi]"


RELEASE = (
    "Perusahaan Listrik Negara meresmikan pembangkit listrik tenaga surya terapung terbesar "
    "di Asia Tenggara di Waduk Cirata pada hari Kamis dengan kapasitas 192 megawatt.\n\n"
    "Direktur Utama PLN menyampaikan bahwa proyek ini merupakan wujud komitmen perusahaan "
    "terhadap transisi energi bersih di Indonesia."
)


def _rilis(tmp_path, copied: str, source_file: str | None = "rilis_files/source.txt"):
    (tmp_path / "rilis_files").mkdir(exist_ok=True)
    (tmp_path / "rilis_files" / "source.txt").write_text(RELEASE, encoding="utf-8")
    text = fill(_made("rilis")) + "\n" + copied + "\n"
    if source_file:
        text = text.replace("status: draft", f"status: draft\nsource_file: {source_file}")
    path = tmp_path / "rilis.md"
    path.write_text(text, encoding="utf-8")
    return text, path


def test_a_rilis_rewrite_with_long_verbatim_runs_reports_each_run(tmp_path):
    copied = (
        "PLN meresmikan pembangkit listrik tenaga surya terapung terbesar di Asia Tenggara di "
        "Waduk Cirata pada hari Kamis.\n\nMenurut Dirut, proyek ini merupakan wujud komitmen "
        "perusahaan terhadap transisi energi bersih di Indonesia."
    )
    text, path = _rilis(tmp_path, copied)
    found = template_findings(text, path)
    assert [f.rule for f in found] == ["release-copy", "release-copy"]
    lines = text.splitlines()
    assert lines[found[0].line - 1].startswith("PLN meresmikan")
    assert lines[found[1].line - 1].startswith("Menurut Dirut")
    assert "16" in found[0].message  # "meresmikan ... Kamis"


def test_a_rilis_in_its_own_words_passes(tmp_path):
    text, path = _rilis(
        tmp_path, "PLN membuka PLTS terapung di Cirata, Kamis, berkapasitas 192 MW."
    )
    assert template_findings(text, path) == []


def test_without_a_source_file_the_copy_check_is_skipped(tmp_path):
    text, path = _rilis(tmp_path, RELEASE, source_file=None)
    assert template_findings(text, path) == []


def test_a_source_file_outside_the_folder_is_not_read(tmp_path):
    (tmp_path / "secret.txt").write_text(RELEASE)
    article = tmp_path / "desk"
    article.mkdir()
    text, path = _rilis(article, RELEASE, source_file="../secret.txt")
    found = template_findings(text, path)
    assert [f.rule for f in found] == ["release-copy"]
    assert text.splitlines()[found[0].line - 1].startswith("source_file:")


def test_the_house_style_sets_the_run_length(tmp_path):
    style = tmp_path / "gaya.toml"
    style.write_text("[release-copy]\nmin_words = 30\n")
    copied = "PLN meresmikan pembangkit listrik tenaga surya terapung terbesar di Asia Tenggara."
    text, path = _rilis(tmp_path, copied)
    settings = Settings(house_style=str(style))
    assert template_findings(text, path, settings) == []


def test_an_update_may_say_pembaruan_and_use_a_colon():
    text = fill(_made("live")).replace(
        "### 14.30 WIB", "### Pembaruan 15:10 WIB\n\nSurut.\n\n### Pembaruan 14.30 WIB"
    )
    assert template_findings(text) == []
    swapped = text.replace("15:10", "13:10")
    assert _rules(template_findings(swapped)) == {"live-updates"}


@pytest.mark.parametrize("name", list(list_templates(Settings())))
def test_each_placeholder_is_reported_once_not_also_as_a_broken_link(name):
    from netizen_editor.checks.context import check_text

    text = _made(name)
    found = check_text(text, None, SETTINGS)
    placeholders = {(f.line, f.column) for f in found if f.rule == "template-placeholder"}
    assert placeholders
    assert not [f for f in found if f.rule == "links" and (f.line, f.column) in placeholders]
    # a real link still broken is the link check's, and without a template so is [x]()
    broken = text + "\nLihat [laporan](https://netizen).\n"
    assert [f.line for f in check_text(broken, None, SETTINGS) if f.rule == "links"] == [
        len(broken.splitlines())
    ]
    plain = check_text("---\ntitle: Banjir\n---\nKata [nama]().\n", None, SETTINGS)
    assert [f.rule for f in plain if f.rule in ("links", "template-placeholder")] == ["links"]


BANDUNG = (
    "SIARAN PERS\n\nPEMKOT BANDUNG RESMIKAN TAMAN BARU\n\nKota Bandung, Jumat (5/12/2026) - "
    "Pemerintah Kota Bandung meresmikan taman baru di pusat kota pada Jumat pagi bersama warga "
    "dan pejabat setempat.\n\nWali kota mengatakan taman ini terbuka untuk umum setiap hari "
    "mulai pukul enam pagi hingga sepuluh malam.\n\n###\n\nNarahubung:\nDewi Lestari\n"
    "Telp. 0812-3456-7890\n"
)


def test_an_imported_release_reports_the_copy_where_it_starts_not_at_a_comment(tmp_path):
    from netizen_editor.importing.importer import import_document

    (tmp_path / "rilis.txt").write_text(BANDUNG, encoding="utf-8")
    out = tmp_path / "rilis.md"
    import_document(tmp_path / "rilis.txt", out, Settings())
    text = out.read_text(encoding="utf-8")
    found = template_findings(text, out)
    assert [f.rule for f in found] == ["release-copy"]
    lines = text.splitlines()
    comment = next(n for n, line in enumerate(lines, 1) if line.startswith("{>>@Impor: Tanggal"))
    copied = next(n for n, line in enumerate(lines, 1) if line.startswith("Pemerintah Kota"))
    assert copied == comment + 2
    assert (found[0].line, found[0].column) == (copied, 1)
    # the comments' words (the release's date, the contact) are not counted as copy
    assert "34" in found[0].message


def test_review_marks_do_not_start_or_shift_a_copied_run(tmp_path):
    copied = (
        "Kata dia, PLN {>>@Ani: Perusahaan Listrik Negara?<<}meresmikan pembangkit listrik tenaga "
        "surya terapung "
        "{--sekali lagi--}terbesar di Asia Tenggara di Waduk Cirata pada hari Kamis."
    )
    text, path = _rilis(tmp_path, copied)
    found = template_findings(text, path)
    assert [f.rule for f in found] == ["release-copy"]
    line = text.splitlines()[found[0].line - 1]
    assert line.startswith("Kata dia, ")
    assert found[0].column == line.index("meresmikan pembangkit") + 1
    assert "16" in found[0].message  # "meresmikan ... Kamis", the deleted words not among them


BUDGET_RELEASE = (
    "Pemerintah Provinsi Jawa Barat meluncurkan lima ratus desa digital di wilayah selatan.\n\n"
    "Kabupaten Jumlah desa Anggaran (Rp miliar)\nGarut 140 42,5\nTasikmalaya 120 36,0\n"
    "Cianjur 110 33,2\nSukabumi 90 27,1\nPangandaran 40 12,4\n"
)


def test_a_table_copied_from_the_release_is_data_not_copy(tmp_path):
    """QA37 #11: the release's budget table, copied as a table, was '26 words in a row'."""
    table = (
        "| Kabupaten | Jumlah desa | Anggaran (Rp miliar) |\n| --- | --- | --- |\n"
        "| Garut | 140 | 42,5 |\n| Tasikmalaya | 120 | 36,0 |\n| Cianjur | 110 | 33,2 |\n"
        "| Sukabumi | 90 | 27,1 |\n| Pangandaran | 40 | 12,4 |"
    )
    (tmp_path / "rilis_files").mkdir()
    (tmp_path / "rilis_files" / "source.txt").write_text(BUDGET_RELEASE, encoding="utf-8")
    text = fill(_made("rilis")).replace(
        "status: draft", "status: draft\nsource_file: rilis_files/source.txt"
    )
    text += "\n" + table + "\n"
    path = tmp_path / "rilis.md"
    path.write_text(text, encoding="utf-8")
    assert [f for f in template_findings(text, path) if f.rule == "release-copy"] == []
    # the same words in a paragraph are still copy
    prose = text + (
        "\nPemerintah Provinsi Jawa Barat meluncurkan lima ratus desa digital di wilayah "
        "selatan, yaitu Garut 140 42,5 Tasikmalaya 120 36,0.\n"
    )
    found = [f for f in template_findings(prose, path) if f.rule == "release-copy"]
    assert [prose.splitlines()[f.line - 1][:10] for f in found] == ["Pemerintah"]

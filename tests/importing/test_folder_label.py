"""An imported release saved into a desk's folder takes that folder's label, as a story made from
a template there does (QA31 F8: ``daerah/rilis-pemprov.md`` had ``labels: []`` while every story
of ``daerah/`` is "Daerah"): the rule is New Story's, ``templates.labels.folder_label``."""

from __future__ import annotations

from netizen_editor.article.model import Article
from netizen_editor.importing.importer import import_document
from netizen_editor.settings import Settings

RELEASE = (
    "SIARAN PERS\n\nPemprov Resmikan Jembatan Baru\n\n"
    "MEDAN - Pemerintah Provinsi meresmikan jembatan baru di pinggir kota pada Senin pagi.\n"
)
STORY = "---\ntitle: Banjir Surut\nlabels: [{label}]\n---\n\nIsi berita.\n"


def _imported(source_folder, out) -> list[str]:
    source = source_folder / "rilis.txt"
    source.write_text(RELEASE, encoding="utf-8")
    import_document(source, out, Settings())
    return list(Article.parse(out.read_text(encoding="utf-8")).labels)


def test_an_import_into_a_folder_of_daerah_stories_is_daerah(tmp_path):
    folder = tmp_path / "desk" / "daerah"
    folder.mkdir(parents=True)
    (folder / "banjir.md").write_text(STORY.format(label="Daerah"), encoding="utf-8")
    assert _imported(tmp_path, folder / "rilis-pemprov.md") == ["Daerah"]


def test_the_desks_labels_name_the_folder_of_a_first_story(tmp_path):
    folder = tmp_path / "desk" / "dki-jakarta"
    folder.mkdir(parents=True)
    source = tmp_path / "rilis.txt"
    source.write_text(RELEASE, encoding="utf-8")
    out = folder / "rilis.md"
    import_document(source, out, Settings(), desk_labels=["Ekonomi", "DKI Jakarta"])
    assert Article.parse(out.read_text(encoding="utf-8")).labels == ["DKI Jakarta"]


def test_a_folder_that_names_no_label_gives_none(tmp_path):
    folder = tmp_path / "Dokumen"  # a folder's name is only a guess at a rubric
    folder.mkdir()
    (folder / "lain.md").write_text(STORY.format(label="Daerah"), encoding="utf-8")
    assert _imported(tmp_path, folder / "rilis.md") == []

"""The templates there are: built-in, and the newsroom's folder that adds and overrides."""

from __future__ import annotations

import os

import pytest

from netizen_editor.settings import Settings
from netizen_editor.templates.library import (
    MAX_BYTES,
    TemplateError,
    find_template,
    list_templates,
    read_template,
)

BUILT_IN = ("advertorial", "berita", "feature", "hak-jawab", "live", "ralat", "rilis")


def test_the_built_in_templates_are_listed():
    templates = list_templates(Settings())
    assert tuple(templates) == BUILT_IN
    assert all(info.builtin for info in templates.values())


def test_the_newsroom_folder_adds_and_overrides_by_name(tmp_path):
    (tmp_path / "berita.md").write_text("---\ntitle: Berita desk\n---\nIsi desk\n")
    (tmp_path / "olahraga.md").write_text("---\ntitle: Skor\n---\nSkor akhir\n")
    (tmp_path / "catatan.txt").write_text("not a template")
    (tmp_path / "Bad Name.md").write_text("not a template name")
    templates = list_templates(Settings(templates_folder=str(tmp_path)))
    assert "olahraga" in templates and not templates["olahraga"].builtin
    assert templates["berita"].path == tmp_path / "berita.md"
    assert "Isi desk" in read_template(templates["berita"])
    assert "catatan" not in templates and "Bad Name" not in templates
    assert templates["ralat"].builtin  # the others stay


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_link_planted_in_the_folder_is_not_followed(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("kata sandi")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "bocor.md").symlink_to(secret)
    (folder / "berita.md").symlink_to(secret)  # would override the built-in one
    templates = list_templates(Settings(templates_folder=str(folder)))
    assert "bocor" not in templates
    assert templates["berita"].builtin


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_link_put_in_place_after_the_listing_is_refused(tmp_path):
    (tmp_path / "berita.md").write_text("---\ntitle: x\n---\n")
    info = list_templates(Settings(templates_folder=str(tmp_path)))["berita"]
    (tmp_path / "berita.md").unlink()
    (tmp_path / "secret.txt").write_text("kata sandi")
    (tmp_path / "berita.md").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(TemplateError) as raised:
        read_template(info)
    assert raised.value.path == tmp_path / "berita.md"


def test_a_huge_or_binary_template_is_refused_with_its_file(tmp_path):
    (tmp_path / "besar.md").write_bytes(b"a" * (MAX_BYTES + 10))
    (tmp_path / "biner.md").write_bytes(b"\xff\xfe\x00garbage")
    templates = list_templates(Settings(templates_folder=str(tmp_path)))
    with pytest.raises(TemplateError) as raised:
        read_template(templates["besar"])
    assert str(raised.value).startswith(str(tmp_path / "besar.md"))
    with pytest.raises(TemplateError):
        read_template(templates["biner"])


def test_a_fifo_in_the_folder_is_not_listed(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(tmp_path / "pipa.md")
    assert "pipa" not in list_templates(Settings(templates_folder=str(tmp_path)))


def test_a_missing_newsroom_folder_adds_nothing(tmp_path):
    templates = list_templates(Settings(templates_folder=str(tmp_path / "none")))
    assert tuple(templates) == BUILT_IN


def test_an_unknown_name_lists_the_templates():
    with pytest.raises(TemplateError) as raised:
        find_template(Settings(), "beritaa")
    assert "berita" in raised.value.message and "ralat" in raised.value.message


def test_a_folder_of_too_many_templates_keeps_the_desks_own_and_says_what_is_left_out(
    tmp_path, monkeypatch
):
    """QA26 #4: past 200 the rest were left out silently, in directory order, so 200 planted
    files pushed the desk's own berita.md out (the built-in one came back instead)."""
    from netizen_editor import i18n
    from netizen_editor.templates import library

    monkeypatch.setattr(i18n, "_language", "en")
    monkeypatch.setattr(library, "MAX_TEMPLATES", 7)  # as many as the built-in ones
    for n in range(20):
        (tmp_path / f"a{n:02d}.md").write_text("---\ntitle: x\n---\n")
    (tmp_path / "berita.md").write_text("---\ntitle: Berita desk\n---\n")
    (tmp_path / "ralat.md").write_text("---\ntitle: Ralat desk\n---\n")
    found = library.listing(Settings(templates_folder=str(tmp_path)))
    newsroom = [name for name, info in found.templates.items() if not info.builtin]
    # the overrides first, then by name
    assert newsroom == ["a00", "a01", "a02", "a03", "a04", "berita", "ralat"]
    assert found.note == (
        f"{tmp_path}: 15 templates were left out: at most 7 are read from the folder "
        "(those of the built-in names first, then by name)"
    )
    with pytest.raises(TemplateError) as raised:
        find_template(Settings(templates_folder=str(tmp_path)), "a19")
    assert "15 templates were left out" in raised.value.message


def test_a_folder_of_too_many_files_says_only_some_were_looked_at(tmp_path, monkeypatch):
    from netizen_editor import i18n
    from netizen_editor.templates import library

    monkeypatch.setattr(i18n, "_language", "en")
    monkeypatch.setattr(library, "MAX_ENTRIES", 10)
    for n in range(12):
        (tmp_path / f"catatan{n}.txt").write_text("x")
    found = library.listing(Settings(templates_folder=str(tmp_path)))
    assert found.note == f"{tmp_path}: only the first 10 files of the folder were looked at"
    assert library.listing(Settings()).note == ""

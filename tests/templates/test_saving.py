"""Save as template: an article becomes a template file in the newsroom's folder."""

from __future__ import annotations

import os

import pytest

from netizen_editor.article.model import Article
from netizen_editor.settings import Settings
from netizen_editor.templates.render import render_named
from netizen_editor.templates.saving import (
    TemplateExists,
    article_as_template,
    save_as_template,
    template_name,
)

ARTICLE = """---
title: Laporan Banjir {{ tanpa jinja }}
author: Budi
date: 2026-01-01T10:00:00+07:00
id: 7f3a
template: berita
labels: [Banjir]
status: ready
---
Banjir merendam {% tiga %} kelurahan {#a}. Saksi: [nama saksi]().
"""


def test_an_article_saved_as_a_template_makes_new_articles(tmp_path):
    path = save_as_template(ARTICLE, "laporan-banjir", tmp_path)
    assert path == tmp_path / "laporan-banjir.md"
    settings = Settings(templates_folder=str(tmp_path), default_author="Ani")
    text = render_named("laporan-banjir", settings)
    article = Article.parse(text)
    assert article.get("author") == "Ani"  # the author of the new article
    assert article.get("status") == "draft"
    assert "id" not in article.meta  # the history id belongs to the one article
    assert article.meta["template"] == "laporan-banjir"
    assert article.title == "Laporan Banjir {{ tanpa jinja }}"  # text kept as text
    assert "Banjir merendam {% tiga %} kelurahan {#a}." in text


def test_an_existing_template_is_replaced_only_when_asked(tmp_path):
    save_as_template(ARTICLE, "banjir", tmp_path)
    with pytest.raises(TemplateExists):
        save_as_template(ARTICLE.replace("Budi", "Ani"), "banjir", tmp_path)
    save_as_template(ARTICLE.replace("merendam", "menggenangi"), "banjir", tmp_path, replace=True)
    assert "menggenangi" in (tmp_path / "banjir.md").read_text()


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_link_in_the_folder_is_never_written_through(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("do not touch")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "banjir.md").symlink_to(outside)
    with pytest.raises(TemplateExists):
        save_as_template(ARTICLE, "banjir", folder)
    save_as_template(ARTICLE, "banjir", folder, replace=True)
    assert outside.read_text() == "do not touch"
    assert not (folder / "banjir.md").is_symlink()


def test_a_name_is_made_from_what_the_user_typed():
    assert template_name("Laporan Banjir!") == "laporan-banjir"
    assert template_name("  ../../etc ") == "etc"
    assert template_name("***") is None


def test_the_template_text_keeps_the_body_and_drops_the_id():
    text = article_as_template(ARTICLE)
    assert "id: 7f3a" not in text and "template: berita" not in text
    assert "date: {{ now.isoformat() }}" in text


def test_an_article_from_a_template_without_an_author_saves_as_a_template(tmp_path):
    # ``author: >-`` over the hint: the whole entry becomes the template's author
    article = render_named("berita", Settings())
    save_as_template(article, "dari-berita", tmp_path)
    text = render_named("dari-berita", Settings(templates_folder=str(tmp_path),
                                                default_author="Ani"))  # fmt: skip
    assert Article.parse(text).get("author") == "Ani"
    assert "Nama penulis" not in text

"""Rendering a template in Jinja2's sandbox with the article context."""

from __future__ import annotations

import datetime as dt

import pytest

from netizen_editor.article.dates import newsroom_zone
from netizen_editor.article.model import Article
from netizen_editor.settings import Settings
from netizen_editor.templates.library import TemplateError, list_templates
from netizen_editor.templates.placeholders import find_placeholders
from netizen_editor.templates.render import (
    desk_of,
    render_named,
    render_text,
    template_context,
)

NOW = dt.datetime(2026, 12, 5, 14, 30, tzinfo=newsroom_zone("WIB"))
SETTINGS = Settings(default_author="Budi Santoso", site_name="Netizen.co.id")


@pytest.mark.parametrize("name", list(list_templates(Settings())))
def test_each_built_in_template_renders_an_article(name):
    text = render_named(name, SETTINGS, desk="ekonomi", now=NOW)
    article = Article.parse(text)
    assert article.meta["template"] == name
    assert article.get("author") == "Budi Santoso"
    assert article.date == NOW
    assert article.get("status") == "draft"
    assert list(find_placeholders(text)), "a template leaves text to be filled in"
    assert "{{" not in text and "{%" not in text


def test_the_context_is_the_newsrooms():
    text = render_text(
        "---\ntitle: x\n---\n{{ date_id }}, {{ time_id }}, {{ desk }}, {{ site_name }}\n",
        "uji",
        template_context(SETTINGS, "ekonomi", NOW),
    )
    assert "Sabtu (5/12/2026), 14.30 WIB, ekonomi, Netizen.co.id" in text


def test_now_is_in_the_newsrooms_zone():
    context = template_context(Settings(timezone="WIT"))
    assert context["now"].utcoffset() == dt.timedelta(hours=9)


def test_the_live_template_opens_with_an_update_of_now():
    text = render_named("live", SETTINGS, now=NOW)
    assert "### 14.30 WIB" in text


def test_the_rilis_template_has_a_source_field():
    assert "source" in Article.parse(render_named("rilis", SETTINGS, now=NOW)).meta


def test_the_advertorial_template_carries_the_paid_label():
    labels = Article.parse(render_named("advertorial", SETTINGS, now=NOW)).labels
    assert "Advertorial" in labels


def test_an_author_with_a_colon_stays_valid_yaml():
    settings = Settings(default_author="Redaksi: Budi")
    text = render_named("berita", settings, now=NOW)
    assert Article.parse(text).get("author") == "Redaksi: Budi"


def test_the_desk_is_the_articles_folder(tmp_path):
    assert desk_of(tmp_path / "ekonomi" / "a.md") == "ekonomi"
    assert desk_of(None) == ""


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__ }}",
        "{{ now.__class__ }}",
    ],
)
def test_the_sandbox_blocks_internals(source):
    with pytest.raises(TemplateError) as raised:
        render_text(f"---\ntitle: x\n---\nteks\n{source}\n", "uji", template_context(SETTINGS))
    assert raised.value.line == 5
    assert "unsafe" in raised.value.message


@pytest.mark.parametrize(
    "source",
    [
        "{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
        "{{ 'x' * 100000000 }}",
        "{{ 9 ** 99999999 }}",
        "{{ lipsum(100000000) }}",
    ],
)
def test_a_template_cannot_hang_or_fill_memory(source):
    with pytest.raises(TemplateError):
        render_text(source, "uji", template_context(SETTINGS))


def test_a_broken_template_names_its_file_and_line(tmp_path):
    (tmp_path / "rusak.md").write_text("---\ntitle: x\n---\nbaris\n\n{% if %}\n")
    (tmp_path / "salah.md").write_text("---\ntitle: x\n---\n{{ tidak_ada }}\n")
    settings = Settings(templates_folder=str(tmp_path))
    with pytest.raises(TemplateError) as raised:
        render_named("rusak", settings)
    assert str(raised.value).startswith(f"{tmp_path / 'rusak.md'}:6: ")
    with pytest.raises(TemplateError) as raised:
        render_named("salah", settings)
    assert str(raised.value).startswith(f"{tmp_path / 'salah.md'}:4: ")


def test_a_template_whose_front_matter_renders_broken_names_the_line(tmp_path):
    (tmp_path / "yaml.md").write_text("---\ntitle: x\nlabels: [a\n---\nteks\n")
    with pytest.raises(TemplateError) as raised:
        render_named("yaml", Settings(templates_folder=str(tmp_path)))
    assert raised.value.path == tmp_path / "yaml.md"
    assert raised.value.line is not None


def test_a_newsroom_template_overrides_the_built_in_one(tmp_path):
    (tmp_path / "berita.md").write_text("---\ntitle: Desk\n---\nOleh {{ author }}\n")
    text = render_named("berita", Settings(templates_folder=str(tmp_path), default_author="Ani"))
    assert "Oleh Ani" in text
    assert Article.parse(text).meta["template"] == "berita"

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


#: what a journalist types in place of a front matter hint: Indonesian words with an
#: apostrophe, a quote, YAML's indicators, text that reads as another type, non-ASCII
TYPED = [
    "Rumah Ma'ruf Amin kebanjiran",
    "Salat Jum'at dan Qur'an",
    'Jokowi: "Kami siap"',
    "Harga naik #1 tahun ini",
    "'Kutipan' di awal",
    '"Kutipan" di awal',
    "- bukan daftar",
    "> bukan lipatan | juga",
    "2026",
    "yes",
    "null",
    "[Bukan] {daftar}",
    "C:\\data \\n",
    "Bandung — Café Ñandú 😀",
]


def _front_matter_placeholders(text: str):
    from netizen_editor.grammar.frontmatter import split_front_matter

    raw = split_front_matter(text)[0]
    return [found for found in find_placeholders(text) if found.end <= len(raw)]


@pytest.mark.parametrize("name", list(list_templates(Settings())))
@pytest.mark.parametrize("settings, desk", [(Settings(), ""), (SETTINGS, "jum'at")])
def test_whatever_is_typed_over_a_front_matter_hint_is_read_back_whole(name, settings, desk):
    import yaml

    from netizen_editor.article import safe_yaml
    from netizen_editor.grammar.frontmatter import inner, split_front_matter

    text = render_named(name, settings, desk=desk, now=NOW)
    found = _front_matter_placeholders(text)
    assert found, "the title at least is to be filled in"
    for placeholder in found:
        line = text.splitlines()[placeholder.line - 1]
        for typed in TYPED:
            new = text[: placeholder.start] + typed + text[placeholder.end :]
            expected = line.replace(f"[{placeholder.hint}]()", typed).strip()
            meta = Article.parse(new).meta
            values = [v for value in meta.values() for v in (value if isinstance(value, list)
                      else [value])]  # fmt: skip
            assert expected in values, (placeholder.hint, typed, meta)
            # the quick reader and PyYAML agree
            yaml_text = inner(split_front_matter(new)[0])[0]
            assert safe_yaml.load(yaml_text) == yaml.safe_load(yaml_text)


def test_the_title_hint_typed_over_is_the_title():
    text = render_named("ralat", Settings(), now=NOW)
    title = next(p for p in find_placeholders(text) if p.hint == "Judul berita yang diralat")
    new = text[: title.start] + "Rumah Ma'ruf Amin kebanjiran" + text[title.end :]
    assert Article.parse(new).title == "Ralat: Rumah Ma'ruf Amin kebanjiran"


def test_a_story_from_a_template_never_carries_the_templates_id(tmp_path):
    """A template file that kept a story's id would give every story made from it that id:
    two stories saved in the same minute would replace each other's version in History."""
    (tmp_path / "withid.md").write_text(
        "---\ntitle: Templat\nid: 0b6f5c1e-1111-4222-8333-444455556666\ntemplate: lama\n---\nteks\n"
    )
    text = render_named("withid", Settings(templates_folder=str(tmp_path)))
    meta = Article.parse(text).meta
    assert "id" not in meta and "0b6f5c1e" not in text
    assert meta["template"] == "withid"
    assert text.endswith("---\nteks\n")

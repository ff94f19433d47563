"""Placeholders: what the check reports and where the editor's Tab goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from netizen_editor.article.model import Article
from netizen_editor.editing.formatting import next_placeholder
from netizen_editor.templates.placeholders import (
    UnfilledPlaceholders,
    find_placeholders,
    first_placeholder,
    placeholder_at,
    refuse_unfilled,
    unfilled,
)

TEXT = "---\ntitle: '[Judul]()'\n---\n\"[Kutipan](),\" kata [nama]().\n\nBaca juga: [Judul](https://)\n\n![foto]()\n[selesai](https://netizen.co.id/a)\n"


def test_placeholders_are_links_without_an_address():
    found = list(find_placeholders(TEXT))
    assert [(p.hint, p.line, p.is_link) for p in found] == [
        ("Judul", 2, False),
        ("Kutipan", 4, False),
        ("nama", 4, False),
        ("Judul", 6, True),
    ]
    assert found[2].column == TEXT.splitlines()[3].index("[nama]") + 1


def test_the_first_placeholder_is_selected_whole():
    start, end = first_placeholder(TEXT) or (0, 0)
    assert TEXT[start:end] == "[Judul]()"
    assert first_placeholder("no placeholders") is None
    start, end = first_placeholder("Baca juga: [Judul](https://)") or (0, 0)
    assert "Baca juga: [Judul](https://)"[start:end] == "Judul"  # a link's title, then its address


def test_tab_walks_the_template_from_placeholder_to_placeholder():
    fields = []
    at = TEXT.index("[Judul]()")
    while (found := next_placeholder(TEXT, at)) is not None:
        fields.append(TEXT[found[0] : found[1]])
        at = found[0]
    assert fields[:4] == ["[Kutipan]()", "[nama]()", "Judul", "https://"]


def test_what_is_left_to_fill_in_leaves_out_code_and_real_links():
    text = TEXT + "\n`[kode]()` dan\n\n```\n[contoh]()\n```\n\n[ini]() lagi.\n"
    assert [p.hint for p in unfilled(text)] == ["Judul", "Kutipan", "nama", "Judul", "ini"]
    assert unfilled(text)[-1].line == len(text.splitlines())
    assert unfilled("[Berita](https://netizen.co.id/a) ![foto]() [a](/b)") == []


def test_the_link_checks_know_a_placeholder_where_they_find_a_link():
    line = "Baca juga: [Judul](https://) dan [x](https://a.id) ![f]() [](https://)"
    assert placeholder_at(line, line.index("[Judul]") + 1).hint == "Judul"
    assert placeholder_at(line, line.index("[x]") + 1) is None
    assert placeholder_at(line, line.index("[f]") + 1) is None  # an image
    assert placeholder_at(line, line.index("[](") + 1).is_link


def test_an_article_with_placeholders_is_refused_at_the_first_with_the_count(monkeypatch):
    from netizen_editor import i18n

    monkeypatch.setattr(i18n, "_language", "en")
    made = TEXT.replace("---\n", "---\ntemplate: ralat\n", 1)
    with pytest.raises(UnfilledPlaceholders) as caught:
        refuse_unfilled(Article.parse(made, Path("ralat.md")))
    assert (caught.value.line, caught.value.count) == (3, 4)
    assert caught.value.located().startswith("ralat.md:3: 4 placeholder(s) still to be filled in")
    assert "(Judul)" in caught.value.message and "Tab goes to the next" in caught.value.message
    refuse_unfilled(Article.parse("---\ntemplate: x\n---\nTeks [tautan](https://a.id).\n"))
    refuse_unfilled(Article.parse(TEXT))  # not from a template: the link checks' business

"""Placeholders: what the check reports and where the editor's Tab goes."""

from __future__ import annotations

from netizen_editor.editing.formatting import next_placeholder
from netizen_editor.templates.placeholders import find_placeholders, first_placeholder

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

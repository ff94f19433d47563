"""The formatting actions read headings, list items, quotes, links and addresses as the
grammar does (one pattern each, in grammar/patterns.py)."""

from __future__ import annotations

from netizen_editor.editing.formatting import apply_format, continue_block, is_list_item


def run(text: str, kind: str, start: int, end: int | None = None) -> str:
    return apply_format(text, start, start if end is None else end, kind).apply(text)


def test_a_heading_without_a_space_is_a_heading_as_on_the_page():
    assert run("#judul", "heading", 2) == "## judul"
    assert run("## judul", "heading", 4) == "### judul"
    assert run("### judul", "heading", 5) == "judul"


def test_a_link_around_the_cursor_is_unwrapped_and_an_image_is_not():
    assert run("lihat [situs](https://netizen.co.id) ini", "link", 8) == "lihat situs ini"
    assert run("![foto](a.jpg)", "link", 3).startswith("![")


def test_a_selected_address_becomes_the_links_target():
    for address in ("https://netizen.co.id", "www.netizen.co.id", "ftp://arsip.netizen.co.id/a"):
        assert run(address, "link", 0, len(address)) == f"[]({address})"


def test_lists_and_quotes_go_on_with_enter():
    assert is_list_item("  12) butir") and not is_list_item("-tanpa spasi")
    edit = continue_block("- [x] tugas", 11)
    assert edit is not None and edit.replacement == "\n- [ ] "
    edit = continue_block("> > kutipan", 11)
    assert edit is not None and edit.replacement == "\n> > "

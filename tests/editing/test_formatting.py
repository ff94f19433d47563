"""Formatting actions as pure text operations."""

from __future__ import annotations

import pytest

from netizen_editor.editing.formatting import (
    FORMAT_KINDS,
    apply_format,
    continue_block,
    image_link,
    indent_lines,
    insert_paragraph,
    word_at,
)


def run(text: str, kind: str, start: int, end: int | None = None) -> tuple[str, str]:
    """Apply ``kind`` and return (new text, selected text)."""
    edit = apply_format(text, start, start if end is None else end, kind)
    new = edit.apply(text)
    return new, new[edit.sel_start : edit.sel_end]


def cursor_of(text: str, marker: str = "|") -> tuple[str, int]:
    return text.replace(marker, ""), text.index(marker)


def test_bold_wraps_selection_and_keeps_it_selected():
    new, selected = run("make this bold", "bold", 5, 9)
    assert new == "make **this** bold"
    assert selected == "this"


def test_bold_wraps_word_under_cursor():
    text, pos = cursor_of("Presiden Ru|sia bertemu")
    new, _ = run(text, "bold", pos)
    assert new == "Presiden **Rusia** bertemu"


def test_bold_toggles_off_from_inside_and_from_whole_selection():
    text, pos = cursor_of("a **bo|ld** word")
    assert run(text, "bold", pos)[0] == "a bold word"
    text = "a **bold** word"
    assert run(text, "bold", 2, 10) == ("a bold word", "bold")


def test_bold_without_word_inserts_markers_with_cursor_inside():
    edit = apply_format("end. ", 5, 5, "bold")
    assert edit.apply("end. ") == "end. ****"
    assert edit.sel_start == edit.sel_end == 7


def test_selection_with_surrounding_spaces_wraps_only_the_words():
    assert run("say  hello  now", "bold", 3, 12)[0] == "say  **hello**  now"


def test_italic_and_bold_are_told_apart():
    text, pos = cursor_of("**wo|rd**")
    # italic on a bold word adds italic instead of stripping the bold markers
    assert run(text, "italic", pos)[0] == "***word***"
    text, pos = cursor_of("***wo|rd***")
    assert run(text, "italic", pos)[0] == "**word**"
    text, pos = cursor_of("*wo|rd*")
    assert run(text, "italic", pos)[0] == "word"
    assert run(text, "bold", pos)[0] == "***word***"


def test_link_selects_the_url_placeholder():
    new, selected = run("see the report today", "link", 8, 14)
    assert new == "see the [report](https://) today"
    assert selected == "https://"


def test_link_around_a_url_puts_cursor_in_label():
    edit = apply_format("https://netizen.co.id", 0, 21, "link")
    assert edit.apply("https://netizen.co.id") == "[](https://netizen.co.id)"
    assert edit.sel_start == 1


def test_link_toggles_off():
    text, pos = cursor_of("see [the rep|ort](https://x.id) now")
    assert run(text, "link", pos) == ("see the report now", "the report")


def test_heading_cycles():
    text = "Judul kecil"
    h2, _ = run(text, "heading", 3)
    assert h2 == "## Judul kecil"
    h3, _ = run(h2, "heading", 5)
    assert h3 == "### Judul kecil"
    assert run(h3, "heading", 6)[0] == "Judul kecil"
    assert run("# Top", "heading", 0)[0] == "## Top"


def test_heading_keeps_cursor_on_the_same_character():
    edit = apply_format("abc", 1, 1, "heading")
    assert edit.sel_start == 4  # still between "a" and "b"


def test_quote_on_selected_lines_and_back():
    text = "one\ntwo\n\nthree"
    new, _ = run(text, "quote", 0, len(text))
    assert new == "> one\n> two\n>\n> three"
    assert run(new, "quote", 0, len(new))[0] == "one\ntwo\n\nthree"


def test_list_on_selected_lines_and_back():
    text = "intro\napel\njeruk\nend"
    start = text.index("apel")
    end = text.index("jeruk") + len("jeruk")
    new, selected = run(text, "list", start, end)
    assert new == "intro\n- apel\n- jeruk\nend"
    assert selected == "- apel\n- jeruk"
    assert run(new, "list", new.index("- apel"), new.index("end") - 1)[0] == text


def test_list_selection_ending_at_line_start_does_not_take_next_line():
    text = "a\nb\nc"
    assert run(text, "list", 0, 4)[0] == "- a\n- b\nc"


def test_list_turns_numbered_items_into_bullets():
    assert run("1. satu", "list", 0)[0] == "- satu"


def test_image_uses_selection_as_alt_and_selects_path():
    new, selected = run("foto presiden", "image", 0, 13)
    assert new == '![foto presiden](image.jpg "Caption (Foto: credit)")'
    assert selected == "image.jpg"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("One.|\n\nTwo.", "One.\n\n[[ad]]\n|\nTwo."),
        ("One.\n|\nTwo.", "One.\n\n[[ad]]\n|\nTwo."),
        ("O|ne.", "One.\n\n[[ad]]\n|"),
        ("|", "[[ad]]\n|"),
        ("One.\nTw|o.\nThree.", "One.\nTwo.\n\n[[ad]]\n|\nThree."),
    ],
)
def test_ad_slot_is_its_own_paragraph(before, after):
    text, pos = cursor_of(before)
    edit = apply_format(text, pos, pos, "ad")
    expected, cursor = cursor_of(after)
    assert edit.apply(text) == expected
    assert edit.sel_start == cursor


@pytest.mark.parametrize("kind", ["ad", "jump_break", "baca_juga"])
def test_a_block_asked_at_a_paragraphs_start_goes_above_it(kind):
    text = "Lead.\n\nBerikut sebarannya:\n\n| a | b |\n"
    pos = text.index("Berikut")
    new = apply_format(text, pos, pos, kind).apply(text)
    block = new[pos : new.index("\n", pos)]
    assert block and block[0] in "[<B" and "Berikut" not in block
    assert new.index("Berikut") > pos  # the paragraph follows its block, its table after it
    assert new.endswith("Berikut sebarannya:\n\n| a | b |\n")


def test_a_block_asked_at_a_line_inside_a_paragraph_or_at_the_lead_goes_below_it():
    text = "Lead.\n\nOne line\nand its second line.\n\nNext.\n"
    pos = text.index("and")
    new = apply_format(text, pos, pos, "ad").apply(text)
    assert "One line\nand its second line.\n\n[[ad]]\n\nNext." in new
    assert apply_format(text, 0, 0, "ad").apply(text).startswith("Lead.\n\n[[ad]]\n\nOne")


def test_jump_break_and_baca_juga():
    text = "Lead paragraph."
    assert run(text, "jump_break", 3)[0] == "Lead paragraph.\n\n<!--more-->\n"
    new, selected = run(text, "baca_juga", 3)
    assert new == "Lead paragraph.\n\nBaca juga: [Judul](https://)\n"
    assert selected == "Judul"


def test_every_kind_is_handled():
    for kind in FORMAT_KINDS:
        apply_format("some text here", 2, 6, kind)
    with pytest.raises(ValueError):
        apply_format("x", 0, 0, "blink")


def test_paragraph_insert_with_selection_inside_block():
    edit = insert_paragraph("x", 1, "Baca juga: [T](u)", select=(12, 13))
    new = edit.apply("x")
    assert new[edit.sel_start : edit.sel_end] == "T"


@pytest.mark.parametrize(
    ("line", "col", "expected"),
    [
        ("- apel", 6, "- apel\n- "),
        ("* apel", 6, "* apel\n* "),
        ("  - apel", 8, "  - apel\n  - "),
        ("1. satu", 7, "1. satu\n2. "),
        ("9) sembilan", 11, "9) sembilan\n10) "),
        ("- [x] done", 10, "- [x] done\n- [ ] "),
        ("> kutipan", 9, "> kutipan\n> "),
        ("> > dalam", 9, "> > dalam\n> > "),
    ],
)
def test_enter_continues_lists_and_quotes(line, col, expected):
    edit = continue_block(line, col)
    assert edit is not None
    new = line[: edit.start] + edit.replacement + line[edit.end :]
    assert new == expected
    assert edit.cursor == len(expected)


def test_enter_splits_an_item_in_the_middle():
    edit = continue_block("- apel merah", 7)
    assert edit is not None
    assert "- apel merah"[:7] + edit.replacement + "- apel merah"[7:] == "- apel \n- merah"


@pytest.mark.parametrize("line", ["- ", "1. ", ">", "> ", "  * "])
def test_enter_on_empty_item_ends_the_list(line):
    edit = continue_block(line, len(line))
    assert edit is not None
    # the marker goes, the line stays blank and the cursor starts the next paragraph below it
    assert (edit.start, edit.end, edit.replacement, edit.cursor) == (0, len(line), "\n", 1)


@pytest.mark.parametrize(("line", "col"), [("plain text", 5), ("- item", 0), ("---", 3)])
def test_enter_is_plain_elsewhere(line, col):
    assert continue_block(line, col) is None


def test_indent_and_outdent_lines():
    text = "- a\n- b\n\n- c"
    edit = indent_lines(text, 0, len(text))
    new = edit.apply(text)
    assert new == "    - a\n    - b\n\n    - c"
    back = indent_lines(new, 0, len(new), outdent=True).apply(new)
    assert back == text
    assert indent_lines("  - x", 0, 0, outdent=True).apply("  - x") == "- x"


def test_word_at():
    assert word_at("halo dunia", 6) == (5, 10)
    assert word_at("halo  dunia", 5) == (5, 5)


def test_image_link_encodes_awkward_characters():
    assert image_link("my story_files/image-1.png") == "![](my%20story_files/image-1.png)"
    assert image_link("a_files/b (1).png", "alt") == "![alt](a_files/b%20%281%29.png)"


def test_heading_on_an_empty_line_starts_a_level_two_heading():
    from netizen_editor.editing.formatting import cycle_heading

    text = "Paragraf.\n\n\nLain."
    edit = cycle_heading(text, 11, 11)
    assert edit.apply(text) == "Paragraf.\n\n## \nLain."
    assert edit.sel_start == edit.sel_end == 14


@pytest.mark.parametrize(
    ("line", "col", "expected"),
    [
        ("  - kind: ralat", 15, "\n    "),  # a new key of the same list item
        ("    text: Sebelumnya", 20, "\n    "),
        ("labels:", 7, "\n"),
        ("  - Politik", 11, "\n  "),  # a plain list item: no marker added
    ],
)
def test_enter_in_front_matter_keeps_yaml_indentation(line, col, expected):
    from netizen_editor.editing.formatting import continue_yaml

    edit = continue_yaml(line, col)
    assert edit.replacement == expected and edit.cursor == col + len(expected)


def test_tab_goes_to_the_next_placeholder_of_an_inserted_template():
    from netizen_editor.editing.formatting import next_placeholder

    snippet = "Baca juga: [Judul](https://)"
    title = (snippet.index("Judul"), snippet.index("Judul") + 5)
    url = next_placeholder(snippet, title[0])
    assert url is not None and snippet[url[0] : url[1]] == "https://"
    assert next_placeholder(snippet, url[0]) is None
    image = '![](image.jpg "Caption (Foto: credit)")'
    assert next_placeholder(image, 0) == (2, 2)  # the alt text, empty so far
    path = next_placeholder(image, 2)
    assert image[path[0] : path[1]] == "image.jpg"
    caption = next_placeholder(image, path[0])
    assert image[caption[0] : caption[1]] == "Caption (Foto: credit)"

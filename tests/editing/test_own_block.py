"""A photo's block stands on its own wherever it is put."""

from __future__ import annotations

import pytest

from netizen_editor.editing.own_block import block_padding

TEXT = "Paragraf satu.\n\nParagraf dua.\n"
PHOTO = "![](foto.jpg)"


def insert_block(text: str, index: int) -> str:
    """``text`` with the photo put at ``index``, padded as the editor pads it."""
    line_start = text.rfind("\n", 0, index) + 1
    line_end = text.find("\n", index)
    line_end = len(text) if line_end < 0 else line_end
    before = text[: line_start - 1].split("\n")[-1] if line_start else None
    after = text[line_end + 1 :].split("\n")[0] if line_end < len(text) else None
    prefix, suffix = block_padding(before, text[line_start:index], text[index:line_end], after)
    return text[:index] + prefix + PHOTO + suffix + text[index:]


@pytest.mark.parametrize(
    "index,expected",
    [
        # the blank line above a paragraph: a blank line after the photo too
        (len("Paragraf satu.\n"), f"Paragraf satu.\n\n{PHOTO}\n\nParagraf dua.\n"),
        # inside a sentence: the paragraph is split there
        (len("Paragraf satu.\n\nParagraf "),
         f"Paragraf satu.\n\nParagraf \n\n{PHOTO}\n\ndua.\n"),
        # at the end of a paragraph's line
        (len("Paragraf satu."), f"Paragraf satu.\n\n{PHOTO}\n\nParagraf dua.\n"),
        # at the start of the text, above the first paragraph
        (0, f"{PHOTO}\n\nParagraf satu.\n\nParagraf dua.\n"),
        # at the very end, after the last line's break
        (len(TEXT), f"Paragraf satu.\n\nParagraf dua.\n\n{PHOTO}"),
    ],
)  # fmt: skip
def test_the_photo_is_a_block_of_its_own(index, expected):
    assert insert_block(TEXT, index) == expected


def test_blank_lines_already_there_are_not_doubled():
    assert block_padding("", "", "", "") == ("", "")
    assert block_padding(None, "", "", None) == ("", "")

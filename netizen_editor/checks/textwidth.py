"""How wide a line of text is in Arial, the font of Google's result titles (20 px) and
descriptions, without a font engine.

The advance widths are Arial's own, from its ``hmtx`` table in font units (2048 units per em);
Liberation Sans is metric-compatible with Arial, so it gives the same numbers. Characters not
in the table count as a lowercase "n" (an average letter); CJK and emoji are wider, so a title
full of them is measured short.
"""

from __future__ import annotations

UNITS_PER_EM = 2048
TITLE_PX = 20  # Google's desktop result title: Arial 20 px
# The snippet's ~920 px limit is the one SERP tools measure at Arial 13 px (about 155
# characters of English); Google draws the snippet at 14 px today, in two lines of 600 px.
DESCRIPTION_PX = 13
TITLE_MAX_PX = 600  # Google cuts titles at about 600 px
DESCRIPTION_MAX_PX = 920  # and descriptions at about 920 px (two lines)
ELLIPSIS = "…"

_GROUPS: dict[int, str] = {
    391: "'",
    455: "ijl",
    532: "|",
    569: " ftI!,./:;[]\\",
    682: "r-()`",
    684: "{}",
    727: '"',
    797: "*",
    961: "^",
    1024: "cksvxyzJ",
    1139: "abdeghnopquL0123456789#$?_",
    1196: "+<=>~",
    1251: "FTZ",
    1366: "ABEKPSVXY&",
    1479: "wCDHNRU",
    1593: "GOQ",
    1706: "mM",
    1821: "%",
    1933: "W",
    2048: ELLIPSIS + "—",
    2079: "@",
}
ADVANCE: dict[str, int] = {ch: width for width, chars in _GROUPS.items() for ch in chars}
ADVANCE.update({"–": 1139, "’": 455, "‘": 455, "“": 682, "”": 682, "·": 683})
_DEFAULT = ADVANCE["n"]
#: the narrowest advance of all (a character not in the table counts as ``_DEFAULT``)
_NARROWEST = min(ADVANCE.values())


def _units(ch: str) -> int:
    width = ADVANCE.get(ch)
    if width is None:
        base = ch.lower() if ch.isupper() else ch
        import unicodedata

        plain = unicodedata.normalize("NFKD", base)[:1]  # é counts as e
        width = ADVANCE.get(plain.upper() if ch.isupper() else plain, _DEFAULT)
    return width


def text_width(text: str, size_px: float = TITLE_PX) -> float:
    """Width of ``text`` in pixels at ``size_px`` Arial."""
    return sum(_units(ch) for ch in text) * size_px / UNITS_PER_EM


def cut_to_width(text: str, max_px: float, size_px: float = TITLE_PX) -> tuple[str, bool]:
    """``text`` cut at a word, with "…", so that it fits in ``max_px``, as Google shows it;
    and whether it was cut. Only its start is measured: no character is narrower than
    ``_NARROWEST``, so more characters than fit at that width never fit (a 5 MB paragraph
    with no summary was measured whole, on the window's thread, at every keystroke)."""
    most = int(max_px * UNITS_PER_EM / size_px / _NARROWEST)
    if len(text) <= most and text_width(text, size_px) <= max_px:
        return text, False
    text = text[: most + 1]  # the cut is inside it: one character past what can fit
    budget = max_px * UNITS_PER_EM / size_px - _units(ELLIPSIS)
    used = 0
    end = 0
    for index, ch in enumerate(text):
        used += _units(ch)
        if used > budget:
            break
        end = index + 1
    head = text[:end]
    if " " in head.strip() and end < len(text) and text[end] != " ":
        head = head[: head.rstrip().rfind(" ")]
    return head.rstrip(" ,.;:-–—") + ELLIPSIS, True

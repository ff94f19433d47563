"""A page's ``img`` tags read as a browser reads them, without parsing the page: a quoted
value may hold ">" or "<" (``alt="inflasi > 5%"``, an SVG written raw in a ``data:`` address),
and only a ">" outside the quotes ends the tag (QA32 #11: a look that stopped at any ">" left
such a photo's address in the page, where the sanitizer dropped it without a word).

Every quantifier is possessive and a tag always matches up to its ">" (or the page's end, as
a browser's tokenizer goes), so the search goes on after it: each character is read once or
twice whatever a page plants (a tag of megabytes, a quote never closed)."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

# an attribute as HTML's tokenizer reads it: a name (quotes and "<" belong to it), then
# perhaps "=" and a value, quoted or running to a blank or the tag's end
_ATTRIBUTE = r"""(?:[^\s/>=][^\s/>=]*+|=[^\s/>=]*+)(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s>]*+))?+"""
#: an ``img`` tag, from its "<" to its ">" (or the page's end)
IMG = re.compile(rf"<img(?=[\s/>])(?:[\s/]*+{_ATTRIBUTE})*+[\s/]*+>?", re.IGNORECASE)
_ONE = re.compile(
    r"""(?P<name>[^\s/>=][^\s/>=]*+|=[^\s/>=]*+)"""
    r"""(?:\s*+=\s*+(?:"(?P<double>[^"]*+)"|'(?P<single>[^']*+)'|(?P<bare>[^\s>]*+)))?+"""
)
#: where a lazy-loading page keeps a picture's real address while ``src`` shows a placeholder
LAZY = ("data-src", "data-lazy-src", "data-original", "srcset", "data-srcset")
_WEB = ("http://", "https://")


@dataclass(frozen=True)
class Attribute:
    """One attribute of a tag: its name (lower case), its value (character references read)
    and where it stands in the tag's text."""

    name: str
    value: str
    start: int
    end: int


#: the attributes :func:`attributes` reads
READ = frozenset(("src", *LAZY))


def attributes(tag: str) -> dict[str, Attribute]:
    """The attributes of ``tag`` (an :data:`IMG` match) named in :data:`READ`, the first of
    each name, as a browser keeps it."""
    found: dict[str, Attribute] = {}
    for match in _ONE.finditer(tag, 4):  # after "<img"
        name = match.group("name").lower()
        if name not in READ or name in found:
            continue
        raw = match.group("double") or match.group("single") or match.group("bare") or ""
        value = html.unescape(raw) if "&" in raw else raw
        found[name] = Attribute(name, value, match.start(), match.end())
    return found


def real_address(found: dict[str, Attribute]) -> str:
    """The web address a lazy-loading page gives the picture (:data:`LAZY`), "" when none:
    ``data-src="https://…/foto.jpg"``, or a ``srcset``'s first web address."""
    for name in LAZY:
        held = found.get(name)
        if held is None:
            continue
        candidates = held.value.split(",") if name.endswith("srcset") else [held.value]
        for candidate in candidates:
            address = (candidate.split() or [""])[0]
            if address.lower().startswith(_WEB):
                return address
    return ""


def with_attribute(tag: str, old: Attribute | None, new: str) -> str:
    """``tag`` with the attribute ``old`` (None: none yet) replaced by the text ``new``."""
    if old is None:
        return f"{tag[:4]} {new}{tag[4:]}"
    return f"{tag[: old.start]}{new}{tag[old.end :]}"


def quoted(value: str) -> str:
    return '"' + html.escape(value, quote=True) + '"'

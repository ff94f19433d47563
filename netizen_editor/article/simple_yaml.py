"""Front matter of one-line entries, read without a YAML parser: what ``safe_yaml.load`` tries
first (a desk reads the front matter of thousands of articles; libyaml with PyYAML's
constructor takes ~60 µs for ten lines, this ~10 µs).

It takes only a text whose every line is blank, a comment, or a top-level entry at column 0
with a key of ASCII letters, digits, ``_`` and ``-``, and a value that is nothing, one plain
scalar, one quoted scalar without escapes, or a list of such scalars: in brackets on the line
(``[Nasional, Ekonomi]``), or as ``- item`` lines of one indentation under a key without a
value. Scalars are resolved and built by PyYAML's own resolver and constructors, so a date, a
number or ``yes`` is what the loader makes of it. Anything else (a tab, a character YAML's
reader refuses, an escape, a continued line, a nested mapping, an anchor, a tag, a key that is
not text...) is left to the loader: :func:`load_simple` then answers None, as it does for
a value whose constructor fails (the loader says why, with its line). A property test reads
every text both ways (tests/article/test_simple_yaml.py).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.reader import Reader
from yaml.resolver import Resolver

_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
#: the dates and times ``fromisoformat`` reads to what PyYAML's constructor makes of them
_ISO_TIME = re.compile(r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d:\d\d(?:Z|[+-]\d\d:\d\d)?)?", re.ASCII)
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,127}):(?: +|$)")  # YAML: a key under 1,024
_ITEM = re.compile(r"( *)-(?: +|$)")
#: what a plain scalar may not start with (YAML's indicators, a space)
_NOT_PLAIN_START = frozenset("-?:,[]{}#&*!|>'\"%@` ")
#: what no line of a text read here holds: a tab, a BOM, line breaks other than LF and CRLF
#: (a lone CR is looked at on its own)
_SPECIAL = re.compile("[\t\ufeff\x85\u2028\u2029]")
#: flow items are split at commas; these in one mean something else to YAML
_FLOW_SPECIAL = re.compile(r"[\[\]{}#:?\"'\\]")


class _Scalars(Resolver, SafeConstructor):
    """PyYAML's resolver and safe constructors, for one scalar at a time."""


_SCALARS = _Scalars()
_CONSTRUCTORS = SafeConstructor.yaml_constructors
_IMPLICIT = Resolver.yaml_implicit_resolvers  # first character -> [(tag, pattern)]
_TEXT_KEYS: set[str] = set()  # keys seen that resolve to text
_TEXT_KEYS_KEPT = 1024


class _NotSimple(Exception):
    """The text is left to the YAML loader."""


def load_simple(text: str) -> dict[str, Any] | None:
    """What ``yaml.safe_load(text)`` gives for a front matter of one-line entries (a dict), or
    None when the text is not one (or a value cannot be built): the loader reads it then."""
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    if _SPECIAL.search(text) or Reader.NON_PRINTABLE.search(text):
        return None
    try:
        return _entries(text.split("\n"))
    except _NotSimple:
        return None


def _entries(lines: list[str]) -> dict[str, Any] | None:
    data: dict[str, Any] = {}
    index, count = 0, len(lines)
    while index < count:
        line = lines[index]
        index += 1
        if _skipped(line):
            continue
        m = _KEY.match(line)
        if m is None:
            raise _NotSimple
        key = _key(m.group(1))
        rest = line[m.end() :].rstrip(" ")
        if rest:
            data[key] = _value(rest)
            continue
        items: list[Any] = []
        indent: str | None = None
        while index < count:  # ``- item`` lines under it
            line = lines[index]
            if _skipped(line):
                index += 1
                continue
            item = _ITEM.match(line)
            if item is None:
                break
            if indent is None:
                indent = item.group(1)
            elif item.group(1) != indent:
                raise _NotSimple
            value = line[item.end() :].rstrip(" ")
            if not value or value[0] == "[":
                raise _NotSimple
            items.append(_scalar(value))
            index += 1
        if index < count and lines[index][:1] == " ":
            raise _NotSimple  # a continued value, a nested mapping
        data[key] = items if indent is not None else None
    return data or None


def _skipped(line: str) -> bool:
    """A blank line, or a comment on a line of its own."""
    stripped = line.lstrip(" ")
    return not stripped or stripped[0] == "#"


def _key(key: str) -> str:
    if key in _TEXT_KEYS:
        return key
    if _tag(key) != _STR:
        raise _NotSimple  # yes, null, on: not a text key
    if len(_TEXT_KEYS) < _TEXT_KEYS_KEPT:
        _TEXT_KEYS.add(key)
    return key


def _tag(text: str) -> str:
    """``Resolver.resolve`` of the plain scalar ``text`` (not empty): its first character's
    implicit resolvers, in order."""
    if None in _IMPLICIT:  # resolvers for any first character (none in PyYAML's own)
        return str(_SCALARS.resolve(yaml.ScalarNode, text, (True, False)))
    for tag, pattern in _IMPLICIT.get(text[0], ()):
        if pattern.match(text):
            return str(tag)
    return _STR


def _value(text: str) -> Any:
    if text[0] == "[":
        if text[-1] != "]":
            raise _NotSimple
        inner = text[1:-1]
        if not inner.strip(" "):
            return []
        if _FLOW_SPECIAL.search(inner):
            raise _NotSimple
        items = [item.strip(" ") for item in inner.split(",")]
        if not all(items):
            raise _NotSimple  # [a,,b], [a, b, ]
        return [_scalar(item) for item in items]
    return _scalar(text)


def _scalar(text: str) -> Any:
    """One scalar written on its own (trailing spaces removed): quoted or plain."""
    first = text[0]
    if first == '"' or first == "'":
        if len(text) < 2 or text[-1] != first or first in text[1:-1]:
            raise _NotSimple  # unclosed, something after it, an inner quote ('' escape)
        value = text[1:-1]
        if first == '"' and "\\" in value:
            raise _NotSimple
        return value
    if first in _NOT_PLAIN_START or ": " in text or " #" in text or text[-1] == ":":
        raise _NotSimple  # an indicator, a mapping, a comment
    tag = _tag(text)
    if tag == _STR:
        return text
    if tag == _TIMESTAMP and _ISO_TIME.fullmatch(text):  # an article's date: ~7x quicker
        with contextlib.suppress(ValueError):  # no such day: the constructor says so
            return (dt.datetime if "T" in text else dt.date).fromisoformat(text)
    try:
        return _CONSTRUCTORS[tag](_SCALARS, yaml.ScalarNode(tag, text))
    except Exception:  # a value the loader refuses: it says why, with its line
        raise _NotSimple from None

"""YAML for front matter that only ever fails with a ``yaml.YAMLError`` carrying a line.

PyYAML's safe loader lets plain Python exceptions escape for values it cannot build
(``2023-09-31``, a time of ``25:00``, an offset of ``+99:00``, ``!!int abc``,
``!!timestamp besok``, an integer of 5,000 digits) and recurses once per nesting level, so a
deeply nested value ends in ``RecursionError``. This loader turns each of those into a
``ConstructorError`` or ``ComposerError`` at the node's line, limits nesting, and refuses
front matter too large to parse in reasonable time and memory.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

from netizen_editor.i18n import tr

MAX_DEPTH = 40  # nested lists / mappings in front matter
MAX_CHARS = 256 * 1024  # front matter larger than this is refused before it is parsed

_TIME_TAGS = {"tag:yaml.org,2002:timestamp"}
_SHORT = "tag:yaml.org,2002:"
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Loader(yaml.SafeLoader):
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                raise ComposerError(
                    None,
                    None,
                    tr("values nested more than {limit} levels deep", limit=MAX_DEPTH),
                    self.peek_event().start_mark,
                )
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_scalar(self, node: Any) -> Any:
        value = super().construct_scalar(node)
        if isinstance(value, str) and _SURROGATE.search(value):
            # PyYAML reads "\\ud83d\\ude00" as two lone surrogates, which no file, URL or page
            # can hold: a pair becomes its character, a lone one U+FFFD
            value = value.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
        return value

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except yaml.YAMLError:
            raise
        except (ValueError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
            raise ConstructorError(None, None, _problem(node, exc), node.start_mark) from None


def _problem(node: yaml.Node, exc: BaseException) -> str:
    tag = str(node.tag)
    short = "!!" + tag[len(_SHORT) :] if tag.startswith(_SHORT) else tag
    value = node.value if isinstance(node, yaml.ScalarNode) else ""
    shown = repr(value if len(value) <= 40 else value[:40] + "…")
    if tag in _TIME_TAGS:
        detail = str(exc) if isinstance(exc, ValueError) else tr("not a date")
        if "offset" in detail:
            detail = tr("the time zone offset must be under 24 hours")
        return tr("{value} is not a real date or time ({detail})", value=shown, detail=detail)
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return tr("a number of {count} digits is too long", count=len(value))
    return tr("{value} cannot be read as {tag}", value=shown, tag=short)


def load(text: str) -> Any:
    """``yaml.safe_load`` whose every failure is a ``yaml.YAMLError`` with a mark."""
    if len(text) > MAX_CHARS:
        raise yaml.YAMLError(
            tr("the front matter is larger than {size} KB", size=MAX_CHARS // 1024)
        )
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()

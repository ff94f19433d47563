"""YAML for front matter that only ever fails with a ``yaml.YAMLError`` carrying a line.

PyYAML's safe loader lets plain Python exceptions escape for values it cannot build
(``2023-09-31``, a time of ``25:00``, an offset of ``+99:00``, ``!!int abc``,
``!!timestamp besok``, an integer of 5,000 digits) and recurses once per nesting level, so a
deeply nested value ends in ``RecursionError``. This loader turns each of those into a
``ConstructorError`` or ``ComposerError`` at the node's line, limits nesting, and refuses
front matter too large to parse in reasonable time and memory.

Aliases (``*name``) are kept by PyYAML as shared references, so a "billion laughs" of less than
1 KB (``b: &b [*a, *a, …]`` nine-fold, level on level) is read in no time, but whatever walks
the values as copies (comparing two versions' fields, printing them, JSON) met 9^n of them: 13.7
GB and 152 s for one of 7 levels in ``history --diff`` (QA35 #1). The values a front matter
reads as, each alias counted as a copy of what it names, are bounded as its nesting is
(``MAX_ALIASED``, ``MAX_DEPTH``), and a value that holds itself (``&a [*a]``) is refused.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import Composer, ComposerError
from yaml.constructor import ConstructorError
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from netizen_editor.article.simple_yaml import load_simple
from netizen_editor.i18n import tr

MAX_DEPTH = 40  # nested lists / mappings in front matter
MAX_CHARS = 256 * 1024  # front matter larger than this is refused before it is parsed
#: values a front matter's aliases may add, each counted as a copy of what it names
MAX_ALIASED = 10_000

_TIME_TAGS = {"tag:yaml.org,2002:timestamp"}
_SHORT = "tag:yaml.org,2002:"
_SURROGATE = re.compile("[\ud800-\udfff]")
#: what PyYAML's reader refuses (yaml.reader.Reader.NON_PRINTABLE)
_NON_PRINTABLE = Reader.NON_PRINTABLE


class _Safe(yaml.constructor.SafeConstructor):
    """The safe constructor whose every failure is a YAMLError at the node's line."""

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
        except (ValueError, TypeError, AttributeError, OverflowError, RecursionError,
                IndexError, KeyError) as exc:  # fmt: skip
            raise ConstructorError(None, None, _problem(node, exc), node.start_mark) from None


class _Loader(Reader, Scanner, Parser, Composer, _Safe, Resolver):
    """PyYAML's pure-Python safe loader, nesting limited: the reference every text is read
    with when the quick one (below) does not take it, and whose errors the user sees."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        _Safe.__init__(self)
        Resolver.__init__(self)
        self._depth = 0
        self._first_alias: Any = None  # the mark of the document's first alias

    def compose_document(self) -> Any:
        node = super().compose_document()
        if node is not None and self._first_alias is not None:
            _bound_aliases(node, self._first_alias)
        return node

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self._first_alias is None and self.check_event(yaml.AliasEvent):
            self._first_alias = self.peek_event().start_mark
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


def _bound_aliases(root: yaml.Node, mark: Any) -> None:
    """Refuse the tree ``root`` when, read with each alias as a copy of what it names, it
    holds more than ``MAX_ALIASED`` values besides its own, more text than ``MAX_CHARS`` (one
    alias of a 50 KB text, 2,000 times: 100 MB of labels, QA36 #1), nests past ``MAX_DEPTH``
    or holds itself; ``mark``: its first alias, where the error points. One walk of its
    distinct nodes, without recursion (an alias of an alias of … is as deep as it reads)."""
    read: dict[int, tuple[int, int, int]] = {}  # a node's (values, depth, characters), capped
    started: set[int] = set()  # the nodes whose values are being counted: the walk's path
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    cap = MAX_ALIASED + _distinct(root) + 1
    while stack:
        node, counted = stack.pop()
        key = id(node)
        children = _children(node)
        if counted:
            values = min(cap, 1 + sum(read[id(c)][0] for c in children))
            depth = 1 + max((read[id(c)][1] for c in children), default=0)
            own = len(node.value) if isinstance(node, yaml.ScalarNode) else 0
            chars = min(MAX_CHARS + 1, own + sum(read[id(c)][2] for c in children))
            read[key] = (values, depth, chars)
            started.discard(key)
            continue
        if key in read:
            continue
        if key in started:
            raise ComposerError(None, None, tr("a value that holds itself"), mark)
        started.add(key)
        stack.append((node, True))
        stack.extend((c, False) for c in children if id(c) not in read)
    values, depth, chars = read[id(root)]
    if depth > MAX_DEPTH:
        message = tr("values nested more than {limit} levels deep", limit=MAX_DEPTH)
        raise ComposerError(None, None, message, mark)
    if values >= cap:
        message = tr("its aliases (*name) stand for more than {limit} values", limit=MAX_ALIASED)
        raise ComposerError(None, None, message, mark)
    if chars > MAX_CHARS:
        message = tr("its aliases (*name) stand for more than {size} KB of text",
                     size=MAX_CHARS // 1024)  # fmt: skip
        raise ComposerError(None, None, message, mark)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _distinct(root: yaml.Node) -> int:
    """The distinct nodes of the tree ``root`` (each alias once: as they were written)."""
    seen = {id(root)}
    stack = [root]
    while stack:
        for child in _children(stack.pop()):
            if id(child) not in seen:
                seen.add(id(child))
                stack.append(child)
    return len(seen)


try:  # libyaml, in PyYAML's wheels
    from yaml.cyaml import CParser as _CParser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - PyYAML built without it
    _CParser = None  # type: ignore[misc, assignment]


class _QuickLoader(_CParser or object, _Safe, Resolver):  # type: ignore[misc]
    """The same constructor and resolver on libyaml's parser: ~10x faster (a desk reads
    thousands of front matters); used only on text :func:`_quick` lets through."""

    def __init__(self, stream: str) -> None:
        _CParser.__init__(self, stream)  # type: ignore[union-attr]
        _Safe.__init__(self)
        Resolver.__init__(self)


#: what a front matter rarely holds and the two readers may read differently (block scalars,
#: tags, anchors, directives, tabs, a BOM...): such a text is read by the reference loader
_UNCOMMON = re.compile("[|>%@`&*!?\\\\\t\ufeff]")
#: the start of a line up to its content: indentation, block sequence and mapping indicators
_STRUCTURE = re.compile(r"[ \t]*(?:[-?:][ \t]+)*")


def _quick(text: str) -> bool:
    """Whether libyaml may read ``text`` (the answer is then the pure loader's, and no stack
    is deep): nothing the two readers differ on (tabs, characters the reader refuses, a BOM),
    and nesting bounded well below MAX_DEPTH by the brackets and the lines' structure."""
    if _CParser is None or _UNCOMMON.search(text) or _NON_PRINTABLE.search(text):
        return False
    if text.count("[") + text.count("{") > MAX_DEPTH // 2:
        return False
    for line in text.splitlines():  # every line break YAML knows (and more)
        structure = _STRUCTURE.match(line)
        if structure is not None and structure.end() > MAX_DEPTH // 2:
            return False
    return True


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
    simple = load_simple(text)  # one-line entries: no parser (a desk reads thousands)
    if simple is not None:
        return simple
    if _quick(text):
        quick = _QuickLoader(text)
        try:
            return quick.get_single_data()
        except (yaml.YAMLError, ValueError, TypeError, RecursionError):
            pass  # said by the reference loader, in its words
        finally:
            quick.dispose()
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()

"""The one loader of every TOML file the app reads (settings, house styles): a regular file
only, up to a size cap, UTF-8, parsed with the same limits, and every problem an error of
the caller's kind (``error``: :class:`SettingsError` for the settings, :class:`SkinError` for a
skin's) naming the file and, where there is one, the line (``FILE:LINE: ...``).

A FIFO, a device (``/dev/zero``), a socket or a folder is refused before a byte is read: the
file is opened with ``O_NONBLOCK`` (opening a FIFO without a writer never blocks then) and
checked with ``fstat`` on the open descriptor, so a link or a file swapped in after a check
cannot slip through. TOML nested thousands deep makes ``tomllib`` recurse past Python's limit:
that is an error with its line too, never a ``RecursionError``.
"""

from __future__ import annotations

import ast
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from netizen_editor.errors import ArticleError, NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.storage import capped

#: the largest TOML file read (a settings file is a few hundred bytes; a house style with
#: 50,000 banned words is under 1 MB)
MAX_BYTES = 1024 * 1024
#: nesting of ``[`` and ``{`` beyond which a file is refused before parsing
MAX_DEPTH = 100
_AT = re.compile(r"\s*\(at line (\d+), column \d+\)")
_AT_END = re.compile(r"\s*\(at end of document\)")
_BRACKET = re.compile(r"[\[\]{}]")


def read_regular(
    path: Path | str,
    what: str,
    max_bytes: int = MAX_BYTES,
    *,
    error: type[NetizenError] = ArticleError,
) -> bytes:
    """The bytes of the regular file at ``path``, at most ``max_bytes``; ``error`` when it is
    missing, not a regular file, too big or unreadable. ``what`` names the file in the
    messages, translated ("the settings file", "the house style file"). (``error`` defaults to
    ArticleError only for spelling/nonstandard.py, which catches that; the others name theirs.)
    """
    path = Path(path)
    try:
        return capped.read_regular(path, max_bytes, follow_links=True)[0]
    except (FileNotFoundError, NotADirectoryError):
        raise error(tr("{what} does not exist", what=what), path=path) from None
    except capped.NotRegularFile:
        kind = tr("a folder") if os.path.isdir(path) else tr("a device, pipe or socket")
        message = tr("{what} is {kind}, not a regular file", what=what, kind=kind)
        raise error(message, path=path) from None
    except capped.FileTooLarge:
        raise _too_big(path, what, max_bytes, error) from None
    except OSError as exc:
        raise error(_cannot_read(what, exc), path=path) from None


def load_toml(
    path: Path | str, what: str, max_bytes: int = MAX_BYTES, *, error: type[NetizenError]
) -> tuple[dict[str, Any], str]:
    """The parsed TOML file at ``path`` and its text; ``error`` with the line."""
    path = Path(path)
    return parse_toml(read_regular(path, what, max_bytes, error=error), what, path, error=error)


def parse_toml(
    raw: bytes | str, what: str, path: Path | None = None, *, error: type[NetizenError]
) -> tuple[dict[str, Any], str]:
    """TOML from bytes or text, and the text; ``error`` (with the line) when it cannot be
    used."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise error(
                tr("{what} is not UTF-8 (byte {byte})", what=what, byte=exc.start),
                path=path,
                line=line,
            ) from None
    else:
        text = raw
    deep = _deepest_line(text, MAX_DEPTH)
    if deep is not None:
        raise _nested(what, path, deep, error)
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _AT.search(message)
        line = int(m.group(1)) if m else max(1, len(text.splitlines()))  # at the end
        problem = toml_words(_AT_END.sub("", _AT.sub("", message)).strip())
        raise error(tr("broken TOML: {problem}", problem=problem), path=path, line=line) from None
    except RecursionError:  # "]" in strings hid the depth from the count below
        raise _nested(what, path, _deepest_line(text, 0) or 1, error) from None


def toml_words(problem: str) -> str:
    """tomllib's message in the user's language: each one is a key of the catalog (the named
    key or character of the few that name one is put into its sentence)."""
    for pattern, sentence in _TOML_NAMING:
        m = pattern.fullmatch(problem)
        if m is not None:
            return tr(sentence, name=_key_name(m.group(1)))
    return tr(problem)  # tomllib's own sentences are catalog keys (checks.id.toml)


def _key_name(named: str) -> str:
    """A key as the file writes it: tomllib names a table key as a tuple (``('a', 'b')``)."""
    try:
        value = ast.literal_eval(named)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return named
    if isinstance(value, tuple) and all(isinstance(part, str) for part in value):
        return ".".join(value)
    return named


#: tomllib's messages that name a key or a character, and their catalog sentence
_TOML_NAMING = [
    (re.compile(r"Cannot declare (.{1,200}) twice"), "Cannot declare {name} twice"),
    (re.compile(r"Duplicate inline table key (.{1,200})"), "Cannot declare {name} twice"),
    (re.compile(r"(?:Illegal|Found invalid) character (.{1,20})"), "Illegal character {name}"),
]


def _deepest_line(text: str, limit: int) -> int | None:
    """The line where the nesting of ``[`` and ``{`` first passes ``limit`` (with 0: where it
    is deepest), or None. Counted over the raw text, brackets in strings too."""
    if text.count("[") + text.count("{") <= limit:
        return None
    depth = deepest = 0
    where = None
    for m in _BRACKET.finditer(text):
        depth = depth + 1 if m.group(0) in "[{" else max(0, depth - 1)
        if depth > max(limit, deepest):
            deepest, where = depth, m.start()
            if limit:
                break
    return None if where is None else text.count("\n", 0, where) + 1


def _nested(what: str, path: Path | None, line: int, error: type[NetizenError]) -> NetizenError:
    return error(
        tr("{what} is nested too deeply (over {limit} levels)", what=what, limit=MAX_DEPTH),
        path=path,
        line=line,
    )


def _cannot_read(what: str, exc: OSError) -> str:
    return tr("cannot read {what}: {reason}", what=what, reason=plain_reason(exc))


def _too_big(path: Path, what: str, max_bytes: int, error: type[NetizenError]) -> NetizenError:
    return error(tr("{what} is over {size} KB", what=what, size=max_bytes // 1024), path=path)

"""The desk's house style: which rules run, their thresholds, and its own words.

A TOML file a desk shares (its path is the settings' ``house_style``)::

    disabled = ["readability"]          # rules turned off

    [title-length]                      # a rule's thresholds (see DEFAULTS)
    max_px = 580

    [words]
    banned = ["oknum"]                  # words the desk does not print

    [words.replace]                     # words the desk writes another way
    merubah = "mengubah"

Anything not in the file keeps its built-in default. A file that cannot be read or is wrong
gives one ``house-style`` finding with the file and line, and the defaults are used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from stat import S_ISREG
from typing import Any

from netizen_editor.checks.findings import Finding, Level
from netizen_editor.checks.registry import CheckContext, rule
from netizen_editor.checks.wordmatch import MAX_PARTS, WordMatcher, parts
from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.grammar.inline import blank_non_prose
from netizen_editor.grammar.prose import NOT_PROSE_KINDS
from netizen_editor.grammar.scan import LocatedBlock
from netizen_editor.i18n import tr
from netizen_editor.settings import Settings
from netizen_editor.spelling.front import front_values

RULE_ID = "house-style"

# Built-in thresholds, one place: every rule reads its numbers through ``setting``.
DEFAULTS: dict[str, dict[str, Any]] = {
    "title-length": {"max_px": 600},
    "summary": {"min_chars": 120, "max_chars": 156},
    "slug": {"max_chars": 75},
    "labels": {"max_labels": 5},
    "lead-length": {"max_words": 35},
    "readability": {
        "paragraph_words": 150,
        "sentence_words": 25,
        "long_sentence_percent": 30,
        "min_sentences": 10,
        "subheading_words": 300,
        "long_story_words": 600,
    },
    "image-size": {"min_width": 1200, "max_kb": 1024},
    "ad-density": {"words_per_ad": 150},
    "remote-resource": {"allowed_hosts": []},
    "child-protection": {"max_age": 17},
    "release-copy": {"min_words": 12},
}
KNOWN_RULES = (
    *DEFAULTS,
    "dateline", "image-alt", "image-credit", "image-missing", "link-text", "links", "pedoman",
    RULE_ID,
    "spelling", "non-standard",
    "template-placeholder", "template-link", "live-updates", "advertorial-label",
    "weekday", "repeated-word", "quotes", "review", "featured-image", "front-matter",
    "repeated-key", "title-caps", "empty-heading", "hashtag-heading", "direction-control",
    "share-image",
)  # fmt: skip
#: the least a threshold may be where less makes no sense: a run of 0 or 1 words is in any
#: story and its release alike, so every word would be "copied"
MINIMUMS: dict[tuple[str, str], int] = {("release-copy", "min_words"): 5}
#: entries in one list (banned, replace, allowed_hosts): 20,000 banned words are checked in
#: about the time of 20 (see ``wordmatch``); far more is a mistake (a dictionary pasted in)
MAX_LIST = 50_000


@dataclass
class HouseStyle:
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    disabled: set[str] = field(default_factory=set)
    banned: list[str] = field(default_factory=list)
    replace: dict[str, str] = field(default_factory=dict)
    path: Path | None = None
    problem: tuple[int, str] | None = None  # (line, message) when the file was not used

    def __post_init__(self) -> None:
        self.options.setdefault(RULE_ID, {})
        self.options[RULE_ID].update(
            {"banned": self.banned, "replace": self.replace, "path": self.path,
             "problem": self.problem}
        )  # fmt: skip


class HouseStyleError(ValueError):
    def __init__(self, message: str, line: int = 1):
        super().__init__(message)
        self.message = message
        self.line = line


def setting(context: CheckContext, rule_id: str, key: str) -> Any:
    """A rule's threshold: the house style's value, else the built-in default."""
    return context.options.get(rule_id, {}).get(key, DEFAULTS[rule_id][key])


def parse_house_style(text: str, path: Path | None = None) -> HouseStyle:
    """A house style from TOML text; raises HouseStyleError with the line."""
    from netizen_editor.storage.toml_file import parse_toml

    try:
        data, text = parse_toml(text, tr("the house style file"), path, error=NetizenError)
    except NetizenError as exc:
        raise HouseStyleError(exc.message, exc.line or 1) from None
    lines = text.splitlines()
    style = HouseStyle(path=path)
    for key, value in data.items():
        where = _line_of(lines, key)
        if key == "disabled":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise HouseStyleError(tr("'disabled' must be a list of rule names"), where)
            for name in value:
                if name not in KNOWN_RULES:
                    raise HouseStyleError(tr("no rule is called '{name}'", name=name), where)
            style.disabled = set(value)
        elif key == "words":
            _read_words(value, style, lines)
        elif key in DEFAULTS:
            style.options[key] = _read_thresholds(key, value, lines)
        else:
            raise HouseStyleError(tr("unknown entry '{key}'", key=key), where)
    style.__post_init__()
    return style


def _read_thresholds(rule_id: str, value: Any, lines: list[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise HouseStyleError(tr("'{key}' must be a table", key=rule_id), _line_of(lines, rule_id))
    out: dict[str, Any] = {}
    for key, item in value.items():
        where = _line_of(lines, key)
        if key not in DEFAULTS[rule_id]:
            known = ", ".join(DEFAULTS[rule_id])
            raise HouseStyleError(
                tr("'{rule}' has no setting '{key}' (it has: {known})",
                   rule=rule_id, key=key, known=known), where
            )  # fmt: skip
        default = DEFAULTS[rule_id][key]
        if isinstance(default, list):
            if not isinstance(item, list) or not all(isinstance(v, str) for v in item):
                raise HouseStyleError(tr("'{key}' must be a list of text", key=key), where)
            _check_size(key, item, where)
        elif not isinstance(item, int) or isinstance(item, bool) or item < 0:
            raise HouseStyleError(tr("'{key}' must be a whole number", key=key), where)
        elif item < (least := MINIMUMS.get((rule_id, key), 0)):
            raise HouseStyleError(
                tr("'{key}' must be at least {least}", key=key, least=least), where
            )
        out[key] = item
    return out


def _read_words(value: Any, style: HouseStyle, lines: list[str]) -> None:
    where = _line_of(lines, "words")
    if not isinstance(value, dict):
        raise HouseStyleError(tr("'{key}' must be a table", key="words"), where)
    for key, item in value.items():
        if key == "banned":
            listed = isinstance(item, list)
            words_ok = listed and all(isinstance(v, str) and v.strip() for v in item)
            if not words_ok:
                raise HouseStyleError(
                    tr("'{key}' must be a list of text", key="banned"), _line_of(lines, key)
                )
            _check_size(key, item, _line_of(lines, key))
            _check_phrases(key, item, _line_of(lines, key))
            style.banned = [v.strip() for v in item]
        elif key == "replace":
            if not isinstance(item, dict) or not all(
                isinstance(v, str) and v.strip() and k.strip() for k, v in item.items()
            ):
                raise HouseStyleError(
                    tr("'replace' must list words with their replacement: word = \"use\""),
                    _line_of(lines, "replace"),
                )
            _check_size(key, item, _line_of(lines, key))
            _check_phrases(key, item, _line_of(lines, key))
            style.replace = {k.strip(): v.strip() for k, v in item.items()}
        else:
            raise HouseStyleError(tr("unknown entry '{key}'", key=key), _line_of(lines, key))


def _check_size(key: str, items: list[Any] | dict[str, Any], where: int) -> None:
    if len(items) > MAX_LIST:
        raise HouseStyleError(
            tr("'{key}' has {count} entries; at most {limit} are allowed",
               key=key, count=len(items), limit=MAX_LIST), where
        )  # fmt: skip


def _check_phrases(key: str, items: Iterable[str], where: int) -> None:
    """A phrase of the desk's words is at most ``MAX_PARTS`` words and signs (20 words): the
    matcher walks each place of a story at most that far (``wordmatch``)."""
    for item in items:
        if len(parts(item.strip())) > MAX_PARTS:
            phrase = item.strip()
            raise HouseStyleError(
                tr("'{key}' holds a phrase too long to look for (20 words at most): '{phrase}'",
                   key=key, phrase=phrase if len(phrase) <= 60 else phrase[:60] + "…"), where
            )  # fmt: skip


def _line_of(lines: list[str], key: str) -> int:
    pattern = re.compile(rf"^\s*(\[+\s*)?([\w.-]+\.)?[\"']?{re.escape(key)}[\"']?\s*(=|\])")
    for number, line in enumerate(lines, start=1):
        if pattern.match(line):
            return number
    return 1


def load_house_style(path: Path) -> HouseStyle:
    """The house style in ``path``; on a problem the defaults, with the problem kept. Parsed
    once per path, size and time: a desk's big lists are read again only when they change."""
    try:
        stat = path.stat()
    except OSError as exc:
        problem = tr("cannot read {what}: {reason}", what=tr("the house style file"),
                     reason=plain_reason(exc))  # fmt: skip
        return HouseStyle(path=path, problem=(1, problem))
    if not S_ISREG(stat.st_mode):  # refused by the reader (never blocks on a FIFO); not cached
        return _load.__wrapped__(path, 0, -1)
    return _load(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime: int, _size: int) -> HouseStyle:
    from netizen_editor.storage.toml_file import MAX_BYTES, read_regular

    try:
        raw = read_regular(path, tr("the house style file"), MAX_BYTES, error=NetizenError)
        return parse_house_style(raw.decode("utf-8-sig"), path)
    except NetizenError as exc:
        return HouseStyle(path=path, problem=(exc.line or 1, exc.message))
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = tr("{what} is not UTF-8 (byte {byte})", what=tr("the house style file"),
                     byte=exc.start)  # fmt: skip
        return HouseStyle(path=path, problem=(line, message))
    except HouseStyleError as exc:
        return HouseStyle(path=path, problem=(exc.line, exc.message))


def house_style_for(settings: Settings) -> HouseStyle:
    name = settings.house_style.strip()
    return load_house_style(Path(name).expanduser()) if name else HouseStyle()


# -- the rule: the file's problem and the desk's words ------------------------------------------
@rule(RULE_ID)
def check_house_style(context: CheckContext) -> Iterator[Finding]:
    options = context.options.get(RULE_ID, {})
    problem = options.get("problem")
    if problem:
        line, message = problem
        yield Finding(
            line, 1, Level.WARNING, RULE_ID,
            tr("{message}; the built-in house style is used", message=message),
            path=options.get("path"),
        )  # fmt: skip
    banned: list[str] = options.get("banned") or []
    replace: dict[str, str] = options.get("replace") or {}
    if not (banned or replace):
        return
    key = (tuple(banned), tuple(replace.items()))
    matcher = _matcher(key[0], tuple(replace))
    wanted = {k.lower(): v for k, v in replace.items()}

    prose = context.prose

    def finding(number: int, column: int, word: str, length: int) -> Finding:
        use = wanted.get(word.lower())
        if use is None:
            message = tr("'{word}' is not used by the house style", word=word)
            suggestions: tuple[str, ...] = ()
        else:
            use = use[:1].upper() + use[1:] if word[:1].isupper() else use
            message = tr("the house style writes '{use}', not '{word}'", use=use, word=word)
            suggestions = (use,)
        return Finding(
            number, column, Level.WARNING, RULE_ID, message, suggestions, length=length,
            extra={"word": word} if length else {},
        )  # fmt: skip

    def read(lines: Iterable[tuple[int, str]]) -> Iterator[Finding]:
        for number, raw in lines:
            context.step(number)
            if next(iter(matcher.finditer(raw)), None) is None:
                continue  # most lines hold none of the desk's words
            # the words a reader reads, as the spelling rules read them: not those of review
            # comments, deleted text, code or links' targets (blanked, so columns stay)
            line = blank_non_prose(prose.read(number, raw))
            for start, end in matcher.finditer(line):
                yield finding(number, start + 1, line[start:end], end - start)

    def block_lines(located: LocatedBlock) -> Iterator[Finding]:
        return read(enumerate(located.block.lines, start=located.line))

    yield from _front(context, matcher, finding)
    slot = context.slot(RULE_ID, key)
    yield from slot.collect(context.blocks, block_lines, skip=NOT_PROSE_KINDS)


def _front(
    context: CheckContext, matcher: WordMatcher, finding: Callable[[int, int, str, int], Finding]
) -> Iterator[Finding]:
    """The desk's words in what readers read of the front matter (the headline, the search
    description, the photo caption), read as YAML reads the values (a template's ``title:
    >-`` with the text on the next line too), each at the file line and column it is written
    at, as the spelling rules place theirs (``spelling.front``). A word not written as read (a
    YAML escape, a phrase a folded value breaks over two lines) is at its first word, or the
    key's line, with no length: nothing there to replace."""
    body_line = context.article.body_line
    # the front matter's lines as the scan numbers them, split off the text's start only
    head = _LINE_END.split(context.text, maxsplit=body_line - 1)[: body_line - 1]
    for _key, value, written in front_values(context.article, head):
        context.step(written.key_line)
        for value_line in value.splitlines():
            line = blank_non_prose(value_line)
            for start, end in matcher.finditer(line):
                word = value_line[start:end]
                found = written.find(word)
                if found is not None:
                    number, first, last = found
                    yield finding(number, first + 1, head[number - 1][first:last], last - first)
                    continue
                found = written.find(word.split()[0]) if " " in word else None
                number, column = (found[0], found[1] + 1) if found else (written.key_line, 1)
                yield finding(number, column, word, 0)


@lru_cache(maxsize=16)
def _matcher(banned: tuple[str, ...], replace: tuple[str, ...]) -> WordMatcher:
    """The desk's words as one matcher, built once per list (the house style is cached by its
    file's path, size and time, so its lists are the same from one article to the next)."""
    return WordMatcher((*banned, *replace))


#: where a line ends, as ``grammar.blocks.split_lines`` reads it
_LINE_END = re.compile(r"\r\n|\r|\n")

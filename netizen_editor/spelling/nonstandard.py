"""Non-standard (tidak baku) spellings and their standard forms, per KBBI and EYD V (2022).

The table is ``resources/dictionaries/nonstandard.tsv``. A form marked ``stem`` is also found
inside affixed words, and the replacement keeps the affixes: beresiko → berisiko, diijinkan →
diizinkan, menganalisa → menganalisis. Case is kept: Ijin → Izin, IJIN → IZIN.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.paths import resource_path

TABLE = "nonstandard.tsv"
MAX_TABLE_BYTES = 4 * 1024 * 1024  # the shipped table is 5 KB
_PREFIXES = (
    "", "memper", "diper", "keber", "keter", "ber", "be", "di", "ter", "te", "ke", "se",
    "meng", "meny", "mem", "men", "me", "peng", "peny", "pem", "pen", "pe", "per",
)  # fmt: skip
_SUFFIXES = ("", "kan", "an", "i")
_PARTICLES = ("", "nya", "lah", "kah", "pun", "ku", "mu")
_ENDINGS = tuple(sorted({s + p for s in _SUFFIXES for p in _PARTICLES}, key=len, reverse=True))


#: words whose standard form (or none) is remembered
ANSWERS_KEPT = 300_000


class TableError(Exception):
    """The non-standard table is missing or broken; the message names the file and line."""


@dataclass(frozen=True)
class Table:
    words: dict[str, str]  # whole word → standard form
    stems: dict[str, str]  # stem that takes affixes → standard stem
    _cache: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def __len__(self) -> int:
        return len(self.words) + len(self.stems)

    def standard_form(self, word: str) -> str | None:
        """The standard spelling of ``word`` (case kept), or None if ``word`` is standard."""
        lower = word.lower()
        try:
            found = self._cache[lower]
        except KeyError:
            found = self.words.get(lower) or self.stems.get(lower)
            if found is None and self.stems and len(lower) > 4:
                found = self._affixed(lower)
            if found == lower:
                found = None
            if len(self._cache) >= ANSWERS_KEPT:
                self._cache.clear()  # what typing made of words over hours: not kept forever
            self._cache[lower] = found
        return None if found is None else _keep_case(word, found)

    def _affixed(self, lower: str) -> str | None:
        for prefix in _PREFIXES:
            if not lower.startswith(prefix):
                continue
            rest = lower[len(prefix) :]
            for ending in _ENDINGS:
                if not rest.endswith(ending) or (not prefix and not ending):
                    continue
                stem = rest[: len(rest) - len(ending)] if ending else rest
                standard = self.stems.get(stem)
                if standard is not None:
                    return prefix + standard + ending
        return None


def _keep_case(original: str, standard: str) -> str:
    if original.isupper() and len(original) > 1:
        return standard.upper()
    if original[:1].isupper():
        return standard[:1].upper() + standard[1:]
    return standard


def parse(text: str, path: Path | None = None) -> Table:
    words: dict[str, str] = {}
    stems: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or parts[2].strip() not in ("word", "stem") or not parts[0].strip():
            raise TableError(
                tr(
                    "{path}:{line}: expected NON-STANDARD<tab>STANDARD<tab>word|stem",
                    path=path or TABLE,
                    line=number,
                )
            )
        target = stems if parts[2].strip() == "stem" else words
        target[parts[0].strip().lower()] = parts[1].strip()
    return Table(words, stems)


@cache
def load_table(path: Path | None = None) -> Table:
    """The table shipped with the app (or the one at ``path``); raises TableError."""
    from netizen_editor.errors import ArticleError
    from netizen_editor.storage.toml_file import read_regular

    path = path or resource_path("dictionaries", TABLE)
    try:  # a regular file under the cap only, like every file the app reads
        text = read_regular(path, tr("the file"), MAX_TABLE_BYTES).decode("utf-8")
    except (ArticleError, UnicodeDecodeError) as exc:
        raise TableError(
            tr(
                "Cannot read the list of non-standard spellings {path}: {reason}",
                path=path,
                reason=getattr(exc, "message", None) or exc,
            )
        ) from None
    return parse(text, path)

"""Word lists the newsroom and the journalist add to the dictionary.

A list is a UTF-8 text file, one entry a line: ``WORD`` or ``WORD MODEL``. With a model the word
takes the model word's affixes (``ujar kata``: ujarnya passes like katanya). ``#`` starts a
comment line. Three lists: the starter list shipped with the app, the newsroom's shared list
(its path is the setting ``newsroom_wordlist``, so a desk can keep it on a shared drive) and
the journalist's personal list in the config folder. Lists are written atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netizen_editor.i18n import tr
from netizen_editor.paths import resource_path
from netizen_editor.storage.atomic import atomic_write_text

STARTER_LIST = "newsroom-starter.txt"
PERSONAL_LIST = "words.txt"


class WordListError(Exception):
    """A word list could not be read or written; the message names the file."""


@dataclass(frozen=True)
class Entry:
    word: str
    model: str = ""


def starter_list_path() -> Path:
    return resource_path("dictionaries", STARTER_LIST)


def personal_list_path() -> Path:
    from netizen_editor.storage.datadirs import app_config_dir

    return app_config_dir() / PERSONAL_LIST


def parse(text: str) -> list[Entry]:
    entries: list[Entry] = []
    for line in text.splitlines():
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        entries.append(Entry(parts[0], parts[1] if len(parts) > 1 else ""))
    return entries


def read(path: Path) -> list[Entry]:
    """The entries of the list at ``path``; a missing file is an empty list."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise WordListError(
            tr("Cannot read the word list {path}: {reason}", path=path, reason=exc.strerror)
        ) from None
    try:
        return parse(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise WordListError(
            tr("The word list {path} is not UTF-8 text (byte {byte})", path=path, byte=exc.start)
        ) from None


def add(path: Path, word: str) -> bool:
    """Add ``word`` to the list at ``path`` (created if missing); False if it was there."""
    word = word.strip()
    if not word or any(ch.isspace() for ch in word):
        raise WordListError(tr("Only a single word can be added to the dictionary"))
    try:
        old = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        old = ""
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise WordListError(
            tr("Cannot read the word list {path}: {reason}", path=path, reason=reason)
        ) from None
    if any(entry.word == word for entry in parse(old)):
        return False
    text = old if not old or old.endswith("\n") else old + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, f"{text}{word}\n")  # SaveError names the file and the reason
    return True

"""Translations of the core's messages (no Qt): check findings, front matter errors, CLI text.

Write a message in English through :func:`tr`; its Indonesian text lives in a TOML catalog under
``resources/translations/core/`` (one file per area, e.g. ``checks.id.toml``), keyed by the
English text::

    "{count} words in the first paragraph" = "{count} kata di paragraf pertama"

The language is the settings' ``ui_language`` (``id`` by default), set once per process at its
start and never again: the window's start (``gui.app.run``, with Qt's translators) and each
command of the command line (``export`` in ``cli.py``, ``check`` in ``checks/cli.py``), right
after they read the settings. A language chosen in the Settings dialog is saved and used from
the next start, as the dialog says: Qt's translators are installed once, so switching the core
alone would leave the window in two languages. Placeholders are filled with ``str.format``
after the lookup, so the catalog keys keep them.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from netizen_editor.paths import resource_path

DEFAULT_LANGUAGE = "id"
#: the languages the app speaks: its catalogs' and English (the texts as written); the settings'
#: ``ui_language`` is one of them (another is a line of the settings file ignored)
LANGUAGES = ("id", "en")
_language = DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    global _language
    _language = language or DEFAULT_LANGUAGE


def language() -> str:
    return _language


@cache
def catalog(lang: str) -> dict[str, str]:
    """English text → translation, from every ``*.toml`` of the language's catalog folder."""
    import tomllib  # ~10 ms of regular expressions to import: only once a catalog is read

    if not is_language_name(lang):
        return {}  # the settings' ui_language as typed ("**", "../x"): no catalog, no pattern
    folder = resource_path("translations", "core")
    merged: dict[str, str] = {}
    for path in sorted(folder.glob(f"*.{lang}.toml")):
        with path.open("rb") as handle:
            merged.update({k: str(v) for k, v in tomllib.load(handle).items()})
    return merged


def is_language_name(text: str) -> bool:
    """Whether ``text`` can name a language (``id``, ``en``, ``pt-BR``): ASCII letters and
    digits, ``-`` and ``_``; a catalog is looked for only under such a name."""
    return text.isascii() and text.replace("_", "").replace("-", "").isalnum()


def tr(text: str, /, **values: Any) -> str:
    """``text`` in the current language, with ``{placeholders}`` filled from ``values``."""
    translated = text if _language == "en" else catalog(_language).get(text, text)
    return translated.format(**values) if values else translated

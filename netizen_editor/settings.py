"""One typed settings object, stored as TOML; the app and the command line read the same file."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

import tomli_w

from netizen_editor.errors import SettingsError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.value_kinds import value_kind

SETTINGS_FILE = "settings.toml"
DEFAULT_SITE_NAME = "Netizen.co.id"
DEFAULT_SITE_URL = "https://netizen.co.id"
MAX_BYTES = 1024 * 1024
#: whole-number settings and the values they may take (a font of 10**9 points hangs Qt)
RANGES: dict[str, tuple[int, int]] = {"editor_font_size": (6, 72)}


@dataclass(frozen=True)
class AdSlots:
    top: str = ""
    bottom: str = ""
    in_article: str = ""


@dataclass(frozen=True)
class Settings:
    """The settings, a value: never changed in place. A change is a new value
    (``dataclasses.replace(settings, skin="plain")``) that replaces the old one whole and is
    handed to whoever shows it (the window to its tabs through ``apply_settings``), so no
    reader needs a copy and two values compare (and hash) by what they hold."""

    site_name: str = DEFAULT_SITE_NAME
    site_url: str = DEFAULT_SITE_URL  # the blog: permalinks are SITE_URL/YYYY/MM/slug.html
    timezone: str = "WIB"  # the newsroom's time zone: WIB, WITA or WIT
    skin: str = "gradient"
    adsense_client: str = ""
    ad_slots: AdSlots = AdSlots()
    # skin overrides; empty means "the skin's default"
    gradient_start: str = ""
    gradient_end: str = ""
    accent: str = ""
    tagline: str = ""
    menu_pages: tuple[str, ...] = ()
    # the window
    default_author: str = ""
    editor_font: str = "Monospace"
    editor_font_size: int = 12
    ui_language: str = "id"  # read once at start (i18n): a change applies after a restart
    # the desk's house style for the pre-publish checks (TOML; "" = the built-in defaults)
    house_style: str = ""
    # spelling: underlines in the editor (View menu) and the newsroom's shared word list file
    spell_check: bool = True
    newsroom_wordlist: str = ""
    # photos (netizen_editor.photos): the long edge of web copies in pixels, the format of
    # photos ("jpeg" or "webp"), whether pasting keeps the original beside the web copy, and
    # a folder besides the article's own whose images exports may use
    photo_max_edge: int = 1600
    photo_format: str = "jpeg"
    photo_keep_original: bool = False
    images_folder: str = ""
    # the newsroom's templates folder (e.g. on the shared drive): adds or overrides templates
    templates_folder: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.menu_pages, tuple):  # Settings(menu_pages=[...]): still a value
            object.__setattr__(self, "menu_pages", tuple(self.menu_pages))

    @property
    def ads_enabled(self) -> bool:
        return bool(self.adsense_client.strip())

    def skin_overrides(self) -> dict[str, Any]:
        values = {
            "gradient_start": self.gradient_start,
            "gradient_end": self.gradient_end,
            "accent": self.accent,
            "tagline": self.tagline,
            "menu_pages": self.menu_pages,
        }
        return {k: v for k, v in values.items() if v}

    # -- TOML ----------------------------------------------------------------------------------
    @classmethod
    def from_dict(
        cls,
        data: dict[str, Any],
        path: Path | None = None,
        problems: list[SettingsError] | None = None,
        raw: str = "",
    ) -> Settings:
        """Settings from parsed TOML. A value of the wrong type raises SettingsError, or, when
        a ``problems`` list is given, is left at its default and reported there with its
        line."""
        defaults = cls()
        known = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in known:
                continue  # unknown keys are ignored so newer files still load
            try:
                values[key] = _checked(key, value, getattr(defaults, key), path, raw)
            except SettingsError as exc:
                exc.line = exc.line or _line_of(raw, key)
                if problems is None:
                    raise
                problems.append(exc)
        return replace(defaults, **values)

    @classmethod
    def load(cls, path: Path | str, problems: list[SettingsError] | None = None) -> Settings:
        """The settings in ``path``; SettingsError (with the line) when it cannot be used. With
        a ``problems`` list, values of the wrong type are reported there and left at their
        defaults instead."""
        return cls._load(Path(path), problems)[0]

    @classmethod
    def _load(cls, path: Path, problems: list[SettingsError] | None) -> tuple[Settings, str]:
        """``load``, and the file's text. Only a regular file under ``MAX_BYTES`` is read (a
        FIFO or a device is refused at once), through the app's one TOML loader."""
        from netizen_editor.storage.toml_file import load_toml

        data, text = load_toml(path, tr("the settings file"), MAX_BYTES, error=SettingsError)
        return cls.from_dict(data, path, problems, text), text

    @classmethod
    def for_command(
        cls, path: Path | str | None, ignored: list[SettingsError] | None = None
    ) -> Settings:
        """The settings a command line command runs with: the file given with ``--settings``
        (it must load: SettingsError), else the user's own as the window reads them
        (:meth:`load_lenient`: the defaults when there is none, or for what cannot be used,
        which is added to ``ignored``), so that a typo in a key a command does not use never
        stops it."""
        if path:
            return cls.load(path)
        settings, problems = cls.load_lenient(default_settings_path())
        if ignored is not None:
            ignored.extend(problems)
        return settings

    @classmethod
    def load_lenient(cls, path: Path) -> tuple[Settings, list[SettingsError]]:
        """The settings in ``path`` as far as they can be used, and what was ignored: a file
        that cannot be read or parsed gives the defaults, a value of the wrong type its
        default. Never raises for the file's content."""
        problems: list[SettingsError] = []
        try:
            if not path.exists():
                return cls(), problems
            settings, raw = cls._load(path, problems)
        except SettingsError as exc:
            return cls(), [exc]
        except OSError as exc:
            problem = tr("cannot read settings: {problem}", problem=plain_reason(exc))
            return cls(), [SettingsError(problem, path=path)]
        from netizen_editor.i18n import LANGUAGES
        from netizen_editor.publish.skins import available_skins

        if settings.ui_language.strip() not in LANGUAGES:  # no catalog: the window half English
            problems.append(
                SettingsError(
                    tr(
                        "'{key}' must be one of {choices}, not '{value}'",
                        key="ui_language",
                        choices=", ".join(LANGUAGES),
                        value=settings.ui_language,
                    ),
                    path=path,
                    line=_line_of(raw, "ui_language"),
                )
            )
            settings = replace(settings, ui_language=cls.ui_language)
        if settings.skin not in available_skins():
            problems.append(
                SettingsError(
                    tr(
                        "there is no skin named '{name}'; using '{default}'",
                        name=settings.skin,
                        default=cls.skin,
                    ),
                    path=path,
                    line=_line_of(raw, "skin"),
                )
            )
            settings = replace(settings, skin=cls.skin)
        return settings, problems

    def save(self, path: Path) -> None:
        """Write the settings atomically; a link at ``path`` or in place of the config folder
        is never written through (the folder's parent may be reached through links). Keys the
        file has that these settings do not know (a newer version's) stay in it; a file that
        cannot be read as settings is kept first as ``NAME.bak`` beside it (its text is the
        user's: nothing is lost)."""
        from netizen_editor.storage.atomic import atomic_write_bytes
        from netizen_editor.storage.toml_file import parse_toml, read_regular

        data = asdict(self)
        if path.exists():
            what = tr("the settings file")
            try:
                raw = read_regular(path, what, MAX_BYTES, error=SettingsError)
            except SettingsError:
                raw = None  # not a file to keep (too big, a device): written anew
            if raw is not None:
                try:
                    found = parse_toml(raw, what, path, error=SettingsError)[0]
                    data = {**{k: v for k, v in found.items() if k not in data}, **data}
                except SettingsError:
                    backup = path.with_name(path.name + ".bak")
                    atomic_write_bytes(backup, raw, below=path.parent.parent)
        _write(path, data)


def save_setting(path: Path, key: str, value: Any) -> None:
    """Write one setting into the settings file at ``path`` and keep every other key as the
    file has it (keys of newer versions, values the app could not use). A file that cannot be
    read or parsed is left alone: SettingsError with its line; OSError when it cannot be
    written. Written atomically, as ``Settings.save`` writes."""
    from netizen_editor.storage.toml_file import load_toml

    data: dict[str, Any] = {}
    if path.exists():
        data = load_toml(path, tr("the settings file"), MAX_BYTES, error=SettingsError)[0]
    data[key] = value
    _write(path, data)


def _write(path: Path, data: dict[str, Any]) -> None:
    """The settings file ``path`` holding ``data``, written atomically: a link at ``path`` or
    in place of the config folder is never written through."""
    from netizen_editor.storage.atomic import atomic_write_text, make_folder

    make_folder(path.parent)
    atomic_write_text(path, tomli_w.dumps(data), below=path.parent.parent)


def _checked(key: str, value: Any, default: Any, path: Path | None, raw: str = "") -> Any:
    """``value`` from the TOML file for the setting ``key`` (whose default is ``default``), as
    the settings hold it; SettingsError when it cannot be used (``raw``, the file's text, gives
    the line of a value inside a table)."""
    if key == "ad_slots":
        if not isinstance(value, dict):
            raise SettingsError(tr("'{key}' must be a table", key=key), path=path)
        slots = {}
        for name in ("top", "bottom", "in_article"):
            slot = value.get(name, "")
            if not isinstance(slot, str | int) or isinstance(slot, bool):
                where = f"ad_slots.{name}"
                line = _line_of(raw, where)
                raise SettingsError(tr("'{key}' must be text", key=where), path=path, line=line)
            slots[name] = str(slot)
        return AdSlots(**slots)
    expected = list if isinstance(default, tuple) else type(default)  # a TOML array
    if not isinstance(value, expected) or isinstance(value, bool) != isinstance(default, bool):
        raise SettingsError(
            tr(
                "'{key}' must be {kind}, not {actual}",
                key=key,
                kind=_kind(expected),
                actual=value_kind(value),
            ),
            path=path,
        )
    if isinstance(value, list):
        if not all(isinstance(item, str) for item in value):
            raise SettingsError(tr("'{key}' must be a list of text", key=key), path=path)
        return tuple(value)
    limits = RANGES.get(key)
    if limits and not limits[0] <= value <= limits[1]:
        raise SettingsError(
            tr(
                "'{key}' must be between {low} and {high}, not {value}",
                key=key,
                low=limits[0],
                high=limits[1],
                value=value,
            ),
            path=path,
        )
    if key == "timezone":
        from netizen_editor.article.dates import ZONES

        if value not in ZONES:
            raise SettingsError(
                tr(
                    "'{key}' must be one of {choices}, not '{value}'",
                    key=key,
                    choices=", ".join(ZONES),
                    value=value,
                ),
                path=path,
            )
    return value


def _line_of(raw: str, key: str) -> int | None:
    """The line of ``key`` in the settings file's text: ``key = ...`` or its table's ``[key]``;
    for ``table.name`` (``ad_slots.top``), the line of ``name = ...`` in ``[table]`` (or of
    ``table.name = ...``), else the table's own line."""
    table, _, name = key.partition(".")
    pattern = re.compile(rf"^\s*(?:{re.escape(table)}|\[\s*{re.escape(table)}\s*\])\s*(?:=|$)")
    header = re.compile(r"^\s*\[")
    dotted = re.compile(rf"^\s*{re.escape(table)}\s*\.\s*{re.escape(name)}\s*=")
    inside = re.compile(rf"^\s*{re.escape(name)}\s*=")
    found = None
    in_table = False
    for number, line in enumerate(raw.splitlines(), start=1):
        if name and (dotted.match(line) or (in_table and inside.match(line))):
            return number
        if header.match(line):
            in_table = False
        if found is None and pattern.match(line):
            found = number
            in_table = bool(name) and header.match(line) is not None
            if not name:
                return found
    return found


def _kind(expected: type) -> str:
    """What a setting of type ``expected`` must be, in words of the current language."""
    kinds = {
        str: tr("text"),
        int: tr("a whole number"),
        list: tr("a list of text"),
        bool: tr("true or false"),
    }
    return kinds.get(expected) or value_kind(expected())


def language_of(path: Path | str | None) -> str:
    """The ``ui_language`` of the settings a command runs with (the file given with
    ``--settings``, else the user's own), read leniently so that the command speaks it even
    when the file has a problem elsewhere: a value of the wrong type, a broken line (the
    ``ui_language`` line is then read alone). A given file with no such line, or that cannot
    be read, speaks the user's own settings' language; the default when neither names one.
    Never raises: the command reports the file's problems itself."""
    from netizen_editor.i18n import LANGUAGES, is_language_name
    from netizen_editor.storage.toml_file import parse_toml, read_regular

    default = language_of(None) if path else Settings.ui_language
    try:
        where = Path(path) if path else default_settings_path()
        if not path and not where.exists():
            return default
        raw = read_regular(where, tr("the settings file"), MAX_BYTES, error=SettingsError)
    except (SettingsError, OSError, ValueError):
        return default
    try:
        data = parse_toml(raw, tr("the settings file"), where, error=SettingsError)[0]
    except SettingsError:
        data = _language_line(raw.decode("utf-8", errors="replace"))
    value = data.get("ui_language")
    if not isinstance(value, str):
        return default
    # the user's own file: only a language the app speaks, as Settings.load_lenient reads it
    # (it says the line it ignored); a given file's other names speak the texts as written
    if value.strip() in LANGUAGES or (path and is_language_name(value.strip())):
        return value.strip()
    return default


def _language_line(text: str) -> dict[str, Any]:
    """The ``ui_language`` line of a settings file that does not parse as a whole, parsed
    alone (it must come before the first table, as TOML has it), or nothing."""
    import tomllib

    for line in text.splitlines():
        if re.match(r"\s*\[", line):
            break
        if re.match(r"\s*ui_language\s*=", line):
            try:
                return tomllib.loads(line)
            except tomllib.TOMLDecodeError:
                break
    return {}


def default_settings_path() -> Path:
    from netizen_editor.storage.datadirs import app_config_dir

    return app_config_dir() / SETTINGS_FILE

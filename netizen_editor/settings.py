"""One typed settings object, stored as TOML; the app and the command line read the same file."""

from __future__ import annotations

import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

from netizen_editor.errors import ArticleError

SETTINGS_FILE = "settings.toml"


@dataclass
class AdSlots:
    top: str = ""
    bottom: str = ""
    in_article: str = ""


@dataclass
class Settings:
    site_name: str = "Netizen.co.id"
    skin: str = "gradient"
    adsense_client: str = ""
    ad_slots: AdSlots = field(default_factory=AdSlots)
    # skin overrides; empty means "the skin's default"
    gradient_start: str = ""
    gradient_end: str = ""
    accent: str = ""
    tagline: str = ""
    menu_pages: list[str] = field(default_factory=list)
    # the window
    default_author: str = ""
    editor_font: str = "Monospace"
    editor_font_size: int = 12
    ui_language: str = "id"
    # photos (netizen_editor.photos): the long edge of web copies in pixels, the format of
    # photos ("jpeg" or "webp"), whether pasting keeps the original beside the web copy, and
    # a folder besides the article's own whose images exports may use
    photo_max_edge: int = 1600
    photo_format: str = "jpeg"
    photo_keep_original: bool = False
    images_folder: str = ""

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
    def from_dict(cls, data: dict[str, Any], path: Path | None = None) -> Settings:
        settings = cls()
        known = {f.name: f for f in fields(cls)}
        for key, value in data.items():
            if key not in known:
                continue  # unknown keys are ignored so newer files still load
            if key == "ad_slots":
                if not isinstance(value, dict):
                    raise ArticleError("'ad_slots' must be a table", path=path)
                slots = AdSlots()
                for name in ("top", "bottom", "in_article"):
                    slot = value.get(name, "")
                    if not isinstance(slot, str | int) or isinstance(slot, bool):
                        raise ArticleError(f"'ad_slots.{name}' must be text", path=path)
                    setattr(slots, name, str(slot))
                settings.ad_slots = slots
                continue
            default = getattr(settings, key)
            expected = type(default)
            if not isinstance(value, expected) or isinstance(value, bool) != isinstance(
                default, bool
            ):
                raise ArticleError(
                    f"'{key}' must be {_kind(expected)}, not {type(value).__name__}", path=path
                )
            setattr(settings, key, value)
        return settings

    @classmethod
    def load(cls, path: Path | str) -> Settings:
        path = Path(path)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise ArticleError("settings file not found", path=path) from None
        except OSError as exc:
            raise ArticleError(f"cannot read settings: {exc.strerror}", path=path) from None
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ArticleError(f"settings are not UTF-8 (byte {exc.start})", path=path) from None
        except tomllib.TOMLDecodeError as exc:
            raise ArticleError(f"broken TOML: {exc}", path=path) from None
        return cls.from_dict(data, path)

    @classmethod
    def load_or_default(cls, path: Path) -> Settings:
        return cls.load(path) if path.exists() else cls()

    def to_toml(self) -> str:
        return tomli_w.dumps(asdict(self))

    def save(self, path: Path) -> None:
        from netizen_editor.storage.atomic import atomic_write_text

        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, self.to_toml())


def _kind(expected: type) -> str:
    return {str: "text", int: "a whole number", list: "a list", bool: "true or false"}.get(
        expected, expected.__name__
    )


def default_settings_path() -> Path:
    from netizen_editor.storage.datadirs import app_config_dir

    return app_config_dir() / SETTINGS_FILE

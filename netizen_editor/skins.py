"""Skins: a folder in ``resources/skins/`` with Jinja2 templates, a stylesheet and defaults."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from netizen_editor.errors import ArticleError
from netizen_editor.paths import resource_path
from netizen_editor.settings import Settings


def skins_dir() -> Path:
    return resource_path("skins")


def available_skins() -> list[str]:
    return sorted(p.name for p in skins_dir().iterdir() if (p / "page.html.j2").is_file())


@dataclass(frozen=True)
class Skin:
    name: str
    folder: Path
    defaults: dict[str, Any]
    stylesheet: str
    env: jinja2.Environment

    def site(self, settings: Settings) -> dict[str, Any]:
        values = dict(self.defaults)
        values.update(settings.skin_overrides())
        values["name"] = settings.site_name
        return values

    def css(self, settings: Settings) -> str:
        site = self.site(settings)
        variables = (
            f":root{{--grad-start:{_colour(site['gradient_start'])};"
            f"--grad-end:{_colour(site['gradient_end'])};--accent:{_colour(site['accent'])}}}\n"
        )
        return variables + self.stylesheet

    def render(self, template: str, **context: Any) -> str:
        return self.env.get_template(template).render(**context)


def _colour(value: Any) -> str:
    """Only plain colour values reach the stylesheet (no ``;`` or ``}`` from settings)."""
    text = str(value).strip()
    if all(ch.isalnum() or ch in "#(),.% " for ch in text) and text:
        return text
    return "#000"


@cache
def load_skin(name: str) -> Skin:
    folder = skins_dir() / name
    if not (folder / "page.html.j2").is_file():
        raise ArticleError(
            f"there is no skin named '{name}' (available: {', '.join(available_skins())})"
        )
    defaults: dict[str, Any] = {}
    if (folder / "skin.toml").is_file():
        defaults = tomllib.loads((folder / "skin.toml").read_text(encoding="utf-8"))
    stylesheet = (folder / "style.css").read_text(encoding="utf-8")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        trim_blocks=False,
        keep_trailing_newline=False,
        undefined=jinja2.ChainableUndefined,
    )
    return Skin(name, folder, defaults, stylesheet, env)

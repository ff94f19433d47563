"""Skins: a folder with Jinja2 templates, a stylesheet and defaults.

A skin is chosen by name, from the app's own skins (``resources/skins/``) or the user's skins
folder (``skins/`` in the app's config folder); a name that is a path is refused. Templates
render in Jinja2's sandbox, so a skin from elsewhere cannot reach Python objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Protocol

import jinja2
import jinja2.sandbox

from netizen_editor.errors import SkinError
from netizen_editor.i18n import tr
from netizen_editor.paths import resource_path
from netizen_editor.storage.toml_file import load_toml


class SiteSettings(Protocol):
    """What a skin reads of the settings (the settings module picks skins by name, so the
    skins do not import it)."""

    @property
    def site_name(self) -> str: ...

    def skin_overrides(self) -> dict[str, Any]: ...


SKIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def skins_dir() -> Path:
    return resource_path("skins")


def user_skins_dir() -> Path:
    from netizen_editor.storage.datadirs import app_config_dir

    return app_config_dir() / "skins"


def _skin_folders(fresh: bool = False) -> dict[str, Path]:
    """Skin name → folder; the app's skins win over a user's skin of the same name. Listed
    again only when a skins folder changed (every render asks: two stats instead of a listing
    and a stat per skin)."""
    roots = (user_skins_dir(), skins_dir())
    key = tuple((root, _mtime(root)) for root in roots)
    if _listed and _listed[0] == key and not fresh:
        return _listed[1]
    found = _list_skins(roots)
    _listed[:] = [key, found]
    return found


_listed: list = []  # [the roots and their change times, the skins found there]


def _mtime(folder: Path) -> int | None:
    try:
        return folder.stat().st_mtime_ns
    except OSError:
        return None


def _list_skins(roots: tuple[Path, ...]) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for root in roots:
        try:
            entries = sorted(root.iterdir())
        except OSError:
            continue
        for folder in entries:
            try:
                if SKIN_NAME.fullmatch(folder.name) and (folder / "page.html.j2").is_file():
                    found[folder.name] = folder
            except OSError:
                continue
    return found


def available_skins() -> list[str]:
    return sorted(_skin_folders(fresh=True))


@dataclass(frozen=True)
class Skin:
    name: str
    folder: Path
    defaults: dict[str, Any]
    stylesheet: str
    env: jinja2.Environment

    def site(self, settings: SiteSettings) -> dict[str, Any]:
        values = dict(self.defaults)
        values.update(settings.skin_overrides())
        values["name"] = settings.site_name
        return values

    def css(self, settings: SiteSettings) -> str:
        site = self.site(settings)
        variables = (
            f":root{{--grad-start:{_colour(site.get('gradient_start', ''))};"
            f"--grad-end:{_colour(site.get('gradient_end', ''))};"
            f"--accent:{_colour(site.get('accent', ''))}}}\n"
        )
        return variables + self.stylesheet

    def render(self, template: str, **context: Any) -> str:
        try:
            return self.env.get_template(template).render(**context)
        except jinja2.TemplateError as exc:
            raise SkinError(
                tr("skin '{name}' cannot be shown: {problem}", name=self.name, problem=exc)
            ) from None


def _colour(value: Any) -> str:
    """Only plain colour values reach the stylesheet (no ``;`` or ``}`` from settings)."""
    text = str(value).strip()
    if all(ch.isalnum() or ch in "#(),.% " for ch in text) and text:
        return text
    return "#000"


def load_skin(name: str) -> Skin:
    """The skin called ``name``; SkinError (listing the skins) for a path or unknown name."""
    folders = _skin_folders()
    if not SKIN_NAME.fullmatch(name or ""):
        raise SkinError(
            tr(
                "a skin is chosen by its name, not a path: '{name}' (available: {skins})",
                name=name,
                skins=", ".join(sorted(folders)),
            )
        )
    folder = folders.get(name)
    if folder is None:  # a skin finished since the list was made (a file added in its folder)
        folders = _skin_folders(fresh=True)
        folder = folders.get(name)
    if folder is None:
        raise SkinError(
            tr(
                "there is no skin named '{name}' (available: {skins})",
                name=name,
                skins=", ".join(sorted(folders)),
            )
        )
    return _load(name, folder)


@cache
def _load(name: str, folder: Path) -> Skin:
    try:
        defaults: dict[str, Any] = {}
        if (folder / "skin.toml").is_file():
            defaults, _text = load_toml(
                folder / "skin.toml", tr("the skin's settings file"), error=SkinError
            )
        stylesheet = (folder / "style.css").read_text(encoding="utf-8")
    except SkinError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        raise SkinError(
            tr("skin '{name}' cannot be read: {problem}", name=name, problem=exc), path=folder
        ) from None
    env = jinja2.sandbox.SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(str(folder)),
        autoescape=True,
        trim_blocks=False,
        keep_trailing_newline=False,
        undefined=jinja2.ChainableUndefined,
    )
    return Skin(name, folder, defaults, stylesheet, env)

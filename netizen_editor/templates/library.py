"""Which templates there are: the built-in ones and the newsroom's folder.

The built-in templates are ``resources/templates/NAME.md``. The newsroom's folder (Settings
``templates_folder``, e.g. on the shared drive) adds templates and overrides built-in ones of
the same name. Anyone may put files there, so the folder is read with care: only regular
``NAME.md`` files (never a link, a folder or a pipe), at most ``MAX_TEMPLATES`` names and
``MAX_BYTES`` each, opened without following a link. The names are read first and sorted,
those overriding a built-in template first, so that 200 planted files cannot push the desk's
own out (QA26 #4); what is left out is said (``Listing.note``) in the chooser and by
``new``."""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from netizen_editor.errors import NetizenError, plain_reason
from netizen_editor.i18n import tr
from netizen_editor.paths import resource_path
from netizen_editor.settings import Settings
from netizen_editor.storage.capped import PLANTED_READ_FLAGS, read_at_most

SUFFIX = ".md"
#: a template's name: the file's name without ``.md``, lower case, digits and dashes
NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
#: the most names read from one folder (a folder of 100,000 files is listed in bounded time)
MAX_TEMPLATES = 200
#: entries of the newsroom folder looked at in all (the rest are not read)
MAX_ENTRIES = 5000
MAX_BYTES = 256 * 1024


class TemplateError(NetizenError):
    """A template that cannot be found, read or rendered (with its file and line)."""


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    path: Path
    builtin: bool  # False: from the newsroom's folder


def builtin_folder() -> Path:
    return resource_path("templates")


def newsroom_folder(settings: Settings) -> Path | None:
    """The newsroom's templates folder from the settings, or None when none is set."""
    raw = settings.templates_folder.strip()
    return Path(raw).expanduser() if raw else None


@dataclass(frozen=True)
class Listing:
    templates: dict[str, TemplateInfo]
    note: str  # what of the newsroom's folder was left out, or ""


def list_templates(settings: Settings) -> dict[str, TemplateInfo]:
    """Every template by name, sorted: the built-in ones, then the newsroom folder's (which
    override built-in ones of the same name). A newsroom folder that is missing or cannot be
    read adds nothing."""
    return listing(settings).templates


def listing(settings: Settings) -> Listing:
    """The templates (``list_templates``) and what of the newsroom's folder was left out."""
    builtin, _ = _scan(builtin_folder())
    found = {name: TemplateInfo(name, path, True) for name, path in builtin}
    folder = newsroom_folder(settings)
    note = ""
    if folder is not None:
        newsroom, note = _scan(folder, set(found))
        for name, path in newsroom:
            found[name] = TemplateInfo(name, path, False)
    return Listing(dict(sorted(found.items())), note)


def _scan(folder: Path, first: set[str] | None = None) -> tuple[list[tuple[str, Path]], str]:
    """``(name, path)`` of the regular ``NAME.md`` files directly in ``folder`` (links are
    skipped: a link planted in a shared folder could point at any file): at most
    ``MAX_TEMPLATES``, the names in ``first`` first, then by name; and what was left out."""
    out: list[tuple[str, Path]] = []
    looked = 0
    try:
        with os.scandir(folder) as entries:
            for looked, entry in enumerate(entries, 1):
                if looked > MAX_ENTRIES:
                    break
                name = entry.name[: -len(SUFFIX)]
                if not entry.name.endswith(SUFFIX) or not NAME.match(name):
                    continue
                if not entry.is_symlink() and entry.is_file(follow_symlinks=False):
                    out.append((name, Path(entry.path)))
    except OSError:
        return [], ""
    out.sort(key=lambda found: (found[0] not in (first or ()), found[0]))
    notes = []
    if len(out) > MAX_TEMPLATES:
        notes.append(tr("{folder}: {n} templates were left out: at most {max} are read from "
                        "the folder (those of the built-in names first, then by name)",
                        folder=folder, n=len(out) - MAX_TEMPLATES, max=MAX_TEMPLATES))  # fmt: skip
    if looked > MAX_ENTRIES:
        notes.append(tr("{folder}: only the first {n} files of the folder were looked at",
                        folder=folder, n=MAX_ENTRIES))  # fmt: skip
    return out[:MAX_TEMPLATES], "; ".join(notes)


def find_template(settings: Settings, name: str) -> TemplateInfo:
    """The template called ``name``; TemplateError listing the templates there are."""
    found = listing(settings)
    info = found.templates.get(name.strip().lower())
    if info is None:
        message = tr(
            "there is no template named '{name}'; the templates are: {names}",
            name=name,
            names=", ".join(found.templates) or "-",
        )
        raise TemplateError(f"{message} ({found.note})" if found.note else message)
    return info


def read_template(info: TemplateInfo) -> str:
    """The text of a template file: a regular UTF-8 file of at most ``MAX_BYTES``, opened
    without following a link (one put in its place after the listing is refused too)."""
    path = info.path
    if _is_link(path):  # where O_NOFOLLOW is missing (Windows), links are refused here
        raise TemplateError(tr("cannot read the template: {reason}", reason=tr("it is a link")),
                            path=path)  # fmt: skip
    try:
        fd = os.open(path, PLANTED_READ_FLAGS)
    except OSError as exc:
        reason = tr("it is a link") if _is_link(path) else (plain_reason(exc))
        raise TemplateError(
            tr("cannot read the template: {reason}", reason=reason), path=path
        ) from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise TemplateError(tr("the template is not a regular file"), path=path)
        data = read_at_most(fd, MAX_BYTES)
    except OSError as exc:
        raise TemplateError(
            tr("cannot read the template: {reason}", reason=plain_reason(exc)), path=path
        ) from None
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise TemplateError(
            tr("the template is larger than {size} KB", size=MAX_BYTES // 1024), path=path
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise TemplateError(tr("the template is not UTF-8 text"), path=path, line=line) from None


def _is_link(path: Path) -> bool:
    try:
        return path.is_symlink()
    except OSError:
        return False

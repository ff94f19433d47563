"""Save as template: the open article turned into a template file in the newsroom's folder.

What belongs to the one article goes: its history ``id`` and the ``template`` it came from
(a new article gets its own); its ``date`` and ``author`` become the template's ``{{ now }}``
and ``{{ author }}``, its ``status`` draft. Text that Jinja2 would read (``{{``, ``{%``,
``{#``) is kept as text. The file is written atomically, never through a link, and an existing
template is replaced only when the caller says so."""

from __future__ import annotations

import re
from pathlib import Path

from netizen_editor.errors import NetizenError
from netizen_editor.i18n import tr
from netizen_editor.templates.library import NAME, SUFFIX

#: front matter keys of the one article that a template does not keep
DROPPED_KEYS = ("id", "template")
_JINJA = re.compile(r"\{[{%#]")
#: the entry of one of these keys: its line and the indented lines that continue it (a block
#: scalar, ``author: >-`` over the name)
_KEY_LINE = re.compile(r"^(?P<key>date|author|status):[ \t]*.*(?:\n[ \t]+\S.*)*$", re.M)


class TemplateExists(NetizenError):
    """A template of that name is already in the folder (ask before replacing it)."""


def template_name(raw: str) -> str | None:
    """A file name for a template from what the user typed ("Laporan Banjir" -> laporan-banjir),
    or None when nothing usable is left."""
    name = re.sub(r"[^a-z0-9_-]+", "-", raw.strip().lower()).strip("-_")[:64]
    return name if NAME.match(name) else None


def article_as_template(text: str) -> str:
    """``text`` (an article) as a template's text (see the module's notes)."""
    from netizen_editor.article.frontmatter import set_field
    from netizen_editor.grammar.frontmatter import split_front_matter

    text = text.lstrip("\ufeff")
    for key in DROPPED_KEYS:
        text = set_field(text, key, None)
    raw, body, _line = split_front_matter(text)
    raw = _JINJA.sub(lambda m: "{{ '" + m.group() + "' }}", raw)
    body = _JINJA.sub(lambda m: "{{ '" + m.group() + "' }}", body)
    replacements = {
        "date": "date: {{ now.isoformat() }}",
        "author": "author: {{ author|yaml }}",
        "status": "status: draft",
    }
    raw = _KEY_LINE.sub(lambda m: replacements[m.group("key")], raw)
    return raw + body


def save_as_template(text: str, name: str, folder: Path, *, replace: bool = False) -> Path:
    """Write ``text`` (an article) as the template ``name`` in ``folder`` (made if missing,
    never through a link); TemplateExists when there is one of that name and ``replace`` is
    False; SaveError when it cannot be written."""
    from netizen_editor.storage.atomic import atomic_write_text, make_folder

    if not NAME.match(name):
        raise NetizenError(tr("'{name}' cannot be a template's name", name=name))
    folder = Path(folder).expanduser()
    make_folder(folder)
    target = folder / f"{name}{SUFFIX}"
    if not replace and (target.exists() or target.is_symlink()):
        raise TemplateExists(tr("there is already a template named '{name}'", name=name),
                             path=target)  # fmt: skip
    atomic_write_text(target, article_as_template(text))
    return target

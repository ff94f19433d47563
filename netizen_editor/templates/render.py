"""A template's text as a new article: rendered in Jinja2's sandbox with the article context.

The context a template may use:

- ``now``: the time now in the newsroom's zone (a datetime: ``{{ now.isoformat() }}``,
  ``{{ now.strftime('%H.%M') }}``);
- ``author``: the settings' author; ``site_name``: the settings' site name; ``desk``: the label
  of the rubric the article is filed under, as the site spells it: the desk subfolder it goes in
  when that folder is named after a label the site uses (``templates.labels``), else "" (a
  folder's name alone is a guess: a folder "Docs" is no rubric); ``zone``: WIB, WITA or WIT;
- ``date_id``: today as news copy writes it, "Sabtu (5/12/2026)"; ``time_id``: "14.30 WIB";
- the filter ``yaml`` writes a value as one front matter scalar (``author: {{ author|yaml }}``).

The sandbox refuses attribute access to internals (``{{ ''.__class__ }}``) and unknown names;
``range`` and repetition (``'x' * n``) are capped and the output is bounded in size and time,
so a template planted in a shared folder can neither read nor hang anything. A template that
fails gives a :class:`TemplateError` with its file and line."""

from __future__ import annotations

import datetime as dt
import operator
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from netizen_editor.article.dates import DAYS, newsroom_now
from netizen_editor.errors import ArticleError
from netizen_editor.i18n import tr
from netizen_editor.settings import Settings
from netizen_editor.templates.library import (
    TemplateError,
    TemplateInfo,
    find_template,
    read_template,
)
from netizen_editor.templates.placeholders import TEMPLATE_KEY

#: a rendered article's size and time limits; the items ``range`` may give in one render
MAX_OUTPUT = 1024 * 1024
MAX_SECONDS = 2.0
MAX_ITEMS = 100_000
#: a repeated string or list (``'x' * n``) at most this long; ``**`` with at most this exponent
MAX_REPEAT = 100_000
MAX_EXPONENT = 64
_SOURCE_NAME = "<template>"


def template_context(
    settings: Settings, desk: str = "", now: dt.datetime | None = None
) -> dict[str, Any]:
    """The names a template may use (see the module's notes)."""
    when = now or newsroom_now(settings.timezone)
    zone = settings.timezone
    return {
        "now": when,
        "author": settings.default_author.strip(),
        "site_name": settings.site_name,
        "desk": desk,
        "zone": zone,
        "date_id": f"{DAYS[when.weekday()]} ({when.day}/{when.month}/{when.year})",
        "time_id": f"{when.hour:02d}.{when.minute:02d} {zone}",
    }


def render_named(
    name: str, settings: Settings, desk: str = "", now: dt.datetime | None = None
) -> str:
    """The article the template ``name`` makes (TemplateError for an unknown name)."""
    info = find_template(settings, name)
    return render_info(info, settings, desk, now)


def render_info(
    info: TemplateInfo, settings: Settings, desk: str = "", now: dt.datetime | None = None
) -> str:
    return render_text(read_template(info), info.name, template_context(settings, desk, now),
                       info.path)  # fmt: skip


def render_text(source: str, name: str, context: dict[str, Any], path: Path | None = None) -> str:
    """``source`` rendered with ``context``, with ``template: name`` in its front matter."""
    text = _render(source, context, path)
    from netizen_editor.article.frontmatter import set_field
    from netizen_editor.article.model import Article

    try:
        Article.parse(text)  # the rendered front matter must be valid
        return set_field(text, TEMPLATE_KEY, name)
    except ArticleError as exc:  # its line in the rendered text
        raise TemplateError(exc.message, path=path, line=exc.line) from None


def _render(source: str, context: dict[str, Any], path: Path | None) -> str:
    import jinja2
    from jinja2.sandbox import SecurityError

    env = _environment()
    deadline = time.perf_counter() + MAX_SECONDS
    given = [0]

    def capped_range(*args: int) -> Iterator[int]:
        items = range(*args)
        given[0] += len(items)
        if given[0] > MAX_ITEMS:
            raise SecurityError(tr("the template loops more than {n} times", n=MAX_ITEMS))
        for item in items:
            if time.perf_counter() > deadline:
                raise SecurityError(tr("the template took too long"))
            yield item

    try:
        template = env.from_string(source, globals={"range": capped_range})
        parts: list[str] = []
        size = 0
        for part in template.generate(**context):
            size += len(part)
            if size > MAX_OUTPUT:
                raise SecurityError(tr("the template makes a text of over 1 MB"))
            if time.perf_counter() > deadline:
                raise SecurityError(tr("the template took too long"))
            parts.append(part)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            tr("template syntax: {problem}", problem=exc.message or str(exc)),
            path=path,
            line=exc.lineno,
        ) from None
    except SecurityError as exc:
        raise TemplateError(
            tr("refused by the template sandbox: {problem}", problem=str(exc)),
            path=path,
            line=_line(exc),
        ) from None
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            tr("the template uses an unknown name: {problem}", problem=str(exc)),
            path=path,
            line=_line(exc),
        ) from None
    except Exception as exc:  # a template's expression failed: 1/0, a method's error...
        raise TemplateError(
            tr("the template failed: {problem}", problem=f"{type(exc).__name__}: {exc}"),
            path=path,
            line=_line(exc),
        ) from None
    return "".join(parts)


def _line(exc: BaseException) -> int | None:
    """The template line a rendering error happened on (Jinja2 names the template's frames)."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == _SOURCE_NAME:
            line = frame.lineno
    return line


def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import SandboxedEnvironment, SecurityError

    from netizen_editor.article.frontmatter import scalar

    class Sandbox(SandboxedEnvironment):
        intercepted_binops = frozenset(["*", "**"])

        def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
            if operator_name == "**":
                if isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
                    raise SecurityError(tr("the template's power is too large"))
                return operator.pow(left, right)
            for seq, times in ((left, right), (right, left)):
                repeated = isinstance(seq, str | list | tuple) and isinstance(times, int)
                if repeated and len(seq) * times > MAX_REPEAT:
                    raise SecurityError(tr("the template repeats a text too often"))
            return operator.mul(left, right)

    env = Sandbox(
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
    )
    env.globals.pop("lipsum", None)  # lipsum(10**9) would take forever
    env.filters["yaml"] = scalar
    return env

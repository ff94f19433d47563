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

The sandbox (``templates.sandbox``) refuses attribute access to internals
(``{{ ''.__class__ }}``) and unknown names, and bounds every step a template takes in time and
size (``range``, ``'x' * n``, ``**``, ``~``, ``ljust``, ``join``, ``format``...), so a template
planted in a shared folder can neither read nor hang nor fill memory. A template that
fails gives a :class:`TemplateError` with its file and line."""

from __future__ import annotations

import datetime as dt
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
#: the time limit of a render on a window's thread (a template renders in milliseconds)
WINDOW_SECONDS = 0.3
MAX_ITEMS = 100_000


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
    info: TemplateInfo,
    settings: Settings,
    desk: str = "",
    now: dt.datetime | None = None,
    seconds: float = MAX_SECONDS,
) -> str:
    """The article the template ``info`` makes, in at most ``seconds`` (a window's thread gives
    less than the command line)."""
    return render_text(read_template(info), info.name, template_context(settings, desk, now),
                       info.path, seconds)  # fmt: skip


def render_text(
    source: str,
    name: str,
    context: dict[str, Any],
    path: Path | None = None,
    seconds: float = MAX_SECONDS,
) -> str:
    """``source`` rendered with ``context``, with ``template: name`` in its front matter and
    none of the keys of the one story a template file may carry (``saving.DROPPED_KEYS``: an
    ``id`` would give every story made from it one history)."""
    text = _render(source, context, path, seconds)
    from netizen_editor.article.frontmatter import set_field
    from netizen_editor.article.model import Article
    from netizen_editor.templates.saving import DROPPED_KEYS

    try:
        Article.parse(text)  # the rendered front matter must be valid
        for key in DROPPED_KEYS:
            text = set_field(text, key, None)
        return set_field(text, TEMPLATE_KEY, name)
    except ArticleError as exc:  # its line in the rendered text
        raise TemplateError(exc.message, path=path, line=exc.line) from None


def _render(source: str, context: dict[str, Any], path: Path | None, seconds: float) -> str:
    import jinja2
    from jinja2.sandbox import SecurityError

    from netizen_editor.templates.compiling import CompileProblem, compile_template
    from netizen_editor.templates.sandbox import Budget

    budget = Budget(seconds)
    env = _environment(budget)
    given = [0]

    def capped_range(*args: int) -> Iterator[int]:
        items = range(*args)
        given[0] += len(items)
        if given[0] > MAX_ITEMS:
            raise SecurityError(tr("the template loops more than {n} times", n=MAX_ITEMS))
        for item in items:
            budget.tick()
            yield item

    try:
        template = compile_template(env, source, {"range": capped_range})
        parts: list[str] = []
        size = 0
        for part in template.generate(**context):
            size += len(part)
            if size > MAX_OUTPUT:
                raise SecurityError(tr("the template makes a text of over 1 MB"))
            budget.tick()
            parts.append(part)
    except CompileProblem as exc:
        raise TemplateError(exc.message, path=path, line=exc.line) from None
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
            tr("the template failed: {problem}", problem=_problem(exc)),
            path=path,
            line=_line(exc),
        ) from None
    return "".join(parts)


def _problem(exc: Exception) -> str:
    """What went wrong, in plain words where Python's own are empty or technical."""
    if isinstance(exc, MemoryError):
        return tr("it needs more memory than there is")
    if isinstance(exc, RecursionError):
        return tr("it calls itself too many times")
    return f"{type(exc).__name__}: {exc}"


def _line(exc: BaseException) -> int | None:
    """The template line a rendering error happened on (Jinja2 names the template's frames)."""
    from netizen_editor.templates.compiling import SOURCE_NAME

    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename == SOURCE_NAME:
            line = frame.lineno
    return line


def _environment(budget: Any) -> Any:
    from jinja2 import StrictUndefined

    from netizen_editor.article.frontmatter import scalar
    from netizen_editor.templates.sandbox import Sandbox, bound_filters

    env = Sandbox(
        budget,
        undefined=StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        auto_reload=False,
        cache_size=0,
    )
    env.globals.pop("lipsum", None)  # lipsum(10**9) would take forever
    env.filters["yaml"] = scalar
    bound_filters(env)
    return env

"""Build the one :class:`CheckContext` of a text revision: parse once, render at most once.

The command line, the export dialog and the window's render worker all go through
:func:`context_for`. A caller that already rendered the body passes ``body_html``; otherwise
the body is rendered only if a rule asks for it (``CheckContext.rendered_html``, with the
caller's ``render_body`` when it gave one): no built-in rule needs the HTML, and rendering
20,000 words takes longer than all the rules together. A worker that holds a
:class:`BodyRenderer` passes it in (a renderer is not thread-safe: each thread keeps its own).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from netizen_editor.article.model import Article
from netizen_editor.checks.cache import BlockCache
from netizen_editor.checks.findings import Finding
from netizen_editor.checks.house_style import HouseStyle, house_style_for
from netizen_editor.checks.registry import CheckContext, run_checks
from netizen_editor.errors import ArticleError
from netizen_editor.grammar.scan import ArticleScan, scan_article
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.publish.mdext.budget import MAX_BLOCKS, too_many
from netizen_editor.review.mark_cap import too_many_marks
from netizen_editor.settings import Settings


def context_for(
    text: str,
    path: Path | str | None,
    settings: Settings,
    *,
    renderer: BodyRenderer | None = None,
    article: Article | None = None,
    house_style: HouseStyle | None = None,
    body_html: str | None = None,
    render_body: Callable[[], str] | None = None,
    scan: ArticleScan | None = None,
    cache: BlockCache | None = None,
) -> CheckContext:
    """The context every rule reads. Raises ArticleError (with its line) when the front
    matter is broken; a body too deep to render is checked from its source alone.
    ``render_body`` renders the body if a rule asks for it (none of the built-in ones does);
    ``scan`` is the text's scan when the caller has it (the snapshot's); ``cache`` what the
    rules kept of the article's last revision (``checks.cache``), when the caller has it."""
    path = Path(path) if path is not None else None
    if article is None:
        article = Article.parse(text, path)
    style = house_style if house_style is not None else house_style_for(settings)
    parsed = article

    def render() -> str:
        try:
            return (renderer or BodyRenderer()).render(parsed, settings)
        except ArticleError:
            return ""  # the preview shows that problem with its line; the rules still run

    return CheckContext(
        text=text,
        article=article,
        settings=settings,
        body_html=body_html or "",
        path=path,
        options=style.options,
        disabled=frozenset(style.disabled),
        render_body=None if body_html is not None else (render_body or render),
        given_scan=scan,
        cache=cache if cache is not None else BlockCache(keep=False),
    )


def bounded_context(
    text: str,
    path: Path | None,
    settings: Settings,
    *,
    renderer: BodyRenderer | None = None,
    article: Article | None = None,
) -> CheckContext:
    """:func:`context_for` a story the export would not refuse whole. Raises ArticleError (with
    its line) for one it refuses at once (over ``MAX_BLOCKS`` blocks: the scan stops once it
    knows) or with more than ``MAX_MARKS`` review marks: the checks are not run on it (5,000,000
    rules took ``check`` 59 s and 2.6 GB before the refusal)."""
    if article is None:
        article = Article.parse(text, path)
    scan = scan_article(text, most=MAX_BLOCKS)
    refused = too_many(article.body, scan.blocks)
    if refused:
        raise ArticleError(refused, path=path, line=article.body_line)
    marks = too_many_marks(scan)
    if marks is not None:
        marks.path = path
        raise marks
    return context_for(text, path, settings, renderer=renderer, article=article, scan=scan)


def check_text(
    text: str,
    path: Path | str | None,
    settings: Settings,
    *,
    renderer: BodyRenderer | None = None,
    disabled: Iterable[str] = (),
) -> list[Finding]:
    """Every enabled rule on ``text``; raises ArticleError when the front matter is broken."""
    return run_checks(context_for(text, path, settings, renderer=renderer), disabled)

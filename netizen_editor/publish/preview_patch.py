"""The live preview's model: what one render shows, and what changed between two renders.

No Qt here. ``PreviewRenderer`` turns editor text into a ``PreviewState`` (body chunks, header,
footer, stylesheet, title) with the chunk cache of ``BodyRenderer``, so a keystroke re-renders
only the chunk it touched. ``diff_states`` compares two states and returns a ``PreviewPatch``:

- body: the run of chunks between the common prefix and the common suffix, compared by their
  HTML with their own ``data-line`` blanked, is replaced;
- shifts: kept chunks whose source line moved (lines inserted or deleted above them) get a
  line delta instead of new HTML;
- header, footer, stylesheet and title: sent whole when they changed.

In the preview page every chunk's nodes follow a ``<!--nz-->`` comment inside ``#nz-body``,
and ``<!--nz-end GEN-->`` closes the list, so the page script can find a chunk's nodes (a chunk
may give several top-level nodes, or none) without changing the page's structure: comments do
not take part in layout or CSS selectors.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from netizen_editor.article.model import Article
from netizen_editor.grammar.blocks import BlockScan
from netizen_editor.grammar.frontmatter import split_front_matter
from netizen_editor.photos.named import named_files
from netizen_editor.photos.refused import leave_out, refusals, sources
from netizen_editor.publish.body import BodyRenderer, ChunkChange
from netizen_editor.publish.modes import finish_body
from netizen_editor.publish.page_view import (
    article_view,
    render_footer,
    render_header,
    render_page,
    snippet_from_body,
)
from netizen_editor.publish.refused_view import REFUSED_CSS, placeholder, shown_note
from netizen_editor.publish.review_view import REVIEW_CSS, MarkView
from netizen_editor.publish.skins import Skin, load_skin
from netizen_editor.settings import Settings

CHUNK_MARK = "<!--nz-->"
END_MARK = "<!--nz-end {generation}-->"
#: site values that only reach the stylesheet; every other site value is page chrome
CSS_ONLY_SITE_KEYS = frozenset({"gradient_start", "gradient_end", "accent"})


@dataclass(frozen=True, slots=True)
class PreviewState:
    """Everything of one render that the preview can patch, plus what needs a reload."""

    chunks: tuple[str, ...]  # finished (preview mode) HTML of each body chunk
    lines: tuple[int, ...]  # each chunk's source line; 0 for the footnotes
    header: str
    footer: str
    css: str
    title: str
    chrome: str  # skin and site values outside the patchable parts: a change needs a reload
    keys: tuple[str, ...] = field(default=(), compare=False)
    problem: str = field(default="", compare=False)  # a block that could not be rendered
    #: this state's number, the number of the state it was made from (0: none) and which
    #: chunks changed since that one: ``diff_states`` then looks at those alone
    serial: int = field(default=0, compare=False)
    base: int = field(default=0, compare=False)
    change: ChunkChange | None = field(default=None, compare=False)
    #: the local files its images name (``photos.named``): the preview watches them
    images: frozenset[Path] = field(default=frozenset(), compare=False)

    def __post_init__(self) -> None:
        if not self.keys:
            object.__setattr__(self, "keys", tuple(map(chunk_key, self.chunks, self.lines)))

    def body_html(self, generation: int = 0) -> str:
        """The body with chunk markers, as it goes into ``#nz-body`` on a page load."""
        parts = [f"{CHUNK_MARK}{html}\n" for html in self.chunks]
        parts.append(END_MARK.format(generation=generation))
        return "".join(parts)

    def plain_body(self) -> str:
        """The body as ``join_chunks`` gives it (what the header's snippet is taken from)."""
        return "\n".join(html for html in self.chunks if html)


@dataclass(frozen=True, slots=True)
class BodyPatch:
    start: int  # first chunk index replaced (same in the old and the new list)
    remove: int  # how many old chunks go
    insert: tuple[str, ...]  # the new chunks' HTML that take their place


@dataclass(frozen=True, slots=True)
class PreviewPatch:
    body: BodyPatch | None = None
    #: (first chunk index in the new list, number of chunks, line delta)
    shifts: tuple[tuple[int, int, int], ...] = ()
    header: str | None = None
    footer: str | None = None
    css: str | None = None
    title: str | None = None

    @property
    def empty(self) -> bool:
        return (
            self.body is None
            and not self.shifts
            and self.header is None
            and self.footer is None
            and self.css is None
            and self.title is None
        )

    def message(self, seq: int) -> dict[str, Any]:
        """The patch as the page script's ``nz.patch`` takes it."""
        msg: dict[str, Any] = {"seq": seq}
        for name in ("header", "footer", "css", "title"):
            value = getattr(self, name)
            if value is not None:
                msg[name] = value
        if self.body is not None:
            msg["body"] = [self.body.start, self.body.remove, list(self.body.insert)]
        if self.shifts:
            msg["shifts"] = [list(s) for s in self.shifts]
        return msg

    def script(self, seq: int) -> str:
        """JavaScript that applies the patch in the page (JSON is a valid JS expression)."""
        return f"nz.patch({json.dumps(self.message(seq), ensure_ascii=False)})"


def chunk_key(html: str, line: int) -> str:
    """The chunk's HTML without its own source line, to compare chunks that only moved."""
    if not line:
        return html
    return html.replace(f' data-line="{line}"', ' data-line=""', 1)


def diff_states(old: PreviewState, new: PreviewState) -> PreviewPatch:
    """What to change in a page that shows ``old`` so that it shows ``new``.

    When ``new`` was made from ``old`` by an edit (``new.change``), only the chunks the edit
    changed are compared: a keystroke's patch costs the same in a long article as in a short
    one."""
    ok, nk = old.keys, new.keys
    change = new.change if new.base and new.base == old.serial else None
    head, old_end, new_end = 0, len(ok), len(nk)  # the part compared key by key
    if change is not None:
        head, old_end, new_end = change.head, change.old_tail, change.new_tail
    limit = min(old_end, new_end)
    prefix = head
    while prefix < limit and ok[prefix] == nk[prefix]:
        prefix += 1
    suffix = len(ok) - old_end  # the edit's tail: the same chunks, maybe moved
    while suffix < min(len(ok), len(nk)) - prefix and ok[-1 - suffix] == nk[-1 - suffix]:
        suffix += 1
    body = None
    if prefix + suffix != len(ok) or prefix + suffix != len(nk):
        body = BodyPatch(prefix, len(ok) - prefix - suffix, new.chunks[prefix : len(nk) - suffix])

    shifts: list[tuple[int, int, int]] = []

    def shift(new_index: int, count: int, delta: int) -> None:
        if shifts and shifts[-1][2] == delta and sum(shifts[-1][:2]) == new_index:
            first, before, _ = shifts[-1]
            shifts[-1] = (first, before + count, delta)
        else:
            shifts.append((new_index, count, delta))

    offset = len(ok) - len(nk)
    kept = [(i, i) for i in range(head, prefix)]  # before ``head``: the very same chunks
    tail_from = len(nk) - (len(ok) - old_end) if change is not None else len(nk)
    kept += [(i, i + offset) for i in range(len(nk) - suffix, tail_from)]
    for new_index, old_index in kept:
        delta = new.lines[new_index] - old.lines[old_index]
        if delta:
            shift(new_index, 1, delta)
    if change is not None and change.delta and tail_from < len(nk):
        moved = len(nk) - tail_from - (not new.lines[-1])  # the footnotes (line 0) stay
        if moved:
            shift(tail_from, moved, change.delta)

    def changed(name: str) -> str | None:
        value = getattr(new, name)
        return value if value != getattr(old, name) else None

    return PreviewPatch(
        body=body,
        shifts=tuple(shifts),
        header=changed("header"),
        footer=changed("footer"),
        css=changed("css"),
        title=changed("title"),
    )


def page_title(article: Article, settings: Settings) -> str:
    """The page's ``<title>``, as the skin's page template writes it."""
    return f"{article.title or 'Tanpa judul'} - {settings.site_name}"


def chrome_key(skin: Skin, settings: Settings) -> str:
    site = {k: v for k, v in skin.site(settings).items() if k not in CSS_ONLY_SITE_KEYS}
    return json.dumps([skin.name, site], sort_keys=True, default=str, ensure_ascii=False)


def fallback_article(text: str, path: Path | None) -> Article:
    """For a first render whose front matter has an error: the fields that could be read
    (a wrong value leaves out its key alone), or the body alone when the YAML is broken."""
    from netizen_editor.article.model import readable_article

    readable = readable_article(text, path)
    if readable is not None:
        return readable
    raw, body, body_line = split_front_matter(text)
    return Article(meta={}, body=body, front_matter=raw, body_line=body_line, path=path)


def _snippet_source(chunks: tuple[str, ...]) -> str:
    """The start of the body that holds its first paragraph (what the header's snippet is
    taken from): the chunks up to the first one that closes a paragraph, or all of them."""
    for index, html in enumerate(chunks):
        if "</p>" in html and snippet_from_body(html):  # not a comment's note alone
            return "\n".join(h for h in chunks[: index + 1] if h)
    return "\n".join(h for h in chunks if h)


@dataclass(frozen=True, slots=True)
class _Made:
    """The last state made, for the next one to start from."""

    serial: int
    body_serial: int  # the body renderer's output it was made from
    settings: Settings
    chunks: tuple[str, ...]
    lines: tuple[int, ...]
    keys: tuple[str, ...]
    #: the refused images' addresses → their placeholders' text
    refused: dict[str, str] = field(default_factory=dict)


class PreviewRenderer:
    """Editor text → ``PreviewState`` and preview pages. Keeps caches: give each thread its own.

    The YAML of the front matter is parsed again only when the front matter block changed;
    the body is rendered chunk by chunk through ``BodyRenderer.render_chunks``. ``stop`` is
    asked between the body's chunks: when it says True, :meth:`state` raises ``Stopped``.
    """

    def __init__(self, stop: Callable[[], bool] | None = None) -> None:
        self._body = BodyRenderer()
        self._body.stop = stop
        self._body.mark_view = "review"  # the preview shows review marks (see mark_view)
        self._last: _Made | None = None
        self._serial = 0
        self._front: tuple[str, dict[str, Any]] | None = None
        self._finished: dict[str, str] = {}
        self._exported: dict[str, str] = {}  # a chunk's HTML → its page-mode form
        self._exported_settings: Settings | None = None
        self._sources: dict[str, list[str]] = {}  # a chunk's HTML → its images' addresses

    def parse(self, text: str, path: Path | None, parsed: Article | None = None) -> Article:
        """``Article.parse(text, path)``, reusing the last YAML parse when it still applies
        (or ``parsed``, the text's article parsed elsewhere)."""
        if parsed is not None:
            self._front = (parsed.front_matter, dict(parsed.meta)) if parsed.front_matter else None
            return parsed
        raw, body, body_line = split_front_matter(text)
        if raw and self._front is not None and self._front[0] == raw:
            meta = dict(self._front[1])
            return Article(meta=meta, body=body, front_matter=raw, body_line=body_line, path=path)
        article = Article.parse(text, path)  # raises ArticleError on broken front matter
        self._front = (raw, dict(article.meta)) if raw else None
        return article

    @property
    def mark_view(self) -> MarkView:
        """How review marks show: ``review`` (coloured, comments in the margin) or ``final``
        (as if every suggestion were accepted)."""
        return self._body.mark_view or "review"

    @mark_view.setter
    def mark_view(self, view: MarkView) -> None:
        self._body.mark_view = view

    def state(
        self, article: Article, settings: Settings, scan: BlockScan | None = None
    ) -> PreviewState:
        """What the preview shows of ``article`` (``scan``: its body's block scan, when the
        caller has it). After an edit, only the chunks the body renderer changed are finished
        again; the state says which (``change``)."""
        skin = load_skin(settings.skin)
        body = self._body
        chunks = body.render_chunks(article, settings, scan)
        last = self._last
        change = body.last_change
        # the images readers will not see (photos.refused): a stat per image, on each render
        srcs = self._body_sources(chunks) if article.path is not None else []
        why = refusals(srcs, article.path, settings.images_folder)
        refused = {src: shown_note(src, reason, article.path, settings.images_folder)
                   for src, reason in why.items()}  # fmt: skip
        srcs.append(article.get("image"))  # the featured photo (the header leaves it out)
        images = named_files(srcs, article.path, settings.images_folder)
        if last is not None and last.refused != refused:
            last = None  # another image is refused (or found now): every chunk is finished again
        if last is not None and last.body_serial == body.serial and last.settings == settings:
            change = ChunkChange(len(chunks), len(chunks), len(chunks), 0)  # nothing changed
            finished, lines, keys = last.chunks, last.lines, last.keys
        elif (
            last is not None
            and change is not None
            and last.body_serial == body.serial - 1
            and last.settings == settings
        ):
            head, old_tail, new_tail = change.head, change.old_tail, change.new_tail
            middle = chunks[head:new_tail]
            done = tuple(self._finish(c.html, settings, refused) for c in middle)
            finished = last.chunks[:head] + done
            lines = last.lines[:head] + tuple(c.line for c in middle)
            keys = last.keys[:head] + tuple(map(chunk_key, done, lines[head:]))
            if change.delta:  # the chunks below moved: their lines changed, not their keys
                tail = chunks[new_tail:]
                finished += tuple(self._finish(c.html, settings, refused) for c in tail)
                lines += tuple(c.line for c in tail)
            else:
                finished += last.chunks[old_tail:]
                lines += last.lines[old_tail:]
            keys += last.keys[old_tail:]
        else:
            change = None
            finished = tuple(self._finish(c.html, settings, refused) for c in chunks)
            lines = tuple(c.line for c in chunks)
            keys = tuple(map(chunk_key, finished, lines))
        self._serial += 1
        view = article_view(article, _snippet_source(finished), "preview", settings)
        state = PreviewState(
            chunks=finished,
            lines=lines,
            header=render_header(skin, view),
            footer=render_footer(skin, view),
            css=skin.css(settings) + REVIEW_CSS + REFUSED_CSS,
            title=page_title(article, settings),
            chrome=chrome_key(skin, settings),
            keys=keys,
            problem=str(body.problems[0]) if body.problems else "",
            serial=self._serial,
            base=last.serial if last is not None and change is not None else 0,
            change=change,
            images=images,
        )
        self._last = _Made(state.serial, body.serial, settings, finished, lines, keys, refused)
        return state

    def page(
        self, state: PreviewState, article: Article, settings: Settings, generation: int = 0
    ) -> str:
        """The whole preview page for ``state`` (no script in it: the app injects its own)."""
        skin = load_skin(settings.skin)
        view = article_view(article, state.plain_body(), "preview", settings)
        return render_page(article, settings, "preview", state.body_html(generation),
                           skin=skin, view=view, css=state.css)  # fmt: skip

    def export_body(self, article: Article, settings: Settings) -> str:
        """The body as an export writes it (page mode, before the skin), from the cached
        chunks: what the checks read."""
        if settings != self._exported_settings:
            self._exported.clear()
            self._exported_settings = copy.deepcopy(settings)  # a copy: settings change in place
        if len(self._exported) > 4096:
            self._exported.clear()
        parts = []
        # chunk by chunk (each a cached answer): one regex pass over the whole body would
        # hold the interpreter for milliseconds, and a keystroke on the GUI thread would wait
        for chunk in self._body.render_chunks(article, settings):
            done = self._exported.get(chunk.html)
            if done is None:
                done = self._exported[chunk.html] = finish_body(chunk.html, "page", settings)
            if chunk.html:
                parts.append(done)
        return "\n".join(parts)

    def _body_sources(self, chunks) -> list[str]:
        """The addresses of the body's images, in order (each chunk's looked for once)."""
        if len(self._sources) > 4096:
            self._sources.clear()
        found: list[str] = []
        for chunk in chunks:
            if "<img" in chunk.html:
                srcs = self._sources.get(chunk.html)
                if srcs is None:
                    srcs = self._sources[chunk.html] = sources(chunk.html)
                found += srcs
        return found

    def _finish(self, html: str, settings: Settings, refused: dict[str, str] | None = None) -> str:
        if refused and "<img" in html:
            # as the exports do (readers will not see it), with a note in its place
            html = leave_out(html, refused, lambda src, line, inline: placeholder(
                refused[src], line, inline))  # fmt: skip
        if "nz-ad" not in html and "nz-more" not in html and "<iframe" not in html:
            return html  # nothing the preview shows otherwise (an embed: a card)
        done = self._finished.get(html)
        if done is None:
            if len(self._finished) > 512:
                self._finished.clear()
            # in preview mode the placeholders do not depend on the settings
            done = self._finished[html] = finish_body(html, "preview", settings)
        return done

"""One context per revision: parsed once, rendered only when a rule asks, reusable by the
window's snapshot builder."""

from __future__ import annotations

import pytest

from netizen_editor.article.model import Article
from netizen_editor.checks import run_checks
from netizen_editor.checks.context import context_for
from netizen_editor.errors import ArticleError
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings
from tests.checks.helpers import CLEAN


class CountingRenderer(BodyRenderer):
    calls = 0

    def render(self, article, settings):
        CountingRenderer.calls += 1
        return super().render(article, settings)


def test_the_body_is_rendered_once_and_only_when_asked():
    renderer = CountingRenderer()
    context = context_for(CLEAN, None, Settings(), renderer=renderer)
    run_checks(context)
    assert renderer.calls == 0  # no built-in rule needs the HTML
    html = context.rendered_html()
    assert "Banjir rob menggenangi" in html and context.rendered_html() is html
    assert renderer.calls == 1


def test_a_snapshot_passes_what_it_already_has():
    article = Article.parse(CLEAN)
    context = context_for(CLEAN, None, Settings(), article=article, body_html="<p>x</p>")
    assert context.article is article
    assert context.rendered_html() == "<p>x</p>"


def test_broken_front_matter_is_an_error_with_its_line():
    with pytest.raises(ArticleError) as caught:
        context_for("---\ntitle: [a\n---\n", None, Settings())
    assert caught.value.line == 2


def test_a_body_too_deep_to_render_is_still_checked():
    deep = CLEAN.replace("summary:", "sumary:") + "\n" + "> " * 5 + "- " * 3000 + "x\n"
    context = context_for(deep, None, Settings())
    assert context.rendered_html() == ""
    assert "summary" in {f.rule for f in run_checks(context)}


def test_a_stop_flag_ends_the_run_early():
    context = context_for(CLEAN.replace("summary:", "sumary:"), None, Settings())
    assert run_checks(context, stop=lambda: True) == []
    assert run_checks(context, stop=lambda: False)

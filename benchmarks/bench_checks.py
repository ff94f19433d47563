"""Pre-publish checks: every rule on generated articles, beside the body render in the same run.

    .venv/bin/python -m benchmarks.bench_checks [--quick]

For 1,000, 5,000 and 20,000 words: parsing plus every rule (``check_text``, what the command
line and the window's worker run), the rules alone on a context already built, and as the
baseline one render of the body (what the preview does for the same revision anyway). Aim:
all rules on 20,000 words under 200 ms. Prints medians; the machine is shared, so the ratio to
the render (same run) is the steadier figure.
"""

from __future__ import annotations

import argparse

from benchmarks.bench_render import median_time
from benchmarks.generate import generate_article
from netizen_editor.article.model import Article
from netizen_editor.checks import run_checks
from netizen_editor.checks.context import check_text, context_for
from netizen_editor.publish.body import BodyRenderer
from netizen_editor.settings import Settings

BUDGET_MS = 200


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    repeat = 3 if parser.parse_args().quick else 9
    settings = Settings()
    print(f"{'words':>7} {'parse+rules ms':>15} {'rules only ms':>14} {'render ms':>10} "
          f"{'findings':>9}")  # fmt: skip
    for words in (1_000, 5_000, 20_000):
        text = generate_article(words)
        article = Article.parse(text)
        renderer = BodyRenderer(cache_size=0)

        def rules_only(text=text, article=article) -> None:
            run_checks(context_for(text, None, settings, article=article, body_html=""))

        whole = median_time(lambda text=text: check_text(text, None, settings), repeat)
        alone = median_time(rules_only, repeat)
        render = median_time(lambda a=article, r=renderer: r.render(a, settings), repeat)
        count = len(check_text(text, None, settings))
        print(f"{words:>7} {whole * 1000:>15.1f} {alone * 1000:>14.1f} {render * 1000:>10.1f} "
              f"{count:>9}")  # fmt: skip
        if words == 20_000:
            verdict = "within" if whole * 1000 < BUDGET_MS else "OVER"
            print(f"20,000 words: parse + all rules {whole * 1000:.0f} ms, {verdict} the "
                  f"{BUDGET_MS} ms budget; {whole / render:.2f}x one body render")  # fmt: skip


if __name__ == "__main__":
    main()

"""The render budget is checked inside Python-Markdown's long single steps, not only before
each one starts."""

from __future__ import annotations

from netizen_editor.publish.mdext import make_markdown
from netizen_editor.publish.mdext.budget import install_budget
from netizen_editor.timebudget import Budget


class _Counting(Budget):
    """Counts its checks by the step running."""

    def __init__(self) -> None:
        super().__init__()
        self.step = "other"
        self.checks: list[str] = []

    def check(self) -> None:
        self.checks.append(self.step)


def test_the_inline_step_checks_the_budget_at_every_text():
    # it reads every text of the document in one call, and texts that match no pattern
    # never reach a pattern's guarded handleMatch: 100,000 empty code blocks spent 1.3 s
    # past a 2.5 s budget in it
    md = make_markdown()
    budget = _Counting()
    install_budget(md, budget)
    inline = md.treeprocessors["inline"]
    run = inline.run

    def traced(root):
        budget.step = "inline"
        try:
            return run(root)
        finally:
            budget.step = "other"

    inline.run = traced  # type: ignore[method-assign]
    md.convert("\n\n".join(f"Paragraf {i} tanpa apa-apa." for i in range(1000)))
    assert budget.checks.count("inline") > 1000

"""Reading a planted template is bounded like rendering it (QA26 #1), and what cannot be read
says why in plain words, on the template's line (QA26 #8)."""

from __future__ import annotations

import pytest

from netizen_editor import i18n
from netizen_editor.settings import Settings
from netizen_editor.templates import compiling
from netizen_editor.templates.library import TemplateError
from netizen_editor.templates.render import _environment, render_text, template_context
from netizen_editor.templates.sandbox import Budget

CONTEXT = template_context(Settings())
HEAD = "---\ntitle: x\n---\n\n"  # the template's lines 1-4


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "en")


def refused(source: str, seconds: float = 60.0) -> TemplateError:
    with pytest.raises(TemplateError) as raised:
        render_text(HEAD + source, "uji", CONTEXT, seconds=seconds)
    return raised.value


class CountingBudget(Budget):
    def __init__(self) -> None:
        super().__init__(60.0)
        self.ticks = 0

    def tick(self, what: str = "") -> None:
        self.ticks += 1
        super().tick(what)


def test_no_filter_runs_while_a_template_is_compiled():
    # Jinja2's constant folding ran every filter of a chain at each level of it, at compile
    # time: `{{1|e|e|…}}` ×3000 held the window for minutes
    env = _environment(Budget(60.0))
    calls = []
    escape = env.filters["e"]
    env.filters["e"] = lambda *args, **kwargs: calls.append(1) or escape(*args, **kwargs)
    template = compiling.compile_template(env, "{{ 1|e|e|e }}", {})
    assert calls == []
    assert template.render() == "1"
    assert len(calls) == 3  # in the render, under its checks


def test_the_deadline_is_checked_while_a_template_is_read_and_written():
    env = _environment(CountingBudget())
    compiling.compile_template(env, "{{ a }}{% for x in y %}{{ x }}{% endfor %}", {})
    assert env.budget.ticks >= 10  # each token read and each node written


def test_out_of_time_while_reading_names_the_line_reached():
    env = _environment(CountingBudget())
    real_tick = env.budget.tick

    def tick(what: str = "") -> None:
        real_tick(what)
        if env.budget.ticks == 2:  # the text of line 1 read, then the time is up
            env.budget.deadline = 0.0

    env.budget.tick = tick
    with pytest.raises(compiling.CompileProblem) as raised:
        compiling.compile_template(env, "teks\n{{ a }}", {})
    assert raised.value.message == "refused by the template sandbox: the template took too long"
    assert raised.value.line == 2


def test_a_template_of_too_many_parts_is_refused_before_it_is_compiled():
    error = refused("{{ 1|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e|e }}\n" * 600)
    assert error.message == (
        "refused by the template sandbox: the template has over 10000 parts (names, numbers, signs)"
    )
    assert error.line is not None and 220 < error.line < 260  # where the count ran over


def test_python_too_long_to_compile_in_the_time_left_is_refused(monkeypatch):
    monkeypatch.setattr(compiling, "MAX_CODE", 1000)
    error = refused("{% for x in [1] %}{{ x }}{% endfor %}\n" * 20)
    assert error.message == (
        "refused by the template sandbox: the template is too long or complex to read in time"
    )
    # the same text with the time left too short for its Python
    monkeypatch.setattr(compiling, "MAX_CODE", 10**9)
    monkeypatch.setattr(compiling, "COMPILE_SECONDS_PER_CHAR", 1.0)
    assert refused("{{ x }}").message == error.message


def test_plain_text_of_any_size_under_the_cap_is_read():
    text = render_text(HEAD + "kata " * 40_000, "uji", CONTEXT)
    assert text.count("kata") == 40_000


@pytest.mark.parametrize(
    ("source", "line"),
    [
        ("{{ " + "[" * 5000 + "]" * 5000 + " }}", 5),
        ("{{ " + "(" * 300 + "1" + ")" * 300 + " }}", 5),
        ("{% if 1 %}\n" * 3000 + "{% endif %}" * 3000, None),
    ],
)
def test_deep_nesting_says_so_not_that_the_template_calls_itself(source, line):
    error = refused(source)
    assert error.message == "the template is nested too deeply"
    if line is not None:
        assert error.line == line
    else:
        assert error.line is not None and error.line > 5


def test_blocks_nested_past_pythons_limit_name_the_templates_line():
    error = refused("teks\n" + "{% for a in [1] %}" * 30 + "{% endfor %}" * 30)
    assert error.message == "the template's blocks (for, if, macro…) are nested too deeply"
    assert error.line == 6  # not the line of Jinja2's Python


@pytest.mark.parametrize(
    "source", ["{{ now.tzinfo.__dict__ }}", "{{ now['__dict__'] }}", "{{ author._x }}"]
)
def test_an_internal_name_is_refused_whether_or_not_the_object_has_it(source):
    error = refused(f"{source}")
    assert error.message.startswith("refused by the template sandbox: access to attribute")
    assert error.line == 5


@pytest.mark.parametrize(
    "source", ["{% include 'x.md' %}", "{% import '/etc/passwd' as p %}", "{% extends 'a' %}"]
)
def test_include_import_and_extends_are_refused_in_plain_words(source):
    error = refused(source)
    assert error.message == (
        "refused by the template sandbox: a template cannot include or import another template"
    )
    assert error.line == 5


def test_a_recursive_macro_still_calls_itself_too_many_times():
    error = refused("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}")
    assert error.message == "the template failed: it calls itself too many times"


def test_template_line_maps_jinjas_python_lines():
    code = "x\n" * 20 + "debug_info = '1=8&4=12&6=15'"
    assert compiling.template_line(code, 13) == 4
    assert compiling.template_line(code, 3) is None
    assert compiling.template_line("no map", 3) is None

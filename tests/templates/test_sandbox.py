"""A planted template can neither hang nor fill memory: every step it takes is bounded, and a
refusal says what was refused and on which line."""

from __future__ import annotations

import tracemalloc

import pytest

from netizen_editor import i18n
from netizen_editor.settings import Settings
from netizen_editor.templates.library import TemplateError
from netizen_editor.templates.render import render_text, template_context

CONTEXT = template_context(Settings())
#: each would make (or hold) 100 MB or more without the sandbox's bounds
BIG = 10**8


@pytest.fixture(autouse=True)
def english(monkeypatch):
    monkeypatch.setattr(i18n, "_language", "en")


def refusal(source: str) -> TemplateError:
    """The refusal of ``source`` (on its line 5), made in little memory."""
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError) as raised:
            render_text(f"---\ntitle: x\n---\nteks\n{source}\n", "uji", CONTEXT)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 32 * 1024 * 1024, f"{peak} bytes at most to refuse it"
    assert raised.value.line == 5
    return raised.value


@pytest.mark.parametrize(
    ("source", "what"),
    [
        ("{{ ((10**64)**64)**64 % 7 }}", "“**” would make a number too large"),
        ("{% set n = 10**5000 %}{{ n * n * n * n * n }}", "“*” would make a number too large"),
        ("{% set a = 'x' * 100000 %}" + "{% set a = a + a %}" * 7, "“+”"),
        ("{% set a = ['x'] * 100000 %}" + "{% set a = a + a %}" * 7, "“+”"),
        ("{% set ns = namespace(a='x' * 100000) %}{% for i in range(7) %}"
         "{% set ns.a = ns.a ~ ns.a %}{% endfor %}", "“~”"),
        ("{% set ns = namespace(a=[1]) %}{% for i in range(40) %}"
         "{% set ns.a = [ns.a, ns.a] %}{% endfor %}", "“[…]”"),
        ("{% set ns = namespace(a=(1,)) %}{% for i in range(40) %}"
         "{% set ns.a = (ns.a, ns.a) %}{% endfor %}", "“(…)”"),
        (f"{{{{ 'x'.ljust({BIG}) }}}}", "“ljust”"),
        (f"{{{{ 'x'.rjust({BIG}) }}}}", "“rjust”"),
        (f"{{{{ 'x'.center({BIG}) }}}}", "“center”"),
        (f"{{{{ '1'.zfill({BIG}) }}}}", "“zfill”"),
        (f"{{{{ 'a\\tb'.expandtabs({BIG}) }}}}", "“expandtabs”"),
        (f"{{{{ 'x'|center({BIG}) }}}}", "“center”"),
        (f"{{{{ '{{:>{BIG}}}'.format(1) }}}}", "“format”"),
        (f"{{{{ '{{:.{BIG}f}}'.format(1.5) }}}}", "“format”"),
        (f"{{{{ '{{w:>{{n}}}}'.format_map({{'w': 1, 'n': {BIG}}}) }}}}", "“format”"),
        (f"{{{{ '%{BIG}d' % 1 }}}}", "“%”"),
        (f"{{{{ '%*d' % ({BIG}, 1) }}}}", "“%”"),
        (f"{{{{ '%{BIG}s'|format('x') }}}}", "“format”"),
        ("{{ ('x' * 1000)|list|join('y' * 10000) }}", "“join”"),
        ("{{ ('y' * 10000).join(('x' * 1000)|list) }}", "“join”"),
        ("{{ ('x' * 100000).replace('x', 'y' * 100) }}", "“replace”"),
        ("{{ ('x' * 100000)|replace('x', 'y' * 100) }}", "“replace”"),
        (f"{{{{ ('x\\n' * 1000)|indent({BIG}) }}}}", "“indent”"),
        ("{{ ('x' * 1000)|wordwrap(1, wrapstring='y' * 10000) }}", "“wordwrap”"),
        (f"{{{{ [1, [2, [3]]]|tojson(indent={BIG}) }}}}", "“tojson”"),
        (f"{{{{ [1]|batch({BIG}, fill_with=0)|list }}}}", "“batch”"),
        (f"{{{{ [1]|slice({BIG})|list }}}}", "“slice”"),
        (f"{{{{ (1).to_bytes({BIG}, 'big') }}}}", "“to_bytes”"),
        ("{% set b = 'x' * 500000 %}{% macro m() %}{% for i in range(100) %}{{ b ~ '' }}"
         "{% endfor %}{% endmacro %}{{ m() }}", "the template's text would be over 1 MB"),
        ("".join(f"{{% set a{i} = 'x' * 1000000 %}}" for i in range(20)),
         "makes over 8 MB of text and lists in all"),
        # a cycler is as large as what it holds; a slice is a value made (QA18)
        ("{% set s = 'a' * 1000000 %}{% set ns = namespace(c=none) %}{% for i in range(40) %}"
         "{% set ns.c = cycler(ns.c, s[i:]) %}{% endfor %}", "“Cycler” would make a text"),
        ("{% macro f(n, s) %}{% set t = s[1:] %}{% if n %}{{ f(n - 1, t) }}{% endif %}"
         "{% endmacro %}{{ f(40, 'a' * 1000000) }}", "makes over 8 MB of text and lists in all"),
        ("{{ ('f' * 20000)|int(base=16) }}", "“int” would make a number too large"),
    ],
)  # fmt: skip
def test_what_would_grow_too_large_is_refused_before_it_is_made(source, what):
    error = refusal(source)
    assert what in error.message
    assert error.message.startswith("refused by the template sandbox: ")


def test_a_list_or_dict_cannot_be_changed_in_place():
    assert "unsafe" in refusal("{% set a = [1] %}{{ a.extend(a) }}").message
    assert "unsafe" in refusal("{% set d = {} %}{{ d.update(a=1) }}").message


@pytest.mark.parametrize(
    ("source", "steps"),
    [
        ("{% for a in 'x' * 3000 %}{% endfor %}", 3000),  # a loop over a text, no range
        ("{% for a in ('x' * 100)|list %}{% for b in 'y' * 100 %}{% endfor %}{% endfor %}",
         10000),
        ("{% macro m(n) %}{% if n %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}"
         "{{ m(10) }}", 2047),  # every call
    ],
)  # fmt: skip
def test_every_loop_step_and_call_checks_the_deadline(monkeypatch, source, steps):
    from netizen_editor.templates import sandbox

    ticks = []
    monkeypatch.setattr(sandbox.Budget, "tick", lambda self, what="": ticks.append(1))
    render_text(source, "uji", CONTEXT)
    assert len(ticks) >= steps


def test_out_of_time_is_refused_at_the_first_step():
    with pytest.raises(TemplateError) as raised:
        render_text("{% for a in 'x' * 10 %}{% endfor %}", "uji", CONTEXT, seconds=-1.0)
    assert "the template took too long" in raised.value.message


def test_running_out_of_memory_says_so_in_plain_words():
    def boom() -> str:
        raise MemoryError

    with pytest.raises(TemplateError) as raised:
        render_text("---\ntitle: x\n---\n{{ boom() }}\n", "uji", {**CONTEXT, "boom": boom})
    assert raised.value.message == "the template failed: it needs more memory than there is"
    assert raised.value.line == 4


def test_what_templates_do_still_works():
    source = (
        "{% set ns = namespace(n=0) %}{% macro tag(x) %}<{{ x }}>{% endmacro %}"
        "{% for a, b in [('x', 1), ('y', 2)] %}{% set ns.n = ns.n + b %}{{ tag(a) }}{% endfor %}"
        " {{ ns.n }} {{ 'a' ~ 1 }} {{ ['p', 'q']|join(', ') }} {{ '%s-%02d'|format('b', 3) }}"
        " {{ '{} {:>3}'.format('c', 4) }} {{ 'ab'.replace('a', 'z') }} {{ 'k'.ljust(3, '.') }}"
        " {{ {'k': 'v'}['k'] }} {{ 2 ** 10 }} {{ [0] * 3 }} {{ 'xy' * 2 }} {{ now.year > 2000 }}"
        " {{ ('x' * 100000)|length }} {{ 'a b'|wordwrap(1) }} {{ [1, 2]|tojson }}"
    )
    text = render_text(source, "uji", CONTEXT)
    assert text.endswith(
        "<x><y> 3 a1 p, q b-03 c   4 zb k.. v 1024 [0, 0, 0] xyxy True 100000 a\nb [1, 2]"
    )


def test_size_of_counts_a_shared_list_each_time_it_prints():
    from netizen_editor.templates import sandbox

    inner = ["x" * 10] * 10
    assert sandbox.size_of(inner) == 10 + 100
    assert sandbox.size_of([inner, inner]) == 2 + 2 * 110
    assert sandbox.size_of("x" * 5) == 5


def test_a_number_an_operator_returns_is_bounded_too():
    source = "---\ntitle: x\n---\n{{ big // 1 }}\n"
    with pytest.raises(TemplateError) as raised:
        render_text(source, "uji", {**CONTEXT, "big": 2**100_000})
    assert "“//” would make a number too large" in raised.value.message


@pytest.mark.parametrize(
    ("source", "what", "steps"),
    [
        ("{% set l = range(300)|list %}{{ (l|select('in', l)|list)|length }}", "“in”", 300),
        ("{{ (range(300)|list)|unique|list|length }}", "“unique”", 300),
        ("{{ (range(300)|select('odd'))|list|length }}", "“list”", 150),
        ("{{ ([[1]] * 300)|sum(start=[])|length }}", "“sum”", 300),
        ("{% for x in ['a' * 300] recursive %}{% if loop.depth == 1 %}{{ loop(x) }}{% endif %}"
         "{% endfor %}", "“loop()”", 300),
    ],
)  # fmt: skip
def test_every_item_a_filter_test_or_recursive_loop_reads_checks_the_deadline(
    monkeypatch, source, what, steps
):
    from netizen_editor.templates import sandbox

    ticks: list[str] = []
    monkeypatch.setattr(sandbox.Budget, "tick", lambda self, what="": ticks.append(what))
    render_text(source, "uji", CONTEXT)
    assert ticks.count(what) >= steps


def test_sum_joins_lists_and_tuples_as_python_adds_them():
    source = "{{ [[1], [2, 3]]|sum(start=[0]) }} {{ [(1,), (2,)]|sum(start=()) }} {{ [1, 2]|sum }}"
    assert render_text(source, "uji", CONTEXT).endswith("[0, 1, 2, 3] (1, 2) 3")
    with pytest.raises(TemplateError) as raised:
        render_text("{{ [[1], (2,)]|sum(start=[]) }}", "uji", CONTEXT)
    assert 'can only concatenate list (not "tuple") to list' in raised.value.message


def test_a_cycler_or_joiner_is_as_large_as_what_it_holds():
    from jinja2.utils import Cycler, Joiner

    from netizen_editor.templates import sandbox

    assert sandbox.size_of(Cycler("x" * 10, "y" * 5)) == 2 + 15
    assert sandbox.size_of(Joiner("-" * 7)) == 7

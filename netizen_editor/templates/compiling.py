"""A template's text made into Python within the render's deadline (``sandbox.Budget``).

Jinja2 reads a template (lexer, parser), writes it as Python (code generator) and compiles that
with Python's ``compile``; none of it looks at a clock, and a planted 243 KB template of
``{{1|e|e|…}}`` held the window for minutes (QA26 #1). So:

- every token read and every node written checks the deadline (``BoundedReading``,
  ``BoundedWriting``);
- no filter, test or operator runs while a template is compiled: Jinja2's optimizer is off
  (``optimized=False``) and only plain text and constants are folded into the Python, so a
  filter runs once, in the render, under its checks (the optimizer ran every filter of a chain
  again at each level of it, each refusal swallowed, then ran them again);
- Python's ``compile`` cannot be stopped, so the Python is measured before it: at most
  ``MAX_CODE`` characters besides the template's own text, and no more than the time left can
  compile (``COMPILE_SECONDS_PER_CHAR``, the slowest shape measured, with a margin).

Problems are a :class:`CompileProblem` with the template's line where one is known."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from jinja2 import nodes
from jinja2.lexer import Token, TokenStream
from jinja2.sandbox import SecurityError

from netizen_editor.i18n import tr

SOURCE_NAME = "<template>"
#: the tokens (names, numbers, signs, runs of text) a template may have: the built-in ones have
#: 30 to 53; Jinja2's look at the names a template uses walks every node without a clock, and
#: Python compiles what it writes in one go, so the count is bounded before them (10,000
#: tokens of the slowest shapes take about 0.15 s CPU to read, write and compile)
MAX_TOKENS = 10_000
#: the Python a template may make besides its own text (characters): 256 KB compiles in about
#: 0.1 s; the built-in templates make 3 KB
MAX_CODE = 256 * 1024
#: Python's compile per character of Jinja2's output, the slowest shape measured (calls with
#: many arguments, 0.42 µs) with a margin: the time left must cover it
COMPILE_SECONDS_PER_CHAR = 0.6e-6


class CompileProblem(Exception):
    """Why a template could not be made into Python (translated), and its line if known."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line


class BoundedReading:
    """The environment's side: tokens read within the deadline, the last line read kept (where
    a template nested too deeply stopped the parser)."""

    budget: Any
    line_read: int | None = None

    def _tokenize(self, source: str, name: str | None, filename: str | None = None,
                  state: str | None = None) -> TokenStream:  # fmt: skip
        stream = super()._tokenize(source, name, filename, state)  # type: ignore[misc]
        return TokenStream(self._ticking(stream), name, filename)

    def _ticking(self, stream: TokenStream) -> Iterator[Token]:
        tick = self.budget.tick
        for count, token in enumerate(stream):
            self.line_read = token.lineno
            if count >= MAX_TOKENS:
                raise SecurityError(tr("the template has over {n} parts (names, numbers, "
                                       "signs)", n=MAX_TOKENS))  # fmt: skip
            tick()
            yield token


class BoundedWriting:
    """The code generator's side: each node written checks the deadline; only text and
    constants are folded at compile time."""

    environment: Any
    line_written: int | None = None

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        self.environment.budget.tick()
        self.line_written = getattr(node, "lineno", None) or self.line_written
        return super().visit(node, *args, **kwargs)  # type: ignore[misc]

    def _output_child_to_const(self, node: nodes.Expr, frame: Any, finalize: Any) -> str:
        if not isinstance(node, nodes.TemplateData | nodes.Const):
            raise nodes.Impossible()  # a filter runs in the render, under its checks
        return super()._output_child_to_const(node, frame, finalize)  # type: ignore[misc]


def compile_template(env: Any, source: str, globals: dict[str, Any]) -> Any:
    """``env.from_string(source, globals)`` within ``env.budget``: CompileProblem when the
    template is too deep, too large or too slow to compile, or its blocks nest too deeply;
    Jinja2's TemplateSyntaxError as it comes."""
    import jinja2

    tree = code = None
    try:
        tree = env._parse(source, None, SOURCE_NAME)
        code = env._generate(tree, None, SOURCE_NAME)
    except RecursionError:
        where = env.line_read if tree is None else None
        raise CompileProblem(tr("the template is nested too deeply"), where) from None
    except jinja2.TemplateSyntaxError:
        raise
    except SecurityError as exc:  # too many tokens, or the deadline while reading or writing
        if tree is None:
            raise CompileProblem(_refused(str(exc)), env.line_read) from None
        raise CompileProblem(_refused(_too_long())) from None
    text = sum(len(repr(data.data)) for data in tree.find_all(nodes.TemplateData))
    weight = max(0, len(code) - text)
    if weight > MAX_CODE or weight * COMPILE_SECONDS_PER_CHAR > env.budget.left():
        raise CompileProblem(_refused(_too_long()))
    try:
        compiled = env._compile(code, SOURCE_NAME)
    except RecursionError:
        raise CompileProblem(tr("the template is nested too deeply")) from None
    except SyntaxError as exc:  # Python's limits, e.g. "too many statically nested blocks"
        problem = tr("the template's blocks (for, if, macro…) are nested too deeply")
        raise CompileProblem(problem, template_line(code, exc.lineno)) from None
    return env.template_class.from_code(env, compiled, env.make_globals(globals), None)


def _too_long() -> str:
    return tr("the template is too long or complex to read in time")


def _refused(problem: str) -> str:
    return tr("refused by the template sandbox: {problem}", problem=problem)


def template_line(code: str, code_line: int | None) -> int | None:
    """The template line of a line of Jinja2's Python (its ``debug_info`` maps them)."""
    marker = code.rfind("debug_info = '")
    if code_line is None or marker < 0:
        return None
    pairs = code[marker + len("debug_info = '") :].split("'", 1)[0]
    line = None
    for pair in filter(None, pairs.split("&")):
        template, _, python = pair.partition("=")
        if python.isdigit() and int(python) <= code_line and template.isdigit():
            line = int(template)
    return line

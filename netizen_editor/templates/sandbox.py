"""The Jinja2 sandbox a template is rendered in, bounded in time and memory.

Templates are shared files, so every step a template can take is bounded:

- no value a template makes is larger than ``MAX_VALUE`` (characters of a text, items and
  their contents for a list or a dict, counted as they would print, so a list of a list
  repeated is counted in full): ``+``, ``*``, ``%`` and ``~``, list and dict literals, every
  filter and every call are checked, and those that grow a text from a number or a second text
  (``ljust``, ``center``, ``replace``, ``join``, ``format``, ``indent``, ``wordwrap``...) are
  checked before they run, from the sizes they would make;
- a number has at most ``MAX_INT_BITS`` bits (``**`` and ``*`` are checked before they run,
  every value an operator, a filter or a call returns after);
- a slice (``text[i:]``) is a value made, like the result of a call; a ``cycler``, a
  ``joiner`` and a ``namespace`` are as large as the values they hold;
- a list, dict or set cannot be changed in place (``append``, ``update``...);
- all the values a render makes are at most ``MAX_MADE`` together, and all the text it
  writes, in macros and blocks too, at most ``MAX_WRITTEN``;
- every loop step, call, filter and test checks the render's deadline, and so does every item
  a filter reads from or gives to another (``select``, ``map``, ``sort``...) and every item of
  a recursive loop's ``loop(items)``; ``sum`` of lists or tuples joins them in one pass.

A refusal is a :class:`jinja2.sandbox.SecurityError` saying what was refused."""

from __future__ import annotations

import functools
import re
import time
import types
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator
from jinja2.filters import make_attrgetter
from jinja2.runtime import LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter, SecurityError
from jinja2.utils import Cycler, Joiner, Namespace, pass_environment

from netizen_editor.i18n import tr
from netizen_editor.templates.compiling import BoundedReading, BoundedWriting

#: the largest value a template may make (characters, or items and their contents)
MAX_VALUE = 1024 * 1024
#: the largest number a template may make, in bits (about 19,700 digits)
MAX_INT_BITS = 64 * 1024
#: all the text a render may write, the text macros and blocks make included (what a macro
#: makes is counted again where it is written)
MAX_WRITTEN = 4 * MAX_VALUE
#: all the values a render may make, summed (a value kept in each of many variables)
MAX_MADE = 8 * MAX_VALUE
_DIGITS = re.compile(r"\d+")
_PRINTF = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")


def too_large(what: str) -> SecurityError:
    return SecurityError(tr("{what} would make a text or list of over 1 MB", what=what))


def too_long_output() -> SecurityError:
    return SecurityError(tr("the template's text would be over 1 MB"))


def too_big_number(what: str) -> SecurityError:
    return SecurityError(tr("{what} would make a number too large to use", what=what))


class Budget:
    """The render's deadline, checked at each step (a loop's item, a call, a filter)."""

    def __init__(self, seconds: float):
        self.deadline = time.perf_counter() + seconds

    def tick(self, what: str = "") -> None:
        if time.perf_counter() > self.deadline:
            if what:
                raise SecurityError(tr("the template took too long, at {what}", what=what))
            raise SecurityError(tr("the template took too long"))

    def left(self) -> float:
        return self.deadline - time.perf_counter()


_TEXTS = (str, bytes, bytearray)
_SEQUENCES = (list, tuple, set, frozenset)
#: the sizes of containers measured before, by id (with the container, which keeps its id)
Known = dict[int, tuple[Any, int]]


def size_of(
    value: Any, budget: Budget | None = None, limit: int = MAX_VALUE, known: Known | None = None
) -> int:
    """How large ``value`` is as it would print, counted up to just over ``limit``: a text's
    characters, a number's digits, a container's items and theirs (a list holding one list
    twice counts it twice, as printing it would; ``known`` containers are not walked again)."""
    total = steps = 0
    stack = [value]
    known = known or {}
    while stack and total <= limit:
        item = stack.pop()  # counted once already, as an item of the container it is in
        steps += 1
        if isinstance(item, _TEXTS):
            total += len(item)
        elif id(item) in known:
            total += known[id(item)][1]
        elif isinstance(item, int):
            total += item.bit_length() // 3
        elif isinstance(item, Namespace):
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif isinstance(item, Cycler):
            stack.append(item.items)
        elif isinstance(item, Joiner):
            stack.append(item.sep)
        elif isinstance(item, dict):
            total += len(item)
            if total <= limit:
                stack.extend(item.keys())
                stack.extend(item.values())
        elif isinstance(item, _SEQUENCES):
            total += len(item)
            if total <= limit:
                stack.extend(item)
        if budget is not None and steps % 4096 == 0:
            budget.tick()
    return total


def _int(value: Any) -> int:
    """A width or count given to a method or filter, as a number (0 when it is none)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0
    return int(value) if abs(value) < 2**62 else 2**62


def printf_size(fmt: str, args: Any) -> int:
    """An upper bound of ``fmt % args``'s length (widths and precisions included)."""
    size = len(fmt) + size_of(args)
    for match in _PRINTF.finditer(fmt):
        for number in match.groups():
            if number == "*":
                values = args if isinstance(args, tuple) else (args,)
                size += sum(abs(_int(value)) for value in values)
            elif number:
                size += int(number) if len(number) < 12 else 2**62
    return size


def spec_size(spec: str) -> int:
    """An upper bound of the width and precision a format spec asks for."""
    return sum(int(n) if len(n) < 12 else 2**62 for n in _DIGITS.findall(spec))


def _text_method_size(name: str, text: Any, args: tuple, kwargs: dict) -> int | None:
    """An upper bound of what the str or bytes method ``name`` makes (None: no more than
    its text and arguments)."""
    size = len(text)
    first = args[0] if args else None
    if name in ("ljust", "rjust", "center", "zfill"):
        return max(size, _int(first if first is not None else kwargs.get("width")))
    if name == "expandtabs":
        tab = "\t" if isinstance(text, str) else b"\t"
        tabsize = first if first is not None else kwargs.get("tabsize", 8)
        return size + text.count(tab) * max(_int(tabsize), 0)
    if name == "replace" and len(args) >= 2:
        old, new = args[0], args[1]
        count = _int(args[2]) if len(args) > 2 else _int(kwargs.get("count", -1))
        times = text.count(old) if old else size + 1
        if count >= 0:
            times = min(times, count)
        return size + max(0, len(new) - len(old)) * times
    if name == "translate" and isinstance(first, dict):
        longest = max((size_of(v) for v in first.values()), default=1)
        return size * max(longest, 1)
    return None


class _Formatter(SandboxedFormatter):
    """``str.format`` counting the size of what it makes, field by field."""

    def __init__(self, env: Sandbox):
        super().__init__(env)
        self.made = 0
        self.known: Known = {}  # a template cannot change a list or dict: their sizes stay
        self.sandbox = env

    def format_field(self, value: Any, format_spec: str) -> Any:
        self.made += size_of(value, self.sandbox.budget) + spec_size(format_spec)
        if self.made > MAX_VALUE:
            raise too_large("“format”")
        return super().format_field(value, format_spec)


def _bounded_join(name: str) -> Callable[[Any, Any], str]:
    """``sep.join(items)`` with the items' and the separators' size counted first."""

    def join(sep: Any, items: Iterable[Any]) -> Any:
        listed = _listed(items, f"“{name}”")
        size = sum(size_of(item) for item in listed) + len(sep) * len(listed)
        if size > MAX_VALUE:
            raise too_large(f"“{name}”")
        return sep.join(listed)

    return join


def _listed(items: Iterable[Any], what: str) -> list[Any]:
    listed: list[Any] = []
    for item in items:
        listed.append(item)
        if len(listed) > MAX_VALUE:
            raise too_large(what)
    return listed


class Sandbox(BoundedReading, ImmutableSandboxedEnvironment):
    """The sandbox of one render (its deadline is ``budget``'s, compiling included: see
    ``templates.compiling``)."""

    intercepted_binops = frozenset(["+", "*", "**", "%", "//"])

    def __init__(self, budget: Budget, **options: Any):
        super().__init__(optimized=False, **options)
        self.budget = budget
        self.written = 0
        self.made = 0
        self.known: Known = {}  # a template cannot change a list or dict: their sizes stay
        self.code_generator_class = _Generator
        self.finalize = self.output
        self.concat = self.join_output  # type: ignore[assignment]

    # -- names --------------------------------------------------------------------------------
    def getattr(self, obj: Any, attribute: str) -> Any:
        return self._refused(super().getattr(obj, attribute), obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        return self._refused(super().getitem(obj, argument), obj, argument)

    def _refused(self, value: Any, obj: Any, name: Any) -> Any:
        """An internal name (``__dict__``) is refused, whether the object has it or not."""
        if isinstance(value, Undefined) and isinstance(name, str) and name.startswith("_"):
            return self.unsafe_undefined(obj, name)
        return value

    def get_template(self, *args: Any, **kwargs: Any) -> Any:  # include, import, extends
        raise SecurityError(tr("a template cannot include or import another template"))

    # -- values -------------------------------------------------------------------------------
    def size(self, value: Any) -> int:
        return size_of(value, self.budget, known=self.known)

    def checked(self, value: Any, what: str, made: bool = True, size: int | None = None) -> Any:
        """``value``, refused when it is larger than ``MAX_VALUE``, or when it is ``made`` by
        the template and all it made would be over ``MAX_MADE`` (``size``: its size when it
        is known already)."""
        size = self.size(value) if size is None else size
        if size > MAX_VALUE:
            raise too_large(what)
        if _is_int(value) and value.bit_length() > MAX_INT_BITS:
            raise too_big_number(what)
        if isinstance(value, list | tuple | dict):
            self.known[id(value)] = (value, size)
        if made:
            self.made += size
            if self.made > MAX_MADE:
                raise SecurityError(tr("the template makes over {size} MB of text and lists "
                                       "in all", size=MAX_MADE // MAX_VALUE))  # fmt: skip
        return value

    def output(self, value: Any) -> Any:
        """A ``{{ value }}`` about to be written (to the article, a macro or a block)."""
        size = self.size(value)
        self.written += size
        if size > MAX_VALUE or self.written > MAX_WRITTEN:
            raise too_long_output()
        return value

    def join_parts(self, parts: tuple[Any, ...]) -> str:
        """``a ~ b``: the parts joined as text."""
        size = sum(self.size(part) for part in parts)
        if size > MAX_VALUE:
            raise too_large("“~”")
        return self.checked("".join(str(part) for part in parts), "“~”", size=size)

    def join_output(self, parts: Iterable[str]) -> str:
        """The output of a macro, a ``set`` block or a ``filter`` block."""
        listed = parts if isinstance(parts, list) else list(parts)
        if sum(len(part) for part in listed) > MAX_VALUE:
            raise too_long_output()
        return "".join(listed)

    def loop_items(self, items: Iterable[Any], what: str = "“for”") -> Iterator[Any]:
        """A ``for`` loop's items (or those a filter reads), the deadline checked at each."""
        for item in items:
            self.budget.tick(what)
            yield item

    # -- operators ----------------------------------------------------------------------------
    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self.budget.tick()
        what = f"“{operator}”"
        if _int_bits(operator, left, right) > MAX_INT_BITS:
            raise too_big_number(what)
        size = _binop_size(operator, left, right, self.size)
        if size > MAX_VALUE:
            raise too_large(what)
        exact = operator in "+*" and size > 0  # a text or list joined or repeated
        return self.checked(
            self.binop_table[operator](left, right), what, size=size if exact else None
        )

    # -- calls --------------------------------------------------------------------------------
    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self.budget.tick()
        what = f"“{getattr(__obj, '__name__', '')}”"
        if isinstance(__obj, types.BuiltinMethodType):
            __obj = __self._bounded_method(__obj, args, kwargs)
        elif isinstance(__obj, LoopContext) and args:  # a recursive loop's loop(items)
            args = (__self.loop_items(args[0], "“loop()”"), *args[1:])
        for value in (*args, *kwargs.values()):
            __self.checked(value, what, made=False)
        return __self.checked(super().call(__context, __obj, *args, **kwargs), what)

    def _bounded_method(self, method: Any, args: tuple, kwargs: dict) -> Any:
        """``method`` (a built-in one), refused when what it would make is too large."""
        owner, name = getattr(method, "__self__", None), method.__name__
        if isinstance(owner, str | bytes | bytearray):
            if name == "join":
                return functools.partial(_bounded_join(name), owner)
            size = _text_method_size(name, owner, args, kwargs)
            if size is not None and size > MAX_VALUE:
                raise too_large(f"“{name}”")
        elif _is_int(owner) and name == "to_bytes":
            length = args[0] if args else kwargs.get("length", 1)
            if _int(length) > MAX_VALUE:
                raise too_large(f"“{name}”")
        return method

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``text.format(...)`` and ``text.format_map(...)``, their fields' sizes counted."""
        if not isinstance(value, types.MethodType | types.BuiltinMethodType):
            return None
        if value.__name__ not in ("format", "format_map"):
            return None
        text = value.__self__
        if not isinstance(text, str):
            return None
        is_map = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return str(_Formatter(self).vformat(str(text), args, kwargs))

        return functools.update_wrapper(wrapper, value)


def _int_bits(operator: str, left: Any, right: Any) -> int:
    """An upper bound of the bits of ``left OP right`` for two whole numbers (0 otherwise)."""
    if not (_is_int(left) and _is_int(right)):
        return 0
    if operator == "**" and right > 0 and abs(left) > 1:
        return int(right * left.bit_length())
    if operator == "*":
        return int(left.bit_length() + right.bit_length())
    return 0


def _binop_size(operator: str, left: Any, right: Any, size: Callable[[Any], int]) -> int:
    """The size of ``left OP right`` for texts and lists joined or repeated, an upper bound of
    it for ``text % values``, 0 otherwise."""
    if operator == "*":
        for seq, times in ((left, right), (right, left)):
            if _is_sequence(seq) and _is_int(times):
                return size(seq) * max(times, 0)
    if operator == "+" and (_is_sequence(left) or _is_sequence(right)):
        return size(left) + size(right)
    if operator == "%" and isinstance(left, str | bytes):
        return printf_size(str(left), right)
    return 0


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_sequence(value: Any) -> bool:
    return isinstance(value, str | bytes | list | tuple)


class _Generator(BoundedWriting, CodeGenerator):
    """Jinja2's code generator with the sandbox's checks on ``~``, list, tuple and dict
    literals and ``for`` loops."""

    def visit_Template(self, node: nodes.Template, frame: Any = None) -> None:
        for loop in node.find_all(nodes.For):
            loop.iter = nodes.Call(
                nodes.EnvironmentAttribute("loop_items"), [loop.iter], [], None, None
            )
        super().visit_Template(node, frame)

    def visit_Concat(self, node: nodes.Concat, frame: Any) -> None:
        self.write("environment.join_parts((")
        for arg in node.nodes:
            self.visit(arg, frame)
            self.write(", ")
        self.write("))")

    def _checked(self, visit: Callable[[Any, Any], None], node: Any, frame: Any, what: str) -> None:
        self.write("environment.checked(")
        visit(node, frame)
        self.write(f", {what!r})")

    def visit_List(self, node: nodes.List, frame: Any) -> None:
        self._checked(super().visit_List, node, frame, "“[…]”")

    def visit_Dict(self, node: nodes.Dict, frame: Any) -> None:
        self._checked(super().visit_Dict, node, frame, "“{…}”")

    def visit_Getitem(self, node: nodes.Getitem, frame: Any) -> None:
        if isinstance(node.arg, nodes.Slice):  # Jinja2 makes a slice without the environment
            self._checked(super().visit_Getitem, node, frame, "“[:]”")
        else:
            super().visit_Getitem(node, frame)

    def visit_Tuple(self, node: nodes.Tuple, frame: Any) -> None:
        if node.ctx == "load":
            self._checked(super().visit_Tuple, node, frame, "“(…)”")
        else:
            super().visit_Tuple(node, frame)


# -- filters ---------------------------------------------------------------------------------
def _arg(args: tuple, kwargs: dict, index: int, name: str, default: Any = None) -> Any:
    return args[index] if len(args) > index else kwargs.get(name, default)


def _width(value: Any) -> int:
    return len(value) if isinstance(value, str) else max(_int(value), 0)


def _center(value: Any, args: tuple, kwargs: dict) -> int:
    return max(size_of(value), _int(_arg(args, kwargs, 0, "width", 80)))


def _indent(value: Any, args: tuple, kwargs: dict) -> int:
    text = str(value)
    return len(text) + _width(_arg(args, kwargs, 0, "width", 4)) * (text.count("\n") + 2)


def _wordwrap(value: Any, args: tuple, kwargs: dict) -> int:
    size = size_of(value)
    return size + size_of(_arg(args, kwargs, 2, "wrapstring") or "\n") * (size + 1)


def _join(value: Any, args: tuple, kwargs: dict) -> int:
    sep = size_of(_arg(args, kwargs, 0, "d", ""))
    return sum(size_of(item) for item in value) + sep * len(value)


def _replace(value: Any, args: tuple, kwargs: dict) -> int:
    old, new = str(_arg(args, kwargs, 0, "old", "")), str(_arg(args, kwargs, 1, "new", ""))
    count = _arg(args, kwargs, 2, "count")
    size = _text_method_size("replace", str(value), (old, new, -1 if count is None else count), {})
    return size or 0


def _format(value: Any, args: tuple, kwargs: dict) -> int:
    return printf_size(str(value), kwargs or tuple(args))


def _tojson(value: Any, args: tuple, kwargs: dict) -> int:
    size = size_of(value)  # each item on its line, indented once per level it is in
    return 2 * size + size * size * _width(_arg(args, kwargs, 0, "indent"))


def _slice(value: Any, args: tuple, kwargs: dict) -> int:
    return size_of(value) + max(_int(_arg(args, kwargs, 0, "slices")), 0)


def _batch(value: Any, args: tuple, kwargs: dict) -> int:
    fill = _arg(args, kwargs, 1, "fill_with")
    extra = 0 if fill is None else max(_int(_arg(args, kwargs, 0, "linecount")), 0)
    return size_of(value) + extra * (1 + size_of(fill))


#: the filters that make more than their input from a number or a second text: an upper
#: bound of what they make, from the value filtered, its arguments and keywords
_FILTER_SIZES: dict[str, Callable[[Any, tuple, dict], int]] = {
    "center": _center,
    "indent": _indent,
    "wordwrap": _wordwrap,
    "join": _join,
    "replace": _replace,
    "format": _format,
    "tojson": _tojson,
    "slice": _slice,
    "batch": _batch,
}


#: the filters that read their value item by item (all do when it is what another one gives)
_READERS = frozenset(
    ["select", "reject", "selectattr", "rejectattr", "map", "unique", "groupby", "sort", "min",
     "max", "sum", "list", "batch", "slice"]
)  # fmt: skip


def bound_filters(env: Sandbox) -> None:
    """Every filter of ``env`` checked: the deadline, the sizes of what it is given, what it
    would make (``_FILTER_SIZES``) and what it made; every test checks the deadline."""
    env.filters["sum"] = _sum
    for name, func in list(env.filters.items()):
        env.filters[name] = _bounded_filter(env, name, func)
    for name, test in list(env.tests.items()):
        env.tests[name] = _timed_test(env, name, test)


def _timed_test(env: Sandbox, name: str, test: Any) -> Callable[..., Any]:
    what = f"“{name}”"

    @functools.wraps(test)
    def timed(*args: Any, **kwargs: Any) -> Any:
        env.budget.tick(what)
        return test(*args, **kwargs)

    return timed


@pass_environment
def _sum(env: Sandbox, items: Iterable[Any], attribute: Any = None, start: Any = 0) -> Any:
    """Jinja2's ``sum``, lists and tuples joined in one pass (Python adds them one by one,
    copying the sum so far at each: 300,000 lists took minutes)."""
    if attribute is not None:
        items = map(make_attrgetter(env, attribute), items)
    if not isinstance(start, list | tuple):
        return sum(env.loop_items(items, "“sum”"), start)
    joined = list(start)
    for item in env.loop_items(items, "“sum”"):
        if type(item) is not type(start):
            kind = type(start).__name__
            raise TypeError(f'can only concatenate {kind} (not "{type(item).__name__}") to {kind}')
        joined.extend(item)
        if len(joined) > MAX_VALUE:
            raise too_large("“sum”")
    return joined if isinstance(start, list) else tuple(joined)


def _bounded_filter(env: Sandbox, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    skip = 1 if getattr(func, "jinja_pass_arg", None) is not None else 0
    estimate = _FILTER_SIZES.get(name)
    what = f"“{name}”"

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        env.budget.tick()
        if len(args) <= skip:
            return func(*args, **kwargs)
        value, rest = args[skip], args[skip + 1 :]
        if name == "join" and not isinstance(value, str):
            value = _listed(value, what)  # a generator is read once, here
            args = (*args[:skip], value, *rest)
        for given in (value, *rest, *kwargs.values()):
            env.checked(given, what, made=False)
        if estimate is not None and estimate(value, rest, kwargs) > MAX_VALUE:
            raise too_large(what)
        if isinstance(value, Iterator) or (name in _READERS and not isinstance(value, _TEXTS)):
            args = (*args[:skip], env.loop_items(value, what), *rest)  # the deadline at each item
        made = env.checked(func(*args, **kwargs), what)
        return env.loop_items(made, what) if isinstance(made, Iterator) else made

    return bounded

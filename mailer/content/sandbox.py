"""The template sandbox: Jinja's ImmutableSandboxedEnvironment with size limits.

Jinja's sandbox keeps a template away from Python's internals and bounds ``range()``,
but lets a template build values without end: ``{{ 9**99999999 }}`` computes for
ever (at compile time even, where Jinja folds constants), ``{{ "x" * 10**10 }}`` asks
for 10 GB, and so do nested loops, ``"x"|center(10**10)`` or a width in a format
string. Here every operation that makes a big value out of small ones checks the size
before it runs and raises :class:`TemplateLimit` (a SecurityError: the caller names the
template file and line), so a hostile or mistaken template fails fast, the same way in
``check`` and in ``send``. The limits are far above what an email needs.
"""

from __future__ import annotations

import functools
import itertools
import re
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from string import Formatter
from typing import Any

from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import MAX_RANGE, ImmutableSandboxedEnvironment
from jinja2.utils import Namespace, generate_lorem_ipsum

MAX_TEXT = 10_000_000  # characters (or items) in one value, or in one rendered part
MAX_INT_BITS = 65_536  # a number of about 20,000 digits
MAX_LOOP_STEPS = 10_000_000  # range() items iterated in one render
MAX_LIPSUM_WORDS = 100_000
_CHUNK = 16  # pieces of output joined at a time (see bounded_concat)

# printf-style conversion: (key) flags width .precision length type
_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?[a-zA-Z%]")
_DIGITS = re.compile(r"\d+")


class TemplateLimit(SecurityError):
    """A template would build a value (or run a loop) beyond the sandbox's limits."""


def _too_big(what: str, size: int, limit: int, unit: str) -> TemplateLimit:
    return TemplateLimit(f"{what} would be {size:,} {unit}; a template may make at most {limit:,}")


def weight(value: Any, budget: int = MAX_TEXT + 1) -> int:
    """About how many characters ``value`` becomes when printed (stops past ``budget``)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, bool) or value is None:
        return 5
    if isinstance(value, int):
        return value.bit_length() // 3 + 1
    if isinstance(value, list | tuple | set | frozenset | dict):
        items: Iterable[Any] = value.items() if isinstance(value, dict) else value
        total = len(value)
        for item in items:
            total += weight(item, budget - total)
            if total >= budget:
                break
        return total
    return 1


def _check_size(what: str, size: int) -> None:
    if size > MAX_TEXT:
        raise _too_big(what, size, MAX_TEXT, "characters")


# -- operators -------------------------------------------------------------------------


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_binop(op: str, left: Any, right: Any) -> None:
    if op == "**" and _int(left) and _int(right) and right > 0 and abs(left) > 1:
        bits = (abs(left).bit_length() - 1) * right
        if bits > MAX_INT_BITS:
            raise _too_big(f"{left} ** {right}", bits, MAX_INT_BITS, "bits")
    elif op == "*":
        if _int(left) and _int(right):
            bits = left.bit_length() + right.bit_length()
            if bits > MAX_INT_BITS:
                raise _too_big("The product", bits, MAX_INT_BITS, "bits")
            return
        sequence, count = (left, right) if _int(right) else (right, left)
        if _int(count) and count > 0:
            _check_size("The repeated value", weight(sequence) * count)
    elif op == "+" and not (_int(left) or _int(right)):
        _check_size("The joined value", weight(left) + weight(right))
    elif op == "%" and isinstance(left, str):
        _check_percent(left, right)


def _check_percent(template: str, args: Any) -> None:
    """``"%10s" % x`` and the ``format`` filter: widths and the arguments."""
    star = False
    for width, precision in _PERCENT_SPEC.findall(template):
        for number in (width, precision):
            if number == "*":
                star = True
            elif number:
                _check_size("A formatted field", int(number))
    values = args.values() if isinstance(args, Mapping) else args
    values = values if isinstance(values, tuple | list) else (values,)
    if star:
        for value in values:
            if _int(value):
                _check_size("A formatted field", abs(value))
    _check_size("The formatted text", len(template) + weight(list(values)))


def _check_format(template: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    """``"{:>10}".format(x)``: widths written in the string, or passed as arguments."""
    nested = False
    try:
        fields = list(Formatter().parse(template))
    except ValueError:
        return  # str.format reports the malformed string itself
    for _literal, _name, spec, _conversion in fields:
        if spec:
            nested = nested or "{" in spec
            for number in _DIGITS.findall(spec):
                _check_size("A formatted field", int(number))
    values = [*args, *kwargs.values()]
    if nested:
        for value in values:
            if _int(value):
                _check_size("A formatted field", abs(value))
    _check_size("The formatted text", len(template) + weight(values))


# -- string methods called from a template -------------------------------------------------


def _arg(args: tuple[Any, ...], kwargs: Mapping[str, Any], index: int, name: str) -> Any:
    return args[index] if len(args) > index else kwargs.get(name)


def _check_method(obj: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> None:
    owner = getattr(obj, "__self__", None)
    if not isinstance(owner, str):
        return
    name = getattr(obj, "__name__", "")
    if name in ("ljust", "rjust", "center", "zfill"):
        width = _arg(args, kwargs, 0, "width")
        if _int(width):
            _check_size(f"{name}()", width)
    elif name == "expandtabs":
        size = _arg(args, kwargs, 0, "tabsize")
        if _int(size):
            _check_size("expandtabs()", len(owner) * max(size, 1))
    elif name == "replace" and len(args) >= 2:
        _check_replace(owner, args[0], args[1])
    elif name == "join" and args:
        _check_join(owner, args[0])
    elif name == "translate" and args and isinstance(args[0], Mapping):
        longest = max((weight(v) for v in args[0].values()), default=1)
        _check_size("translate()", len(owner) * max(longest, 1))


def _check_replace(text: Any, old: Any, new: Any) -> None:
    if isinstance(text, str) and isinstance(old, str) and isinstance(new, str):
        count = text.count(old) if old else len(text) + 1
        _check_size("The replaced text", len(text) + count * max(0, len(new) - len(old)))


def _check_join(separator: Any, items: Any) -> None:
    if isinstance(items, list | tuple | str | dict | set | frozenset):
        sep = len(separator) if isinstance(separator, str) else 0
        _check_size("The joined text", weight(items) + sep * len(items))


# -- filters ---------------------------------------------------------------------------------


def _guarded(func: Callable[..., Any], check: Callable[..., None]) -> Callable[..., Any]:
    """``func`` with ``check(*args, **kwargs)`` first; Jinja's pass-arg mark is kept
    (the context, eval context or environment it passes first is not given to check)."""
    skip = 1 if hasattr(func, "jinja_pass_arg") else 0

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check(*args[skip:], **kwargs)
        return func(*args, **kwargs)

    return wrapper


def _check_center(value: Any, width: Any = 80) -> None:
    if _int(width):
        _check_size("center()", width)


def _check_indent(text: Any, width: Any = 4, *_: Any, **__: Any) -> None:
    lines = str(text).count("\n") + 1
    size = width if _int(width) else len(str(width))
    _check_size("The indented text", len(str(text)) + lines * max(size, 0))


def _check_format_filter(value: Any, *args: Any, **kwargs: Any) -> None:
    _check_percent(str(value), kwargs or args)


def _check_batch(value: Any, count: Any, fill_with: Any = None) -> None:
    if _int(count) and fill_with is not None:  # the last batch is filled up to count
        _check_size("A batch", count * max(1, weight(fill_with)))


def _check_slice(value: Any, count: Any, fill_with: Any = None) -> None:
    if _int(count) and count > MAX_RANGE:  # it loops count times, whatever the value
        raise _too_big("slice()", count, MAX_RANGE, "slices")
    _check_batch(value, count, fill_with)


def _check_replace_filter(text: Any, old: Any, new: Any, *_: Any) -> None:
    _check_replace(str(text), str(old), str(new))


def _check_join_filter(value: Any, d: Any = "", attribute: Any = None) -> None:
    _check_join(d, value)


_FILTER_CHECKS: dict[str, Callable[..., None]] = {
    "center": _check_center,
    "indent": _check_indent,
    "format": _check_format_filter,
    "batch": _check_batch,
    "slice": _check_slice,
    "replace": _check_replace_filter,
    "join": _check_join_filter,
}


# -- loops and output ------------------------------------------------------------------------

_steps = threading.local()  # range() items left for the render running in this thread


def new_render_budget() -> None:
    """Called before each part is rendered: a fresh loop budget for it."""
    _steps.left = MAX_LOOP_STEPS


def _spend(count: int) -> None:
    left = getattr(_steps, "left", MAX_LOOP_STEPS) - count
    _steps.left = left
    if left < 0:
        raise TemplateLimit(f"the template's loops would run more than {MAX_LOOP_STEPS:,} steps")


class _Range:
    """range() that charges each pass over it to the render's loop budget: nested
    loops of 100,000 steps each would otherwise run for hours."""

    def __init__(self, *args: int) -> None:
        self._range = range(*args)
        if len(self._range) > MAX_RANGE:
            raise TemplateLimit(f"range() may have at most {MAX_RANGE:,} items")

    def __iter__(self) -> Iterator[int]:
        _spend(len(self._range))
        return iter(self._range)

    def __len__(self) -> int:
        return len(self._range)

    def __getitem__(self, index: Any) -> Any:
        return self._range[index]

    def __contains__(self, item: object) -> bool:
        return item in self._range

    def __reversed__(self) -> Iterator[int]:
        _spend(len(self._range))
        return reversed(self._range)

    def __repr__(self) -> str:
        return repr(self._range)


class _Namespace(Namespace):
    """namespace() whose attributes are size-checked: the one way a template carries
    a value from one loop pass to the next (and could double it each time)."""

    def __setitem__(self, name: str, value: Any) -> None:
        _check_size("A namespace value", weight(value))
        super().__setitem__(name, value)


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    if _int(n) and _int(max) and n * max > MAX_LIPSUM_WORDS:
        raise _too_big("lipsum()", n * max, MAX_LIPSUM_WORDS, "words")
    return str(generate_lorem_ipsum(n=n, html=html, min=min, max=max))


def bounded_concat(pieces: Iterable[str]) -> str:
    """Environment.concat: a rendered part (or block, or macro output) is joined only
    while it stays under the limit, however many times a loop prints a value."""
    # A few pieces at a time, counted in C: a Python loop per piece cost a tenth of
    # a message's render time. At most _CHUNK pieces are held past the limit.
    it = iter(pieces)
    out = list(itertools.islice(it, _CHUNK))
    size = sum(map(len, out))
    if len(out) == _CHUNK:  # more to come (the usual short part is done here)
        while chunk := list(itertools.islice(it, _CHUNK)):
            size += sum(map(len, chunk))
            if size > MAX_TEXT:
                break
            out += chunk
    if size > MAX_TEXT:
        raise _too_big("The rendered text", size, MAX_TEXT, "characters")
    return "".join(out)


def _checked_join(joined: str) -> str:
    _check_size("The joined text", len(joined))
    return joined


class _CodeGenerator(CodeGenerator):
    """``a ~ b`` compiles to a plain join Jinja cannot intercept: check its result, so
    a chain of them cannot grow a value tenfold per line."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_join(")
        super().visit_Concat(node, frame)
        self.write(")")


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox every template renders in."""

    intercepted_binops = frozenset({"**", "*", "+", "%"})
    code_generator_class = _CodeGenerator
    concat = staticmethod(bounded_concat)
    checked_join = staticmethod(_checked_join)

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["range"] = _Range
        self.globals["namespace"] = _Namespace
        self.globals["lipsum"] = _lipsum
        for name, check in _FILTER_CHECKS.items():
            self.filters[name] = _guarded(self.filters[name], check)

    def make_globals(self, d: MutableMapping[str, Any] | None) -> MutableMapping[str, Any]:
        """A template's globals as a plain dict, not Jinja's ChainMap over the
        environment's: every render copies them into a fresh context, and copying a
        ChainMap runs in Python (~30 us of a ~100 us message, four renders each). The
        difference, a ChainMap seeing later changes to the environment's globals, does
        not arise: they are set above, before any template loads, and never change."""
        return {**self.globals, **(d or {})}

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        _check_binop(operator, left, right)
        return super().call_binop(context, operator, left, right)

    def call(
        __self,  # Jinja's spelling: no keyword argument of the call can clash with it
        __context: Context,
        __obj: Any,
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        _check_method(__obj, args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapper = super().wrap_str_format(value)
        if wrapper is None:
            return None
        template: str = value.__self__
        is_map = value.__name__ == "format_map"

        @functools.wraps(wrapper)
        def checked(*args: Any, **kwargs: Any) -> str:
            if is_map and args and isinstance(args[0], Mapping):
                _check_format(template, (), args[0])
            else:
                _check_format(template, args, kwargs)
            return wrapper(*args, **kwargs)

        return checked


__all__ = [
    "MAX_INT_BITS",
    "MAX_LOOP_STEPS",
    "MAX_TEXT",
    "BoundedSandbox",
    "TemplateLimit",
    "bounded_concat",
    "new_render_budget",
    "weight",
]

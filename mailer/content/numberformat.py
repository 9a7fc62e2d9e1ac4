"""The text Excel shows for a cell: its value through its number format.

Handled: General (integers without .0, 15 significant digits, 1E+20); digit placeholders
0 # ? with zero padding (``00000``: 123 -> 00123) and literals between them
(``000-0000-0000``); thousands separators and scaling commas; decimals; %; scientific
``0.00E+00``; sections for negative and zero values (``#,##0;(#,##0);"-"``); quoted
text, escapes, padding and fill; currency ``[$€-407]``; colours. Dates and times come out
as ISO text whatever the display order (Excel shows them in the reader's locale anyway):
2024-03-05, 14:30 (14:30:05 when the format shows seconds), both when it shows both,
elapsed time ``[h]:mm`` as 25:30, always on a 24-hour clock.

Not handled, General is used instead: fractions (``# ?/?``), conditions (``[>100]``),
locale numeral systems (``[DBNum1]``), ``@`` text sections applied to numbers.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Context, Decimal
from typing import Any

_COLOURS = re.compile(r"(?i)black|blue|cyan|green|magenta|red|white|yellow|color\s*\d+")
_QUOTED = re.compile(r'"[^"]*"|\\.|_.|\*.|\[(?![hms]+\])[^\]]*\]', re.DOTALL)


def cell_text(cell: Any) -> str:
    """The text of an openpyxl cell (read-only or not)."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return format_number(value, cell.number_format)
    if isinstance(value, dt.datetime | dt.date | dt.time | dt.timedelta):
        return format_temporal(value, cell.number_format or "")
    return str(value)


# -- numbers -------------------------------------------------------------------------------


def general(value: float) -> str:
    if isinstance(value, int) and abs(value) < 10**15:
        return str(value)
    if math.isnan(value) or math.isinf(value):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return str(int(value))
    text = f"{value:.15g}"  # Excel keeps 15 significant digits
    mantissa, e, exponent = text.partition("e")
    return f"{mantissa}E{exponent[0]}{int(exponent[1:]):02d}" if e else text


def format_number(value: float, number_format: str | None) -> str:
    if not number_format or number_format == "General" or not math.isfinite(value):
        return general(value)
    sections = _sections(number_format)
    section, signed = sections[0], value < 0
    if value < 0 and len(sections) > 1:
        section, signed = sections[1], False  # the section shows the sign its own way
    elif value == 0 and len(sections) > 2:
        section = sections[2]
    pattern = _parse(section)
    if pattern is None:
        return general(value)
    text = pattern.render(abs(value))
    return "-" + text if signed and any(c in "123456789" for c in text) else text


def _sections(number_format: str) -> list[str]:
    """Split on the ; that are not quoted or escaped."""
    sections: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in number_format:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == ";" and not quoted:
            sections.append("".join(current))
            current = []
            continue
        current.append(char)
    sections.append("".join(current))
    return sections


Token = tuple[str, str]  # (kind, text): lit, digit, point, comma, exp, percent


def _tokens(section: str) -> list[Token] | None:
    """The section as tokens, or None when it uses something not handled."""
    tokens: list[Token] = []
    i = 0
    while i < len(section):
        char, step = section[i], 1
        if char == '"':
            end = section.find('"', i + 1)
            end = len(section) if end < 0 else end
            tokens.append(("lit", section[i + 1 : end]))
            step = end + 1 - i
        elif char == "\\":
            tokens.append(("lit", section[i + 1 : i + 2]))
            step = 2
        elif char in "_*":  # padding to a character's width, or a fill: no text of its own
            step = 2
        elif char == "[":
            end = section.find("]", i)
            inside = section[i + 1 : end]
            if end < 0:
                return None
            if inside.startswith("$"):
                tokens.append(("lit", inside[1:].split("-")[0]))
            elif not _COLOURS.fullmatch(inside):
                return None  # conditions, [DBNum1], elapsed time on a number
            step = end + 1 - i
        elif char in "/@":
            return None  # fractions, text sections
        elif char in "0#?":
            tokens.append(("digit", char))
        elif char == "." and not any(k in ("point", "exp") for k, _ in tokens):
            tokens.append(("point", char))
        elif char == ",":
            tokens.append(("comma", char))
        elif char in "Ee" and section[i + 1 : i + 2] in ("+", "-"):
            tokens.append(("exp", section[i + 1]))
            step = 2
        elif char == "%":
            tokens.append(("percent", char))
        else:
            tokens.append(("lit", char))
        i += step
    return tokens


@dataclass
class _Pattern:
    before: str = ""  # literal text before the number
    after: str = ""  # literal text after it
    integer: list[str] = field(default_factory=list)  # digit placeholders and literals between
    point: bool = False
    fraction: str = ""  # placeholders after the point
    group: bool = False  # thousands separators
    scale: float = 1.0
    exponent: str | None = None  # "+" or "-" when scientific
    exponent_digits: int = 0

    def render(self, number: float) -> str:
        number *= self.scale
        if self.exponent is not None:
            return self.before + self._scientific(number) + self.after
        # Excel shows 15 significant digits; the context fits a 309-digit float in full
        exact = Decimal(f"{number:.14e}")
        step = Decimal(1).scaleb(-len(self.fraction))
        rounded = exact.quantize(step, ROUND_HALF_UP, Context(prec=340 + len(self.fraction)))
        whole, _, decimals = f"{rounded:f}".partition(".")
        return self.before + self._integer(whole) + self._fraction(decimals) + self.after

    def _fraction(self, decimals: str) -> str:
        if not self.point:
            return ""
        shown = list(decimals)
        for i in reversed(range(len(shown))):  # optional trailing digits: # drops, ? pads
            if shown[i] != "0" or self.fraction[i] == "0":
                break
            shown[i] = " " if self.fraction[i] == "?" else ""
        return "." + "".join(shown)

    def _integer(self, whole: str) -> str:
        slots = [i for i, part in enumerate(self.integer) if part in _DIGITS]
        if not slots:
            return ""
        zeros = [i for i in slots if self.integer[i] == "0"]
        width = len([i for i in slots if zeros and i >= zeros[0]])  # from the first 0 on
        if whole == "0" and not zeros:
            whole = ""  # "#.00" shows .50
        if slots == list(range(slots[0], slots[-1] + 1)):  # no literal in between
            text = whole.rjust(width, "0")
            return _grouped(text) if self.group else text
        # literals between placeholders (000-0000-0000): digits fill them from the right
        out = list(self.integer)
        rest = whole
        for position in reversed(slots):
            if position == slots[0]:
                digits, rest = rest, ""
            else:
                digits, rest = rest[-1:], rest[:-1]
            out[position] = digits or ("0" if self.integer[position] == "0" else "")
        return "".join(out)

    def _scientific(self, number: float) -> str:
        digits = len(self.fraction)
        slots = sum(part in _DIGITS for part in self.integer) or 1
        exponent = 0 if number == 0 else math.floor(math.log10(number))
        if slots > 1:  # ##0.0E+0: engineering notation, exponents in steps of 3
            exponent -= exponent % slots
        mantissa = number / 10.0**exponent if number else 0.0
        if round(mantissa, digits) >= 10**slots:
            mantissa, exponent = mantissa / 10**slots, exponent + slots
        sign = "-" if exponent < 0 else ("+" if self.exponent == "+" else "")
        return f"{mantissa:.{digits}f}E{sign}{abs(exponent):0{self.exponent_digits}d}"


_DIGITS = ("0", "#", "?")


def _grouped(digits: str) -> str:
    head = len(digits) % 3 or 3
    return ",".join([digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)])


def _parse(section: str) -> _Pattern | None:
    """A pattern for one section, or None when it uses something not handled."""
    tokens = _tokens(section)
    if tokens is None:
        return None
    pattern = _Pattern()
    numeric = [i for i, (kind, _) in enumerate(tokens) if kind in ("digit", "point", "exp")]
    if not numeric:  # text only, such as "-" for zero
        pattern.before = "".join(_literal(pattern, kind, text) for kind, text in tokens)
        return pattern
    first, last = numeric[0], numeric[-1]
    for kind, text in tokens[:first]:
        pattern.before += _literal(pattern, kind, text)
    part = "integer"
    for index in range(first, last + 1):
        kind, text = tokens[index]
        if kind == "point":
            pattern.point, part = True, "fraction"
        elif kind == "exp":
            pattern.exponent, part = text, "exponent"
        elif kind == "digit" and part == "integer":
            pattern.integer.append(text)
        elif kind == "digit" and part == "fraction":
            pattern.fraction += text
        elif kind == "digit":
            pattern.exponent_digits += 1
        elif kind == "comma" and part == "integer":
            pattern.group = True
        elif part == "integer" and kind != "comma":
            pattern.integer.append(_literal(pattern, kind, text))
        else:
            pattern.after += _literal(pattern, kind, text)
    scaling = pattern.exponent is None
    for kind, text in tokens[last + 1 :]:
        if kind == "comma" and scaling:
            pattern.scale /= 1000  # commas right after the digits scale by a thousand
        else:
            scaling = False
            pattern.after += _literal(pattern, kind, text)
    return pattern


def _literal(pattern: _Pattern, kind: str, text: str) -> str:
    """The text a non-digit token shows (a comma outside the number shows itself)."""
    if kind == "percent":
        pattern.scale *= 100
    return text


# -- dates and times -----------------------------------------------------------------------


def format_temporal(value: dt.datetime | dt.date | dt.time | dt.timedelta, fmt: str) -> str:
    codes = _QUOTED.sub("", fmt).lower().replace("am/pm", "").replace("a/p", "")
    has_time = "h" in codes or "s" in codes
    has_date = "y" in codes or "d" in codes or ("m" in codes and not has_time)
    seconds = "s" in codes
    if isinstance(value, dt.timedelta):
        hours, rest = divmod(round(value.total_seconds()), 3600)
        minutes, secs = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{secs:02d}" if seconds else f"{hours}:{minutes:02d}"
    if isinstance(value, dt.time):
        return _clock(value, seconds)
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    day = value.date().isoformat()
    if has_date and has_time:
        return f"{day} {_clock(value.time(), seconds)}"
    if has_time:
        return _clock(value.time(), seconds)
    if has_date or value.time() == dt.time():
        return day
    return f"{day} {_clock(value.time(), True)}"


def _clock(time: dt.time, seconds: bool) -> str:
    return time.strftime("%H:%M:%S" if seconds else "%H:%M")

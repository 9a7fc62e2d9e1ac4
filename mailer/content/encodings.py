"""Bytes -> text for recipient tables, without guessing into mojibake.

A byte-order mark decides; then strict UTF-8. A file that is mostly UTF-8 is never read as
a legacy codec: its bad bytes are reported by line and column. Otherwise each family of
legacy codecs Excel writes (Korean, Western, Japanese, Chinese) decodes a sample strictly,
and the family is kept only if the text it gives is plausible for it: its letters are the
script that codec exists for (``_Family.fits``). One plausible family is used; several or
none are a ``RecipientsError`` that names the candidates and asks the user to choose.

charset-normalizer is not used: on short name lists it often prefers cp949 for Shift-JIS
(measured: a third of 120 small Japanese tables), which is the mojibake this prevents.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailer.errors import ErrorCode, RecipientsError

CHOOSE = "choose the encoding (--encoding / the encoding picker)"
_OR_UTF8 = "or save the file as UTF-8."
_DETECT_BYTES = 4 * 2**20  # the sample comes from the start of the file
_SAMPLE_BYTES = 64 * 1024
_NON_ASCII_LINE = re.compile(rb"[^\r\n]*[\x80-\xff][^\r\n]*")
_RUN = re.compile(r"[^\x00-\x7f]+")
_GLUED = re.compile(r"[^\x00-\x7f](?=[A-Za-z])|(?<=[A-Za-z])[^\x00-\x7f]")
_ESCAPED = re.compile(r"[\udc80-\udcff]")  # bytes that surrogateescape kept: not UTF-8
_C1 = re.compile(rb"[\x80-\x9f]")
_UNLIKELY = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffd]")
# cp1252 characters that Western names, cities and notes almost never contain, while
# East Asian double-byte text read as cp1252 is full of them.
_RARE_WESTERN = frozenset("‚ƒ„†‡ˆ‰‹›˜¤¥¦¨¬\xad¯±²³´µ¶¸¹¾")


def decode(path: Path, data: bytes, encoding: str | None) -> tuple[str, str]:
    """The text and the codec used: the one given (strictly), or the detected one."""
    if encoding:
        return _strict(path, data, resolve_codec(path, encoding, data), chosen=True)
    bom = _bom_codec(data)
    if bom:
        return _strict(path, data, bom, chosen=False)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        return _legacy(path, data, exc.start)


def detect(data: bytes) -> str | None:
    """The codec ``decode`` would choose, or None when it would refuse."""
    try:
        return decode(Path("file"), data, None)[1]
    except RecipientsError:
        return None


def resolve_codec(path: Path, encoding: str, data: bytes) -> str:
    try:
        name = codecs.lookup(encoding).name
    except LookupError as exc:
        raise RecipientsError(
            f'"{encoding}" is not a known encoding for {path.name}; '
            "try utf-8, cp949, utf-16, cp1252, cp932, gb18030 or big5.",
            code=ErrorCode.UNKNOWN_ENCODING,
            params={"file": path.name, "encoding": encoding},
        ) from exc
    if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"  # otherwise the BOM would end up in the first header name
    return {"iso8859-1": "latin-1", "euc_kr": "euc-kr"}.get(name, name)


def _bom_codec(data: bytes) -> str | None:
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    return None


def _strict(path: Path, data: bytes, codec: str, *, chosen: bool) -> tuple[str, str]:
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError as exc:
        where = _position(data, exc.start, codec)
        guess = detect(data) if chosen else None
        if guess and guess != codec:
            hint = f'try encoding "{guess}", or leave the encoding unset to detect it.'
        else:
            hint = f"{CHOOSE}, {_OR_UTF8}"
        raise RecipientsError(
            f"{path.name} is not valid {codec} text at {where}; {hint}",
            **_at(path, codec, data, exc.start, codec),
        ) from exc


def _position(data: bytes, start: int, codec: str) -> str:
    """'line N, column C (byte 0xXX)' of the byte at ``start``, counting characters."""
    return "{}, {} (byte 0x{:02x})".format(*_line_column(data, start, codec), data[start])


def _line_column(data: bytes, start: int, codec: str) -> tuple[str, str]:
    line, column = _numbers(data, start, codec)
    return f"line {line}", f"column {column}"


def _numbers(data: bytes, start: int, codec: str) -> tuple[int, int]:
    before = data[:start].decode(codec, errors="replace")
    line = before.count("\n") + before.count("\r") - before.count("\r\n") + 1
    column = len(before) - max(before.rfind("\n"), before.rfind("\r"))
    return line, column


def _at(path: Path, codec: str, data: bytes, start: int, counting: str) -> dict[str, Any]:
    """The code and parameters of an encoding error (the app's words are made of them);
    ``codec`` "" means no codec reads the file."""
    line, column = _numbers(data, start, counting)
    params = {"file": path.name, "codec": codec, "line": line, "column": column}
    return {"code": ErrorCode.ENCODING, "params": params}


# -- legacy codecs -----------------------------------------------------------------------


def _legacy(path: Path, data: bytes, first_bad: int) -> tuple[str, str]:
    """Not UTF-8: the one plausible legacy family, or a sentence asking to choose."""
    if _mostly_utf8(data):
        where = _position(data, first_bad, "utf-8")
        raise RecipientsError(
            f"{path.name} is not valid UTF-8 at {where}; {CHOOSE}, {_OR_UTF8}",
            **_at(path, "utf-8", data, first_bad, "utf-8"),
        )
    sample = _sample(data)
    fitting = [family for family in _FAMILIES if family.fits(sample)]
    # Every KS X 1001 Hangul text also decodes as GB2312 or Big5 hanzi: Korean, this app's
    # common case, wins over those when its reading is all Hangul (no hanja at all).
    if len(fitting) == 1 or (fitting and fitting[0] is _KOREAN and _KOREAN.only(sample)):
        family = fitting[0]
        try:
            text = data.decode(family.codec)
        except UnicodeDecodeError as exc:  # the sample fitted, a later line does not
            later = _position(data, exc.start, family.codec)
            raise RecipientsError(
                f"{path.name} reads as {family} text until {later}, where it stops; it may "
                f"mix encodings: {CHOOSE}, {_OR_UTF8}",
                **_at(path, family.codec, data, exc.start, family.codec),
            ) from exc
        plain_latin1 = family is _WESTERN and not _C1.search(data)
        return text, "latin-1" if plain_latin1 else family.codec
    if fitting:
        *others, last = map(str, fitting)
        names = f"{', '.join(others)} or {last}"
        raise RecipientsError(
            f"{path.name} is not UTF-8, and its encoding is uncertain: it could be {names}; "
            f"{CHOOSE}, {_OR_UTF8}",
            code=ErrorCode.ENCODING_UNCERTAIN,
            params={"file": path.name, "candidates": [f.codec for f in fitting]},
        )
    line, column = _line_column(data, first_bad, "utf-8")
    raise RecipientsError(
        f"{path.name} is not UTF-8 from {line}, {column} on, and no encoding reads it with "
        f"confidence (it may be too short to tell, or mix encodings): {CHOOSE}, {_OR_UTF8}",
        **_at(path, "", data, first_bad, "utf-8"),
    )


def _mostly_utf8(data: bytes) -> bool:
    """At least as many well-formed multi-byte UTF-8 characters as stray bytes."""
    text = data.decode("utf-8", "surrogateescape")
    stray = _ESCAPED.subn("", text)[1]  # a count without a list of matches
    non_ascii = len(text) - len(text.encode("ascii", "ignore"))
    return non_ascii - stray >= stray


def _sample(data: bytes) -> bytes:
    """Whole lines with non-ASCII bytes from the start of the file (ASCII ones say nothing)."""
    head = data[:_DETECT_BYTES]
    if len(data) > len(head):  # do not cut the last character in two
        head = head[: max(head.rfind(b"\n"), head.rfind(b"\r")) + 1]
    taken: list[bytes] = []
    size = 0
    for line in _NON_ASCII_LINE.findall(head):
        if size + len(line) > _SAMPLE_BYTES and taken:
            break
        taken.append(line)
        size += len(line) + 1
    return b"\n".join(taken)


@dataclass(frozen=True)
class _Family:
    label: str
    codec: str
    letter: Callable[[str], bool]  # a letter this codec's own text is made of
    common: Callable[[str], bool]  # one of its everyday letters (at least half of them)

    def __str__(self) -> str:
        return f"{self.label} ({self.codec})"

    def only(self, sample: bytes) -> bool:
        """Whether every non-ASCII letter of the sample is one of this family's."""
        letters = _letters(sample.decode(self.codec))
        return all(map(self.letter, letters))

    def fits(self, sample: bytes) -> bool:
        try:
            text = sample.decode(self.codec)
        except UnicodeDecodeError:
            return False
        if _UNLIKELY.search(text):
            return False  # private-use, unassigned or control characters: a wrong codec
        if self.codec == "cp1252":
            return _western_fits(text)
        letters = _letters(text)
        return (
            bool(letters)
            and sum(map(self.letter, letters)) >= 0.9 * len(letters)
            and sum(map(self.common, letters)) >= 0.5 * len(letters)
            # Western words read as double-byte text leave the letters glued to ASCII ones
            # ("Ren馥 O達rien"); East Asian names and places stand apart from Latin words.
            and len(_GLUED.findall(text)) <= 0.5 * len(letters)
        )


def _letters(text: str) -> list[str]:
    return [c for c in text if c > "\x7f" and unicodedata.category(c)[0] == "L"]


def _korean(c: str) -> bool:
    """A Hangul syllable of KS X 1001 (the 2,350 in everyday use), or a Hangul letter."""
    if "\uac00" <= c <= "\ud7a3":
        code = c.encode("cp949")
        return code[0] >= 0xB0 and code[1] >= 0xA1
    return "\u3131" <= c <= "\u318e"


def _japanese(c: str) -> bool:
    """Kana (not the half-width kind), or a kanji of JIS X 0208."""
    return _kana(c) or (_cjk(c) and 0x88 <= _lead_byte(c, "cp932") <= 0xEA)


def _everyday_japanese(c: str) -> bool:
    """Kana, or a kanji of JIS level 1. (Accented Western letters read as cp932 become
    level-2 kanji only.)"""
    return _kana(c) or (_cjk(c) and 0x88 <= _lead_byte(c, "cp932") <= 0x98)


def _kana(c: str) -> bool:
    return "\u3041" <= c <= "\u30ff"


def _simplified(c: str) -> bool:
    """A hanzi of GB2312 (GBK's additions are rare, and where Shift-JIS text lands)."""
    return _cjk(c) and _lead_byte(c, "gb2312") > 0


def _everyday_simplified(c: str) -> bool:
    """A hanzi of GB2312 level 1, the 3,755 in everyday use."""
    return _cjk(c) and 0xB0 <= _lead_byte(c, "gb2312") <= 0xD7


def _traditional(c: str) -> bool:
    """A hanzi of Big5's frequently used block."""
    return _cjk(c) and 0xA4 <= _lead_byte(c, "big5") <= 0xC6


def _cjk(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _lead_byte(c: str, codec: str) -> int:
    try:
        return c.encode(codec)[0]
    except UnicodeEncodeError:
        return 0


def _western_fits(text: str) -> bool:
    """Accented letters sit one by one between ASCII letters; double-byte text read as
    cp1252 comes in pairs and is full of rare signs."""
    runs = _RUN.findall(text)
    chars = "".join(runs)
    if not runs or len(chars) > 1.5 * len(runs):
        return False
    return sum(c in _RARE_WESTERN for c in chars) <= 0.1 * len(chars)


_KOREAN = _Family("Korean", "cp949", _korean, _korean)
_WESTERN = _Family("Western", "cp1252", bool, bool)  # judged by _western_fits instead
_FAMILIES = (
    _KOREAN,
    _WESTERN,
    _Family("Japanese", "cp932", _japanese, _everyday_japanese),
    _Family("Chinese", "gb18030", _simplified, _everyday_simplified),
    _Family("Chinese", "big5", _traditional, _traditional),
)

"""The plain-text part of an HTML-only template, derived once per skeleton.

inscriptis turns a 9 KB newsletter into text in ~2 ms: per message, that capped an
HTML-only template at ~440 messages/s. The text, like the inlined CSS, depends on the
recipient's data only where that data sits: :class:`~mailer.content.htmlinline.
HtmlRenderer` already replaces each chunk of plain text by a one-character
placeholder to inline a *skeleton* once. We convert that skeleton to text once too,
and per message put each chunk's own text (its HTML entities decoded: a cell holding
``<b>`` or ``&amp;`` is escaped in the HTML and literal in the text) where its
placeholder landed.

Why the result equals converting the real document (what :func:`html_to_text` would
give), and where we fall back to converting each message:
- a placeholder is filled only where it sits in element text or in a quoted
  href/src/alt/title value (the HTML renderer's inert contexts): elsewhere (a style
  attribute, a script) the data could change what is shown, so that skeleton is
  converted per message;
- the layout must not depend on how long a chunk is (inscriptis pads table columns
  to their widest cell): the skeleton is converted a second time with every
  placeholder followed by a long filler, and the two results must differ by exactly
  those fillers, else that skeleton is converted per message;
- a chunk is filled only when its decoded text has no white space other than single
  spaces between words (white space collapses into its neighbours'), no control
  characters, and only character references libxml2 decodes as ``html.unescape``
  does; any other chunk makes that one message convert directly.
The property tests compare both ways on random data and templates.
"""

from __future__ import annotations

import functools
import html as htmllib
import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from html.entities import name2codepoint
from typing import Any

_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")
_FIRST = 0xE000
_FILLER = "x" * 48 + " " + "y" * 48  # a long chunk with a space: table widths change
_REFERENCE = re.compile(r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")
# Decoded text that converts to itself: no white space but single inner spaces, no
# controls, no placeholder code points.
_WORD = r"[^\s\x00-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]+"
_PLAIN = re.compile(f"{_WORD}(?: {_WORD})*\\Z")
_CHUNK_TEXTS_MAX = 50_000
_UNSEEN = "\ue000"  # never a chunk's text (placeholder code points are refused)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@functools.cache
def _text_config() -> Any:
    """inscriptis (and lxml) load only for templates without body.txt: ~35 ms of start-up."""
    from inscriptis.model.canvas import block
    from inscriptis.model.config import ParserConfig

    # inscriptis runs html.unescape over text that lxml has already decoded, so a cell
    # holding "&amp;" came out as "&" and "&lt;b&gt;" as "<b>": data changed in the
    # text part. Its blocks call the name their module imported; make it a no-op.
    block.unescape = _no_second_unescape
    return ParserConfig(display_links=True)


def _no_second_unescape(text: str) -> str:
    return text


def html_to_text(html: str) -> str:
    """The plain-text alternative of an HTML body (links kept as [text](url))."""
    from inscriptis import get_text

    text = get_text(html, _text_config())
    lines = [line.rstrip() for line in text.strip("\n").split("\n")]
    return "\n".join(lines) + "\n"


def _reference_ok(match: re.Match[str]) -> bool:
    """A character reference that libxml2 and html.unescape decode alike."""
    ref = match.group(1)
    if not ref.startswith("#"):
        return ref in name2codepoint  # HTML 4 names: libxml2 knows them, not all of HTML 5's
    code = int(ref[2:], 16) if ref[1:2] in ("x", "X") else int(ref[1:])
    return 0x20 <= code < 0x7F or (0xA0 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF)


def chunk_text(chunk: str) -> str | None:
    """The text a chunk of escaped HTML shows, or None when it cannot be filled in
    without converting the whole message (see the module docstring)."""
    if "&" in chunk:
        refs = _REFERENCE.findall(chunk)
        if chunk.count("&") != len(refs) or not all(
            _reference_ok(m) for m in _REFERENCE.finditer(chunk)
        ):
            return None
        chunk = htmllib.unescape(chunk)
    return chunk if _PLAIN.match(chunk) else None


@dataclass(frozen=True)
class TextEntry:
    """One skeleton's text, split at the placeholders, or: convert each message."""

    parts: tuple[str, ...] = ()
    order: tuple[int, ...] = ()  # which slot fills the gap after parts[i]
    direct: bool = False


DIRECT = TextEntry(direct=True)
_MAX_ENTRIES = 256  # skeletons x chunk sets put back; beyond it, start again
_MAX_VARIANTS = 8  # chunk sets put back per skeleton before the others convert directly


def learn(skeleton: str, safe: Callable[[str], bool]) -> TextEntry:
    """How to make the text of every document with this skeleton (``safe``: whether
    each placeholder of the skeleton sits in an inert context)."""
    if not safe(skeleton) or _CONTROL.search(skeleton):
        return DIRECT  # libxml2 parses around control characters erratically
    text = html_to_text(skeleton)
    longer = html_to_text(_PLACEHOLDER.sub(lambda m: m.group() + _FILLER, skeleton))
    if longer != _PLACEHOLDER.sub(lambda m: m.group() + _FILLER, text):
        return DIRECT  # the layout depends on the chunks' length (a table)
    order = tuple(ord(c) - _FIRST for c in _PLACEHOLDER.findall(text))
    return TextEntry(tuple(_PLACEHOLDER.split(text)), order)


SkeletonOf = Callable[[Mapping[int, str]], str | None]
"""The (inlined) skeleton with the given slots' chunks put back; None: no skeleton."""


class TextDeriver:
    """Per message: the text from its skeleton's entry, learned on first sight.

    Chunks that ``chunk_text`` cannot fill alone (a literal ". Renew early and save "
    between two variables ends with a space; a cell with a line break) are put back into
    the skeleton before it is converted: they become part of the entry's key."""

    def __init__(self, safe: Callable[[str], bool]) -> None:
        self._safe = safe
        self._memo: dict[str, str | None] = {}
        self._entries: dict[tuple[object, ...], TextEntry] = {}
        self._variants: dict[tuple[object, ...], int] = {}  # entries per skeleton key
        self._learning = threading.Lock()

    def clear(self) -> None:
        self._entries.clear()
        self._variants.clear()

    def text(
        self,
        key: tuple[object, ...],
        skeleton_of: SkeletonOf,
        chunks: Sequence[str],
        slots: Sequence[int],
    ) -> str | None:
        """The message's text, or None: convert its HTML directly."""
        memo = self._memo  # shared by the runner's threads: one lookup, never "in" then [ ]
        texts = [
            self._chunk(c) if (t := memo.get(c, _UNSEEN)) is _UNSEEN else t
            for c in map(chunks.__getitem__, slots)
        ]
        kept = tuple((n, chunks[slots[n]]) for n, t in enumerate(texts) if t is None)
        entry_key = (key, kept)
        entry = self._entries.get(entry_key) or self._learn(key, entry_key, skeleton_of, kept)
        if entry is None or entry.direct:
            return None
        out = [entry.parts[0]]
        for index, part in zip(entry.order, entry.parts[1:], strict=True):
            out.append(texts[index])  # type: ignore[arg-type]  # kept ones never appear
            out.append(part)
        return "".join(out)

    def _learn(
        self,
        key: tuple[object, ...],
        entry_key: tuple[object, ...],
        skeleton_of: SkeletonOf,
        kept: tuple[tuple[int, str], ...],
    ) -> TextEntry | None:
        """The entry, learned by one thread while the others that need it wait (eight
        threads meeting the first row would each convert it and count a variant)."""
        with self._learning:
            entry = self._entries.get(entry_key)
            if entry is not None:
                return entry
            if len(self._entries) >= _MAX_ENTRIES:
                self._entries.clear()
                self._variants.clear()
            # Cells that keep being put back (a line break in every address cell) would
            # cost two conversions each: past a few variants, convert those directly.
            variants = self._variants.get(key, 0)
            if variants >= _MAX_VARIANTS:
                return None
            self._variants[key] = variants + 1
            skeleton = skeleton_of(dict(kept))
            entry = DIRECT if skeleton is None else learn(skeleton, self._safe)
            self._entries[entry_key] = entry
            return entry

    def _chunk(self, chunk: str) -> str | None:
        if len(self._memo) >= _CHUNK_TEXTS_MAX:
            self._memo.clear()
        text = self._memo[chunk] = chunk_text(chunk)
        return text


__all__ = ["DIRECT", "TextDeriver", "TextEntry", "chunk_text", "html_to_text", "learn"]

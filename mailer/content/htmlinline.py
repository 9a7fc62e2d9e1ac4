"""Render an HTML template with its CSS inlined, without inlining per recipient.

css-inline parses and re-serialises a whole document (about 250 us for 9 KB), far
over the per-message budget. What it decides — which style goes on which element —
depends only on elements and on class/id/style (and attribute-selector) values,
never on text. So we render the template, replace every chunk of plain text by a
one-character placeholder (a private-use code point), inline that *skeleton* once,
and fill the recipient's chunks back into the cached result.

Why this is equivalent to inlining the real document:
- the real document is exactly the skeleton with the placeholders replaced (by
  construction: the chunks are what the template yielded);
- a chunk is replaced only when it is text that cannot change tokenisation: it
  contains no ``<``, ``>``, quotes, NUL or CR, every ``&`` starts a complete
  character reference, and it does not start with whitespace (which the HTML
  parser treats specially in some insertion modes);
- a placeholder is kept only where its context is inert for inlining: element text
  outside <style>/<script>, or a quoted href/src/alt/title value when the CSS has no
  attribute selector. Anywhere else the chunk goes back into the skeleton literally
  (so it becomes part of the cache key);
- after inlining, every kept placeholder must appear exactly once and still in an
  inert context; otherwise that skeleton is inlined per message (the slow path).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

import css_inline
import jinja2

from mailer.content.htmltext import TextDeriver, html_to_text

_FIRST = 0xE000
_LAST = 0xF8FF  # private-use area: cannot come from escaped data we keep as placeholder
_PLACEHOLDER = re.compile("[\ue000-\uf8ff]")
_TEXT_CHUNK = re.compile(
    r"(?![ \t\n\f\r])"
    r"(?:[^<>\"'&\x00\r\ue000-\uf8ff]|&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)+\Z"
)
# A placeholder right after these could be part of a tag or a character reference.
_UNSAFE_BEFORE = re.compile(r"(?:<[/!?]?|&[#A-Za-z0-9]*)\Z")
_SAFE_ATTRS = frozenset({"href", "src", "alt", "title"})
_UNSAFE_TAGS = frozenset({"link", "style", "base", "meta", "script"})
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]*))?""")
_MAX_SKELETONS = 64  # beyond this, chunks vary per row in unsafe places: inline directly
_STYLE_OR_LINK = re.compile(r"<(?:style|link)\b", re.IGNORECASE)


class _Contexts(HTMLParser):
    """Finds where each placeholder sits: inert (safe) or anything else (unsafe)."""

    def __init__(self, attrs_inert: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.attrs_inert = attrs_inert
        self.safe: list[str] = []
        self.unsafe: set[str] = set()
        self.css: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raw = self.get_starttag_text() or ""
        found = set(_PLACEHOLDER.findall(raw))
        safe = set()
        if tag not in _UNSAFE_TAGS and self.attrs_inert and not _PLACEHOLDER.search(tag):
            for match in _ATTR.finditer(raw, 1 + len(tag)):
                value = match.group(2) or ""
                if match.group(1).lower() in _SAFE_ATTRS and value[:1] in ("'", '"'):
                    safe |= set(_PLACEHOLDER.findall(value))
        self.safe.extend(sorted(found & safe))
        self.unsafe |= found - safe

    handle_startendtag = handle_starttag

    def handle_endtag(self, tag: str) -> None:
        self.unsafe |= set(_PLACEHOLDER.findall(tag))

    def handle_data(self, data: str) -> None:
        found = _PLACEHOLDER.findall(data)
        if self.cdata_elem is not None:
            self.css.append(data)
            self.unsafe |= set(found)
        else:
            self.safe.extend(found)

    def handle_comment(self, data: str) -> None:
        self.unsafe |= set(_PLACEHOLDER.findall(data))

    def handle_decl(self, decl: str) -> None:
        self.handle_comment(decl)

    def handle_pi(self, data: str) -> None:
        self.handle_comment(data)

    def unknown_decl(self, data: str) -> None:
        self.handle_comment(data)


def _classify(html: str, attrs_inert: bool) -> tuple[list[str], set[str], str]:
    parser = _Contexts(attrs_inert)
    parser.feed(html)
    parser.close()
    unsafe = set(parser.unsafe)
    for ch in parser.safe:
        pos = html.find(ch)
        if _UNSAFE_BEFORE.search(html, max(0, pos - 40), pos):
            unsafe.add(ch)
    return [c for c in parser.safe if c not in unsafe], unsafe, "".join(parser.css)


@dataclass(frozen=True)
class _Entry:
    """What to do for one skeleton: re-key, fill the cached inlined parts, or inline."""

    rekey: frozenset[int] = frozenset()  # placeholder indices to put back literally
    parts: tuple[str, ...] = ()  # inlined skeleton split at placeholders
    order: tuple[int, ...] = ()  # which chunk fills the gap after parts[i]
    direct: bool = False  # inline the real document each time
    identity: bool = False  # nothing to inline: the document is the result


_SLOT = object()  # a placeholder position in a cache key


class HtmlRenderer:
    """Renders HTML templates with inlined CSS; caches the inlined skeletons."""

    def __init__(self) -> None:
        self._inliner = css_inline.CSSInliner(load_remote_stylesheets=False, keep_at_rules=True)
        self._cache: dict[tuple[object, ...], _Entry] = {}
        self._texts = TextDeriver(_inert)
        self._direct = False
        self._learning = threading.Lock()

    def inline(self, html: str) -> str:
        """Inline one document directly (the reference the fast path must equal)."""
        if not _STYLE_OR_LINK.search(html):
            return html
        return self._inliner.inline(html)

    def render(self, template: jinja2.Template, context: Mapping[str, Any]) -> str:
        return self._render(template, context, with_text=False)[0]

    def render_with_text(
        self, template: jinja2.Template, context: Mapping[str, Any]
    ) -> tuple[str, str]:
        """The inlined HTML and its plain-text alternative (what ``html_to_text`` of
        that HTML gives), the text too derived once per skeleton (see htmltext)."""
        return self._render(template, context, with_text=True)

    def _render(
        self, template: jinja2.Template, context: Mapping[str, Any], *, with_text: bool
    ) -> tuple[str, str]:
        chunks = list(template.generate(context))
        if self._direct:
            html = self.inline("".join(chunks))
            return html, html_to_text(html) if with_text else ""
        slots = [i for i, c in enumerate(chunks) if _TEXT_CHUNK.match(c)][: _LAST - _FIRST]
        while True:
            key = _key(chunks, slots)
            entry = self._cache.get(key) or self._learn_once(key, chunks, slots)
            if not entry.rekey:
                break
            slots = [s for n, s in enumerate(slots) if n not in entry.rekey]
        html = self._fill(entry, chunks, slots)
        if not with_text:
            return html, ""
        text = self._texts.text(key, functools.partial(_text_skeleton, entry, chunks, slots),
                                chunks, slots)  # fmt: skip
        return html, html_to_text(html) if text is None else text

    def _fill(self, entry: _Entry, chunks: Sequence[str], slots: Sequence[int]) -> str:
        if entry.identity:
            return "".join(chunks)
        if entry.direct:
            return self._inliner.inline("".join(chunks))
        out = [entry.parts[0]]
        for index, part in zip(entry.order, entry.parts[1:], strict=True):
            out.append(chunks[slots[index]])
            out.append(part)
        return "".join(out)

    def _learn_once(
        self, key: tuple[object, ...], chunks: Sequence[str], slots: Sequence[int]
    ) -> _Entry:
        """One thread learns a skeleton while the others that meet it wait: the
        sending threads all start on the same skeleton."""
        with self._learning:
            return self._cache.get(key) or self._learn(key, chunks, slots)

    def _learn(
        self, key: tuple[object, ...], chunks: Sequence[str], slots: Sequence[int]
    ) -> _Entry:
        if len(self._cache) >= _MAX_SKELETONS:
            self._cache.clear()
            self._texts.clear()
            self._direct = True
        skeleton = _skeleton(chunks, slots)
        slotted = set(slots)
        if any(_PLACEHOLDER.search(c) for i, c in enumerate(chunks) if i not in slotted):
            # Data or template text holding our placeholder code points: it would be
            # taken for a mark. Such a skeleton is inlined (and converted) per message.
            entry = _Entry(direct=True)
        else:
            entry = self._analyse(skeleton)
        self._cache[key] = entry
        return entry

    def _analyse(self, skeleton: str) -> _Entry:
        if not _STYLE_OR_LINK.search(skeleton):
            return _Entry(identity=True)
        _, _, css = _classify(skeleton, attrs_inert=False)
        attrs_inert = "[" not in css
        safe, unsafe, _ = _classify(skeleton, attrs_inert)
        if unsafe:
            return _Entry(rekey=frozenset(ord(c) - _FIRST for c in unsafe))
        inlined = self._inliner.inline(skeleton)
        after, after_unsafe, _ = _classify(inlined, attrs_inert)
        if after_unsafe or sorted(after) != sorted(safe) or len(set(after)) != len(after):
            return _Entry(direct=True)
        pieces = _PLACEHOLDER.split(inlined)
        order = tuple(ord(c) - _FIRST for c in _PLACEHOLDER.findall(inlined))
        return _Entry(parts=tuple(pieces), order=order)


def _key(chunks: Sequence[str], slots: Sequence[int]) -> tuple[object, ...]:
    key: list[object] = list(chunks)
    for index in slots:
        key[index] = _SLOT
    return tuple(key)


def _skeleton(chunks: Sequence[str], slots: Sequence[int]) -> str:
    out = list(chunks)
    for n, index in enumerate(slots):
        out[index] = chr(_FIRST + n)
    return "".join(out)


def _inert(skeleton: str) -> bool:
    """Whether every placeholder of a skeleton sits in element text or a quoted
    href/src/alt/title value, where it cannot change what the converter shows."""
    _, unsafe, _ = _classify(skeleton, attrs_inert=True)
    return not unsafe


def _text_skeleton(
    entry: _Entry, chunks: Sequence[str], slots: Sequence[int], kept: Mapping[int, str]
) -> str | None:
    """The document to convert to text once: the inlined skeleton, with the chunks
    ``kept`` (slot number -> chunk) put back in place of their marks."""
    if entry.direct:
        return None
    marks = [kept[n] if n in kept else chr(_FIRST + n) for n in range(len(slots))]
    if entry.identity:
        out = list(chunks)
        for n, index in enumerate(slots):
            out[index] = marks[n]
        return "".join(out)
    # The real inlined document is the inlined skeleton with the chunks at these marks.
    out = [entry.parts[0]]
    for n, part in zip(entry.order, entry.parts[1:], strict=True):
        out.append(marks[n])  # str.join, never +: a chunk may be Markup, which escapes
        out.append(part)
    return "".join(out)

"""Syntax colours for Jinja inside HTML, Markdown or plain text (the template editor)."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument


def _format(colour: str, *, bold: bool = False, italic: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setForeground(QColor(colour))
    if bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(italic)
    return fmt


# Mid-tone colours: readable on light and on dark palettes.
_TAG = _format("#3a7bd5")
_ATTR = _format("#a0522d")
_STRING = _format("#2e8b57")
_HTML_COMMENT = _format("#8a8a8a", italic=True)
_JINJA_EXPR = _format("#c2185b", bold=True)
_JINJA_STMT = _format("#7b3fbf", bold=True)
_JINJA_COMMENT = _format("#8a8a8a", italic=True)

_HTML_RULES = (
    (re.compile(r"</?[A-Za-z][\w:-]*|/?>"), _TAG),
    (re.compile(r"\b[\w:-]+(?==)"), _ATTR),
    (re.compile(r"\"[^\"]*\"|'[^']*'"), _STRING),
)
_MARKDOWN_RULES = (
    (re.compile(r"^#{1,6} .*"), _format("#3a7bd5", bold=True)),  # headings
    (re.compile(r"\*\*[^*]+\*\*|__[^_]+__"), _format("#a0522d", bold=True)),
    (re.compile(r"\[[^\]]*\]\([^)]*\)"), _STRING),  # [text](link)
    (re.compile(r"^\s*(?:[-*+]|\d+\.) "), _TAG),  # list items
)
_JINJA_RULES = (
    (re.compile(r"\{\{.*?\}\}"), _JINJA_EXPR),
    (re.compile(r"\{%.*?%\}"), _JINJA_STMT),
)
# Multi-line constructs: (start, end, format, block state).
_SPANS = (
    (re.compile(r"<!--"), re.compile(r"-->"), _HTML_COMMENT, 1),
    (re.compile(r"\{#"), re.compile(r"#\}"), _JINJA_COMMENT, 2),
)


class JinjaHighlighter(QSyntaxHighlighter):
    """HTML tags/attributes/strings (when ``html``), Markdown headings, emphasis and
    links (when ``markdown``), Jinja tags and comments."""

    def __init__(
        self, document: QTextDocument, *, html: bool = True, markdown: bool = False
    ) -> None:
        super().__init__(document)
        self.html = html
        self.markdown = markdown

    def highlightBlock(self, text: str) -> None:
        rules = (_HTML_RULES if self.html else ()) + (_MARKDOWN_RULES if self.markdown else ())
        rules += _JINJA_RULES
        for pattern, fmt in rules:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), fmt)
        self.setCurrentBlockState(0)
        self._spans(text)

    def _spans(self, text: str) -> None:
        """Comments that may run over several lines (HTML and Jinja)."""
        position = 0
        state = self.previousBlockState()
        while position <= len(text):
            if state in (1, 2):
                _, end, fmt, _ = _SPANS[state - 1]
                found = end.search(text, position)
                if found is None:
                    self.setFormat(position, len(text) - position, fmt)
                    self.setCurrentBlockState(state)
                    return
                self.setFormat(position, found.end() - position, fmt)
                position, state = found.end(), 0
                continue
            starts = [
                (m.start(), s)
                for s in _SPANS
                if (s[3] == 2 or self.html) and (m := s[0].search(text, position))
            ]
            if not starts:
                return
            start, span = min(starts, key=lambda item: item[0])
            position, state = start, span[3]

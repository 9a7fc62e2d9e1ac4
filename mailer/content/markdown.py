"""Markdown bodies: ``body.md`` -> a Jinja HTML template, once per template.

The Markdown is converted when the template loads, never per recipient: the Jinja
constructs (``{{ name }}``, ``{% if %}``, ``{# #}``) are swapped for plain tokens,
markdown-it-py converts the text, and the tokens are swapped back. The result is an
ordinary HTML template (extending the layout) that the HTML environment renders with
autoescape. A recipient's cell is therefore never seen by the Markdown converter: a
cell holding ``**x**``, ``<b>`` or ``[link](http://evil)`` is text, escaped in the
HTML and literal in the text part, by construction.

markdown-it-py rather than mistune: it follows CommonMark to the letter (its test
suite is the spec's), has tables and strikethrough as switchable rules, is already
installed with rich (one dependency fewer to vet), and is kept by the executablebooks
project that maintains MyST.
"""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass

from mailer.errors import TemplateError

DEFAULT_LAYOUT = "_layouts/base.html"
# Jinja constructs as the default environment delimits them. A "}}" inside a string
# literal of an expression would end it early; newsletters do not write such things.
_CONSTRUCT = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_BLOCK_TAG = re.compile(r"\{[%#]")
_LEADING_H1 = re.compile(r"\A\s*<h1>(.*?)</h1>\n?", re.DOTALL)


@functools.cache
def _converter() -> object:
    from markdown_it import MarkdownIt

    # CommonMark + tables + ~~strikethrough~~; raw HTML allowed: the author writes the
    # template (a button, a centred image), recipients' data never reaches here.
    return MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@dataclass(frozen=True)
class Converted:
    """The HTML of a Markdown source, with its Jinja constructs back in place."""

    html: str
    heading: str  # the leading "# Heading" (HTML, constructs kept), taken out of html


def convert(source: str, *, display: str, take_heading: bool = False) -> Converted:
    """Markdown with Jinja constructs -> HTML with the same constructs.

    ``take_heading``: a level-1 heading that opens the document goes to ``heading``
    (the layout's header bar) instead of the body."""
    marker = "bm" + secrets.token_hex(4)  # absent from the source: checked below
    while marker in source:
        marker = "bm" + secrets.token_hex(4)
    constructs: list[str] = []

    def token(match: re.Match[str]) -> str:
        constructs.append(match.group())
        return f"{marker}x{len(constructs) - 1}x"

    protected = _CONSTRUCT.sub(token, source)
    if "{{" in protected or "{%" in protected:
        raise TemplateError(f"{display}: a '{{{{' or '{{%' is not closed; close it or remove it.")
    html: str = _converter().render(protected)  # type: ignore[attr-defined]
    heading = ""
    if take_heading:
        match = _LEADING_H1.match(html)
        if match:
            heading, html = match.group(1), html[match.end() :]
    restore = re.compile(f"(<p>)?{marker}x([0-9]+)x(</p>)?")

    def back(match: re.Match[str]) -> str:
        construct = constructs[int(match.group(2))]
        # A tag alone in its paragraph ("{% if vip %}" on its own line) loses the <p>.
        if match.group(1) and match.group(3) and _BLOCK_TAG.match(construct):
            return construct
        return (match.group(1) or "") + construct + (match.group(3) or "")

    html, heading = restore.sub(back, html), restore.sub(back, heading)
    if marker in html or marker in heading:  # a token the converter split or encoded
        raise TemplateError(
            f"{display}: a Jinja expression sits where Markdown changes its text (inside a "
            "link address with spaces?); write it in plain text or raw HTML."
        )
    return Converted(html, heading)


def html_template(body: Converted, *, layout: str, footer: Converted | None) -> str:
    """The Jinja HTML template a Markdown body stands for: its HTML in the layout's
    blocks (content; header and title from a leading heading; footer)."""
    blocks = [f'{{% extends "{layout}" %}}']
    if body.heading:
        title = re.sub(r"<[^>]*>", "", body.heading)  # the <title> holds no markup
        blocks.append(f"{{% block title %}}{title}{{% endblock %}}")
        blocks.append(f"{{% block header %}}{body.heading}{{% endblock %}}")
    blocks.append(f"{{% block content %}}\n{body.html}{{% endblock %}}")
    if footer is not None:
        blocks.append(f"{{% block footer %}}\n{footer.html}{{% endblock %}}")
    return "\n".join(blocks) + "\n"


def markdown_template(body_md: str, footer_md: str | None, *, folder: str, layout: str) -> str:
    """body.md (and footer.md) of a template folder -> its HTML template source."""
    body = convert(body_md, display=f"{folder}/body.md", take_heading=True)
    footer = None if footer_md is None else convert(footer_md, display=f"{folder}/footer.md")
    return html_template(body, layout=layout or DEFAULT_LAYOUT, footer=footer)


__all__ = ["DEFAULT_LAYOUT", "Converted", "convert", "html_template", "markdown_template"]

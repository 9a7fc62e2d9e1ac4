"""Template folders: load once, check against the columns, render one email per row.

A template is a folder (``subject.txt``, ``body.html`` and/or ``body.txt``, optional
``template.toml``). ``{% extends %}``/``{% include %}`` names are looked up in the
folder first, then in the templates root (the folder's parent), and nowhere else.
Every source is read into memory at load time and rendering uses only that copy,
so a snapshot renders the same messages later even if the files changed.

Recipient data is only ever passed as variables, never compiled as a template.
"""

from __future__ import annotations

import base64
import json
import mimetypes
import re
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import meta, nodes

from mailer.content.attachments import (
    MISSING_POLICIES,
    SkippedImage,
    check_relative,
    content_type,
    embed,
    find_images,
    read_row_attachment,
    resolve_inside,
)
from mailer.content.files import read_regular_file
from mailer.content.htmlinline import HtmlRenderer
from mailer.content.listmanagement import SES_UNSUBSCRIBE_PLACEHOLDER
from mailer.content.markdown import markdown_template
from mailer.content.sandbox import BoundedSandbox, TemplateLimit, new_render_budget
from mailer.errors import ErrorCode, TemplateError

PARTS = ("subject.txt", "body.html", "body.txt")
MARKDOWN_PARTS = ("body.md", "footer.md")  # converted to body.html when loaded (markdown.py)
UNSUBSCRIBE_PART = "template.toml"
LAYOUTS = "_layouts"  # shared layouts: the templates root's, else the shipped ones
_ENTRY_SEPARATOR = "\x00"  # between unsubscribe entries rendered together
BUILTINS = frozenset({"unsubscribe_url", "email", "row"})
_SNAPSHOT_FORMAT = 1
_SETTINGS_KEYS = {"description", "from", "reply_to", "unsubscribe", "attachments", "layout"}
_SETTINGS_KEYS |= {"attachments_dir", "missing_attachment"}
# SES's largest message is 40 MB once encoded; an attachment this size cannot be sent anyway
MAX_ATTACHMENT_BYTES = 40 * 2**20
# Column names the recipients module recognises as the address (normalised: lower, no spaces).
_EMAIL_COLUMNS = {"email", "e-mail", "mail", "emailaddress", "e-mailaddress", "이메일", "메일"}
_EMAIL_COLUMNS |= {"전자우편", "이메일주소"}
# A run of white space holding a line break (str.splitlines' separators): an Excel cell
# typed with Alt+Enter. In a header value it folds to one space (RFC 5322 unfolding does
# the same to a folded line), so data can never start a header of its own.
_BROKEN_RUN = re.compile(r"\s*[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]\s*")
_HREF = re.compile(r"""\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
# A link value that is one expression: {{ unsubscribe_url }}, {{ row["site"] }}, {{ x|e }}
_LINK_EXPRESSION = re.compile(r"\s*\{\{-?\s*(.+?)\s*-?\}\}\s*\Z", re.DOTALL)


@dataclass(frozen=True)
class TemplateSettings:
    """Per-template defaults from template.toml; all optional."""

    description: str = ""
    from_addr: str = ""
    reply_to: str = ""
    unsubscribe: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    layout: str = ""  # the layout a body.md is put in ("" = _layouts/base.html)
    # Where attachment names resolve ("" = the template folder; relative: inside it).
    attachments_dir: str = ""
    # A row whose attachment file is missing: "block" the campaign, or "skip" the row.
    missing_attachment: str = "block"


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes = field(repr=False)
    content_id: str = ""  # an embedded image (multipart/related, src="cid:...")


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str | None
    unsubscribe: tuple[str, ...]
    attachments: tuple[Attachment, ...]
    folded: bool = False  # a line break in the subject or an unsubscribe target was folded
    inline: tuple[Attachment, ...] = ()  # the embedded images its HTML shows

    def preview_html(self) -> str | None:
        """The HTML with its embedded images as data: URIs: a preview (a browser, the
        app's web view) cannot resolve cid: references. Never sent."""
        html = self.html
        if html is None or not self.inline:
            return html
        for image in self.inline:
            data = base64.b64encode(image.data).decode("ascii")
            html = html.replace(
                f"cid:{image.content_id}", f"data:{image.content_type};base64,{data}"
            )
        return html


def shipped_templates_dir() -> Path | None:
    """The templates shipped with the app: beside mailer/ in a checkout or a bundle,
    else under <prefix>/share/bulk-mailer (pip/pipx installs; pyproject data-files)."""
    for base in (Path(__file__).resolve().parents[2], Path(sys.prefix) / "share" / "bulk-mailer"):
        candidate = base / "templates"
        if (candidate / LAYOUTS).is_dir():
            return candidate
    return None


class _SourceLoader(jinja2.BaseLoader):
    """Serves only the sources read at load time; the file name is the root-relative key."""

    def __init__(self, sources: Mapping[str, str]) -> None:
        self._sources = sources

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        if template not in self._sources:
            raise jinja2.TemplateNotFound(template)
        return self._sources[template], template, lambda: True


class _Environment(BoundedSandbox):
    """Resolves a referenced name in the template folder first, then in the root."""

    def __init__(self, folder: str, sources: Mapping[str, str], *, html: bool) -> None:
        super().__init__(
            loader=_SourceLoader(sources),
            undefined=jinja2.StrictUndefined,
            autoescape=html,
            auto_reload=False,
            cache_size=-1,
        )
        self._folder = folder
        self._sources = sources

    def join_path(self, template: str, parent: str) -> str:
        local = f"{self._folder}/{template}"
        return local if local in self._sources else template


def _check_name(name: str, referrer: str) -> PurePosixPath:
    path = PurePosixPath(name)
    bad = (
        not name
        or "\\" in name
        or ":" in name
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in name.split("/"))
    )
    if bad:
        raise TemplateError(
            f"{referrer} refers to the template {name!r}; only names inside the templates "
            "folder are allowed (no absolute paths, no '..')."
        )
    return path


def _read_text(path: Path, display: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n")
    except UnicodeDecodeError as exc:
        raise TemplateError(f"{display} is not UTF-8 text; save it as UTF-8.") from exc
    except OSError as exc:
        raise TemplateError(f"Cannot read {display}: {exc.strerror or exc}.") from exc


class _Collector:
    """Reads the folder's parts and, recursively, every template they reference."""

    def __init__(self, folder: Path, overrides: Mapping[str, str] | None = None) -> None:
        self.folder = folder
        self.root = folder.parent
        self.name = folder.name
        self.sources: dict[str, str] = {}
        # Unsaved editor text by source key: the app's live preview renders it as if saved.
        self.overrides = overrides or {}
        self._parse_env = _Environment(self.name, self.sources, html=False)

    def collect(self, layout: str = "") -> dict[str, str]:
        for part in (*PARTS, *MARKDOWN_PARTS):
            path = self.folder / part
            # An override may also be a part not saved yet (a new body.txt in the editor).
            if path.is_file() or f"{self.name}/{part}" in self.overrides:
                self._add(f"{self.name}/{part}", path)
        generated = _generated(self.name, self.sources, layout)
        for key, source in generated.items():  # the layout a Markdown body extends
            for ref in meta.find_referenced_templates(_parse(self._parse_env, source, key)):
                self._reference(str(ref), f"{self.name}/body.md")
        return self.sources

    def _add(self, key: str, path: Path) -> None:
        source = self.overrides.get(key)
        if source is None:
            source = _read_text(path, key)
        self.sources[key] = source
        ast = _parse(self._parse_env, source, key)
        for ref in meta.find_referenced_templates(ast):
            if ref is None:
                raise TemplateError(
                    f"{key} includes or extends a template whose name is computed; "
                    "write the template name as a quoted string."
                )
            self._reference(ref, key)

    def _reference(self, name: str, referrer: str) -> None:
        _check_name(name, referrer)
        places = [(f"{self.name}/{name}", self.folder), (name, self.root)]
        shipped = shipped_templates_dir()
        # A copied template still finds the shipped layouts (issue 16: a copy of the
        # newsletter outside templates/ lost "_layouts/base.html").
        if shipped is not None and name.startswith(f"{LAYOUTS}/"):
            places.append((name, shipped))
        for key, base in places:
            if key in self.sources:
                return
            path = base / name
            if path.is_file():
                _inside(path, self.folder, referrer, name, root=base)
                self._add(key, path)
                return
        raise TemplateError(
            f"{referrer} refers to {name!r}, which is neither in {self.name}/ nor in the "
            "templates folder"
            + (f" nor among the shipped layouts ({LAYOUTS}/)." if name.startswith(LAYOUTS) else ".")
        )


def _inside(
    path: Path, folder: Path, referrer: str, name: str, *, root: Path | None = None
) -> None:
    """Refuse a file that leaves the templates root (or the template folder, where that
    is itself a link; or ``root``, the shipped templates for their layouts) once
    symlinks, of the file or of any folder on its way, are followed: includes and
    attachments alike."""
    try:
        real = path.resolve()
        inside = real.is_relative_to(folder.parent.resolve()) or real.is_relative_to(
            folder.resolve()
        )
        inside = inside or (root is not None and real.is_relative_to(root.resolve()))
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise TemplateError(f"{referrer}: {name!r} cannot be resolved ({exc}).") from exc
    if not inside:
        raise TemplateError(
            f"{referrer}: {name!r} points outside the templates folder (a symbolic link?); "
            "copy the file into the folder instead."
        )


def _parse(env: jinja2.Environment, source: str, key: str) -> nodes.Template:
    try:
        return env.parse(source, key, key)
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(f"{key}, line {exc.lineno}: {exc.message}.") from exc


def _load_settings(folder: Path, text: str | None = None) -> TemplateSettings:
    path = folder / "template.toml"
    if text is None and not path.is_file():
        return TemplateSettings()
    display = f"{folder.name}/template.toml"
    try:
        data = tomllib.loads(_read_text(path, display) if text is None else text)
    except tomllib.TOMLDecodeError as exc:
        raise TemplateError(f"{display} is not valid TOML: {exc}.") from exc
    return _settings_from(data, display)


def _settings_from(data: Mapping[str, Any], display: str) -> TemplateSettings:
    unknown = sorted(set(data) - _SETTINGS_KEYS)
    if unknown:
        raise TemplateError(
            f"{display}: unknown setting {unknown[0]!r}; use {', '.join(sorted(_SETTINGS_KEYS))}."
        )

    def text(key: str) -> str:
        value = data.get(key, "")
        if not isinstance(value, str):
            raise TemplateError(f"{display}: {key} must be a string.")
        return value

    def strings(key: str) -> tuple[str, ...]:
        value = data.get(key, [])
        value = [value] if isinstance(value, str) else value
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TemplateError(f"{display}: {key} must be a string or a list of strings.")
        return tuple(value)

    return TemplateSettings(
        description=text("description"),
        from_addr=text("from"),
        reply_to=text("reply_to"),
        unsubscribe=strings("unsubscribe"),
        attachments=strings("attachments"),
        layout=text("layout"),
        attachments_dir=text("attachments_dir"),
        missing_attachment=_policy(text("missing_attachment") or "block", display),
    )


def _policy(value: str, display: str) -> str:
    if value not in MISSING_POLICIES:
        raise TemplateError(
            f'{display}: missing_attachment must be "block" (stop before sending) or "skip" '
            "(send the others, skip rows whose file is missing)."
        )
    return value


def _load_attachments(folder: Path, settings: TemplateSettings) -> tuple[Attachment, ...]:
    """The fixed attachments (names without variables), read now."""
    result = []
    base = _attachments_base(folder, settings)
    for name in settings.attachments:
        if _templated(name):
            continue  # made and read per row
        check_relative(name, f"{folder.name}/template.toml: attachment")
        path = base / name
        if base == folder:
            _inside(path, folder, f"{folder.name}/template.toml", name)
        else:
            resolve_inside(base, name, f"{folder.name}/template.toml", TemplateError)
        data = read_regular_file(  # a pipe would hang the load, /dev/zero fill memory
            path,
            limit=MAX_ATTACHMENT_BYTES,
            error=TemplateError,
            what="an attachment",
            choose="a regular file in the template folder",
            label=f"Attachment {folder.name}/{name}",
            too_big="put it on a web page and link to it instead",
        )
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        result.append(Attachment(name, ctype, data))
    return tuple(result)


def _stored(attachment: Attachment) -> dict[str, str]:
    stored = {
        "filename": attachment.filename,
        "content_type": attachment.content_type,
        "data": base64.b64encode(attachment.data).decode("ascii"),
    }
    if attachment.content_id:
        stored["content_id"] = attachment.content_id
    return stored


def _restored(stored: Mapping[str, str]) -> Attachment:
    data = base64.b64decode(stored["data"])
    cid = str(stored.get("content_id", ""))
    return Attachment(str(stored["filename"]), str(stored["content_type"]), data, cid)


def _templated(name: str) -> bool:
    return "{{" in name or "{%" in name


def _attachments_base(folder: Path, settings: TemplateSettings) -> Path:
    """Where attachment names resolve: attachments_dir (absolute, or inside the
    template folder), else the template folder."""
    chosen = settings.attachments_dir.strip()
    if not chosen:
        return folder
    path = Path(chosen).expanduser()
    if path.is_absolute():
        return path
    return resolve_inside(
        folder, chosen, f"{folder.name}/template.toml: attachments_dir", TemplateError
    )


def _html_keys(sources: Mapping[str, str]) -> dict[str, str]:
    return {k: v for k, v in sources.items() if k.endswith((".html", ".htm"))}


def _generated(name: str, sources: Mapping[str, str], layout: str) -> dict[str, str]:
    """body.html made from body.md (and footer.md), or nothing."""
    body = sources.get(f"{name}/body.md")
    if body is None:
        return {}
    if f"{name}/body.html" in sources:
        raise TemplateError(
            f"Template {name} has both body.html and body.md; keep one of them (body.md is "
            "turned into HTML in the layout)."
        )
    footer = sources.get(f"{name}/footer.md")
    return {f"{name}/body.html": markdown_template(body, footer, folder=name, layout=layout)}


def _stored_names(ast: nodes.Template) -> set[str]:
    return {n.name for n in ast.find_all(nodes.Name) if n.ctx in ("store", "param")}


def _row_keys(ast: nodes.Template) -> set[str]:
    """Column names used as row["..."] or row.name: checked against the columns too."""
    keys = set()
    for node in ast.find_all(nodes.Getattr):
        if isinstance(node.node, nodes.Name) and node.node.name == "row":
            keys.add(node.attr)
    for item in ast.find_all(nodes.Getitem):
        is_row = isinstance(item.node, nodes.Name) and item.node.name == "row"
        if is_row and isinstance(item.arg, nodes.Const) and isinstance(item.arg.value, str):
            keys.add(item.arg.value)
    return keys


def _template_location(tb: TracebackType | None, sources: Mapping[str, str]) -> str:
    """The innermost template frame of a render error, as 'file, line N'."""
    where = ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename in sources:
            where = f"{filename}, line {tb.tb_lineno}"
        tb = tb.tb_next
    return where


class TemplateSet:
    """One loaded template folder, ready to render a message per recipient."""

    def __init__(
        self,
        name: str,
        settings: TemplateSettings,
        sources: dict[str, str],
        attachments: tuple[Attachment, ...],
        *,
        images: tuple[Attachment, ...] = (),
        attachments_base: Path | None = None,
    ) -> None:
        self.name = name
        self.settings = settings
        self.sources = sources
        self.attachments = attachments
        self.images = images  # embedded: filename is the src written in the HTML
        self.attachments_base = attachments_base  # where per-row attachment names resolve
        self.skipped_images: tuple[SkippedImage, ...] = ()  # set by load(): not embedded
        # What the environments see: the files, and body.html made from a body.md, with
        # embedded images' src as cid:.
        self._generated = _generated(name, sources, settings.layout)
        cids = {i.filename: i.content_id for i in images}
        self._all = {
            k: embed(v, cids) if cids and k.endswith((".html", ".htm")) else v
            for k, v in {**sources, **self._generated}.items()
        }
        self._text_env = _Environment(name, self._all, html=False)
        self._html_env = _Environment(name, self._all, html=True)
        self._html = HtmlRenderer()
        self._compiled_unsubscribe: dict[str, jinja2.Template] = {}
        self._joined: dict[tuple[str, ...], jinja2.Template] = {}
        self._parts = [p for p in PARTS if f"{name}/{p}" in self._all]
        self._check_parts()
        self._compile_all()
        self._row_attachments = [
            self._attachment_template(n) for n in settings.attachments if _templated(n)
        ]

    # -- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, folder: str | Path, *, overrides: Mapping[str, str] | None = None) -> TemplateSet:
        """``overrides``: source key ("<folder name>/<file>") -> text used instead of
        the file's (the editor's unsaved text); the files themselves are not touched."""
        folder = Path(folder)
        if not folder.is_dir():
            raise TemplateError(f"Template folder {folder} does not exist.")
        overrides = overrides or {}
        settings = _load_settings(folder, overrides.get(f"{folder.name}/{UNSUBSCRIBE_PART}"))
        sources = _Collector(folder, overrides).collect(settings.layout)
        html = _html_keys({**sources, **_generated(folder.name, sources, settings.layout)})
        found, skipped = find_images(folder, html)
        images = tuple(
            Attachment(src, content_type(src), data, cid) for src, (cid, data) in found.items()
        )
        template = cls(
            folder.name,
            settings,
            sources,
            _load_attachments(folder, settings),
            images=images,
            attachments_base=_attachments_base(folder, settings).absolute(),
        )
        template.skipped_images = tuple(skipped)
        return template

    def _check_parts(self) -> None:
        if "subject.txt" not in self._parts:
            raise TemplateError(f"Template {self.name} has no subject.txt; add one.")
        if "body.html" not in self._parts and "body.txt" not in self._parts:
            raise TemplateError(f"Template {self.name} needs body.html or body.txt (or both).")

    def _compile_all(self) -> None:
        """Compile every source now, so syntax errors surface at load, not mid-campaign."""
        for key in self._all:
            env = self._html_env if key.endswith((".html", ".htm")) else self._text_env
            try:
                env.get_template(key)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(
                    f"{exc.filename or key}, line {exc.lineno}: {exc.message}."
                ) from exc
        for entry in self.settings.unsubscribe:
            self._unsubscribe_template(entry)

    # -- snapshot --------------------------------------------------------------

    def snapshot(self) -> bytes:
        data = {
            "format": _SNAPSHOT_FORMAT,
            "name": self.name,
            "settings": asdict(self.settings),
            "sources": self.sources,
            "attachments": [_stored(a) for a in self.attachments],
            "images": [_stored(a) for a in self.images],
            "attachments_base": str(self.attachments_base or ""),
        }
        return json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_snapshot(cls, data: bytes) -> TemplateSet:
        try:
            obj = json.loads(data.decode("utf-8"))
            if obj.get("format") != _SNAPSHOT_FORMAT:
                raise ValueError("unknown snapshot format")
            settings = obj["settings"]
            settings = TemplateSettings(
                description=settings["description"],
                from_addr=settings["from_addr"],
                reply_to=settings["reply_to"],
                unsubscribe=tuple(settings["unsubscribe"]),
                attachments=tuple(settings["attachments"]),
                layout=settings.get("layout", ""),
                attachments_dir=settings.get("attachments_dir", ""),
                missing_attachment=settings.get("missing_attachment", "block"),
            )
            attachments = tuple(_restored(a) for a in obj["attachments"])
            images = tuple(_restored(a) for a in obj.get("images", ()))
            base = str(obj.get("attachments_base", ""))
            sources = {str(k): str(v) for k, v in obj["sources"].items()}
            name = str(obj["name"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TemplateError(
                "The campaign's saved template is damaged and cannot be rendered."
            ) from exc
        return cls(
            name,
            settings,
            sources,
            attachments,
            images=images,
            attachments_base=Path(base) if base else None,
        )

    # -- preflight -------------------------------------------------------------

    def variables(self) -> dict[str, set[str]]:
        """Part file -> the variables it uses, including its layouts and includes."""
        result = {part: self._variables_of(f"{self.name}/{part}") for part in self._parts}
        if self._generated:  # the file the user wrote
            result["body.md"] = result.pop("body.html")
        entries = [*self.settings.unsubscribe, *filter(_templated, self.settings.attachments)]
        if entries:
            used: set[str] = set()
            for entry in entries:
                used |= self._undeclared(self._text_env.parse(entry))
            result[UNSUBSCRIBE_PART] = used
        return result

    def links(self) -> list[Link]:
        """Every href of the HTML sources (layouts and includes too), with where it is."""
        found = []
        for key, source in self._all.items():  # with body.html made from body.md
            if not key.endswith((".html", ".htm")):
                continue
            for match in _HREF.finditer(source):
                value = match.group(1) if match.group(1) is not None else match.group(2)
                line = source.count("\n", 0, match.start()) + 1
                expression = _LINK_EXPRESSION.match(value)
                found.append(Link(key, line, value, expression.group(1) if expression else ""))
        return found

    def missing_variables(self, columns: Iterable[str]) -> list[str]:
        available = set(columns) | BUILTINS
        needed = set().union(*self.variables().values())
        return sorted(needed - available)

    def _variables_of(self, key: str) -> set[str]:
        closure = list(self._closure(key))
        asts = {k: self._html_env.parse(self._all[k]) for k in closure}
        stored = set().union(*(_stored_names(a) for a in asts.values()))
        used = self._undeclared(asts[key])
        for other in closure[1:]:
            used |= self._undeclared(asts[other]) - stored
        return used

    def _undeclared(self, ast: nodes.Template) -> set[str]:
        names = meta.find_undeclared_variables(ast) - set(self._text_env.globals)
        return names | _row_keys(ast)

    def _closure(self, key: str) -> Iterator[str]:
        seen = {key}
        todo = [key]
        while todo:
            current = todo.pop(0)
            yield current
            for ref in meta.find_referenced_templates(self._html_env.parse(self._all[current])):
                resolved = self._text_env.join_path(str(ref), current)
                if resolved not in seen and resolved in self._all:
                    seen.add(resolved)
                    todo.append(resolved)

    # -- rendering -------------------------------------------------------------

    def render(
        self,
        row: Mapping[str, str],
        *,
        unsubscribe: Sequence[str] | None = None,
        email: str | None = None,
    ) -> RenderedEmail:
        """One recipient's email; ``email`` is the recipient's address.

        The built-ins win over columns of the same name (the column stays reachable as
        ``row["email"]``): ``email`` is always the address the message goes to, ``row``
        always all cells; ``unsubscribe_url`` is the first http(s) unsubscribe target,
        else the first mailto (``unsubscribe_url()``), and a column of that name is used
        only when there is no target at all. Header values fold line breaks to a space."""
        context, targets, folded = self._context(row, unsubscribe, email)
        subject = fold_header(self._render_part("subject.txt", context).strip())
        html: str | None = None
        if "body.txt" in self._parts:
            text = self._render_part("body.txt", context)
            if "body.html" in self._parts:
                html = self._render_html(context)
        else:  # the text part is derived from the HTML, once per skeleton (htmltext)
            html, text = self._render_html_and_text(context)
        folded = folded or subject.folded
        attachments = self.attachments
        if self._row_attachments:
            attachments += tuple(self._row_files(context))
        inline = tuple(i for i in self.images if html and f"cid:{i.content_id}" in html)
        return RenderedEmail(subject.value, text, html, targets, attachments, folded, inline)

    def attachment_names(
        self,
        row: Mapping[str, str],
        *,
        unsubscribe: Sequence[str] | None = None,
        email: str | None = None,
    ) -> list[str]:
        """The row's own attachment names (those made from variables), as rendered."""
        if not self._row_attachments:
            return []
        context = self._context(row, unsubscribe, email)[0]
        return [self._attachment_name(t, context) for t in self._row_attachments]

    def missing_attachments(
        self,
        row: Mapping[str, str],
        *,
        unsubscribe: Sequence[str] | None = None,
        email: str | None = None,
    ) -> list[str]:
        """The row's attachment names whose file is not there (cheap: no reading)."""
        base = self.attachments_base
        names = self.attachment_names(row, unsubscribe=unsubscribe, email=email)
        return [n for n in names if base is None or not (base / n).is_file()]

    def _row_files(self, context: dict[str, Any]) -> Iterator[Attachment]:
        if self.attachments_base is None:
            raise TemplateError(
                f"Template {self.name}: per-recipient attachments need the template folder; "
                "load it from its folder."
            )
        for template in self._row_attachments:
            name = self._attachment_name(template, context)
            data = read_row_attachment(self.attachments_base, name)
            yield Attachment(PurePosixPath(name).name, content_type(name), data)

    def _attachment_name(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        return self._guard(UNSUBSCRIBE_PART, template.render, context).strip()

    def _attachment_template(self, name: str) -> jinja2.Template:
        try:
            return self._text_env.from_string(name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"{self.name}/template.toml: attachment {name!r} is not a valid template: "
                f"{exc.message}."
            ) from exc

    def render_headers(
        self,
        row: Mapping[str, str],
        *,
        unsubscribe: Sequence[str] | None = None,
        email: str | None = None,
    ) -> RenderedEmail:
        """Only what goes into the headers (subject, unsubscribe targets), rendered as
        ``render`` does: a cheap check of every row before sending. No body."""
        context, targets, folded = self._context(row, unsubscribe, email)
        subject = fold_header(self._render_part("subject.txt", context).strip())
        folded = folded or subject.folded
        return RenderedEmail(subject.value, "", None, targets, (), folded)

    def _context(
        self, row: Mapping[str, str], unsubscribe: Sequence[str] | None, email: str | None
    ) -> tuple[dict[str, Any], tuple[str, ...], bool]:
        """The render context, the unsubscribe targets (header values: folded) and
        whether a target was folded."""
        context: dict[str, Any] = dict(row)
        context["row"] = dict(row)
        context["email"] = email if email is not None else _guess_address(row)
        entries = self.settings.unsubscribe if unsubscribe is None else tuple(unsubscribe)
        folds = [fold_header(t) for t in self._render_unsubscribe(entries, context)]
        targets = tuple(f.value for f in folds)
        if targets or "unsubscribe_url" not in context:
            context["unsubscribe_url"] = unsubscribe_url(targets)
        return context, targets, any(f.folded for f in folds)

    def evaluate(
        self,
        expression: str,
        row: Mapping[str, str],
        *,
        unsubscribe: Sequence[str] | None = None,
        email: str | None = None,
    ) -> str | None:
        """One ``{{ expression }}`` as it renders for ``row`` (None: it cannot be
        evaluated alone, e.g. it names a loop variable)."""
        context, _targets, _folded = self._context(row, unsubscribe, email)
        new_render_budget()
        try:
            return str(self._text_env.compile_expression(expression)(**context))
        except Exception:  # any failure means "cannot tell", not an error
            return None

    def shadowed(self, columns: Iterable[str], *, unsubscribe: bool) -> list[str]:
        """Columns the template reaches by a bare name that a built-in takes instead
        (``unsubscribe``: whether there are unsubscribe targets)."""
        used = set().union(*self.variables().values())
        names = {"email", "row"} | ({"unsubscribe_url"} if unsubscribe else set())
        return sorted(names & used & set(columns))

    def _render_part(self, part: str, context: dict[str, Any]) -> str:
        template = self._text_env.get_template(f"{self.name}/{part}")
        return self._guard(part, template.render, context)

    def _render_html(self, context: dict[str, Any]) -> str:
        template = self._html_env.get_template(f"{self.name}/body.html")
        return self._guard("body.html", self._html.render, template, context)

    def _render_html_and_text(self, context: dict[str, Any]) -> tuple[str, str]:
        template = self._html_env.get_template(f"{self.name}/body.html")
        both: list[str] = []

        def render() -> str:  # _guard's shape: one string back
            both.extend(self._html.render_with_text(template, context))
            return ""

        self._guard("body.html", render)
        return both[0], both[1]

    def _render_unsubscribe(
        self, entries: Sequence[str], context: dict[str, Any]
    ) -> tuple[str, ...]:
        if not entries:
            return ()
        # All entries in one render: two short entries rendered one by one took half of
        # a message's render time, mostly in building a fresh context per render.
        joined = self._guard(UNSUBSCRIBE_PART, self._joined_unsubscribe(entries).render, context)
        rendered = joined.split(_ENTRY_SEPARATOR)
        if len(rendered) != len(entries):  # a cell held the separator: one by one
            rendered = [
                self._guard(UNSUBSCRIBE_PART, self._unsubscribe_template(e).render, context)
                for e in entries
            ]
        return tuple(t.strip() for t in rendered if t.strip())

    def _joined_unsubscribe(self, entries: Sequence[str]) -> jinja2.Template:
        key = tuple(entries)
        template = self._joined.get(key)
        if template is None:
            for entry in entries:
                self._unsubscribe_template(entry)  # a syntax error names its entry
            template = self._text_env.from_string(_ENTRY_SEPARATOR.join(entries))
            self._joined[key] = template
        return template

    def _unsubscribe_template(self, entry: str) -> jinja2.Template:
        template = self._compiled_unsubscribe.get(entry)
        if template is None:
            try:
                template = self._text_env.from_string(entry)
            except jinja2.TemplateSyntaxError as exc:
                raise TemplateError(
                    f"Unsubscribe setting {entry!r} is not a valid template: {exc.message}."
                ) from exc
            self._compiled_unsubscribe[entry] = template
        return template

    def _guard(self, part: str, func: Callable[..., str], *args: Any) -> str:
        """Turn any failure inside a template into a TemplateError naming file and cause."""
        new_render_budget()
        try:
            return func(*args)
        except TemplateError:
            raise
        except Exception as exc:
            where = _template_location(sys.exc_info()[2], self._all) or f"{self.name}/{part}"
            if self._generated and where.startswith(f"{self.name}/body.html"):
                where = f"{self.name}/body.md"  # its lines are not the Markdown's
            name = _undefined_name(exc)
            if name:  # the most common mistake: words in the app's language too
                file, _, line = where.partition(", line ")
                raise TemplateError(
                    f"{where}: {_describe(exc)}",
                    code=ErrorCode.UNDEFINED_VARIABLE,
                    params={"file": file, "line": int(line) if line.isdigit() else 0, "name": name},
                ) from exc
            raise TemplateError(f"{where}: {_describe(exc)}") from exc


def _undefined_name(exc: BaseException) -> str:
    """The variable of Jinja's "'name' is undefined" ("" for other errors)."""
    if not isinstance(exc, jinja2.UndefinedError):
        return ""
    found = re.fullmatch(r"'(.+)' is undefined", exc.message or "")
    return found.group(1) if found else ""


def _describe(exc: BaseException) -> str:
    if isinstance(exc, jinja2.UndefinedError):
        return f"{exc.message}; add that column to the recipients file or fix the name."
    if isinstance(exc, TemplateLimit):
        return f"{exc}; simplify the template."
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return f"not allowed in a template ({exc})."
    if isinstance(exc, RecursionError):
        return "the template calls itself without end."
    return f"{type(exc).__name__}: {exc}."


def unsubscribe_url(targets: Sequence[str]) -> str:
    """What ``{{ unsubscribe_url }}`` links to: the first http(s) target, else the first
    mailto (a footer link that opens a mail to the list owner), else "" (no targets).
    The one place that decides it: other kinds of target are added here.
    With an SES audience the only target is SES's placeholder (``ses_unsubscribe_entry``),
    which SES replaces with its own one-click page (docs/ses-subscriptions.md)."""
    if SES_UNSUBSCRIBE_PLACEHOLDER in targets:
        return SES_UNSUBSCRIBE_PLACEHOLDER
    web = next((t for t in targets if t.lower().startswith(("https://", "http://"))), "")
    return web or next((t for t in targets if t.lower().startswith("mailto:")), "")


@dataclass(frozen=True)
class Link:
    """An ``href`` in a template source: where, its text and, when the text is one
    ``{{ expression }}``, that expression."""

    source: str  # "<template>/body.html", "_layouts/base.html"
    line: int
    value: str
    expression: str = ""

    @property
    def empty(self) -> bool:
        return not self.value.strip()


@dataclass(frozen=True)
class Folded:
    value: str
    folded: bool  # a line break was replaced


def fold_header(value: str) -> Folded:
    """A header value with every white-space run that holds a line break folded to one
    space (a cell typed with Alt+Enter in Excel); other control characters are left for
    the message builder to refuse."""
    folded = _BROKEN_RUN.sub(" ", value)
    return Folded(folded, folded != value)


def _guess_address(row: Mapping[str, str]) -> str:
    for column, value in row.items():
        if column.strip().lower().replace(" ", "").replace("_", "") in _EMAIL_COLUMNS:
            return value
    return ""


__all__ = [
    "Attachment",
    "Link",
    "RenderedEmail",
    "TemplateSet",
    "TemplateSettings",
    "fold_header",
    "unsubscribe_url",
]

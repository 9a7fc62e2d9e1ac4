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
import sys
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import meta, nodes

from mailer.content.files import read_regular_file
from mailer.content.htmlinline import HtmlRenderer, html_to_text
from mailer.content.sandbox import BoundedSandbox, TemplateLimit, new_render_budget
from mailer.errors import TemplateError

PARTS = ("subject.txt", "body.html", "body.txt")
UNSUBSCRIBE_PART = "template.toml"
_ENTRY_SEPARATOR = "\x00"  # between unsubscribe entries rendered together
BUILTINS = frozenset({"unsubscribe_url", "email", "row"})
_SNAPSHOT_FORMAT = 1
_SETTINGS_KEYS = {"description", "from", "reply_to", "unsubscribe", "attachments"}
# SES's largest message is 40 MB once encoded; an attachment this size cannot be sent anyway
MAX_ATTACHMENT_BYTES = 40 * 2**20
# Column names the recipients module recognises as the address (normalised: lower, no spaces).
_EMAIL_COLUMNS = {"email", "e-mail", "mail", "emailaddress", "e-mailaddress", "이메일", "메일"}
_EMAIL_COLUMNS |= {"전자우편", "이메일주소"}


@dataclass(frozen=True)
class TemplateSettings:
    """Per-template defaults from template.toml; all optional."""

    description: str = ""
    from_addr: str = ""
    reply_to: str = ""
    unsubscribe: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class Attachment:
    filename: str
    content_type: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    text: str
    html: str | None
    unsubscribe: tuple[str, ...]
    attachments: tuple[Attachment, ...]


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

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.root = folder.parent
        self.name = folder.name
        self.sources: dict[str, str] = {}
        self._parse_env = _Environment(self.name, self.sources, html=False)

    def collect(self) -> dict[str, str]:
        for part in PARTS:
            path = self.folder / part
            if path.is_file():
                self._add(f"{self.name}/{part}", path)
        return self.sources

    def _add(self, key: str, path: Path) -> None:
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
        for key, base in ((f"{self.name}/{name}", self.folder), (name, self.root)):
            if key in self.sources:
                return
            path = base / name
            if path.is_file():
                _inside(path, self.folder, referrer, name)
                self._add(key, path)
                return
        raise TemplateError(
            f"{referrer} refers to {name!r}, which is neither in {self.name}/ nor in the "
            "templates folder."
        )


def _inside(path: Path, folder: Path, referrer: str, name: str) -> None:
    """Refuse a file that leaves the templates root (or the template folder, where that
    is itself a link) once symlinks, of the file or of any folder on its way, are
    followed: includes and attachments alike."""
    try:
        real = path.resolve()
        inside = real.is_relative_to(folder.parent.resolve()) or real.is_relative_to(
            folder.resolve()
        )
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


def _load_settings(folder: Path) -> TemplateSettings:
    path = folder / "template.toml"
    if not path.is_file():
        return TemplateSettings()
    display = f"{folder.name}/template.toml"
    try:
        data = tomllib.loads(_read_text(path, display))
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
    )


def _load_attachments(folder: Path, names: Sequence[str]) -> tuple[Attachment, ...]:
    result = []
    for name in names:
        if "/" in name or "\\" in name or name in ("", ".", ".."):
            raise TemplateError(
                f"{folder.name}/template.toml: attachment {name!r} must be a file name "
                "in the template folder."
            )
        path = folder / name
        _inside(path, folder, f"{folder.name}/template.toml", name)
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
    ) -> None:
        self.name = name
        self.settings = settings
        self.sources = sources
        self.attachments = attachments
        self._text_env = _Environment(name, sources, html=False)
        self._html_env = _Environment(name, sources, html=True)
        self._html = HtmlRenderer()
        self._compiled_unsubscribe: dict[str, jinja2.Template] = {}
        self._joined: dict[tuple[str, ...], jinja2.Template] = {}
        self._parts = [p for p in PARTS if f"{name}/{p}" in sources]
        self._check_parts()
        self._compile_all()

    # -- loading ---------------------------------------------------------------

    @classmethod
    def load(cls, folder: str | Path) -> TemplateSet:
        folder = Path(folder)
        if not folder.is_dir():
            raise TemplateError(f"Template folder {folder} does not exist.")
        settings = _load_settings(folder)
        sources = _Collector(folder).collect()
        return cls(folder.name, settings, sources, _load_attachments(folder, settings.attachments))

    def _check_parts(self) -> None:
        if "subject.txt" not in self._parts:
            raise TemplateError(f"Template {self.name} has no subject.txt; add one.")
        if "body.html" not in self._parts and "body.txt" not in self._parts:
            raise TemplateError(f"Template {self.name} needs body.html or body.txt (or both).")

    def _compile_all(self) -> None:
        """Compile every source now, so syntax errors surface at load, not mid-campaign."""
        for key in self.sources:
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
            "attachments": [
                {
                    "filename": a.filename,
                    "content_type": a.content_type,
                    "data": base64.b64encode(a.data).decode("ascii"),
                }
                for a in self.attachments
            ],
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
            )
            attachments = tuple(
                Attachment(a["filename"], a["content_type"], base64.b64decode(a["data"]))
                for a in obj["attachments"]
            )
            sources = {str(k): str(v) for k, v in obj["sources"].items()}
            name = str(obj["name"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise TemplateError(
                "The campaign's saved template is damaged and cannot be rendered."
            ) from exc
        return cls(name, settings, sources, attachments)

    # -- preflight -------------------------------------------------------------

    def variables(self) -> dict[str, set[str]]:
        """Part file -> the variables it uses, including its layouts and includes."""
        result = {part: self._variables_of(f"{self.name}/{part}") for part in self._parts}
        if self.settings.unsubscribe:
            used: set[str] = set()
            for entry in self.settings.unsubscribe:
                used |= self._undeclared(self._text_env.parse(entry))
            result[UNSUBSCRIBE_PART] = used
        return result

    def missing_variables(self, columns: Iterable[str]) -> list[str]:
        available = set(columns) | BUILTINS
        needed = set().union(*self.variables().values())
        return sorted(needed - available)

    def _variables_of(self, key: str) -> set[str]:
        closure = list(self._closure(key))
        asts = {k: self._html_env.parse(self.sources[k]) for k in closure}
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
            for ref in meta.find_referenced_templates(self._html_env.parse(self.sources[current])):
                resolved = self._text_env.join_path(str(ref), current)
                if resolved not in seen and resolved in self.sources:
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
        and a column of that name is used only when there is no target at all."""
        context, targets = self._context(row, unsubscribe, email)
        subject = self._render_part("subject.txt", context).strip()
        html = self._render_html(context) if "body.html" in self._parts else None
        if "body.txt" in self._parts:
            text = self._render_part("body.txt", context)
        else:
            text = self._guard("body.html", html_to_text, html or "")
        return RenderedEmail(subject, text, html, targets, self.attachments)

    def render_headers(
        self,
        row: Mapping[str, str],
        *,
        unsubscribe: Sequence[str] | None = None,
        email: str | None = None,
    ) -> RenderedEmail:
        """Only what goes into the headers (subject, unsubscribe targets), rendered as
        ``render`` does: a cheap check of every row before sending. No body."""
        context, targets = self._context(row, unsubscribe, email)
        subject = self._render_part("subject.txt", context).strip()
        return RenderedEmail(subject, "", None, targets, ())

    def _context(
        self, row: Mapping[str, str], unsubscribe: Sequence[str] | None, email: str | None
    ) -> tuple[dict[str, Any], tuple[str, ...]]:
        context: dict[str, Any] = dict(row)
        context["row"] = dict(row)
        context["email"] = email if email is not None else _guess_address(row)
        entries = self.settings.unsubscribe if unsubscribe is None else tuple(unsubscribe)
        targets = self._render_unsubscribe(entries, context)
        if targets or "unsubscribe_url" not in context:
            context["unsubscribe_url"] = _first_http(targets)
        return context, targets

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
            where = _template_location(sys.exc_info()[2], self.sources) or f"{self.name}/{part}"
            raise TemplateError(f"{where}: {_describe(exc)}") from exc


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


def _first_http(targets: Sequence[str]) -> str:
    return next((t for t in targets if t.lower().startswith(("https://", "http://"))), "")


def _guess_address(row: Mapping[str, str]) -> str:
    for column, value in row.items():
        if column.strip().lower().replace(" ", "").replace("_", "") in _EMAIL_COLUMNS:
            return value
    return ""


__all__ = ["Attachment", "RenderedEmail", "TemplateSet", "TemplateSettings"]

"""Files that travel with a message: images embedded as cid: parts, and attachments
whose names may use the row's variables.

Embedded images. ``<img src="logo.png">`` naming a file of the template folder is
carried inside the message (multipart/related, ``src="cid:..."``) when the file is
at most ``INLINE_MAX`` bytes; bigger ones, and names with no file, stay as written
and the content checks warn. https images stay remote. The choice of 200 KB: a logo
or banner is 5-80 KB; a photo straight from a phone is 2-5 MB, which would make each
message that size (SES charges attachment data, Gmail and Naver show such mail
slowly): such a picture belongs on a web page. See docs/content-checks.md.

Attachments. ``attachments = ["terms.pdf", "invoices/{{ 고객번호 }}.pdf"]`` in
template.toml: a fixed name is read when the template loads; a name with ``{{`` is
made per row and read when that row's message is built. Either resolves inside the
template folder (or ``attachments_dir``), never outside: no absolute names, no
``..``, no symbolic link that leads out.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from mailer.content.files import read_regular_file
from mailer.errors import ErrorCode, InputError, MessageError, TemplateError

INLINE_MAX = 200 * 1024  # bytes per embedded image (see the module docstring)
# SES (API v2 and SMTP): at most 40 MB per message, attachments included, as sent
# (base64 makes a file a third bigger). 40,000,000: the smaller reading of "40 MB".
SES_MAX_MESSAGE = 40_000_000
MISSING_POLICIES = ("block", "skip")
_IMG_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*)(["'])([^"'<>{}]*)\2""", re.IGNORECASE)


@dataclass(frozen=True)
class SkippedImage:
    """An <img> naming a local file that is not embedded: missing, or too big."""

    src: str
    where: str  # "<file>, line N"
    size: int | None  # None: no such file in the template folder


def is_local(src: str) -> bool:
    """A src naming a file (not https:, cid:, data:, //host or /absolute)."""
    src = src.strip()
    return bool(src) and ":" not in src.split("/", 1)[0] and not src.startswith(("/", "\\"))


def check_relative(name: str, display: str, error: type[InputError] = TemplateError) -> str:
    """A name inside a folder, with '/' between parts; ``error`` when it could leave it."""
    path = PurePosixPath(name)
    if (
        not name
        or "\\" in name
        or ":" in name
        or path.is_absolute()
        or any(part in ("", ".", "..") for part in name.split("/"))
    ):
        raise error(
            f"{display}: {name!r} must be a file name inside the folder (no absolute path, "
            "no '..')."
        )
    return name


def resolve_inside(base: Path, name: str, display: str, error: type[InputError]) -> Path:
    """``base / name`` once symlinks are followed, refused when it leaves ``base``."""
    check_relative(name, display, error)
    path = base / name
    try:
        inside = path.resolve().is_relative_to(base.resolve())
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise error(f"{display}: {name!r} cannot be resolved ({exc}).") from exc
    if not inside:
        raise error(
            f"{display}: {name!r} points outside {base} (a symbolic link?); copy the file "
            "into the folder instead."
        )
    return path


def content_type(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def find_images(
    folder: Path, html_sources: Mapping[str, str]
) -> tuple[dict[str, tuple[str, bytes]], list[SkippedImage]]:
    """src -> (content id, bytes) for every small local image the HTML names; and
    the ones left as they are."""
    found: dict[str, tuple[str, bytes]] = {}
    skipped: list[SkippedImage] = []
    for key, source in html_sources.items():
        for match in _IMG_SRC.finditer(source):
            src = match.group(3).strip()
            if not is_local(src) or src in found:
                continue
            where = f"{key}, line {source.count(chr(10), 0, match.start()) + 1}"
            try:
                path = resolve_inside(folder, src, where, TemplateError)
            except TemplateError:
                skipped.append(SkippedImage(src, where, None))
                continue
            if not path.is_file():
                skipped.append(SkippedImage(src, where, None))
                continue
            size = path.stat().st_size
            if size > INLINE_MAX:
                skipped.append(SkippedImage(src, where, size))
                continue
            data = read_regular_file(
                path, limit=INLINE_MAX, error=TemplateError, what="an image",
                choose="an image file", label=f"{folder.name}/{src}",
            )  # fmt: skip
            digest = hashlib.sha256(data).hexdigest()[:16]
            found[src] = (f"img-{digest}@bulk-mailer", data)
    return found, skipped


def embed(source: str, images: Mapping[str, str]) -> str:
    """The HTML with each embedded image's src (``images``: src -> content id) as cid:."""

    def swap(match: re.Match[str]) -> str:
        cid = images.get(match.group(3).strip())
        if cid is None:
            return match.group()
        return f"{match.group(1)}{match.group(2)}cid:{cid}{match.group(2)}"

    return _IMG_SRC.sub(swap, source)


def read_row_attachment(base: Path, name: str) -> bytes:
    """One row's attachment file; MessageError (ATTACHMENT_MISSING) when it is not there."""
    display = "attachment"
    path = resolve_inside(base, name, f"The {display} {name!r}", MessageError)
    if not path.is_file():
        raise MessageError(
            f"The attachment {name} for this row is not in {base}; add the file, or choose "
            "to skip rows whose file is missing (template.toml: missing_attachment = "
            '"skip").',
            code=ErrorCode.ATTACHMENT_MISSING,
            params={"file": name, "folder": str(base)},
        )
    return read_regular_file(
        path, limit=SES_MAX_MESSAGE, error=MessageError, what="an attachment",
        choose="a regular file", label=f"Attachment {name}",
        too_big="put it on a web page and link to it instead",
    )  # fmt: skip


def check_size(size: int) -> None:
    """MessageError (MESSAGE_TOO_LARGE) when SES would refuse a message of this size."""
    if size > SES_MAX_MESSAGE:
        raise MessageError(
            # Decimal megabytes, as SES states its limit (and the app says it).
            f"This message is {size / 1e6:.1f} MB with its attachments; Amazon SES sends at "
            f"most {SES_MAX_MESSAGE / 1e6:.0f} MB per message. Make the attachments smaller "
            "or link to them instead.",
            code=ErrorCode.MESSAGE_TOO_LARGE,
            params={"size": size, "limit": SES_MAX_MESSAGE},
        )


__all__ = [
    "INLINE_MAX",
    "MISSING_POLICIES",
    "SES_MAX_MESSAGE",
    "SkippedImage",
    "check_relative",
    "check_size",
    "content_type",
    "embed",
    "find_images",
    "is_local",
    "read_row_attachment",
    "resolve_inside",
]

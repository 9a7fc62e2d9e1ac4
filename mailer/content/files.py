"""Read a user's file whole, safely: regular files only, never more than a limit.

A named pipe would block ``open()`` until something writes to it, and /dev/zero never
ends: both are refused from ``os.stat`` before the file is opened. The size is checked
before reading and again while reading (a file can grow in between).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from mailer.errors import ErrorCode, InputError

_CHUNK = 2**20


def read_regular_file(
    path: Path,
    *,
    limit: int,
    error: type[InputError],
    what: str,
    choose: str,
    label: str | None = None,
    too_big: str = "split it into smaller files",
) -> bytes:
    """The bytes of ``path``; ``error(sentence)`` when it is missing, special or too big.

    Sentences name the file with ``label`` (default: its name), its role with ``what``
    ("a recipients file"), what to pick instead of a special file with ``choose`` ("a .csv,
    .tsv, .txt or .xlsx file") and what to do with a big one with ``too_big``.
    """
    name = label or path.name
    try:
        info = path.stat()  # follows symlinks: a link to /dev/zero is a device
    except FileNotFoundError as exc:
        raise error(
            f"{path} was not found.", code=ErrorCode.FILE_NOT_FOUND, params={"path": str(path)}
        ) from exc
    except OSError as exc:
        raise _unreadable(error, path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise error(
            f"{path} is a folder, not {what}.",
            code=ErrorCode.FILE_IS_FOLDER,
            params={"path": str(path)},
        )
    if not stat.S_ISREG(info.st_mode):
        raise error(f"{name} is not a regular file ({_kind(info.st_mode)}); choose {choose}.")
    _check_size(name, info.st_size, limit, error, f"{what} can be at most", too_big)
    try:
        # O_NONBLOCK: should the path have become a pipe since the stat, open() still returns.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                raise error(f"{name} is not a regular file; choose {choose}.")
            # read(n) reserves n bytes up front: ask for what the file holds, then go on in
            # chunks in case it grew since the stat
            chunks = [fh.read(min(info.st_size, limit) + 1)]
            size = len(chunks[0])
            while size > info.st_size and size <= limit and chunks[-1]:
                chunks.append(fh.read(min(_CHUNK, limit + 1 - size)))
                size += len(chunks[-1])
    except OSError as exc:
        raise _unreadable(error, path, exc) from exc
    _check_size(name, size, limit, error, f"{what} can be at most", too_big)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _unreadable(error: type[InputError], path: Path, exc: OSError) -> InputError:
    detail = exc.strerror or str(exc)
    return error(
        f"{path} cannot be read: {detail}.",
        code=ErrorCode.FILE_UNREADABLE,
        params={"path": str(path), "detail": detail, "errno": exc.errno or 0},
    )


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def _check_size(
    name: str, size: int, limit: int, error: type[InputError], at_most: str, advice: str
) -> None:
    if size > limit:
        raise error(f"{name} is {format_size(size)}; {at_most} {format_size(limit)}: {advice}.")


def format_size(size: int) -> str:
    """1 byte, 21 bytes, 1.5 KB, 3 GB (binary units, one decimal when it is not .0)."""
    if size < 1024:
        return f"{size} byte" + ("" if size == 1 else "s")
    for unit, scale in (("GB", 2**30), ("MB", 2**20), ("KB", 2**10)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    raise AssertionError("unreachable")  # pragma: no cover

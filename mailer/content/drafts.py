"""Writing templates from the app: atomic saves and copies of a starter template.

A save replaces the file in one step (a temporary file in the same folder, then
``os.replace``), so a crash or a full disk never leaves half a template behind, and
an outside editor watching the file sees one change. A new template is a copy of a
starter folder plus the layouts and includes it takes from the shipped templates
root (``_layouts/base.html``), placed inside the copy where the loader looks first.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from mailer.errors import InputError

# What a new template folder may be called: no path separators, no hidden names.
_BAD_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 to ``path`` in one step (temp file + os.replace)."""
    path = Path(path)
    try:
        handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(
            f"Cannot save {path}: {exc.strerror or exc}. Check that the folder is writable."
        ) from exc
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if path.exists():  # keep the file's permissions, not mkstemp's 0600
            os.chmod(temp, path.stat().st_mode & 0o7777)
        else:
            os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise InputError(
            f"Cannot save {path}: {exc.strerror or exc}. The file was left as it was."
        ) from exc


def check_template_name(name: str) -> str:
    """The folder name for a new template, or InputError saying what is wrong with it."""
    name = name.strip()
    if not name or name in (".", "..") or name.startswith((".", "_")) or _BAD_NAME.search(name):
        raise InputError(
            f"{name!r} cannot be a template name: use letters, digits, spaces or '-', "
            "not starting with '.' or '_'."
        )
    return name


def copy_starter(starter: Path, dest: Path, needed: list[str]) -> Path:
    """Copy the starter folder to ``dest`` (which must not exist) with the root-level
    files it uses (``needed``: paths relative to the starter's parent), so the copy
    renders the same wherever it is."""
    if dest.exists():
        raise InputError(f"{dest} already exists; choose another name.")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(starter, dest)
        for relative in needed:
            target = dest / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(starter.parent / relative, target)
    except OSError as exc:
        shutil.rmtree(dest, ignore_errors=True)
        raise InputError(f"Cannot create {dest}: {exc.strerror or exc}.") from exc
    return dest

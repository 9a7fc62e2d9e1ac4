"""Install (or remove) Bulk Mailer's launcher for the current user, following the XDG specs.

    python packaging/install_desktop.py install [--exec PATH] [--data-home DIR]
    python packaging/install_desktop.py uninstall [--data-home DIR]

``make install-desktop`` / ``make uninstall-desktop`` run this with the project's
venv. Files go under $XDG_DATA_HOME (default ~/.local/share):

    applications/bulk-mailer.desktop                 Exec= the absolute program path
    icons/hicolor/scalable/apps/bulk-mailer.svg
    icons/hicolor/NxN/apps/bulk-mailer.png           16 .. 512
    metainfo/io.github.bulkmailer.BulkMailer.metainfo.xml

A manifest (bulk-mailer/desktop-install.json) lists the files and the folders that
install created; uninstall removes exactly those (folders only when empty), and falls
back to the fixed file names above when the manifest is gone. Nothing else is touched:
no icon caches or desktop databases are written, since the menus of current desktops
watch these folders themselves.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
LINUX = HERE / "linux"
DESKTOP = "bulk-mailer.desktop"
METAINFO = "io.github.bulkmailer.BulkMailer.metainfo.xml"
ICON = "bulk-mailer"
PROGRAM = "bulk-mailer"
MANIFEST = Path("bulk-mailer") / "desktop-install.json"


def data_home(override: str | Path | None = None) -> Path:
    """--data-home > $XDG_DATA_HOME (if absolute, as the spec says) > ~/.local/share."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get("XDG_DATA_HOME", "")
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".local" / "share"


def find_program(explicit: str | Path | None = None) -> Path:
    """The bulk-mailer to launch: --exec, else the one beside this Python (the venv
    running ``make install-desktop``), else the first on PATH (pipx, pip --user)."""
    if explicit:
        path = Path(explicit).expanduser().absolute()
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise SystemExit(f"error: {path} is not an executable file")
        return path
    # Not .resolve(): a venv's python is a symlink to the base interpreter.
    beside = Path(sys.executable).absolute().parent / PROGRAM
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which(PROGRAM)
    if found:
        return Path(found).absolute()
    raise SystemExit(
        f"error: no {PROGRAM} program found beside {sys.executable} or on PATH; "
        "install the app first (make, pipx install .) or pass --exec PATH"
    )


def quote_exec(path: Path) -> str:
    """An Exec= argument per the Desktop Entry spec: quoted when it has reserved chars."""
    text = str(path)
    if not any(c in text for c in " %\t\n\"'\\><~|&;$*?#()`"):
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`")
    escaped = escaped.replace("$", "\\$")
    escaped = escaped.replace("%", "%%")  # field codes start with %
    # Desktop files also unescape backslashes once at the string level, so double them.
    return '"' + escaped.replace("\\", "\\\\") + '"'


def desktop_entry(program: Path) -> str:
    """The shipped .desktop with Exec/TryExec pointing at ``program``."""
    lines = []
    for line in (LINUX / DESKTOP).read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={quote_exec(program)}"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"  # TryExec is a plain path, not a command line
        lines.append(line)
    return "\n".join(lines) + "\n"


def icon_sources() -> dict[str, Path]:
    """Target path (relative to the data home) -> shipped icon file."""
    icons: dict[str, Path] = {f"icons/hicolor/scalable/apps/{ICON}.svg": LINUX / f"{ICON}.svg"}
    for png in sorted((LINUX / "icons").glob(f"{ICON}-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        icons[f"icons/hicolor/{size}x{size}/apps/{ICON}.png"] = png
    return icons


def planned_files() -> list[str]:
    """Every file install writes, relative to the data home (manifest excluded)."""
    return [f"applications/{DESKTOP}", f"metainfo/{METAINFO}", *icon_sources()]


def install(home: Path, program: Path) -> list[Path]:
    """Write the launcher, icons and metainfo under ``home``; returns the files written."""
    created_dirs: list[str] = []

    def ensure_dir(folder: Path) -> None:
        missing = []
        while not folder.exists():
            missing.append(folder)
            folder = folder.parent
        for d in reversed(missing):
            d.mkdir()
            created_dirs.append(d.relative_to(home).as_posix())

    previous = _read_manifest(home)  # a re-install keeps the folders the first one made
    written: list[Path] = []

    def write(relative: str, data: bytes) -> None:
        target = home / relative
        ensure_dir(target.parent)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)  # a menu never sees half a file
        written.append(target)

    home.mkdir(parents=True, exist_ok=True)
    write(f"applications/{DESKTOP}", desktop_entry(program).encode("utf-8"))
    (home / f"applications/{DESKTOP}").chmod(0o644)
    write(f"metainfo/{METAINFO}", (LINUX / METAINFO).read_bytes())
    for relative, source in icon_sources().items():
        write(relative, source.read_bytes())
    ensure_dir((home / MANIFEST).parent)
    dirs = list(dict.fromkeys([*previous.get("dirs", []), *created_dirs]))
    manifest = {
        "program": str(program),
        "files": [p.relative_to(home).as_posix() for p in written],
        "dirs": dirs,
    }
    (home / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return written


def _read_manifest(home: Path) -> dict[str, list[str]]:
    try:
        data = json.loads((home / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def uninstall(home: Path) -> list[Path]:
    """Remove what install wrote (and the folders it created, if now empty)."""
    manifest = _read_manifest(home)
    # Only names of ours: a tampered manifest must not make us delete other files.
    ours = set(planned_files())
    files = [f for f in manifest.get("files", planned_files()) if f in ours]
    removed: list[Path] = []
    for relative in files:
        target = home / relative
        if target.is_file() or target.is_symlink():
            target.unlink()
            removed.append(target)
    manifest_path = home / MANIFEST
    if manifest_path.is_file():
        manifest_path.unlink()
        removed.append(manifest_path)
    # Deepest first, so a parent is tried after its children; never one we did not make.
    for relative in sorted(manifest.get("dirs", []), key=lambda d: d.count("/"), reverse=True):
        folder = home / relative
        if folder.is_dir() and home in folder.parents and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install Bulk Mailer's desktop launcher.")
    parser.add_argument("action", choices=("install", "uninstall"))
    parser.add_argument("--exec", dest="program", help="program to launch (default: found)")
    parser.add_argument("--data-home", help="instead of $XDG_DATA_HOME or ~/.local/share")
    args = parser.parse_args(argv)
    home = data_home(args.data_home)
    if args.action == "install":
        program = find_program(args.program)
        for path in install(home, program):
            print(f"installed {path}")
        print(f"launcher runs {program}")
    else:
        removed = uninstall(home)
        for path in removed:
            print(f"removed {path}")
        if not removed:
            print(f"nothing to remove under {home}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

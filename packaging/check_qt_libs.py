"""Check the system libraries Qt's platform plugin needs, before `make run` starts the app.

PySide6's wheel brings Qt itself, but not the X11 helper libraries its xcb plugin links
against. A fresh Debian 12 desktop lacks libxcb-icccm4 and libxcb-keysyms1 (and often
libxcb-cursor0); Qt then stops with "Could not load the Qt platform plugin "xcb"" and
names only libxcb-cursor0, whatever is really missing. This script runs ``ldd`` on the
plugin in the venv, maps every "not found" library to the Debian/Ubuntu and Fedora
package that ships it, and prints the one install line per package manager.

    python packaging/check_qt_libs.py [--platform auto|xcb|offscreen|wayland]
                                      [--plugin PATH] [--ldd-output FILE]

It also asks fontconfig (``fc-list :lang=ko``) for a font with Hangul. Without one, the
Korean interface and every Korean name in a recipient list show as empty boxes; the app
still runs, so that is a note with its install line, not a failure.

Exit 0: nothing missing, or nothing to check (not Linux, no ``ldd``); 1: something is
missing (the install lines were printed); 2: the plugin itself was not found.
``--ldd-output`` and ``--fc-list-output`` read saved outputs instead of running the
commands (tests).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

# soname -> (Debian/Ubuntu package, Fedora package). The libraries the xcb, wayland and
# offscreen plugins of PySide6 6.x link against (``ldd`` of each, transitively), minus
# glibc's own. Fedora ships the xcb extension libraries in one ``libxcb`` package.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libwayland-client.so.0": ("libwayland-client0", "libwayland-client"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "libwayland-cursor"),
    "libwayland-egl.so.1": ("libwayland-egl1", "libwayland-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libz.so.1": ("zlib1g", "zlib"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libexpat.so.1": ("libexpat1", "expat"),
    "libbrotlidec.so.1": ("libbrotli1", "libbrotli"),
    "libharfbuzz.so.0": ("libharfbuzz0b", "harfbuzz"),
}
# Libraries that come with PySide6 itself: missing means a broken install, not a package.
_BUNDLED = re.compile(r"^(libQt6|libicu|libpyside6|libshiboken6)")
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$")
_PLUGINS = {"xcb": "libqxcb.so", "offscreen": "libqoffscreen.so", "wayland": "libqwayland.so"}


@dataclass
class Report:
    """What ``ldd`` said is missing, sorted into installable packages and the rest."""

    platform: str
    missing: list[str] = field(default_factory=list)  # sonames, ldd's order, no repeats
    debian: list[str] = field(default_factory=list)
    fedora: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)  # no package known for these
    bundled: list[str] = field(default_factory=list)  # PySide6's own: reinstall it

    @property
    def ok(self) -> bool:
        return not self.missing


def missing_sonames(ldd_output: str) -> list[str]:
    """The ``NAME => not found`` lines of ``ldd`` output, each name once, in order."""
    found: list[str] = []
    for line in ldd_output.splitlines():
        match = _NOT_FOUND.match(line)
        if match and match.group(1) not in found:
            found.append(match.group(1))
    return found


def report_for(platform: str, ldd_output: str) -> Report:
    report = Report(platform, missing_sonames(ldd_output))
    for soname in report.missing:
        if _BUNDLED.match(soname):
            report.bundled.append(soname)
        elif soname in PACKAGES:
            debian, fedora = PACKAGES[soname]
            if debian not in report.debian:
                report.debian.append(debian)
            if fedora not in report.fedora:
                report.fedora.append(fedora)
        else:
            report.unknown.append(soname)
    return report


def install_lines(report: Report, *, root: bool) -> list[tuple[str, str]]:
    """(system, command) to run: one apt-get and one dnf line (no sudo for root)."""
    sudo = "" if root else "sudo "
    lines = []
    if report.debian:
        lines.append(("Debian/Ubuntu:", f"{sudo}apt-get install -y {' '.join(report.debian)}"))
    if report.fedora:
        lines.append(("Fedora:", f"{sudo}dnf install -y {' '.join(report.fedora)}"))
    return lines


def describe(report: Report, *, root: bool) -> str:
    """The text printed for a report (empty when nothing is missing)."""
    if report.ok:
        return ""
    out = [
        f"Qt's {report.platform} platform plugin needs system libraries that are not "
        f"installed: {', '.join(report.missing)}.",
    ]
    commands = install_lines(report, root=root)
    if commands:
        out.append("Install them, then run `make run` again:")
        out.extend(f"  {system:<15}{command}" for system, command in commands)
    for soname in report.unknown:
        out.append(
            f"  {soname}: find its package with `apt-file search {soname}` or "
            f"`dnf provides '*/{soname}'`."
        )
    if report.bundled:
        out.append(
            "  These come with PySide6 itself, so the install is damaged: "
            "`.venv/bin/pip install --force-reinstall PySide6` (or `make clean run`)."
        )
    return "\n".join(out)


# (Debian/Ubuntu package, Fedora package) of a font with Hangul.
HANGUL_FONTS = ("fonts-noto-cjk", "google-noto-sans-cjk-fonts")


def hangul_font_note(fc_list_output: str | None, *, root: bool) -> str:
    """The note printed when fontconfig knows no font with Hangul ("" otherwise, and
    when there is no ``fc-list`` to ask)."""
    if fc_list_output is None or fc_list_output.strip():
        return ""
    sudo = "" if root else "sudo "
    debian, fedora = HANGUL_FONTS
    return "\n".join(
        [
            "No font with Korean (Hangul) letters is installed: the Korean interface and "
            "Korean names in recipient lists would show as empty boxes. Install one:",
            f"  {'Debian/Ubuntu:':<15}{sudo}apt-get install -y {debian}",
            f"  {'Fedora:':<15}{sudo}dnf install -y {fedora}",
        ]
    )


def run_fc_list() -> str | None:
    """The families fontconfig has for Korean, or None without ``fc-list``."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(
            [fc_list, ":lang=ko", "family"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 else None


def find_plugin(platform: str) -> Path | None:
    """The platform plugin inside the installed PySide6 (without importing Qt)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        plugin = Path(location) / "Qt" / "plugins" / "platforms" / _PLUGINS[platform]
        if plugin.is_file():
            return plugin
    return None


def run_ldd(plugin: Path) -> str | None:
    """``ldd``'s output for the plugin, or None when ``ldd`` is not there or fails."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return None
    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout if done.returncode == 0 or "not found" in done.stdout else None


def candidates(requested: str, environ: Mapping[str, str]) -> list[str]:
    """The plugins Qt would try, in order: the one asked for; QT_QPA_PLATFORM's; in a
    Wayland session wayland then xcb (Qt falls back to X11); else xcb."""
    if requested != "auto":
        return [requested]
    first = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if first in _PLUGINS:
        return [first]
    if environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def check(platform: str, plugin: Path | None, ldd_output: str | None) -> Report | int:
    """The report for one plugin, or an exit code when it cannot be checked."""
    if ldd_output is None:
        plugin = plugin or find_plugin(platform)
        if plugin is None or not plugin.is_file():
            print(
                f"Qt's {platform} platform plugin was not found in PySide6; reinstall it "
                "(`make clean run`).",
                file=sys.stderr,
            )
            return 2
        ldd_output = run_ldd(plugin)
        if ldd_output is None:
            return 0  # no ldd (or not an ELF file): Qt itself will say what is wrong
    return report_for(platform, ldd_output)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--platform", default="auto", choices=("auto", *_PLUGINS))
    parser.add_argument("--plugin", type=Path, help="the plugin file (default: PySide6's)")
    parser.add_argument("--ldd-output", type=Path, help="read this saved ldd output instead")
    parser.add_argument("--fc-list-output", type=Path, help="read this saved fc-list output")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        return 0  # Windows and macOS wheels carry everything Qt needs
    root = hasattr(os, "geteuid") and os.geteuid() == 0
    code = _check_plugins(args, root=root)
    saved = args.fc_list_output
    fonts = saved.read_text(encoding="utf-8") if saved else run_fc_list()
    note = hangul_font_note(fonts, root=root)
    if note:
        print(note, file=sys.stderr)
    return code


def _check_plugins(args: argparse.Namespace, *, root: bool) -> int:
    saved = args.ldd_output.read_text(encoding="utf-8") if args.ldd_output else None
    reports = []
    for platform in candidates(args.platform, os.environ):
        result = check(platform, args.plugin, saved)
        if isinstance(result, int):
            return result
        if result.ok:
            return 0  # Qt loads the first plugin that works
        reports.append(result)
    # None works: the X11 one is the fix to offer (every Linux desktop can run it).
    print(describe(reports[-1], root=root), file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())

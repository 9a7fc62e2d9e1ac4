"""The launcher files, the per-user install round trip, the icons and the packaged app."""

from __future__ import annotations

import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import time
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "bulk-mailer.desktop"
METAINFO = LINUX / "io.github.bulkmailer.BulkMailer.metainfo.xml"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MAIN_CATEGORIES = {"AudioVideo", "Audio", "Video", "Development", "Education", "Game"}
MAIN_CATEGORIES |= {"Graphics", "Network", "Office", "Science", "Settings", "System", "Utility"}


def _load(name: str) -> ModuleType:
    """packaging/ is scripts, not a package: import one by path."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _entry(text: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read_string(text)
    return parser["Desktop Entry"]


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])  # the IHDR chunk comes first
    return width, height


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _dirs(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


# -- the .desktop entry and the metainfo ----------------------------------------------


def test_desktop_entry_has_what_menus_need() -> None:
    entry = _entry(DESKTOP.read_text(encoding="utf-8"))
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Bulk Mailer"
    assert entry["Comment"] and entry["GenericName"]
    assert entry["Terminal"] == "false"
    gui_scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["gui-scripts"]
    assert entry["Exec"].split()[0] in gui_scripts  # the program pip/pipx installs
    assert entry["Icon"] == "bulk-mailer"
    assert (LINUX / "bulk-mailer.svg").is_file()
    categories = entry["Categories"]
    assert categories.endswith(";")
    assert len(set(categories.rstrip(";").split(";")) & MAIN_CATEGORIES) == 1
    assert entry["Keywords"].endswith(";")
    # The app sets QGuiApplication.desktopFileName to the entry's name (Wayland app id).
    assert 'setDesktopFileName("bulk-mailer")' in (ROOT / "ui" / "app.py").read_text()


def test_desktop_entry_passes_desktop_file_validate_when_installed() -> None:
    """desktop-file-utils is optional here; the configparser checks above always run."""
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        out = subprocess.run([validator, str(DESKTOP)], capture_output=True, text=True)
        assert out.returncode == 0, out.stdout + out.stderr
        assert "error" not in out.stdout


def test_metainfo_points_at_the_launcher_and_icon() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == "io.github.bulkmailer.BulkMailer"
    assert root.findtext("project_license") == "MIT"
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("icon") == "bulk-mailer"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert version in [r.get("version") for r in root.iter("release")]


# -- install-desktop / uninstall-desktop ----------------------------------------------


def test_install_and_uninstall_round_trip(tmp_path: Path) -> None:
    home = tmp_path / "share"
    other = home / "icons" / "hicolor" / "48x48" / "apps" / "someone-else.png"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"not ours")
    before_files, before_dirs = _tree(home), _dirs(home)
    program = tmp_path / "my apps" / "bulk-mailer"  # a space: Exec must quote it
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    env = {**os.environ, "XDG_DATA_HOME": str(home)}
    script = str(ROOT / "packaging" / "install_desktop.py")

    for _ in range(2):  # installing twice is the same as once
        subprocess.run(
            [sys.executable, script, "install", "--exec", str(program)], env=env, check=True
        )
    entry = _entry((home / "applications" / "bulk-mailer.desktop").read_text(encoding="utf-8"))
    assert entry["Exec"] == f'"{program}"'
    assert entry["TryExec"] == str(program)
    assert entry["Icon"] == "bulk-mailer"
    for size in PNG_SIZES:
        png = home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "bulk-mailer.png"
        assert _png_size(png.read_bytes()) == (size, size)
    assert (home / "icons" / "hicolor" / "scalable" / "apps" / "bulk-mailer.svg").is_file()
    assert (home / "metainfo" / METAINFO.name).read_bytes() == METAINFO.read_bytes()

    subprocess.run([sys.executable, script, "uninstall"], env=env, check=True)
    assert _tree(home) == before_files  # only ours removed, someone-else.png kept
    assert _dirs(home) == before_dirs  # and only the folders install made


def test_install_finds_the_program_beside_python_and_uninstall_without_manifest(
    tmp_path: Path,
) -> None:
    installer = _load("install_desktop")
    beside = Path(sys.executable).absolute().parent / "bulk-mailer"  # the venv running tests
    assert beside.is_file()
    assert installer.find_program() == beside
    home = tmp_path / "share"
    installer.install(home, beside)
    (home / "bulk-mailer" / "desktop-install.json").unlink()  # e.g. the data folder was reset
    removed = installer.uninstall(home)
    assert len(removed) == len(installer.planned_files())
    assert not [p for p in home.rglob("*") if p.is_file()]


def test_exec_quoting_follows_the_desktop_entry_spec() -> None:
    installer = _load("install_desktop")
    assert installer.quote_exec(Path("/usr/bin/bulk-mailer")) == "/usr/bin/bulk-mailer"
    assert installer.quote_exec(Path("/a b/x")) == '"/a b/x"'
    # " -> \" inside quotes, then every backslash doubled for the string level.
    assert installer.quote_exec(Path('/a"b/x')) == '"/a\\\\"b/x"'
    assert installer.quote_exec(Path("/100%/x")) == '"/100%%/x"'


# -- icons --------------------------------------------------------------------------


def test_committed_icons_have_every_size() -> None:
    for size in PNG_SIZES:
        data = (LINUX / "icons" / f"bulk-mailer-{size}.png").read_bytes()
        assert _png_size(data) == (size, size)
    for size in (16, 24, 32, 48, 64, 128, 256):
        data = (ROOT / "ui" / "resources" / f"bulk-mailer-{size}.png").read_bytes()
        assert _png_size(data) == (size, size)
    assert (ROOT / "ui" / "resources" / "bulk-mailer.svg").read_bytes() == (
        LINUX / "bulk-mailer.svg"
    ).read_bytes()


def test_ico_and_icns_hold_png_entries() -> None:
    ico = (ROOT / "packaging" / "pyinstaller" / "bulk-mailer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count == 7
    sizes = []
    for i in range(count):
        w, _h, _c, _r, _p, _b, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i : 22 + 16 * i]
        )
        side = _png_size(ico[offset : offset + length])[0]
        assert side == (w or 256)
        sizes.append(side)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]

    icns = (ROOT / "packaging" / "pyinstaller" / "bulk-mailer.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    found, pos = {}, 8
    while pos < len(icns):
        kind_bytes, length = icns[pos : pos + 4], struct.unpack(">I", icns[pos + 4 : pos + 8])[0]
        found[kind_bytes] = _png_size(icns[pos + 8 : pos + length])[0]
        pos += length
    assert found[b"icp4"] == 16 and found[b"ic10"] == 1024 and found[b"ic09"] == 512


def test_render_icons_reproduces_the_tree(tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    written = out.stdout.split()
    assert "packaging/pyinstaller/bulk-mailer.ico" in written
    for relative in written:
        fresh, committed = (tmp_path / relative).read_bytes(), (ROOT / relative).read_bytes()
        if relative.endswith(".png"):  # pixels may differ by a Qt version's antialiasing
            assert _png_size(fresh) == _png_size(committed)
        elif relative.endswith(".svg"):
            assert fresh == committed


def test_pyproject_ships_the_runtime_icons() -> None:
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "resources/*" in package_data["package-data"]["ui"]


# -- the packaged app ---------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_make_package_builds_an_app_that_runs() -> None:
    """`make package` from scratch (its own venv on first use), then run the program.

    Measured here (2 cores): ~75 s with .venv-package present, ~105 s with a new one.
    """
    started = time.monotonic()
    build = subprocess.run(["make", "package"], cwd=ROOT, capture_output=True, text=True)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    print(f"make package: {time.monotonic() - started:.0f} s")
    program = ROOT / "dist" / "BulkMailer" / "BulkMailer"
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    out = subprocess.run([str(program), "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == f"bulk-mailer {version}"

    # A bare environment: no venv, no PYTHONPATH, a home of its own.
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(ROOT / "build" / "self-check-home"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    check = subprocess.run(
        [str(program), "--self-check"], capture_output=True, text=True, env=env, timeout=300
    )
    assert check.returncode == 0, check.stdout + check.stderr[-3000:]
    assert "frozen=True" in check.stdout
    assert "preview drawn by Qt WebEngine" in check.stdout
    assert "sent 1 message to the outbox" in check.stdout
    assert check.stdout.strip().endswith("self-check: OK")

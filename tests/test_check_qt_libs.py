"""packaging/check_qt_libs.py: `make run` names the missing X11 libraries and the one
install line for them, from `ldd` of the real xcb plugin (issue 16, item 11)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "packaging" / "check_qt_libs.py"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd is Linux's")

# ldd of libqxcb.so on a fresh Debian 12 desktop (trimmed): what the issue reproduced.
FRESH_DEBIAN = """\
\tlinux-vdso.so.1 (0x00007ffd5b9f2000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxkbcommon-x11.so.0 => /lib/x86_64-linux-gnu/libxkbcommon-x11.so.0 (0x2)
\tlibxcb-cursor.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-util.so.1 => /lib/x86_64-linux-gnu/libxcb-util.so.1 (0x3)
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-randr.so.0 => /lib/x86_64-linux-gnu/libxcb-randr.so.0 (0x4)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x5)
"""


HANGUL = Path(__file__).parent / "data" / "fc-list-ko.txt"  # `fc-list :lang=ko family`


def _run(
    *args: str, env: dict[str, str] | None = None, fonts: Path | None = HANGUL
) -> subprocess.CompletedProcess[str]:
    """The checker; ``fonts`` is its fc-list output (None: ask the real fontconfig).
    The font note has tests of its own; the others see a machine with a Hangul font."""
    saved = ["--fc-list-output", str(fonts)] if fonts else []
    return subprocess.run(
        [sys.executable, str(SCRIPT), *args, *saved],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_qt_libs", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_qt_libs"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def _install_line(text: str, tool: str) -> str:
    return next(line.split(":", 1)[1].strip() for line in text.splitlines() if tool in line)


@linux_only
def test_a_fresh_debian_gets_one_apt_line_and_one_dnf_line(tmp_path: Path) -> None:
    saved = tmp_path / "ldd.txt"
    saved.write_text(FRESH_DEBIAN, encoding="utf-8")
    done = _run("--platform", "xcb", "--ldd-output", str(saved))
    assert done.returncode == 1
    apt = _install_line(done.stderr, "apt-get")
    dnf = _install_line(done.stderr, "dnf")
    assert apt.endswith("apt-get install -y libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1")
    assert dnf.endswith("dnf install -y xcb-util-cursor xcb-util-wm xcb-util-keysyms")
    # each library named once, and no library that is there
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in done.stderr
    assert "libxcb-util" not in done.stderr and "libxkbcommon" not in done.stderr


@linux_only
def test_nothing_missing_is_silent(tmp_path: Path) -> None:
    saved = tmp_path / "ldd.txt"
    saved.write_text(FRESH_DEBIAN.replace("not found", "/lib/x.so (0x9)"), encoding="utf-8")
    done = _run("--platform", "xcb", "--ldd-output", str(saved))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_unknown_and_bundled_libraries_get_advice_not_a_wrong_package() -> None:
    check = _module()
    report = check.report_for(
        "xcb",
        "\tlibfoo-bar.so.3 => not found\n\tlibQt6XcbQpa.so.6 => not found\n"
        "\tlibxcb-image.so.0 => not found\n",
    )
    assert report.debian == ["libxcb-image0"] and report.fedora == ["xcb-util-image"]
    assert report.unknown == ["libfoo-bar.so.3"] and report.bundled == ["libQt6XcbQpa.so.6"]
    text = check.describe(report, root=True)
    assert "apt-get install -y libxcb-image0" in text and "sudo" not in text
    assert "apt-file search libfoo-bar.so.3" in text
    assert "--force-reinstall PySide6" in text
    assert "sudo apt-get" in check.describe(report, root=False)


def test_the_platform_qt_would_load_is_the_one_checked() -> None:
    check = _module()
    assert check.candidates("auto", {}) == ["xcb"]
    assert check.candidates("auto", {"QT_QPA_PLATFORM": "offscreen"}) == ["offscreen"]
    wayland = {"WAYLAND_DISPLAY": "wayland-0", "XDG_SESSION_TYPE": "wayland"}
    assert check.candidates("auto", wayland) == ["wayland", "xcb"]
    assert check.candidates("xcb", {"QT_QPA_PLATFORM": "offscreen"}) == ["xcb"]


@linux_only
@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_the_real_xcb_plugin_in_the_venv() -> None:
    """The checker on PySide6's own libqxcb.so agrees with ldd, library for library."""
    check = _module()
    plugin = check.find_plugin("xcb")
    assert plugin is not None and plugin.name == "libqxcb.so"
    ldd = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = check.missing_sonames(ldd.stdout)
    done = _run("--platform", "xcb")
    if not missing:
        assert (done.returncode, done.stderr) == (0, "")
        return
    assert done.returncode == 1
    apt = _install_line(done.stderr, "apt-get")
    for soname in missing:
        assert soname in done.stderr
        if soname in check.PACKAGES:
            assert check.PACKAGES[soname][0] in apt.split()


@linux_only
@pytest.mark.skipif(shutil.which("ldd") is None, reason="no ldd")
def test_a_plugin_dir_where_a_library_is_missing(tmp_path: Path) -> None:
    """A copy of the real plugin without PySide6's lib folder beside it: ldd cannot find
    Qt's own libraries, and the advice is to reinstall PySide6, not an apt package."""
    check = _module()
    plugin = check.find_plugin("xcb")
    assert plugin is not None
    folder = tmp_path / "Qt" / "plugins" / "platforms"
    folder.mkdir(parents=True)
    copy = folder / plugin.name
    shutil.copy(plugin, copy)
    done = _run("--platform", "xcb", "--plugin", str(copy))
    assert done.returncode == 1
    assert "libQt6XcbQpa.so.6" in done.stderr
    assert "--force-reinstall PySide6" in done.stderr


@linux_only
def test_offscreen_tests_do_not_need_the_x11_libraries(tmp_path: Path) -> None:
    """`make test` checks the offscreen plugin only: a missing xcb library (as on this
    fresh Debian) never fails it."""
    done = _run("--platform", "offscreen")
    assert done.returncode == 0, done.stderr
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    assert _run(env=env).returncode == 0


def test_make_run_and_make_test_call_the_checker() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    run = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    test = makefile.split("\ntest:", 1)[1].split("\n\n", 1)[0]
    assert run.index("check_qt_libs.py") < run.index("bulk-mailer")
    assert "check_qt_libs.py --platform offscreen" in test


@linux_only
def test_no_hangul_font_is_a_note_with_its_install_line_not_a_failure(tmp_path: Path) -> None:
    saved, fonts = tmp_path / "ldd.txt", tmp_path / "fonts.txt"
    saved.write_text(FRESH_DEBIAN.replace("not found", "/lib/x.so (0x9)"), encoding="utf-8")
    fonts.write_text("", encoding="utf-8")  # fontconfig knows no font for Korean
    done = _run("--platform", "xcb", "--ldd-output", str(saved), fonts=fonts)
    assert done.returncode == 0 and done.stdout == ""
    assert "Korean (Hangul) letters" in done.stderr and "empty boxes" in done.stderr
    assert _install_line(done.stderr, "apt-get").endswith("apt-get install -y fonts-noto-cjk")
    assert _install_line(done.stderr, "dnf").endswith("dnf install -y google-noto-sans-cjk-fonts")


@linux_only
def test_the_font_note_follows_the_real_fontconfig(tmp_path: Path) -> None:
    saved = tmp_path / "ldd.txt"
    saved.write_text(FRESH_DEBIAN.replace("not found", "/lib/x.so (0x9)"), encoding="utf-8")
    done = _run("--platform", "xcb", "--ldd-output", str(saved), fonts=None)
    fc_list = shutil.which("fc-list")
    korean = (
        subprocess.run([fc_list, ":lang=ko", "family"], capture_output=True, text=True).stdout
        if fc_list
        else "no fc-list: nothing to ask, no note"
    )
    assert done.returncode == 0
    assert ("Korean (Hangul)" in done.stderr) == (not korean.strip())

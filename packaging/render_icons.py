"""Render the app icon (packaging/linux/bulk-mailer.svg) into every size and format we ship.

One source of truth, so the icons are reproducible:

    .venv/bin/python packaging/render_icons.py            # rewrite the committed icons
    .venv/bin/python packaging/render_icons.py --out DIR  # write the same tree under DIR

Writes (paths relative to the repository, or to --out):
  packaging/linux/icons/bulk-mailer-N.png   hicolor sizes, installed by install_desktop.py
  ui/resources/bulk-mailer.svg, -N.png      what the running app loads (window/taskbar icon)
  packaging/pyinstaller/bulk-mailer.ico     Windows: PNG-compressed entries 16..256
  packaging/pyinstaller/bulk-mailer.icns    macOS: PNG-compressed entries 16..1024

ICO and ICNS are written here in plain Python (both are a header, a table and PNG
blobs), so no Pillow or macOS iconutil is needed and Linux can build all of them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "packaging" / "linux" / "bulk-mailer.svg"
NAME = "bulk-mailer"
LINUX_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)  # hicolor's usual app sizes
APP_SIZES = (16, 24, 32, 48, 64, 128, 256)  # QIcon picks the nearest; the SVG covers the rest
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is ICO's maximum
# ICNS chunk types that hold PNG data, by pixel size (several types share a size: @2x).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16@2x
    (b"icp6", 64),
    (b"ic12", 64),  # 32@2x
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),  # 128@2x
    (b"ic09", 512),
    (b"ic14", 512),  # 256@2x
    (b"ic10", 1024),  # 512@2x
)


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size x size image, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # str at run time
        raise SystemExit(f"could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico whose entries are PNGs (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    table, blobs = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + table + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: 'icns', total length, then (type, length, PNG) chunks."""
    chunks = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks


def render_all(out: Path, svg: Path = SOURCE) -> list[Path]:
    """Write every icon under ``out`` (laid out like the repository); returns the files."""
    sizes = sorted({*LINUX_SIZES, *APP_SIZES, *ICO_SIZES, *(s for _, s in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    written: list[Path] = []

    def write(relative: str, data: bytes) -> None:
        path = out / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)

    for size in LINUX_SIZES:
        write(f"packaging/linux/icons/{NAME}-{size}.png", pngs[size])
    for size in APP_SIZES:
        write(f"ui/resources/{NAME}-{size}.png", pngs[size])
    write(f"ui/resources/{NAME}.svg", svg.read_bytes())
    write(f"packaging/pyinstaller/{NAME}.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    write(f"packaging/pyinstaller/{NAME}.icns", icns_bytes(pngs))
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT, help="root to write under")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen needed
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    if args.out.resolve() != ROOT:
        (args.out / "packaging" / "linux").mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE, args.out / "packaging" / "linux" / SOURCE.name)
    for path in render_all(args.out):
        print(path.relative_to(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Render resources/icons/app.svg into app.png and a multi-size app.ico (Qt, offscreen).

    python -m fdh_desktop.gui.make_icons          regenerate both files
    python -m fdh_desktop.gui.make_icons --check  exit 1 when they are missing or differ

The generated files are committed: the frozen build and the window load the PNG, so neither needs
QtSvg at run time. The ICO is written by hand (PNG-compressed entries, allowed since Vista) because
Qt's ICO writer stores only one size, and Windows picks the size per view from the file.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

from fdh_desktop.services.paths import resource

PNG_SIZE = 256
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

_app = None  # the application rendering needs, kept alive for the rest of the run


def _render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO file holding the given PNG images (size → PNG bytes)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        # Width/height 0 means 256 in an ICO directory entry.
        entries.append(struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def rendered() -> dict[Path, bytes]:
    """The bytes app.png and app.ico should hold."""
    from PySide6.QtGui import QGuiApplication

    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = resource("icons", "app.svg")
    pngs = {size: _render_png(svg, size) for size in ICO_SIZES}
    return {
        resource("icons", "app.png"): pngs[PNG_SIZE],
        resource("icons", "app.ico"): ico_bytes(pngs),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make_icons", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when a generated icon is stale")
    args = parser.parse_args(argv)
    wanted = rendered()
    if args.check:
        stale = [p.name for p, data in wanted.items() if not p.exists() or p.read_bytes() != data]
        if stale:
            print("stale icons (run python -m fdh_desktop.gui.make_icons): " + ", ".join(stale), file=sys.stderr)
            return 1
        print("icons up to date")
        return 0
    for path, data in wanted.items():
        path.write_bytes(data)
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

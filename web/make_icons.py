"""Draw the page's app icons (web/static/icons/*.png) with a small PNG encoder: no image library needed.

Run ``python web/make_icons.py`` after changing the design; the PNGs are committed. The icon is a
speech bubble (the chat) on the accent colour, drawn with a safe zone so it also works masked.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

ACCENT = (31, 79, 209)
WHITE = (255, 255, 255)
OUT = Path(__file__).resolve().parent / "static" / "icons"


def png(width: int, height: int, pixels: list[list[tuple[int, int, int]]]) -> bytes:
    """An 8-bit RGB PNG of ``pixels`` (rows of RGB tuples)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(c for px in row for c in px) for row in pixels)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


def draw(size: int) -> list[list[tuple[int, int, int]]]:
    """A white speech bubble with three accent dots, inside the central 60 % (the maskable safe zone)."""
    rows = []
    cx, cy = size / 2, size * 0.47
    rx, ry = size * 0.30, size * 0.22
    for y in range(size):
        row = []
        for x in range(size):
            px, py = x + 0.5, y + 0.5
            inside = ((px - cx) / rx) ** 2 + ((py - cy) / ry) ** 2 <= 1
            # The bubble's tail: a triangle below its lower left.
            tx0, ty0 = cx - rx * 0.45, cy + ry * 0.7
            if ty0 <= py <= ty0 + size * 0.12:
                t = (py - ty0) / (size * 0.12)
                inside = inside or (tx0 - size * 0.06 * t <= px <= tx0 + size * 0.10 * (1 - t))
            colour = WHITE if inside else ACCENT
            for dx in (-1, 0, 1):
                if ((px - (cx + dx * rx * 0.45)) ** 2 + (py - cy) ** 2) ** 0.5 <= size * 0.04:
                    colour = ACCENT
            row.append(colour)
        rows.append(row)
    return rows


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (192, 512):
        (OUT / f"icon-{size}.png").write_bytes(png(size, size, draw(size)))


if __name__ == "__main__":
    main()

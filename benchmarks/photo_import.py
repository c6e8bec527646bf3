"""Photo import: a 12-megapixel phone photo through `clean_photo`, as a ratio to Pillow's draft-mode decode.

    python -m benchmarks.photo_import [--runs 15] [--dir DIR]

A 4000 x 3000 JPEG (quality 92, photo-like: smooth shading with fine grain) with EXIF orientation 6 (taken
with the phone turned), a GPS position and a camera model is written to a temporary folder. Measured, in
turns, from the file on disk:
  draft decode   Image.open; draft("RGB", (1600, 1200)); load() — the least any import has to do
  clean_photo    the real import (kiosk.whatson.photos): read, bomb check, verify, draft decode, turned upright,
                 sized for the display (12 MP lands at 2000 x 1500 by libjpeg's own 1/2 scaling), no metadata,
                 baseline JPEG q85, SHA-256
  exactly 1600   clean_photo(keep_up_to=1600): the same photo resampled to 1600 x 1200 (for comparison)
Medians over the runs (after one warm-up). Goal: clean_photo ≤ 1.5 x the draft decode.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

from benchmarks._stats import median, table
from kiosk.whatson.photos import clean_photo

GOAL_RATIO = 1.5
SIZE = (4000, 3000)


def make_photo(path: Path) -> Path:
    """A 12 MP JPEG that compresses like a photo (not like noise, not like a flat colour), turned by EXIF."""
    w, h = SIZE
    shade = Image.radial_gradient("L").resize((w, h))
    blotches = Image.effect_noise((w // 8, h // 8), 60).resize((w, h), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((w, h), 12)
    photo = Image.merge("RGB", (Image.blend(shade, blotches, 0.5), Image.blend(blotches, grain, 0.3),
                                Image.blend(shade.transpose(Image.Transpose.FLIP_LEFT_RIGHT), grain, 0.2)))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    exif[0x0110] = "Pocket 12"
    exif.get_ifd(0x8825).update({1: "N", 2: (55.0, 51.0, 30.5), 3: "W", 4: (4.0, 17.0, 1.25)})
    photo.save(path, "JPEG", quality=92, exif=exif)
    return path


def draft_decode(path: Path) -> None:
    with Image.open(path) as im:
        im.draft("RGB", (1600, 1200))
        im.load()


def run(path: Path, runs: int) -> dict[str, list[float]]:
    cases = {"draft decode": lambda: draft_decode(path), "clean_photo": lambda: clean_photo(path),
             "exactly 1600": lambda: clean_photo(path, keep_up_to=1600)}
    for fn in cases.values():  # warm-up: plugins loaded, file in the page cache
        fn()
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):  # in turns, so a busy moment of the machine falls on every case alike
        for name, fn in cases.items():
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    return times


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.photo_import", description=__doc__.split("\n")[0])
    p.add_argument("--runs", type=int, default=15, help="timed runs of each case (default 15)")
    p.add_argument("--dir", type=Path, default=None, help="where the temporary photo goes (default: system temp)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kiosk-photo-", dir=args.dir) as tmp:
        path = make_photo(Path(tmp) / "IMG_0042.jpg")
        size_mb = path.stat().st_size / 1e6
        times = run(path, args.runs)
        out = clean_photo(path)
    base = median(times["draft decode"])
    rows = [(name, median(v), min(v), median(v) / base) for name, v in times.items()]
    print(f"Photo import: {SIZE[0]} x {SIZE[1]} JPEG ({size_mb:.1f} MB, EXIF orientation 6, GPS), "
          f"{args.runs} runs each → {out.width} x {out.height}, {len(out.jpeg_bytes) / 1e3:.0f} kB")
    print(table(["case", "median ms", "min ms", "× draft decode"], rows))
    ratio = median(times["clean_photo"]) / base
    ok = ratio <= GOAL_RATIO
    print(f"goal: clean_photo ≤ {GOAL_RATIO}× the draft decode — {'met' if ok else 'NOT met'} ({ratio:.2f}×)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

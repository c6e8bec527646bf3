"""Performance benchmarks for the kiosk. `python -m benchmarks` runs them all (`make bench`).

- `python -m benchmarks.startup`: cold and warm start to the home screen's first frame, as a ratio to a
  minimal PySide6 QML window started the same way.
- `python -m benchmarks.tap_commit`: answer tap to committed row (p50/p95), against a raw sqlite3 insert.
- `python -m benchmarks.wall_filter`: the wall's filter under `auto` on a held-out corpus: the confusion
  table (0 harmful published, ≥ 80% kind published) and messages a second.

Both run offscreen (QT_QPA_PLATFORM=offscreen) and interleave what they compare, so a busy machine slows
every variant alike; they report medians and percentiles, never a single run.
"""

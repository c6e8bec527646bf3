"""whatson: see docs/architecture.md."""

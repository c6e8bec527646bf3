"""staff: see docs/architecture.md."""

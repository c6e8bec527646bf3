"""wall: see docs/architecture.md."""

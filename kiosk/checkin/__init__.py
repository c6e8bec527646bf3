"""checkin: see docs/architecture.md."""

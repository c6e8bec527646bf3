"""The kindness wall's pure rules: messages, the moderation filter and its word lists.

No Qt, no SQL, no I/O (tests/test_architecture.py enforces it). Thread: any."""

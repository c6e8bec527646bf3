"""What's on's pure rules: listings, schedules, what is on and open now, the editor's form rules.

No Qt, no SQL, no I/O (tests/test_architecture.py enforces it). Thread: any."""

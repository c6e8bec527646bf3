"""Pure-Python rules of the kiosk: no Qt, no SQL, no I/O (a test enforces it)."""

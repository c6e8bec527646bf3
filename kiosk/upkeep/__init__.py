"""The kiosk looking after itself: sleeping outside opening hours, its daily retention, the disk reserve, the
nightly restart. Thread: see each module."""

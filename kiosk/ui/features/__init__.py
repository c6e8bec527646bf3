"""Features: each module installs its screens, home doors, staff tools and view models (kiosk.app.features)."""

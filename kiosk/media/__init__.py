"""Media the kiosk shows: listing photos cleaned with Pillow (kiosk.media.photos)."""

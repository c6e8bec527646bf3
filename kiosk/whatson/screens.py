"""What's on's screen names, defined once (the feature registers them; view models show them). Thread: any."""

from __future__ import annotations

WHATSON, LISTING = "whatson", "listing"
LIST_SCREEN, STALE_SCREEN, PREVIEW_SCREEN = "staff.listings", "staff.listing.stale", "staff.listing.preview"
EDIT_SCREEN, PHOTO_SCREEN = "staff.listing.edit", "staff.listing.photo"

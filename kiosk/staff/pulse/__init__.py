"""Asking staff too: "Did you experience kindness at work today?" when staff mode opens — anonymous by design.

`rules` (the prompt's pacing, the record, the monthly table with its own minimum count: pure), `store` (the
local rows and the quiet time, no Qt), `model` (the view model behind `StaffPulseView.qml`). Thread: see each
module.
"""

"""The office: one desktop window (`kiosk office`) where staff and managers sign in with their own central login
and see results, moderate the wall, watch the kiosks' health and (managers) look after sites and people.

A second composition root beside kiosk/app.py: it builds on the features' services (results, wall, sync) the way
`kiosk central` does, and is no kiosk feature itself (it has no home door). Thread: see each module.
"""

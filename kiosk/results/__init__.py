"""Results: the kindness measure, its honest display (suppression, intervals, control charts), reports, alerts."""

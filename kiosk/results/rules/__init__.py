"""The results' pure rules: tallies, the measure with Wilson intervals, periods, suppression, control charts.

No Qt, no SQL, no I/O: stores hand these modules tallies, and screens, reports and alerts read what they return.
"""

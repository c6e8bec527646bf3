"""Exports and reports built from plain records (CSV now; XLSX, PDF, charts and posters later)."""

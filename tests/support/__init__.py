"""Test-only helpers (not fixtures): throwaway servers and the like."""

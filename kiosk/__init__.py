"""Kindness Kiosk: a touchscreen app that asks visitors "Did you experience kindness today?"."""

__version__ = "0.1.0"

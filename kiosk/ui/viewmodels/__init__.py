"""Thin view models: Qt properties, slots and signals over the services; no business rules here."""

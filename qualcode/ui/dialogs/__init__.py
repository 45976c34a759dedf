"""Dialogs (one per module)."""

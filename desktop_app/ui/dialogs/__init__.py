"""Dialogs of the window that belong to no single section (settings)."""

"""The partner section's own widgets: the form, its contacts table and history view."""

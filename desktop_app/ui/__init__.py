"""The PySide6 user interface: widgets, item models, dialogs. The only place Qt is imported."""

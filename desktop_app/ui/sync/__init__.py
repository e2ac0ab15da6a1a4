"""The office sync in the window: the Conflicts view, Sync now, the package dialogs."""

from desktop_app.ui.sync.controls import SyncControls, install_sync

__all__ = ["SyncControls", "install_sync"]

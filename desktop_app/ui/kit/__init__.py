"""The window's record kit: the operation runner, the form, the section and their dialogs."""

"""Reusable widgets: the list page, the Jalali date field, panels shared by sections."""

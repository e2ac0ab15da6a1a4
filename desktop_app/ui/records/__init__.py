"""Widgets the follow-up sections (hubs, meetings, actions, events, letters) share."""

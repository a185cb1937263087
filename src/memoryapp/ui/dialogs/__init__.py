"""Dialogs of the desktop app: the people and places managers."""

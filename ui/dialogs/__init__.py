"""Dialogs: preview and test send, account and profiles."""

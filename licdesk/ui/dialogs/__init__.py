"""Dialogs and windows opened from the desk."""

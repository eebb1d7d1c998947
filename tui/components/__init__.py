"""Widgets and screens of the newsdesk dashboard, one per module (harlequin style)."""

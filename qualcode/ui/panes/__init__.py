"""Workbench panes, one widget per module."""

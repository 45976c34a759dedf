"""Repositories: SQL in, core dataclasses out."""

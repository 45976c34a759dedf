"""Structured codebooks in and out of CSV, XLSX and Word tables (one row per code)."""

from qualcode.io.codebooks.entries import COLUMNS, CodebookEntry, entries_from_rows
from qualcode.io.codebooks.readers import read_codebook
from qualcode.io.codebooks.writers import write_codebook

__all__ = ["COLUMNS", "CodebookEntry", "entries_from_rows", "read_codebook", "write_codebook"]

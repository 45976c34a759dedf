"""REFI-QDA exchange: codebooks (.qdc) and projects (.qdpx) in and out, as plain data."""

from qualcode.io.refi.description import compose_description, parse_description
from qualcode.io.refi.model import (
    RefiCase,
    RefiCode,
    RefiCoding,
    RefiLink,
    RefiNote,
    RefiProject,
    RefiReport,
    RefiSelection,
    RefiSet,
    RefiTextSource,
    RefiUser,
    RefiVariable,
    guid_key,
    new_guid,
)
from qualcode.io.refi.positions import PositionMap, normalise_with_map
from qualcode.io.refi.reader import read_qdc, read_qdpx
from qualcode.io.refi.writer import RefiSchemaError, write_qdc, write_qdpx

__all__ = [
    "PositionMap", "RefiCase", "RefiCode", "RefiCoding", "RefiLink", "RefiNote", "RefiProject", "RefiReport",
    "RefiSchemaError", "RefiSelection", "RefiSet", "RefiTextSource", "RefiUser", "RefiVariable",
    "compose_description", "guid_key", "new_guid", "normalise_with_map", "parse_description", "read_qdc",
    "read_qdpx", "write_qdc", "write_qdpx",
]

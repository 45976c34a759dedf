"""Protecting participants: finding identifiers, reviewing and replacing them, the audit log.

Names are loaded on first use: the finding modules load spaCy (about a second), which the
app and the CLI should pay only when a privacy feature runs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the real names, for type checkers; at run time they load on first use
    from qualcode.nlp.identifiers import Finding, RosterName
    from qualcode.services.privacy.apply import (
        PseudonymSnapshot,
        apply_pseudonymisation,
        restore_pseudonymisation,
    )
    from qualcode.services.privacy.audit import (
        AuditEntry,
        audit_entries,
        record_action,
        write_audit_csv,
        write_audit_docx,
    )
    from qualcode.services.privacy.findings import (
        DocumentFinding,
        find_in_project,
        group_by_entity,
    )
    from qualcode.services.privacy.roster import (
        ROSTER_KINDS,
        get_roster,
        read_roster_csv,
        set_roster,
    )
    from qualcode.services.privacy.sealed import WrongPasswordError, open_sealed

_WHERE = {
    "Finding": "qualcode.nlp.identifiers", "RosterName": "qualcode.nlp.identifiers",
    "PseudonymSnapshot": ".apply", "apply_pseudonymisation": ".apply", "restore_pseudonymisation": ".apply",
    "AuditEntry": ".audit", "audit_entries": ".audit", "record_action": ".audit", "write_audit_csv": ".audit", "write_audit_docx": ".audit",
    "DocumentFinding": ".findings", "find_in_project": ".findings", "group_by_entity": ".findings",
    "ROSTER_KINDS": ".roster", "get_roster": ".roster", "read_roster_csv": ".roster", "set_roster": ".roster",
    "WrongPasswordError": ".sealed", "open_sealed": ".sealed",
}

__all__ = [
    "ROSTER_KINDS",
    "AuditEntry",
    "DocumentFinding",
    "Finding",
    "PseudonymSnapshot",
    "RosterName",
    "WrongPasswordError",
    "apply_pseudonymisation",
    "audit_entries",
    "find_in_project",
    "get_roster",
    "group_by_entity",
    "open_sealed",
    "read_roster_csv",
    "record_action",
    "restore_pseudonymisation",
    "set_roster",
    "write_audit_csv",
    "write_audit_docx",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value

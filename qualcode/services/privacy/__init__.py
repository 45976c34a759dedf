"""Protecting participants: finding identifiers, reviewing and replacing them, the audit log."""

from __future__ import annotations

from qualcode.nlp.identifiers import Finding, RosterName
from qualcode.services.privacy.apply import (
    PseudonymSnapshot,
    apply_pseudonymisation,
    restore_pseudonymisation,
)
from qualcode.services.privacy.audit import AuditEntry, audit_entries, write_audit_csv
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

__all__ = [
    "ROSTER_KINDS", "AuditEntry", "DocumentFinding", "Finding", "PseudonymSnapshot", "RosterName",
    "WrongPasswordError", "apply_pseudonymisation", "audit_entries", "find_in_project", "get_roster",
    "group_by_entity", "open_sealed", "read_roster_csv", "restore_pseudonymisation", "set_roster",
    "write_audit_csv",
]

"""Pseudonymising a project as one undoable step."""

from __future__ import annotations

from collections.abc import Sequence

from qualcode.services.operations.operation import Operation
from qualcode.services.privacy.apply import (
    PseudonymSnapshot,
    apply_pseudonymisation,
    restore_pseudonymisation,
)
from qualcode.services.privacy.findings import DocumentFinding
from qualcode.storage.project import Project

__all__ = ["PseudonymiseOperation"]


class PseudonymiseOperation(Operation):
    """Replace the accepted findings (do), put the originals back (undo), replace again (redo).

    The originals live only in this object's memory (for undo), never on disk unless
    the mapping is kept sealed with ``mapping_password``.
    """

    def __init__(self, project: Project, accepted: Sequence[DocumentFinding], who: str,
                 mapping_password: str | None = None) -> None:
        n = len(accepted)
        super().__init__(project, f"Pseudonymise {n} identifier{'s' if n != 1 else ''}")
        self.accepted, self.who, self.mapping_password = list(accepted), who, mapping_password
        self.snapshot: PseudonymSnapshot | None = None
        self._undone = False

    def apply(self) -> None:
        if self.snapshot is None:
            self.snapshot = apply_pseudonymisation(self.project, self.accepted, who=self.who,
                                                   mapping_password=self.mapping_password,
                                                   initiator=self.initiator).value
            self.mapping_password = None  # not kept longer than needed
        elif self._undone:
            self.snapshot = restore_pseudonymisation(self.project, self.snapshot, who=self.who, redo=True,
                                                     initiator=self.initiator).value
        self._undone = False

    def revert(self) -> None:
        assert self.snapshot is not None
        self.snapshot = restore_pseudonymisation(self.project, self.snapshot, who=self.who,
                                                 initiator=self.initiator).value
        self._undone = True

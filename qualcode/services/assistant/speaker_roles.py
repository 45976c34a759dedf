"""Which indexed units the interviewer (or a focus group's moderator) said.

The rule is the case attribution's (:class:`~qualcode.services.corpus.turn_index.CaseResolver`,
as in :mod:`.inductive_prompts`): a speaker mapped as the interviewer speaks for no case.
Their questions are not data to code, so "Find more like these" never offers them
(meaning search still finds them). A unit lies inside one turn, so a unit is the
interviewer's when its first character is in one of their turns.
"""

from __future__ import annotations

import numpy as np

from qualcode.services.assistant.index import UnitMatrix
from qualcode.services.corpus.turn_index import CaseResolver, turn_tables
from qualcode.storage.project import Project

__all__ = ["interviewer_units"]


def interviewer_units(project: Project, matrix: UnitMatrix) -> np.ndarray:
    """A boolean mask over ``matrix``'s rows: the units spoken by a mapped interviewer."""
    mask = np.zeros(len(matrix), dtype=bool)
    with project.unit_of_work(write=False) as uow:
        speakers = CaseResolver(uow.retrieval.speaker_mappings_of(), {}).interviewers()
        speakers = {d: s for d, s in speakers.items() if d in matrix.rows_of}
        if not speakers:
            return mask
        stamps = {d: v.stamp for d, v in uow.retrieval.document_stamps(sorted(speakers)).items()}
        tables = turn_tables(project, uow, stamps)
    for document_id, names in speakers.items():
        table = tables.get(document_id)
        if table is None or not table.starts:
            continue
        turns = [(a, b) for a, b, who in zip(table.starts, table.ends, table.speakers, strict=True) if who in names]
        if not turns:
            continue
        bounds = np.asarray(sorted(turns), dtype=np.int64)
        first, stop = matrix.rows_of[document_id]
        starts = matrix.starts[first:stop]
        turn = np.searchsorted(bounds[:, 0], starts, side="right") - 1
        inside = turn >= 0
        inside[inside] = starts[inside] < bounds[turn[inside], 1]
        mask[first:stop] = inside
    return mask

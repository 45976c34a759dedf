"""Agreement between coders of a project, per code and overall, on units the user chooses.

For every unit and code each coder's value is 1 (coded it: a coding overlaps the unit) or 0;
it is missing where the coder coded nothing at all in that document (they did not code it).
The overall row pools every (code, unit) pair. Without uncoded text, units no chosen coder
coded with any code are left out. Coefficients come from :mod:`quant.agreement`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from qualcode.core.codebook import code_path
from qualcode.core.errors import QualCodeError
from qualcode.io.agreement_matrix import read_agreement_matrix
from qualcode.services.team.units import (
    check_unit_kind,
    document_units,
    mark_units,
    sentence_units,
    unit_range,
)
from qualcode.storage.project import Project
from quant.agreement import AgreementResult, compute, ratings_matrix
from quant.agreement.compute import STATISTICS

__all__ = ["AgreementRow", "ProjectAgreement", "agreement_from_table", "project_agreement", "resolve_coders"]

OVERALL = "(all codes)"


@dataclass(frozen=True)
class AgreementRow:
    """One coefficient for one code (``code_id`` None: all codes pooled)."""

    code_id: int | None
    code: str
    result: AgreementResult

    def to_dict(self) -> dict[str, object]:
        return {"code": self.code, "code_id": self.code_id, **self.result.to_dict()}


@dataclass(frozen=True)
class ProjectAgreement:
    """Every row of a project agreement table and how it was computed."""

    unit: str
    coders: tuple[str, ...]
    include_uncoded: bool
    rows: tuple[AgreementRow, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, object]:
        return {"unit": self.unit, "coders": list(self.coders), "include_uncoded": self.include_uncoded,
                "rows": [r.to_dict() for r in self.rows]}


def agreement_from_table(path: str | Path, statistic: str, *, level: str = "nominal", weights: str = "none",
                         labels: bool = True, seed: int = 12345) -> AgreementResult:
    """Agreement on a CSV of coders (rows) x units (columns) coded anywhere; empty = not coded."""
    table = read_agreement_matrix(path, labels=labels)
    return compute(statistic, table.rows, level=level, weights=weights, seed=seed)


def resolve_coders(project: Project, names: Sequence[str]) -> list[tuple[int, str]]:
    """``(id, name)`` of each named coder; one sentence naming an unknown one."""
    wanted = [n.strip() for n in names if n.strip()]
    if len(wanted) < 2:
        raise QualCodeError("agreement needs at least two coders, e.g. --coders A,B")
    if len(set(wanted)) != len(wanted):
        raise QualCodeError(f"a coder is named twice in {', '.join(wanted)}")
    with project.unit_of_work(write=False) as uow:
        coders = {c.name: c.id for c in uow.coders.all()}
    missing = [n for n in wanted if n not in coders]
    if missing:
        known = ", ".join(sorted(coders)) or "none yet"
        raise QualCodeError(f"there is no coder {missing[0]!r} in this project (coders: {known})")
    return [(coders[n], n) for n in wanted]


def _columns(project: Project, coder_ids: list[int], unit: str, code_ids: list[int] | None,
             include_uncoded: bool) -> tuple[dict[int, list[np.ndarray]], list[np.ndarray]]:
    """Per code: blocks of coder x unit values (-1 missing), and the unit weights of each block."""
    with project.unit_of_work(write=False) as uow:
        segments = [s for s in uow.segments.all() if s.coder_id in coder_ids]
        used = {s.document_id for s in segments}
        documents = {d.id: d for d in uow.documents.all() if d.id in used}
        turns = {d: [(t.span.start, t.span.end) for t in uow.documents.turns(d)] for d in documents} \
            if unit == "turn" else {}
    codes = sorted(code_ids if code_ids is not None else {s.code_id for s in segments})
    by_doc: dict[int, list] = defaultdict(list)
    for s in segments:
        by_doc[s.document_id].append(s)
    blocks: dict[int, list[np.ndarray]] = {c: [] for c in codes}
    weights: list[np.ndarray] = []
    row = {cid: k for k, cid in enumerate(coder_ids)}
    for doc_id in sorted(documents):
        doc, segs = documents[doc_id], by_doc[doc_id]
        starts, ends = document_units(
            unit, doc.text, turns=turns.get(doc_id, ()),
            sentences=sentence_units(doc.text, doc.language) if unit == "sentence" else (),
            boundaries=[b for s in segs for b in (s.span.start, s.span.end)])
        if not len(starts):
            continue
        coded_doc = np.array([any(s.coder_id == cid for s in segs) for cid in coder_ids])
        anything = mark_units(starts, ends, [(s.span.start, s.span.end) for s in segs])
        keep = np.ones(len(starts), dtype=bool) if include_uncoded else anything
        if not keep.any():
            continue
        weights.append((ends - starts)[keep] if unit == "character" else np.ones(int(keep.sum())))
        by_code: dict[int, list] = defaultdict(list)
        for s in segs:
            by_code[s.code_id].append(s)
        for code_id in codes:
            values = np.zeros((len(coder_ids), len(starts)), dtype=np.int8)
            for s in by_code.get(code_id, ()):
                lo, hi = unit_range(starts, ends, s.span.start, s.span.end)
                values[row[s.coder_id], lo:hi] = 1
            values[~coded_doc] = -1
            blocks[code_id].append(values[:, keep])
    return blocks, weights


def _result(statistic: str, values: np.ndarray, weights: np.ndarray, level: str, seed: int) -> AgreementResult:
    patterns, inverse = np.unique(values.T, axis=0, return_inverse=True)
    counts = np.bincount(inverse.ravel(), weights=weights, minlength=len(patterns))
    rows = [[None if v < 0 else int(v) for v in col] for col in patterns.T]
    return compute(statistic, ratings_matrix(rows, unit_weights=counts), level=level, seed=seed)


def project_agreement(project: Project, coders: Sequence[str], *, unit: str = "sentence",
                      code: int | None = None, statistics: Sequence[str] | None = None,
                      include_uncoded: bool = True, seed: int = 12345) -> ProjectAgreement:
    """Agreement between named coders, per code used and overall.

    Parameters
    ----------
    coders : two or more coder names
    unit : ``"character"``, ``"sentence"`` (spaCy), ``"turn"`` or ``"document"``
    code : only this code id (no overall row)
    statistics : names from :data:`quant.agreement.STATISTICS`; default percent agreement,
        Cohen's kappa (two coders) or Fleiss' kappa (more), Gwet's AC1 and Krippendorff's alpha
    include_uncoded : keep units that no chosen coder coded with any code
    seed : the bootstrap seed
    """
    check_unit_kind(unit)
    chosen = resolve_coders(project, coders)
    if statistics is None:
        statistics = ["percent", "cohen" if len(chosen) == 2 else "fleiss", "gwet", "krippendorff"]
    for name in statistics:
        if name not in STATISTICS:
            raise QualCodeError(f"unknown statistic {name!r}; choose one of {', '.join(STATISTICS)}")
        if name == "cohen" and len(chosen) != 2:
            raise QualCodeError("Cohen's kappa is for two coders; use fleiss, gwet or krippendorff")
    with project.unit_of_work(write=False) as uow:
        all_codes = uow.codes.all()
    if code is not None and code not in all_codes:
        raise QualCodeError(f"there is no code with id {code}")
    blocks, weights = _columns(project, [c for c, _ in chosen], unit, None if code is None else [code],
                               include_uncoded)
    rows: list[AgreementRow] = []
    w = np.concatenate(weights) if weights else np.zeros(0)
    for code_id, parts in blocks.items():
        if not parts:
            continue
        values = np.concatenate(parts, axis=1)
        if not (values >= 0).any():
            continue
        for name in statistics:
            rows.append(AgreementRow(code_id, code_path(all_codes, code_id), _result(name, values, w, "nominal", seed)))
    if code is None and len(blocks) > 1 and w.size:
        pooled = np.concatenate([np.concatenate(p, axis=1) for p in blocks.values() if p], axis=1)
        pooled_w = np.concatenate([w for p in blocks.values() if p])
        for name in statistics:
            rows.append(AgreementRow(None, OVERALL, _result(name, pooled, pooled_w, "nominal", seed)))
    return ProjectAgreement(unit, tuple(n for _, n in chosen), include_uncoded, tuple(rows))

"""The codebook half of the offline merge: match codes, find who changed what, decide conflicts.

Two copies of one project share every id that existed when they were copied, and each
code's history (``code_history``) up to that moment. What a side changed since is the
part of its history the other side does not have. Ids above the highest shared id were
created after the copy; a shared-range id missing on one side was deleted there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from qualcode.services.team.merge_conflicts import Conflict, Decider

Row = dict[str, Any]
FIELDS = ("name", "parent_id", "colour", "definition", "inclusion", "exclusion", "example",
          "atypical_example", "quick_key", "position")
_QUIET = {"position"}  # sibling order: merged, never a conflict on its own


@dataclass
class CodePlan:
    """What the merge does to the codebook of the copy of A (ids are B's for B's codes)."""

    code_map: dict[int, int] = field(default_factory=dict)  # B id -> output id (matched codes)
    inserts: list[Row] = field(default_factory=list)  # B rows to add, in parent-first order
    updates: dict[int, Row] = field(default_factory=dict)  # output id -> fields (parent in B space)
    deletes: list[int] = field(default_factory=list)  # output ids
    counts: dict[str, int] = field(default_factory=dict)


class Codebooks:
    """Both sides' codes and histories, with the derived facts the decisions need."""

    def __init__(self, a: dict[str, list[Row]], b: dict[str, list[Row]]) -> None:
        self.a = {r["id"]: r for r in a["codes"]}
        self.b = {r["id"]: r for r in b["codes"]}
        ha, hb = _histories(a["code_history"]), _histories(b["code_history"])
        self.changed_a: dict[int, set[str]] = {}
        self.changed_b: dict[int, set[str]] = {}
        for code_id in set(ha) | set(hb):
            ra, rb = ha.get(code_id, []), hb.get(code_id, [])
            n = 0
            while n < min(len(ra), len(rb)) and ra[n] == rb[n]:
                n += 1
            self.changed_a[code_id] = {r[1] for r in ra[n:]}
            self.changed_b[code_id] = {r[1] for r in rb[n:]}
        self.shared = {i for i in set(self.a) & set(self.b)
                       if self.a[i]["name"] == self.b[i]["name"]
                       or "name" in self.changed_a.get(i, set()) | self.changed_b.get(i, set())}
        self.max_shared = max(self.shared, default=0)

    def path(self, side: dict[int, Row], code_id: int) -> tuple[str, ...]:
        names: list[str] = []
        seen: set[int] = set()
        current: int | None = code_id
        while current is not None and current in side and current not in seen:
            seen.add(current)
            names.append(side[current]["name"])
            current = side[current]["parent_id"]
        return tuple(reversed(names))

    def label(self, code_id: int, side: str = "a") -> str:
        return " / ".join(self.path(self.a if side == "a" else self.b, code_id))


def _histories(rows: list[Row]) -> dict[int, list[tuple[Any, ...]]]:
    out: dict[int, list[tuple[Any, ...]]] = {}
    for r in rows:
        out.setdefault(r["code_id"], []).append((r["at"], r["field"], r["old"], r["new"]))
    return out


def plan_codes(books: Codebooks, decider: Decider, new_coding_a: set[int], new_coding_b: set[int],
               old_codes: set[int] = frozenset()) -> CodePlan:  # type: ignore[assignment]
    """Decide every code: matched, added from B, deleted on one side, or merged field by field.

    ``new_coding_a``/``new_coding_b``: codes a side coded new text with since the copy
    (coding counts as editing a code when the other side deleted it). ``old_codes``: ids
    known to have existed at the copy (they carry codings made before it).
    """
    plan = CodePlan(counts={"codes_added_from_b": 0, "codes_matched_by_name": 0, "codes_deleted_in_a": 0,
                            "codes_deleted_in_b": 0})
    plan.code_map = {i: i for i in books.shared}
    by_path = {books.path(books.a, i): i for i in books.a}
    matched_a = set(books.shared)
    for code_id in sorted(set(books.b) - books.shared, key=lambda i: len(books.path(books.b, i))):
        target = by_path.get(books.path(books.b, code_id))
        if target is not None and target not in matched_a:
            plan.code_map[code_id] = target
            matched_a.add(target)
            plan.counts["codes_matched_by_name"] += 1
            continue
        if (code_id <= books.max_shared or code_id in old_codes) and code_id not in books.a:  # deleted in A
            edited = bool(books.changed_b.get(code_id, set()) - _QUIET) or code_id in new_coding_b
            if not edited or decider.decide(Conflict(
                    "delete_vs_edit", "code", code_id, books.label(code_id, "b"), a="deleted",
                    b=_edits(books, code_id, "b", new_coding_b), deleted_by="a")) == "delete":
                plan.counts["codes_deleted_in_a"] += 1
                continue
        plan.inserts.append(books.b[code_id])
        plan.counts["codes_added_from_b"] += 1
    for code_id in sorted(set(books.a) - matched_a):
        if (code_id <= books.max_shared or code_id in old_codes) and code_id not in books.b:  # deleted in B
            edited = bool(books.changed_a.get(code_id, set()) - _QUIET) or code_id in new_coding_a
            if not edited or decider.decide(Conflict(
                    "delete_vs_edit", "code", code_id, books.label(code_id), a=_edits(books, code_id, "a", new_coding_a),
                    b="deleted", deleted_by="b")) == "delete":
                plan.deletes.append(code_id)
                plan.counts["codes_deleted_in_b"] += 1
    for code_id in sorted(books.shared):
        _merge_fields(books, decider, code_id, plan)
    return plan


def _edits(books: Codebooks, code_id: int, side: str, new_coding: set[int]) -> str:
    changed = sorted((books.changed_a if side == "a" else books.changed_b).get(code_id, set()) - _QUIET)
    parts = [f"edited {', '.join(changed)}"] if changed else []
    if code_id in new_coding:
        parts.append("coded new text")
    return "; ".join(parts)


def _merge_fields(books: Codebooks, decider: Decider, code_id: int, plan: CodePlan) -> None:
    a, b = books.a[code_id], books.b[code_id]
    fa, fb = books.changed_a.get(code_id, set()), books.changed_b.get(code_id, set())
    differing = [f for f in FIELDS if a[f] != _b_value(b, f, plan)]
    if not differing:
        return
    whole = None
    for kind, fld in (("rename_vs_edit", "name"), ("move_vs_edit", "parent_id")):
        if fld not in differing:
            continue
        if (fld in fa and fb - {fld} - _QUIET) or (fld in fb and fa - {fld} - _QUIET):
            whole = decider.decide(Conflict(
                kind, "code", code_id, books.label(code_id),
                a={f: a[f] for f in differing}, b={f: b[f] for f in differing}))
            break
    updates: Row = {}
    for f in differing:
        b_value = _b_value(b, f, plan)
        if whole == "a":
            continue
        if whole == "b" or (f in fb and f not in fa):
            updates[f] = b_value
        elif f in fa and f not in fb or f in _QUIET:
            continue
        elif decider.decide(Conflict("field_edited_both", "code", code_id, f"{books.label(code_id)}: {f}",
                                     a=a[f], b=b[f], part=f)) == "b":
            updates[f] = b_value
    if updates:
        plan.updates[code_id] = updates


def _b_value(b: Row, f: str, plan: CodePlan) -> Any:
    if f == "parent_id" and b[f] is not None:
        return plan.code_map.get(b[f], ("new", b[f]))
    return b[f]

"""Offline merge of two copies of one project coded apart: ``merge_projects(a, b, out)``.

Codes are matched by id, then by path and name; the same coding (document, code, coder,
span) is kept once, and so is the same recorded answer to an assistant suggestion; renames,
moves and deletions on one side with edits on the other, and memos edited on both sides,
are listed conflicts, each with its decision. The
inputs are only read; the output is written to a temporary file and moved into place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qualcode.services.projects import load_project
from qualcode.services.team.merge_codes import Codebooks, CodePlan, plan_codes
from qualcode.services.team.merge_conflicts import Conflict, Decider, MergeInputError
from qualcode.storage.merge_rows import (
    MergeWriter,
    copy_project_file,
    merge_writer,
    read_rows,
    read_turns,
    replace_file,
)
from qualcode.storage.project_file import open_project

__all__ = ["MergeInputError", "MergeReport", "merge_projects"]

Row = dict[str, Any]


@dataclass(frozen=True)
class MergeReport:
    """What the merge did: counts, every conflict with its decision, and warnings."""

    output: str
    counts: dict[str, int]
    conflicts: list[dict[str, Any]]
    warnings: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"output": self.output, "counts": self.counts, "conflicts": self.conflicts,
                "warnings": self.warnings}


@dataclass
class _Side:
    rows: dict[str, list[Row]]
    coder: dict[int, str]
    segments: dict[int, Row]
    memos: dict[int, Row]

    @classmethod
    def of(cls, rows: dict[str, list[Row]]) -> _Side:
        return cls(rows, {r["id"]: r["name"] for r in rows["coders"]},
                   {r["id"]: r for r in rows["segments"]}, {r["id"]: r for r in rows["memos"]})

    def seg_key(self, s: Row) -> tuple[Any, ...]:
        return (s["document_id"], s["code_id"], self.coder.get(s["coder_id"]), s["start"], s["end"], s["created"])


def merge_projects(a: str | Path, b: str | Path, out: str | Path, *, prefer: str | None = None,
                   decisions: dict[str, str] | None = None, dry_run: bool = False) -> MergeReport:
    """Merge copies ``a`` and ``b`` of one project into the new project file ``out``.

    Parameters
    ----------
    a, b
        The two copies (only read; never changed).
    out
        The merged project to create; it must not exist yet.
    prefer
        ``"a"`` or ``"b"``: decide every conflict for that side (a deletion by that side
        deletes). Without it each kind's default rule keeps both sides' work.
    decisions
        ``{conflict id: option}`` overriding the rule for single conflicts (ids are in the report).
    dry_run
        Decide everything and report it, but write nothing (a wizard's preview).

    Returns
    -------
    MergeReport
        Counts, every conflict and its decision, and warnings about what was not merged.
    """
    a_path, b_path, out_path = Path(a), Path(b), Path(out)
    _check_paths(a_path, b_path, out_path)
    decider = Decider(prefer, decisions)
    project_a, project_b = load_project(a_path, read_only=True), None
    try:
        project_b = load_project(b_path, read_only=True)
        side_a, side_b = _Side.of(read_rows(project_a)), _Side.of(read_rows(project_b))
        plan = _Plan(side_a, side_b, decider)
        turns = {d: read_turns(project_b, d) for d in plan.new_documents}
    finally:
        project_a.close()
        if project_b is not None:
            project_b.close()
    unused = decider.unused()
    if unused:
        raise MergeInputError(f"decision for {unused[0]!r} matches no conflict of this merge; nothing was written.")
    if not dry_run:
        _write(a_path, out_path, plan, turns)
    return MergeReport(str(out_path), plan.counts, [c.as_dict() for c in decider.conflicts], plan.warnings)


def _check_paths(a: Path, b: Path, out: Path) -> None:
    for path in (a, b):
        if not path.is_file():
            raise MergeInputError(f"{path} does not exist or is not a project file.")
    if out.exists():
        raise MergeInputError(f"{out} already exists; the merge writes a new project file.")
    if not out.parent.is_dir():
        raise MergeInputError(f"The folder {out.parent} does not exist.")
    if a.resolve() == b.resolve():
        raise MergeInputError(f"{a} is given twice; merge two different copies.")


class _Plan:
    """Every decision of the merge, computed before anything is written."""

    def __init__(self, a: _Side, b: _Side, decider: Decider) -> None:
        self.a, self.b, self.decider = a, b, decider
        self.warnings: list[str] = []
        self.doc_map: dict[int, int] = {}
        self.new_documents: list[int] = []
        self._documents()
        shared = {i for i in set(a.segments) & set(b.segments) if a.seg_key(a.segments[i]) == b.seg_key(b.segments[i])}
        self.shared_segments = shared
        self.shared_memos = {i for i in set(a.memos) & set(b.memos)
                             if all(a.memos[i][k] == b.memos[i][k] for k in ("target", "target_id", "created"))}
        self.copied_at = _copy_time(a, b, shared, self.shared_memos)
        new_a = {s["code_id"] for i, s in a.segments.items() if i not in shared and not self._deleted_in("b", i)}
        new_b = {s["code_id"] for i, s in b.segments.items() if i not in shared and not self._deleted_in("a", i)}
        old = {s["code_id"] for side in (a, b) for s in side.segments.values() if self._before_copy(s)}
        self.codes: CodePlan = plan_codes(Codebooks(a.rows, b.rows), decider, new_a, new_b, old)
        self.counts: dict[str, int] = dict(self.codes.counts)
        self.counts.update(documents_added_from_b=len(self.new_documents))
        self.seg_inserts: list[Row] = []
        self.seg_deletes: list[int] = []
        self.seg_memos: dict[int, str] = {}
        self._segments()
        self.memo_inserts: list[Row] = []
        self.memo_updates: dict[int, tuple[str, str]] = {}
        self.memo_deletes: list[int] = []
        self._memos()
        self._themes()
        self._decisions()

    def _before_copy(self, row: Row) -> bool:
        return self.copied_at is not None and row["created"] <= self.copied_at

    def _deleted_in(self, side: str, item_id: int, kind: str = "segments") -> bool:
        """Did ``side`` delete this item of the other side? It existed at the copy and ``side`` lacks its id."""
        mine, other = (self.b, self.a) if side == "a" else (self.a, self.b)
        return item_id not in getattr(other, kind) and self._before_copy(getattr(mine, kind)[item_id])

    def _documents(self) -> None:
        a_docs = {r["id"]: r for r in self.a.rows["documents"]}
        by_content = {(r["name"], r["text"]): r["id"] for r in a_docs.values()}
        for doc in self.b.rows["documents"]:
            same = a_docs.get(doc["id"])
            if same is not None and (same["name"], same["text"]) == (doc["name"], doc["text"]):
                self.doc_map[doc["id"]] = doc["id"]
            elif (doc["name"], doc["text"]) in by_content:
                self.doc_map[doc["id"]] = by_content[(doc["name"], doc["text"])]
            else:
                self.new_documents.append(doc["id"])
        b_ids = {r["id"] for r in self.b.rows["documents"]}
        only_a = [r["name"] for r in a_docs.values() if r["id"] not in set(self.doc_map.values()) | b_ids]
        if only_a:
            self.warnings.append(f"{len(only_a)} document(s) only in A were kept: {', '.join(only_a[:5])}")

    def _segments(self) -> None:
        a, b, decide = self.a, self.b, self.decider
        counts = dict.fromkeys(("segments_added_from_b", "segments_already_coded", "segments_deleted_in_a",
                                "segments_deleted_in_b", "segments_dropped_with_code"), 0)
        deleted_codes = set(self.codes.deletes)
        for seg_id, s in a.segments.items():
            if seg_id in self.shared_segments or not self._deleted_in("b", seg_id):
                continue
            if s["updated"] == s["created"] or decide.decide(Conflict(
                    "delete_vs_edit", "segment", seg_id, self._seg_label(a, s), a=s["memo"], b="deleted",
                    deleted_by="b")) == "delete":
                self.seg_deletes.append(seg_id)
                counts["segments_deleted_in_b"] += 1
        kept = {self._out_key(a, s, a_side=True) for i, s in a.segments.items()
                if i not in set(self.seg_deletes) and s["code_id"] not in deleted_codes}
        for seg_id, s in b.segments.items():
            if seg_id in self.shared_segments:
                self._memo_merge("segment", seg_id, a.segments[seg_id], s, self._seg_label(b, s))
                continue
            if self._deleted_in("a", seg_id) and (s["updated"] == s["created"] or decide.decide(Conflict(
                    "delete_vs_edit", "segment", seg_id, self._seg_label(b, s), a="deleted", b=s["memo"],
                    deleted_by="a")) == "delete"):
                counts["segments_deleted_in_a"] += 1
                continue
            key = self._out_key(b, s, a_side=False)
            if key is None:
                counts["segments_dropped_with_code"] += 1
            elif key in kept:
                counts["segments_already_coded"] += 1
            else:
                kept.add(key)
                self.seg_inserts.append(s)
                counts["segments_added_from_b"] += 1
        self.counts.update(counts)

    def _out_key(self, side: _Side, s: Row, *, a_side: bool) -> tuple[Any, ...] | None:
        if a_side:
            return (s["document_id"], s["code_id"], side.coder.get(s["coder_id"]), s["start"], s["end"])
        code = self.codes.code_map.get(s["code_id"])
        if code is None:
            if s["code_id"] not in {r["id"] for r in self.codes.inserts}:
                return None
            code = -s["code_id"]  # a code new from B: no A coding can share it
        doc = self.doc_map.get(s["document_id"], -s["document_id"])
        return (doc, code, side.coder.get(s["coder_id"]), s["start"], s["end"])

    def _seg_label(self, side: _Side, s: Row) -> str:
        return f"coding {s['start']}-{s['end']} of document {s['document_id']} by {side.coder.get(s['coder_id'])}"

    def _memo_merge(self, entity: str, item_id: int, ra: Row, rb: Row, label: str) -> None:
        text = "memo" if entity == "segment" else "text"
        if ra[text] == rb[text] and ra.get("title") == rb.get("title"):
            return
        edited_a, edited_b = ra["updated"] != ra["created"], rb["updated"] != rb["created"]
        if edited_a and not edited_b:
            return
        choice = "b" if edited_b and not edited_a else self.decider.decide(Conflict(
            "memo_edited_both", entity, item_id, label, a=ra[text], b=rb[text]))
        if choice == "a":
            return
        value = rb[text] if choice == "b" else f"{ra[text]}\n\n{rb[text]}"
        if entity == "segment":
            self.seg_memos[item_id] = value
        else:
            self.memo_updates[item_id] = (value, rb["title"] if choice == "b" else ra["title"])

    def _memos(self) -> None:
        a, b = self.a, self.b
        shared = self.shared_memos
        for memo_id in sorted(shared):
            self._memo_merge("memo", memo_id, a.memos[memo_id], b.memos[memo_id], f"memo {a.memos[memo_id]['title']!r}")
        for memo_id, m in a.memos.items():
            if memo_id not in shared and self._deleted_in("b", memo_id, "memos") and (
                    m["updated"] == m["created"] or self.decider.decide(Conflict(
                        "delete_vs_edit", "memo", memo_id, f"memo {m['title']!r}", a=m["text"], b="deleted",
                        deleted_by="b")) == "delete"):
                self.memo_deletes.append(memo_id)
        for memo_id, m in b.memos.items():
            if memo_id in shared:
                continue
            if self._deleted_in("a", memo_id, "memos") and (m["updated"] == m["created"] or self.decider.decide(
                    Conflict("delete_vs_edit", "memo", memo_id, f"memo {m['title']!r}", a="deleted", b=m["text"],
                             deleted_by="a")) == "delete"):
                continue
            self.memo_inserts.append(m)
        self.counts.update(memos_added_from_b=len(self.memo_inserts), memos_deleted_in_b=len(self.memo_deletes))

    def _themes(self) -> None:
        """B's themes are matched to A's by name (case and spaces aside); B-only themes are added
        with their sub-theme structure, and B's code links are added to the matched or new themes.
        A matched theme keeps A's status, definition and narrative; a difference is reported."""
        a_by_name = {" ".join(r["name"].split()).casefold(): r for r in self.a.rows["themes"]}
        self.theme_map: dict[int, int] = {}  # B theme id -> A theme id (matched ones)
        self.theme_inserts: list[Row] = []
        differing: list[str] = []
        for r in self.b.rows["themes"]:
            match = a_by_name.get(" ".join(r["name"].split()).casefold())
            if match is None:
                self.theme_inserts.append(r)
                continue
            self.theme_map[r["id"]] = match["id"]
            if any(r[k] != match[k] for k in ("status", "definition", "narrative")):
                differing.append(match["name"])
        self.theme_code_links = [(r["theme_id"], r["code_id"]) for r in self.b.rows.get("theme_codes", [])]
        a_links = {(r["theme_id"], r["code_id"]) for r in self.a.rows.get("theme_codes", [])}
        self.counts.update(themes_added_from_b=len(self.theme_inserts))
        self._a_theme_links = a_links
        if differing:
            self.warnings.append(f"{len(differing)} theme(s) have a different status, definition or narrative in "
                                 f"B; A's are kept: {', '.join(differing[:5])}")

    def _decisions(self) -> None:
        """B's answers to assistant suggestions (accept, reject, skip: coder, model, time) that A lacks.

        A decision both copies hold is kept once; one made before the copy that A no longer
        has was taken back in A (an undone acceptance) and stays gone. The rest are added,
        so both coders' decisions reach the merged project.
        """
        a_keys = {_decision_key(r, r["document_id"]) for r in self.a.rows.get("assistant_decisions", [])}
        self.decision_inserts: list[Row] = []
        same = 0
        for r in self.b.rows.get("assistant_decisions", []):
            if _decision_key(r, self.doc_map.get(r["document_id"], -r["document_id"])) in a_keys:
                same += 1
            elif not (self.copied_at is not None and r["at"] <= self.copied_at):
                self.decision_inserts.append(r)
        self.counts.update(assistant_decisions_added_from_b=len(self.decision_inserts),
                           assistant_decisions_already_recorded=same)


def _decision_key(row: Row, doc: Any) -> tuple[Any, ...]:
    """What makes two recorded assistant decisions the same one (ids aside)."""
    return (doc, row["code_name"], row["start"], row["end"], row["decision"], row["coder"], row["model"],
            row["model_version"], row["at"])


def _copy_time(a: _Side, b: _Side, segments: set[int], memos: set[int]) -> Any:
    """The latest moment both copies still agree on: nothing created after it is shared.

    Items created up to it that one side lacks were deleted there; later ones were added.
    """
    times = [a.segments[i]["created"] for i in segments] + [a.memos[i]["created"] for i in memos]
    b_docs = {(r["id"], r["created"]) for r in b.rows["documents"]}
    times += [r["created"] for r in a.rows["documents"] if (r["id"], r["created"]) in b_docs]
    b_history = {(r["code_id"], r["at"], r["field"]) for r in b.rows["code_history"]}
    times += [r["at"] for r in a.rows["code_history"] if (r["code_id"], r["at"], r["field"]) in b_history]
    b_decisions = {(r["id"], r["at"]) for r in b.rows.get("assistant_decisions", [])}
    times += [r["at"] for r in a.rows.get("assistant_decisions", []) if (r["id"], r["at"]) in b_decisions]
    return max(times, default=None)


def _write(a: Path, out: Path, plan: _Plan, turns: dict[int, list[Row]]) -> None:
    temporary = out.with_name(f".{out.name}.merging")
    temporary.unlink(missing_ok=True)
    try:
        copy_project_file(a, temporary)
        project = open_project(temporary)
        try:
            with merge_writer(project) as writer:
                _apply(writer, plan, turns)
        finally:
            project.close()
        replace_file(temporary, out)
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            leftover.unlink(missing_ok=True)


def _apply(w: MergeWriter, plan: _Plan, turns: dict[int, list[Row]]) -> None:
    b_cases = {r["id"]: r for r in plan.b.rows["cases"]}
    doc_map = dict(plan.doc_map)
    for doc_id in plan.new_documents:
        doc = next(r for r in plan.b.rows["documents"] if r["id"] == doc_id)
        case = b_cases.get(doc["case_id"])
        case_id = w.case_id(case["key"], case["label"], case["attributes"]) if case else None
        doc_map[doc_id] = w.insert_document(doc | {"case_id": case_id}, turns[doc_id])
    codes = plan.codes
    code_map = dict(codes.code_map)
    for row in codes.inserts:
        code_map[row["id"]] = w.insert_code(row | {"parent_id": None, "quick_key": None})
    for row in codes.inserts:
        if row["parent_id"] is not None and row["parent_id"] in code_map:
            w.update_code(code_map[row["id"]], {"parent_id": code_map[row["parent_id"]]})
    for code_id, values in codes.updates.items():
        if "parent_id" in values and isinstance(values["parent_id"], tuple):
            values = values | {"parent_id": code_map.get(values["parent_id"][1])}
        w.update_code(code_id, values)
    for code_id in codes.deletes:
        w.delete_code(code_id)
    w.delete_segments(plan.seg_deletes)
    for seg_id, memo in plan.seg_memos.items():
        w.update_segment_memo(seg_id, memo)
    w.insert_segments([{"document_id": doc_map[s["document_id"]], "code_id": code_map[s["code_id"]],
                        "start": s["start"], "end": s["end"], "coder_id": w.coder_id(plan.b.coder[s["coder_id"]]),
                        "created": s["created"], "updated": s["updated"], "memo": s["memo"]}
                       for s in plan.seg_inserts])
    theme_map = dict(plan.theme_map)
    for row in plan.theme_inserts:
        theme_map[row["id"]] = w.insert_theme(row | {"parent_id": None, "coder_id": None})
    for row in plan.theme_inserts:
        if row["parent_id"] is not None and row["parent_id"] in theme_map:
            w.set_theme_parent(theme_map[row["id"]], theme_map[row["parent_id"]])
    gone = set(codes.deletes)
    links = [(theme_map[t], code_map[c]) for t, c in plan.theme_code_links
             if t in theme_map and c in code_map and code_map[c] not in gone]
    new_links = [pair for pair in dict.fromkeys(links) if pair not in plan._a_theme_links]
    w.link_theme_codes(new_links)
    plan.counts.update(theme_codes_added_from_b=len(new_links))
    targets = {"code": code_map, "document": doc_map, "theme": theme_map}
    for memo_id in plan.memo_deletes:
        w.delete_memo(memo_id)
    for memo_id, (text, title) in plan.memo_updates.items():
        w.update_memo(memo_id, text, title)
    for m in plan.memo_inserts:
        target_id = m["target_id"]
        if m["target"] in targets and target_id is not None:
            target_id = targets[m["target"]].get(target_id)
        author = plan.b.coder.get(m["author_id"]) if m["author_id"] is not None else None
        w.insert_memo(m | {"target_id": target_id, "author_id": w.coder_id(author) if author else None})
    # a decision whose code is gone from the merge keeps its code_name, as when a code is deleted
    decided = [(r, code_map.get(r["code_id"])) for r in plan.decision_inserts if r["document_id"] in doc_map]
    w.insert_assistant_decisions([r | {"document_id": doc_map[r["document_id"]],
                                       "code_id": code if code not in gone else None} for r, code in decided])

"""Exports: the codebook and the thematic report to Word; codebook and coded segments to
CSV / XLSX. Gathers the data in a few bulk queries, fills io.word's dataclasses, writes."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from qualcode.core.changes import Changes, OpResult
from qualcode.core.clock import utcnow
from qualcode.core.codebook import Code, code_path
from qualcode.core.thematic_map import MapNode, NodeKind, ThematicMap, circle_layout
from qualcode.core.theme import Theme
from qualcode.core.theme_review import sub_themes
from qualcode.io.atomic_write import atomic_save
from qualcode.io.safe_cells import csv_cell
from qualcode.io.tables_out import write_rows_csv, write_rows_xlsx
from qualcode.io.word.codebook_docx import write_codebook_docx
from qualcode.io.word.model import (
    CodebookCode,
    CodebookDocument,
    Frequency,
    Quote,
    ReportTheme,
    ThemeReportDocument,
)
from qualcode.io.word.theme_report_docx import write_theme_report_docx
from qualcode.services.codebook.codebook_io import export_codebook_table, ordered_codes
from qualcode.services.themes.phases import CODEBOOK_EXPORTED, PHASE_NAMES, REPORT_EXPORTED, current_phase, phase_progress
from qualcode.services.coding.retrieval import segment_rows
from qualcode.services.themes.thematic_map import get_map
from qualcode.services.themes.theme_review import attribute_segments, coverages_in
from qualcode.services.privacy.guard import ensure_export_allowed
from qualcode.services.output_language import OutputLabels, project_labels
from qualcode.storage.project import Project

SEGMENT_COLUMNS = ("segment_id", "document", "case", "speaker", "code", "coder", "start", "end", "text", "memo")


@dataclass(frozen=True)
class ExportSummary:
    path: str
    kind: str
    items: int  # codes, themes or segments written


def _title_block(project: Project) -> tuple[str, list[str]]:
    with project.unit_of_work() as uow:
        title = uow.meta.get("title", "") or Path(project.location).stem
        coders = [c.name for c in uow.coders.all()]
    return title, coders


def _pick_quotes(rows: list[dict[str, Any]], n: int, preferred: set[int] = frozenset()) -> list[Quote]:  # type: ignore[assignment]
    """Chosen examples first, then one extract per case (different voices), then the rest."""
    ordered = sorted(rows, key=lambda r: (r["segment_id"] not in preferred, r["document_id"], r["start"]))
    picked: list[dict[str, Any]] = []
    seen_cases: set[object] = set()
    for row in ordered:
        if len(picked) < n and (row["segment_id"] in preferred or row["case"] not in seen_cases):
            picked.append(row)
            seen_cases.add(row["case"])
    for row in ordered:
        if len(picked) >= n:
            break
        if row not in picked:
            picked.append(row)
    return [Quote(" ".join(r["text"].split()), r["document"], r["speaker"], r["case"]) for r in picked]


def _history_lines(uow: Any, code_id: int, coders: dict[int, str], limit: int = 5) -> tuple[str, ...]:
    entries = uow.codes.history(code_id)[-limit:]
    return tuple(f"{e.at:%Y-%m-%d} {coders.get(e.coder_id, 'unknown') if e.coder_id else 'unknown'}: {e.field} changed"
                 for e in reversed(entries))


def codebook_model(project: Project, *, quotes_per_code: int = 3,
                   labels: OutputLabels | None = None) -> CodebookDocument:
    """Everything the Word codebook shows, from the project; ``labels`` (default: the project's
    output language) for the fixed texts."""
    title, coder_names = _title_block(project)
    with project.unit_of_work() as uow:
        codes = uow.codes.all()
        spans = [(s[0], s[1], s[2], s[3], s[4]) for s in uow.segments.spans()]
        seg_case = attribute_segments(uow, spans)
        coders = {c.id: c.name for c in uow.coders.all()}
        history = {cid: _history_lines(uow, cid, coders) for cid in codes}
        examples = uow.progress.examples()
    by_code: dict[int, list[tuple[int, int, int, int, int]]] = defaultdict(list)
    for s in spans:
        by_code[s[2]].append(s)
    preferred = {e.segment_id for e in examples}
    wanted: list[int] = []
    for cid, segs in by_code.items():
        chosen = [s[0] for s in segs if s[0] in preferred]
        rest = sorted(segs, key=lambda s: (s[1], s[3]))
        wanted.extend(chosen + [s[0] for s in rest[: quotes_per_code * 3] if s[0] not in chosen])
    rows = segment_rows(project, segment_ids=wanted) if wanted else []
    rows_by_code: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        rows_by_code[row["code_id"]].append(row)
    depth = {c.id: code_path(codes, c.id).count("/") for c in codes.values()}
    children: dict[int, list[int]] = defaultdict(list)
    for c in codes.values():
        if c.parent_id is not None:
            children[c.parent_id].append(c.id)

    def frequency(segs: list[tuple[int, int, int, int, int]]) -> Frequency:
        return Frequency(len(segs), len({s[1] for s in segs}), len({seg_case[s[0]] for s in segs} - {None}))

    # segments of each code's whole subtree, children before parents (one pass, not O(n^2))
    subtree: dict[int, list[tuple[int, int, int, int, int]]] = {}
    order = ordered_codes(codes)
    for code in reversed(order):
        kids = [c for c in children.get(code.id, [])]
        subtree[code.id] = by_code.get(code.id, []) + [s for k in kids for s in subtree[k]]
    entries = []
    for code in order:
        segs = by_code.get(code.id, [])
        freq = frequency(segs)
        with_subs = frequency(subtree[code.id]) if children.get(code.id) else None
        entries.append(CodebookCode(
            path=code_path(codes, code.id), name=code.name, depth=depth[code.id], definition=code.definition,
            inclusion=code.inclusion, exclusion=code.exclusion, typical_example=code.example,
            atypical_example=code.atypical_example, origin=code.origin.value, colour=code.colour,
            frequency=freq, frequency_with_subcodes=with_subs, quotes=tuple(_pick_quotes(rows_by_code.get(code.id, []), quotes_per_code, preferred)),
            history=history.get(code.id, ()),
        ))
    phase = PHASE_NAMES[current_phase(phase_progress(project)) - 1]
    return CodebookDocument(
        title="Codebook", project=title, date=utcnow().strftime("%Y-%m-%d"),
        coders=tuple(coder_names), phase=phase, codes=tuple(entries),
        labels=labels if labels is not None else project_labels(project),
    )


def export_codebook_docx(project: Project, path: str | Path, *, quotes_per_code: int = 3,
                         language: str | None = None) -> OpResult[ExportSummary]:
    """Write the structured codebook to Word (UX.md "Word output"); ``language`` (en, ru, uz)
    overrides the project's output language for this file."""
    labels = project_labels(project, language)  # an unknown language fails before anything is read
    ensure_export_allowed(project)  # pseudonymised exports only (issue 13)
    model = codebook_model(project, quotes_per_code=quotes_per_code, labels=labels)
    write_codebook_docx(model, path)
    _stamp(project, CODEBOOK_EXPORTED)
    return OpResult(ExportSummary(str(path), "codebook-docx", len(model.codes)), Changes())


def _theme_order(themes: list[Theme]) -> list[tuple[Theme, int]]:
    children: dict[int | None, list[Theme]] = defaultdict(list)
    ids = {t.id for t in themes}
    for t in themes:
        children[t.parent_id if t.parent_id in ids else None].append(t)
    out: list[tuple[Theme, int]] = []

    def walk(parent: int | None, depth: int) -> None:
        for t in children.get(parent, []):
            out.append((t, depth))
            walk(t.id, depth + 1)

    walk(None, 0)
    return out


def _report_map(project: Project, themes: list[Theme], codes: dict[int, Code]) -> tuple[ThematicMap, tuple[tuple[int, int], ...]]:
    """The user's map; if empty, a circle layout of themes and their codes (not saved)."""
    tmap = get_map(project)
    if not tmap.nodes and themes:
        nodes: list[MapNode] = []
        labels: dict[int, str] = {}
        colours: dict[int, str] = {}
        top = [t for t in themes if t.parent_id is None] or themes
        centres = circle_layout(list(range(1, len(top) + 1)), 320.0)
        next_id = len(top) + 1
        for i, theme in enumerate(top, start=1):
            cx, cy = centres[i]
            nodes.append(MapNode(i, NodeKind.THEME, theme.id, cx, cy))
            labels[i] = theme.name
            ring = circle_layout([next_id + k for k in range(len(theme.code_ids))], 110.0, start=-1.5708,
                                 centre_single=False)
            for code_id in theme.code_ids:
                if code_id in codes:
                    dx, dy = ring[next_id]
                    nodes.append(MapNode(next_id, NodeKind.CODE, code_id, cx + dx, cy + dy))
                    labels[next_id], colours[next_id] = codes[code_id].name, codes[code_id].colour
                next_id += 1
        tmap = ThematicMap(tuple(nodes), (), labels, colours)
    theme_node = {n.ref_id: n.id for n in tmap.nodes if n.kind is NodeKind.THEME}
    code_node = {n.ref_id: n.id for n in tmap.nodes if n.kind is NodeKind.CODE}
    membership = tuple((theme_node[t.id], code_node[c]) for t in themes if t.id in theme_node
                       for c in t.code_ids if c in code_node)
    return tmap, membership


def report_model(project: Project, *, quotes_per_theme: int = 4, map_png: bytes | None = None,
                 labels: OutputLabels | None = None) -> ThemeReportDocument:
    tr = labels if labels is not None else project_labels(project)
    title, coder_names = _title_block(project)
    with project.unit_of_work() as uow:
        themes, code_sets, coverages, segments, seg_case, cases = coverages_in(uow)
        codes = uow.codes.all()
    names = {t.id: t.name for t in themes}
    per_theme = {t.id: [s[0] for s in segments if s[2] in code_sets[t.id]] for t in themes}
    wanted = sorted({i for ids in per_theme.values() for i in ids})
    rows = {r["segment_id"]: r for r in segment_rows(project, segment_ids=wanted)} if wanted else {}
    out = []
    for theme, depth in _theme_order(themes):
        cov = coverages[theme.id]
        own_rows = [rows[i] for i in per_theme[theme.id] if i in rows]
        # the longest extract per case reads best in a report; keep it under ~80 words
        own_rows.sort(key=lambda r: -min(len(r["text"]), 500))
        warnings = []
        if cov.thin:
            warnings.append(tr("thin: found in fewer than 20 % of cases ({cases})", cases=cov.cases_label))
        warnings += [tr("overlaps {theme} ({share} % of its segments co-occur)", theme=names[o], share=f"{100 * s:.0f}")
                     for o, s in sorted(cov.overlapping.items())]
        out.append(ReportTheme(
            name=theme.name, depth=depth, status=theme.status.value, definition=theme.definition,
            narrative=theme.narrative, codes=tuple(code_path(codes, c) for c in theme.code_ids if c in codes),
            sub_themes=tuple(names[s] for s in sub_themes(themes, theme.id) if s in names
                             and next(t for t in themes if t.id == s).parent_id == theme.id),
            frequency=Frequency(cov.segments, cov.documents, cov.cases_covered), cases_total=cov.cases_total,
            quotes=tuple(_pick_quotes(own_rows, quotes_per_theme)), warnings=tuple(warnings),
        ))
    tmap, membership = _report_map(project, themes, codes)
    return ThemeReportDocument(
        title="Thematic report", project=title, date=utcnow().strftime("%Y-%m-%d"), coders=tuple(coder_names),
        themes=tuple(out), thematic_map=tmap, map_membership=membership, map_png=map_png, labels=tr,
    )


def export_report_docx(project: Project, path: str | Path, *, map_png: bytes | None = None,
                       language: str | None = None) -> OpResult[ExportSummary]:
    """Write the thematic report; ``map_png`` (e.g. the UI's canvas) replaces the drawn map;
    ``language`` (en, ru, uz) overrides the project's output language for this file."""
    labels = project_labels(project, language)
    ensure_export_allowed(project)  # pseudonymised exports only (issue 13)
    model = report_model(project, map_png=map_png, labels=labels)
    write_theme_report_docx(model, path)
    _stamp(project, REPORT_EXPORTED)
    return OpResult(ExportSummary(str(path), "report-docx", len(model.themes)), Changes())


def export_segments_table(project: Project, path: str | Path) -> OpResult[ExportSummary]:
    """Every coded segment with document, case, speaker, code path, coder and text (.csv/.xlsx)."""
    ensure_export_allowed(project)  # pseudonymised exports only (issue 13)
    p = Path(path)
    rows = segment_rows(project)
    table = [[r.get(c) if c != "segment_id" else r["segment_id"] for c in SEGMENT_COLUMNS] for r in rows]
    if p.suffix.casefold() == ".xlsx":
        write_rows_xlsx(p, "Coded segments", SEGMENT_COLUMNS, table,
                        widths={"document": 20, "code": 30, "text": 70, "memo": 30})
    elif p.suffix.casefold() == ".csv":
        write_rows_csv(p, SEGMENT_COLUMNS, table)
    else:
        raise ValueError(f"Coded segments can be written as .csv or .xlsx, not {p.suffix or 'no extension'}.")
    return OpResult(ExportSummary(str(p), "segments", len(rows)), Changes())


def export_codebook(project: Project, path: str | Path, *, language: str | None = None) -> OpResult[ExportSummary]:
    """Codebook as a table (.csv, .xlsx; .docx means the full Word codebook, in ``language``).

    The CSV/XLSX column names stay English whatever the language: they are read back by
    the codebook import."""
    ensure_export_allowed(project)  # pseudonymised exports only (issue 13)
    if Path(path).suffix.casefold() == ".docx":
        return export_codebook_docx(project, path, language=language)
    n = export_codebook_table(project, path).value
    return OpResult(ExportSummary(str(path), "codebook-table", n), Changes())


def _stamp(project: Project, key: str) -> None:
    if project.read_only:  # exporting a read-only project works; it just cannot record that it happened
        return
    with project.unit_of_work() as uow:
        uow.meta.set(key, utcnow().isoformat(timespec="seconds"))


def write_bytes_atomically(path: str | Path, data: bytes) -> None:
    """Write a whole file (a PNG or SVG the UI rendered) so a kill or a full disk leaves the
    previous file, never a torn one (see :mod:`qualcode.io.atomic_write`)."""
    atomic_save(path, lambda fh: fh.write(data))


def spreadsheet_safe(text: str) -> str:
    """A cell for text a user pastes into a spreadsheet: a leading ``= + - @`` (or tab/CR)
    gets a ``'`` so Excel or LibreOffice show it instead of running it as a formula."""
    return str(csv_cell(text))

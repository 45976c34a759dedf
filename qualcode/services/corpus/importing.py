"""Importing transcripts: parse many files, then store them all in ONE transaction.

Either every file lands or (on an error, unless ``skip_bad``) none does; a
cancelled import leaves the project unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from pathlib import Path

from qualcode.core.case import SpeakerMapping
from qualcode.core.changes import Changes, OpResult
from qualcode.core.document import Document, DocumentKind
from qualcode.core.errors import InputFileError, QualCodeError
from qualcode.io.transcripts import FORMATS, ParsedTranscript, TurnPatterns
from qualcode.io.transcripts.batch import ParseStream, iter_parse_many
from qualcode.io.transcripts.compact import CompactTranscript, compact
from qualcode.services.corpus.import_plan import (  # noqa: F401 - re-exported for the UI
    FilePlan,
    SpeakerPlan,
    looks_like_interviewer,
)
from qualcode.services.corpus.parse_ahead import check_encoding
from qualcode.services.corpus.proposals import ImportOverrides, propose_plan
from qualcode.storage.project import Project

ProgressFn = Callable[[int, int, str], None]
_BATCH = 50  # files per bulk insert: few statements, and fewer than the files parsed ahead (workers never wait)
CancelFn = Callable[[], bool]

#: Transcript file extensions -> format name (the UI reaches io only through services,
#: and takes ``ParsedTranscript`` from here too).
TRANSCRIPT_FORMATS = FORMATS


class ImportCancelled(QualCodeError):
    """The user cancelled; nothing was stored."""


@dataclass(frozen=True)
class ImportedFile:
    path: str
    document_id: int | None
    format: str
    encoding: str | None
    turns: int
    speakers: dict[str, int]
    warnings: tuple[str, ...] = ()
    error: str | None = None
    interviewers: tuple[str, ...] = ()  # speaker names whose turns count for no case
    cases: tuple[str, ...] = ()  # case keys this document's participants are linked to


def default_plan(path: Path, parsed: ParsedTranscript | CompactTranscript, kind: DocumentKind, *,
                 case_from_filename: bool = False, overrides: ImportOverrides | None = None) -> FilePlan:
    """The proposed plan (services/corpus/proposals.py): interviewers by label or by the
    questions they ask; an interview's participant counts for a case named after them
    (or the file); a focus group's speakers each become a case."""
    over = overrides or ImportOverrides(case_from_filename=case_from_filename)
    if case_from_filename and not over.case_from_filename:
        over = replace(over, case_from_filename=True)
    return propose_plan(path, parsed, kind, over)


def preview_transcripts(paths: Sequence[str | Path], *, patterns: TurnPatterns | None = None,
                        workers: int = 1, encoding: str | None = None,
                        ) -> list[tuple[Path, ParsedTranscript | InputFileError]]:
    """Parse files without storing anything (for the preview dialog).

    ``encoding`` forces the codec of plain-text files (txt, md, srt, vtt, html).
    """
    check_encoding(encoding)
    return list(iter_parse_many([str(p) for p in paths], workers=workers, patterns=patterns, encoding=encoding))


def import_transcripts(
    project: Project, paths: Sequence[str | Path], *, kind: DocumentKind = DocumentKind.INTERVIEW,
    case_from_filename: bool = False, skip_bad: bool = False, patterns: TurnPatterns | None = None,
    plans: dict[str, FilePlan] | None = None, parsed: dict[str, ParsedTranscript] | None = None,
    progress: ProgressFn | None = None, cancel: CancelFn | None = None, workers: int = 2,
    encoding: str | None = None, overrides: ImportOverrides | None = None, stream: ParseStream | None = None,
) -> OpResult[list[ImportedFile]]:
    """Import transcripts in one transaction.

    ``encoding`` forces the codec of plain-text files (txt, md, srt, vtt,
    html); others are detected. Files without a plan get the proposal of
    services/corpus/proposals.py, with ``overrides`` winning. ``stream`` is a parse already
    started for ``paths`` (:func:`qualcode.services.corpus.parse_ahead.start_parsing`, so the
    workers read while the caller opened the project); it is closed here whatever happens.
    With ``skip_bad`` a file that cannot be read
    -- for whatever reason, a reader's own failure included -- is reported
    with its error and the others are stored.

    Raises
    ------
    ValidationError
        ``encoding`` is not a known codec; nothing is read.
    InputFileError
        The first bad file (unless ``skip_bad``); nothing is stored.
    ImportCancelled
        ``cancel()`` returned True; nothing is stored.
    """
    names = [str(p) for p in paths]
    try:
        if stream is not None and stream.names != names:
            raise ValueError("the parse stream was started for other files")
        check_encoding(encoding)
        results = stream if stream is not None else _stream(names, parsed, patterns, workers, encoding)
    except BaseException:
        if stream is not None:
            stream.close()
        raise
    try:
        # closing: on an error or a cancel the parse workers stop before the rollback, not at garbage collection
        with project.unit_of_work() as uow, closing(results):
            report = _import_stream(uow, results, len(names), kind=kind, case_from_filename=case_from_filename,
                                    skip_bad=skip_bad, plans=plans, progress=progress, cancel=cancel,
                                    overrides=overrides)
    finally:
        results.close()  # also when the unit of work could not begin
    # files that failed (skip_bad) were appended as they came; keep the caller's order
    order = {name: i for i, name in enumerate(names)}
    report.sort(key=lambda r: order.get(r.path, 0))
    return OpResult(report, Changes(documents=True, cases=True))


def _import_stream(uow: object, results: Iterable[tuple[Path, CompactTranscript | InputFileError]], total: int, *,
                   kind: DocumentKind, case_from_filename: bool, skip_bad: bool, plans: dict[str, FilePlan] | None,
                   progress: ProgressFn | None, cancel: CancelFn | None,
                   overrides: ImportOverrides | None) -> list[ImportedFile]:
    """Store what ``results`` yields, ``_BATCH`` files at a time, inside ``uow``."""
    report: list[ImportedFile] = []
    batch: list[tuple[Path, CompactTranscript, FilePlan]] = []
    for index, (path, result) in enumerate(results):
        if cancel is not None and cancel():
            raise ImportCancelled("Import cancelled; nothing was imported.")
        if progress is not None:
            progress(index, total, path.name)
        if isinstance(result, InputFileError):
            if not skip_bad:
                raise result
            report.append(ImportedFile(str(path), None, "", None, 0, {}, error=str(result)))
            continue
        plan = (plans or {}).get(str(path)) or default_plan(
            path, result, kind, case_from_filename=case_from_filename, overrides=overrides)
        batch.append((path, result, plan))
        if len(batch) >= _BATCH:
            report.extend(_store_batch(uow, batch))
            batch = []
    report.extend(_store_batch(uow, batch))
    if cancel is not None and cancel():
        raise ImportCancelled("Import cancelled; nothing was imported.")
    if progress is not None:
        progress(total, total, "")
    return report


_Parsed = Generator[tuple[Path, CompactTranscript | InputFileError], None, None]


def _given(names: list[str], parsed: dict[str, ParsedTranscript]) -> _Parsed:
    return ((Path(n), compact(parsed[n])) for n in names)


def _stream(names: list[str], parsed: dict[str, ParsedTranscript] | None, patterns: TurnPatterns | None,
            workers: int, encoding: str | None) -> _Parsed | ParseStream:
    if parsed is not None and all(n in parsed for n in names):
        return _given(names, parsed)
    return ParseStream(names, workers=workers, patterns=patterns, encoding=encoding)


def _store_batch(uow: object, batch: list[tuple[Path, CompactTranscript, FilePlan]]) -> list[ImportedFile]:
    """Store a batch of files in a handful of statements (cases, documents+turns, mappings)."""
    if not batch:
        return []
    keys = {plan.case_key for _, _, plan in batch if plan.case_key}
    keys |= {sp.case_key for _, _, plan in batch for sp in plan.speakers.values() if sp.case_key}
    case_ids = uow.cases.ensure_keys(keys)  # type: ignore[attr-defined]
    items = []
    counts = []
    for path, parsed, plan in batch:
        renamed = {old: sp.name for old, sp in plan.speakers.items() if sp.name != old}
        counts.append(_renamed_counts(parsed.speakers, renamed))
        # the language (by script: ru / uz / en, found by the parse worker) picks lemma tables
        doc = Document(0, plan.name, parsed.text, plan.kind, language=parsed.language, source_name=path.name,
                       source_hash=parsed.source_hash, case_id=case_ids.get(plan.case_key or ""))
        items.append((doc, parsed.renamed(renamed)))
    ids = uow.documents.add_many(items)  # type: ignore[attr-defined]
    uow.cases.add_speaker_mappings([  # type: ignore[attr-defined]
        SpeakerMapping(doc_id, sp.name, case_ids.get(sp.case_key or ""), sp.is_interviewer)
        for doc_id, (_, _, plan) in zip(ids, batch) for sp in plan.speakers.values()
    ])
    return [
        ImportedFile(path=str(path), document_id=doc_id, format=parsed.format, encoding=parsed.encoding,
                     turns=parsed.turn_count, speakers=speakers, warnings=parsed.warnings,
                     interviewers=tuple(sp.name for sp in plan.speakers.values() if sp.is_interviewer),
                     cases=_linked_cases(plan))
        for doc_id, (path, parsed, plan), speakers in zip(ids, batch, counts)
    ]


def _linked_cases(plan: FilePlan) -> tuple[str, ...]:
    keys = (plan.case_key, *(sp.case_key for sp in plan.speakers.values()))
    return tuple(dict.fromkeys(k for k in keys if k))


def _renamed_counts(counts: dict[str, int], renamed: dict[str, str]) -> dict[str, int]:
    """Turns per speaker after renaming (two speakers renamed alike are counted together),
    in order of first appearance."""
    if not renamed:
        return dict(counts)
    out: dict[str, int] = {}
    for speaker, n in counts.items():
        name = renamed.get(speaker, speaker)
        out[name] = out.get(name, 0) + n
    return out

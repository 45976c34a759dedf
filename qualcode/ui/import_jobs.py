"""The slow parts of importing, as module-level functions for a FunctionWorker.

They take plain values (paths, plans, the project handle) plus the worker's
``cancel`` and ``progress`` callables, never a widget or the session, so they can
be tested without Qt (STYLE.md §5).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from qualcode.core.changes import OpResult
from qualcode.core.errors import InputFileError
from qualcode.services.corpus.documents import list_cases
from qualcode.services.corpus.importing import (
    FilePlan,
    ImportCancelled,
    ImportedFile,
    ParsedTranscript,
    import_transcripts,
    preview_transcripts,
)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
PreviewResult = list[tuple[Path, ParsedTranscript | InputFileError]]


def parse_for_preview(paths: Sequence[str | Path], *, cancel: Cancel, progress: Progress) -> PreviewResult:
    """Parse each file (nothing is stored); one bad file never stops the others.

    Raises
    ------
    ImportCancelled
        When ``cancel()`` turns true between two files.
    """
    results: PreviewResult = []
    total = len(paths)
    for index, path in enumerate(paths):
        if cancel():
            raise ImportCancelled(QCoreApplication.translate("ImportJobs", "Reading the files was cancelled."))
        progress(index, total)
        # One file per call keeps cancel responsive; the batch reader is serial here anyway.
        results.extend(preview_transcripts([path]))
    progress(total, total)
    return results


@dataclass(frozen=True)
class TranscriptImportOutcome:
    """What an import stored: the per-file report and the cases it created (for undo)."""

    result: OpResult[list[ImportedFile]]
    created_case_ids: tuple[int, ...]

    @property
    def document_ids(self) -> tuple[int, ...]:
        return tuple(f.document_id for f in self.result.value if f.document_id is not None)


def run_transcript_import(
    project: object, paths: Sequence[str], *, parsed: dict[str, ParsedTranscript], plans: dict[str, FilePlan],
    skip_bad: bool, cancel: Cancel, progress: Progress,
) -> TranscriptImportOutcome:
    """Store the already parsed files with the user's plans, in one transaction.

    Raises
    ------
    ImportCancelled
        ``cancel()`` turned true; the service rolled back, nothing is stored.
    InputFileError
        A bad file when ``skip_bad`` is false; nothing is stored.
    """
    before = {c.id for c in list_cases(project)}  # type: ignore[arg-type]
    result = import_transcripts(
        project, list(paths), parsed=parsed, plans=plans, skip_bad=skip_bad,  # type: ignore[arg-type]
        progress=lambda done, total, _name: progress(done, total), cancel=cancel,
    )
    created = tuple(c.id for c in list_cases(project) if c.id not in before)  # type: ignore[arg-type]
    return TranscriptImportOutcome(result, created)

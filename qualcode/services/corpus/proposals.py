"""Who is the interviewer and which case each participant counts for, proposed at import.

The import dialog and ``qualcode import`` share these proposals, so a transcript
imported either way links the same participants to the same cases:

- **interview**: the interviewer is the speaker labelled so ("Interviewer", "I:",
  "Q:", "Int", "Moderator", Russian "Интервьюер", "И:", "В:", "Модератор", "Ведущий",
  Uzbek "Intervyuer", "Tadqiqotchi", "Тадқиқотчи" ...; see import_plan._INTERVIEWER), otherwise the speaker who asks the most
  questions; the case is the other speaker's name, or the file name when that
  speaker has a generic label ("Respondent", "R", "P", "Респондент", "Р", "Участник",
  Uzbek "Suhbatdosh"/"Суҳбатдош" -- the interviewee, not the interviewer --, "Ishtirokchi", ...) or there are several;
- **focus group**: the moderator is found the same way; every other speaker
  becomes a case of their own;
- **field notes**: nobody is an interviewer; the case comes from the file name
  only when asked.

``unlinked_participants`` names the speakers who would count for no case, so
the caller can warn before importing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from qualcode.core.document import DocumentKind
from qualcode.core.errors import ValidationError
from qualcode.io.transcripts import NO_SPEAKER
from qualcode.services.corpus.import_plan import (
    FilePlan,
    SpeakerPlan,
    looks_like_interviewer,
)
from qualcode.storage.project import Project

# Generic participant labels (the case is then the file name): English; Russian (Р = респондент,
# О = ответ "answer"); Uzbek Latin and Cyrillic (suhbatdosh "conversation partner", ishtirokchi
# "participant").
_GENERIC = re.compile(
    r"^(respondent|participant|interviewee|informant|subject|speaker|r|p|a|b|s|answer"
    r"|респондент|респондентка|участник|участница|информант|р|о|ответ"
    r"|suhbatdosh|ishtirokchi|respondent|суҳбатдош|иштирокчи)\s*\d*$", re.IGNORECASE)


@dataclass(frozen=True)
class ImportOverrides:
    """Choices that replace the proposal (``--interviewer`` / ``--case`` in the CLI).

    Attributes
    ----------
    interviewers:
        Speaker names (case-insensitive) that are the interviewer(s); every other
        speaker is a participant.
    case:
        The case every participant of an interview counts for.
    case_from_filename:
        An interview's case is the file name (``P07.docx`` -> ``P07``).
    """

    interviewers: tuple[str, ...] = ()
    case: str | None = None
    case_from_filename: bool = False


def question_counts(parsed: object) -> dict[str, int]:
    """How many question marks each speaker's turns contain (ParsedTranscript or CompactTranscript)."""
    text: str = getattr(parsed, "text", "")
    counts: dict[str, int] = {}
    rows = getattr(parsed, "rows", None)
    if rows is None:
        rows = [(t.speaker, t.span.start, t.span.end, t.timestamp) for t in getattr(parsed, "turns", ())]
    for speaker, start, end, _ts in rows:
        counts[speaker] = counts.get(speaker, 0) + text.count("?", start, end)
    return counts


def propose_interviewers(parsed: object, kind: DocumentKind) -> set[str]:
    """The speaker(s) who lead the conversation: labelled so, else the one asking most questions."""
    speakers = [s for s in getattr(parsed, "speakers", {}) if s != NO_SPEAKER]
    if kind == DocumentKind.FIELD_NOTES or not speakers:
        return set()
    labelled = {s for s in speakers if looks_like_interviewer(s)}
    if labelled or len(speakers) < 2:
        return labelled
    questions = question_counts(parsed)
    ranked = sorted(speakers, key=lambda s: questions.get(s, 0), reverse=True)
    top, second = questions.get(ranked[0], 0), questions.get(ranked[1], 0)
    # only a clear leader: ties (or nobody asking) propose nobody, and the user decides
    return {ranked[0]} if top > 0 and top > second else set()


def propose_plan(path: Path, parsed: object, kind: DocumentKind,
                 overrides: ImportOverrides | None = None) -> FilePlan:
    """The proposed :class:`FilePlan` of one transcript (see the module docstring).

    Parameters
    ----------
    path:
        The transcript file; its stem is the document name and the fallback case.
    parsed:
        A ``ParsedTranscript`` or ``CompactTranscript``.
    kind:
        What the file is.
    overrides:
        Choices that win over the proposal.

    Returns
    -------
    FilePlan
        Interviewer flags and a case for every participant.

    Raises
    ------
    ValidationError
        ``overrides.interviewers`` names none of the file's speakers.
    """
    over = overrides or ImportOverrides()
    speakers = list(getattr(parsed, "speakers", {}))
    if over.interviewers:
        wanted = {name.casefold() for name in over.interviewers}
        interviewers = {s for s in speakers if s.casefold() in wanted}
        if speakers and speakers != [NO_SPEAKER] and not interviewers:
            raise ValidationError(
                f"{path.name}: no speaker is called {' or '.join(map(repr, over.interviewers))}; "
                f"its speakers are {', '.join(s for s in speakers if s != NO_SPEAKER)}.")
    else:
        interviewers = propose_interviewers(parsed, kind)
    participants = [s for s in speakers if s not in interviewers and s != NO_SPEAKER]
    case_key = _document_case(path, kind, participants, over)
    plans: dict[str, SpeakerPlan] = {}
    for speaker in speakers:
        if speaker in interviewers:
            key = None
        elif kind == DocumentKind.FOCUS_GROUP and speaker != NO_SPEAKER:
            key = over.case or speaker
        else:
            key = case_key
        plans[speaker] = SpeakerPlan(speaker, speaker in interviewers, key)
    return FilePlan(path, path.stem, kind, case_key, plans)


def _document_case(path: Path, kind: DocumentKind, participants: list[str], over: ImportOverrides) -> str | None:
    if kind == DocumentKind.FOCUS_GROUP:
        return None  # each participant is their own case
    if over.case:
        return over.case
    if over.case_from_filename:
        return path.stem
    if kind == DocumentKind.FIELD_NOTES:
        return None
    if len(participants) == 1 and not _GENERIC.match(participants[0].strip()):
        return participants[0]
    return path.stem


def unlinked_participants(plan: FilePlan, has_turns: bool = True) -> list[str]:
    """Speakers of ``plan`` who are no interviewer and would count for no case.

    A document without speaker turns counts as one participant (``NO_SPEAKER``)
    when it has no case. Field notes have no participants.
    """
    if plan.kind == DocumentKind.FIELD_NOTES:
        return []
    unlinked = [sp.name for sp in plan.speakers.values() if not sp.is_interviewer and sp.case_key is None
                and (sp.name != NO_SPEAKER or plan.case_key is None)]
    if not plan.speakers and not has_turns and plan.case_key is None:
        unlinked.append(NO_SPEAKER)
    return unlinked


def plan_interviewers(plan: FilePlan) -> list[str]:
    """The names (after renaming) of the plan's interviewers."""
    return [sp.name for sp in plan.speakers.values() if sp.is_interviewer]


def plan_cases(plan: FilePlan) -> list[str]:
    """The case keys the plan links (the document's first, then the speakers', no repeats)."""
    keys = [plan.case_key, *(sp.case_key for sp in plan.speakers.values())]
    return list(dict.fromkeys(k for k in keys if k))


def transcripts_without_case(project: Project) -> list[str]:
    """Names of the interviews and focus groups none of whose participants counts for a case.

    Their coded segments count for nobody in the case table, the regression and
    the joint displays; the regression panel and the survey link report say how
    many there are.
    """
    with project.unit_of_work() as uow:
        headers = uow.documents.list_headers()
        linked = {m.document_id for m in uow.cases.speaker_mappings()
                  if m.case_id is not None and not m.is_interviewer}
    transcript_kinds = {DocumentKind.INTERVIEW.value, DocumentKind.FOCUS_GROUP.value}
    return [h.name for h in headers if getattr(h.kind, "value", h.kind) in transcript_kinds and h.case_id is None and h.id not in linked]

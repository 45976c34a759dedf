"""Speaker-turn detection: one compiled regex pass over the text.

A transcript line may open a turn (``Interviewer: ...``, ``[id1] ...``,
``[00:01:23] Name: ...``), carry only a timestamp for the next turn
(``[00:00:01:03]`` in mission transcripts), or be a directive that belongs to
no turn (Spacelog ``_page : 8``). Every other line continues the current turn.
All patterns are merged into one alternation so the text is scanned once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from itertools import islice, repeat
from operator import add, attrgetter
from typing import cast

from qualcode.core.document import Turn
from qualcode.core.span import Span

# A timestamp: [-]mm:ss, hh:mm:ss or dd:hh:mm:ss, optional .ms or ,ms.
TIMESTAMP = r"-?\d{1,3}(?::\d{1,2}){1,3}(?:[.,]\d{1,3})?"
# A speaker name: up to four words. Plausibility (capitals) is checked after.
NAME = r"[^\W\d_][\w.'’&/-]*(?:[ ][\w.'’&/-]+){0,3}"
# NAME matched without backtracking, for the default labels (about 20% less regex time on a bulk
# import; the matches are the same, tests/io/transcripts/test_label_patterns_equal.py checks them
# against the plain patterns). A NAME can only end at the end of a word or inside one, and:
# - _NAME_ONCE (atomic: only the longest NAME is tried) where what follows the name must start,
#   after optional blanks, with a character that is neither a name character nor a space (":",
#   "(", "[", a tab): every shorter NAME is followed by a name character or by a space and a
#   name character, so it could not have matched either;
# - _NAME_WORDS (possessive inside each word: only whole words are tried) where what follows
#   starts with a blank: a NAME ending inside a word is followed by a name character.
# Labels where a name character may follow (the Markdown "__" form) keep the plain NAME.
_NAME_ONCE = rf"(?>{NAME})"
_NAME_WORDS = r"[^\W\d_][\w.'’&/-]*+(?:[ ][\w.'’&/-]++){0,3}"
# The colon after a label must be followed by a blank or the line end, so that
# "10:30" or "http://" never read as labels.
COLON = r":(?=[ \t]|$)[ \t]*"
ROLE_WORDS = (
    r"(?:Interviewer|Interviewee|Respondent|Participant|Moderator|Facilitator"
    r"|Speaker(?: \d+)?|Researcher|Student|Teacher"
    # Russian, Uzbek Latin and Uzbek Cyrillic roles
    r"|Интервьюер|Респондент|Модератор|Участник(?: \d+)?|Участница(?: \d+)?|Исследователь"
    r"|Intervyuer|Suhbatdosh|Respondent|Ishtirokchi(?: \d+)?|Tadqiqotchi"
    r"|Суҳбатдош|Иштирокчи(?: \d+)?|Тадқиқотчи)"
)

DEFAULT_LABELS: tuple[re.Pattern[str], ...] = (
    # [00:01:23] Name: text
    re.compile(rf"\[(?P<ts>{TIMESTAMP})\][ \t]*(?P<speaker>{_NAME_ONCE}){COLON}"),
    # Name (00:01:23): text   and   Name [00:01:23]: text
    re.compile(rf"(?P<speaker>{_NAME_ONCE})[ \t]*[(\[](?P<ts>{TIMESTAMP})[)\]]{COLON}"),
    # 00:01:23 Name: text
    re.compile(rf"(?P<ts>{TIMESTAMP})[ \t]+(?P<speaker>{_NAME_ONCE}){COLON}"),
    # Otter-style label line: "Speaker 1  0:03" alone, utterance on next lines
    re.compile(rf"(?P<speaker>{_NAME_WORDS})[ \t]+(?P<ts>{TIMESTAMP})[ \t]*$"),
    # QualCoder style [id1], [P3], [Interviewer]; never [laughs] or [crosstalk]
    re.compile(r"\[(?P<speaker>[A-Za-zА-Яа-яЁё]{1,12}[ ]?\d{1,4}|" + ROLE_WORDS + r")\][ \t:]*"),
    # **Interviewer:** text  /  **Interviewer**: text (Markdown)
    re.compile(rf"(?:\*\*|__)(?P<speaker>{NAME})(?::(?:\*\*|__)|(?:\*\*|__):)[ \t]*"),
    # Interviewer: / I: / P3: / Speaker 2: / CDR: text
    re.compile(rf"(?P<speaker>{_NAME_ONCE}){COLON}"),
    # Name<TAB>text (tables exported to text, docx speaker|utterance tables)
    re.compile(rf"(?P<speaker>{_NAME_ONCE})\t[ \t]*(?=\S)"),
)

DEFAULT_TIMESTAMP_LINES: tuple[re.Pattern[str], ...] = (
    # [00:01:23] or [-00:00:00:10] or 00:01:23 alone on a line
    re.compile(rf"[ \t]*\[?(?P<ts>{TIMESTAMP})\]?[ \t]*$"),
)

DEFAULT_IGNORE_LINES: tuple[re.Pattern[str], ...] = (
    # Spacelog directives: _page : 8, _tape : Tape 1/1, _extra : CANARY (REV 1)
    re.compile(r"_[a-z]+[ \t]*:.*$"),
)

# Header words that look like labels but are not speakers ("Date: 3 May").
DEFAULT_NOT_SPEAKERS = frozenset(
    {
        "date", "time", "place", "location", "duration", "title", "subject",
        "note", "notes", "nb", "ps", "re", "transcript", "interview", "recording",
        "file", "project", "page", "tape", "http", "https", "source", "length",
        # Russian
        "дата", "время", "место", "длительность", "продолжительность", "примечание", "примечания",
        "тема", "файл", "проект", "страница", "источник", "расшифровка", "интервью", "запись",
        # Uzbek (Latin and Cyrillic)
        "sana", "vaqt", "joy", "davomiyligi", "izoh", "mavzu", "fayl", "loyiha", "sahifa", "manba",
        "сана", "вақт", "жой", "изоҳ", "мавзу", "лойиҳа", "саҳифа", "манба",
    }
)
# Lower-case name particles allowed inside a multi-word speaker name.
NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "al", "y"}
)
NO_SPEAKER = "(no speaker)"


@dataclass(frozen=True)
class TurnPatterns:
    """The regexes that recognise speaker labels.

    Each pattern is matched at the start of a line (``re.MULTILINE`` is added).
    Label patterns need a ``speaker`` group and may have a ``ts`` group; the
    utterance starts where the match ends. Timestamp-line patterns need a
    ``ts`` group; that time goes to the next turn. Ignore-line patterns mark
    lines that belong to no turn. Earlier label patterns win.

    Examples
    --------
    >>> extra = re.compile(r"(?P<speaker>Q|A)\\.[ \\t]+")
    >>> patterns = TurnPatterns().with_labels(extra)
    """

    labels: tuple[re.Pattern[str], ...] = DEFAULT_LABELS
    timestamp_lines: tuple[re.Pattern[str], ...] = DEFAULT_TIMESTAMP_LINES
    ignore_lines: tuple[re.Pattern[str], ...] = DEFAULT_IGNORE_LINES
    not_speakers: frozenset[str] = DEFAULT_NOT_SPEAKERS
    require_capital: bool = True
    max_speaker_length: int = 40

    def with_labels(self, *patterns: re.Pattern[str], replace_defaults: bool = False) -> TurnPatterns:
        """A copy with ``patterns`` tried before (or instead of) the current labels."""
        labels = tuple(patterns) if replace_defaults else tuple(patterns) + self.labels
        return replace(self, labels=labels)

    @cached_property
    def combined(self) -> re.Pattern[str]:
        """All patterns as one alternation with prefixed group names."""
        parts = []
        for prefix, group in (("L", self.labels), ("T", self.timestamp_lines), ("X", self.ignore_lines)):
            for index, pattern in enumerate(group):
                key = f"{prefix}{index}"
                source = re.sub(r"\(\?P<(\w+)>", rf"(?P<{key}_\1>", pattern.pattern)
                source = re.sub(r"\(\?P=(\w+)\)", rf"(?P={key}_\1)", source)
                if pattern.flags & re.IGNORECASE:
                    source = f"(?i:{source})"
                parts.append(f"(?P<{key}>{source})")
        return re.compile("(?:" + "|".join(parts) + ")", re.MULTILINE)

    @cached_property
    def combined_after_newline(self) -> re.Pattern[str]:
        """:attr:`combined` preceded by a newline.

        The literal ``\\n`` prefix lets the regex engine jump from line to
        line with a fast search instead of trying every character.
        """
        return re.compile("\n" + self.combined.pattern, re.MULTILINE)

    def is_speaker(self, name: str) -> bool:
        """Whether ``name`` is a plausible speaker label."""
        if not name or len(name) > self.max_speaker_length:
            return False
        if name.casefold() in self.not_speakers:
            return False
        # Codes with digits (id1, p3) are labels whatever their case.
        if not self.require_capital or any(c.isdigit() for c in name):
            return True
        return all(
            word[0].isupper() or word[0].isdigit() or word in NAME_PARTICLES
            for word in name.split(" ")
            if word
        )


@dataclass
class TurnDetection:
    """Turns found in a text, with notes for the researcher."""

    turns: list[Turn] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_timestamp(value: str) -> float:
    """Seconds of ``[-][[dd:]hh:]mm:ss[.fff]`` (brackets allowed).

    >>> parse_timestamp("[-00:00:00:10]")
    -10.0
    >>> parse_timestamp("01:02:03,5")
    3723.5
    """
    value = value.strip().strip("[]()")
    negative = value.startswith("-")
    fields = value.lstrip("-").replace(",", ".").split(":")
    seconds = float(fields[-1])
    if len(fields) > 1:
        seconds += int(fields[-2]) * 60
    if len(fields) > 2:
        seconds += int(fields[-3]) * 3600
    if len(fields) > 3:
        seconds += int(fields[-4]) * 86400
    return -seconds if negative else seconds


_NON_SPACE = re.compile(r"\S")


# "Line N: the label has no text" is spelled out this many times, then summed up:
# a file of a million empty labels must not give a million warnings.
MAX_LINE_WARNINGS = 20


class TooManyTurns(Exception):
    """More speaker turns than the caller allows (``limit``)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"more than {limit:,} speaker turns")
        self.limit = limit


def _group_plan(patterns: TurnPatterns) -> dict[str, tuple[str, int, int]]:
    """For each alternative's group name: its kind and the group numbers of speaker and timestamp
    (0 when absent). Numbers index the ``combined_after_newline`` match as well: that pattern only
    prefixes a literal newline, so its groups are numbered the same."""
    index = patterns.combined.groupindex
    plan = {}
    for key in index:
        if "_" not in key:
            plan[key] = (key[0], index.get(key + "_speaker", 0), index.get(key + "_ts", 0))
    return plan


#: Bold ``(line_start, length)`` openings of the lines whose start is NOT in the given set, in text order.
BoldAt = Callable[[set[int]], list[tuple[int, int]]]

_Row = tuple  # (line_start, kind, speaker, timestamp, utterance_start): a tuple is cheaper than a class


def _seconds(raw: str) -> float:
    """:func:`parse_timestamp` of a timestamp group, with a shortcut for plain ``hh:mm:ss``
    (most stamps; a bulk import reads ~150,000 of them, nearly all different). The result
    is the same float: every part is a whole number well below 2**53, so the sum is exact."""
    if len(raw) <= 12 and raw[:1].isdigit():
        parts = raw.split(":")
        if len(parts) == 3:
            try:
                return float(int(parts[0]) * 3600 + int(parts[1]) * 60 + int(parts[2]))
            except ValueError:  # a fraction (.5 or ,25) or brackets: the general parser
                pass
    return parse_timestamp(raw)


def _scan(text: str, patterns: TurnPatterns, max_events: int | None = None) -> list[_Row]:
    """Events in text order: ``(line_start, kind, speaker, timestamp, utterance_start)`` with
    kind ``"label"``, ``"ts"`` or ``"ignore"``. About 300k labels are read per bulk import, so
    this loop avoids per-event objects, generators and group lookups by name."""
    events: list[_Row] = []
    append = events.append
    limit = max_events if max_events is not None else len(text) + 1
    plausible: dict[str, bool] = {}
    is_speaker = patterns.is_speaker
    plan = _group_plan(patterns)
    stamps: dict[str, float] = {}
    first = patterns.combined.match(text)
    # the first line is matched at 0; every other line after its newline (delta 1 skips it)
    for delta, matches in ((0, () if first is None else (first,)),
                           (1, patterns.combined_after_newline.finditer(text))):
        for match in matches:
            kind, speaker_group, ts_group = plan[match.lastgroup]  # type: ignore[index]
            if kind == "L":
                if ts_group:
                    speaker, raw_ts = match.group(speaker_group, ts_group)
                else:
                    speaker, raw_ts = match.group(speaker_group), None
                if "  " in speaker or "\t" in speaker:
                    speaker = " ".join(speaker.split())
                ok = plausible.get(speaker)
                if ok is None:
                    ok = plausible[speaker] = is_speaker(speaker)
                if not ok:
                    continue
                timestamp = None
                if raw_ts:
                    timestamp = stamps.get(raw_ts)
                    if timestamp is None:
                        timestamp = stamps[raw_ts] = _seconds(raw_ts)
                append((match.start() + delta, "label", speaker, timestamp, match.end()))
            elif kind == "T":
                append((match.start() + delta, "ts", "", parse_timestamp(match.group(ts_group)), 0))
            else:
                append((match.start() + delta, "ignore", "", None, 0))
            if len(events) > limit:
                raise TooManyTurns(limit)
    return events


_match_start = re.Match.start
_match_end = re.Match.end
_match_group = re.Match.group
_last_group = attrgetter("lastgroup")


def _label_rows(text: str, patterns: TurnPatterns, bold_prefixes: Sequence[tuple[int, int]],
                max_turns: int | None, bold_at: BoldAt | None = None) -> list[tuple[str, int, int, float | None]] | None:
    """The rows of :func:`detect_turn_rows` for the usual transcript, found with C-level ``map``s
    over the matches instead of a Python loop per turn (~300,000 turns in a bulk import); ``None``
    where the text needs the general path: a line that is a timestamp or directive, a label that
    is no plausible speaker, a label without text, a bold label the patterns did not find, or
    more matches than ``max_turns``. What it returns is what the general path returns."""
    plan = _group_plan(patterns)
    label_keys = {key for key, (kind, _, _) in plan.items() if kind == "L"}
    ts_groups = [ts for kind, _, ts in plan.values() if kind == "L" and ts]
    limit = max_turns if max_turns is not None else len(text) + 1
    first = patterns.combined.match(text)
    found = list(islice(patterns.combined_after_newline.finditer(text), limit + 1))
    matches = ([first] if first is not None else []) + found
    if not matches or len(matches) > limit:
        return None
    keys = list(map(_last_group, matches))
    if not label_keys.issuperset(keys):
        return None
    speaker_of = {key: plan[key][1] for key in label_keys}
    # A label without a timestamp group reads another alternative's timestamp group, which cannot
    # have taken part in this match: None, as the general path has.
    stamp_of = {}
    for key in label_keys:
        own = plan[key][2]
        other = next((g for g in ts_groups if g != own), 0) if not own else own
        if not other:
            return None
        stamp_of[key] = own or other
    raw_speakers = list(map(_match_group, matches, map(speaker_of.__getitem__, keys)))
    names = {}
    for speaker in set(raw_speakers):
        name = " ".join(speaker.split()) if "  " in speaker or "\t" in speaker else speaker
        if not patterns.is_speaker(name):
            return None
        names[speaker] = name
    line_starts = list(map(_match_start, found))
    line_starts = list(map((1).__add__, line_starts))  # after the newline the match starts with
    if first is not None:
        line_starts.insert(0, 0)
    if bold_prefixes and not {b[0] for b in bold_prefixes} <= set(line_starts):
        return None
    if bold_at is not None and bold_at(set(line_starts)):
        return None
    raw_stamps = list(map(_match_group, matches, map(stamp_of.__getitem__, keys)))
    seconds = {raw: _seconds(raw) for raw in set(raw_stamps) if raw}
    utterances = list(map(_match_end, matches))
    next_lines = line_starts[1:] + [len(text)]
    firsts: list[re.Match[str] | None] = list(map(_NON_SPACE.search, repeat(text), utterances, next_lines))
    if None in firsts:
        return None
    starts = list(map(_match_start, cast("list[re.Match[str]]", firsts)))
    lengths = map(len, map(str.rstrip, map(text.__getitem__, map(slice, starts, next_lines))))
    return list(zip(map(names.__getitem__, raw_speakers), starts, map(add, starts, lengths),
                    map(seconds.get, raw_stamps)))


def _bold_events(
    text: str, bold_prefixes: Iterable[tuple[int, int]], patterns: TurnPatterns
) -> list[_Row]:
    """Labels typed in bold without a colon (``**Interviewer** So ...`` in Word)."""
    events = []
    for line_start, length in bold_prefixes:
        label = text[line_start : line_start + length]
        if "\n" in label:
            continue
        speaker = " ".join(label.strip().rstrip(":").split())
        if not patterns.is_speaker(speaker):
            continue
        start = line_start + length
        while start < len(text) and text[start] in " \t:":
            start += 1
        if start < len(text) and text[start] != "\n":
            events.append((line_start, "label", speaker, None, start))
    return events


# "[Anna] text" / "[Интервьюер] text": a bracketed name opening a line. The default bracket
# label takes only codes with digits ([id1], [P3]) and role words, so that "[laughs]" never
# becomes a speaker; a name without digits is taken when the document itself shows it is a label
# (below, :func:`_with_bracket_names`).
_BRACKET_LINE = re.compile(r"^\[(?P<name>[^\W\d_][\w.'’-]*(?:[ ][\w.'’-]+){0,2})\][ \t:]*\S", re.MULTILINE)
_NOT_VOICES = frozenset(
    {
        "laughs", "laughter", "laughing", "laugh", "inaudible", "unintelligible", "indistinct", "crosstalk",
        "cross-talk", "overlapping", "overtalk", "pause", "silence", "music", "applause", "noise", "unclear",
        "coughs", "cough", "sighs", "sigh", "smiles", "nods", "cries", "crying", "interruption", "interrupted",
        "break", "end", "start", "recording", "sic", "redacted", "removed", "background", "phone", "knock",
        "смех", "смеётся", "смеется", "пауза", "неразборчиво", "тишина", "музыка", "вздыхает", "вздох",
        "кашель", "перебивает", "плачет", "kulgi", "pauza", "tushunarsiz", "кулги",
    }
)
_DEFAULT_BRACKET = DEFAULT_LABELS[4]


def _with_bracket_names(text: str, patterns: TurnPatterns) -> TurnPatterns:
    """``patterns`` plus the bracketed names (``[Anna]``) that are this document's speaker labels.

    A name counts when it is capitalised, not a stage direction ("[Laughs]", "[Pause]"), opens at
    least two lines, and bracketed labels (with the default ones, "[Interviewer]", "[id1]") open at
    least half the document's non-empty lines and name two or more speakers.
    """
    if not (text.startswith("[") or "\n[" in text):
        return patterns
    counts: dict[str, int] = {}
    for match in _BRACKET_LINE.finditer(text):
        name = match.group("name")
        counts[name] = counts.get(name, 0) + 1
    known = {n for n in counts if _DEFAULT_BRACKET.match(f"[{n}]")}
    names = {
        n for n, c in counts.items()
        if n not in known and c >= 2 and patterns.is_speaker(n) and n.casefold() not in _NOT_VOICES
    }
    if not names:
        return patterns
    labelled = sum(counts[n] for n in names | known)
    lines = sum(1 for line in text.split("\n") if line.strip())
    if len(names | known) < 2 or labelled * 2 < lines:
        return patterns
    alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return patterns.with_labels(re.compile(rf"\[(?P<speaker>{alternation})\][ \t:]*"))


def detect_turns(
    text: str,
    patterns: TurnPatterns | None = None,
    bold_prefixes: Sequence[tuple[int, int]] = (),
    *,
    max_turns: int | None = None,
) -> TurnDetection:
    """Find the speaker turns of a normalised text.

    Parameters
    ----------
    text:
        Normalised text (LF line ends); spans index it.
    patterns:
        The label patterns; :class:`TurnPatterns` defaults when ``None``.
    bold_prefixes:
        ``(line_start, length)`` of bold text opening a line, from word
        processors; used as a label where no pattern matched that line.
    max_turns:
        Stop with :class:`TooManyTurns` past this many labels, before
        the turns are built (a 10 MB file of ``A: b`` lines is 2 million
        turns and ~1 GB of memory); ``None`` for no limit.

    Returns
    -------
    TurnDetection
        Non-overlapping turns whose spans cover the utterance only (the
        label and timestamp stay outside), continuation lines included.
    """
    rows, warnings = detect_turn_rows(text, patterns, bold_prefixes, max_turns=max_turns)
    return TurnDetection([Turn(speaker, Span(start, end), ts) for speaker, start, end, ts in rows], warnings)


def detect_turn_rows(
    text: str,
    patterns: TurnPatterns | None = None,
    bold_prefixes: Sequence[tuple[int, int]] = (),
    *,
    max_turns: int | None = None,
    bold_at: BoldAt | None = None,
) -> tuple[list[tuple[str, int, int, float | None]], list[str]]:
    """:func:`detect_turns` as plain ``(speaker, start, end, timestamp)`` rows and the warnings.

    The bulk import's form: no ``Turn``/``Span`` objects (their validation runs once over
    the rows, in :func:`qualcode.core.document.validate_turn_rows`). ``bold_at`` gives bold
    line openings on demand (a reader that finds them only for the lines asked about: those
    whose start is not in the set it is given); it adds to ``bold_prefixes``.
    """
    patterns = _with_bracket_names(text, patterns or TurnPatterns())
    rows_only = _label_rows(text, patterns, bold_prefixes, max_turns, bold_at)
    if rows_only is not None:
        return rows_only, []
    events = _scan(text, patterns, max_turns)
    if bold_at is not None:  # only the lines no pattern took can open with a bold label
        bold_prefixes = [*bold_prefixes, *bold_at({e[0] for e in events})]
    if bold_prefixes:
        taken = {e[0] for e in events}
        extra = _bold_events(text, [b for b in bold_prefixes if b[0] not in taken], patterns)
        if extra:
            events = sorted(events + extra, key=lambda e: e[0])
            if max_turns is not None and len(events) > max_turns:
                raise TooManyTurns(max_turns)
    warnings: list[str] = []
    rows: list[tuple[str, int, int, float | None]] = []
    append = rows.append
    search = _NON_SPACE.search
    pending_ts: float | None = None
    # The open turn: speaker, timestamp, utterance start, label line start.
    speaker: str | None = None
    timestamp: float | None = None
    utterance = label_at = 0
    empty_labels = 0
    # A sentinel event closes the last turn at the end of the text.
    events.append((len(text), "end", "", None, 0))
    for line_start, kind, event_speaker, event_ts, utterance_start in events:
        if speaker is not None:
            first = search(text, utterance, line_start)
            if first is None:
                empty_labels += 1
                if empty_labels <= MAX_LINE_WARNINGS:
                    line = text.count("\n", 0, label_at) + 1
                    warnings.append(f"Line {line}: the label {speaker!r} has no text.")
            else:
                start = first.start()
                append((speaker, start, start + len(text[start:line_start].rstrip()), timestamp))
            speaker = None
        if kind == "label":
            speaker, utterance, label_at = event_speaker, utterance_start, line_start
            timestamp = event_ts if event_ts is not None else pending_ts
            pending_ts = None
        elif kind == "ts":
            pending_ts = event_ts
    if empty_labels > MAX_LINE_WARNINGS:
        warnings.append(f"... and {empty_labels - MAX_LINE_WARNINGS:,} more labels without text.")
    return rows, warnings

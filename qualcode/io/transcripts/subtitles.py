"""SubRip (.srt) and WebVTT (.vtt) subtitles: one stored line per cue.

Each cue becomes ``[hh:mm:ss.mmm] Speaker: text`` (or without the speaker),
its line breaks joined by spaces; the turn covers the text after the label
and carries the cue start in seconds.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from qualcode.core.document import Turn
from qualcode.core.errors import InputFileError
from qualcode.core.span import Span
from qualcode.core.text import normalise_text
from qualcode.io.transcripts.encoding import decode_text
from qualcode.io.transcripts.extracted import Extracted
from qualcode.io.transcripts.turns import MAX_LINE_WARNINGS, NAME, NO_SPEAKER, TurnPatterns

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}(?:\s.*)?$")
_VOICE = re.compile(r"<v(?:\.[^\s>]*)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>|\{\\[^}]*\}")
_LABEL = re.compile(rf"^(?P<speaker>{NAME}):[ \t]+")
_VTT_SKIP = ("NOTE", "STYLE", "REGION")
_LINES_PER_CUE = 4


class _Notes(list[str]):
    """Warnings, spelled out up to :data:`MAX_LINE_WARNINGS`, then only counted."""

    dropped = 0

    def add(self, message: str) -> None:
        if len(self) < MAX_LINE_WARNINGS:
            self.append(message)
        else:
            self.dropped += 1

    def final(self) -> tuple[str, ...]:
        more = (f"... and {self.dropped:,} more such notes.",) if self.dropped else ()
        return (*self, *more)


@dataclass
class _Cue:
    line: int
    start_ms: int
    lines: list[str]


def _millis(groups: tuple[str | None, ...]) -> int:
    hours, minutes, seconds, fraction = groups
    frac = (fraction or "0").ljust(3, "0")
    return ((int(hours or 0) * 60 + int(minutes or 0)) * 60 + int(seconds or 0)) * 1000 + int(frac)


def _clock(ms: int) -> str:
    seconds, millis = divmod(ms, 1000)
    minutes, seconds = divmod(seconds, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def _blocks(lines: list[str]) -> list[tuple[int, list[str]]]:
    """Blank-line separated blocks with the 1-based line number of their start."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not current:
                start = number
            current.append(line)
        elif current:
            blocks.append((start, current))
            current = []
    if current:
        blocks.append((start, current))
    return blocks


def _cues(text: str, name: str, vtt: bool, warnings: _Notes, max_cues: int | None) -> list[_Cue]:
    lines = text.split("\n")
    if vtt:
        if not lines[0].startswith("WEBVTT"):
            raise InputFileError(name, "A WebVTT file must start with 'WEBVTT'.", "line 1")
        lines = [""] * 1 + lines[1:]
    cues: list[_Cue] = []
    for start, block in _blocks(lines):
        timing_at = next((i for i, line in enumerate(block) if "-->" in line), None)
        if timing_at is None or (vtt and block[0].startswith(_VTT_SKIP)):
            if vtt and block[0].startswith(_VTT_SKIP):
                continue
            if cues:
                cues[-1].lines.extend(block)
                warnings.add(f"Line {start}: text after a blank line joined to the cue before it.")
            else:
                warnings.add(f"Line {start}: text before the first cue ignored.")
            continue
        match = _TIMING.match(block[timing_at])
        if match is None:
            raise InputFileError(
                name, f"The cue timing {block[timing_at].strip()!r} cannot be read.",
                f"line {start + timing_at}",
            )
        cues.append(_Cue(start + timing_at, _millis(match.groups()[:4]), block[timing_at + 1 :]))
        if max_cues is not None and len(cues) > max_cues:
            raise InputFileError(
                name, f"The file has more than {max_cues:,} subtitle cues (the limit); is it really subtitles?"
            )
    return cues


def read_subtitles(
    data: bytes, name: str, *, vtt: bool, encoding: str | None = None,
    patterns: TurnPatterns | None = None, max_cues: int | None = None,
) -> Extracted:
    """Read an .srt or .vtt file into cue lines and one turn per cue (at most ``max_cues``)."""
    patterns = patterns or TurnPatterns()
    raw, used = decode_text(data, name, encoding)
    warnings = _Notes()
    text = normalise_text(raw)
    # Splitting into lines costs ~60 bytes a line: count them before (a cue is a few lines).
    if max_cues is not None and text.count("\n") > _LINES_PER_CUE * max_cues:
        raise InputFileError(
            name, f"The file has more than {_LINES_PER_CUE * max_cues:,} lines (the limit); is it really subtitles?"
        )
    # A WebVTT file saved or renamed as .srt: its header says what it is, and read as SRT its
    # NOTE/STYLE blocks would become spoken text.
    vtt = vtt or text.startswith("WEBVTT")
    cues = _cues(text, name, vtt, warnings, max_cues)
    if not cues:
        raise InputFileError(name, "The file has no subtitle cues.")
    out: list[str] = []
    turns: list[Turn] = []
    offset = 0
    for cue in cues:
        joined = " ".join(line.strip() for line in cue.lines if line.strip())
        voice = _VOICE.search(joined)
        speaker = unicodedata.normalize("NFC", " ".join(voice.group(1).split())) if voice else ""
        body = unicodedata.normalize("NFC", " ".join(html.unescape(_TAG.sub("", joined)).split()))
        if not body:
            warnings.add(f"Line {cue.line}: empty cue skipped.")
            continue
        prefix = f"[{_clock(cue.start_ms)}] "
        if speaker:
            prefix += f"{speaker}: "
        else:
            label = _LABEL.match(body)
            if label and patterns.is_speaker(label.group("speaker")):
                speaker = label.group("speaker")
                prefix += body[: label.end()]
                body = body[label.end() :]
        line = prefix + body
        start = offset + len(prefix)
        turns.append(Turn(speaker or NO_SPEAKER, Span(start, start + len(body)), cue.start_ms / 1000))
        out.append(line)
        offset += len(line) + 1
    return Extracted(text="\n".join(out), encoding=used, turns=tuple(turns), warnings=warnings.final())

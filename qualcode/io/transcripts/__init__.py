"""Transcript import: txt, docx, odt, pdf, rtf, srt, vtt, html and md files.

>>> from qualcode.io.transcripts import read_transcript  # doctest: +SKIP
>>> parsed = read_transcript("interview.docx")  # doctest: +SKIP
>>> parsed.speakers  # doctest: +SKIP
{'Interviewer': 41, 'P12': 40}
"""

from __future__ import annotations

from qualcode.io.transcripts.parsed import ParsedTranscript
from qualcode.io.transcripts.reader import (
    DEFAULT_MAX_BYTES,
    FORMATS,
    read_transcript,
    read_transcript_bytes,
)
from qualcode.io.transcripts.turns import NO_SPEAKER, TurnPatterns, detect_turns, parse_timestamp

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FORMATS",
    "NO_SPEAKER",
    "ParsedTranscript",
    "TurnPatterns",
    "detect_turns",
    "parse_timestamp",
    "read_transcript",
    "read_transcript_bytes",
]

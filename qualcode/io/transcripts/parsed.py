"""The result of importing one transcript file."""

from __future__ import annotations

from dataclasses import dataclass, field

from qualcode.core.document import Turn


@dataclass(frozen=True)
class ParsedTranscript:
    """A transcript read from a file, ready to be stored as a document.

    Attributes
    ----------
    text:
        The normalised text (NFC, LF line ends, no BOM). Turn spans index it.
    turns:
        Speaker turns in text order; they never overlap.
    format:
        ``"txt"``, ``"docx"``, ``"odt"``, ``"pdf"``, ``"rtf"``, ``"srt"``,
        ``"vtt"``, ``"html"`` or ``"md"``.
    encoding:
        The text encoding used to decode the file, or ``None`` for
        formats that carry their own (docx, odt, pdf).
    source_hash:
        SHA-256 hex digest of the raw file bytes.
    warnings:
        Plain sentences about things the researcher should know
        (pages without text, skipped blocks ...).
    pages_without_text:
        1-based numbers of PDF pages that have no text layer.
    language:
        ``"ru"``, ``"uz"`` or ``"en"`` from the text's script
        (:func:`qualcode.core.languages.detect_language`), found in the parse worker.
    """

    text: str
    turns: tuple[Turn, ...]
    format: str
    encoding: str | None
    source_hash: str
    warnings: tuple[str, ...] = ()
    pages_without_text: tuple[int, ...] = field(default=())
    language: str = "en"

    @property
    def speakers(self) -> dict[str, int]:
        """Number of turns per speaker, in order of first appearance."""
        counts: dict[str, int] = {}
        for turn in self.turns:
            counts[turn.speaker] = counts.get(turn.speaker, 0) + 1
        return counts

    def turn_text(self, index: int) -> str:
        """The utterance of turn ``index`` (its span of :attr:`text`)."""
        span = self.turns[index].span
        return self.text[span.start : span.end]

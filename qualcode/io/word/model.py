"""Plain data for the Word writers: services fill these, io turns them into .docx."""

from __future__ import annotations

from dataclasses import dataclass, field

from qualcode.core.thematic_map import ThematicMap


def _n(count: int, noun: str, with_count: bool = True) -> str:
    word = noun if count == 1 else noun + "s"
    return f"{count} {word}" if with_count else word


@dataclass(frozen=True)
class Quote:
    """A coded extract with its source: document, speaker and case (any may be unknown)."""

    text: str
    document: str
    speaker: str | None = None
    case: str | None = None

    @property
    def source(self) -> str:
        """``"P07 · Interview P07 · speaker P07"``: case first, as researchers cite."""
        parts = list(dict.fromkeys(p for p in (self.case, self.document) if p))  # never "S012 · S012"
        if self.speaker and self.speaker not in parts:
            parts.append(f"speaker {self.speaker}")
        return " · ".join(parts)


@dataclass(frozen=True)
class Frequency:
    segments: int
    documents: int
    cases: int

    def label(self) -> str:
        return f"{_n(self.segments, 'segment')} · {_n(self.documents, 'document')} · {_n(self.cases, 'case')}"


@dataclass(frozen=True)
class CodebookCode:
    """One code with every codebook field; ``depth`` 0 is a top-level code."""

    path: str
    name: str
    depth: int
    definition: str = ""
    inclusion: str = ""
    exclusion: str = ""
    typical_example: str = ""
    atypical_example: str = ""
    origin: str = ""
    colour: str = ""
    frequency: Frequency = Frequency(0, 0, 0)
    frequency_with_subcodes: Frequency | None = None  # set for codes that have sub-codes
    quotes: tuple[Quote, ...] = ()
    history: tuple[str, ...] = ()  # "2026-03-12 Dilnoza: definition", newest first


@dataclass(frozen=True)
class CodebookDocument:
    title: str
    project: str
    date: str
    coders: tuple[str, ...]
    phase: str
    codes: tuple[CodebookCode, ...]


@dataclass(frozen=True)
class ReportTheme:
    """One theme of the thematic report; ``depth`` 1 is a sub-theme."""

    name: str
    depth: int
    status: str
    definition: str
    narrative: str
    codes: tuple[str, ...]
    sub_themes: tuple[str, ...]
    frequency: Frequency
    cases_total: int
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = ()  # "thin", "overlaps Peer belonging (62 %)"

    @property
    def prevalence(self) -> str:
        share = f" ({100 * self.frequency.cases / self.cases_total:.0f} %)" if self.cases_total else ""
        return (f"Found in {self.frequency.cases} of {_n(self.cases_total, 'case')}{share}; "
                f"{self.frequency.segments} coded {_n(self.frequency.segments, 'segment', False)} in "
                f"{_n(self.frequency.documents, 'document')}.")


@dataclass(frozen=True)
class ThemeReportDocument:
    title: str
    project: str
    date: str
    coders: tuple[str, ...]
    themes: tuple[ReportTheme, ...]
    thematic_map: ThematicMap | None = None
    map_membership: tuple[tuple[int, int], ...] = field(default=())  # (theme node, code node)
    map_png: bytes | None = None  # a picture from the UI, used instead of drawing the map

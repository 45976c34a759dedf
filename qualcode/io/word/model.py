"""Plain data for the Word writers: services fill these, io turns them into .docx."""

from __future__ import annotations

from dataclasses import dataclass, field

from qualcode.core.labels import OutputLabels, output_labels
from qualcode.core.thematic_map import ThematicMap

ENGLISH = output_labels("en")


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
        return self.source_in(ENGLISH)

    def source_in(self, labels: OutputLabels) -> str:
        """:attr:`source` with the word "speaker" in the output language."""
        parts = list(dict.fromkeys(p for p in (self.case, self.document) if p))  # never "S012 · S012"
        if self.speaker and self.speaker not in parts:
            parts.append(labels("speaker {name}", name=self.speaker))
        return " · ".join(parts)


@dataclass(frozen=True)
class Frequency:
    segments: int
    documents: int
    cases: int

    def label(self, labels: OutputLabels = ENGLISH) -> str:
        """``"12 segments · 3 documents · 2 cases"`` in the output language."""
        return " · ".join((labels.count(self.segments, "segment"), labels.count(self.documents, "document"),
                           labels.count(self.cases, "case")))


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
    labels: OutputLabels = ENGLISH  # the output language's fixed labels and decimal mark


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
        return self.prevalence_in(ENGLISH)

    def prevalence_in(self, labels: OutputLabels) -> str:
        """"Found in 3 of 5 cases (60 %); 4 coded segments in 2 documents." in the output language."""
        share = f" ({100 * self.frequency.cases / self.cases_total:.0f} %)" if self.cases_total else ""
        return labels("Found in {cases} of {total}{share}; {segments} in {documents}.",
                      cases=self.frequency.cases, total=labels.count(self.cases_total, "case:of"), share=share,
                      segments=labels.count(self.frequency.segments, "coded segment"),
                      documents=labels.count(self.frequency.documents, "document:in"))


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
    labels: OutputLabels = ENGLISH  # the output language's fixed labels and decimal mark

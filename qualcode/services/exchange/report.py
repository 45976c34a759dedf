"""What a REFI-QDA import kept, adapted and could not keep: every item with a count."""

from __future__ import annotations

from dataclasses import dataclass, field

#: The counts every report carries, in this order.
COUNTED = ("users", "codes", "sources", "selections", "codings", "cases", "variables", "notes", "sets", "links",
           "themes")


@dataclass(frozen=True)
class ImportedIds:
    """Ids of everything an import created (ascending: parents before children), and the
    metadata it changes (kept sets, kept GUIDs) as it was before, so the import can be undone
    and redone with the same ids."""

    codes: tuple[int, ...] = ()
    documents: tuple[int, ...] = ()
    cases: tuple[int, ...] = ()
    memos: tuple[int, ...] = ()
    themes: tuple[int, ...] = ()
    meta_before: tuple[tuple[str, str | None], ...] = ()


@dataclass
class ExchangeReport:
    """The result of an import or export.

    ``counts`` are the objects kept (imported or written); ``adaptations`` and ``not_kept``
    map a plain-language description to how many times it happened.
    """

    file: str
    kind: str  # "project" (.qdpx) or "codebook" (.qdc)
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    adaptations: dict[str, int] = field(default_factory=dict)
    not_kept: dict[str, int] = field(default_factory=dict)
    created: ImportedIds = field(default_factory=ImportedIds, repr=False)

    def adapt(self, what: str, n: int = 1) -> None:
        if n:
            self.adaptations[what] = self.adaptations.get(what, 0) + n

    def drop(self, what: str, n: int = 1) -> None:
        if n:
            self.not_kept[what] = self.not_kept.get(what, 0) + n

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form (the CLI's ``--json``)."""
        return {"file": self.file, "kind": self.kind, "counts": dict(self.counts),
                "adaptations": dict(self.adaptations), "not_kept": dict(self.not_kept)}

    def lines(self) -> list[str]:
        """The report as short lines for a terminal or a dialog."""
        kept = ", ".join(f"{n:,} {name}" for name, n in self.counts.items() if n)
        out = [f"{self.file}: {kept or 'nothing'}."]
        if self.adaptations:
            out.append("Adapted:")
            out.extend(f"  {n:,} × {what}" for what, n in self.adaptations.items())
        if self.not_kept:
            out.append("Not kept:")
            out.extend(f"  {n:,} × {what}" for what, n in self.not_kept.items())
        return out

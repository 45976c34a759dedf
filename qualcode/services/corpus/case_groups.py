"""Case attributes that split the cases into groups (a case attribute, or a survey variable
linked to the cases), with each case's value as text. Kept apart from the assistant (which
needs NumPy) so the Inductive prompts tab can list them when a project opens."""

from __future__ import annotations

from qualcode.storage.project import Project

__all__ = ["MAX_VALUES", "attribute_values", "case_attributes"]

MAX_VALUES = 12  # an attribute with more distinct values (age, a score) does not split cases into groups


def attribute_values(project: Project) -> dict[str, dict[int, str]]:
    """``attribute -> {case_id: value as text}`` from case attributes and linked survey rows."""
    out: dict[str, dict[int, str]] = {}
    with project.unit_of_work() as uow:
        for case in uow.cases.all():
            for name, value in case.attributes.items():
                if value is not None and str(value).strip():
                    out.setdefault(name, {})[case.id] = _text(value)
        for table in uow.surveys.tables():
            for record in uow.surveys.records(table.id):
                if record.case_id is None:
                    continue
                for name, value in record.values.items():
                    if name != table.id_column and value is not None and str(value).strip():
                        out.setdefault(name, {}).setdefault(record.case_id, _text(value))
    return out


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # survey 1.0 and case attribute "1" are one group
    if isinstance(value, float):
        return f"{value:.4g}"  # a mean score 1.3333333333333333 reads as 1.333
    return str(value).strip()


def case_attributes(project: Project) -> dict[str, list[str]]:
    """Attributes that split the cases into 2..12 groups, with their values (for a menu)."""
    return {name: sorted(set(values.values())) for name, values in sorted(attribute_values(project).items())
            if 2 <= len(set(values.values())) <= MAX_VALUES}

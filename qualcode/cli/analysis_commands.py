"""`qualcode link` (the case table) and `qualcode stats` (models on a CSV or a project)."""

from __future__ import annotations

import argparse
import math
from typing import TYPE_CHECKING, Any

from qualcode.cli.output import CliError, emit
from qualcode.core.analysis_spec import AnalysisSpec
from qualcode.core.survey import VariableType

if TYPE_CHECKING:  # pandas and statsmodels load with the services, inside the commands that use them
    from qualcode.services.mixed.analysis import DataTable

MODELS = ("corr", "ols", "logit", "ordinal", "count", "alpha", "descriptives")
ROBUST = ("none", "HC0", "HC1", "HC2", "HC3")


def register(sub: Any) -> None:
    p = sub.add_parser("link", help="the case table: quantitized codes/themes joined to the survey, with unmatched keys")
    p.add_argument("project")
    p.add_argument("--unit", choices=("case", "document"), default="case")
    p.add_argument("--survey", help="survey table name (default: the last imported)")
    p.add_argument("--out", metavar="FILE", help="also write the case table to FILE.csv, .xlsx or .sav")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_link)

    p = sub.add_parser("stats", help="fit a model on a data file or a project's case table")
    p.add_argument("data", help="CSV/XLSX/SAV/DTA file, or a .qcproj project (its linked case table)")
    p.add_argument("--model", choices=MODELS, required=True)
    p.add_argument("--formula", help='e.g. "PWB ~ LA + TIC + PSSI"')
    p.add_argument("--variables", nargs="+", help="variables for corr/alpha/descriptives (else the formula's)")
    p.add_argument("--robust", choices=ROBUST, help="OLS standard errors: HC3 (the default, as sandwich::vcovHC), "
                   "HC0-HC2, or none (classical, constant variance)")
    p.add_argument("--impute", type=int, metavar="M", help="multiple imputation with M data sets, pooled by Rubin's rules")
    p.add_argument("--reference", action="extend", nargs="+", default=[], metavar="VAR=LEVEL",
                   help="reference level of a factor (repeatable); a numeric column named here is used as a factor")
    p.add_argument("--type", action="append", default=[], metavar="VAR=TYPE",
                   help="correct an inferred type: continuous, binary, ordinal, categorical, count, text, id")
    p.add_argument("--family", choices=("auto", "poisson", "negbin"), help="count model family")
    p.add_argument("--method", choices=("pearson", "spearman"), help="correlation method")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_stats)


def cmd_link(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.mixed.linking import build_case_table
    from qualcode.services.projects import load_project

    project = load_project(args.project)
    try:
        if args.out:
            from qualcode.services.mixed.joint_export import CASE_TABLE_FORMATS, export_case_table

            if not args.out.lower().endswith(CASE_TABLE_FORMATS):
                raise CliError(f"--out writes {', '.join(CASE_TABLE_FORMATS)}; {args.out!r} is none of these")
            export_case_table(project, args.out, unit=args.unit, survey_table=args.survey)
        table = build_case_table(project, unit=args.unit, survey_table=args.survey)
    finally:
        project.close()
    rows = [{k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in r.items()}
            for r in table.frame.astype(object).to_dict(orient="records")]
    s = table.summary
    payload = {
        "unit": s.unit, "survey_table": s.survey_table, "columns": list(table.frame.columns),
        "types": table.types, "rows": rows,
        "variables": [{"column": v.column, "label": v.label, "source": v.source, "measure": v.measure}
                      for v in table.quant_variables],
        "unmatched": {"cases_without_survey_row": list(s.cases_without_row),
                      "survey_rows_without_case": list(s.rows_without_case)},
        "matched": list(s.matched),
        "written": args.out,
    }
    text = table.frame.to_string(max_rows=40, max_cols=12) + (
        f"\n\n{len(s.matched)} cases matched; interviewed cases without a survey row: "
        f"{', '.join(s.cases_without_row) or 'none'}; survey rows without a case: {len(s.rows_without_case)}"
    ) + (f"\nWrote {args.out}" if args.out else "")
    emit(payload, args.json, text)
    return 0


def _pairs(option: str, pairs: list[str], columns: list[str], what: str, source: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        var, sep, value = pair.partition("=")
        if not sep or not var:
            raise CliError(f"{option} expects VAR={what}, got {pair!r}")
        if var not in columns:
            raise CliError(f"{option} {pair}: {var!r} is not a column of {source}")
        out[var] = value
    return out


def _types(pairs: list[str], columns: list[str], source: str) -> dict[str, str]:
    out = _pairs("--type", pairs, columns, "TYPE", source)
    valid = [t.value for t in VariableType]
    for var, value in out.items():
        if value not in valid:
            raise CliError(f"--type {var}={value}: {value!r} is not a type; use one of {', '.join(valid)}")
    return out


def _numeric_references(reference: dict[str, str], table: DataTable, types: dict[str, str]) -> list[str]:
    """A numeric column given a reference level becomes a factor; say so."""
    from pandas.api.types import is_numeric_dtype

    notes = []
    for var, level in reference.items():
        declared = types.get(var) or table.types.get(var)
        if declared in ("categorical", "ordinal") or not is_numeric_dtype(table.frame[var]):
            continue
        types[var] = "categorical"
        notes.append(f"{var} is numeric; --reference {var}={level} treats its values as categories "
                     f"(a factor with reference level {level}), as R's relevel(factor({var})) does.")
    return notes


def cmd_stats(args: argparse.Namespace, _gui: Any) -> int:
    from qualcode.services.mixed.analysis import DataTable, load_analysis_table, run_analysis

    if args.model not in ("corr", "alpha", "descriptives") and not args.formula:
        raise CliError(f"--model {args.model} needs --formula \"Y ~ X1 + X2\"")
    table = load_analysis_table(args.data)
    columns = [str(c) for c in table.frame.columns]
    reference = _pairs("--reference", args.reference, columns, "LEVEL", args.data)
    types = _types(args.type, columns, args.data)
    notes = _numeric_references(reference, table, types)
    if types:
        table = DataTable(table.frame, {**table.types, **types})
    options: dict[str, Any] = {}
    if args.family:
        options["family"] = args.family
    if args.method:
        options["method"] = args.method
    if args.seed:
        options["seed"] = args.seed
    robust = "nonrobust" if args.robust == "none" else args.robust
    spec = AnalysisSpec(0, "qualcode stats", args.model, formula=args.formula or "",
                        predictors=tuple(args.variables or ()), reference=reference,
                        robust=robust, impute=args.impute, options=options)
    result = run_analysis(spec, table, extras=False).result
    payload = result.to_dict()
    payload["notes"] = [*notes, *payload.get("notes", [])]
    emit(payload, args.json, "\n".join([*notes, str(result.summary())]))
    return 0

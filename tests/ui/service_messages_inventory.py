"""Every message the Qt-free layers can show a researcher in the areas the UI translates through
``qualcode.ui.texts`` (import, REFI-QDA, merge, survey links, quant notes, storage, team agreement, privacy,
assistant and search, joint displays), read from the source.

The messages are found by reading the code (``ast``), not by listing them by hand: an error raised
(``InputFileError(name, "...")``, ``ValidationError("...")``, ...), a REFI report phrase
(``report.adapt("...")``, ``report.drop("...")``), a preview warning (``warnings.append("...")``) and
quant's model notes (``notes.append("...")``, ``notes = [...]``). Each f-string becomes a sample
sentence with ``7`` in every field, so a new or reworded message in those modules shows up here.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: the modules whose messages reach the import, survey, REFI, merge and regression views
AREAS: dict[str, tuple[str, ...]] = {
    "import": ("qualcode/io/transcripts", "qualcode/io/surveys", "qualcode/io/codebooks", "qualcode/core/survey.py",
               "qualcode/services/corpus/importing.py", "qualcode/services/corpus/surveys.py",
               "qualcode/services/corpus/proposals.py", "qualcode/services/corpus/document_language.py",
               "qualcode/services/mixed/linking.py"),
    "refi": ("qualcode/io/refi", "qualcode/services/exchange"),
    "merge": ("qualcode/services/team/merge.py", "qualcode/services/team/merge_codes.py",
              "qualcode/services/team/merge_conflicts.py"),
    "quant": ("quant",),  # the model notes
    "quant_errors": ("quant",),  # why a model could not be fitted (the panel's "could not be fitted: …")
    # opening, saving and encrypting projects (qualcode/ui/texts/project_texts.py and storage_texts.py)
    "storage": ("qualcode/storage", "qualcode/io/atomic_write.py", "qualcode/services/projects.py",
                "qualcode/services/export.py"),
    # the team panels: inter-coder agreement (its notes and errors), units, disagreements and their decisions
    "team": ("quant/agreement", "qualcode/services/team/agreement.py", "qualcode/services/team/agreement_export.py",
             "qualcode/services/team/disagreements.py", "qualcode/services/team/units.py",
             "qualcode/services/team/coder_counts.py", "qualcode/services/team/authorship.py"),
    # the privacy dialogs: finding identifiers, the roster, pseudonymising, the audit log, encrypted copies
    "privacy": ("qualcode/services/privacy", "qualcode/services/operations/privacy_ops.py"),
    # the assistant panes (find more, candidate themes, inductive prompts)
    "assistant": ("qualcode/services/assistant",),
    # the joint displays and their "New joint display" dialog
    "joint": ("qualcode/core/joint_display.py", "qualcode/services/mixed/joint_view.py",
              "qualcode/services/mixed/joint_displays.py", "qualcode/services/mixed/joint_export.py"),
    # the search pane, memos and the main window's output-language status message
    "views": ("qualcode/services/coding/search.py", "qualcode/core/memo.py", "qualcode/services/coding/memos.py",
              "qualcode/services/operations/memo_ops.py", "qualcode/services/output_language.py",
              "qualcode/services/operations/output_language_ops.py"),
}
#: quant's inter-coder agreement statistics are the team panel's ("team"), not the result panels'
_SKIP = {"quant": ("quant/agreement",), "quant_errors": ("quant/agreement",)}
#: areas whose modules write notes as quant does (``notes.append(...)``) besides raising errors
_NOTE_AREAS = ("quant", "team")

#: messages no researcher meets in the interface (command-line flags, programming errors), with why
NOT_SHOWN = {
    "--prefer must be a or b, not 7.",  # merge --prefer: a command-line flag, checked before any dialog
    "Turns must refer to normalised text; normalise before detecting turns.",  # a programming error
    # the command line's parse-ahead stream (services/corpus/parse_ahead.py): programming errors, CLI only
    "the parse stream is closed", "the parse stream was started for other files",
    # quant's checks of its own arguments: the panel always passes valid ones (a programming error if seen)
    "Unknown analysis 7; choose one of 7.", "robust=7 applies to OLS only; 7 models use model-based SEs.",
    "Multiple imputation applies to regression models, not to 7.", "method must be one of 7, not 7.",
    "family must be 'auto', 'poisson' or 'negbin', not 7.", "Unknown variable type(s) 7; use one of 7.",
    "Pooling needs at least 2 fits.", "Multiple imputation needs m >= 2 imputations.",
    "Unknown model 7; regression models are 7.", "cov_type must be one of 7, not 7.",
    "compare_nested needs at least two formulas.", "kind must be 'ols' or 'logit', not 7.",
    "estimand must be 'ATE' or 'ATT', not 7.", "missing must be 'pairwise' or 'listwise', not 7.",
    "No term 7; terms are 7", "This 7 result stores 95% intervals only; alpha=7 is not available.",
    "n must be at least 1", "missing_rate must be in [0, 0.5)",
    # storage's internal checks (a stale version is re-raised as the concurrent-edit sentence)
    "code 7 is at version 7, not 7", "memo 7 is at version 7, not 7", "The database did not report the id of the new row.",
    # inter-coder agreement: the command line's flags and quant's argument checks; the disagreement view always
    # asks for two different coders, percent/Cohen/Krippendorff (nominal) and one of its own units
    "Cohen's kappa needs a square table of counts", "unknown statistic 7; choose one of 7", "level must be one of 7; got 7",
    "Cohen's kappa is for two coders; the matrix has 7 (use fleiss, gwet or krippendorff)",
    "Cohen's kappa is for two coders; use fleiss, gwet or krippendorff",
    "the 7 level needs numeric values; the matrix has categories such as 7", "--weights must be one of 7; got 7",
    "coder row 7 has 7 units but row 1 has 7", "unit_weights needs 7 positive numbers, one per unit",
    "agreement needs at least two coders, e.g. --coders A,B", "a coder is named twice in 7",
    "unknown unit 7; choose one of 7",
    # a lazily imported module's missing attribute (a programming error)
    "module 7 has no attribute 7",
    # the assistant's and search's argument checks: the panes pass a valid mode and group count
    "max_groups must be at least 1.", "Unknown search mode 7; use 7.",
    "Unknown search mode 7; use plain, regex, word or lemma.",
    # the joint displays' export format (the dialog offers .docx/.csv only)
    "The case table can be written as 7, not 7.",
}

_NOTE_NAMES = ("notes", "all_notes", "brant_note", "empty_note")
#: the survey-key sentence builders, as (before, <their "what" phrase>, after)
_DESCRIBE = {
    "describe_duplicates": ("Duplicate ", "", ": 7. Each ID must occur once."),
    "describe_near_duplicates": ("", "", (" differ only in upper/lower case or surrounding spaces: 7. They are kept as "
                                 "different participants; if they are the same person, correct the file (with the "
                                 "trim/ignore-case options they would be duplicates).")),
}
#: helpers that put "<file>: " (or nothing) before a sentence
_PREFIXES = ("_where",)
#: quant functions that return a model's notes as a list
_NOTE_FUNCTIONS = ("_brant_notes", "_code_text_outcome")


@dataclass(frozen=True)
class Message:
    where: str  # "path:line"
    sample: str


def _render(node: ast.AST | None, names: dict[str, list[ast.AST]], depth: int = 0) -> list[str]:
    """Every sentence ``node`` can make: a field is ``7``, except a text chosen between literals
    (``"reaches" if ... else "falls short of"``, a variable assigned such texts), which gives one
    sentence per choice. Empty when ``node`` is not text."""
    if node is None or depth > 4:
        return []
    if isinstance(node, ast.Constant):
        return [node.value] if isinstance(node.value, str) else []
    if isinstance(node, ast.IfExp):
        return _render(node.body, names, depth + 1) + _render(node.orelse, names, depth + 1)
    if isinstance(node, ast.Name) and node.id in names and all(_is_text(v) for v in names[node.id]):
        out: list[str] = []
        for value in names[node.id]:
            out.extend(_render(value, names, depth + 1))
        return out
    if isinstance(node, ast.Call) and ast.unparse(node.func) in _PREFIXES:
        return [""]
    if isinstance(node, ast.JoinedStr):
        variants = [""]
        for value in node.values:
            if isinstance(value, ast.Constant):
                choices = [str(value.value)]
            else:
                choices = _render(value.value, names, depth + 1) or ["7"]
            variants = [v + c for v in variants for c in choices][:16]
        return variants
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _render(node.left, names, depth + 1), _render(node.right, names, depth + 1)
        return [a + b for a in left for b in right][:16]
    return []


def _is_text(node: ast.AST) -> bool:
    """A variable worth following: every value it takes is text written here (``"a" if x else "b"``)."""
    if isinstance(node, ast.IfExp):
        return _is_text(node.body) and _is_text(node.orelse)
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) and _is_text(node.right)
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and bool(node.value))


def _assigned(tree: ast.AST) -> dict[str, list[ast.AST]]:
    """What each plain name is assigned (``x = ...``; ``x += ...`` adds ``x + ...``)."""
    names: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            names.setdefault(node.targets[0].id, []).append(node.value)
    added: dict[str, list[ast.AST]] = {}
    for node in ast.walk(tree):  # each ``+=`` (in its own branch) extends the first value, not another ``+=``
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and isinstance(node.op, ast.Add):
            added.setdefault(node.target.id, []).extend(
                ast.BinOp(b, ast.Add(), node.value) for b in names.get(node.target.id, [])
                if not isinstance(b, (ast.List, ast.Tuple)))
    for name, values in added.items():
        names[name] = names.get(name, []) + values
    return names


def _is_sentence(text: str) -> bool:
    return sum(1 for word in text.split() if any(c.isalpha() for c in word)) >= 2


def _messages_of(path: Path, area: str) -> list[Message]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = _assigned(tree)
    quant = area == "quant"  # quant's model notes; its errors are the area "quant_errors"
    notes = area in _NOTE_AREAS
    found: list[tuple[int, ast.AST]] = []
    capitalised: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = ast.unparse(node.func)
            if name.endswith("Error") and not quant and node.args:  # an error's message (quant: its own area)
                found.append((node.lineno, node.args[1] if name.endswith("InputFileError") and len(node.args) > 1
                              else node.args[0]))
            elif name in _DESCRIBE and len(node.args) > 1:  # "Duplicate <what>: …" built from a phrase
                before, _, after = _DESCRIBE[name]
                what = ast.JoinedStr([ast.Constant(before), ast.FormattedValue(node.args[1], -1, None),
                                      ast.Constant(after)])
                found.append((node.lineno, what))
                if name == "describe_near_duplicates":
                    capitalised.add(id(what))
            elif name.endswith((".adapt", ".drop")) and node.args or name.endswith(("warnings.append", "warnings.add")) and node.args or notes and name.endswith(tuple(f"{n}.append" for n in _NOTE_NAMES)) and node.args:
                found.append((node.lineno, node.args[0]))
        elif notes and isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Name) and t.id in _NOTE_NAMES for t in targets) and isinstance(
                    node.value, (ast.List, ast.Tuple)):
                found.extend((e.lineno, e) for e in node.value.elts if not isinstance(e, ast.Starred))
        elif notes and isinstance(node, ast.FunctionDef) and node.name in _NOTE_FUNCTIONS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and isinstance(inner.value, (ast.List, ast.Tuple)):
                    found.extend((e.lineno, e) for e in inner.value.elts)
    out = []
    for line, arg in found:
        for text in dict.fromkeys(_render(arg, names)):
            if id(arg) in capitalised:  # as shown: describe_near_duplicates capitalises its phrase
                text = text[:1].upper() + text[1:]
            if _is_sentence(text) and text not in NOT_SHOWN:
                out.append(Message(f"{path.relative_to(ROOT)}:{line}", text))
    return out


def messages(area: str) -> list[Message]:
    """The sample sentences of one area, in source order."""
    out: list[Message] = []
    for entry in AREAS[area]:
        base = ROOT / entry
        for path in sorted(base.rglob("*.py")) if base.is_dir() else [base]:
            if not str(path.relative_to(ROOT)).startswith(_SKIP.get(area, ())):
                out.extend(_messages_of(path, area))
    return out

"""A synthetic transcript corpus for the import benchmark.

Half the files are UTF-8 .txt with ``[hh:mm:ss] Interviewer:`` / ``P12:``
labels, half are .docx written with python-docx whose speaker labels are bold
runs. A manifest records each file's true turn count and speakers, so the
benchmark can check the parse as well as time it.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_WORDS = (
    "the course was really good and I think that we learned a lot about history but the "
    "lecture slides were sometimes too busy so I switched off during the long sessions "
    "my father encouraged me to study again because money was tight and the museum job "
    "needed a certificate yes well I mean it depends on the week what did you find most "
    "difficult about the assignments honestly the reading list was long café naïve €200"
).split()
MANIFEST = "manifest.json"
#: Bumped when the generator changes what it writes: a cached corpus of another version is rewritten.
GENERATOR_VERSION = "2 short turns"
_STAMP = ".generator"


def _utterance(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _clock(seconds: int) -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def _turns(rng: random.Random, total_words: int, participant: str) -> list[tuple[str, int, list[str]]]:
    """(speaker, start second, paragraphs) until ``total_words`` are used."""
    turns = []
    used = 0
    second = 0
    speaker = "Interviewer"
    while used < total_words:
        size = rng.randint(5, 20) if speaker == "Interviewer" else rng.randint(15, 60)
        size = min(size, total_words - used) or 1
        paragraphs = [_utterance(rng, size)]
        if speaker != "Interviewer" and rng.random() < 0.2:
            extra = rng.randint(5, 20)
            paragraphs.append(_utterance(rng, extra))
            size += extra
        turns.append((speaker, second, paragraphs))
        used += size
        second += size // 2 + rng.randint(1, 5)
        speaker = participant if speaker == "Interviewer" else "Interviewer"
    return turns


def _write_txt(path: Path, turns: list[tuple[str, int, list[str]]]) -> None:
    lines = ["Interview transcript", ""]
    for speaker, second, paragraphs in turns:
        lines.append(f"[{_clock(second)}] {speaker}: {paragraphs[0]}")
        lines.extend(paragraphs[1:])
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def _docx_template() -> tuple[list[tuple[zipfile.ZipInfo, bytes]], str, str]:
    """python-docx's empty document: its parts, and document.xml split around the body."""
    global _TEMPLATE
    if _TEMPLATE is None:
        import docx

        buffer = io.BytesIO()
        docx.Document().save(buffer)
        with zipfile.ZipFile(buffer) as z:
            parts = [(info, b"" if info.filename == _BODY_PART else z.read(info)) for info in z.infolist()]
            xml = z.read(_BODY_PART).decode("utf-8")
        head, tail = xml.split("<w:body>", 1)
        _TEMPLATE = (parts, head + "<w:body>", tail[tail.index("<w:sectPr"):])
    return _TEMPLATE


_TEMPLATE: tuple[list[tuple[zipfile.ZipInfo, bytes]], str, str] | None = None
_BODY_PART = "word/document.xml"


def _run(text: str, *, bold: bool = False) -> str:
    space = ' xml:space="preserve"' if text != text.strip() else ""
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f"<w:r>{props}<w:t{space}>{escape(text)}</w:t></w:r>"


def _write_docx(path: Path, turns: list[tuple[str, int, list[str]]]) -> None:
    """The XML python-docx writes for a heading and paragraphs of runs (speaker label bold),
    without its per-run object overhead (~15x faster, so a fresh corpus takes seconds)."""
    parts, head, tail = _docx_template()
    body = ['<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>', _run("Interview transcript"), "</w:p>"]
    for speaker, second, paragraphs in turns:
        body.append(f"<w:p>{_run(speaker, bold=True)}{_run(f' ({_clock(second)}): {paragraphs[0]}')}</w:p>")
        body.extend(f"<w:p>{_run(extra)}</w:p>" for extra in paragraphs[1:])
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in parts:
            z.writestr(info, head + "".join(body) + tail if info.filename == _BODY_PART else data)


def make_transcript_corpus(
    folder: str | Path, n_files: int = 1000, words: int = 8000, seed: int = 0
) -> list[Path]:
    """Write ``n_files`` transcripts of about ``words`` words into ``folder``.

    Files that already exist (same name) are kept, so a second call is cheap.
    A ``manifest.json`` maps each file name to its turn count and speakers.

    Returns
    -------
    list of Path
        The transcript files, txt and docx alternating.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = folder / _STAMP
    if not stamp.exists() or stamp.read_text(encoding="utf-8") != GENERATOR_VERSION:
        for old in folder.glob("interview_*"):
            old.unlink()
        stamp.write_text(GENERATOR_VERSION, encoding="utf-8")
    manifest: dict[str, dict[str, object]] = {}
    paths = []
    for index in range(n_files):
        rng = random.Random(seed * 1_000_003 + index)
        participant = f"P{index % 97 + 1}"
        turns = _turns(rng, words, participant)
        suffix = "txt" if index % 2 == 0 else "docx"
        path = folder / f"interview_{index:04d}.{suffix}"
        if not path.exists():
            (_write_txt if suffix == "txt" else _write_docx)(path, turns)
        manifest[path.name] = {
            "turns": len(turns),
            "speakers": sorted({t[0] for t in turns}),
            "first_timestamp": turns[0][1],
            "last_timestamp": turns[-1][1],
        }
        paths.append(path)
    (folder / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    return paths

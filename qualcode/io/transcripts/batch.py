"""Import many transcripts, in parallel processes when that pays off.

Parsing is CPU-bound Python, so threads do not help. A process pool only
helps when cores are idle: on the shared 2-core test machine (load ~2.5)
benchmarks/parse_bench.py measured 1,000 files at 5.0 s serial against
5.9-10.6 s with 2 spawned workers (spawn start-up plus ~1.3 s of unpickling
120k turns in the parent). So the default is serial; pass ``workers=2`` only
where cores are known to be free, and re-measure.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Generator, Iterator, Sequence
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.compact import CompactTranscript
from qualcode.io.transcripts.orphan_guard import watch_parent
from qualcode.io.transcripts.parsed import ParsedTranscript
from qualcode.io.transcripts.reader import DEFAULT_MAX_BYTES, read_transcript, read_transcript_compact
from qualcode.io.transcripts.turns import TurnPatterns

MIN_PARALLEL = 40
ImportResult = ParsedTranscript | InputFileError


def _read_one(
    path: str, patterns: TurnPatterns | None, encoding: str | None, max_bytes: int
) -> ParsedTranscript | tuple[str, str, str | None]:
    try:
        return read_transcript(path, patterns=patterns, encoding=encoding, max_bytes=max_bytes)
    except InputFileError as exc:
        # InputFileError does not survive pickling (its args are the joined
        # message), so it crosses the process boundary as a plain tuple.
        return (exc.path, exc.message, exc.location)
    except MemoryError:
        return (Path(path).name, _NO_MEMORY, None)
    except Exception as exc:  # noqa: BLE001 - a reader bug must name its file, not end the batch
        return (Path(path).name, _reader_failed(exc), None)


_NO_MEMORY = "The file needs more memory to read than this computer has; it was not imported."


def _reader_failed(exc: Exception) -> str:
    return f"The file could not be read: the reader failed unexpectedly ({type(exc).__name__}: {exc})."


def _result(value: ParsedTranscript | tuple[str, str, str | None]) -> ImportResult:
    return InputFileError(*value) if isinstance(value, tuple) else value


def iter_parse_many(
    paths: Sequence[str | os.PathLike[str]],
    *,
    workers: int = 1,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[tuple[Path, ImportResult]]:
    """Yield ``(path, ParsedTranscript or InputFileError)`` in input order.

    Results stream as they are ready, so a caller can store file *k* while
    the workers parse the files after it.
    """
    names = [str(p) for p in paths]
    read = partial(_read_one, patterns=patterns, encoding=encoding, max_bytes=max_bytes)
    if workers <= 1 or len(names) < MIN_PARALLEL:
        for name in names:
            yield Path(name), _result(read(name))
        return
    # "spawn" never inherits a parent's threads or Qt state; "fork" is faster
    # to start but unsafe inside the GUI, so we only use it off the main GUI.
    method = "fork" if os.environ.get("QUALCODE_POOL_FORK") == "1" else "spawn"
    context = multiprocessing.get_context(method)
    chunk = max(1, min(32, len(names) // (workers * 8)))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=watch_parent,
                             initargs=(os.getpid(),)) as pool:
        for name, result in zip(names, pool.map(read, names, chunksize=chunk)):
            yield Path(name), _result(result)


def _read_compact_chunk(
    paths: list[str], patterns: TurnPatterns | None, encoding: str | None, max_bytes: int
) -> list[CompactTranscript | tuple[str, str, str | None]]:
    out: list[CompactTranscript | tuple[str, str, str | None]] = []
    for path in paths:
        try:
            out.append(read_transcript_compact(path, patterns=patterns, encoding=encoding, max_bytes=max_bytes))
        except InputFileError as exc:
            out.append((exc.path, exc.message, exc.location))
        except MemoryError:
            out.append((Path(path).name, _NO_MEMORY, None))
        except Exception as exc:  # noqa: BLE001 - a reader bug must name its file, not end the batch
            out.append((Path(path).name, _reader_failed(exc), None))
    return out


#: Files per task sent to a worker: big enough that the per-task overhead (~1 ms) is small
#: next to parsing (~5-15 ms per file), small enough that results stream back steadily.
CHUNK = 8
#: Tasks in flight per worker (8 x 8 files of ~60 kB each): results wait in this process's memory only this far
#: ahead of the one being stored, so peak memory stays bounded whatever the number of files.
IN_FLIGHT_PER_WORKER = 8


def iter_parse_compact(
    paths: Sequence[str | os.PathLike[str]],
    *,
    workers: int = 2,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Generator[tuple[Path, CompactTranscript | InputFileError], None, None]:
    """Like :func:`iter_parse_many` but yields :class:`CompactTranscript` (bulk import).

    With the cheap column form, two processes pay off on a 2-core machine: the
    workers parse while this process stores what they sent. At most
    ``workers * IN_FLIGHT_PER_WORKER`` chunks of ``CHUNK`` files are parsed ahead.
    """
    names = [str(p) for p in paths]
    workers = min(workers, os.cpu_count() or 1)
    if workers <= 1 or len(names) < MIN_PARALLEL:
        for name in names:
            (value,) = _read_compact_chunk([name], patterns, encoding, max_bytes)
            yield Path(name), InputFileError(*value) if isinstance(value, tuple) else value
        return
    context = multiprocessing.get_context("fork" if os.environ.get("QUALCODE_POOL_FORK") == "1" else "spawn")
    chunks = [names[i : i + CHUNK] for i in range(0, len(names), CHUNK)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=watch_parent,
                             initargs=(os.getpid(),)) as pool:
        pending: deque[Future[list[CompactTranscript | tuple[str, str, str | None]]]] = deque()
        submitted = 0
        try:
            while pending or submitted < len(chunks):
                while submitted < len(chunks) and len(pending) < workers * IN_FLIGHT_PER_WORKER:
                    pending.append(pool.submit(_read_compact_chunk, chunks[submitted], patterns, encoding,
                                               max_bytes))
                    submitted += 1
                chunk = chunks[submitted - len(pending)]
                for name, value in zip(chunk, pending.popleft().result()):
                    yield Path(name), InputFileError(*value) if isinstance(value, tuple) else value
        finally:
            for future in pending:  # the caller stopped early (an error, a cancel): drop the rest
                future.cancel()


def parse_many(
    paths: Sequence[str | os.PathLike[str]],
    *,
    workers: int = 1,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> list[ImportResult]:
    """Import ``paths``; each result is a transcript or the error for that file.

    Parameters
    ----------
    paths:
        Transcript files.
    workers:
        Processes to use; 1 (or fewer than ``MIN_PARALLEL`` files) parses
        in this process.
    patterns, encoding, max_bytes:
        As for :func:`~qualcode.io.transcripts.read_transcript`.

    Returns
    -------
    list
        One :class:`ParsedTranscript` or :class:`InputFileError` per path,
        in input order: one bad file never stops the batch.
    """
    return [
        result
        for _, result in iter_parse_many(
            paths, workers=workers, patterns=patterns, encoding=encoding, max_bytes=max_bytes
        )
    ]

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
import multiprocessing.context
import os
import sys
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from pathlib import Path
from typing import Self

from qualcode.core.errors import InputFileError
from qualcode.io.transcripts.compact import CompactTranscript
from qualcode.io.transcripts.orphan_guard import watch_parent
from qualcode.io.transcripts.parsed import ParsedTranscript
from qualcode.io.transcripts.reader import (
    DEFAULT_MAX_BYTES,
    read_transcript,
    read_transcript_compact,
)
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
#: Tasks in flight per worker (24 x 8 files of ~60 kB each, ~25 MB for two workers): results wait in this
#: process's memory only this far ahead of the one being stored, so peak memory stays bounded whatever the
#: number of files. Deep enough that workers started before the project is open (``qualcode import``: ~0.3 s
#: of loading SQLAlchemy and opening) keep parsing instead of waiting for this process to take results.
IN_FLIGHT_PER_WORKER = 24


def pool_context(start_method: str | None = None) -> multiprocessing.context.BaseContext:
    """The multiprocessing context for parse workers.

    ``None`` means "spawn" (a fresh interpreter: never inherits a parent's threads or Qt
    state; the GUI's choice) unless ``QUALCODE_POOL_FORK=1``. "fork" starts a worker in
    about a millisecond instead of ~70 ms of interpreter start and imports, but is only safe
    where the process has a single thread and no Qt: the command line, before it opens
    anything (see :func:`fork_is_safe`).
    """
    if start_method is None:
        start_method = "fork" if os.environ.get("QUALCODE_POOL_FORK") == "1" else "spawn"
    return multiprocessing.get_context(start_method)


def fork_is_safe() -> bool:
    """True where forking this process is safe: a POSIX system whose default is not spawn
    for a reason (macOS frameworks), and this process running a single thread."""
    import threading

    return (sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


_Chunk = list[CompactTranscript | tuple[str, str, str | None]]


class ParseStream:
    """Transcripts parsed ahead by worker processes, read back in input order.

    The workers start and get their first files when the stream is made, so the caller
    can do other work (load the storage layer, open the project) while they parse.
    Iterate it for ``(path, CompactTranscript or InputFileError)``; :meth:`close` (or a
    ``with`` block) stops the workers and drops what they have not delivered. At most
    ``workers * IN_FLIGHT_PER_WORKER`` chunks of ``CHUNK`` files are parsed ahead.
    With one worker, or fewer than ``MIN_PARALLEL`` files, files are parsed in this
    process as they are read.
    """

    def __init__(
        self,
        paths: Sequence[str | os.PathLike[str]],
        *,
        workers: int = 2,
        patterns: TurnPatterns | None = None,
        encoding: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        start_method: str | None = None,
    ) -> None:
        self.names = [str(p) for p in paths]
        self._args = (patterns, encoding, max_bytes)
        self._chunks = [self.names[i : i + CHUNK] for i in range(0, len(self.names), CHUNK)]
        self._pending: deque[Future[_Chunk]] = deque()
        self._submitted = 0
        self._closed = False
        workers = min(workers, os.cpu_count() or 1)
        self._pool: ProcessPoolExecutor | None = None
        if workers > 1 and len(self.names) >= MIN_PARALLEL:
            self._workers = workers
            self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=pool_context(start_method),
                                             initializer=watch_parent, initargs=(os.getpid(),))
            try:
                self._top_up()
            except BaseException:
                self.close()
                raise

    def _top_up(self) -> None:
        assert self._pool is not None
        while self._submitted < len(self._chunks) and len(self._pending) < self._workers * IN_FLIGHT_PER_WORKER:
            self._pending.append(self._pool.submit(_read_compact_chunk, self._chunks[self._submitted], *self._args))
            self._submitted += 1

    def __iter__(self) -> Iterator[tuple[Path, CompactTranscript | InputFileError]]:
        if self._closed:
            raise ValueError("the parse stream is closed")
        if self._pool is None:
            for name in self.names:
                (value,) = _read_compact_chunk([name], *self._args)
                yield Path(name), InputFileError(*value) if isinstance(value, tuple) else value
            return
        while self._pending:
            chunk = self._chunks[self._submitted - len(self._pending)]
            values = self._pending.popleft().result()
            self._top_up()
            for name, value in zip(chunk, values):
                yield Path(name), InputFileError(*value) if isinstance(value, tuple) else value

    def close(self) -> None:
        """Stop the workers; what they have not delivered is dropped. Safe to call twice."""
        if self._closed:
            return
        self._closed = True
        for future in self._pending:  # the caller stopped early (an error, a cancel): drop the rest
            future.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def iter_parse_compact(
    paths: Sequence[str | os.PathLike[str]],
    *,
    workers: int = 2,
    patterns: TurnPatterns | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    start_method: str | None = None,
) -> Generator[tuple[Path, CompactTranscript | InputFileError], None, None]:
    """Like :func:`iter_parse_many` but yields :class:`CompactTranscript` (bulk import).

    With the cheap column form, two processes pay off on a 2-core machine: the
    workers parse while this process stores what they sent (see :class:`ParseStream`).
    """
    with ParseStream(paths, workers=workers, patterns=patterns, encoding=encoding, max_bytes=max_bytes,
                     start_method=start_method) as stream:
        yield from stream


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

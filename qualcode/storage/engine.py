"""Engines for SQLite project files and PostgreSQL team databases."""

from __future__ import annotations

import functools
import sqlite3
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool, StaticPool

# APPLICATION_ID lives with the other stdlib-only file facts now; still importable from here
from qualcode.storage.file_format import APPLICATION_ID, read_only_uri  # noqa: F401

#: Execution option read by :func:`_begin`: ``"IMMEDIATE"`` (the default) or ``"DEFERRED"``.
BEGIN_OPTION = "qualcode_begin"
BUSY_TIMEOUT_MS = 5000
_BEGIN_ATTEMPTS = 3


def _safety_pragmas(cursor: Any) -> None:
    # Foreign keys are off by default in SQLite; without them deletes orphan segments.
    cursor.execute("PRAGMA foreign_keys=ON")
    # A colleague's file could carry malicious triggers/views calling functions.
    cursor.execute("PRAGMA trusted_schema=OFF")
    # A crafted page could claim cells larger than the page; check before trusting them.
    cursor.execute("PRAGMA cell_size_check=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite's own transaction handling defers BEGIN; we emit it ourselves
    # (SQLAlchemy's documented recipe) so a unit of work is one real transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    _safety_pragmas(cursor)
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed coding survives a crash and a power cut, at ~1 fsync per edit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    _safety_pragmas(cursor)
    cursor.close()


def _begin(conn: Any) -> None:
    """Start a write transaction with BEGIN IMMEDIATE unless told it only reads.

    A deferred transaction that reads first and writes later cannot wait for a
    second writer: in WAL mode its upgrade fails at once with "database is
    locked" (its snapshot is stale), whatever the busy timeout. BEGIN IMMEDIATE
    takes the write lock up front, so the busy timeout applies. Nothing has
    happened yet when BEGIN fails, so retrying it is safe.
    """
    mode = conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE")
    for attempt in range(_BEGIN_ATTEMPTS):
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE" if mode == "IMMEDIATE" else "BEGIN")
            return
        except OperationalError as exc:
            if not is_locked(exc) or attempt == _BEGIN_ATTEMPTS - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / busy errors."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return "database is locked" in str(orig)


def is_read_only_error(exc: BaseException) -> bool:
    """True for SQLite's "attempt to write a readonly database"."""
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == sqlite3.SQLITE_READONLY
    return "readonly database" in str(orig)


def sqlite_url(path: str) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite connections get our safety pragmas."""
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(with_keyring_password(make_url(url)), pool_pre_ping=True)


#: The service name under which QualCode keeps server passwords in the OS keyring.
KEYRING_SERVICE = "qualcode"


def keyring_account(url: URL) -> str:
    """The keyring entry for a server login: ``user@host:port/database``."""
    return account_name(str(url.username), str(url.host), url.port or 5432, str(url.database))


def account_name(user: str, host: str, port: int, database: str) -> str:
    """``user@host:port/database``: one keyring entry per login on one database."""
    return f"{user}@{host}:{port}/{database}"


def with_keyring_password(url: URL) -> URL:
    """``url`` with the password from the OS keyring when it names a user but no password.

    The password lives only in the keyring and in this process's memory, never in a file.
    Without the ``keyring`` package (or an entry) the URL is returned as it was (trust or
    peer authentication, or a server that will say the password is missing).
    """
    if url.password is not None or not url.username or url.get_backend_name() == "sqlite":
        return url
    try:
        import keyring
    except ImportError:
        return url
    try:
        password = keyring.get_password(KEYRING_SERVICE, keyring_account(url))
    except Exception:  # noqa: BLE001 - no usable keyring backend: connect without a password
        return url
    return url.set(password=password) if password else url


def make_memory_engine() -> Engine:
    """A private in-memory SQLite database with the same pragmas and BEGIN as a project."""
    engine = create_engine("sqlite://", poolclass=StaticPool)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def make_read_only_engine(path: Path, *, immutable: bool) -> Engine:
    """An engine on a project file we may not (or cannot) write."""
    uri = read_only_uri(path, immutable=immutable)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
        poolclass=QueuePool,  # "sqlite://" alone would mean one in-memory database per thread
    )
    event.listen(engine, "connect", _read_only_pragmas)
    event.listen(engine, "begin", _begin)
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})


# --- encrypted (SQLCipher) project files -------------------------------------------------


@functools.cache
def _quiet_sqlcipher() -> Any:
    """sqlcipher3, with SQLCipher's own stderr log off (a wrong key would print page errors)
    and its memory wiped when freed (decrypted pages do not linger in the heap, swap or a
    crash dump; ~13 % on a coding commit, measured). Both settings are process-wide."""
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA cipher_memory_security = ON")
    conn.close()
    return sqlcipher3


def key_pragma(password: str) -> str:
    """``PRAGMA key = '...'`` with the passphrase quoted as an SQL string literal."""
    return "PRAGMA key = '" + password.replace("'", "''") + "'"


def cipher_connect(database: str, password: str | None, *, uri: bool = False) -> Any:
    """A sqlcipher3 connection on ``database`` keyed with ``password`` (nothing read yet);
    ``None`` leaves it unkeyed, to read a plain file for ``sqlcipher_export``."""
    conn = _quiet_sqlcipher().connect(database, uri=uri, check_same_thread=False)
    if password is not None:
        conn.execute(key_pragma(password))  # must come before anything touches the file
    # keep sorts and temp tables in memory: a temp file would not be encrypted by our key
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def cipher_errors() -> tuple[type[BaseException], ...]:
    """The DBAPI error classes of sqlcipher3 (its classes are not sqlite3's)."""
    return (_quiet_sqlcipher().Error,)


def _cipher_url(database: str, password: str, query: dict[str, str] | None = None) -> URL:
    _quiet_sqlcipher()
    return URL.create("sqlite+pysqlcipher", password=password, database=database, query=query or {})


def _temp_in_memory(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def make_cipher_engine(path: Path, password: str) -> Engine:
    """An engine on an encrypted project file: SQLCipher, same pragmas and BEGIN as a plain one.

    SQLAlchemy's ``sqlite+pysqlcipher`` dialect issues ``PRAGMA key`` first on every new
    connection; the pool keeps connections, so the key derivation runs once per connection.
    """
    engine = create_engine(_cipher_url(str(path), password), poolclass=QueuePool,
                           connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "connect", _temp_in_memory)
    event.listen(engine, "begin", _begin)
    return engine


def make_cipher_read_only_engine(path: Path, password: str, *, immutable: bool) -> Engine:
    """An engine on an encrypted project file we may not (or cannot) write."""
    query = {"uri": "true", "mode": "ro"} | ({"immutable": "1"} if immutable else {})
    engine = create_engine(_cipher_url(f"file:{quote(str(path.resolve()))}", password, query),
                           poolclass=QueuePool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _read_only_pragmas)
    event.listen(engine, "connect", _temp_in_memory)
    event.listen(engine, "begin", _begin)
    return engine.execution_options(**{BEGIN_OPTION: "DEFERRED"})

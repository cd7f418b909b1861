"""The scan's store: a SQLite file (the default) or a PostgreSQL database (`postgresql://…`, for several
machines and analysts). Both hold the same schema, versioned: a store from an older reportlint is brought
up to date when opened, one from a newer reportlint is refused with a clear message."""

from __future__ import annotations

from reportlint.scan.store.base import Store, StoreError, StoreUnavailable
from reportlint.scan.store.sqlite import SQLiteStore

__all__ = ["SQLiteStore", "Store", "StoreError", "StoreUnavailable", "is_database_url", "open_store"]

DEFAULT_WAIT = 60.0  # seconds a lost database is waited for before the scan stops


def is_database_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def open_store(target: str, wait: float = DEFAULT_WAIT) -> Store:
    """The store at `target`: a PostgreSQL URL, or else the path of a SQLite file."""
    if not is_database_url(target):
        return SQLiteStore(target)
    try:
        from reportlint.scan.store.postgres import PostgresStore
    except ImportError:
        raise StoreError("a PostgreSQL store needs psycopg: pip install 'reportlint[postgres]'") from None
    return PostgresStore(target, wait)

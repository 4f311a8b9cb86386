"""The DuckDB destination of `formclients sync`: dlt's, with the file attached with small row groups.

At each checkpoint (dlt closes the file after every load job) DuckDB's vacuum merges runs of
under-full row groups, up to three row groups' worth of rows per task, and rewrites them in
memory. With DuckDB's default of 122,880 rows a row group, that peak grew with the table: 280 MB
at 10,000 Formsite results, 440 MB at 100,000. With 8,192 rows a merge holds at most 24,576 rows
and the peak stays flat (`scripts/bench_sync.py`), while small appends are still compacted: 500 runs of
three rows each on a 100,000-row table leave 14 row groups. Turning the vacuum off instead
(`max_vacuum_tasks = 0`) bounds memory too, but leaves each load its own row group: 2,000 small
runs grew a 1 MB table to 520 MB, and scans became 40 times slower.

DuckDB takes the row-group size only as an option of ATTACH (it is neither a setting nor stored in
the file), so each connection opens an in-memory database named after the file and attaches the
file to it. If this process already has the file open in another DuckDB instance (a user's own
`duckdb.connect(path)`), DuckDB refuses a second attach; the pool then connects to the path and
shares that instance, with DuckDB's default row groups.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import dlt
import duckdb
from dlt.common.configuration import configspec
from dlt.destinations.impl.duckdb.configuration import (
    DuckDbClientConfiguration,
    DuckDbConnectionPool,
    DuckDbCredentials,
)

ROW_GROUP_SIZE = 8192


class AttachingPool(DuckDbConnectionPool):
    """dlt's connection pool, connecting through an ATTACH with `ROW_GROUP_SIZE` while it can."""

    def __init__(self, credentials: SmallRowGroupsCredentials) -> None:
        super().__init__(credentials)
        self.attaching = True
        self.catalog = catalog(credentials)

    def borrow_conn(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().borrow_conn(*args, **kwargs)
        except duckdb.BinderException as error:
            if not self.attaching or "Unique file handle conflict" not in str(error):
                raise
            self.attaching, self._statements = False, []  # the file's own instance: plain connections
            return super().borrow_conn(*args, **kwargs)

    def _apply_local_config(self, conn: Any, local_config: Any = None, pragmas: Any = None) -> None:
        if self.attaching:  # each cloned session starts in the in-memory database
            conn.execute(f"USE {self.catalog}")
        super()._apply_local_config(conn, local_config, pragmas)


@configspec(init=False)
class SmallRowGroupsCredentials(DuckDbCredentials):
    def _conn_str(self) -> str:
        if isinstance(self.conn_pool, AttachingPool) and not self.conn_pool.attaching:
            return str(self.database)
        # one name per file: every pool of this process shares the instance that attached it
        return ":memory:formclients_" + hashlib.sha1(str(self.database).encode()).hexdigest()[:16]

    def on_resolved(self) -> None:
        super().on_resolved()  # checks the path; its pool is replaced here
        path = "'" + str(self.database).replace("'", "''") + "'"
        attach = f"ATTACH IF NOT EXISTS {path} AS {catalog(self)} (ROW_GROUP_SIZE {ROW_GROUP_SIZE})"
        self.statements = [attach, *(self.statements or [])]
        self.conn_pool = AttachingPool(self)


@configspec(init=False)
class SmallRowGroupsConfiguration(DuckDbClientConfiguration):
    credentials: SmallRowGroupsCredentials = None  # type: ignore[assignment]


class SmallRowGroupsDuckDb(dlt.destinations.duckdb):
    spec = SmallRowGroupsConfiguration


def catalog(credentials: DuckDbCredentials) -> str:
    """The name DuckDB itself gives the file's database (its stem), quoted."""
    return '"' + Path(str(credentials.database)).stem.replace('"', '""') + '"'

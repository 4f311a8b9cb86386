"""`formclients sync`: every provider's data into a database, incremental and crash-safe, on dlt.

    from formclients.sync import SyncOptions, run_sync
    summary = run_sync(SyncOptions("formsite", to="postgresql://me@localhost/forms"))

Needs the `sync` extra (`pip install 'formclients[sync]'`). `provider_source` gives the dlt
source itself, for use in a pipeline of your own.
"""

from ._columns import Field, FormSchema
from ._job import SyncOptions, destination, rate_limit_bound, run_sync
from ._model import Collection, FormRef, ProviderApi, Record
from ._source import Report, provider_source

__all__ = [
    "Collection",
    "Field",
    "FormRef",
    "FormSchema",
    "ProviderApi",
    "Record",
    "Report",
    "SyncOptions",
    "destination",
    "provider_source",
    "rate_limit_bound",
    "run_sync",
]

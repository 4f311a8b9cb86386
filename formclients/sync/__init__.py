"""`formclients sync`: every provider's data into a database, incremental and crash-safe, on dlt.

    from formclients.sync import SyncOptions, run_sync
    summary = run_sync(SyncOptions("formsite", to="postgresql://me@localhost/forms"))

Needs the `sync` extra (`pip install 'formclients[sync]'`). `provider_source` gives the dlt
source itself, for use in a pipeline of your own; `load_cognito_entries` merges Cognito entries
delivered by webhook into the same tables. How each resource is read, and what that
guarantees, is in each provider module's docstring (`formclients.sync.providers`) and the
README's Sync section.
"""

from ._columns import Field, FormSchema
from ._job import SyncOptions, destination, rate_limit_bound, run_sync
from ._model import Collection, FormRef, ProviderApi, Reading, Record
from ._source import Report, provider_source
from ._webhook import load_cognito_entries

__all__ = [
    "Collection",
    "Field",
    "FormRef",
    "FormSchema",
    "ProviderApi",
    "Reading",
    "Record",
    "Report",
    "SyncOptions",
    "destination",
    "load_cognito_entries",
    "provider_source",
    "rate_limit_bound",
    "run_sync",
]

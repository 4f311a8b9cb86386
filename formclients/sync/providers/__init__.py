"""One module per provider holding every client call the sync makes (see `formclients.sync._model`)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Sequence
from typing import Any

import httpx

from .._model import ProviderApi

PROVIDERS = ("cognito_forms", "cogram", "formester", "formr", "formsite")
CLIENTS = {
    "cognito_forms": "CognitoForms",
    "cogram": "Cogram",
    "formester": "Formester",
    "formr": "Formr",
    "formsite": "Formsite",
}


def connect(
    provider: str, transport: httpx.BaseTransport, *, forms: Sequence[str] = (), **client_options: Any
) -> tuple[ProviderApi, Any]:
    """The provider's API adapter and its client object. The client reads its credential, base URL
    and server variables from the environment (`FORMSITE_TOKEN`, `FORMSITE_BASE_URL`, ...) as always."""
    if provider not in PROVIDERS:
        raise LookupError(f"no sync for {provider!r}; choose one of {', '.join(PROVIDERS)}")
    client_class = getattr(importlib.import_module(f"{provider}_client"), CLIENTS[provider])
    options: dict[str, Any] = {"transport": transport, **client_options}
    if provider == "formr":
        from .formr import auth_scheme_for

        scheme = auth_scheme_for(client_options.get("token") or os.environ.get("FORMR_TOKEN"))
        if scheme:
            options.setdefault("auth_scheme", scheme)
    client = client_class(**options)
    module = importlib.import_module(f"{__name__}.{provider}")
    if provider == "formr":
        return module.FormrApi(client, forms), client
    api_class = {
        "cognito_forms": "CognitoFormsApi",
        "cogram": "CogramApi",
        "formester": "FormesterApi",
        "formsite": "FormsiteApi",
    }[provider]
    return getattr(module, api_class)(client), client

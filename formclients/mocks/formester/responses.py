"""The Formester mock's handlers: one method per operationId, over the store in models.py."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any, ClassVar

from formclients.runtime import RateLimit

from .._core import ApiError, Call, DemoCredential, Principal, ProviderMock, Reply, retry_after
from .._model import StoreAttribute
from .._paging import page_of
from .._store import Collection
from .data import CREDENTIALS, demo_store
from .models import FormesterStore

PER_PAGE = 20
TOKEN_FORMAT = re.compile(r"[A-Za-z0-9._-]{16,128}")


class FormesterMock(ProviderMock):
    """Formester API v2 at https://app.formester.com/api/v2 (in-process: http://mock.local/api/v2)."""

    provider = "formester"
    validation_status = 400
    credentials: ClassVar[tuple[DemoCredential, ...]] = CREDENTIALS

    store: FormesterStore
    forms: StoreAttribute[dict[int, dict[str, Any]]] = StoreAttribute()
    """The organization's forms by numeric id (without `submissionsCount`, which is counted live)."""
    submissions: StoreAttribute[dict[str, dict[str, Any]]] = StoreAttribute()
    """Every submission by its UUID, in creation order; delete_submission removes from here."""
    deleted: StoreAttribute[list[str]] = StoreAttribute()
    """UUIDs of the submissions deleted through the API since the last reset, in order."""

    def seed(self) -> None:
        self.store = demo_store(self.settings.data_scale)

    def _add_form(self, form_id: int, form_uuid: str, name: str, created: datetime) -> None:
        """Add a form to the organization (for tests that change the data under a client)."""
        self.store.add_form(form_id, form_uuid, name, created)

    def _add_submission(self, form_id: int, submission_id: str, data: dict[str, Any], created: datetime) -> None:
        """Add a submission to a form (for tests that change the data under a client)."""
        self.store.add_submission(form_id, submission_id, data, created)

    # -- auth and errors in Formester's words ---------------------------------------------------

    def authenticate(self, call: Call, scheme: str, value: str) -> Principal:
        if not value.strip():
            raise self.missing_credential(call)
        if not TOKEN_FORMAT.fullmatch(value):
            raise self.error(400, "Invalid token provided")
        for credential in self.credentials:
            if credential.scheme == scheme and credential.value == value:
                if credential.attributes.get("active", True) is False:
                    raise self.invalid_credential(call, value)
                return Principal(credential)
        raise self.invalid_credential(call, value)

    def missing_credential(self, call: Call) -> ApiError:
        return self.error(400, "Access Token not found")

    def invalid_credential(self, call: Call, credential: str) -> ApiError:
        return self.error(401, "Invalid access token")

    def missing_scope(self, call: Call, scope: str) -> ApiError:
        return self.error(403, f"You do not have permission to perform this action. Required scope: {scope}")

    def rate_limited(self, call: Call, limit: RateLimit, wait: float) -> ApiError:
        return self.error(429, "You have exceeded api rate limit", headers=retry_after(wait))

    def _allowed(self, call: Call, form_id: int) -> bool:
        assert call.principal is not None
        restricted: tuple[int, ...] | None = call.principal.credential.attributes.get("forms")
        return restricted is None or form_id in restricted

    def _visible_submission(self, call: Call) -> dict[str, Any]:
        submission = self.submissions.get(str(call.param("id")))
        form = self.store.form_by_uuid(submission["formId"]) if submission else None
        if submission is None or form is None or not self._allowed(call, form["id"]):
            raise self.not_found("Submission not found")
        return submission

    # -- operations -------------------------------------------------------------------------------

    def list_forms(self, call: Call) -> Reply:
        page = int(call.param("page", 1))
        forms = [
            self.store.form_json(f)
            for f in sorted(self.forms.values(), key=lambda f: f["id"])
            if self._allowed(call, f["id"])
        ]
        items, _ = page_of(forms, page, PER_PAGE)
        return Reply({"forms": items, "meta": {"totalCount": len(forms), "page": page, "perPage": PER_PAGE}})

    def list_submissions(self, call: Call) -> Reply:
        page = int(call.param("page", 1))
        form_id, form_uuid = call.param("form_id"), call.param("form_uuid")
        if form_id is None and form_uuid is None:
            raise self.error(400, "form_id or form_uuid is required")
        form = self.forms.get(form_id) if form_id is not None else self.store.form_by_uuid(form_uuid)
        if form is not None and form_id is not None and form_uuid is not None and form["uuid"] != form_uuid.lower():
            form = None
        if form is None or not self._allowed(call, form["id"]):
            raise self.not_found("Form not found or not authorized")
        filters: Mapping[str, str] = call.param("filters") or {}
        sort, descending = call.param("sort"), call.param("order", "asc") == "desc"
        found = self.store.submissions_of(form, filters, sort, descending)
        items, _ = page_of(found, page, PER_PAGE)
        meta = {"formId": form["id"], "formUuid": form["uuid"], "totalCount": len(found), "page": page}
        return Reply({"submissions": items, "meta": {**meta, "perPage": PER_PAGE}})

    def get_submission(self, call: Call) -> Reply:
        return Reply({"submission": self._visible_submission(call)})

    def delete_submission(self, call: Call) -> Reply:
        submission = self._visible_submission(call)
        self.store.delete_submission(submission["id"])
        return Reply({"message": "Submission deleted successfully"})

    # -- the store as JSON (seeds, the control API) ------------------------------------------------

    store_collections: ClassVar[Mapping[str, Collection]] = {
        "forms": Collection("Form", description="the organization's forms (submissionsCount is counted, not stored)"),
        "submissions": Collection("Submission", description="every form's submissions"),
    }

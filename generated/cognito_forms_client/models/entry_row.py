from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.entry_form_ref import EntryFormRef
    from ..models.entry_metadata import EntryMetadata


T = TypeVar("T", bound="EntryRow")


@_attrs_define(init=False)
class EntryRow:
    """An entry as list_entries returns it: the get_entry shape, limited to the view's fields
    and to the properties `$select` names (so none is required).

        Attributes:
            id (str | Unset): The entry id (`{form Id}-{number}`).
            form (EntryFormRef | Unset): The form an entry belongs to, `{Id, Name, InternalName}` as the evidence shows.
            entry (EntryMetadata | Unset): The entry's metadata (the `Entry` property of an entry), with the fields the
                connector
                and real integrations show: `Action`, `AdminLink`, `CustomerLink`, `DateCreated`,
                `DateSubmitted`, `DateUpdated`, `Document1`, `Document2` ... (one link per document
                template), one link per workflow role (e.g. `FacilitiesManagerLink`; hence additional
                properties), `Number` and `Status` (read-only), `Order`, `Role`, `Timestamp`, `User`,
                `Version`. Not documented by the provider: which are always present; this spec assumes
                `Number`, `Status`, `DateCreated` and `DateUpdated` are, and that link properties are
                left out of a deleted entry. `Origin` is assumed after Cognito's entry JSON.
    """

    id: str | Unset = UNSET
    form: EntryFormRef | Unset = UNSET
    entry: EntryMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        id: str | None | Unset = UNSET,
        form: EntryFormRef | None | Unset = UNSET,
        entry: EntryMetadata | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.id = UNSET if id is None else id
        self.form = UNSET if form is None else form
        self.entry = UNSET if entry is None else entry
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("id", self.id),
            ("form", self.form),
            ("entry", self.entry),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"EntryRow({shown})"

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        form: dict[str, Any] | Unset = UNSET
        if not isinstance(self.form, Unset):
            form = self.form.to_dict()

        entry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.entry, Unset):
            entry = self.entry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if form is not UNSET:
            field_dict["Form"] = form
        if entry is not UNSET:
            field_dict["Entry"] = entry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.entry_form_ref import EntryFormRef
        from ..models.entry_metadata import EntryMetadata

        d = dict(src_dict)
        id = d.pop("Id", UNSET)

        _form = d.pop("Form", UNSET)
        form: EntryFormRef | Unset
        if isinstance(_form, Unset):
            form = UNSET
        else:
            form = EntryFormRef.from_dict(_form)

        _entry = d.pop("Entry", UNSET)
        entry: EntryMetadata | Unset
        if isinstance(_entry, Unset):
            entry = UNSET
        else:
            entry = EntryMetadata.from_dict(_entry)

        instance_ = cls(
            id=id,
            form=form,
            entry=entry,
        )

        instance_.additional_properties = d
        return instance_

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

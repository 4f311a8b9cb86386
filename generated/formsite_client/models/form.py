from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.form_publish import FormPublish
    from ..models.form_stats import FormStats


T = TypeVar("T", bound="Form")


@_attrs_define(init=False)
class Form:
    """A form.

    Attributes:
        directory (str): The form's URL directory (the `form_dir` of the form's actions).
        name (str): The form's name.
        publish (FormPublish): How the form is shared.
        state (str): The form's open/close state. "open" if the form is open; if closed, the value begins with "closed"
            followed by the reason.
        stats (FormStats): The form's storage statistics.
        description (str | Unset): Optional. The form's description, if one is set on the form's "Settings -> General"
            page.
    """

    directory: str
    name: str
    publish: FormPublish
    state: str
    stats: FormStats
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        directory: str,
        name: str,
        publish: FormPublish,
        state: str,
        stats: FormStats,
        description: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.directory = directory
        self.name = name
        self.publish = publish
        self.state = state
        self.stats = stats
        self.description = UNSET if description is None else description
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("directory", self.directory),
            ("name", self.name),
            ("publish", self.publish),
            ("state", self.state),
            ("stats", self.stats),
            ("description", self.description),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Form({shown})"

    def to_dict(self) -> dict[str, Any]:
        directory = self.directory

        name = self.name

        publish = self.publish.to_dict()

        state = self.state

        stats = self.stats.to_dict()

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "directory": directory,
                "name": name,
                "publish": publish,
                "state": state,
                "stats": stats,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.form_publish import FormPublish
        from ..models.form_stats import FormStats

        d = dict(src_dict)
        directory = d.pop("directory")

        name = d.pop("name")

        publish = FormPublish.from_dict(d.pop("publish"))

        state = d.pop("state")

        stats = FormStats.from_dict(d.pop("stats"))

        description = d.pop("description", UNSET)

        instance_ = cls(
            directory=directory,
            name=name,
            publish=publish,
            state=state,
            stats=stats,
            description=description,
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

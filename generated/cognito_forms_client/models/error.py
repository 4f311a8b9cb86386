from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_data import ErrorData


T = TypeVar("T", bound="Error")


@_attrs_define(init=False)
class Error:
    """An error, as in the provider's connector definition. Not documented by the provider:
    which fields are always present; this spec assumes `Message` and `Type` always are.

        Attributes:
            message (str): A message describing the error.
            type_ (str): The type of the error (for example NotFound, Unauthorized, Forbidden, InvalidRequest).
            support_code (str | Unset): A support code identifying the specific error.
            data (ErrorData | Unset): Data related to the error.
    """

    message: str
    type_: str
    support_code: str | Unset = UNSET
    data: ErrorData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        message: str,
        type_: str,
        support_code: str | None | Unset = UNSET,
        data: ErrorData | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.message = message
        self.type_ = type_
        self.support_code = UNSET if support_code is None else support_code
        self.data = UNSET if data is None else data
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("message", self.message),
            ("type_", self.type_),
            ("support_code", self.support_code),
            ("data", self.data),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"Error({shown})"

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        type_ = self.type_

        support_code = self.support_code

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Message": message,
                "Type": type_,
            }
        )
        if support_code is not UNSET:
            field_dict["SupportCode"] = support_code
        if data is not UNSET:
            field_dict["Data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_data import ErrorData

        d = dict(src_dict)
        message = d.pop("Message")

        type_ = d.pop("Type")

        support_code = d.pop("SupportCode", UNSET)

        _data = d.pop("Data", UNSET)
        data: ErrorData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ErrorData.from_dict(_data)

        instance_ = cls(
            message=message,
            type_=type_,
            support_code=support_code,
            data=data,
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

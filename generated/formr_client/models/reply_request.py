from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyRequest")


@_attrs_define(init=False)
class ReplyRequest:
    """An email reply to the person who made a submission.

    Attributes:
        message (str): The reply's body text.
        subject (str | Unset): The email subject. Optional (assumed); defaults to `Re: <form name>`.
    """

    message: str
    subject: str | Unset = UNSET

    def __init__(
        self,
        message: str,
        subject: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.message = message
        self.subject = UNSET if subject is None else subject

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("message", self.message),
            ("subject", self.subject),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"ReplyRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        subject = self.subject

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        subject = d.pop("subject", UNSET)

        instance_ = cls(
            message=message,
            subject=subject,
        )

        return instance_

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset

if TYPE_CHECKING:
    from ..models.submission import Submission
    from ..models.submissions_meta import SubmissionsMeta


T = TypeVar("T", bound="SubmissionList")


@_attrs_define(init=False)
class SubmissionList:
    """
    Attributes:
        submissions (list[Submission]): Array of submission objects.
        meta (SubmissionsMeta): The meta object of list_submissions: the form it is about and the paging counts.
            `totalCount` counts the submissions that match the filters (assumed; the docs say
            "Total number of submissions").
    """

    submissions: list[Submission]
    meta: SubmissionsMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __init__(
        self,
        submissions: list[Submission],
        meta: SubmissionsMeta,
    ) -> None:
        self.submissions = submissions
        self.meta = meta
        self.additional_properties = {}

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("submissions", self.submissions),
            ("meta", self.meta),
        ]
        if self.additional_properties:
            fields.append(("additional_properties", self.additional_properties))
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"SubmissionList({shown})"

    def to_dict(self) -> dict[str, Any]:
        submissions = []
        for submissions_item_data in self.submissions:
            submissions_item = submissions_item_data.to_dict()
            submissions.append(submissions_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "submissions": submissions,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.submission import Submission
        from ..models.submissions_meta import SubmissionsMeta

        d = dict(src_dict)
        submissions = []
        _submissions = d.pop("submissions")
        for submissions_item_data in _submissions:
            submissions_item = Submission.from_dict(submissions_item_data)

            submissions.append(submissions_item)

        meta = SubmissionsMeta.from_dict(d.pop("meta"))

        instance_ = cls(
            submissions=submissions,
            meta=meta,
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

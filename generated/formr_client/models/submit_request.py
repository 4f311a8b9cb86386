from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answers import Answers


T = TypeVar("T", bound="SubmitRequest")


@_attrs_define(init=False)
class SubmitRequest:
    """A response to a form: its answers, and optionally the respondent's session and reCAPTCHA token.

    Attributes:
        answers (Answers): The answers of a submission, keyed by field name (the form's own fields, so free-form
            here). Values are strings, numbers, booleans or lists of strings, as the field type
            says.
        session_id (str | Unset): The respondent's session (e.g. from the form's embed). Stored; not a de-duplication
            key (assumed).
        recaptcha_token (str | Unset): The token the reCAPTCHA widget produced, for forms with reCAPTCHA configured.
    """

    answers: Answers
    session_id: str | Unset = UNSET
    recaptcha_token: str | Unset = UNSET

    def __init__(
        self,
        answers: Answers,
        session_id: str | None | Unset = UNSET,
        recaptcha_token: str | None | Unset = UNSET,
    ) -> None:
        """An optional field left at None is not sent; where the API allows null, None is sent as null."""
        self.answers = answers
        self.session_id = UNSET if session_id is None else session_id
        self.recaptcha_token = UNSET if recaptcha_token is None else recaptcha_token

    def __repr__(self) -> str:
        """Only the fields that are set (attrs' own repr would show every unset one)."""
        fields: list[tuple[str, object]] = [
            ("answers", self.answers),
            ("session_id", self.session_id),
            ("recaptcha_token", self.recaptcha_token),
        ]
        shown = ", ".join(f"{name}={value!r}" for name, value in fields if not isinstance(value, Unset))
        return f"SubmitRequest({shown})"

    def to_dict(self) -> dict[str, Any]:
        answers = self.answers.to_dict()

        session_id = self.session_id

        recaptcha_token = self.recaptcha_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answers": answers,
            }
        )
        if session_id is not UNSET:
            field_dict["sessionId"] = session_id
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.answers import Answers

        d = dict(src_dict)
        answers = Answers.from_dict(d.pop("answers"))

        session_id = d.pop("sessionId", UNSET)

        recaptcha_token = d.pop("recaptchaToken", UNSET)

        instance_ = cls(
            answers=answers,
            session_id=session_id,
            recaptcha_token=recaptcha_token,
        )

        return instance_

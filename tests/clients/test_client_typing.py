"""What mypy --strict infers for user code written against the client objects.

The script below is what a user writes; `# reveal: T` marks a line whose `reveal_type` must be exactly T,
`# error: code` a line mypy must refuse with that error code. Nothing else may be reported: no Optional
to unwrap, no Unset to import, no Literal alias taken for an enum. mypy finds the packages as a user's
mypy does, through the installed distribution (their py.typed), not through the project's mypy_path.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

USER_CODE = """
import asyncio
from datetime import UTC, datetime

import cognito_forms_client
import cogram_client
import formr_client
import formsite_client
from cogram_client.models import ProjectCreate, ProjectMemberUpsert
from cogram_client.models import ProjectRole  # error: attr-defined


def load_checkpoint() -> int | None:
    return None


def formsite() -> None:
    with formsite_client.Formsite("token", server="fs22", user_dir="acme") as fs:
        since = datetime(2026, 1, 1, tzinfo=UTC)
        results = fs.results.list("contact", after_date=since)
        reveal_type(results)  # reveal: formsite_client.models.result_list.ResultList
        checkpoint = load_checkpoint()
        for page in fs.results.iter_pages("contact", sort_direction="asc", after_id=checkpoint):
            reveal_type(page.items)  # reveal: list[formsite_client.models.result.Result]
        for result in fs.results.iter_items("contact", search_contains={"100": "smith"}, limit=None):
            reveal_type(result.date_update)  # reveal: datetime.datetime
        reveal_type(fs.forms.get("contact"))  # reveal: formsite_client.models.form_list.FormList
        raw = fs.with_raw_response.results.list("contact")
        reveal_type(raw)  # reveal: formsite_client.types.Response[formsite_client.models.result_list.ResultList]
        reveal_type(raw.status_code)  # reveal: http.HTTPStatus
        fs.results.list("contact", after_date="2026-01-01")  # error: arg-type
        fs.results.list("contact", sort_direction="up")  # error: arg-type


def formr() -> None:
    with formr_client.Formr("token", auth_scheme="sessionToken") as formr:
        page = formr.responses.list(form_id="f", environment="production")
        reveal_type(page)  # reveal: formr_client.models.response_list.ResponseList
        reveal_type(formr.responses.export_csv(form_id="f", environment="production"))  # reveal: str
        formr.responses.list(form_id="f", environment="production", format_="csv")  # error: call-arg


def cognito() -> None:
    cognito = cognito_forms_client.CognitoForms("key")
    reveal_type(cognito.documents.download("ContactUs", "1-3", 1))  # reveal: bytes
    reveal_type(cognito.forms.list())  # reveal: list[cognito_forms_client.models.form_ref.FormRef]
    reveal_type(cognito.entries.delete("ContactUs", "1-3"))  # reveal: None


def cogram() -> None:
    cogram = cogram_client.Cogram("key")
    project = cogram.projects.create(body=ProjectCreate(name="Bridge"), x_forwarded_user=None)
    reveal_type(project)  # reveal: cogram_client.models.project.Project
    cogram.members.add_or_update(project.id, project.id, body=ProjectMemberUpsert(role="owner"))
    ProjectMemberUpsert(role="ownr")  # error: arg-type


def formr_reply(subject: str | None) -> None:
    from formr_client.models import ReplyRequest

    formr = formr_client.Formr("key")
    formr.responses.reply("rsp_1", body=ReplyRequest(message="Thanks", subject=subject))  # None: no subject sent


async def main() -> None:
    async with formsite_client.AsyncFormsite("token", user_dir="acme") as fs:
        reveal_type(await fs.results.list("contact"))  # reveal: formsite_client.models.result_list.ResultList
        async for result in fs.results.iter_items("contact"):
            reveal_type(result)  # reveal: formsite_client.models.result.Result


asyncio.run(main())
"""


def expectations(code: str) -> set[str]:
    expected = set()
    for number, line in enumerate(code.splitlines(), start=1):
        if match := re.search(r"# reveal: (.+)$", line):
            expected.add(f'{number}: note: Revealed type is "{match.group(1)}"')
        elif match := re.search(r"# error: ([\w-]+)$", line):
            expected.add(f"{number}: error [{match.group(1)}]")
    return expected


def reported(output: str) -> set[str]:
    found = set()
    for line in output.splitlines():
        if match := re.match(r"user\.py:(\d+): note: (Revealed type is .+)$", line):
            found.add(f"{match.group(1)}: note: {match.group(2)}")
        elif match := re.match(r"user\.py:(\d+): error: .*\[([\w-]+)\]$", line):
            found.add(f"{match.group(1)}: error [{match.group(2)}]")
        elif re.match(r"user\.py:\d+: (error|note):", line) and " defined in " not in line:
            found.add(line)  # anything else mypy says about the user's code is unexpected
    return found


def test_mypy_strict_infers_the_success_types(tmp_path: Path) -> None:
    (tmp_path / "user.py").write_text(USER_CODE)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "cache"), "user.py"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert "user.py" in result.stdout, result.stdout + result.stderr
    assert reported(result.stdout) == expectations(USER_CODE), result.stdout

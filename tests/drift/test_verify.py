"""`formclients verify FILE.har`: HARs recorded from real requests through the mocks verify clean; doctored
ones report each mismatch with its operation, status and JSON path; unreadable input exits 2 with a message."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from formclients.cli import main

from .conftest import REQUESTS, har, recorded_traffic


@pytest.fixture(scope="module")
def recorded() -> dict[str, Any]:
    """Every provider's REQUESTS, sent through its client to its in-process mock, as one HAR."""
    exchanges = [exchange for provider in sorted(REQUESTS) for exchange in recorded_traffic(provider).exchanges]
    return har(exchanges)


def verify(tmp_path: Path, document: Any, capsys: pytest.CaptureFixture[str], *options: str) -> tuple[int, str, str]:
    path = tmp_path / "traffic.har"
    path.write_text(document if isinstance(document, str) else json.dumps(document))
    status = main(["verify", str(path), *options])
    out, err = capsys.readouterr()
    return status, out, err


def entry(document: dict[str, Any], url_part: str, status: int | None = None) -> dict[str, Any]:
    """The first entry whose URL contains `url_part` (and with that status)."""
    found: dict[str, Any] = next(
        e
        for e in document["log"]["entries"]
        if url_part in e["request"]["url"] and status in (None, e["response"]["status"])
    )
    return found


def body(found: dict[str, Any]) -> Any:
    return json.loads(found["response"]["content"]["text"])


def set_body(found: dict[str, Any], value: Any) -> None:
    found["response"]["content"]["text"] = json.dumps(value)


def test_traffic_recorded_from_the_mocks_verifies_clean(
    recorded: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = verify(tmp_path, recorded, capsys)
    assert status == 0, out + err
    lines = out.splitlines()
    expected = sum(len(requests) for requests in REQUESTS.values())
    assert lines[-1] == f"drift in 0 of {expected} matched entries"
    matched = [line.split()[1:3] for line in lines[1:-1]]
    assert matched == [[provider, request[0]] for provider in sorted(REQUESTS) for request in REQUESTS[provider]]


def test_a_doctored_har_reports_each_mismatch_with_its_json_path(
    recorded: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(recorded)
    results = entry(document, "/forms/contact/results")
    changed = body(results)
    changed["results"][2]["id"] = 17
    del changed["results"][0]["date_update"]
    set_body(results, changed)
    projects = entry(document, "/v1/projects?")
    projects["response"]["status"] = 418
    forms = entry(document, "/api/v2/forms")
    forms["response"]["headers"] = [
        h if h["name"].lower() != "content-type" else {"name": "content-type", "value": "text/html"}
        for h in forms["response"]["headers"]
    ]

    status, out, err = verify(tmp_path, document, capsys)

    assert status == 1, out + err
    assert "DRIFT  formsite get_form_results  GET http://mock.local/api/v2/demo/forms/contact/results" in out
    assert "         $.results[0].date_update: expected a value (required), seen nothing\n" in out
    assert "         $.results[2].id: expected type string, seen 17\n" in out
    assert "DRIFT  cogram list_projects" in out
    assert re.search(r"\n         status: expected one of 200, [0-9X, ]+, seen 418\n", out), out
    assert "DRIFT  formester list_forms" in out
    assert "         content-type: expected application/json, seen text/html\n" in out
    assert out.splitlines()[-1].startswith("drift in 3 of ")


def test_hosts_of_the_real_apis_are_matched_by_host_and_base_path(
    recorded: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As a browser would record it: Formsite's server and user directory are parts of its URL."""
    document = copy.deepcopy(recorded)
    for item in document["log"]["entries"]:
        item["request"]["url"] = (
            item["request"]["url"]
            .replace("http://mock.local/api/v2/demo/", "https://fs22.formsite.com/api/v2/acme/")
            .replace("http://mock.local/v1/", "https://api.cogram.com/v1/")
        )
    document["log"]["entries"].append(copy.deepcopy(document["log"]["entries"][0]))
    document["log"]["entries"][-1]["request"]["url"] = "https://cdn.example.com/app.js"

    status, out, err = verify(tmp_path, document, capsys)

    assert status == 0, out + err
    assert "ok     formsite get_form_results  GET https://fs22.formsite.com/api/v2/acme/forms/contact/results" in out
    assert "ok     cogram list_users  GET https://api.cogram.com/v1/users  200" in out
    assert "skip   GET https://cdn.example.com/app.js  (no operation of the specs matches)" in out
    assert out.splitlines()[-1].endswith("(1 skipped)")


def test_a_credential_in_the_query_string_is_not_printed(
    recorded: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(recorded)
    forms = entry(document, "/api/forms")
    forms["request"]["url"] += "?access_token=ey.secret.token"
    set_body(forms, [{"Id": 1}])
    status, out, err = verify(tmp_path, document, capsys)
    assert status == 1
    assert "ey.secret.token" not in out + err
    assert "GET http://mock.local/api/forms?access_token=[REDACTED]" in out


def test_an_entry_without_a_recorded_body_is_checked_for_status_and_headers(
    recorded: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = copy.deepcopy(recorded)
    del entry(document, "/v1/users")["response"]["content"]["text"]
    status, out, err = verify(tmp_path, document, capsys)
    assert status == 0, out + err
    assert "ok     cogram list_users  GET http://mock.local/v1/users  200  (no body was recorded" in out


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("{not json", "is not a HAR file: not JSON (line 1, column 2"),
        ("[]", "is not a HAR file: it has no log.entries list"),
        (
            {"log": {"entries": [{"request": {"method": "GET"}}]}},
            "log.entries[0].response: expected dict, found NoneType",
        ),
        (
            {
                "log": {
                    "entries": [
                        {
                            "request": {"method": "GET", "url": "http://mock.local/v1/users"},
                            "response": {"status": 200, "headers": [], "content": {"text": "%%", "encoding": "base64"}},
                        }
                    ]
                }
            },
            "log.entries[0].response.content.text: not valid base64",
        ),
        ({"log": {"entries": []}}, "matches an operation of the specs, so nothing was verified"),
    ],
    ids=["not JSON", "not a HAR", "entry without response", "bad base64", "nothing to verify"],
)
def test_unusable_input_exits_2_with_a_message(
    document: Any, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _out, err = verify(tmp_path, document, capsys)
    assert status == 2
    assert message in err
    assert err.startswith("error: ")


def test_a_missing_file_exits_2_with_a_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "missing.har")]) == 2
    assert capsys.readouterr().err == f"error: cannot read {tmp_path / 'missing.har'}: No such file or directory\n"


def test_the_installed_command(tmp_path: Path) -> None:
    """The `formclients` entry point, in a fresh process: status and report, no traceback."""
    (tmp_path / "bad.har").write_bytes(b"\xff\xfe not a har")
    result = subprocess.run(
        [str(Path(sys.executable).parent / "formclients"), "verify", str(tmp_path / "bad.har")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr


def test_provider_narrows_the_specs_entries_are_matched_against(
    recorded: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, err = verify(tmp_path, recorded, capsys, "--provider", "cogram")
    assert status == 0, out + err
    others = sum(len(requests) for requests in REQUESTS.values()) - len(REQUESTS["cogram"])
    assert out.splitlines()[-1] == f"drift in 0 of {len(REQUESTS['cogram'])} matched entries ({others} skipped)"
    assert all(line.startswith(("skip", "ok     cogram")) for line in out.splitlines()[1:-1])

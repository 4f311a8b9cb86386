from typing import Any

from ._harness import CASES_SENT, EXAMPLES, STATEFUL_STEPS


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if CASES_SENT:
        terminalreporter.section(f"schemathesis requests (examples={EXAMPLES}, stateful steps={STATEFUL_STEPS})")
        for provider, count in sorted(CASES_SENT.items()):
            terminalreporter.write_line(f"{provider}: {count}")

"""Progress bars for `formclients sync` (rich): one line per resource with items, pages and the
time spent waiting for the provider's rate limits."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TaskID, TextColumn, TimeElapsedColumn


class ProgressBars:
    def __init__(self, provider: str, console: Console | None = None) -> None:
        self.provider = provider
        self.client: Any = None
        self.progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<36}"),
            TextColumn("{task.fields[items]:>7} items"),
            TextColumn("{task.fields[pages]:>5} pages"),
            TextColumn("waited {task.fields[waited]:>6.1f} s"),
            TimeElapsedColumn(),
            console=console or Console(stderr=True),  # stderr: stdout carries the `--json` summary
        )
        self.tasks: dict[str, TaskID] = {}

    def attach(self, client: Any) -> None:
        self.client = client

    def waited(self) -> float:
        throttle = getattr(self.client, "throttle", None)
        return float(throttle.waited) if throttle else 0.0

    def page(self, resource: str, items: int) -> None:
        if resource not in self.tasks:
            self.tasks[resource] = self.progress.add_task(
                f"{self.provider} {resource}", total=None, items=0, pages=0, waited=0.0
            )
        task = self.tasks[resource]
        fields = self.progress.tasks[task].fields
        self.progress.update(task, items=fields["items"] + items, pages=fields["pages"] + 1, waited=self.waited())

    def __enter__(self) -> ProgressBars:
        self.progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        for task in self.progress.task_ids:
            self.progress.update(task, total=1, completed=1)
        self.progress.stop()

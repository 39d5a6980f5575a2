"""What every window of a logged-in session needs: the worker, the runner, who is logged in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Concatenate, ParamSpec, TypeVar

from onestop_desktop.domain.roles import Permission, allows
from onestop_desktop.services.context import Actor, ServiceContext, ServiceRunner
from onestop_desktop.services.dto import WardStatus
from onestop_desktop.store.location import DataLocation
from onestop_desktop.ui.worker import DbWorker

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class UiSession:
    worker: DbWorker
    runner: ServiceRunner
    location: DataLocation
    ward: WardStatus
    actor: Actor
    language: str

    def can(self, permission: Permission) -> bool:
        return allows(self.actor.role, permission)

    def read(
        self,
        fn: Callable[Concatenate[ServiceContext, P], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        """Run a read-only use case on the worker; ``on_done`` gets its result on the GUI thread."""
        self._submit(self.runner.read, fn, on_done, on_error, args, kwargs)

    def write(
        self,
        fn: Callable[Concatenate[ServiceContext, P], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        """Run a use case in one write transaction on the worker."""
        self._submit(self.runner.write, fn, on_done, on_error, args, kwargs)

    def _submit(
        self,
        run: Callable[..., Any],
        fn: Callable[..., Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        actor = self.actor
        self.worker.submit(lambda: run(fn, actor, *args, **kwargs), on_done, on_error)

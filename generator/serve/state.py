"""What the build loop tells the server: the epoch, what changed, what is broken."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from generator.errors import Diagnostic


@dataclass(frozen=True)
class Snapshot:
    """The outcome of one build as pages see it."""

    epoch: int
    changed: frozenset[str] = frozenset()  # output paths ("people/x/index.html") rewritten
    removed: frozenset[str] = frozenset()  # output paths that no longer exist
    errors: tuple[Diagnostic, ...] = ()  # non-empty when the build failed or had errors


@dataclass
class LiveState:
    """Shared between the build loop (publishes) and request threads (wait and read)."""

    _current: Snapshot = field(default_factory=lambda: Snapshot(epoch=0))
    _cond: threading.Condition = field(default_factory=threading.Condition)
    closed: bool = False
    # Held while a rebuild swaps files into the output folder, and while a request
    # resolves and reads one, so no request sees half a rebuild.
    files: threading.Lock = field(default_factory=threading.Lock)

    @property
    def current(self) -> Snapshot:
        """The latest snapshot."""
        with self._cond:
            return self._current

    def publish(self, snapshot: Snapshot) -> None:
        """Announce a finished build to every waiting page."""
        with self._cond:
            self._current = snapshot
            self._cond.notify_all()

    def wait_after(self, epoch: int, timeout: float) -> Snapshot:
        """The first snapshot newer than ``epoch``, or the current one after ``timeout``."""
        with self._cond:
            self._cond.wait_for(lambda: self._current.epoch > epoch or self.closed, timeout=timeout)
            return self._current

    def close(self) -> None:
        """Wake every waiter so the server can shut down."""
        with self._cond:
            self.closed = True
            self._cond.notify_all()

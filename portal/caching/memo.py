"""What one process remembers between requests, each value for a stated time.

Every per-process memo of the project is a `Memo`, so `forget_process_memos()` (tests, and after
the shared cache is cleared) drops them all, and no module keeps state of its own that a test
would have to know about.
"""

import time

_memos = []


class Memo:
    """Values kept in this process for `seconds` each (a callable is read at every store, for a
    setting), at most `limit` of them: past it, all are dropped at once. Callers treat values as
    read-only, as they would a cache hit."""

    def __init__(self, seconds, limit=1000):
        self.seconds, self.limit = seconds, limit
        self.values = {}
        _memos.append(self)

    def get(self, key, default=None):
        entry = self.values.get(key)
        if entry is None or entry[1] <= time.monotonic():
            return default
        return entry[0]

    def set(self, key, value, seconds=None):
        if len(self.values) >= self.limit:
            self.values = {}
        lifetime = self.seconds() if callable(self.seconds) else self.seconds
        self.values[key] = (value, time.monotonic() + (lifetime if seconds is None else seconds))

    def forget(self):
        self.values = {}


def forget_process_memos():
    for memo in _memos:
        memo.forget()

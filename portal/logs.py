import logging

from .caching.memo import Memo


class AtMostEvery(logging.Filter):
    """Lets one record per message through every `seconds`: an outage (Redis, statistics) is logged
    once a minute, not on every request."""

    def __init__(self, seconds=60):
        super().__init__()
        self.seen = Memo(seconds)

    def filter(self, record):
        key = (record.name, record.msg)
        if self.seen.get(key):
            return False
        self.seen.set(key, True)
        return True

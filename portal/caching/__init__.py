"""Everything the portal caches, and the rules that keep it correct.

"Shared" is Django's default cache: Redis in production, so every worker and server sees one copy;
local memory in development and tests. "Process" is a `Memo` (memo.py), one worker's copy.

What                              Where           Keyed by                       Kept for, made stale by
content version (version.py)      shared          one key                        for ever; moved by any page, setting,
                                                                                 snippet, document or privacy change
  its copy                        process         -                              0.5 s, or until this process moves it
whole pages (pages.py)            shared + copy   version, host, path, query     PAGE_CACHE_TIMEOUT (600 s); the version
shared holes (holes.py)           shared + copy   version, host, language, hole, PAGE_CACHE_TIMEOUT; the version, or
                                                  args, minute/second/date       the minute/second/date moving on
owned hole (the rating line)      shared          the owner's key                until the owner deletes it (a rating)
fragments (fragments.py: menus,   shared + copy   version, name, parts           300 s; the version
  lists, filter choices)
view markers (news)               shared + copy   article, visitor               30 min (a copy of another process's
                                                                                 marker: 60 s)
throttles (portal/throttle.py)    shared          scope, hashed address          the window
visit counts (visitor_stats)      VISITOR_STATS_  day, salted visitor            until flushed (about a minute)
                                  CACHE
  the day's salt                  process         day                            600 s
  "is a flush due?"               process         -                              10 s
log throttle (portal/logs.py)     process         logger, message                60 s

VISITOR_STATS_CACHE is the default cache on Redis; in development and tests an in-process Redis
(fakeredis, backends.py), because visits are counted by Lua scripts.

Rules:
- Only what every anonymous visitor may see is stored: pages only for anonymous GETs without a
  session or pending message, and only when the page is live, public and not a preview.
- Nothing is deleted to invalidate it, except an owned hole by its owner: a change moves the
  version, which every page, shared hole and fragment key contains. So a process copy cannot
  serve a value its shared entry has lost, and copies are only made of version-keyed values.
- A process copy is made when its value is read from the shared cache or computed, and never
  renewed on a hit, so it does not outlive the shared entry.
- An unreachable Redis is an empty cache (backends.py): pages are rendered, nothing fails.
- Holes are declared in the setting PAGE_CACHE_HOLES (holes.py), not registered on import.
- Tests and tools forget every process memo with `memo.forget_process_memos()` and clear the
  caches; no other module keeps state between requests.
"""

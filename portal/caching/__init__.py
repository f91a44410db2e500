"""Everything the portal caches, and the rules that keep it correct.

"Shared" is Django's default cache: Redis in production, so every worker and server sees one copy;
local memory in development and tests. "Process" is a `Memo` (memo.py), one worker's copy.

What                              Where           Keyed by                       Kept for, made stale by
content version (version.py)      shared          one key                        for ever; moved by any page, setting,
                                                                                 snippet, document or privacy change
  its copy                        process         -                              0.5 s, or until this process moves it
  a change Redis missed           process         -                              until Redis answers: then moved
whole pages (pages.py)            shared + copy   version, host, path, query     PAGE_CACHE_TIMEOUT (600 s); the version
shared holes (holes.py)           shared + copy   version, host, language, hole, PAGE_CACHE_TIMEOUT; the version, or
                                                  args, minute/second/date       the minute/second/date moving on
owned hole (the rating line)      shared          the owner's key                PAGE_CACHE_TIMEOUT, or until the owner
                                                                                 deletes it (a rating)
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
"all migrated" (portal/health)    process         -                              1 hour

VISITOR_STATS_CACHE is the default cache on Redis; in development and tests an in-process Redis
(fakeredis, backends.py), because visits are counted by Lua scripts.

Rules:
- Only what every anonymous visitor may see is stored: pages only for anonymous GETs without a
  session or pending message, and only when the page is live, public and not a preview.
- Nothing is deleted to invalidate it, except an owned hole by its owner: a change moves the
  version, which every page, shared hole and fragment key contains. Process copies of shared
  values are only made of version-keyed ones (never of an owned hole), so no deletion has to
  reach them.
- A process copy is made when its value is read from the shared cache or computed, and never
  renewed on a hit. A page's copy ends when its shared entry does (the entry carries its expiry);
  a fragment's or shared hole's copy may last its lifetime after it was read: what they show
  changes only with the version or with what their key names (the minute, the second, the date).
- A change made while Redis is unreachable cannot move the version: the process that made it
  moves it as soon as Redis answers again, before serving anything from it.
- An unreachable Redis is an empty cache (backends.py): pages are rendered, nothing fails.
- Holes are declared in the setting PAGE_CACHE_HOLES (holes.py), not registered on import; the
  setting is read once per process.
- Tests and tools forget every process memo with `memo.forget_process_memos()` and clear the
  caches; apart from the declared holes, no module keeps state between requests.
"""

"""Is this request a search engine or another robot?

Two lists: portal.visitors' short pattern (cheap, catches scripts such as curl and an empty
User-Agent) and the community-maintained crawler-user-agents list (over 1,500 crawlers, pinned
in requirements.txt; upgrade it to learn new bots). The long list costs a tenth of a
millisecond per unknown User-Agent, so answers are remembered per User-Agent string.
"""

from functools import lru_cache

import crawleruseragents

from portal.visitors import is_bot as matches_portal_pattern

MAX_USER_AGENT_LENGTH = 512


@lru_cache(maxsize=4096)
def _in_crawler_list(user_agent):
    return crawleruseragents.is_crawler(user_agent)


def is_search_bot(request):
    if matches_portal_pattern(request):
        return True
    user_agent = request.META.get("HTTP_USER_AGENT", "")[:MAX_USER_AGENT_LENGTH]
    return _in_crawler_list(user_agent)

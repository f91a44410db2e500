"""Settings shared by every environment. Secrets and hosts come from the environment."""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from portal.caching.backends import in_process_redis_cache, redis_cache

PORTAL_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PORTAL_DIR.parent


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


INSTALLED_APPS = [
    "portal",
    "home",
    "news",
    "legal_docs",
    "polls",
    "search",
    "visitor_stats",
    "songs",
    "nukeviet_import",
    "organisation",
    "portal.headless_preview",
    "wagtail.api.v2",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.simple_translation",
    "wagtail.locales",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail_modeladmin",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "ninja",
    "corsheaders",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every answer, the admin's live preview excepted (portal/csp.py).
    "portal.csp.PortalCSPMiddleware",
    "portal.errors.RequestGuardMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "portal.api.InteractionGuardMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Vietnamese at /, English under /en/ (i18n_patterns in portal/urls.py).
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "portal.visitors.VisitorCookieMiddleware",
    "visitor_stats.middleware.VisitorStatsMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # django-axes: after authentication, which it watches (settings below).
    "axes.middleware.AxesMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Innermost, so statistics, cookies and security headers apply to cached pages too.
    "portal.caching.pages.PageCacheMiddleware",
]

# With SECURE_SSL_REDIRECT (production): health probes come over plain HTTP, straight to gunicorn.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PORTAL_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite in the checkout is the embedded default; production points DATABASE_URL at PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # An autosave and a click on "Publish" write at once: take the write lock when a transaction
    # starts and wait for it, instead of failing half-way with "database is locked" (a 500).
    DATABASES["default"].setdefault("OPTIONS", {}).update({"transaction_mode": "IMMEDIATE", "timeout": 20})
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # JIT-compiling a listing's count took 65 of its 107 ms (a category of 40,000 articles,
    # bench/bench_scale.py): a web page's queries are short, and JIT only adds to them.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# What is cached where, for how long and what invalidates it: portal/caching/__init__.py.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {"default": redis_cache(REDIS_URL, key_prefix=os.environ.get("CACHE_KEY_PREFIX", "ntm"))}
    VISITOR_STATS_CACHE = "default"
else:
    # Development: pages and fragments in this process's memory, visit counting on an in-process Redis.
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ntm-portal"},
        "visitor_stats": in_process_redis_cache("visitor-stats"),
    }
    VISITOR_STATS_CACHE = "visitor_stats"
# django-redis logs an unreachable Redis (AtMostEvery: once a minute).
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Vietnamese")), ("en", _("English"))]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
# The project catalogue completes Wagtail's own Vietnamese translations; Django gives it precedence.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "static"))
STATICFILES_DIRS = [PORTAL_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    # Documents outside MEDIA_ROOT (which the web server serves), in PORTAL_DOCUMENTS_ROOT (issue 18).
    "default": {"BACKEND": "portal.storage.PortalMediaStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    # S3-compatible media storage; needs `pip install django-storages[s3]` (see README).
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
# Where document files live (portal/storage.py): never under MEDIA_ROOT, which /media/ serves to
# anyone. Unset: a `private-documents` folder next to MEDIA_ROOT. Documents are sent only by
# Wagtail's document view, after its privacy check (on S3: a private bucket, signed redirects).
PORTAL_DOCUMENTS_ROOT = os.environ.get("DOCUMENTS_ROOT") or None

# Wagtail's page editor posts one field per StreamField value; large articles pass Django's 1,000.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "plain"}},
    # An outage is logged once a minute, not on every request it touches.
    "filters": {"once_a_minute": {"()": "portal.logs.AtMostEvery", "seconds": 60}},
    "root": {"handlers": ["stdout"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"handlers": ["stdout"], "level": "WARNING", "propagate": False},
        # Wagtail's background tasks run inline and log two lines per save.
        "django_tasks": {"level": "WARNING"},
        "django_redis.cache": {"filters": ["once_a_minute"]},
        "visitor_stats.middleware": {"filters": ["once_a_minute"]},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "Nông thôn mới"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILADMIN_PERMITTED_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
WAGTAILADMIN_USER_LOGIN_FORM = "portal.admin_login.PortalLoginForm"  # the password field's label, translated
WAGTAIL_I18N_ENABLED = True
# Dates the Vietnamese way in the whole admin (issue 26): the pickers write and show dd/mm/yyyy HH:MM,
# portal/formats/ makes Django read it (Django's `vi` defines no input formats) and start weeks on
# Monday; portal/admin_dates.py stops the picker replacing what it cannot read with the current time.
FORMAT_MODULE_PATH = ["portal.formats"]
FIRST_DAY_OF_WEEK = 1
# Addresses are ASCII, as NukeViet's were (portal/slugs.py).
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
WAGTAILSEARCH_BACKENDS = {
    # PostgreSQL: no language stemming ("simple"); Vietnamese words are not English words.
    # Accents are handled by the folded copy every page indexes (portal/search_index.py).
    "default": {"BACKEND": "search.backend", "SEARCH_CONFIG": "simple"},
}
if os.environ.get("SEARCH_URL"):
    # Elasticsearch/OpenSearch for large sites; needs the matching client package (see README).
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": os.environ.get("SEARCH_BACKEND", "wagtail.search.backends.elasticsearch8"),
        "URLS": [os.environ["SEARCH_URL"]],
        "INDEX": os.environ.get("SEARCH_INDEX", "ntm_portal"),
    }
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods", "rtf", "txt", "zip", "rar"]
# Uploads (portal/uploads.py). Wagtail's document field enforces the documents' size cap and its
# image field the images' size, pixels and formats: no SVG (scripts), and no more pixels than a
# photo needs, so a small file that would decompress to gigabytes is refused before decoding.
WAGTAILDOCS_MAX_UPLOAD_SIZE = 30 * 1024 * 1024
# A camera's photo (28 MB, 7000 × 5000) is taken, up to this size, and scaled down before it is stored
# to this many pixels on its longer side (portal/photo_resize.py); what is stored may then be
# no larger than WAGTAILIMAGES_MAX_UPLOAD_SIZE. The pixel cap still refuses a bomb before decoding.
PORTAL_IMAGES_MAX_RAW_UPLOAD_SIZE = int(os.environ.get("IMAGES_MAX_RAW_UPLOAD_SIZE", str(40 * 1024 * 1024)))
PORTAL_IMAGES_MAX_SIDE = int(os.environ.get("IMAGES_MAX_SIDE", "2560"))
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]

WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_SEARCH_ENABLED = True
# Query filters the content apps add to /api/v2/pages/ (portal.api imports no app itself).
PORTAL_PAGES_API_FILTERS = ["legal_docs.api_filters.LegalDocumentFilter"]

WAGTAILEMBEDS_RESPONSIVE_HTML = True

PORTAL_ADMIN_URL = "admin/"
# How many reverse proxies (nginx, a load balancer) sit in front of gunicorn and append to
# X-Forwarded-For. 0 trusts only REMOTE_ADDR; a wrong value lets clients forge their address.
PORTAL_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# The addresses (or networks) of those proxies: X-Forwarded-For is read only on a connection
# from one of them, so a client reaching gunicorn directly cannot forge its address (issue 18).
PORTAL_TRUSTED_PROXIES = env_list("TRUSTED_PROXIES", "127.0.0.1,::1")

# polls: votes accepted per client IP per poll per hour. Generous, because a whole commune
# office may vote from behind one address; it only stops one machine stuffing the box.
POLLS_VOTES_PER_IP_PER_HOUR = int(os.environ.get("POLLS_VOTES_PER_IP_PER_HOUR", "500"))
# news: ratings accepted per client IP per hour, over all articles.
NEWS_RATINGS_PER_IP_PER_HOUR = int(os.environ.get("NEWS_RATINGS_PER_IP_PER_HOUR", "120"))
# legal_docs: comments on drafts accepted per client IP per hour, whatever cookies it sends.
LEGAL_DOCS_COMMENTS_PER_IP_PER_HOUR = int(os.environ.get("LEGAL_DOCS_COMMENTS_PER_IP_PER_HOUR", "30"))

# Every Wagtail document upload is checked by content (portal.file_checks), so a web page
# renamed .pdf is refused, and stored before it is accepted, so a full disk is a form error.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "portal.uploads.PortalDocumentForm"
# Images the same way (issue 18): stored while the form is validated, so a full disk is a form error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.uploads.PortalImageForm"

# visitor_stats: visits one IP address may add to "today" in a day, whatever cookies or
# User-Agents it sends (a commune office behind one address counts as at most this many).
PORTAL_VISITS_PER_IP_PER_DAY = int(os.environ.get("PORTAL_VISITS_PER_IP_PER_DAY", "20"))
# How old the last flush of the cached counts to the database may be before a page view
# flushes; `manage.py flush_visitor_stats` from cron every minute does the same.
VISITOR_STATS_FLUSH_INTERVAL = int(os.environ.get("VISITOR_STATS_FLUSH_INTERVAL", "60"))
# Paths never counted as visits (prefixes).
VISITOR_STATS_EXCLUDED_PATHS = env_list("VISITOR_STATS_EXCLUDED_PATHS", "")

# songs: how many songs the sidebar box lists.
SONGS_IN_SIDEBAR = int(os.environ.get("SONGS_IN_SIDEBAR", "5"))
# songs: the largest audio or video file an editor may upload for the sidebar.
SONGS_MAX_UPLOAD_SIZE = int(os.environ.get("SONGS_MAX_UPLOAD_SIZE", str(50 * 1024 * 1024)))

# portal.caching: anonymous pages served whole from the cache. Publishing invalidates at
# once; the timeout only bounds how stale time-dependent parts outside holes may get.
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE_ENABLED", "1") == "1"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
# The parts of a cached page filled again for each visitor ({% page_cache_hole name %} in templates).
PAGE_CACHE_HOLES = [
    "news.holes.rating_line",
    "polls.holes.poll_widget",
    "portal.holes.partner_links",
    "visitor_stats.holes.figures",
]

# Pages in English as well as Vietnamese (Wagtail's own i18n): Vietnamese, the default, at /,
# English under /en/. Interface strings of English pages come from the msgids (English).
WAGTAIL_CONTENT_LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]

# Editors' sessions: eight hours without a request ends one (SESSION_COOKIE_AGE, seconds).
# Every request renews it, and the page editor pings Wagtail's editing-session endpoint every
# WAGTAIL_EDITING_SESSION_PING_INTERVAL ms while it is open, so a long article is never lost
# to an expired session; autosave keeps the draft itself in a revision as the editor types.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", str(8 * 60 * 60)))
SESSION_SAVE_EVERY_REQUEST = True
WAGTAIL_EDITING_SESSION_PING_INTERVAL = 10_000
WAGTAIL_AUTOSAVE_INTERVAL = 500

# portal.headless_preview: the front end of a headless client that shows drafts, given
# `?content_type=…&token=…`. One address, or `host=address` pairs (comma-separated) per site.
HEADLESS_PREVIEW_CLIENT_URLS = {
    (key if value else "default"): (value or key)
    for key, _sep, value in (item.partition("=") for item in env_list("HEADLESS_PREVIEW_CLIENT_URLS"))
}
# How long a preview token works at most (seconds); publishing ends it sooner.
HEADLESS_PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("HEADLESS_PREVIEW_TOKEN_MAX_AGE", str(24 * 60 * 60)))

# --- Hardening (issue 8): Content-Security-Policy, admin login brute force, shared passwords. ---
# Added at the end so that the lists above stay as they are; each entry says where it goes.

# django-csp: one policy on every answer (pages, API, documents, the admin), right after
# SecurityMiddleware. No inline script on the public site; Wagtail's admin still renders a few
# inline <script>s (date pickers, inline panels), so portal.csp adds 'unsafe-inline' to script-src
# for /admin/ only (issue 18). Style attributes (the admin's, poll result bars' style="width: …")
# keep style-src 'unsafe-inline'; embeds (YouTube, Vimeo…), their thumbnails and media from S3
# come over https.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "media-src": ["'self'", "https:"],
        "font-src": ["'self'", "data:"],
        "frame-src": ["'self'", "https:"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Nothing may frame the portal (clickjacking); portal.csp lets the admin frame its live
        # preview, which Wagtail marks X-Frame-Options: SAMEORIGIN.
        "frame-ancestors": ["'none'"],
    },
}

# django-axes: five wrong passwords for one username from one address lock that pair out of the
# admin login for an hour, answered with 429. Client addresses follow TRUSTED_PROXY_COUNT, as
# everywhere else in the portal. The middleware and the failure count work everywhere; the
# backend that also refuses a locked-out login *with the right password* is put first in
# production.py only, because it refuses Django's test client, which logs in without a request
# (tests/security/ adds it to check the lockout end to end).
INSTALLED_APPS.append("axes")
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.visitors.client_ip"
AXES_HTTP_RESPONSE_CODE = 429
# Editors read Vietnamese; axes ships no Vietnamese catalogue.
AXES_COOLOFF_MESSAGE = "Đăng nhập sai quá nhiều lần: tài khoản tạm khóa trên máy này. Vui lòng thử lại sau một giờ."
AXES_BACKEND = "axes.backends.AxesStandaloneBackend"
SILENCED_SYSTEM_CHECKS = ["axes.W003"]  # no axes backend outside production, see above

# Axes guards the login form, not Wagtail's shared page and collection passwords: switch those
# off, so private content is only for logged-in users (and groups).
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

# No Gravatar in the admin: it would send a hash of each editor's e-mail address to a third
# party with every page view (and the policy above only lets https images through).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# No call from editors' browsers to releases.wagtail.org either: upgrades are the maintainers' job.
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Wagtail's "What's new" banner and help links lead to its English-only guide (guide.wagtail.org):
# off. The help menu (portal/admin_language.py) and the dashboard's account summary
# (portal/templates/wagtailadmin/home/) leave those links out too (issue 26).
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False

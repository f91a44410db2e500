"""gunicorn settings: `gunicorn -c portal/gunicorn.conf.py portal.wsgi`."""

import multiprocessing
import os

# Loopback unless told otherwise: nginx on the same host is the only client gunicorn should
# have. Binding another address (HOST=0.0.0.0) lets clients bypass the proxy, which is safe
# for addresses and limits only because portal.visitors.client_ip trusts X-Forwarded-For from
# TRUSTED_PROXIES alone.
bind = f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Recycle workers now and then so a slow leak in a dependency never takes a site down.
max_requests = 2000
max_requests_jitter = 200
accesslog = "-"
errorlog = "-"
# gunicorn's largest request line, so that an address longer than the portal answers
# (portal.errors.MAX_TARGET_LENGTH) gets the portal's 414, in JSON under /api/.
limit_request_line = 8190
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

"""Production settings plus the benchmark's trivial view (bench/urls.py). Never deployed."""

from portal.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"

"""Real servers for the fault tests: gunicorn with production settings, and a PostgreSQL cluster
of the test's own that a test may stop and start (the shared server is never touched)."""

import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from .conftest import require_service

ROOT = Path(__file__).resolve().parents[2]
# What nginx sends: the request came over HTTPS (production redirects plain HTTP).
HEADERS = {"X-Forwarded-Proto": "https", "User-Agent": "Mozilla/5.0 (faults) Firefox/133.0"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def production_env(**settings):
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "DJANGO_SETTINGS_MODULE")}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="faults-only-secret-key-" + "x" * 40,
        ALLOWED_HOSTS="127.0.0.1,localhost",
        WEB_CONCURRENCY="2",
        GUNICORN_THREADS="2",
        HOST="127.0.0.1",
        LOG_LEVEL="WARNING",
        **settings,
    )
    return env


def manage(env, *args):
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"manage.py {' '.join(args)}:\n{result.stdout}{result.stderr}"


def request(url, data=None, method=None):
    """(status, headers, body) of a request to the gunicorn started here (http://127.0.0.1 only)."""
    prepared = urllib.request.Request(url, data=data, headers=HEADERS, method=method)  # noqa: S310
    try:
        with urllib.request.urlopen(prepared, timeout=15) as response:  # noqa: S310
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@contextmanager
def gunicorn(env, work):
    """gunicorn as production runs it (portal/gunicorn.conf.py) on a free loopback port; its base URL."""
    port = free_port()
    env = {**env, "PORT": str(port)}
    log = Path(work) / "gunicorn.log"
    with log.open("wb") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "portal/gunicorn.conf.py", "portal.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("gunicorn did not start:\n" + log.read_text(errors="replace"))
                time.sleep(0.3)
        yield base, log
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _postgres_program(name):
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}")) or [shutil.which(name)]
    if not found[-1]:
        require_service(f"PostgreSQL's {name} is not installed (apt-get install postgresql).")
    return found[-1]


class Cluster:
    """A PostgreSQL cluster in a temporary folder, on a port of its own, that can be stopped as a
    crashed server is (`pg_ctl stop -m immediate`) and started again."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="ntm-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"
        # PostgreSQL refuses to run as root: then as the postgres user, which must own the folder.
        self.user = "postgres" if os.geteuid() == 0 else None
        if self.user:
            shutil.chown(self.folder, self.user)

    def _run(self, *command):
        if self.user:
            command = ("runuser", "-u", self.user, "--", *command)
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, f"{' '.join(command)}:\n{result.stdout}{result.stderr}"

    def create(self):
        self._run(
            _postgres_program("initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-locale",
            "--no-sync",
        )
        self.start()

    def start(self):
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        self._run(
            _postgres_program("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "log"),
            "-o",
            options,
            "-w",
            "start",
        )

    def stop(self):
        self._run(_postgres_program("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")

    def remove(self):
        if (self.data / "postmaster.pid").exists():
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)

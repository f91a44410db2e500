"""The Vietnamese catalogues are complete: every string of ours is translated.

Project-wide strings live in locale/; an app with its own locale/ folder keeps its strings there.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

from django.apps import apps

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = Path("vi") / "LC_MESSAGES" / "django.po"


def project_source_dirs():
    """The top-level folders of the project's own apps: INSTALLED_APPS whose code is in this repository."""
    dirs = []
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(ROOT) and not {"site-packages", ".venv"} & set(path.relative_to(ROOT).parts):
            top = path.relative_to(ROOT).parts[0]
            if top not in dirs:
                dirs.append(top)
    return dirs


def catalogues(base):
    return {path.relative_to(base): path for path in [base / "locale" / CATALOGUE, *base.glob(f"*/locale/{CATALOGUE}")]}


def entry_keys(path):
    return {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(path))} if path.exists() else set()


@pytest.mark.parametrize("relative", sorted(catalogues(ROOT)), ids=str)
def test_every_entry_is_translated_and_none_is_fuzzy(relative):
    catalogue = polib.pofile(str(ROOT / relative))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"


def test_catalogues_have_every_string_of_the_code_and_templates(tmp_path):
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext is required (make gettext)")
    source_dirs = project_source_dirs()
    assert {"portal", "news", "legal_docs", "polls"} <= set(source_dirs), source_dirs
    for name in source_dirs:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copytree(ROOT / "locale", tmp_path / "locale", ignore=shutil.ignore_patterns("*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "vi", "--no-obsolete"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    missing = {}
    for relative, fresh in catalogues(tmp_path).items():
        new = entry_keys(fresh) - entry_keys(ROOT / relative)
        if new:
            missing[str(relative)] = sorted(msgid for _, msgid in new)
    assert not missing, f"run `make messages` and translate: {missing}"

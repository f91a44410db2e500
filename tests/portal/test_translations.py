"""The project's Vietnamese catalogue is complete: every string of ours is translated."""

import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = ROOT / "locale" / "vi" / "LC_MESSAGES" / "django.po"
SOURCE_DIRS = ["portal", "home", "news", "legal_docs", "search"]


def entry_key(entry):
    return (entry.msgctxt, entry.msgid)


def test_every_entry_is_translated_and_none_is_fuzzy():
    catalogue = polib.pofile(str(CATALOGUE))
    assert catalogue.metadata["Language"] == "vi"
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert not untranslated, f"untranslated: {untranslated}"
    assert not fuzzy, f"fuzzy: {fuzzy}"


def test_catalogue_has_every_string_of_the_code_and_templates(tmp_path):
    if not shutil.which("xgettext"):
        pytest.fail("GNU gettext is required (make gettext)")
    for name in SOURCE_DIRS:
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    shutil.copy(ROOT / "manage.py", tmp_path)
    (tmp_path / "locale" / "vi" / "LC_MESSAGES").mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "vi", "--no-obsolete"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    fresh = {entry_key(entry) for entry in polib.pofile(str(tmp_path / "locale/vi/LC_MESSAGES/django.po"))}
    committed = {entry_key(entry) for entry in polib.pofile(str(CATALOGUE))}
    missing = sorted(msgid for _, msgid in fresh - committed)
    assert not missing, f"run `make messages` and translate: {missing}"

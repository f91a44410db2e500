"""Two editors' requests writing to the SQLite file at once (an autosave and a click on "Publish").

With SQLite's default deferred transactions, the second writer reads first, then finds the first one
holding the write lock: SQLite refuses it at once with "database is locked" rather than let it wait
(that would deadlock), and the request answered 500. The settings start every transaction with the
write lock (IMMEDIATE), so the second writer waits its turn and both saves land.
"""

import threading
import time

import pytest

from django.conf import settings
from django.db import connections, transaction
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3", reason="SQLite's locking only"
)


def connection_to(path):
    """A connection of this thread's own to the file, set up as the site's settings set up theirs."""
    options = dict(settings.DATABASES["default"].get("OPTIONS", {}))
    wrapper = DatabaseWrapper({**settings.DATABASES["default"], "NAME": str(path), "OPTIONS": options}, alias="writers")
    connections["writers"] = wrapper
    return wrapper


@pytest.fixture
def own_database_files(django_db_blocker):
    """These connections go to a file of the test's own, not to the test database."""
    with django_db_blocker.unblock():
        yield


def test_two_saves_at_once_both_land_instead_of_one_failing(tmp_path, own_database_files):
    path = tmp_path / "site.sqlite3"
    setup = connection_to(path)
    with setup.cursor() as cursor:
        cursor.execute("CREATE TABLE revision (id INTEGER PRIMARY KEY, content TEXT)")
    setup.close()

    autosave_holds_the_lock = threading.Event()
    failures = []

    def autosave():
        connection = connection_to(path)
        try:
            with transaction.atomic(using="writers"), connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM revision")
                cursor.execute("INSERT INTO revision (content) VALUES ('autosave')")
                autosave_holds_the_lock.set()
                time.sleep(0.5)
        except Exception as error:
            failures.append(("autosave", error))
            autosave_holds_the_lock.set()
        finally:
            connection.close()

    def publish():
        autosave_holds_the_lock.wait(5)
        connection = connection_to(path)
        try:
            with transaction.atomic(using="writers"), connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM revision")
                time.sleep(0.1)
                cursor.execute("INSERT INTO revision (content) VALUES ('publish')")
        except Exception as error:
            failures.append(("publish", error))
        finally:
            connection.close()

    threads = [threading.Thread(target=autosave), threading.Thread(target=publish)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert failures == []
    check = connection_to(path)
    with check.cursor() as cursor:
        cursor.execute("SELECT content FROM revision ORDER BY id")
        assert [row[0] for row in cursor.fetchall()] == ["autosave", "publish"]
    check.close()

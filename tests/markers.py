import pytest

# Tests that open dozens of PostgreSQL connections at once share one pytest-xdist group, so they never
# run side by side on two workers (the server allows 100 connections).
MANY_CONNECTIONS = pytest.mark.xdist_group("many-database-connections")

"""Alembic environment. The app passes its own connection in ``config.attributes``;
the ``alembic`` command line (CI's ``alembic check``) uses ``ONESTOP_ALEMBIC_URL``."""

from __future__ import annotations

import os

from alembic import context

from onestop_desktop.store import models  # noqa: F401  (registers every table)
from onestop_desktop.store.base import Base
from onestop_desktop.store.engine import make_engine

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = os.environ.get("ONESTOP_ALEMBIC_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("Set ONESTOP_ALEMBIC_URL to the database to migrate or check.")
    engine = make_engine(url, foreign_keys=False)
    with engine.connect() as conn:
        _run(conn)
        conn.commit()
    engine.dispose()

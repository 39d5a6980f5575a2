"""Persistence: SQLAlchemy 2 models, engine setup, Alembic migrations, backup and restore."""

"""The declarative base shared by every model, with a constraint naming convention.

Named constraints let Alembic's batch mode drop and recreate them on SQLite.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, MetaData
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(), date: Date()}  # noqa: RUF012 (SQLAlchemy API)

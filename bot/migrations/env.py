"""Alembic environment: migrate the query log at the URL the caller configured."""

from __future__ import annotations

from alembic import context

from bot.query_log import Base, open_engine

target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = open_engine(context.config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


run_migrations_online()

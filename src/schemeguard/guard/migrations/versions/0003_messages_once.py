"""Each distinct message of a session stored once; calls keep the ids of their messages as runs."""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table("messages",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), nullable=False),
                    sa.Column("digest", sa.String(64), nullable=False),
                    sa.Column("body", sa.JSON),
                    sa.UniqueConstraint("session_id", "digest", name="uq_messages_session_digest"))
    with op.batch_alter_table("calls") as batch:
        batch.add_column(sa.Column("message_runs", sa.JSON, nullable=True))

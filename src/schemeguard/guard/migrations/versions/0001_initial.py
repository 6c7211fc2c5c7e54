"""The schema of the first guard release (made with create_all then)."""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None


def upgrade() -> None:
    op.create_table("sessions",
                    sa.Column("id", sa.String(128), primary_key=True),
                    sa.Column("created", sa.DateTime(timezone=True)))
    op.create_table("calls",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("session_id", sa.String(128), sa.ForeignKey("sessions.id"), index=True),
                    sa.Column("created", sa.DateTime(timezone=True)),
                    sa.Column("model", sa.String(256)),
                    sa.Column("stream", sa.Boolean),
                    sa.Column("request", sa.JSON),
                    sa.Column("response", sa.JSON, nullable=True),
                    sa.Column("reasoning", sa.Text, nullable=True),
                    sa.Column("upstream_status", sa.Integer, nullable=True),
                    sa.Column("action", sa.String(16)),
                    sa.Column("review", sa.String(16), nullable=True),
                    sa.Column("latency_ms", sa.Float, nullable=True))
    op.create_table("flags",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id"), index=True),
                    sa.Column("monitor", sa.String(128)),
                    sa.Column("score", sa.Float, nullable=True),
                    sa.Column("status", sa.String(16)),
                    sa.Column("evidence", sa.JSON),
                    sa.Column("reason", sa.Text, nullable=True),
                    sa.Column("created", sa.DateTime(timezone=True)))
    op.create_table("decisions",
                    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
                    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id"), index=True),
                    sa.Column("action", sa.String(16)),
                    sa.Column("note", sa.Text),
                    sa.Column("created", sa.DateTime(timezone=True)))

"""SQLAlchemy mappings of the tables this service uses.

The schema is owned by Prisma (apps/api/prisma/schema.prisma), so table and column
names follow Prisma's conventions: PascalCase tables, camelCase columns.
"""

import secrets
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


def new_id() -> str:
    return "c" + secrets.token_hex(12)


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "User"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    organization_id: Mapped[str] = mapped_column("organizationId", String)
    email: Mapped[str] = mapped_column(String)
    name: Mapped[str] = mapped_column(String)
    role: Mapped[str] = mapped_column(String)
    deactivated: Mapped[bool]


class UserSession(Base):
    __tablename__ = "Session"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    user_id: Mapped[str] = mapped_column("userId", String)
    token_hash: Mapped[str] = mapped_column("tokenHash", String, unique=True)
    expires_at: Mapped[datetime] = mapped_column("expiresAt", DateTime)


class Project(Base):
    __tablename__ = "Project"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    organization_id: Mapped[str] = mapped_column("organizationId", String)
    name: Mapped[str] = mapped_column(String)


class Report(Base):
    __tablename__ = "Report"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    organization_id: Mapped[str] = mapped_column("organizationId", String, index=True)
    project_id: Mapped[str | None] = mapped_column("projectId", String)
    kind: Mapped[str] = mapped_column(String)
    status: Mapped[str] = mapped_column(String, default="pending")
    file_key: Mapped[str | None] = mapped_column("fileKey", String)
    created_by_id: Mapped[str] = mapped_column("createdById", String)
    created_at: Mapped[datetime] = mapped_column("createdAt", DateTime, server_default=func.now())
    completed_at: Mapped[datetime | None] = mapped_column("completedAt", DateTime)


class ReportExport(Base):
    __tablename__ = "ReportExport"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    organization_id: Mapped[str] = mapped_column("organizationId", String)
    requested_by_id: Mapped[str] = mapped_column("requestedById", String)
    status: Mapped[str] = mapped_column(String, default="pending")
    file_key: Mapped[str | None] = mapped_column("fileKey", String)
    created_at: Mapped[datetime] = mapped_column("createdAt", DateTime, server_default=func.now())


class AuditLog(Base):
    __tablename__ = "AuditLog"

    id: Mapped[str] = mapped_column(String, primary_key=True, default=new_id)
    organization_id: Mapped[str] = mapped_column("organizationId", String)
    actor_id: Mapped[str | None] = mapped_column("actorId", String)
    action: Mapped[str] = mapped_column(String)
    target_type: Mapped[str] = mapped_column("targetType", String)
    target_id: Mapped[str] = mapped_column("targetId", String)
    details: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSON)
    ip: Mapped[str | None] = mapped_column(String)
    user_agent: Mapped[str | None] = mapped_column("userAgent", String)
    created_at: Mapped[datetime] = mapped_column("createdAt", DateTime, server_default=func.now())

from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session

from .models import AuditLog, User


def record_audit(
    db: Session,
    user: User,
    action: str,
    target_type: str,
    target_id: str,
    details: dict[str, Any] | None = None,
    request: Request | None = None,
) -> None:
    """Adds an audit entry to the caller's transaction; it is written on commit."""
    db.add(
        AuditLog(
            organization_id=user.organization_id,
            actor_id=user.id,
            action=action,
            target_type=target_type,
            target_id=target_id,
            details=details,
            ip=request.client.host if request and request.client else None,
            user_agent=request.headers.get("user-agent") if request else None,
        )
    )

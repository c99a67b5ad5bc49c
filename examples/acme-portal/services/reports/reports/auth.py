import hashlib
from datetime import datetime, timezone

from fastapi import Depends, HTTPException, Request, status
from sqlalchemy import select
from sqlalchemy.orm import Session

from .db import get_db
from .models import User, UserSession

SESSION_COOKIE = "acme_session"


def _utcnow() -> datetime:
    # Prisma stores timestamps as naive UTC.
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _read_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    if header.startswith("Bearer "):
        return header.removeprefix("Bearer ")
    return request.cookies.get(SESSION_COOKIE)


def get_current_user(request: Request, db: Session = Depends(get_db)) -> User:
    token = _read_token(request)
    if not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unauthenticated")

    token_hash = hashlib.sha256(token.encode()).hexdigest()
    row = db.execute(
        select(User, UserSession.expires_at)
        .join(UserSession, UserSession.user_id == User.id)
        .where(UserSession.token_hash == token_hash)
    ).first()
    if row is None or row.expires_at < _utcnow() or row.User.deactivated:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "unauthenticated")
    return row.User


def require_admin(user: User = Depends(get_current_user)) -> User:
    if user.role not in ("admin", "owner"):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admin role required")
    return user

from datetime import datetime
from typing import Literal

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import record_audit
from ..auth import get_current_user, require_admin
from ..builder import build_report
from ..db import get_db
from ..models import Project, Report, User

router = APIRouter(prefix="/reports", tags=["reports"])


class ReportIn(BaseModel):
    kind: Literal["monthly_summary", "document_activity", "time_tracking"]
    project_id: str | None = None


class ReportOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: str
    kind: str
    status: str
    project_id: str | None
    created_at: datetime
    completed_at: datetime | None


def _get_report(db: Session, user: User, report_id: str) -> Report:
    report = db.scalar(
        select(Report).where(
            Report.id == report_id, Report.organization_id == user.organization_id
        )
    )
    if report is None:
        raise HTTPException(status_code=404, detail="report not found")
    return report


@router.get("", response_model=list[ReportOut])
def list_reports(user: User = Depends(get_current_user), db: Session = Depends(get_db)):
    return db.scalars(
        select(Report)
        .where(Report.organization_id == user.organization_id)
        .order_by(Report.created_at.desc())
        .limit(200)
    ).all()


@router.post("", response_model=ReportOut, status_code=201)
def create_report(
    body: ReportIn,
    background: BackgroundTasks,
    request: Request,
    user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    if body.project_id is not None:
        project = db.get(Project, body.project_id)
        if project is None or project.organization_id != user.organization_id:
            raise HTTPException(status_code=404, detail="project not found")

    report = Report(
        organization_id=user.organization_id,
        project_id=body.project_id,
        kind=body.kind,
        created_by_id=user.id,
    )
    db.add(report)
    db.flush()
    record_audit(db, user, "report.created", "report", report.id, {"kind": body.kind}, request)
    db.commit()
    background.add_task(build_report, report.id)
    return report


@router.get("/{report_id}", response_model=ReportOut)
def get_report(
    report_id: str, user: User = Depends(get_current_user), db: Session = Depends(get_db)
):
    return _get_report(db, user, report_id)


@router.delete("/{report_id}", status_code=204)
def delete_report(
    report_id: str,
    request: Request,
    user: User = Depends(require_admin),
    db: Session = Depends(get_db),
):
    report = _get_report(db, user, report_id)
    db.delete(report)
    record_audit(db, user, "report.deleted", "report", report.id, {"kind": report.kind}, request)
    db.commit()

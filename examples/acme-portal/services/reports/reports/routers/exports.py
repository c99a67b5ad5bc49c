from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..audit import record_audit
from ..auth import get_current_user
from ..builder import build_export
from ..db import get_db
from ..models import ReportExport, User

router = APIRouter(prefix="/exports", tags=["exports"])


@router.post("/reports", status_code=202)
def export_all_reports(
    background: BackgroundTasks,
    request: Request,
    user: User = Depends(get_current_user),
    db: Session = Depends(get_db),
):
    """Bundles every finished report of the organization into one zip file."""
    export = ReportExport(organization_id=user.organization_id, requested_by_id=user.id)
    db.add(export)
    db.flush()
    record_audit(db, user, "reports.exported", "report_export", export.id, None, request)
    db.commit()
    background.add_task(build_export, export.id)
    return {"id": export.id, "status": export.status}


@router.get("/{export_id}")
def get_export(
    export_id: str, user: User = Depends(get_current_user), db: Session = Depends(get_db)
):
    export = db.scalar(
        select(ReportExport).where(
            ReportExport.id == export_id,
            ReportExport.organization_id == user.organization_id,
        )
    )
    if export is None:
        raise HTTPException(status_code=404, detail="export not found")
    return {"id": export.id, "status": export.status, "file_key": export.file_key}

"""Background jobs that render reports and exports to CSV files."""

import csv
import os
import zipfile
from pathlib import Path

from sqlalchemy import func, select, text

from .db import SessionLocal
from .models import Report, ReportExport

REPORTS_DIR = Path(os.environ.get("REPORTS_DIR", "/tmp/acme-reports"))

QUERIES = {
    "monthly_summary": """
        SELECT p.name, p.status, count(d.id) AS documents
        FROM "Project" p LEFT JOIN "Document" d ON d."projectId" = p.id
        WHERE p."organizationId" = :org
        GROUP BY p.id ORDER BY p.name
    """,
    "document_activity": """
        SELECT date_trunc('day', "createdAt")::date AS day, count(*) AS uploads
        FROM "Document" WHERE "organizationId" = :org
        GROUP BY 1 ORDER BY 1
    """,
    "time_tracking": """
        SELECT "action", count(*) AS events FROM "AuditLog"
        WHERE "organizationId" = :org GROUP BY 1 ORDER BY 2 DESC
    """,
}


def build_report(report_id: str) -> None:
    with SessionLocal() as db:
        report = db.get(Report, report_id)
        if report is None:
            return
        rows = db.execute(text(QUERIES[report.kind]), {"org": report.organization_id})
        target = REPORTS_DIR / report.organization_id / f"{report.id}.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("w", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(rows.keys())
            writer.writerows(rows)
        report.file_key = str(target.relative_to(REPORTS_DIR))
        report.status = "ready"
        report.completed_at = func.now()
        db.commit()


def build_export(export_id: str) -> None:
    with SessionLocal() as db:
        export = db.get(ReportExport, export_id)
        if export is None:
            return
        reports = db.scalars(
            select(Report).where(
                Report.organization_id == export.organization_id, Report.status == "ready"
            )
        )
        target = REPORTS_DIR / export.organization_id / f"export-{export.id}.zip"
        target.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for report in reports:
                if report.file_key:
                    archive.write(REPORTS_DIR / report.file_key, f"{report.kind}-{report.id}.csv")
        export.file_key = str(target.relative_to(REPORTS_DIR))
        export.status = "ready"
        db.commit()

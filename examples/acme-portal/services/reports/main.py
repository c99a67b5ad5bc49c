import os

import sentry_sdk
from fastapi import FastAPI
from sqlalchemy import text

from reports.db import SessionLocal
from reports.routers import exports, reports

sentry_sdk.init(
    dsn=os.environ.get("SENTRY_DSN_REPORTS"),
    environment=os.environ.get("ENVIRONMENT", "development"),
    traces_sample_rate=0.1,
)

app = FastAPI(title="Acme reports", version="0.6.0")
app.include_router(reports.router)
app.include_router(exports.router)


@app.get("/health")
def health():
    with SessionLocal() as db:
        db.execute(text("SELECT 1"))
    return {"status": "ok"}

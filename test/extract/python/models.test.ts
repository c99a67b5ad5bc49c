import { describe, expect, it } from '@jest/globals';
import { extractPython, py } from './helpers.js';

describe('Python models', () => {
  it('reads SQLAlchemy declarative classes (Column, mapped_column, Mapped) and Flask-SQLAlchemy models', async () => {
    const facts = await extractPython('app/models.py', py`
      from sqlalchemy import Column, ForeignKey, Integer, String
      from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

      class Base(DeclarativeBase):
          pass

      class TimestampMixin:
          created_at = Column(DateTime)

      class Project(TimestampMixin, Base):
          __tablename__ = "projects"
          id: Mapped[int] = mapped_column(primary_key=True)
          name = Column(String(200))
          owner_id = mapped_column(ForeignKey("users.id"))
          owner: Mapped["User"] = relationship(back_populates="projects")
          label = "not a column"

      class AuditLog(db.Model):
          id = db.Column(db.Integer, primary_key=True)
          action = db.Column(db.String)
    `);
    expect(facts.models.map((m) => [m.name, m.orm, m.fields])).toEqual([
      ['Project', 'sqlalchemy', ['created_at', 'id', 'name', 'owner_id', 'owner']],
      ['AuditLog', 'sqlalchemy', ['id', 'action']],
    ]);
  });

  it('reads table names and SQLAlchemy Core tables, named by their variable', async () => {
    const facts = await extractPython('worker/db.py', py`
      import sqlalchemy as sa
      from sqlalchemy import Column, DateTime, MetaData, String, Table

      metadata = MetaData()
      sessions_table = Table(
          "sessions", metadata,
          Column("id", String(64), primary_key=True),
          sa.Column("expires_at", DateTime(timezone=True)),
      )
      not_a_table = make_table("x")

      class UserSession(Base):
          __tablename__ = "sessions"
          id: Mapped[str] = mapped_column(primary_key=True)

      class Invite(models.Model):
          email = models.EmailField()

          class Meta:
              db_table = "invitations"
    `);
    expect(facts.models.map((m) => [m.name, m.orm, m.table ?? null, m.fields])).toEqual([
      ['UserSession', 'sqlalchemy', 'sessions', ['id']],
      ['Invite', 'django', 'invitations', ['email']],
      ['sessions_table', 'sqlalchemy-core', 'sessions', ['id', 'expires_at']],
    ]);
  });

  it('reads SQLModel tables and not their Pydantic-only siblings', async () => {
    const facts = await extractPython('app/models.py', py`
      from sqlmodel import Field, SQLModel

      class HeroBase(SQLModel):
          name: str

      class Hero(HeroBase, table=True):
          id: int | None = Field(default=None, primary_key=True)
          secret_name: str

      class HeroCreate(HeroBase):
          pass
    `);
    expect(facts.models.map((m) => [m.name, m.orm, m.fields])).toEqual([['Hero', 'sqlmodel', ['name', 'id', 'secret_name']]]);
  });

  it('reads Django models with inherited fields and skips abstract bases', async () => {
    const facts = await extractPython('projects/models.py', py`
      from django.db import models

      class TimeStamped(models.Model):
          created = models.DateTimeField(auto_now_add=True)

          class Meta:
              abstract = True

      class Project(TimeStamped):
          name = models.CharField(max_length=200)
          organization = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE)
          members = models.ManyToManyField("auth.User", through="Membership")
          objects = ProjectManager()

          def __str__(self):
              return self.name
    `);
    expect(facts.models.map((m) => [m.name, m.orm, m.fields])).toEqual([['Project', 'django', ['created', 'name', 'organization', 'members']]]);
  });
});

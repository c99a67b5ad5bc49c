import { describe, expect, it } from '@jest/globals';
import { extractPython, ops, py } from './helpers.js';

async function opsOf(source: string) {
  return ops(await extractPython('app/views.py', source)).map((o) => `${o.op} ${o.model} ${o.callee}${o.scopedToCaller ? ' scoped' : ''}${o.keyedByRequestId ? ' keyed' : ''}`);
}

describe('Python data operations: Django ORM', () => {
  it('reads a row by a path parameter and deletes it: keyed, not scoped', async () => {
    expect(
      await opsOf(py`
        def project_delete(request, pk):
            project = get_object_or_404(Project, pk=pk)
            project.delete()
      `),
    ).toEqual(['read Project get_object_or_404 keyed', 'delete Project project.delete keyed']);
  });

  it('sees the caller in the query, or a comparison with the caller before use', async () => {
    expect(
      await opsOf(py`
        def scoped(request, pk):
            project = get_object_or_404(Project, pk=pk, organization=request.user.organization)
            project.delete()

        def checked(request, pk):
            project = Project.objects.get(pk=pk)
            if project.owner != request.user:
                raise PermissionDenied
            project.delete()
      `),
    ).toEqual([
      'read Project get_object_or_404 scoped keyed',
      'delete Project project.delete scoped keyed',
      'read Project Project.objects.get scoped keyed',
      'delete Project project.delete scoped keyed',
    ]);
  });

  it('classifies a chain once, at its outermost call', async () => {
    expect(
      await opsOf(py`
        def archive(request, pk):
            Project.objects.filter(pk=pk, owner=request.user).update(archived=True)
            Membership.objects.filter(project_id=pk).select_related("user").delete()
      `),
    ).toEqual(['update Project Project.objects.filter(…).update scoped keyed', 'delete Membership Membership.objects.filter(…).select_related(…).delete keyed']);
  });

  it('follows querysets and rows through variables and loops, and related managers of loaded rows', async () => {
    expect(
      await opsOf(py`
        def bulk(request, project_id, user_id):
            qs = Project.objects.filter(owner=request.user)
            qs.update(starred=False)
            for p in Project.objects.filter(pk__in=request.data["ids"]):
                p.delete()
            project = get_object_or_404(Project, pk=project_id)
            project.members.remove(user_id)
            request.user.projects.create(name="mine")
      `),
    ).toEqual([
      'read Project Project.objects.filter scoped',
      'update Project qs.update scoped',
      'read Project Project.objects.filter keyed',
      'delete Project p.delete keyed',
      'read Project get_object_or_404 keyed',
      'delete members project.members.remove keyed',
      'create projects request.user.projects.create scoped',
    ]);
  });

  it('counts new rows, forms and serializers saved, and not lookalikes', async () => {
    expect(
      await opsOf(py`
        def create(request):
            p = Project(name=request.POST["name"], owner=request.user)
            p.save()
            s = ProjectSerializer(data=request.data)
            s.is_valid(raise_exception=True)
            s.save(owner=request.user)
            form = ProjectForm(request.POST, instance=get_object_or_404(Project, pk=request.POST["id"]))
            form.save()
            image.save(buffer)
            cache.delete("projects")
            tags.add("x")
            settings.members.remove(1)
      `),
    ).toEqual([
      'create Project p.save scoped',
      'create Project s.save scoped',
      'read Project get_object_or_404 keyed',
      'update Project form.save keyed',
    ]);
  });

  it('treats a DRF view’s get_object() through the class queryset', async () => {
    expect(
      await opsOf(py`
        class ProjectViewSet(viewsets.ModelViewSet):
            def get_queryset(self):
                return Project.objects.filter(organization=self.request.user.organization)

            def perform_destroy(self, instance):
                instance.archived = True
                instance.save()

            @action(detail=True, methods=["post"])
            def leave(self, request, pk=None):
                self.get_object().members.remove(request.user)
      `),
    ).toEqual([
      'read Project Project.objects.filter scoped',
      'update Project instance.save scoped keyed',
      'delete members self.get_object().members.remove scoped keyed',
    ]);
  });
});

async function texts(source: string) {
  return ops(await extractPython('app/views.py', source)).map((o) => `${o.op} ${o.model} filter=${(o.filter ?? []).join('|')} values=${(o.values ?? []).join('|')}`);
}

describe('Python data operations: the values they filter by and write', () => {
  it('writes filters as the other extractors do: locals followed (a row loaded limited to the caller, to that caller only), self.request as the request, classes left out', async () => {
    expect(
      await texts(py`
        def remove_member(request, project_id, user_id):
            project = get_object_or_404(Project, pk=project_id, organization=request.user.organization)
            member = request.data["user_id"]
            Membership.objects.filter(project=project, user_id=member).delete()

        class ProjectViewSet(viewsets.ModelViewSet):
            def get_queryset(self):
                return Project.objects.filter(organization=self.request.user.organization, status=Status.ACTIVE)

            def perform_create(self, serializer):
                serializer.save(owner=self.request.user)
      `),
    ).toEqual([
      'read Project filter=project_id|request.user.organization values=',
      // `project` is a row loaded limited to the caller: the caller it was limited to is kept, not the `project_id` it was looked up by.
      'delete Membership filter=project|get_object_or_404(Project,pk=project_id,organization=request.user.organization)|request.user.organization|member|request.data["user_id"] values=',
      'read Project filter=request.user.organization values=',
      'create Project filter= values=.owner|request.user',
    ]);
  });

  it('adds the caller a loaded row is compared with to the filter of the row’s operations', async () => {
    expect(
      await texts(py`
        def rename(project_id: int, body: Rename, session: SessionDep, current_user: CurrentUser):
            project = session.get(Project, project_id)
            if project.owner_id != current_user.id:
                raise HTTPException(status_code=404)
            project.name = body.name
            session.commit()
      `),
    ).toEqual(['read Project filter=project_id|current_user.id values=', 'update Project filter=project_id|current_user.id values=.name|body.name']);
  });

  it('reads statement filters and values, raw SQL parameters and constructor values, naming the fields written', async () => {
    expect(
      await texts(py`
        def f(project_id: int, payload: Body, session: Session, user: CurrentUser):
            session.execute(update(Project).where(Project.id == project_id).values(name=payload.name))
            cursor.execute(f"DELETE FROM projects WHERE id = {project_id}")
            session.add(AuditLog(actor_id=user.id, action="project.renamed"))
      `),
    ).toEqual([
      'update Project filter=project_id values=.name|payload.name',
      'delete projects filter=project_id values=',
      'create AuditLog filter= values=.actor_id|user.id|.action',
    ]);
  });
});

describe('Python data operations: SQLAlchemy, SQLModel, raw SQL', () => {
  it('reads sessions, 1.x queries and 2.0 statements', async () => {
    expect(
      await opsOf(py`
        def delete_project(project_id: int, db: Session = Depends(get_db), current_user: User = Depends(get_current_user)):
            project = db.get(Project, project_id)
            db.delete(project)
            db.commit()

        def delete_owned(project_id: int, db: SessionDep, current_user: CurrentUser):
            project = db.query(Project).filter(Project.id == project_id, Project.owner_id == current_user.id).first()
            db.delete(project)

        async def purge(project_id, session):
            await session.execute(delete(Member).where(Member.project_id == project_id))
            stmt = update(Project).where(Project.id == project_id).values(archived=True)
            await session.execute(stmt)
            session.query(Project).filter(Project.id == project_id).delete()
            session.add(Project(name="x"))
      `),
    ).toEqual([
      'read Project db.get keyed',
      'delete Project db.delete keyed',
      'read Project db.query(…).filter(…).first scoped keyed',
      'delete Project db.delete scoped keyed',
      'delete Member session.execute keyed',
      'update Project session.execute keyed',
      'delete Project session.query(…).filter(…).delete keyed',
      'create Project session.add',
    ]);
  });

  it('reads module-qualified builders (sa.delete) and statements on SQLAlchemy Core table handles', async () => {
    expect(
      await opsOf(py`
        def purge(project_id, conn):
            conn.execute(sa.delete(Project).where(Project.id == project_id))
            conn.execute(sa.update(Project).where(Project.id == project_id).values(archived=True))
            db.execute(delete(sessions).where(sessions.c.expires_at < cutoff))
            db.execute(select(users.c.id, users.c.email).where(users.c.id == project_id))
            db.execute(insert(tables.audit_events).values(action="purge"))
            db.execute(delete(self.model))
      `),
    ).toEqual([
      'delete Project conn.execute keyed',
      'update Project conn.execute keyed',
      'delete sessions db.execute',
      'read users db.execute keyed',
      'create audit_events db.execute',
      'delete null db.execute',
    ]);
  });

  it('turns a commit after changing a loaded row into an update of that row', async () => {
    expect(
      await opsOf(py`
        def rename(project_id: int, body: Rename, session: SessionDep, user: CurrentUser):
            project = session.get(Project, project_id)
            if project.organization_id != user.organization_id:
                raise HTTPException(status_code=403)
            project.name = body.name
            session.commit()

        def touch(session: SessionDep):
            session.commit()
      `),
    ).toEqual(['read Project session.get scoped keyed', 'update Project session.commit scoped keyed']);
  });

  it('reads SQLModel, Flask-SQLAlchemy and raw SQL, and not the Flask cookie session', async () => {
    expect(
      await opsOf(py`
        from sqlmodel import Session, select

        def f(hero_id: int, session: Session, request):
            hero = session.exec(select(Hero).where(Hero.id == hero_id)).first()
            Project.query.get_or_404(hero_id)
            session.get("user_id")
            cursor.execute("DELETE FROM projects WHERE id = %s", [hero_id])
            cursor.execute("UPDATE projects SET x = 1 WHERE id = %s AND owner_id = %s", (hero_id, request.user.id))
            session.execute(text("DELETE FROM members WHERE project_id = :pid"), {"pid": hero_id})
      `),
    ).toEqual([
      'read Hero session.exec(…).first keyed',
      'read Project Project.query.get_or_404 keyed',
      'delete projects cursor.execute keyed',
      'update projects cursor.execute scoped keyed',
      'delete members session.execute keyed',
    ]);
  });

  it('splits raw SQL parameters: an UPDATE\'s SET values are written, its WHERE values select (named, dict and positional)', async () => {
    const facts = await extractPython('app/views.py', py`
      def f(request, submission_id):
          execute("UPDATE users SET full_name = :name WHERE id = :uid", name=request.json["name"], uid=g.user["id"])
          execute("UPDATE users SET owner_id = :owner WHERE id = :id", owner=g.user["id"], id=request.json["id"])
          conn.execute(text("UPDATE forms SET title = :t WHERE id = :id"), {"t": request.json["title"], "id": submission_id})
          cursor.execute("UPDATE projects SET name = %s WHERE id = %s", (request.json["name"], g.user["project_id"]))
          fetch_one("SELECT id FROM submissions WHERE id = :id", id=submission_id)
          fetch_all("SELECT id FROM submissions WHERE form_id = :form_id AND owner_id = :uid", form_id=submission_id, uid=g.user["id"])
          logger.info("update users done")
    `);
    expect(ops(facts).map((o) => `${o.op} ${o.model} ${o.callee}${o.scopedToCaller ? ' scoped' : ''}${o.keyedByRequestId ? ' keyed' : ''} [${(o.filter ?? []).join(', ')}] [${(o.values ?? []).join(', ')}]`)).toEqual([
      'update users execute scoped [g.user["id"]] [request.json["name"]]',
      'update users execute keyed [request.json["id"]] [g.user["id"]]',
      'update forms conn.execute keyed [submission_id] [request.json["title"]]',
      'update projects cursor.execute scoped [g.user["project_id"]] [request.json["name"]]',
      'read submissions fetch_one keyed [submission_id] []',
      'read submissions fetch_all scoped keyed [submission_id, g.user["id"]] []',
    ]);
  });

  it('records `raise PermissionDenied` as a call', async () => {
    const facts = await extractPython('app/views.py', py`
      def f(request):
          raise PermissionDenied
    `);
    expect(facts.functions[0]!.calls.map((c) => c.callee)).toEqual(['PermissionDenied']);
  });
});

describe('Python data operations: rows handed in or returned by a helper', () => {
  it('updates a row a local helper returns, selected as the helper selected it', async () => {
    expect(
      await opsOf(py`
        def _org_application(db, org_id: int, application_id: int) -> Application:
            return db.scalar(select(Application).where(Application.id == application_id, Application.org_id == org_id))

        def set_status(application_id: int, body: StatusIn, db: Session):
            application = _org_application(db, 1, application_id)
            application.status = body.status
            db.commit()
      `),
    ).toEqual(['read Application db.scalar keyed', 'update Application db.commit keyed']);
  });

  it('updates a row handed to a service by its annotated class, but not a schema or an unannotated value', async () => {
    expect(
      await opsOf(py`
        def close_case(case: Case) -> Case:
            case.status = Case.Status.CLOSED
            case.save(update_fields=["status"])

        def change_plan(db, customer: Organization, plan: str):
            customer.plan = plan
            db.commit()

        def rename(db, body: ProjectUpdate, project):
            body.name = body.name.strip()
            project.name = body.name
            db.commit()
      `),
    ).toEqual(['update Case case.save', 'update Organization db.commit']);
  });

  it('does not take a row that was replaced in the function for the one handed in', async () => {
    expect(
      await opsOf(py`
        def archive(db, project: Project):
            project = clone(project)
            project.archived = True
            db.commit()
      `),
    ).toEqual([]);
  });
});

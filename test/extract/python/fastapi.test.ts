import { describe, expect, it } from '@jest/globals';
import { extractPython, indexFiles, py, routeLines, routeOps } from './helpers.js';

describe('FastAPI extractor', () => {
  it('reads route decorators, keyword and parameter dependencies, Annotated and Security scopes', async () => {
    const facts = await extractPython('app/main.py', py`
      from typing import Annotated
      from fastapi import APIRouter, Depends, Security

      router = APIRouter()

      @router.delete("/projects/{project_id}", dependencies=[Depends(require_role("admin"))])
      def delete_project(project_id: int, user: Annotated[User, Depends(get_current_user)], db: Session = Depends(get_db)):
          ...

      @router.api_route("/things", methods=["PUT", "PATCH"])
      def things(user = Security(get_current_user, scopes=["things:write"])):
          ...
    `);
    expect(facts.routes.map((r) => ({ method: r.method, path: r.path, router: r.router, guards: r.guards.map((g) => [g.callee, g.firstArg]) }))).toEqual([
      { method: 'DELETE', path: '/projects/{project_id}', router: 'router', guards: [['require_role', 'admin'], ['get_current_user', undefined], ['get_db', undefined]] },
      { method: 'PUT', path: '/things', router: 'router', guards: [['get_current_user', 'things:write']] },
      { method: 'PATCH', path: '/things', router: 'router', guards: [['get_current_user', 'things:write']] },
    ]);
    // The client chooses the path parameter; the user and the session are injected.
    expect(facts.routes[0]!.params).toEqual(['project_id']);
    expect(facts.routes[1]!.params).toBeUndefined();
  });

  it('turns a class-based dependency into a guard call with the role it demands', async () => {
    const facts = await extractPython('app/main.py', py`
      from fastapi import APIRouter, Depends

      router = APIRouter()
      allow_admin = RoleChecker(["admin", "owner"])

      @router.post("/a", dependencies=[Depends(RoleChecker(["admin"]))])
      def a(): ...

      @router.post("/b")
      def b(checker: PermissionChecker = Depends()): ...

      @router.post("/c")
      def c(_: bool = Depends(PermissionChecker(required_permissions=["projects:delete"]))): ...
    `);
    expect(facts.routes.map((r) => r.guards.map((g) => `${g.callee}${g.firstArg ? `(${g.firstArg})` : ''}`))).toEqual([['RoleChecker(admin)'], ['PermissionChecker'], ['PermissionChecker(projects:delete)']]);
  });

  it('applies decorators below the route decorator and ignores those above it', async () => {
    const facts = await extractPython('app/main.py', py`
      from fastapi import APIRouter

      router = APIRouter()

      @audit_logged
      @router.delete("/x")
      @require_admin
      def x(): ...
    `);
    expect(facts.routes[0]!.guards.map((g) => g.callee)).toEqual(['require_admin']);
  });

  it('links routers included from another module with prefixes and router-level dependencies', async () => {
    const index = await indexFiles({
      'app/main.py': py`
        from fastapi import FastAPI, Depends
        from .routers import projects, admin
        from app.api.deps import get_current_superuser

        app = FastAPI()
        app.include_router(projects.router, prefix="/projects")
        app.include_router(admin.router, prefix="/admin", dependencies=[Depends(get_current_superuser)])
      `,
      'app/routers/__init__.py': '',
      'app/routers/projects.py': py`
        from fastapi import APIRouter, Depends

        router = APIRouter(dependencies=[Depends(get_current_user)])

        @router.delete("/{project_id}")
        def delete_project(project_id: int): ...
      `,
      'app/routers/admin.py': py`
        from fastapi import APIRouter

        router = APIRouter()

        @router.post("/purge")
        def purge(): ...
      `,
    });
    expect(routeLines(index)).toEqual(['DELETE /projects/{project_id} [get_current_user]', 'POST /admin/purge [get_current_superuser]']);
  });

  it('resolves dependency aliases defined in another module', async () => {
    const index = await indexFiles({
      'app/api/deps.py': py`
        from typing import Annotated
        from fastapi import Depends

        SessionDep = Annotated[Session, Depends(get_db)]
        CurrentUser = Annotated[User, Depends(get_current_user)]
        AdminUser = Annotated[User, Depends(get_current_active_superuser)]
        admin_only = Depends(get_current_active_superuser)
      `,
      'app/api/routes/items.py': py`
        from fastapi import APIRouter
        from app.api.deps import AdminUser, CurrentUser, SessionDep, admin_only
        from app.schemas import ItemIn

        router = APIRouter()

        @router.delete("/items/{item_id}")
        def delete_item(item_id: int, session: SessionDep, current_user: CurrentUser):
            item = session.get(Item, item_id)
            session.delete(item)

        @router.put("/items/{item_id}")
        def put_item(item_id: int, body: ItemIn, session: SessionDep, admin: AdminUser): ...

        @router.post("/reindex", dependencies=[admin_only])
        def reindex(): ...
      `,
    });
    expect(routeLines(index)).toEqual([
      'DELETE /items/{item_id} [get_db, get_current_user]',
      'POST /reindex [get_current_active_superuser]',
      'PUT /items/{item_id} [get_db, get_current_active_superuser]',
    ]);
    expect(routeOps(index, 'DELETE /items/{item_id}')).toEqual(['read Item keyed', 'delete Item keyed']);
  });

  it('expands an alias defined in the same module at extraction', async () => {
    const facts = await extractPython('app/main.py', py`
      from typing import Annotated
      from fastapi import APIRouter, Depends

      CurrentUser = Annotated[User, Depends(get_current_user)]
      router = APIRouter()

      @router.get("/me")
      def me(user: CurrentUser): ...
    `);
    expect(facts.routes[0]!.guards.map((g) => g.callee)).toEqual(['get_current_user']);
    expect(facts.routes[0]!.dependencyTypes).toBeUndefined();
    expect(facts.functions.find((f) => f.name === 'CurrentUser')?.injects?.map((g) => g.callee)).toEqual(['get_current_user']);
  });

  it('keeps the calls of a public endpoint that verifies a signature', async () => {
    const facts = await extractPython('app/webhooks.py', py`
      import stripe
      from fastapi import APIRouter, Request

      router = APIRouter()

      @router.post("/webhooks/stripe")
      async def stripe_webhook(request: Request):
          payload = await request.body()
          event = stripe.Webhook.construct_event(payload, request.headers["stripe-signature"], SECRET)
    `);
    expect(facts.routes[0]!.guards).toEqual([]);
    expect(facts.routes[0]!.calls.map((c) => c.callee)).toContain('stripe.Webhook.construct_event');
  });

  it('lets what a guard relies on be followed: sub-dependencies, aliases and callable instances', async () => {
    const index = await indexFiles({
      'app/deps.py': py`
        from typing import Annotated
        from fastapi import Depends, HTTPException

        def get_current_user(token: str = Depends(oauth2_scheme)): ...

        CurrentUser = Annotated[User, Depends(get_current_user)]

        def get_current_superuser(current_user: CurrentUser):
            if not current_user.is_superuser:
                raise HTTPException(status_code=403)

        class RoleChecker:
            def __init__(self, roles):
                self.roles = roles

            def __call__(self, current_user: CurrentUser):
                if current_user.role not in self.roles:
                    raise PermissionDenied

        require_admin = RoleChecker(["admin"])
      `,
    });
    const callees = (name: string) => index.resolveFunction('app/routers/projects.py', name)?.calls.map((c) => `${c.callee}${c.firstArg ? `(${c.firstArg})` : ''}`);
    expect(callees('get_current_superuser')).toEqual(['HTTPException(403)', 'get_current_user']);
    expect(callees('CurrentUser')).toEqual(['get_current_user']);
    expect(callees('require_admin')).toEqual(['RoleChecker(admin)']);
    expect(index.resolveFunction('app/deps.py', 'RoleChecker')?.qualifiedName).toBe('RoleChecker.__call__');
    expect(callees('RoleChecker')).toEqual(['PermissionDenied', 'get_current_user']);
  });
});

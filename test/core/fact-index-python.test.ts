import { describe, expect, it } from '@jest/globals';
import { indexFiles, py, routeLines } from '../extract/python/helpers.js';

/** A FastAPI service under `prefix` whose main module imports its router absolutely (`from app.routers import items`). */
function service(prefix: string): Record<string, string> {
  return {
    [`${prefix}/app/main.py`]: `from fastapi import FastAPI\nfrom app.routers import items\napp = FastAPI()\napp.include_router(items.router, prefix="/${prefix}")\n`,
    [`${prefix}/app/routers/items.py`]: 'from fastapi import APIRouter\nrouter = APIRouter()\n\n@router.delete("/items/{id}")\ndef delete_item(id: int): ...\n',
  };
}

describe('FactIndex: Python modules, mounts and defaults', () => {
  it('resolves `from package import module` to the submodule when the import is used as a namespace', async () => {
    const index = await indexFiles({
      'app/main.py': 'from .routers import projects\nfrom . import services\n',
      'app/routers/__init__.py': '',
      'app/routers/projects.py': '',
      'app/services.py': 'def archive_project(project_id):\n    Project.objects.filter(pk=project_id).update(archived=True)\n',
      'app/other.py': 'def archive_project(project_id):\n    pass\n',
    });
    expect(index.resolveModule('app/main.py', '.routers')).toBe('app/routers/__init__.py');
    expect(index.resolveModule('app/main.py', '.routers.projects')).toBe('app/routers/projects.py');
    expect(index.resolveModule('app/routers/projects.py', '..services')).toBe('app/services.py');
    // Two functions share the name: the import says which one `services.archive_project` is.
    expect(index.resolveFunction('app/main.py', 'services.archive_project')?.location.path).toBe('app/services.py');
  });

  it('does not take a package\'s function (`from sqlalchemy import update`) for the repository\'s one of the same name', async () => {
    const index = await indexFiles({
      'app/services/samples.py': 'def update(db, sample_id, value):\n    sample = db.get(Sample, sample_id)\n    sample.value = value\n    db.commit()\n',
      'app/services/accounts.py': 'from sqlalchemy import select, update\n',
      'app/services/results.py': 'from app.services.samples import update\n',
      'app/services/reports.py': 'from .samples import update\n',
      'app/services/plain.py': 'import os\n',
    });
    // The package's `update` statement builder, not samples.update.
    expect(index.resolveFunction('app/services/accounts.py', 'update')).toBeNull();
    // Imported from the repository (absolutely or relatively): the repository's function.
    expect(index.resolveFunction('app/services/results.py', 'update')?.location.path).toBe('app/services/samples.py');
    expect(index.resolveFunction('app/services/reports.py', 'update')?.location.path).toBe('app/services/samples.py');
    // Not imported at all: a unique name in the repository is still the one meant.
    expect(index.resolveFunction('app/services/plain.py', 'update')?.location.path).toBe('app/services/samples.py');
  });

  it('lets register_blueprint(url_prefix=…) replace the blueprint\'s own prefix, as Flask does, and keeps its hooks', async () => {
    const index = await indexFiles({
      'app/__init__.py': py`
        from flask import Flask
        from .billing import billing_bp
        from .legacy import legacy_bp
        from .reports import reports_bp

        def create_app():
            app = Flask(__name__)
            app.register_blueprint(billing_bp, url_prefix="/api/v2/billing")
            app.register_blueprint(legacy_bp)
            app.register_blueprint(reports_bp, url_prefix="/api/reports")
            return app
      `,
      'app/billing.py': py`
        from flask import Blueprint, abort
        from flask_login import current_user

        billing_bp = Blueprint("billing", __name__, url_prefix="/billing")

        @billing_bp.before_request
        def require_login():
            if not current_user.is_authenticated:
                abort(401)

        @billing_bp.route("/invoices/<int:invoice_id>", methods=["DELETE"])
        def delete_invoice(invoice_id):
            return ""
      `,
      'app/legacy.py': py`
        from flask import Blueprint

        legacy_bp = Blueprint("legacy", __name__, url_prefix="/legacy")

        @legacy_bp.route("/ping")
        def ping():
            return "ok"
      `,
      'app/reports.py': py`
        from flask import Blueprint

        reports_bp = Blueprint("reports", __name__)

        @reports_bp.route("/daily")
        def daily():
            return ""
      `,
    });
    expect(routeLines(index)).toEqual(['DELETE /api/v2/billing/invoices/<int:invoice_id> [require_login, abort(401)]', 'GET /api/reports/daily []', 'GET /legacy/ping []']);
  });

  it('does not take any object\'s `.get(…)` for a MethodView\'s `get`', async () => {
    const index = await indexFiles({
      'app/results.py': py`
        from flask import request
        from flask.views import MethodView

        class ResultAPI(MethodView):
            def get(self, result_id):
                return load(result_id)

            def patch(self, result_id):
                data = request.get_json()
                self.get(result_id)
                return data.get("value")

        def helper():
            return request.headers.get("X-Token")
      `,
      'app/webhooks.py': 'from flask import request\n\ndef hook():\n    return request.headers.get("X-Signature")\n',
      'app/extensions.py': 'from flask_sqlalchemy import SQLAlchemy\ndb = SQLAlchemy()\n',
      'app/samples.py': 'from .extensions import db\n\ndef get_sample(sample_id):\n    return db.session.get(Sample, sample_id)\n',
    });
    // `db` comes from the repository, but not from the module that defines ResultAPI.
    expect(index.resolveFunction('app/samples.py', 'db.session.get')).toBeNull();
    expect(index.resolveFunction('app/results.py', 'data.get')).toBeNull();
    expect(index.resolveFunction('app/results.py', 'request.headers.get')).toBeNull();
    expect(index.resolveFunction('app/webhooks.py', 'request.headers.get')).toBeNull();
    // The class's own instance, or the class itself, does call it.
    expect(index.resolveFunction('app/results.py', 'self.get')?.qualifiedName).toBe('ResultAPI.get');
    expect(index.resolveFunction('app/results.py', 'ResultAPI.get')?.qualifiedName).toBe('ResultAPI.get');
    expect(index.resolveFunction('app/results.py', 'result_api.get')?.qualifiedName).toBe('ResultAPI.get');
  });

  it('mounts views a helper registers on the blueprint it is handed under that blueprint', async () => {
    const index = await indexFiles({
      'app/__init__.py': py`
        from flask import Flask

        def create_app():
            app = Flask(__name__)
            from .results import register_result_views, results_bp
            register_result_views(results_bp)
            app.register_blueprint(results_bp, url_prefix="/results")
            return app
      `,
      'app/results.py': py`
        from flask import Blueprint, abort
        from flask.views import MethodView
        from flask_login import current_user

        results_bp = Blueprint("results", __name__)

        @results_bp.before_request
        def require_login():
            if not current_user.is_authenticated:
                abort(401)

        class ResultAPI(MethodView):
            def get(self, result_id):
                return load(result_id)

        def register_result_views(bp):
            bp.add_url_rule("/<int:result_id>", view_func=ResultAPI.as_view("result"))
      `,
    });
    expect(routeLines(index)).toEqual(['GET /results/<int:result_id> [require_login, abort(401)]']);
  });

  it('links a mount only to the router it names when a module holds several', async () => {
    const index = await indexFiles({
      'app/main.py': py`
        from fastapi import FastAPI
        from app.routers import users

        app = FastAPI()
        app.include_router(users.admin_router, prefix="/admin")
      `,
      'app/routers/users.py': py`
        from fastapi import APIRouter

        router = APIRouter()
        admin_router = APIRouter()

        @router.get("/me")
        def me(): ...

        @admin_router.delete("/users/{id}")
        def delete_user(id: int): ...
      `,
    });
    expect(routeLines(index)).toEqual(['DELETE /admin/users/{id} []', 'GET /me []']);
  });

  it('leaves out views no URL configuration mounts', async () => {
    const index = await indexFiles({
      'projects/urls.py': 'from django.urls import path\nfrom .views import routed\nurlpatterns = [path("a/", routed)]\n',
      'projects/views.py': 'from django.http import HttpResponse\n\ndef routed(request):\n    pass\n\ndef helper(request):\n    pass\n',
    });
    expect(routeLines(index)).toEqual(['ANY /a []']);
  });

  it('applies default guards from the route’s own service, and none when a view declares its own', async () => {
    const view = py`
      from rest_framework.decorators import api_view, permission_classes
      from rest_framework.permissions import AllowAny

      @api_view(["POST"])
      def ping(request): ...

      @api_view(["POST"])
      @permission_classes([AllowAny])
      def open_ping(request): ...
    `;
    const urls = 'from django.urls import path\nfrom . import views\nurlpatterns = [path("ping/", views.ping), path("open/", views.open_ping)]\n';
    const index = await indexFiles({
      'billing/requirements.txt': 'django\n',
      'billing/settings.py': 'REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAdminUser"]}\n',
      'billing/urls.py': urls,
      'billing/views.py': view,
      'portal/requirements.txt': 'django\n',
      'portal/settings.py': 'REST_FRAMEWORK = {"DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"]}\n',
      'portal/urls.py': urls,
      'portal/views.py': view,
    });
    const lines = index
      .routes()
      .map((r) => `${r.route.location.path} ${r.route.method} ${r.fullPath} [${r.guards.map((g) => g.callee).join(', ')}]`)
      .toSorted();
    expect(lines).toEqual([
      'billing/views.py POST /open [AllowAny]',
      'billing/views.py POST /ping [IsAdminUser]',
      'portal/views.py POST /open [AllowAny]',
      'portal/views.py POST /ping [IsAuthenticated]',
    ]);
  });

  it('resolves a Python absolute import to the module nearest the importer when services share module names', async () => {
    const index = await indexFiles({ ...service('billing'), ...service('portal') });
    expect(index.resolveModule('portal/app/main.py', 'app.routers.items')).toBe('portal/app/routers/items.py');
    expect(index.routes().map((r) => `${r.route.location.path} ${r.fullPath}`).toSorted()).toEqual([
      'billing/app/routers/items.py /billing/items/{id}',
      'portal/app/routers/items.py /portal/items/{id}',
    ]);
  });
});

import { describe, expect, it } from '@jest/globals';
import { extractPython, indexFiles, py, routeLines, routeOps } from './helpers.js';

describe('Flask extractor', () => {
  it('reads @app.route methods, method shortcuts and guard decorators below the route decorator', async () => {
    const facts = await extractPython('app/views.py', py`
      from flask import Flask
      from flask_login import login_required
      from flask_security import roles_required

      app = Flask(__name__)

      @app.route("/projects/<int:project_id>", methods=["POST", "DELETE"])
      @login_required
      @roles_required("admin")
      def project(project_id): ...

      @app.get("/projects")
      def projects(): ...

      @app.route("/health")
      def health(): ...

      @login_required
      @app.delete("/unguarded/<int:id>")
      def unguarded(id): ...

      @app.put("/items/<int:id>")
      @auth.login_required(role="admin")
      def put_item(id): ...
    `);
    expect(facts.routes.map((r) => `${r.method} ${r.path} [${r.guards.map((g) => g.callee + (g.firstArg ? `(${g.firstArg})` : '')).join(', ')}]`)).toEqual([
      'POST /projects/<int:project_id> [login_required, roles_required(admin)]',
      'DELETE /projects/<int:project_id> [login_required, roles_required(admin)]',
      'GET /projects []',
      'GET /health []',
      // Decorated after registration: Flask serves the undecorated function.
      'DELETE /unguarded/<int:id> []',
      'PUT /items/<int:id> [auth.login_required(admin)]',
    ]);
    expect(facts.routes[0]!.params).toEqual(['project_id']);
  });

  it('applies a blueprint’s before_request hook and url prefixes to its routes, across modules', async () => {
    const index = await indexFiles({
      'app/__init__.py': py`
        from flask import Flask
        from .projects import bp as projects_bp
        from .public import bp as public_bp

        def create_app():
            app = Flask(__name__)
            app.register_blueprint(projects_bp, url_prefix="/projects")
            app.register_blueprint(public_bp)
            return app
      `,
      'app/projects/__init__.py': py`
        from flask import Blueprint
        from flask_login import current_user

        bp = Blueprint("projects", __name__)

        @bp.before_request
        def require_login():
            if not current_user.is_authenticated:
                abort(401)

        from . import routes
      `,
      'app/projects/routes.py': py`
        from flask import abort
        from flask_login import current_user
        from . import bp

        @bp.route("/<int:project_id>", methods=["DELETE"])
        def delete_project(project_id):
            project = Project.query.get_or_404(project_id)
            db.session.delete(project)
            db.session.commit()
      `,
      'app/public.py': py`
        import hmac
        from flask import Blueprint, abort, request

        bp = Blueprint("public", __name__, url_prefix="/hooks")

        @bp.post("/github")
        def github():
            if not hmac.compare_digest(request.headers["X-Hub-Signature-256"], sign(request.data)):
                abort(401)
      `,
    });
    expect(routeLines(index)).toEqual(['DELETE /projects/<int:project_id> [require_login, abort(401)]', 'POST /hooks/github []']);
    expect(routeOps(index, 'DELETE /projects/<int:project_id>')).toEqual(['read Project keyed', 'delete Project keyed']);
    const hook = index.routes().find((r) => r.fullPath === '/hooks/github')!;
    expect(hook.route.calls.map((c) => c.callee)).toContain('hmac.compare_digest');
  });

  it('reads MethodView and Flask-RESTful resources registered with add_url_rule and add_resource', async () => {
    const index = await indexFiles({
      'app/api.py': py`
        from flask import Flask
        from flask.views import MethodView
        from flask_restful import Api, Resource
        from flask_login import login_required

        app = Flask(__name__)
        api = Api(app, prefix="/api")

        class ProjectAPI(MethodView):
            decorators = [login_required]

            def get(self, id): ...

            def delete(self, id):
                Project.query.filter_by(id=id).delete()

        class MemberResource(Resource):
            method_decorators = {"delete": [admin_required]}

            def delete(self, project_id, user_id): ...

        class Unrouted(MethodView):
            def post(self): ...

        app.add_url_rule("/projects/<int:id>", view_func=ProjectAPI.as_view("project"))
        api.add_resource(MemberResource, "/projects/<int:project_id>/members/<int:user_id>")
      `,
    });
    expect(routeLines(index)).toEqual([
      'DELETE /api/projects/<int:project_id>/members/<int:user_id> [admin_required]',
      'DELETE /projects/<int:id> [login_required]',
      'GET /projects/<int:id> [login_required]',
    ]);
    expect(routeOps(index, 'DELETE /projects/<int:id>')).toEqual(['delete Project keyed']);
  });

  it('leaves FastAPI files alone', async () => {
    const facts = await extractPython('app/main.py', py`
      from fastapi import APIRouter
      router = APIRouter()

      @router.get("/x")
      def x(): ...
    `);
    expect(facts.routes.map((r) => r.framework)).toEqual(['fastapi']);
  });
});

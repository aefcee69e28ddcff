"""The review desk: server-rendered pages, a JSON API and health endpoints (Flask + waitress).

``factory.create_app(app)`` builds the WSGI app; ``server.serve(app)`` runs it.
Views are thin: queries live in ``mailbot.store``, actions in ``mailbot.review``.
"""

"""``mailbot serve``: the review desk under waitress, on [web] host and port."""

from __future__ import annotations

import signal
import sys
import threading
from typing import Any

from waitress.server import create_server

from mailbot.app import App
from mailbot.errors import MailbotError
from mailbot.web.factory import create_app, desk

THREADS = 8


class _Stop(Exception):
    """SIGTERM: leave the serving loop the way Ctrl-C does."""


def serve(app: App) -> int:
    """Serve until SIGTERM or Ctrl-C; refuses to start without a secret key."""
    flask = create_app(app)  # raises ConfigError naming web.secret_key_env when it is unset
    web = app.config.web
    try:
        server: Any = create_server(flask, host=web.host, port=web.port, threads=THREADS,
                                    ident="mailbot", clear_untrusted_proxy_headers=True)
    except OSError as exc:
        raise MailbotError(f"cannot listen on {web.host}:{web.port}: {exc.strerror or exc}; "
                           "free the port or set web.port") from None

    def stop(_signum: int, _frame: Any) -> None:
        raise _Stop

    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, stop) if main else None
    print(f"mailbot review desk on http://{web.host}:{server.effective_port}/ "
          "(Ctrl-C stops it)", flush=True)
    if not app.config.security.sender_checks:
        print("warning: sender addresses are unauthenticated (neither [security] "
              "trusted_authserv_id nor verify_dkim is set): anyone can forge an owner's From "
              "address", file=sys.stderr, flush=True)
    try:
        server.run()
    except (_Stop, KeyboardInterrupt):
        pass
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        server.close()
        with flask.app_context():
            desk().courier.wait(timeout=10)
    return 0

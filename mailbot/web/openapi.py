"""The OpenAPI 3 document of the JSON API (served at /api/v1/openapi.json)."""

from __future__ import annotations

from typing import Any

from mailbot import __version__
from mailbot.desk_input import MAX_NOTE, MAX_SEARCH
from mailbot.flags import CASE_FLAGS
from mailbot.store.queue import TABS

_ERROR = {"description": "error", "content": {"application/json": {"schema": {
    "$ref": "#/components/schemas/Error"}}}}
_FLAG_HELP = (f"one of the flags mailbot sets ({', '.join(CASE_FLAGS)}) or a flag the "
              "configured policies declare; anything else is a 400")
_REF = {"name": "ref", "in": "path", "required": True, "schema": {"type": "string"},
        "description": "the case reference"}


def _json(schema: str, description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": {
        "$ref": f"#/components/schemas/{schema}"}}}}


def _action(summary: str, body: str) -> dict[str, Any]:
    return {"post": {
        "summary": summary, "parameters": [_REF],
        "requestBody": {"required": body == "Reject", "content": {"application/json": {
            "schema": {"$ref": f"#/components/schemas/{body}"}}}},
        "responses": {"200": _json("Result", "done (or waiting for an admin's approval)"),
                      "400": _ERROR, "401": _ERROR, "404": _ERROR,
                      "409": {"description": "the case's state does not allow it, or its owner "
                                             "has not confirmed and owner_not_verified is not "
                                             "chosen (nothing changed)"},
                      "413": {"description": f"a note or reason over {MAX_NOTE} characters, or "
                                             "a body over the desk's size limit"},
                      "422": {"description": "owner_not_verified chosen without a reason"}}}}


def _schemas() -> dict[str, Any]:
    s, n = {"type": "string"}, {"type": "string", "nullable": True}
    money = {"type": "object", "nullable": True, "properties": {"amount": s, "currency": s}}
    return {
        "Error": {"type": "object", "properties": {"error": s}, "required": ["error"]},
        "QueueItem": {"type": "object", "properties": {
            "reference": s, "mailbox": s, "status": s,
            "flags": {"type": "array", "items": s}, "received_at": {**s, "format": "date-time"},
            "sender": s, "account_number": n, "username": n, "proposed_action": n,
            "refund": n}},
        "Queue": {"type": "object", "properties": {
            "tab": s, "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
            "cases": {"type": "array", "items": {"$ref": "#/components/schemas/QueueItem"}},
            "messages": {"type": "array", "items": {"type": "object"},
                         "description": "failed messages (tab=failed only)"}}},
        "Decision": {"type": "object", "properties": {
            "outcome": s, "action": n, "policy": s, "rule": s,
            "clauses": {"type": "array", "items": s},
            "explanation": {"type": "array", "items": s}, "received_on": s,
            "effective_on": n, "refund": money, "decided_by": s, "at": s,
            "current": {"type": "boolean"}}},
        "Case": {"type": "object", "properties": {
            "reference": s, "mailbox": s, "status": s, "flags": {"type": "array", "items": s},
            "received_at": s, "sender": s, "language": s, "username": n, "account_number": n,
            "reason": n, "reason_code": n, "asks_refund": {"type": "boolean"},
            "account": {"type": "object", "nullable": True},
            "decisions": {"type": "array", "items": {"$ref": "#/components/schemas/Decision"}},
            "refunds": {"type": "array", "items": {"type": "object"}},
            "history": {"type": "array", "items": {"type": "object", "properties": {
                "at": s, "what": s, "who": s}}}}},
        "Approve": {"type": "object", "properties": {
            "refund": {"type": "string", "example": "19.00",
                       "pattern": "^[0-9]{1,10}([.][0-9]{1,2})?$",
                       "description": "the refund to grant, a plain decimal (\"1e3\" is "
                                      "refused) no larger than what was paid for the current "
                                      "period; \"0\" grants none"},
            "currency": {"type": "string", "example": "USD", "pattern": "^[A-Za-z]{3}$",
                         "description": "the refund's currency: must be the plan's"},
            "note": {**s, "maxLength": MAX_NOTE},
            "owner_not_verified": {
                "type": "boolean", "default": False,
                "description": "approve although the sender was not shown to be the account's "
                               "owner (pending verification, sender_mismatch, unauthenticated); "
                               "needs a reason, both are audited"},
            "reason": {**s, "maxLength": MAX_NOTE,
                       "description": "why approving without the owner's confirmation is "
                                      "right (required with owner_not_verified)"}}},
        "Reject": {"type": "object", "required": ["note"], "properties": {
            "note": {**s, "maxLength": MAX_NOTE, "description": "why; included in the reply"},
            "notify": {"type": "boolean", "default": True}}},
        "Result": {"type": "object", "properties": {
            "reference": s, "status": s, "message": s, "replies_queued": {"type": "integer"}}},
    }


def document() -> dict[str, Any]:
    query = [{"name": name, "in": "query", "required": False, "schema": schema}
             for name, schema in (("tab", {"type": "string", "enum": list(TABS),
                                           "default": "flagged"}),
                                  ("flag", {"type": "string", "example": CASE_FLAGS[0],
                                            "description": _FLAG_HELP}),
                                  ("mailbox", {"type": "string"}),
                                  ("search", {"type": "string", "maxLength": MAX_SEARCH}),
                                  ("limit", {"type": "integer", "default": 50, "maximum": 500}),
                                  ("offset", {"type": "integer", "default": 0}))]
    return {
        "openapi": "3.0.3",
        "info": {"title": "mailbot review desk API", "version": __version__,
                 "description": "The review queue and its actions. Authenticate with "
                                "'Authorization: Bearer TOKEN' (mailbot users token NAME)."},
        "servers": [{"url": "/api/v1"}],
        "security": [{"bearer": []}],
        "paths": {
            "/cases": {"get": {"summary": "one tab of the review queue, oldest first",
                               "parameters": query,
                               "responses": {"200": _json("Queue", "the queue"),
                                             "400": _ERROR, "401": _ERROR}}},
            "/cases/{ref}": {"get": {"summary": "one case in full", "parameters": [_REF],
                                     "responses": {"200": _json("Case", "the case"),
                                                   "401": _ERROR, "404": _ERROR}}},
            "/cases/{ref}/approve": _action("approve the case; the reply is sent", "Approve"),
            "/cases/{ref}/reject": _action("reject the case with a note", "Reject"),
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": _schemas(),
        },
    }

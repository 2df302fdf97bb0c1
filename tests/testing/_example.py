"""A tiny simulated notes API (spec: example_openapi.yaml) that exercises the framework in tests.

`ExampleAPI` is a correct plug-in; `BrokenExampleAPI` breaks its spec on purpose (a wrong body for
`get_note`, a crash in `create_note`) so tests can watch the framework catch it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from sessionward.testing import Rejection, SimulatedAPI, operation

EXAMPLE_SPEC = Path(__file__).with_name("example_openapi.yaml")
WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel")
_CODES = {400: "INVALID", 404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}


class ExampleAPI(SimulatedAPI):
    """Notes `n-1` ... `n-<size>`, readable and deletable with the seeded API key."""

    key = "example"
    base_path = "/example/v1"
    spec_path = EXAMPLE_SPEC
    default_size = 5

    def reset(self) -> None:
        rng = self.random()
        self.api_key = "example-" + rng.token()
        self.backup_key = "backup-" + rng.token()
        self.notes: dict[str, dict[str, Any]] = {}
        for number in range(1, self.size + 1):
            self._add(
                number, " ".join(rng.choice(WORDS) for _ in range(3)), rng.moment().isoformat()
            )
        self.next_number = self.size + 1

    def credentials(self) -> dict[str, str]:
        return {"api_key": self.api_key}

    def other_credentials(self) -> dict[str, dict[str, str]]:
        return {"backup": {"api_key": self.backup_key}}

    def reject(self, request: Request, rejection: Rejection) -> Response:
        fields = [
            {"location": problem.location, "name": problem.name, "message": problem.message}
            for problem in rejection.problems
        ]
        # This vendor answers 422 where a plain server would answer 400.
        status = 422 if rejection.status == 400 else rejection.status
        body = {"code": _CODES.get(rejection.status, "ERROR"), "message": rejection.message}
        return JSONResponse({**body, "fields": fields}, status_code=status)

    def _add(self, number: int, text: str, created_at: str) -> dict[str, Any]:
        note = {"id": f"n-{number}", "text": text, "createdAt": created_at}
        self.notes[note["id"]] = note
        return note

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        offered = request.headers.get("x-api-key") or request.query_params.get("key")
        if offered in {self.api_key, self.backup_key}:
            return None
        return JSONResponse({"code": "UNAUTHORIZED", "message": "no valid key"}, status_code=401)

    def _missing(self, note_id: str) -> Response:
        return JSONResponse({"code": "NOT_FOUND", "message": f"no note {note_id}"}, status_code=404)

    @operation("list_notes")
    async def list_notes(self, request: Request) -> Response:
        limit = int(request.query_params.get("limit", "10"))
        offset = int(request.query_params.get("offset", "0"))
        notes = list(self.notes.values())
        page = {"items": notes[offset : offset + limit], "total": len(notes)}
        return JSONResponse(page, headers={"X-Total-Count": str(len(notes))})

    @operation("create_note")
    async def create_note(self, request: Request) -> Response:
        text = (await request.json())["text"]
        note = self._add(self.next_number, text, "2025-01-01T00:00:00+00:00")
        self.next_number += 1
        return JSONResponse(note, status_code=201)

    @operation("get_note")
    async def get_note(self, request: Request) -> Response:
        note = self.notes.get(request.path_params["noteId"])
        if note is None:
            return self._missing(request.path_params["noteId"])
        return JSONResponse(note)

    @operation("delete_note")
    async def delete_note(self, request: Request) -> Response:
        if self.notes.pop(request.path_params["noteId"], None) is None:
            return self._missing(request.path_params["noteId"])
        return Response(status_code=204)


class BrokenExampleAPI(ExampleAPI):
    """The example API breaking its spec on purpose, once per kind of simulator bug.

    A wrong `get_note` body, a crash in `create_note`, a body on `delete_note`'s 204, and refusals
    without the members the spec requires. It lets every request in, key or not.
    """

    def authenticate(self, request: Request, operation_id: str) -> Response | None:
        return None

    def reject(self, request: Request, rejection: Rejection) -> Response:
        return JSONResponse({"oops": True}, status_code=422)

    @operation("delete_note")
    async def delete_note(self, request: Request) -> Response:
        return JSONResponse({"deleted": True}, status_code=204)

    @operation("get_note")
    async def get_note(self, request: Request) -> Response:
        return JSONResponse({"id": 7, "text": ""})

    @operation("create_note")
    async def create_note(self, request: Request) -> Response:
        raise RuntimeError("deliberate crash")

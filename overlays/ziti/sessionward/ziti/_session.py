"""The client's own API session: the steps that read, open and end it, and the resources' context.

`current_session_steps`, `authenticate_steps` and `logout_steps` are the steps of
`GET /current-api-session`, `POST /authenticate?method=password` and
`DELETE /current-api-session`. They import the generated operations and models when they first
run, not with this module, so importing the clients stays light. `ZitiContext` is the narrow
context an `api_sessions` resource is built over: the generated client to send through and the
hook that tells the client its session was deleted (so a password client logs in afresh). The
resource never sees the client object itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sessionward.core import Steps, call, request_options

if TYPE_CHECKING:
    from ziti_api.client import AuthenticatedClient
    from ziti_api.models import Authenticate, CurrentApiSessionDetail


def current_session_steps(generated: AuthenticatedClient) -> Steps[CurrentApiSessionDetail]:
    """The steps of `GET /current-api-session`: the API session `generated` sends with."""
    from ziti_api.api.current_api_session import get_current_api_session
    from ziti_api.models import CurrentApiSessionDetailEnvelope

    envelope = yield from call(
        get_current_api_session, CurrentApiSessionDetailEnvelope, client=generated
    )
    return envelope.data


def authenticate_steps(
    generated: AuthenticatedClient, body: Authenticate
) -> Steps[CurrentApiSessionDetail]:
    """The steps of a password login (`POST /authenticate?method=password`): the new session.

    A login that failed with 429 or 5xx is retried although it is a POST: at worst a second
    session opens, and it expires unused; failing the caller's call is worse.
    """
    from ziti_api.api.current_api_session import authenticate
    from ziti_api.models import AuthMethod, CurrentApiSessionDetailEnvelope

    with request_options(idempotent=True):
        envelope = yield from call(
            authenticate,
            CurrentApiSessionDetailEnvelope,
            client=generated,
            method=AuthMethod.PASSWORD,
            body=body,
        )
    return envelope.data


def logout_steps(generated: AuthenticatedClient) -> Steps[None]:
    """The steps of `DELETE /current-api-session`: end the session `generated` sends with."""
    from ziti_api.api.current_api_session import delete_current_api_session
    from ziti_api.models import Empty

    yield from call(delete_current_api_session, Empty, client=generated)


class ZitiContext:
    """The bound generated client, and `session_ended()` to call once the own session is gone."""

    __slots__ = ("generated", "session_ended")

    def __init__(self, generated: AuthenticatedClient, session_ended: Callable[[], None]) -> None:
        self.generated = generated
        self.session_ended = session_ended

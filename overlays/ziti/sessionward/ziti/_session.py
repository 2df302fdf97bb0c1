"""What the Ziti resources need of their client: the bound generated client and its session.

`ZitiContext` is the narrow context an `api_sessions` resource is built over: the generated
client to send through, the steps that read the client's own API session (a bulk revoke leaves it
alone), and the hook that tells the client its session was deleted (so a password client logs in
afresh). The resource never sees the client object itself.
"""

from __future__ import annotations

from collections.abc import Callable

from ziti_api.api.current_api_session import get_current_api_session
from ziti_api.client import AuthenticatedClient
from ziti_api.models import CurrentApiSessionDetail, CurrentApiSessionDetailEnvelope

from sessionward.core import Steps, call


def current_session_steps(generated: AuthenticatedClient) -> Steps[CurrentApiSessionDetail]:
    """The steps of `GET /current-api-session`: the API session `generated` sends with."""
    envelope = yield from call(
        get_current_api_session, CurrentApiSessionDetailEnvelope, client=generated
    )
    return envelope.data


class ZitiContext:
    """The bound generated client, and `session_ended()` to call once the own session is gone."""

    __slots__ = ("generated", "session_ended")

    def __init__(self, generated: AuthenticatedClient, session_ended: Callable[[], None]) -> None:
        self.generated = generated
        self.session_ended = session_ended

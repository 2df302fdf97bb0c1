"""A client library for accessing ONLYOFFICE DocSpace API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

"""The one error type for input a user got wrong.

Why a type of its own: the API answers BAD_USER_INPUT, with the message, only for
this error. Any other exception, a ValueError from a bug included, is masked as an
internal error, so that no internal message reaches a client by accident.
"""

from __future__ import annotations


class UserInputError(ValueError):
    """A request's argument, filter or cursor is wrong; the message says how to fix it."""

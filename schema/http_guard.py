"""What keeps malformed or oversized HTTP bodies from reaching GraphQL as crashes.

A body over the size limit is answered 413, and a JSON body that is not an object
(a string, null, a number), not UTF-8, or nested too deeply is answered 400, both
with a GraphQL error carrying a code, never a 500. So are the requests strawberry
itself refuses (unsupported content type, batches, no query, malformed multipart).
"""

from __future__ import annotations

import json
from typing import Any

import orjson
from cross_web import HTTPException as StrawberryHTTPError
from starlette.exceptions import HTTPException as StarletteHTTPError
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.fastapi import GraphQLRouter
from strawberry.types.unset import UNSET

BAD_REQUEST = "BAD_USER_INPUT"
TOO_LARGE = "PAYLOAD_TOO_LARGE"
# Variables of the contract's operations nest a few levels; this is far past any of them.
MAX_JSON_DEPTH = 32


class RequestBodyError(ValueError):
    """The request body cannot be a GraphQL request; answered 400."""


def error_response(status: int, code: str, message: str) -> JSONResponse:
    """A response shaped like a GraphQL result, with the error's code."""
    body = {"data": None, "errors": [{"message": message, "extensions": {"code": code}}]}
    return JSONResponse(body, status_code=status)


def _depth(value: object) -> int:
    """How deeply JSON containers nest in ``value`` (0 for a scalar), without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children: list[Any] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, level + 1)
        stack.extend((child, level + 1) for child in children)
    return deepest


class GuardedGraphQLRouter(GraphQLRouter[Any, Any]):
    """strawberry's router, with JSON bodies (and multipart operations and map, and GET
    variables) checked before strawberry reads them, and its own refusals (an
    unsupported content type, a batch, no query, a mutation over GET, a malformed
    multipart body) answered as coded errors instead of plain text. Answers are written
    by orjson."""

    async def parse_multipart(self, request: Any) -> dict[str, str]:
        try:
            return await super().parse_multipart(request)
        except RequestBodyError:
            raise
        except (ValueError, TypeError, IndexError, AttributeError) as exc:
            # strawberry follows the map's paths into the operations without checking them
            raise RequestBodyError(
                "the multipart map names a path its operations do not have"
            ) from exc

    async def run(self, request: Any, context: Any = UNSET, root_value: Any = UNSET) -> Any:
        try:
            return await super().run(request, context, root_value)
        except StrawberryHTTPError as exc:
            code = TOO_LARGE if exc.status_code == 413 else BAD_REQUEST
            return error_response(exc.status_code, code, exc.reason)
        except StarletteHTTPError as exc:  # request.form(): a multipart body it cannot parse
            code = TOO_LARGE if exc.status_code == 413 else BAD_REQUEST
            return error_response(exc.status_code, code, str(exc.detail))

    def encode_json(self, data: object) -> bytes:
        # orjson writes a depth-2 lineage's 90 KB in 0.04 ms against json.dumps' 0.8 ms
        # (docs/benchmarks.md); UTF-8 as is, where json.dumps escaped every "å".
        return orjson.dumps(data)

    def decode_json(self, data: str | bytes) -> object:
        if isinstance(data, bytes):
            try:
                data = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise RequestBodyError(
                    f"the request body is not valid UTF-8 (byte {exc.start})"
                ) from exc
        try:
            value = json.loads(data)
        except RecursionError as exc:
            raise RequestBodyError("the request JSON is nested too deeply") from exc
        except json.JSONDecodeError as exc:
            raise RequestBodyError(f"the request body is not valid JSON ({exc.msg})") from exc
        if not isinstance(value, dict | list):
            raise RequestBodyError(
                "a GraphQL request (and its variables, operations and map) must be a JSON "
                f"object, not {type(value).__name__ if value is not None else 'null'}"
            )
        if _depth(value) > MAX_JSON_DEPTH:
            raise RequestBodyError(
                f"the request JSON is nested more than {MAX_JSON_DEPTH} levels deep"
            )
        return value


class _BodyOverflowError(Exception):
    pass


class BodyLimit:
    """ASGI middleware: request bodies over ``max_bytes`` (``max_multipart_bytes`` for
    multipart uploads) are answered 413, on the declared length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int, max_multipart_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_multipart_bytes = max_multipart_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        content_type = headers.get(b"content-type", b"").decode("latin-1").lower()
        multipart = content_type.startswith("multipart/")
        limit = self.max_multipart_bytes if multipart else self.max_bytes
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(scope, receive, send, limit)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyOverflowError
            return message

        async def tracked(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted, tracked)
        except _BodyOverflowError:
            if started:
                raise
            await self._refuse(scope, receive, send, limit)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        message = f"the request body is larger than the {limit} bytes allowed"
        await error_response(413, TOO_LARGE, message)(scope, receive, send)

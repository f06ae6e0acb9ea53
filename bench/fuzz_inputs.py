"""Hostile inputs of four kinds, each made from a random.Random, so that the fuzz tests
(Hypothesis hands them a seeded Random) and `python -m bench.fuzz` share them.

- pdf: mutated real PDFs (bench.plan_pdf's lines), PDF-shaped garbage and raw bytes;
- html: random markup from a vocabulary of the elements the reader and html_main
  treat specially (tables, lists, <time>, <meta charset>, <base>, links to PDFs,
  contact blocks), with declared charsets that are no text encoding, plus mutations;
- graphql: random operations walked from the served schema (real fields and
  arguments, wrong values, aliases, fragments, variables, directives, deep nesting),
  and token-level mutations of the contract's operations;
- http: request bodies and headers: JSON of every shape, broken UTF-8, multipart
  with broken operations and maps, forms, GET query strings, odd content types.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLInputType,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLScalarType,
    GraphQLUnionType,
)

ROOT = Path(__file__).resolve().parent.parent
WORDS = tuple(
    " ".join(
        (
            "Kramfors kommun Region Västernorrland Länsstyrelsen handlingsplan strategi 2022-2026",
            "antogs av kommunfullmäktige den 22 mars i år igår i tisdags Peter Carlstedt (S)",
            "kommundirektör säger | Aktivitet | Ansvarig | Tidplan • 1. Uppdaterad: 2017-09-28",
            "Publicerad 28 juni 2022 revidering av undertecknades Sidansvarig: Åsa Öberg",
        )
    ).split()
)
CHARSETS = (
    "utf-8", "latin-1", "windows-1252", "utf-16", "utf-7", "rot13", "base64", "zlib",
    "hex", "uu", "bz2", "x-user-defined", "idna", "punycode", "nonsense", "", "utf-8\x00",
)  # fmt: skip


def _text(rng: random.Random, words: int) -> str:
    out = " ".join(rng.choice(WORDS) for _ in range(words))
    if rng.random() < 0.1:
        out += "".join(chr(rng.randrange(1, 0x3000)) for _ in range(rng.randrange(1, 40)))
    return out


def mutate(rng: random.Random, data: bytes, tokens: tuple[bytes, ...] = ()) -> bytes:
    """1 to 8 byte-level mutations: flips, cuts, repeats, insertions, truncation."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(7)
        at = rng.randrange(len(buf) + 1)
        if op == 0 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:
            del buf[at : at + rng.randrange(1, 200)]
        elif op == 2:
            chunk = bytes(buf[at : at + rng.randrange(1, 300)])
            buf[at:at] = chunk * rng.randint(1, 20)
        elif op == 3:
            buf[at:at] = rng.randbytes(rng.randrange(1, 64))
        elif op == 4 and tokens:
            buf[at:at] = rng.choice(tokens)
        elif op == 5:
            del buf[at:]
        else:
            digits = str(rng.choice((0, -1, 2**31, 2**63, 10**40, rng.randrange(10**6))))
            buf[at:at] = digits.encode()
    return bytes(buf)


# --- pdf --------------------------------------------------------------------------

PDF_TOKENS = (
    b" obj ", b"endobj", b"stream\n", b"endstream", b"/Length 99999999", b"xref\n0 1\n",
    b"trailer <<>>", b"%%EOF", b"/Type /Page", b"/Kids [1 0 R 1 0 R]", b"/Count -1",
    b"/Filter /FlateDecode", b"<< /Encrypt 1 0 R >>", b"(\\", b"<<<<<<<<", b"[[[[[[",
)  # fmt: skip


@cache
def pdf_seeds() -> tuple[bytes, ...]:
    from bench.plan_pdf import render_lines

    lines = [_text(random.Random(i), 9) for i in range(30)]
    return (
        render_lines([lines[:12]]),
        render_lines([lines[:10], lines[10:20], ["Aktivitet | Ansvarig | Tidplan", *lines[20:]]]),
    )


def pdf_input(rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.8:
        return mutate(rng, rng.choice(pdf_seeds()), PDF_TOKENS)
    if roll < 0.9:
        return (
            b"%PDF-1."
            + str(rng.randrange(10)).encode()
            + b"\n"
            + rng.randbytes(rng.randrange(2000))
        )
    return rng.randbytes(rng.randrange(4000))


# --- html -------------------------------------------------------------------------

_TAGS = (
    "div", "p", "span", "main", "article", "section", "aside", "nav", "header", "footer",
    "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "th", "time", "address",
    "a", "br", "script", "style", "noscript", "template", "svg", "iframe", "b", "form",
)  # fmt: skip
_ATTRS = (
    'class="cookie-banner"', 'role="main"', 'id="content"', 'hidden', 'aria-hidden="true"',
    'datetime="2022-06-28T09:18:00+02:00"', 'href="/files/plan.pdf"', 'href="http://[::1/x.pdf"',
    'href="javascript:alert(1)"', 'href="%zz.pdf"', 'style="display:none"', 'lang="sv"',
    'datetime="9999-99-99"', 'href="' + "a/" * 500 + 'x.pdf"', 'class="sidansvarig"',
)  # fmt: skip


def _element(rng: random.Random, depth: int) -> str:
    if depth <= 0 or rng.random() < 0.3:
        return _text(rng, rng.randrange(1, 40)).replace("<", "&lt;")
    tag = rng.choice(_TAGS)
    attrs = " ".join(rng.sample(_ATTRS, rng.randrange(3)))
    inner = "".join(_element(rng, depth - 1) for _ in range(rng.randrange(1, 5)))
    close = f"</{tag}>" if rng.random() < 0.9 else ""
    return f"<{tag} {attrs}>{inner}{close}"


def html_input(rng: random.Random) -> tuple[bytes, str | None]:
    """(body, charset of the Content-Type header or None)."""
    charset = rng.choice(CHARSETS)
    head = f'<meta charset="{charset}">' if rng.random() < 0.3 else ""
    if rng.random() < 0.2:
        head += '<meta property="article:published_time" content="2022-13-45T99:00">'
    if rng.random() < 0.1:
        head += f'<base href="{rng.choice(("http://[::1", "//x", "data:,", "/a/b/"))}">'
    body = "".join(_element(rng, rng.randrange(1, 8)) for _ in range(rng.randrange(1, 8)))
    if rng.random() < 0.05:
        body = "<div>" * rng.randrange(500, 3000) + body  # deep nesting
    markup = f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode()
    if rng.random() < 0.3:
        markup = mutate(rng, markup, (b"<!--", b"<![CDATA[", b"&#x0;", b"&#99999999;", b"\xff"))
    return markup, charset if rng.random() < 0.2 else None


# --- graphql ----------------------------------------------------------------------

GRAPHQL_TOKENS = (
    b"{", b"}", b"(", b")", b"...", b"fragment F on Query { ...F }", b"$x", b"@skip",
    b"__schema { types { name } }", b'"""', b"#", b"\\u", b":", b"!", b"[",
)  # fmt: skip


@cache
def graphql_seeds() -> tuple[str, ...]:
    from graphql import parse, print_ast

    text = (ROOT / "schema" / "contract.graphql").read_text(encoding="utf-8")
    ops = [print_ast(d) for d in parse(text).definitions if d.kind == "operation_definition"]
    examples = sorted((ROOT / "examples").glob("*.graphql"))
    return tuple(ops) + tuple(p.read_text(encoding="utf-8") for p in examples)


def _value(rng: random.Random, kind: GraphQLInputType, depth: int = 0) -> str:
    """A literal, usually of the right type, sometimes not."""
    if rng.random() < 0.02:
        return rng.choice(
            ('"x"', "null", "-1", "1e999", "[]", "{}", "true", "ENUM", '"' + "w" * 2000 + '"')
        )
    if isinstance(kind, GraphQLNonNull):
        return _value(rng, kind.of_type, depth)
    if isinstance(kind, GraphQLList):
        items = [_value(rng, kind.of_type, depth + 1) for _ in range(rng.randrange(4))]
        return "[" + ", ".join(items) + "]"
    if isinstance(kind, GraphQLEnumType):
        return str(rng.choice(list(kind.values)))
    if isinstance(kind, GraphQLInputObjectType):
        if depth > 4:
            return "{}"
        required = [(n, f) for n, f in kind.fields.items() if isinstance(f.type, GraphQLNonNull)]
        optional = [
            (n, f) for n, f in kind.fields.items() if not isinstance(f.type, GraphQLNonNull)
        ]
        fields = required + rng.sample(optional, rng.randrange(min(3, len(optional)) + 1))
        return "{" + ", ".join(f"{n}: {_value(rng, f.type, depth + 1)}" for n, f in fields) + "}"
    assert isinstance(kind, GraphQLScalarType)
    if kind.name in ("Int", "Float"):
        return str(rng.choice((0, 1, 10, 100, 101, -5, 2**31, 2**53 + 1)))
    if kind.name == "Boolean":
        return rng.choice(("true", "false"))
    ids = ("Document:regional:strategy:lan:22:2018-2021", "Organization:kommun:2282", "22", "")
    text = rng.choice((*ids, _text(rng, 2), "2022-06-28", "2022-13-01", "\\u0000", "%", "*"))
    return json.dumps(text, ensure_ascii=rng.random() < 0.5)


def _selection(rng: random.Random, kind: GraphQLOutputType, depth: int) -> str:
    while isinstance(kind, GraphQLNonNull | GraphQLList):
        kind = kind.of_type
    if isinstance(kind, GraphQLUnionType | GraphQLInterfaceType):
        options = kind.types if isinstance(kind, GraphQLUnionType) else []
        spread = "".join(
            f" ... on {t.name} {_selection(rng, t, depth)}" for t in options[:2] if depth > 0
        )
        fields = "__typename" + (" id" if isinstance(kind, GraphQLInterfaceType) else "")
        return "{ " + fields + spread + " }"
    if not isinstance(kind, GraphQLObjectType):
        return ""
    names = list(kind.fields)
    chosen = rng.sample(names, min(len(names), rng.randint(1, 4)))
    parts = []
    for name in chosen:
        f = kind.fields[name]
        args = [
            (a, arg)
            for a, arg in f.args.items()
            if isinstance(arg.type, GraphQLNonNull) or rng.random() < 0.5
        ]
        arg_text = ", ".join(f"{a}: {_value(rng, arg.type)}" for a, arg in args)
        alias = f"a{rng.randrange(100)}: " if rng.random() < 0.1 else ""
        inner = _selection(rng, f.type, depth - 1) if depth > 0 else ""
        inner_type = f.type
        while isinstance(inner_type, GraphQLNonNull | GraphQLList):
            inner_type = inner_type.of_type
        if not inner and not isinstance(inner_type, GraphQLScalarType | GraphQLEnumType):
            inner = "{ __typename }"
        directive = " @include(if: false)" if rng.random() < 0.05 else ""
        parts.append(f"{alias}{name}{'(' + arg_text + ')' if args else ''}{directive} {inner}")
    return "{ " + " ".join(parts) + " }"


def graphql_input(rng: random.Random) -> tuple[str, dict[str, object] | None]:
    """(document, variables)."""
    from schema.api import schema

    roll = rng.random()
    if roll < 0.55:
        query = schema._schema.query_type
        assert query is not None
        return "query Q " + _selection(rng, query, rng.randrange(1, 7)), None
    if roll < 0.85:
        doc = rng.choice(graphql_seeds())
        mutated = mutate(rng, doc.encode(), GRAPHQL_TOKENS).decode("utf-8", "replace")
        variables = {"id": "Organization:kommun:2282", "text": "regional", "first": 5}
        return mutated, variables if rng.random() < 0.5 else None
    if roll < 0.95:
        depth = rng.randrange(5, 60)
        return "{" + ' node(id: "x") { ... on Document { id ' * depth + "}" * depth * 2, None
    return "".join(chr(rng.randrange(32, 0x2FF)) for _ in range(rng.randrange(200))), None


# --- http -------------------------------------------------------------------------


CONTENT_TYPES = (
    "text/plain", "application/graphql", "application/x-www-form-urlencoded", "",
    "application/json; charset=latin-1", "multipart/form-data", "application/json\x00",
)  # fmt: skip


@dataclass
class HttpCase:
    method: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    params: dict[str, str] = field(default_factory=dict)


def _json_value(rng: random.Random, depth: int) -> object:
    roll = rng.randrange(8 if depth < 40 else 5)
    if roll == 0:
        return None
    if roll == 1:
        return rng.choice((True, False, 0, -1, 1e308, 2**70))
    if roll in (2, 3, 4):
        return rng.choice(("{ __typename }", 'query { search(text: "x") { id } }', _text(rng, 3)))
    if roll in (5, 6):
        return [_json_value(rng, depth + 1) for _ in range(rng.randrange(3))]
    keys = ("query", "variables", "operationName", "extensions", "file", "0", "x")
    return {rng.choice(keys): _json_value(rng, depth + 1) for _ in range(rng.randrange(4))}


def http_input(rng: random.Random) -> HttpCase:
    roll = rng.randrange(7)
    query = rng.choice(("{ __typename }", 'query { search(text: "plan") { __typename } }', ""))
    if roll == 0:
        return HttpCase("POST", {"content-type": "application/json"},
                        json.dumps(_json_value(rng, 0)).encode())  # fmt: skip
    if roll == 1:
        body = json.dumps({"query": query, "variables": _json_value(rng, 0)}).encode()
        return HttpCase("POST", {"content-type": "application/json"}, mutate(rng, body))
    if roll == 2:
        nested = rng.choice((b"[", b'{"a":')) * rng.randrange(10, 5000)
        return HttpCase("POST", {"content-type": "application/json"}, nested)
    if roll == 3:
        boundary = "b" + str(rng.randrange(10**6))
        operations = rng.choice((
            json.dumps({"query": "mutation($f: Upload!) { ingestFile(file: $f) { failed } }",
                        "variables": {"f": None}}),
            json.dumps(_json_value(rng, 0)), "not json", ""))  # fmt: skip
        mapping = rng.choice(('{"0": ["variables.f"]}', '{"0": ["x.y.z"]}', "[]", "{", '{"9": []}'))
        name = rng.choice(("a.txt", "", "../../etc/passwd", "x.pdf", ".hidden", "a\x00b.html"))
        content = rng.choice(
            (b"Kramfors kommun antog planen.", b"%PDF-1.4 junk", rng.randbytes(50))
        )
        disposition = f"--{boundary}\r\nContent-Disposition: form-data; name="
        parts = [
            f'{disposition}"operations"\r\n\r\n{operations}',
            f'{disposition}"map"\r\n\r\n{mapping}',
            f'{disposition}"0"; filename="{name}"\r\n\r\n',
        ]
        body = (
            "\r\n".join(parts).encode("utf-8", "replace")
            + content
            + f"\r\n--{boundary}--\r\n".encode()
        )
        if rng.random() < 0.3:
            body = mutate(rng, body)
        return HttpCase("POST", {"content-type": f"multipart/form-data; boundary={boundary}"}, body)
    if roll == 4:
        ctype = rng.choice(CONTENT_TYPES)
        return HttpCase("POST", {"content-type": ctype}, mutate(rng, query.encode() or b"x"))
    if roll == 5:
        params = {"query": rng.choice((query, "mutation { __typename }", "{", "")),
                  "variables": rng.choice(("null", "[1]", '"s"', "{", "{}")),
                  "operationName": rng.choice(("", "Q", "x" * 300))}  # fmt: skip
        return HttpCase("GET", {"accept": "application/json"}, params=params)
    body = json.dumps({"query": query}).encode()
    return HttpCase("POST", {"content-type": "application/json"}, body.decode().encode("utf-16"))

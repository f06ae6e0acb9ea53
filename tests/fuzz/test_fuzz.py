"""Bounded property-based fuzzing of the four ways in (issue 10, item 5).

Every input must end in a result or a coded error: an IngestError for PDF bytes and
HTML, a GraphQL error with extensions.code (never INTERNAL_SERVER_ERROR) for GraphQL
documents and HTTP bodies; never an uncaught exception or a 5xx. The inputs come from
bench.fuzz_inputs (driven by Hypothesis' Random) and from Hypothesis' own bytes; the
targets are bench.fuzz_targets, which `python -m bench.fuzz N` runs at scale.

Bounded: about 25 s in all. In CI (CI set) the examples are derandomised, so a run
is reproducible; elsewhere every run draws new ones.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.fuzz_inputs import graphql_input, html_input, http_input, pdf_input, pdf_seeds
from bench.fuzz_targets import fuzz_app, graphql_target, html_target, http_target, pdf_target

# Seconds one input may take; far above what any takes (the slowest of 2,000 HTML
# inputs took under a second), so that only a hang trips it.
PER_INPUT = 10.0

FUZZ = settings(
    deadline=None,  # timed below, against PER_INPUT, so a slow CI machine is no failure
    derandomize=bool(os.environ.get("CI")),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _timed(work: object) -> str:
    assert callable(work)
    began = time.perf_counter()
    label = work()
    took = time.perf_counter() - began
    assert took < PER_INPUT, f"an input took {took:.1f} s"
    assert isinstance(label, str)
    return label


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def graphql_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with fuzz_app(tmp_path_factory.mktemp("graphql"), api_key=False) as client:
        yield client


@pytest.fixture(scope="module")
def http_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with fuzz_app(tmp_path_factory.mktemp("http"), api_key=True) as client:
        yield client


@settings(FUZZ, max_examples=60)
@given(rng=st.randoms(use_true_random=False))
def test_mutated_pdfs_end_in_a_result_or_an_ingest_error(workdir: Path, rng: random.Random) -> None:
    _timed(lambda: pdf_target(pdf_input(rng), workdir))


@settings(FUZZ, max_examples=40)
@given(raw=st.binary(max_size=3000), cut=st.integers(0, 3000))
def test_pdf_prefixes_and_arbitrary_bytes(workdir: Path, raw: bytes, cut: int) -> None:
    seed = pdf_seeds()[0]
    _timed(lambda: pdf_target(seed[:cut] + raw, workdir))
    _timed(lambda: pdf_target(b"%PDF-1.7\n" + raw, workdir))


@settings(FUZZ, max_examples=30)
@given(rng=st.randoms(use_true_random=False))
def test_random_html_ends_in_a_result_or_an_ingest_error(workdir: Path, rng: random.Random) -> None:
    markup, charset = html_input(rng)
    _timed(lambda: html_target(markup, charset, workdir))


@settings(FUZZ, max_examples=40)
@given(raw=st.binary(max_size=2000), charset=st.sampled_from([None, "utf-8", "rot13", "zlib"]))
def test_arbitrary_bytes_as_html(workdir: Path, raw: bytes, charset: str | None) -> None:
    _timed(lambda: html_target(raw, charset, workdir))


@settings(FUZZ, max_examples=250)
@given(rng=st.randoms(use_true_random=False))
def test_graphql_documents_get_data_or_coded_errors(
    graphql_client: TestClient, rng: random.Random
) -> None:
    document, variables = graphql_input(rng)
    _timed(lambda: graphql_target(graphql_client, document, variables))


@settings(FUZZ, max_examples=100)
@given(document=st.text(max_size=300))
def test_arbitrary_text_as_graphql(graphql_client: TestClient, document: str) -> None:
    _timed(lambda: graphql_target(graphql_client, document, None))


@settings(FUZZ, max_examples=250)
@given(rng=st.randoms(use_true_random=False))
def test_http_bodies_get_coded_answers(http_client: TestClient, rng: random.Random) -> None:
    case = http_input(rng)
    _timed(lambda: http_target(http_client, case))


def test_the_fixed_findings_stay_fixed(
    graphql_client: TestClient, http_client: TestClient, workdir: Path
) -> None:
    """What the first runs found: strawberry's depth limiter crashed on a spread of an
    undefined fragment (an error without a code), its multipart map walk raised
    ValueError (a 500), its own refusals were plain text, and a charset label with a
    NUL character raised ValueError out of decode_text."""
    assert html_target(b"<p>hej</p>", "utf-8\x00", workdir) == "result/IngestError"
    spread = "query { ...Missing }"
    assert graphql_target(graphql_client, spread, None) == "GRAPHQL_VALIDATION_FAILED"
    boundary = "b1"
    body = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="operations"\r\n\r\n[false]\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="map"\r\n\r\n{{"0": ["x.y"]}}\r\n'
        f'--{boundary}\r\nContent-Disposition: form-data; name="0"; filename="a.txt"\r\n\r\n'
        f"hej\r\n--{boundary}--\r\n"
    ).encode()
    from bench.fuzz_inputs import HttpCase

    ctype = {"content-type": f"multipart/form-data; boundary={boundary}"}
    assert http_target(http_client, HttpCase("POST", ctype, body)) == "BAD_USER_INPUT"
    plain = HttpCase("POST", {"content-type": "text/plain"}, b"{ __typename }")
    assert http_target(http_client, plain) == "BAD_USER_INPUT"
    batch = HttpCase("POST", {"content-type": "application/json"}, b'[{"query": "{ x }"}]')
    assert http_target(http_client, batch) == "BAD_USER_INPUT"

"""Personal data in the graph: erasure records, restrictions, and name redaction.

Store-neutral: both stores use these to erase a person (graph.sqlite_privacy,
graph.neo4j_privacy) and the API uses them to withhold a restricted person's name
(graph.restricted_view).

An erasure leaves a record with no personal data: a random id, the time, and a
salted hash (HMAC-SHA256 with the store's own secret salt) of the person's id. The
hash is what ingest checks (ingest.suppress), so an erased person never comes back;
the salt keeps the hash from being matched against a list of names by anyone who
has the log but not the store.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from graph.nodes import NodeLabel, NodeRecord
from graph.user_input import UserInputError

REDACTED = "\u2588"  # █, as ingest.pii_mask masks: offsets and quote spans stay valid
ROLE_HOLDER = "role holder"  # a restricted person's name in API answers
RESTRICTED_PREFIX = "Person:restricted:"


class NotAPersonError(UserInputError):
    """The id names a node that is not a Person."""


@dataclass(frozen=True)
class Erasure:
    """One line of the erasure log: nothing in it names the person."""

    erasure_id: str
    subject_hash: str
    erased_at: str  # ISO 8601, UTC


@dataclass(frozen=True)
class ErasureReport:
    """What an erasure removed and redacted."""

    erasure: Erasure
    links_removed: int
    mentions_removed: int
    sources_redacted: int
    quotes_redacted: int
    nodes_redacted: int


@dataclass(frozen=True)
class Restriction:
    person_id: str
    alias: str  # the id API answers show instead of the person's own
    name: str | None  # from the person's node; None when the node is gone


@dataclass(frozen=True)
class PrivacyState:
    """What ingest needs to keep erased people out: the salt and their hashes."""

    salt: str
    erased: frozenset[str]

    def is_erased(self, person_id: str) -> bool:
        return subject_hash(self.salt, person_id) in self.erased


def subject_hash(salt: str, person_id: str) -> str:
    return hmac.new(salt.encode(), f"erased:{person_id}".encode(), hashlib.sha256).hexdigest()


def restricted_alias(salt: str, person_id: str) -> str:
    digest = hmac.new(salt.encode(), f"restricted:{person_id}".encode(), hashlib.sha256)
    return RESTRICTED_PREFIX + digest.hexdigest()[:20]


def new_erasure(salt: str, person_id: str) -> Erasure:
    return Erasure(
        erasure_id=str(uuid.uuid4()),
        subject_hash=subject_hash(salt, person_id),
        erased_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )


def person_of(records: list[NodeRecord], person_id: str) -> NodeRecord | None:
    """The Person among ``records`` (a get_nodes answer); NotAPersonError for another label."""
    if not records:
        return None
    if records[0].label is not NodeLabel.PERSON:
        raise NotAPersonError(f"{person_id} is not a Person (it is a {records[0].label})")
    return records[0]


def name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the names as whole words, in any case, with any whitespace (a line break
    too) between their words; None when there is no name."""
    alternatives = sorted(
        {r"\s+".join(re.escape(w) for w in n.split()) for n in names if n.strip()},
        key=len,
        reverse=True,
    )
    if not alternatives:
        return None
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def redact(text: str, pattern: re.Pattern[str] | None) -> str:
    """Each match's letters and digits replaced by REDACTED: same length, same offsets."""
    if pattern is None:
        return text
    return pattern.sub(lambda m: "".join(REDACTED if c.isalnum() else c for c in m.group(0)), text)


def redact_value(value: Any, pattern: re.Pattern[str] | None) -> Any:
    """Strings and lists of strings redacted; other values as they are."""
    if isinstance(value, str):
        return redact(value, pattern)
    if isinstance(value, list):
        return [redact_value(v, pattern) for v in value]
    return value


def redact_props(props: Mapping[str, Any], pattern: re.Pattern[str] | None) -> dict[str, Any]:
    return {k: redact_value(v, pattern) for k, v in props.items()}


def redact_json(text: str, pattern: re.Pattern[str] | None) -> str:
    """A JSON object of properties with its values redacted (as graph.stated writes it)."""
    props = redact_props(json.loads(text), pattern)
    return json.dumps(props, sort_keys=True, ensure_ascii=False)

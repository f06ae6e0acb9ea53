"""Persons, their party, and the roles they hold (HOLDS_ROLE links).

The component runs the person and role modules in order:
- ingest.rules.person_names: names in trigger contexts, with ", S," parties, contact
  entries, repeats;
- ingest.rules.person_contacts: contact blocks and labelled lines, with their roles;
- ingest.rules.person_titles: names right before or after a role title;
- ingest.rules.role_frames: fixed frames around a name ("kommunstyrelsens ordförande X",
  "X (S), ordförande i <committee>", "landshövding X", "Sidansvarig: X").
ingest.rules.extract_roles then reads open title phrases for persons still without a role.

Every role link carries the page's publication date (DAY precision) when the
page is dated: the date the role was stated, not when it began.
"""

from __future__ import annotations

from ingest.context import Context
from ingest.facts import FactSink
from ingest.rules.person_contacts import contact_entries, contact_roles
from ingest.rules.person_names import (
    comma_party_persons,
    contact_persons,
    known_names,
    matched_persons,
)
from ingest.rules.person_titles import title_persons
from ingest.rules.role_frames import sentence_roles, sidansvarig_roles


def extract_persons(ctx: Context, sink: FactSink) -> None:
    matched_persons(ctx, sink)
    comma_party_persons(ctx, sink)
    entries = contact_entries(ctx, sink)
    contact_persons(ctx, sink, entries)
    title_persons(ctx, sink)
    known_names(ctx, sink)
    sentence_roles(ctx, sink)
    contact_roles(ctx, sink, entries)
    sidansvarig_roles(ctx, sink)

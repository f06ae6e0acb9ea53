"""Steering documents named on a page, and what "den regionala handlingsplanen" refers to.

A mention is a document noun (strategi, handlingsplan, riktlinje, rutin,
program, policy, överenskommelse) with what the sentence says around it: a
level adjective ("regional", "nationella"), the "läns-" compound, a topic
("för arbetet mot ...", "mot våld i nära relationer"), a period ("2022-2026")
and an owner (the organisation before it in the sentence, or a genitive such
as "regeringens"). Rules:

- document.titled: a capitalised title ("Regional strategi för ... 2018-2021")
- document.indefinite: "en/ett ..." introduces one; document.genitive_owner: "regeringens ..."
- document.with_period: any other mention carrying a period
- document.national: a bare national-level mention ("nationella strategin" excluded)
- document.titled also takes a capitalised mention opening one of the page's first
  lines (its title); its owner is then the body in an "Antagen av" line near the top.
- document.agreement_parties: "en överenskommelse mellan A och B", titled by its parties
- document.anaphora: a definite mention ("Den regionala handlingsplanen", "riktlinjen"),
  or an indefinite one cut short ("anta hållbarhetslöften för X" after "... för X och Y"),
  resolved to the latest earlier document of the same kind (and level, if stated: it
  gives a level-less antecedent its level), or to the only such one; else dropped.
- document.series: a predecessor named without an owner ("Ersätter: Rutin ... 2018-2020")
  is of the series (level, scope) of the document it is the predecessor of.
- document.relative_owner: "den rutinen ..., som Kommunförbundet X tog fram": X's own.
- a name given by a frame ("Växtplats Blekinge beslutad som ny utvecklingsstrategi", "X,
  även kallad Dalastrategin") titles its document, and every other occurrence of the
  name is a mention of it (document.name; ingest.rules.document_names, _aliases).
- a draft names the document it would become ("förslag till policy för X"); a motion not.
- "en fördjupning av Xs översiktsplan" is a plan of its own (document_deepened).
- "den regionala strategin och handlingsplanen för X": two documents sharing level and
  topic; a definite regional one with its topic and nothing to refer back to is new.
- "den befintliga handlingsplanen mot X" on a page about a new one is its predecessor.
- a bare indefinite compound without article, topic or title names a kind only (one still
  to be made, under the page's title of that compound, is the titled document).

How mentions of one document meet (each mention may add what it states):
- a definite mention with a period ("Handlingsplanen för 2023-2026") joins the
  latest earlier document of its kind that has none, unless a predecessor cue
  ("ersätter", "Ersätter:", "tidigare/förra/gamla") says it is an older one, or it is a
  county's name ("Värmlandsstrategin 2014-2020") and that one a compound on a topic;
- the owner, adopter and maker (ingest.rules.document_owners) give the scope; so does a
  municipality or region named right after the title ("Kulturplan Vaggeryds kommun");
  whoever gave an assignment ("på uppdrag av regeringen") owns nothing; a document of the
  country known by its name ("ANDT-strategin", gazetteers/national_documents.csv) and
  named with no owner, level, county or period is national; an owner that is only the
  latest body in the sentence is a guess (its document meets another of its municipality);
- compounds count ("folkhälsopolicy", "ANDTS-policy"); "planen" refers to an action plan;
- an agreement that parties sign ("A och B skrev under en överenskommelse") is scoped
  by a regional party, else a municipal one; with no party named on a national body's
  page ("nya medborgarlöften" on the police's), by the page's municipality;
- anaphora prefers the document the text is about (one that opens a sentence); one named
  by its noun alone ("en handlingsplan") takes a later definite naming's topic ("... för X");
- mentions of one document on the page meet in one node (ingest.rules.document_coref).

Mentions are found by ingest.rules.document_mentions; nodes, scopes and titles are
built by ingest.rules.document_groups.
"""

from __future__ import annotations

import dataclasses

from graph.nodes import DocumentKind, Level
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.rules.decision_filters import version_in_force
from ingest.rules.document_agreements import agreement_between, agreement_owner
from ingest.rules.document_cand import Cand
from ingest.rules.document_coref import merge_coreferent
from ingest.rules.document_deepened import deepened_title
from ingest.rules.document_former import REVISION_CUE, former_documents
from ingest.rules.document_groups import (
    Group,
    emit,
    join_groups,
    make_title,
    named_again,
    new_rule,
    placeholder,
    shortened,
)
from ingest.rules.document_heading import only_in_head
from ingest.rules.document_likeness import (
    carries,
    one_of,
    plan_of,
    repeated,
    titled_again,
    told_apart,
    untitled,
)
from ingest.rules.document_made_bare import made_bare
from ingest.rules.document_mentions import candidates
from ingest.rules.document_naming import name_documents
from ingest.rules.document_newness import (
    belonging_to,
    describes_only,
    introduces,
    kind_heading,
    kind_only,
    still_to_make,
    task_item,
    vague,
    working_paper,
)
from ingest.rules.document_owners import (
    ADOPTED_BY,
    adopter_after,
    adopter_before,
    foreign_guess,
    issuer_after,
    kommunens,
    meta_owner,
    meta_owner_line,
    named_after,
    owner_after,
    owner_before,
    years_after_place,
)
from ingest.rules.document_periods import pronoun_periods
from ingest.rules.document_places import known_national, national_name, place_county
from ingest.rules.document_sections import after_prose, section_tagline
from ingest.rules.document_words import (
    BARE_NOUNS,
    CURRENT_ADJECTIVES,
    NOUNS,
    PREDECESSOR_ADJECTIVES,
    is_compound,
    kind_of,
    name_may_refer,
    named_county,
    prefix_carried,
    refers_to,
)
from ingest.rules.page_head import opens_sentence

__all__ = [
    "ADOPTED_BY",
    "NOUNS",
    "adopter_after",
    "adopter_before",
    "extract_documents",
    "kind_of",
    "meta_owner_line",
    "owner_after",
]


def extract_documents(ctx: Context, sink: FactSink) -> None:
    groups: list[Group] = []
    pending: list[tuple[Cand, ActorHit | None]] = []
    former: list[Cand] = []  # "den gamla strategin": a predecessor named without a period
    restated: set[int] = set()  # of those, the ones whose sentence says they are replaced

    def level_on_page(g: Group) -> Level | None:
        """Its level, else the level its scope on this page gives (the site's)."""
        scoped = g.scope(ctx) if g.effective_level() is None else None
        return scoped[0] if scoped else g.effective_level()

    def latest(c: Cand) -> Group | None:
        fits = [
            g
            for g in groups
            if (g.kind is c.kind or plan_of(c.word, g.word))
            and (c.level is None or level_on_page(g) in (None, c.level))
            and g.hits
            and g.hits[0].start < c.start
            and not g.predecessor
            and refers_to(c.word, g.word)
            and prefix_carried(c.word, g.word, g.title)
        ]
        # A compound refers to its own compound's document, if the page has one.
        own = [g for g in fits if g.word.lower() == c.word.lower()]
        fits = own if c.word.lower() not in BARE_NOUNS and own else fits
        # Prefer the document the text is about (a subject, the title) over one in passing.
        topical = [g for g in fits if any(opens_sentence(ctx, h.start) for h in g.hits)]
        pool = topical or fits
        return max(pool, key=lambda g: g.hits[-1].start) if pool else None

    found = candidates(ctx)
    for c in found:
        sentence = ctx.sentence_of(c.start)
        if sentence is None:
            continue
        owner, genitive = owner_before(ctx, c.start, sentence.start)
        start = owner.start if owner and genitive else c.start
        km = None if genitive else kommunens(ctx, sentence.start, c.start)
        if km is not None:  # "kommunens program": the page's municipality
            owner, genitive, start = km, True, km.start
        guessed = owner is not None and not genitive  # only the latest body in the sentence
        # "Kulturplan Vaggeryds kommun", "en plan för Region Gotland": over a guess.
        place = named_after(ctx, c.end, sentence.end) if owner is None or guessed else None
        if place is not None:
            owner, guessed = place, False
            c.period = c.period or years_after_place(ctx, place)
        if owner is None:
            owner = issuer_after(ctx, c.end, sentence.end)  # "Strategi för X, regeringen"
        if c.heading and owner is None:
            owner = meta_owner(ctx)
        adopter = adopter_after(ctx, c.end, sentence.end) or adopter_before(
            ctx, c.start, sentence.start
        )
        national = c.level is Level.NATIONAL and not c.det and not c.definite
        maker = owner_after(ctx, c.end, sentence.end, ctx.text[sentence.start : c.start])
        if maker is not None and (owner is None or not genitive):
            owner, genitive, guessed = maker, False, False
        is_new = c.det in ("en", "ett", "nästa") or c.titled or genitive or c.period or national
        is_new = is_new or c.fresh or bool(c.name)
        ante = latest(c)
        # "ANDT-strategin", "den klimatpolitiska handlingsplanen": the country's, named.
        plain = c.level or genitive or c.county or c.period or ante is not None
        known = None if plain else known_national(ctx.text[c.start : c.end])
        is_new = is_new or known is not None
        # A compound names its document ("Bostadsförsörjningsprogrammet", "översiktsplanen",
        # "Värmlandsstrategin"): the first such mention is the document itself.
        # A bare indefinite compound names a kind, not a document ("underlag för
        # åtgärdsprogram", "motion om traineeprogram"), unless it says more of itself.
        compound = is_compound(c.word) and not c.predecessor
        compound = compound and not (c.naked and not (c.definite or c.topic or c.year or c.titled))
        compound = compound and not c.plural
        if compound and ante is None and not is_new and c.definite and c.definite_topic:
            c.topic, c.end = c.definite_topic  # "den fördjupade översiktsplanen för södra X"
        is_new = is_new or bool(compound and ante is None)
        # "den länsgemensamma rutinen ..., som Kommunförbundet X tog fram": a document of
        # its own when no earlier document of that kind and level is around.
        is_new = is_new or bool(c.definite and c.level and maker and ante is None)
        is_new = is_new or introduces(c, ante, adopter, any(g.kind is c.kind for g in groups))
        is_new = is_new or made_bare(ctx, c)  # "att ta fram riktlinjer för X"
        # "Fritidspolitiska programmet" after "Folkhälsopolitiskt program ...", "fördjupad
        # översiktsplan för X" after "översiktsplan för Y": a definite or topical mention
        # whose own adjective the document before does not carry is another one.
        own = c.definite or c.topic
        is_new = is_new or bool(own and c.desc and ante and not carries(ante, c.desc))
        is_new = is_new and not vague(c, adopter, genitive=genitive)
        before, after = ctx.text[sentence.start : c.start], ctx.text[c.end : sentence.end]
        is_new = is_new and not kind_only(c, adopter or owner, before, after)
        is_new = is_new and not describes_only(c, before)
        unmade = still_to_make(c, before, found, ctx.text)
        is_new = is_new and not unmade
        is_new = is_new and not task_item(ctx.text, c.start)
        is_new = is_new and not (c.plural and not (c.topic or c.period or c.name))
        is_new = is_new and not kind_heading(c, found) and not working_paper(c)
        is_new = is_new and not (ante is not None and section_tagline(ctx, c))
        # "Kommunens tidigare e-strategi": a predecessor named only by its age is new
        # only where a sentence says it is replaced (document.former).
        aged = c.adj in PREDECESSOR_ADJECTIVES and not (c.period or c.name)
        revised = REVISION_CUE.search(ctx.text, sentence.start, sentence.end) is not None
        is_new = is_new and not (aged and not revised)
        # "Gällande handlingsprogram antogs 2019": the one in force, else a document of its own.
        in_force = c.adj in CURRENT_ADJECTIVES and not (c.det or c.definite or c.predecessor)
        in_force = in_force and version_in_force(ctx.text[sentence.start : sentence.end], ctx.text)
        is_new = is_new or (in_force and ante is None)
        if not is_new and compound and named_again(c, ante):
            continue  # "Nytt bostadsförsörjningsprogram ... bostadsförsörjningsprogram 2030"
        if unmade and not c.definite and titled_again(groups, c):
            continue  # "att upprätta en regional transportplan" under that title
        if not is_new:
            if (c.definite or in_force or shortened(c, ante)) and not c.predecessor:
                pending.append((c, adopter))
            elif c.predecessor and not c.period:
                former.append(c)
                if revised or c.dated:
                    restated.add(c.start)
            continue
        host = belonging_to(groups, c, sentence.start) if c.belongs else None
        if host is not None:  # "en regional strategi med tillhörande åtgärdsplan"
            owner, genitive, adopter, c.level = host.owner, False, None, host.effective_level()
        if c.kind is DocumentKind.AGREEMENT:
            between = agreement_between(ctx, c, start, sentence)
            if between is not None:
                groups.append(between)
                continue
            owner, signed = agreement_owner(ctx, c, sentence, owner, genitive)
            guessed = guessed and not signed
        guessed = guessed and not (adopter and not genitive) and host is None
        if guessed and foreign_guess(ctx, owner):
            owner, guessed = None, False  # "samverkan med polisen och en handlingsplan ..."
        scope_owner = adopter if adopter and not genitive else owner
        if adopter and genitive and owner and owner.anaphoric:
            scope_owner = adopter
        named_owner = owner if owner and not owner.anaphoric else None
        country = not (c.level or genitive) and national_name(c.word, c.topic, c.det, c.kind)
        country = country or known is not None
        if country:
            scope_owner = named_owner = None  # the country's, whoever names it
        g = Group(c.kind, c.level, scope_owner, genitive, c.period, "", c.topic, word=c.word)
        g.guessed = guessed
        g.county = c.county or (named_county(c.name, c.word) if c.name else None)
        g.place = place_county(c.topic or c.name) if c.level in (None, Level.REGIONAL) else None
        if country:
            g.level = Level.NATIONAL
        g.title = c.name or make_title(
            c.word, c.level, c.prefix, c.topic, c.period, named_owner, c.desc, c.year
        )
        if known is not None:
            g.title = known
        deepened = deepened_title(ctx, c)  # "en fördjupning av Älvängens översiktsplan"
        if deepened is not None:
            g.title, c.proper = deepened, True
        rule = new_rule(genitive, c.titled, c.det, c.period)
        if maker is not None and owner is maker and rule == "document.national" and not national:
            rule = "document.relative_owner"
        hit = DocumentHit(start, c.end, placeholder(c.kind, c.level), rule, True, owner, genitive)
        g.predecessor, g.named, g.headline = c.predecessor, c.proper, c.headline
        g.section = c.headline and after_prose(ctx, c.start)
        twin = repeated(groups, c.kind, c.topic, c.period) if c.naked and not genitive else None
        if twin is not None and not c.predecessor:
            twin.hits.append(dataclasses.replace(hit, rule="document.anaphora", new=False))
            continue
        g.specific = c.proper or c.restrictive or c.listed
        g.listed = c.listed
        if (
            c.definite
            and c.period
            and not c.predecessor
            and ante is not None
            and (not c.name or name_may_refer(ante.word))
            and ante.period is None
            # no owner of its own: its scope is only the page's, as a committee's document
            # of that municipality has too ("Strategin gäller 2024-2028")
            and (g.owner is None or g.scope(ctx) is None or ante.scope(ctx) in (None, g.scope(ctx)))
        ):
            ante.period = c.period  # "en ny handlingsplan ... Handlingsplanen för 2023-2026"
            if len(c.topic or "") > len(ante.topic or "") and not ante.named:
                ante.topic, ante.title = c.topic, g.title  # the fullest naming on the page
            if ante.scope(ctx) is None:
                ante.owner, ante.level = g.owner, ante.level or g.level
            ante.hits.append(dataclasses.replace(hit, rule="document.anaphora", new=False))
            continue
        if g.scope(ctx) is None:
            if (c.definite or c.predecessor) and c.period and ante is not None:
                if not c.predecessor and ante.period in (None, c.period):
                    ante.period = c.period
                    ante.hits.append(dataclasses.replace(hit, rule="document.anaphora", new=False))
                    continue
                # The series' scope: the antecedent's, or the latest earlier such document's
                scoped = next(
                    (x for x in reversed(groups) if x.kind is g.kind and x.scope(ctx) is not None),
                    ante,
                )
                g.level, g.owner = scoped.level, scoped.owner
                g.hits.append(dataclasses.replace(hit, rule="document.series", new=True))
                groups.append(g)
                continue
            same = next(
                (
                    x
                    for x in groups
                    if x.kind is c.kind
                    and x.topic
                    and x.topic == c.topic
                    and c.period in (None, x.period)
                    and not c.predecessor
                ),
                None,
            )
            if same is not None:
                same.hits.append(hit)
                continue
        g.hits.append(hit)
        groups.append(g)
    # Definite mentions: the latest earlier document of the kind, or the only one.
    for c, adopter in pending:
        ante = latest(c)
        if ante is None:
            kinds = [
                g
                for g in groups
                if g.kind is c.kind
                and g.scope(ctx) is not None
                and (c.level is None or level_on_page(g) in (None, c.level))
                and refers_to(c.word, g.word)  # a "kulturplan" is no "Grundberedskapsplan"
            ]
            ante = one_of(kinds)
        if ante is None:
            continue
        if adopter is not None and ante.scope(ctx) is None:
            ante.owner = adopter  # "Kommunstyrelsen fastställde planen": now it has an owner
        if c.level is not None and ante.level is None and ante.owner is None:
            ante.level = c.level  # "Livsmedelsstrategi" ... "den regionala strategin"
        if c.definite_topic and untitled(ante, c.word, c.definite_topic[0]):
            ante.word, ante.topic = c.word, c.definite_topic[0]  # "... Handlingsplanen för X"
            ante.title = make_title(ante.word, ante.level, False, ante.topic, ante.period, None)
        ante.hits.append(
            DocumentHit(c.start, c.end, placeholder(c.kind, c.level), "document.anaphora", False)
        )
    groups.extend(former_documents(groups, former, frozenset(restated)))
    pronoun_periods(ctx, groups)
    groups = merge_coreferent(
        groups,
        lambda g: g.scope(ctx),
        BARE_NOUNS,
        join_groups,
        weak=lambda g: (g.owner is None and g.level is None) or g.guessed,
        # A headline the body already introduced ("en strategi för X") has met its own.
        headline=lambda g: g.headline and not g.named and only_in_head(ctx, g),
        apart=told_apart,
    )
    groups = name_documents(ctx, groups)  # which namings are one document; full titles
    ctx.documents = emit(ctx, sink, groups)

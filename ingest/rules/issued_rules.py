"""Who drew up a document: ISSUED links from the makers a sentence names.

Why beyond extract_relations' frames: makers are often several and named
around the verb: "Länsstyrelsen har tillsammans med Landstinget, Polisen och
kommunerna arbetat fram en strategi", "Tillsammans med länets tre
samordningsförbund har regionen tagit fram en handlingsplan", "presenterar
regeringen en nationell strategi", "har arbetats fram tillsammans med
länsstyrelsen" (on the region's own page: the region and the county board).

Rule relation.issued.maker: a sentence with a making verb (ta fram, arbeta fram, utarbeta,
presentera a new one: "presenterar regeringen en ny strategi", not "presenterar
överenskommelsen på sin hemsida"; lansera, inrätta, "framtagen av", "har kommit fram
till"; not negated) and a document. The documents are the first one after the verb and
those coordinated with it ("en strategi och ett åtgärdsprogram"), else the subject of a
passive ("Planen ... har tagits fram av"), else the head of the relative clause the verb is in
("planen som X tog fram"; not "planen ska styra de program som X tar fram"); a
subordinate clause may drop "har" ("strategin, som tagits fram av regeringen"), and
then, as for an active verb, the document must head the relative clause. A document
after "framtagandet av" in the object ("en modell för framtagandet av en plan") was
not made; "av X" is an agent only of a passive verb.
The makers are the organisations before the verb in the
same clause, the subject right after it in verb-second order ("I dag presenterar
regeringen en strategi") and those after "av" or "tillsammans med" after it; a passive
without an agent ("har tagits fram i samverkan med X") names none, not even the site's
organisation; "vi" as the maker
("Vi har tagit fram ...", not in a quotation) is the organisation whose site it is. Whoever
assigned the work ("på regeringens uppdrag", "på uppdrag av regeringen") made nothing. A
present passive ("tas fram") tells of making under way, not of a maker. The
listed makers may follow "i samverkan med|mellan" or "genom ett arbete där" too (after
an active verb only: "har tagits fram i samverkan med X" names collaborators, no agent,
where "i samverkan mellan A, B och C" names the makers;
"tillsammans med" names makers after either),
and a list item may be no organisation ("länets kommuner, Länsstyrelsen och ..."); after
"av en styrgrupp med representanter från" they are the group's members.

(relation.issued.owner: ingest.rules.issued_owned.)
"""

from __future__ import annotations

import re

from graph.edges import LinkType
from graph.nodes import OrganizationKind
from ingest.context import ActorHit, Context, DocumentHit
from ingest.facts import FactSink
from ingest.language.regex_guard import compile_guarded
from ingest.language.segment import Span
from ingest.rules.actor_gazetteer import site_organisation
from ingest.rules.adoption_backref import pronoun_before
from ingest.rules.clause_parts import parties
from ingest.rules.issued_assigned import issued_assigned
from ingest.rules.issued_handed import issued_handed
from ingest.rules.issued_has_new import issued_has_new
from ingest.rules.issued_our import issued_our
from ingest.rules.issued_owned import CONF_ISSUED, issued_owned
from ingest.rules.issued_place_genitive import issued_place_genitive
from ingest.rules.issued_predicate import issued_predicate
from ingest.rules.issued_proposal import issued_proposal
from ingest.rules.issued_publication import issued_publication
from ingest.rules.relations_shared import COORDINATED_DOCUMENTS, QUOTATION, subject

__all__ = ["extract_issued"]


_MAKE = compile_guarded(
    r"\b(?:(?:har|hade)\s+(?:(?!att\b|som\b)[\w-]+,?\s+){0,10}?(?:tagit|arbetat|tagits|arbetats)\s+fram|"
    # "tog genom medborgardialoger, medarbetardialoger och statistik fram": a list between
    r"(?:tog|tar|togs|tas|arbetade|arbetades|arbetas)\s+(?:(?!att\b|som\b)(?:[\wåäö]+|\([^()\n]{1,120}\)),?\s+){0,6}?fram|"
    r"utarbetade|utarbetat|utarbetats|upprättade|(?:har|hade)\s+upprättat|"
    # "presenterar regeringen en ny strategi": a document made known as new, not one shown
    # ("strategin, som regeringen presenterade i december": the relative's own head)
    r"(?:presenterar|presenterade)(?=\s+(?:[\w-]+\s+)?(?:en|ett|sin|sitt|sina|nya|ny|nytt)\s"
    r"|\s+(?:i|under|den)\s|\s*[.,;])|"
    r"lanserar|lanserade|lanserat|"
    # A subordinate clause drops "har": "strategin, som tagits fram av regeringen".
    r"(?<=\bsom\s)(?:tagits|arbetats|utarbetats)\s+fram|"
    r"inrättade|inrättat|framtagen|framtaget|framtagna|har\s+valt\s+att\s+ta\s+fram|"
    # "har låtit ta fram en strategi": it had the document drawn up
    r"(?:har|hade)\s+(?:(?!att\b|som\b)[\w-]+,?\s+){0,6}?låtit\s+(?:ta|arbeta)\s+fram|"
    # "har nu påbörjat arbetet med en ny vattenförsörjningsplan": its maker at work
    r"(?:har|hade)\s+(?:nu\s+)?(?:dragit\s+igång|påbörjat|inlett|startat)\s+arbetet\s+med|"
    # "A, B och C har enats kring en gemensam agenda": its makers agreed on it
    r"(?:har|hade)\s+enats\s+(?:kring|om)|enades\s+(?:kring|om)|"
    # "har tillsammans med polisen kommit fram till gemensamma medborgarlöften": arrived at
    r"(?:har|hade)\s+(?:(?!att\b|som\b)[\w-]+,?\s+){0,6}?kommit\s+fram\s+till)\b",
    re.I,
)
_PASSIVE = re.compile(
    r"\b(?:tagits|arbetats|togs|tas|arbetades|arbetas|utarbetats|framtagen|framtaget|framtagna)\b",
    re.I,
)
# "Planen är framtagen av X": the participle names its maker only after "av".
_PARTICIPLE = re.compile(r"\bframtag(?:en|et|na)\b", re.I)
_AGENT_OR_PARTNER = re.compile(
    # "av en styrgrupp med representanter från A, B och C": the group's members made it
    r"\s+(?:av(?:\s+en\s+[a-zåäö]*grupp\s+med\s+(?:representanter|företrädare)\s+(?:från|för)"
    # "av tjänstepersoner på Regionala utvecklingsförvaltningen": their workplace made it
    r"|\s+(?:tjänstepersoner|tjänstemän|medarbetare)\s+(?:på|vid|inom|från))?"
    r"|(?P<partner>tillsammans\s+med|i\s+(?:nära\s+|bred\s+)?(?:samverkan|samarbete)\s+"
    r"(?:med|mellan))|genom\s+(?:ett|en)\s+(?:[a-zåäö]+\s+){0,2}?(?:arbete|samarbete|process)\s+"
    r"där)\s+",
    re.I,
)
# "i samverkan med X" names partners of an unnamed maker; "i samverkan mellan A, B och C"
# names the makers themselves.
_IN_COLLABORATION = re.compile(r"\s*i\s+(?:\w+\s+)?(?:samverkan|samarbete)\s+med\s*$", re.I)
# "<doc> [för X], som X tog fram": the document heads the relative clause.
_RELATIVE_HEAD = re.compile(r"(?:\s+(?:för|mot|om|vid|i|inom)\s+[^.,;:()\n]+?)??,?\s+")
_HA_LESS = re.compile(r"(?:tagits|arbetats|utarbetats)\s", re.I)
_NOUN_MAKING = re.compile(r"\bframtagande(?:t)?\s+av\b", re.I)
_NEGATED = re.compile(r"\b(?:inte|ej|aldrig)\b", re.I)
_DUTY = re.compile(  # a requirement before the making verb: the document is due, not made
    r"\b(?:kräver|krävs|förutsätter|innebär\s+krav\s+på)\s+att\s+(?:[\wåäö-]+\s+){1,3}$", re.I
)
_SOM = re.compile(r"\bsom\b")
_LIST_SEP = re.compile(r"\s*,\s*(?:och\s+|samt\s+)?|\s+(?:och|samt|tillsammans\s+med)\s+")
# "Planen är framtagen av": the participle follows what was made.
_BEFORE_PARTICIPLE = re.compile(r",?\s+(?:(?:är|var|blev)\s+)?(?:[a-zåäö]+\s+)?")
_RIGHT_AFTER = re.compile(r"\s+(?:[a-zåäö]+\s+){0,2}?")
# Between a maker and its verb: "X beslutade att ..." names no maker of what follows.
_CLAUSE_BREAK = re.compile(r"\batt\b|[.;:]")
# "Länsstyrelsen stödjer kommunerna när de tar fram riktlinjer", "Kommunerna har en
# rådgivande roll när Region Halland tar fram en strategi", "... kommunerna som tar
# fram ...": the verb is a subordinate clause's, whose subject is another ("när det
# gäller" is no clause: "regarding").
_SUBCLAUSE = re.compile(r"\b(?:när|då|medan|eftersom|innan)\b(?!\s+det\s+gäller)|\bsom\b")


def _subclause_between(text: str, start: int, end: int) -> bool:
    """A subordinate clause opens between an actor ending at `start` and the verb; a
    relative "som" right after the actor ("Länsstyrelsen, som har tagit fram") is its own."""
    m = _SUBCLAUSE.search(text, start, end)
    return m is not None and not (m.group(0) == "som" and not text[start : m.start()].strip(", "))


_INVERTED_GAP = re.compile(r"\s+(?:(?:nu|i\s+dag|idag|även|också)\s+)?")
_MAKERS = (
    OrganizationKind.MUNICIPALITY,
    OrganizationKind.COMMITTEE,
    OrganizationKind.ADMINISTRATION,
    OrganizationKind.REGION,
    OrganizationKind.COUNTY_BOARD,
    OrganizationKind.AGENCY,
    OrganizationKind.GOVERNMENT,
    OrganizationKind.MUNICIPAL_ASSOCIATION,
    OrganizationKind.NATIONAL_ASSOCIATION,
    OrganizationKind.FORUM,
    OrganizationKind.OTHER,
)


def _documents(
    ctx: Context, sentence: Span, docs: list[DocumentHit], verb: re.Match[str]
) -> list[DocumentHit]:
    """The documents made: the first one after the verb and those coordinated with it
    ("en strategi och ett åtgärdsprogram"); else, for a passive, its subject."""
    # "Med utgångspunkt från X har en regional strategi tagits fram": the inverted
    # subject inside the verb's words was made, not the fronted adverbial's document.
    inside = [d for d in docs if verb.start() <= d.start and d.end <= verb.end()]
    if inside and _PASSIVE.search(verb.group(0)):
        return inside[:1]
    after = [d for d in docs if d.start >= verb.end()]
    if (
        _PASSIVE.search(verb.group(0))
        and after
        and not _RIGHT_AFTER.fullmatch(ctx.text, verb.end(), after[0].start)
    ):
        # "Planen har tagits fram av X utifrån strategin": the strategy was not made; but
        # "Det har tagits fram en plan" / "den framtagna planen" made what follows.
        after = []
    if after and _NOUN_MAKING.search(ctx.text, verb.end(), after[0].start):
        # "har tagit fram en modell för framtagandet av en plan": a tool was made.
        return []
    if after:
        made = [after[0]]
        for d in after[1:]:
            if not COORDINATED_DOCUMENTS.fullmatch(ctx.text, made[-1].end, d.start):
                break
            made.append(d)
        return made
    before = [d for d in docs if d.end <= verb.start()]
    if not before:
        return []
    last = before[-1]
    if _PARTICIPLE.search(verb.group(0)):
        # "ett underlag framtaget av X": the participle's noun, not a document, was made.
        return [last] if _BEFORE_PARTICIPLE.fullmatch(ctx.text, last.end, verb.start()) else []
    relatives = list(_SOM.finditer(ctx.text, last.end, verb.start()))
    if (
        relatives
        and (not _PASSIVE.search(verb.group(0)) or _HA_LESS.match(verb.group(0)))
        and not _RELATIVE_HEAD.fullmatch(ctx.text, last.end, relatives[-1].start())
    ):
        # "... för de program som X tar fram": X made the programmes; "planen utifrån
        # den lägesbild som tagits fram av X": X made the picture, not the plan.
        return []
    if _PASSIVE.search(verb.group(0)) and not relatives:
        # "Planen ersätter den förra och har tagits fram av ...": the subject was made.
        first = subject(ctx, sentence, docs)
        if first is not None and first.end <= verb.start():
            return [first]
    return [last]


_ASSIGNER = re.compile(r"\b(?:på|i)\s+uppdrag\s+(?:av|från)\s+$", re.I)
# "på regeringens uppdrag", "utifrån folkhälsorådets beslut": the genitive assigner (its
# hit may or may not hold the "s").
_ASSIGNER_GENITIVE = re.compile(r"s?\s+(?:uppdrag\b(?!\s+att\b)|beslut\b)")


def _makers(
    ctx: Context,
    sink: FactSink,
    sentence: Span,
    verb: re.Match[str],
    made: list[DocumentHit],
    made_by_known: bool = False,
) -> list[str]:
    doc = made[0]
    actors = [a for a in ctx.actors_in(sentence) if a.kind in _MAKERS and not _inside_any(a, made)]
    # "På uppdrag av regeringen har Region X tagit fram": who assigned it made nothing.
    actors = [
        a
        for a in actors
        if not _ASSIGNER.search(ctx.text, sentence.start, a.start)
        and not _ASSIGNER_GENITIVE.match(ctx.text, a.end, sentence.end)
    ]
    # Before the verb, or inside it: "har tillsammans med Region Dalarna tagit fram".
    # A document made before the verb is its relative clause's or passive's subject:
    # "Kommunen antog strategin som regionen har tagit fram" names no maker before it.
    first = doc.end if doc.end <= verb.start() else 0
    before = [
        a
        for a in actors
        if first <= a.start
        and a.end <= verb.end()
        and (a.start >= verb.start() or not _CLAUSE_BREAK.search(ctx.text, a.end, verb.start()))
        and (a.start >= verb.start() or not _subclause_between(ctx.text, a.end, verb.start()))
    ]
    if _PARTICIPLE.search(verb.group(0)):
        before = []  # "Fullmäktige godkände det framtagna programmet": no maker before
    found = [a.node_id for a in before]
    after = [a for a in actors if a.start >= verb.end()]
    # Verb-second order after a fronted phrase: "I dag presenterar regeringen en strategi".
    found += [
        a.node_id
        for a in after[:1]
        if a.end <= doc.start
        and not _PASSIVE.search(verb.group(0))
        and _INVERTED_GAP.fullmatch(ctx.text, verb.end(), a.start)
    ]
    joined = _AGENT_OR_PARTNER.search(ctx.text, verb.end(), sentence.end)
    while joined and (_agent_of_other_verb(ctx, joined, verb) or _assigner_at(ctx, joined)):
        # "X tar fram en plan utifrån den bild som tagits fram av Y": only a passive
        # has an agent; Y made the picture.
        joined = _AGENT_OR_PARTNER.search(ctx.text, joined.end(), sentence.end)
    if joined and _IN_COLLABORATION.fullmatch(joined.group(0)) and _PASSIVE.search(verb.group(0)):
        joined = None  # "har tagits fram i samverkan med X": collaborators, no agent
    if joined:
        listed = _listed(ctx, joined.end(), sentence.end)
        found += [a.node_id for a in listed]
        # "av X i samverkan med Y och Z": the partners after the agent made it too.
        tail = listed[-1].end if listed else sentence.end
        more = _AGENT_OR_PARTNER.match(ctx.text, tail, sentence.end) or _PARTNER_AFTER.match(
            ctx.text, tail, sentence.end
        )
        if listed and more is not None and more.group("partner"):
            found += [a.node_id for a in _listed(ctx, more.end(), sentence.end)]
    # A passive with no agent ("Planen har tagits fram i samverkan med ...") names no
    # maker, not even the site's organisation: whose the document is, the page says
    # otherwise ("kommunens plan") or not at all.
    partner = bool(joined and joined.group("partner"))
    # "Planen ska tas fram (i samverkan med Y)" after "gav X i uppdrag att ta fram en
    # plan": a maker the page names already beats the guess that the site's owner made it.
    # "Vi har tagit fram en ny strategi", "tog vi på regeringens uppdrag fram": on an
    # organisation's own site, "vi" is that organisation.
    we = (
        not found
        and not QUOTATION.search(ctx.text, sentence.start, sentence.end)
        and _WE.search(ctx.text, max(sentence.start, verb.start() - 40), verb.end())
    )
    if ((partner and not before) or we) and not made_by_known:
        site = ctx.site_actor()
        if site is not None and we and site.node_id not in sink.nodes:
            _mention_site(ctx, sink, we)
        if site is not None:
            found.append(site.node_id)
    return list(dict.fromkeys(found))


def _mention_site(ctx: Context, sink: FactSink, we: re.Match[str]) -> None:
    """'vi' on the site's own page: a mention of the site's organisation."""
    org = site_organisation(ctx)
    if org is not None:
        sink.mention(org, we.start(), we.end(), "actor.site_owner.we", CONF_ISSUED)


_WE = re.compile(r"(?<![\w-])[Vv]i\b(?!\s+(?:själva|alla)\b)")


def _assigner_at(ctx: Context, joined: re.Match[str]) -> bool:
    """'har tagits fram på uppdrag av regeringen': who assigned the work, no agent."""
    lead = ctx.text[max(0, joined.start() - 12) : joined.start()]
    return joined.group(0).strip().lower() == "av" and lead.rstrip().lower().endswith("uppdrag")


# "Planen arbetades fram under 2024 och fastställdes av X": X is the adopter's agent
_ADOPTED_BETWEEN = re.compile(
    r"\boch\s+(?:[\wåäö]+\s+){0,3}?(?:fastställdes|antogs|beslutades|godkändes|"
    r"(?:har|hade)\s+(?:[\wåäö]+\s+)?(?:fastställts|antagits|beslutats|godkänts))\b",
    re.I,
)


def _agent_of_other_verb(ctx: Context, joined: re.Match[str], verb: re.Match[str]) -> bool:
    if joined.group(0).strip().lower() != "av":
        return False
    return not _PASSIVE.search(verb.group(0)) or bool(
        _ADOPTED_BETWEEN.search(ctx.text, verb.end(), joined.start())
    )


def _listed(ctx: Context, pos: int, end: int) -> list[ActorHit]:
    """The organisations listed from pos on: "av X, Y och Z tillsammans med W", "i
    samverkan mellan länets kommuner, länsstyrelsen och regionen"."""
    return [x for x in parties(ctx, pos, end) if isinstance(x, ActorHit) and x.kind in _MAKERS]


# A name's tail the organisation hit leaves out ("Länsstyrelsen Kalmar| län") before
# the partners.
_PARTNER_AFTER = re.compile(r"\s+(?:län|kommun)" + _AGENT_OR_PARTNER.pattern, re.I)


def _inside_any(actor: ActorHit, docs: list[DocumentHit]) -> bool:
    return any(_inside(actor, d) for d in docs)


def _inside(actor: ActorHit, doc: DocumentHit) -> bool:
    return doc.start <= actor.start < doc.end


def extract_issued(ctx: Context, sink: FactSink) -> None:
    known = {(x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.ISSUED}
    issued_owned(ctx, sink, known)  # "Alingsås kommun har nu en klimatstrategi"
    issued_publication(ctx, sink)  # the publisher of a publication page's document
    issued_assigned(ctx, sink)  # "X fick i uppdrag att ta fram en plan"
    issued_proposal(ctx, sink)  # "X har överlämnat förslaget till planen"
    issued_handed(ctx, sink)  # "X har lämnat planen till regeringen", "publicerade X planen"
    issued_predicate(ctx, sink)  # "Planen är kommunens vision"
    issued_place_genitive(ctx, sink)  # "Lidingös nya översiktsplan" on Lidingö's site
    issued_our(ctx, sink)  # "vår energiplan" on the site's own page
    issued_has_new(ctx, sink)  # "Från i år har regionen en ny kulturplan"
    known |= {(x.from_id, x.to_id) for x in sink.links.values() if x.type is LinkType.ISSUED}
    for sentence in ctx.sentences:
        verb = _MAKE.search(ctx.text, sentence.start, sentence.end)
        if verb is None:
            continue
        if _NEGATED.search(verb.group(0)):
            continue  # "har ännu inte tagit fram"
        if _DUTY.search(ctx.text, sentence.start, verb.start()):
            continue  # "vilket kräver att vi tar fram en kulturplan": to be made, by rule
        made = _documents(ctx, sentence, ctx.documents_in(sentence), verb)
        if not made and _PASSIVE.search(verb.group(0)):
            # "Den har tagits fram av X och Y": the document the pronoun points back to
            referred = pronoun_before(ctx, sentence, verb.start())
            made = [referred] if referred is not None else []
        if not made:
            continue
        # "... tog fram tillsammans med Region Skåne 2020": when it was drawn up.
        when = next(
            (
                d
                for d in ctx.dates_in(sentence)
                if d.start >= verb.start() and not _inside_date(d.start, made)
            ),
            None,
        )
        issued = {doc for _, doc in known}
        known_made = all(d.node_id in issued for d in made)
        makers = _makers(ctx, sink, sentence, verb, made, known_made)
        for doc in made:
            for maker in makers:
                if (maker, doc.node_id) in known:
                    continue  # an earlier rule read it, with what it says of the date
                sink.link(
                    LinkType.ISSUED,
                    maker,
                    doc.node_id,
                    sentence.start,
                    sentence.end,
                    "relation.issued.maker",
                    CONF_ISSUED,
                    when=when,
                )


def _inside_date(start: int, docs: list[DocumentHit]) -> bool:
    return any(d.start <= start < d.end for d in docs)

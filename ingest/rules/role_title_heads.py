"""What role titles end in: the heads of an open list of titles.

Why apart from ingest.rules.role_titles: a word list that grows page by page, while
role_titles holds the patterns that read titles and names.
"""

from __future__ import annotations

__all__ = ["TITLE_HEADS"]

# What titles end in. "-råd" only in the political titles: a "folkhälsoråd" is a council.
TITLE_HEADS = (
    "ordförande",
    "ordf",  # minutes abbreviate it: "Eva Ek (S) ordf", "vice ordf."
    "direktör",
    "chef",
    "samordnare",
    "strateg",
    "ledare",
    "kommunalråd",
    "regionråd",
    "länsråd",
    "oppositionsråd",
    "statsråd",
    "landstingsråd",
    "borgarråd",  # Stockholm's, Göteborg's
    "departementsråd",
    "samhällsbyggnadsråd",  # a municipal councillor for planning
    "landshövding",
    "handläggare",
    "sekreterare",
    "koordinator",
    "utredare",
    "minister",
    "planerare",
    "rektor",
    "expert",
    "analytiker",
    "specialist",
    "ingenjör",
    "arkitekt",
    "ekolog",
    "ekonom",
    "jurist",
    "controller",
    "talesperson",
    "ombudsman",
    "rådgivare",
    "konsulent",
    "inspektör",
    "kommunpolis",
    "lärare",
    "behandlare",
    "stödjare",
    "pedagog",
    "kurator",
    "psykolog",
    "kommunikatör",
    "föreståndare",
    "assistent",
    "sjuksköterska",
    "läkare",
    "bibliotekarie",
    "registrator",
    "tjänsteman",
    "informatör",  # a press contact: "informatör Eva Ek, X kommun"
    # Titles of development work, research, culture and older political bodies.
    "utvecklare",
    "forskare",
    "professor",
    "docent",
    "sakkunnig",
    "landstingsråd",
    "borgarråd",
    "antikvarie",
    "intendent",
    "revisor",
    "epidemiolog",
    "statistiker",
    "talesman",
    "taleskvinna",
    "vd",
    # An elected member: "ledamoten Eva Ek (S)", "riksdagsledamot", "styrelseledamot".
    "ledamot",
    # A substitute member: "Eva Ek (S) utses till ny ersättare i KF".
    "ersättare",
    # A group's spokesperson: "majoritetsföreträdare", "oppositionsföreträdare".
    "företrädare",
    # Prosecutors, elected members abroad, academics and care professions.
    "åklagare",
    "parlamentariker",
    "kommissionär",
    "lektor",
    "vetare",
    "barnmorska",
    "terapeut",
    # The Government Offices' civil-service ranks, and a conference's host.
    "departementsråd",
    "kansliråd",
    "ämnesråd",
    "moderator",
    # The courts' and the police's: "lagman vid Gotlands tingsrätt", "kriminalkommissarie".
    "lagman",
    "rådman",
    "domare",
    "nämndeman",  # a lay judge a council elects: "som nämndeman vid Nyköpings tingsrätt"
    "suppleant",  # a board's deputy member, as a company names it
    "kommissarie",
    "polismästare",  # "länspolismästare Eva Ek"
    # A military officer's rank: "överste Eva Ek" (chef för Livgardet).
    "överste",
    # Agency heads titled by their office: "riksarkivarie", "justitiekansler",
    # "överbefälhavare".
    "arkivarie",
    "kansler",
    "befälhavare",
)

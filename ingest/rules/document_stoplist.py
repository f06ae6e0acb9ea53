"""Compounds on a document noun that name no steering document, and the country's own
programmes for the EU's funds.

Why apart from ingest.rules.document_words: these are long word lists that grow page by
page, while document_words holds the nouns and the functions that read them.
"""

from __future__ import annotations

# Compounds on a document noun that name no steering document.
NOT_DOCUMENTS = frozenset(
    {
        "detaljplan",
        "tidplan",
        "tidsplan",
        "projektplan",
        "byggplan",
        "grundplan",
        "tv-program",
        "dataprogram",
        "radioprogram",
        "valprogram",
        "partiprogram",
        "kursplan",
        "läroplan",
        "betalningsplan",
        "avbetalningsplan",
        # budgets and financial plans are decisions on money, not steering documents
        "budgetplan",
        "finansplan",
        "flerårsplan",
        "årsplan",  # "Årsplan med budget 2020-2023": the yearly budget document
        "resursplan",  # "Mål- och resursplan 2013-2015": the budget by its other name
        # when bodies meet, and a body's own administration: not steering documents
        "sammanträdesplan",
        "sammanträdestidplan",
        "sammanträdestidsplan",
        "förvaltningsplan",
        # a business's own inspection routine under food and environmental law
        "egenkontrollprogram",
        "egenkontrollsprogram",
        # operational plans go with the budget: decisions, not steering documents
        "verksamhetsplan",
        "uppföljningsplan",
        "internkontrollplan",
        "kakpolicy",  # a website's own terms (a footer's link)
        "cookiepolicy",
        # a person's plan in care or school, not a steering document
        "vårdplan",
        "behandlingsplan",
        "studieplan",
        # an infrastructure project's legal plan; a zoning plan's programme (plan- och bygglagen)
        "vägplan",
        "vändplan",  # a turning area at a road's end
        "järnvägsplan",
        "planprogram",
        "detaljplaneprogram",
        "detaljplanprogram",
        # what to invest in, decided with the budget
        "investeringsplan",
        # courses and events: what a programme of study or of a day offers
        "utbildningsprogram",
        "studieprogram",
        "traineeprogram",
        "mentorprogram",
        "mentorsprogram",
        "ledarskapsprogram",
        "introduktionsprogram",
        "yrkesprogram",
        "gymnasieprogram",
        "evenemangsprogram",
        "konferensprogram",
        "konsertprogram",
        "sommarprogram",
        "jubileumsprogram",
        # the EU's funding programmes and their calls ("tre miljoner från EU-programmet X")
        "eu-program",
        "ramprogram",
        # the upper secondary school's national programmes
        *(
            f"{p}program"
            for p in (
                "naturvetenskaps",
                "samhällsvetenskaps",
                "teknik",
                "ekonomi",
                "estetiska",
                "humanistiska",
                "industritekniska",
                "naturbruks",
                "hantverks",
                "el- och energi",
                "vård- och omsorgs",
                "barn- och fritids",
                "bygg- och anläggnings",
                "handels- och administrations",
                "hotell- och turism",
                "restaurang- och livsmedels",
                "fordons- och transport",
                "vvs- och fastighets",
            )
        ),
    }
)
# The country's programmes for the EU's funds: national, whichever body's page names them
# ("Stödet söks inom ramen för landsbygdsprogrammet" on a county board's page).
NATIONAL_PROGRAMMES = frozenset(
    {"landsbygdsprogram", "socialfondsprogram", "havs- och fiskeriprogram", "fiskeriprogram"}
)

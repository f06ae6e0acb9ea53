"""The words of the benchmark plan: its activities, goals, paragraphs, and who is who.

Kept apart from the layout (bench.plan_pdf) so that every layout variant draws
the same plan. {shy} or SHY marks where a word may be hyphenated.
"""

from __future__ import annotations

from dataclasses import dataclass

from bench.plan_typeset import SHY

TITLE = "Regional handlingsplan mot mäns våld mot kvinnor 2022\u20132026"
ISSUER = "Länsstyrelsen Västernorrland"
RUNNING_HEADER = "Handlingsplan mot mäns våld mot kvinnor 2022\u20132026"
RUNNING_FOOTER = "Dnr 851-5034-2021"
DOCUMENT_ID = "Document:regional:action-plan:lan:22:2022-2026"

LST, REGION = "Organization:lansstyrelse:22", "Organization:region:22"
POLICE = "Organization:nationell:polismyndigheten"
PROSECUTORS = "Organization:nationell:aklagarmyndigheten"
PRISONS = "Organization:nationell:kriminalvarden"
KOMMUN = {
    "Kramfors": "Organization:kommun:2282",
    "Sundsvall": "Organization:kommun:2281",
    "Härnösand": "Organization:kommun:2280",
    "Örnsköldsvik": "Organization:kommun:2284",
    "Timrå": "Organization:kommun:2262",
    "Sollefteå": "Organization:kommun:2283",
    "Ånge": "Organization:kommun:2260",
}


@dataclass(frozen=True)
class Responsible:
    org_id: str
    title: str | None = None  # a role responsible for its organisation ("samordnare")


# (description, Ansvarig cell, Tidplan cell, who is responsible)
ActivityRow = tuple[str, str, str, tuple[Responsible, ...]]
ROWS: tuple[ActivityRow, ...] = (
    (
        f"Genomföra fortbild{SHY}nings{SHY}insatser om våld i nära relationer för "
        "socialtjänstens personal",
        f"Region Väster{SHY}norrland",
        "2022\u20132023",
        (Responsible(REGION),),
    ),
    (
        "Införa rutiner för att fråga om våld inom mödrahälsovården och barnhälsovården",
        f"Region Väster{SHY}norrland",
        "Hösten 2022",
        (Responsible(REGION),),
    ),
    (
        f"Ta fram en gemensam rutin för skydds{SHY}bedömningar",
        "Kramfors kommun, Polismyndigheten",
        "2023",
        (Responsible(KOMMUN["Kramfors"]), Responsible(POLICE)),
    ),
    (
        "Sammanställa länets årliga uppföljning av handlingsplanen",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Årligen",
        (Responsible(LST),),
    ),
    (
        "Samordna det regionala nätverket för kvinnofridsarbete",
        f"Samordnare på Länsstyrelsen Väster{SHY}norrland",
        "Löpande",
        (Responsible(LST, "samordnare"),),
    ),
    (
        "Utveckla stödet till barn som har bevittnat våld i hemmet",
        "Sundsvalls kommun",
        "2023\u20132024",
        (Responsible(KOMMUN["Sundsvall"]),),
    ),
    (
        "Erbjuda behandling till personer som utövar våld i nära relationer",
        "Härnösands kommun, Kriminalvården",
        "2024",
        (Responsible(KOMMUN["Härnösand"]), Responsible(PRISONS)),
    ),
    (
        "Utbilda poliser i att utreda hedersrelaterad brottslighet",
        "Polismyndigheten",
        "Våren 2023",
        (Responsible(POLICE),),
    ),
    (
        "Förbättra samverkan vid utredningar av våld mot barn",
        "Åklagarmyndigheten, Polismyndigheten",
        "2024\u20132025",
        (Responsible(PROSECUTORS), Responsible(POLICE)),
    ),
    (
        "Kartlägga tillgången till skyddat boende i länet",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Kvartal 1 2023",
        (Responsible(LST),),
    ),
    (
        "Genomföra en informationskampanj om våld i ungas relationer",
        "Örnsköldsviks kommun",
        "Hösten 2024",
        (Responsible(KOMMUN["Örnsköldsvik"]),),
    ),
    (
        "Införa frågor om våld i missbruks- och beroendevården",
        f"Enhetschef vid Region Väster{SHY}norrland",
        "2025",
        (Responsible(REGION, "enhetschef"),),
    ),
    (
        "Stärka det våldsförebyggande arbetet i grundskolan och gymnasieskolan",
        "Timrå kommun",
        "2023\u20132026",
        (Responsible(KOMMUN["Timrå"]),),
    ),
    (
        "Utbilda medarbetare i hälso- och sjukvården om hedersrelaterat våld och förtryck",
        f"Region Väster{SHY}norrland",
        "Löpande",
        (Responsible(REGION),),
    ),
    (
        "Följa upp kommunernas handlingsplaner mot våld i nära relationer",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Årligen",
        (Responsible(LST),),
    ),
    (
        "Utveckla arbetet med våldsutsatta äldre personer",
        "Sollefteå kommun",
        "2024",
        (Responsible(KOMMUN["Sollefteå"]),),
    ),
    (
        "Genomföra utbildning om våld för personal inom funktionshinderomsorgen",
        "Ånge kommun",
        "2025",
        (Responsible(KOMMUN["Ånge"]),),
    ),
    (
        "Ta fram stöd för arbetsgivare om våld i nära relationer",
        f"Länsstyrelsen Väster{SHY}norrland",
        "2026",
        (Responsible(LST),),
    ),
    (
        "Samla in och sprida goda exempel från länets kommuner",
        f"Utvecklingsledare på Länsstyrelsen Väster{SHY}norrland",
        "Löpande",
        (Responsible(LST, "utvecklingsledare"),),
    ),
    (
        "Säkerställa tillgång till tolk vid samtal med våldsutsatta",
        "Kramfors kommun",
        "2023",
        (Responsible(KOMMUN["Kramfors"]),),
    ),
    (
        "Inrätta en regional kunskapsbank om våld i nära relationer",
        f"Länsstyrelsen Väster{SHY}norrland, Region Väster{SHY}norrland",
        "2025\u20132026",
        (Responsible(LST), Responsible(REGION)),
    ),
    (
        "Utbilda skolkuratorer i att upptäcka våld i ungas relationer",
        "Sundsvalls kommun",
        "Våren 2024",
        (Responsible(KOMMUN["Sundsvall"]),),
    ),
    (
        "Erbjuda stödsamtal till våldsutsatta i hela länet",
        "Härnösands kommun",
        "Löpande",
        (Responsible(KOMMUN["Härnösand"]),),
    ),
    (
        "Ta fram en länsgemensam rutin för orosanmälningar",
        "Timrå kommun, Polismyndigheten",
        "2024",
        (Responsible(KOMMUN["Timrå"]), Responsible(POLICE)),
    ),
    (
        "Genomföra riskbedömningar enligt en gemensam metod",
        "Kriminalvården",
        "2025",
        (Responsible(PRISONS),),
    ),
    (
        "Utveckla stödet till våldsutsatta med missbruk",
        "Örnsköldsviks kommun",
        "2024\u20132025",
        (Responsible(KOMMUN["Örnsköldsvik"]),),
    ),
    (
        "Sprida kunskap om våld mot personer med funktionsnedsättning",
        f"Region Väster{SHY}norrland",
        "2026",
        (Responsible(REGION),),
    ),
    (
        "Genomföra en gemensam konferens för länets aktörer",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Hösten 2025",
        (Responsible(LST),),
    ),
    (
        "Utvärdera handlingsplanen inför nästa period",
        f"Länsstyrelsen Väster{SHY}norrland",
        "Hösten 2026",
        (Responsible(LST),),
    ),
)

GOALS = (
    "Ett utökat och verkningsfullt förebyggande arbete mot våld.",
    "Förbättrad upptäckt av våld och starkare skydd och stöd för våldsutsatta kvinnor och "
    f"barn samt för personer som utsätts för heders{SHY}relaterat våld och förtryck.",
    "Effektivare brottsbekämpning.",
    f"Förbättrad kunskap och metod{SHY}utveckling i hela länet.",
)

INTRO = (
    "Mäns våld mot kvinnor och våld i nära relationer är ett allvarligt samhällsproblem och "
    "ett hinder för jämställdhet. Den regionala handlingsplanen är en revidering av Regional "
    "strategi för arbetet mot mäns våld mot kvinnor och våld i nära relationer 2018\u20132021.",
    "Länsstyrelsen Västernorrland samordnar arbetet i länet. Handlingsplanen \ufb01nns för att "
    "\ufb02era aktörer ska arbeta mot samma mål, och den beskriver de gemensamma fortbild"
    f"{SHY}\nningsinsatser och de samverkans{SHY}former som behövs för att nå dit.",
    "Det civila samhället har en viktig roll i arbetet. Därför ska bland annat kvinno-\n"
    "och \ufb02ickjourer, brottsofferjourer och andra ideella organisationer bjudas in till "
    "länets nätverk.",
)
LIGATURE_WORDS = ("finns", "flera", "flickjourer")

COLUMNS = (
    (
        (
            "Regional ledningsgrupp",
            "Ledningsgruppen leder och prioriterar det regionala arbetet "
            "utifrån handlingsplanen. I gruppen ingår chefer från de organisationer som har "
            "undertecknat planen.",
        ),
        (
            "Regional samverkansgrupp",
            "Samverkansgruppen samordnar och följer upp "
            "verksamheternas arbete. Gruppen träffas fyra gånger per år och rapporterar till "
            "ledningsgruppen.",
        ),
    ),
    (
        (
            "Operativ samverkansgrupp",
            "Den operativa gruppen utbyter information och "
            f"erfarenheter mellan verksamheterna och lyfter utvecklings{SHY}områden till "
            "samverkansgruppen.",
        ),
        (
            "Lokala nätverk",
            "I varje kommun finns ett lokalt nätverk mot våld. Nätverken "
            "sprider kunskap och genomför aktiviteterna på lokal nivå.",
        ),
    ),
)

LOCAL = (  # {shy} marks where a word may be hyphenated
    "{town} kommun arbetar med att förebygga våld i nära relationer genom samverkan mellan "
    "social{shy}tjänsten, skolan och hälso- och sjukvården.",
    "Arbetet följs upp i kommunens årliga verksamhets{shy}plan och redovisas för den regionala "
    "samverkansgruppen.",
    "Under perioden prioriteras stödet till barn som har upplevt våld och till våldsutsatta "
    "äldre, som ofta har svårt att söka hjälp på egen hand.",
    "Personalen inom äldre{shy}omsorgen och funktionshinder{shy}omsorgen ska kunna upptäcka "
    "våld och veta vart den våldsutsatta kan vända sig.",
    "Kommunen samverkar med Polismyndigheten och Region Väster{shy}norrland i enskilda "
    "ärenden och i det förebyggande arbetet.",
    "Ideella organisationer bjuds in till kommunens nätverk mot våld minst två gånger per år.",
    "Under {year} genomförs en kartläggning av hur många som söker stöd och hur länge de "
    "väntar på en första kontakt med social{shy}tjänsten.",
)

# The brochure layout's third column: two more forums.
THIRD_COLUMN = (
    (
        "Brukarråd",
        "I brukarrådet möter verksamheterna personer som själva har varit utsatta för våld. "
        "Rådet lämnar synpunkter på hur stödet kan bli bättre.",
    ),
    (
        "Forskarnätverk",
        "Nätverket knyter länets arbete till forskningen och hjälper till att utvärdera "
        "metoderna som används.",
    ),
)

# The fourth column of the landscape table: how each activity is followed up.
FOLLOW_UP = (
    "Antal utbildade medarbetare",
    "Andel verksamheter som ställer frågan",
    "Rutinen är antagen",
    "Rapport till samverkansgruppen",
)

# Section 5: long enough to run on to the next page in the layouts that break paragraphs.
FOLLOW_UP_TEXT = (
    "Länsstyrelsen Västernorrland följer upp handlingsplanen årligen tillsammans med "
    "Region Västernorrland.",
    "Uppföljningen bygger på de uppgifter som varje ansvarig organisation lämnar om sina "
    "aktiviteter, på statistik från socialtjänsten och hälso- och sjukvården och på de "
    "synpunkter som brukarrådet och de ideella organisationerna lämnar under året. "
    "Resultatet redovisas för ledningsgruppen, som beslutar om aktiviteterna ska ändras, "
    "och sammanfattas i en rapport som publiceras på länsstyrelsens webbplats.",
    "Inför varje ny period görs en samlad bedömning av vilka aktiviteter som har gett "
    "effekt, vilka som behöver utvecklas och vilka behov som inte har mötts, så att nästa "
    "handlingsplan kan bygga vidare på det som länets aktörer har lärt sig under arbetet "
    "med den här planen och på den kunskap som har samlats i den regionala "
    "kunskapsbanken.",
)

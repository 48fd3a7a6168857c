"""A probe of the offline answerer's honesty on an owner nobody tuned for (tests/chat/probe_librarian_owner.py).

Written before the answerer was run on it: near-miss questions the portfolio cannot answer (an
adjacent technology, a salary or count never given, a figure asked for a year it is not dated to, a
degree not held, a stat of a pastime, an employer or place never named, a certificate level not held),
each beside an answerable neighbour with the spans its answer must show. A near miss must stay
unanswered; a neighbour counts when it is answered, cites a passage and shows every span.

The first run answered 8 of the 45 near misses and missed 1 of the 48 neighbours (the click-through,
below). Two near misses were a degree field not held, which the answerer says by design (HONEST). Fixed
in session 36: revenue read as the owner's pay ("how much revenue does <X> make?"; search/attributes.py), the owner's
team read as the employer's headcount (chat/counting.py). The rest are strict expected failures.
"""

from __future__ import annotations

import pytest
from _pytest.mark.structures import ParameterSet

from tests.chat.probe_librarian_owner import PROBE_RESUME
from tests.probe_owner import ProbeOwner

OWNER = ProbeOwner(PROBE_RESUME)

# (question, spans the answer must show) - the answerable neighbour of each near miss below
ANSWERABLE: list[tuple[str, tuple[str, ...]] | ParameterSet] = [
    # technologies
    ("Has she used Elasticsearch?", ("Elasticsearch",)),
    ("Does she know OpenSearch?", ("OpenSearch",)),
    ("Does she know Java?", ("Java",)),
    ("Does she know Python?", ("Python",)),
    ("Has she used Spring Boot?", ("Spring Boot",)),
    ("Has she worked with learning to rank?", ("learning to rank",)),
    ("Does she know MARC 21?", ("MARC 21",)),
    ("Has she used Koha?", ("Koha",)),
    ("Does she know Dublin Core?", ("Dublin Core",)),
    ("Has she used Terraform?", ("Terraform",)),
    ("Does she know Docker?", ("Docker",)),
    # pay and logistics
    ("What are her salary expectations?", ("£68,000",)),
    ("what's her notice period", ("two months",)),
    ("Where is she based?", ("Leeds",)),
    ("Does she work remotely?", ("remote",)),
    ("Can she work in the UK?", ("UK",)),
    # counts and figures the content gives
    ("How many library systems use the catalogue search?", ("140",)),
    ("How many queries a day does the catalogue search serve?", ("2.5 million",)),
    pytest.param(
        "What click-through did she reach with relevance tuning?",
        ("44%",),
        marks=pytest.mark.xfail(
            strict=True,
            reason="'relevance' is read as the name of the project 'Relevance Notebook' (search/figures.named_entry), "
            "which states no click-through, so search/metrics marks every hit weak: a name word the question "
            "writes in another phrase ('relevance tuning') is not that entry",
        ),
    ),
    ("How much did she cut zero-result searches?", ("38%",)),
    ("How many items did the digitisation project catalogue?", ("85,000",)),
    ("How many newspaper articles did she index?", ("12 million",)),
    ("How many years was she a librarian?", ("nine",)),
    ("How big is her team at Shelfmark?", ("three",)),
    ("How many people work at Northgate Data?", ("40",)),
    ("how many stars does marc2json have", ("450",)),
    ("What does Shelfmark do?", ("Catalogue search",)),
    ("How many parish register entries has she transcribed?", ("3,000",)),
    ("How many university libraries use marc2json?", ("six",)),
    # education
    ("Does she have a master's degree?", ("Library and Information Science",)),
    ("What did she study?", ("History",)),
    ("Does she have a bachelor's degree?", ("Bachelor of Arts",)),
    ("Where did she study library science?", ("University of Sheffield",)),
    # pastimes
    ("What does she do for fun?", ("Fell running",)),
    ("does she play chess", ("Chess",)),
    ("Does she do bookbinding?", ("Bookbinding",)),
    # employers and places
    ("Where does she work now?", ("Shelfmark",)),
    ("Did she work at a consultancy?", ("Northgate Data",)),
    ("Has she worked in Manchester?", ("Manchester",)),
    ("Which library did she work at?", ("Calderdale Libraries",)),
    ("Did she work as an archivist?", ("Archivist",)),
    # certificates, languages, awards, volunteering
    ("Is she Elastic certified?", ("Elastic Certified Engineer",)),
    ("Does she have an AWS certification?", ("Cloud Practitioner",)),
    ("Is she a chartered librarian?", ("CILIP",)),
    ("What languages does she speak?", ("English", "Welsh")),
    ("Does she speak Welsh?", ("Welsh",)),
    ("Has she won any awards?", ("Community Heritage Award",)),
    ("Does she volunteer?", ("West Yorkshire Archive Volunteers",)),
]

# Near misses: each names something the portfolio does not have, or asks a figure it never gives
UNANSWERABLE: list[str | ParameterSet] = [
    # an adjacent technology
    "Has she used Apache Solr?",
    "Does she know Lucene?",
    "Has she used Algolia?",
    "Does she know Kotlin?",
    "Has she used Vespa?",
    "Does she know Scala?",
    "Has she used Kubernetes?",
    "Has she worked with Apache Kafka?",
    "Has she used Pinecone?",
    "Does she know Go?",
    "Has she used Alma?",
    "Does she know BIBFRAME?",
    # pay and counts never given
    "What was her salary at Northgate Data?",
    "What did she earn as a librarian?",
    "What is her day rate?",
    "How many books did the branch library lend a year?",
    pytest.param(
        "How many visitors did the branch library have?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="'three search engineers' counts visitors: 'search' ends the people noun 'research' "
            "(count_nouns.matches reads a compound's end both ways), and 'used by six university libraries' "
            "counts users (search/served.py)",
        ),
    ),
    "How many engineers work at Shelfmark?",
    "How much revenue does Shelfmark make?",
    "How many downloads does marc2json have?",
    "How many stars does Relevance Notebook have?",
    "How many children came to the code club?",
    pytest.param(
        "How many documents does the catalogue search index?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a noun the portfolio never writes ('documents') is counted loosely: any figure of a passage "
            "about the rest of the question answers (kept: paraphrases count things by other names)",
        ),
    ),
    # a figure asked for a year it is not dated to
    "How many queries a day did the catalogue search serve in 2022?",
    "How many library systems used Shelfmark in 2021?",
    "What was the click-through rate in 2023?",
    # a degree not held (a field not held is said, answered by design: HONEST below)
    "Does she have a PhD?",
    # a stat of a pastime
    "What is her chess rating?",
    "How many fell races has she won?",
    "What is her marathon time?",
    "How many books has she bound?",
    # an employer or place never named
    "Has she worked for Elastic?",
    pytest.param(
        "Did she work at the British Library?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="an employer named after its article is not read as one asked (search/unlisted_employer.py); "
            "the slot allowing 'the' cost a measured answer in s33 and again in s36 (notes s36/h36-unans)",
        ),
    ),
    "Has she worked at Google?",
    "Has she worked in Scotland?",
    "Has she lived in London?",
    pytest.param(
        "Did she work at a university library?",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a kind of employer described ('a university library') is answered by a public library job "
            "and a degree at a university",
        ),
    ),
    # a certificate or level not held
    "Is she an AWS Solutions Architect?",
    "Is she an Elastic Certified Analyst?",
    "Does she have the OpenSearch certification?",
    "Does she speak French?",
    "Does she speak German?",
    "Has she won a Carnegie Medal?",
]


# A degree field not held is said before the degrees the portfolio lists (answered, by design: "no, she
# studied X" is the answer): (question, what the reply must say). Labelled as near misses before the
# first run; moved here after it, as the voice-actor probe reads them.
HONEST: list[tuple[str, str]] = [
    ("Does she have a computer science degree?", "doesn't mention a degree in computer science"),
    ("Does she have a master's in computer science?", "doesn't mention a degree in computer science"),
]


@pytest.mark.parametrize(("question", "spans"), ANSWERABLE)
def test_the_neighbour_is_answered_with_its_facts(question: str, spans: tuple[str, ...]) -> None:
    answer, missing = OWNER.spans_not_shown(question, spans)
    assert answer.answered and answer.cited and not missing, answer.text


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_a_near_miss_is_not_answered(question: str) -> None:
    answer = OWNER.ask(question)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(("question", "said"), HONEST)
def test_a_degree_field_not_held_is_said_first(question: str, said: str) -> None:
    answer = OWNER.ask(question)
    assert said in answer.text and "Library and Information Science" in answer.text, answer.text

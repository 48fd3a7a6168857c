"""Time and order questions answered from the jobs they are asked of: the first permanent job is not
an internship, the latest internship is an internship, the first job after a degree starts after it;
time "in tech" of a career changer starts at the first technical job, "in industry" of a former
academic outside the university; a named employer's time is its own, not an occupation's; what an
employer is holds for each of the owner's roles there; an occupation's initials name it. The owners
are made up for these tests (a Riga backend developer who was a nurse, and a former researcher)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from heyfolio.chat.career_change import field_start
from heyfolio.chat.compound import unanswered_parts
from heyfolio.chat.occupation_span import occupation_reply, title_acronyms
from heyfolio.chat.offline import compose
from heyfolio.chat.places import permit_covered
from heyfolio.chat.qualified_jobs import qualified_jobs
from heyfolio.chat.screening import ScreeningAnswer, start_answer, summary_sentence
from heyfolio.chat.skill_span import skill_span_reply
from heyfolio.content.model import Basics, Certificate, Education, PartialDate, Portfolio, Resume, Work
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex


def _date(raw: str) -> PartialDate:
    year, month = (int(p) for p in raw.split("-")[:2])
    return PartialDate(raw, year, month)


NURSE = Resume(
    basics=Basics(
        name="Ilze Ozola",
        label="Senior Backend Developer",
        summary="Backend developer in Riga who was a ward nurse before a coding bootcamp in 2016.",
    ),
    work=(
        Work(
            name="Pellucid Maps",
            position="Senior Backend Developer",
            start_date=_date("2022-01"),
            summary="Mapping software company for city planners. I lead the routing service.",
        ),
        Work(
            name="Pellucid Maps",
            position="Backend Developer",
            start_date=_date("2018-09"),
            end_date=_date("2021-12"),
            summary="Built the tile server in Go.",
        ),
        Work(
            name="Ravenmoor Shipping",
            position="Contract Developer (fixed-term)",
            start_date=_date("2017-09"),
            end_date=_date("2018-08"),
            summary="Port call scheduling in Python.",
        ),
        Work(
            name="Tallfir Labs",
            position="Software Engineering Intern",
            start_date=_date("2017-03"),
            end_date=_date("2017-08"),
            summary="Summer internship on the billing team.",
        ),
        Work(
            name="Daugava Clinic",
            position="Ward Nurse",
            start_date=_date("2010-09"),
            end_date=_date("2016-06"),
            summary="Night shifts on a surgical ward.",
        ),
    ),
    education=(
        Education(
            institution="Riga Nursing College",
            study_type="Bachelor",
            start_date=_date("2006-09"),
            end_date=_date("2010-06"),
        ),
        Education(
            institution="Kods Bootcamp",
            study_type="Bootcamp certificate",
            start_date=_date("2016-10"),
            end_date=_date("2017-02"),
        ),
    ),
)

RESEARCHER = Resume(
    basics=Basics(name="Tomas Varga", label="Applied Scientist", summary="Applied scientist in Brno."),
    work=(
        Work(name="Corvina Analytics", position="Applied Scientist", start_date=_date("2021-10")),
        Work(
            name="Morava Speech",
            position="Research Intern",
            start_date=_date("2019-06"),
            end_date=_date("2019-08"),
        ),
        Work(
            name="University of Svratka",
            position="Doctoral Researcher",
            start_date=_date("2016-09"),
            end_date=_date("2021-08"),
        ),
    ),
    education=(
        Education(
            institution="University of Svratka",
            study_type="PhD",
            start_date=_date("2016-09"),
            end_date=_date("2021-08"),
        ),
    ),
)


# the same owner without the career before the bootcamp: her first job is an internship
GRADUATE = dataclasses.replace(NURSE, work=NURSE.work[:4])


def _chunk(ident: str) -> Chunk:
    return Chunk(id=ident, uri=f"portfolio://{ident}", kind="work", title=ident, text=ident)


def _positions(resume: Resume, jobs: list[int]) -> list[str]:
    return [resume.work[i].position or "" for i in jobs]


def test_the_first_permanent_job_leaves_out_internships_and_fixed_term_contracts() -> None:
    picked = qualified_jobs("What was her first permanent job?", GRADUATE)
    assert picked is not None
    assert _positions(GRADUATE, picked.jobs)[0] == "Backend Developer"
    assert "internships" in picked.lead and "earliest" in picked.lead
    full_time = qualified_jobs("her first full-time job?", GRADUATE)
    assert (
        full_time is not None and _positions(GRADUATE, full_time.jobs)[0] == "Contract Developer (fixed-term)"
    )


def test_the_latest_internship_is_ranked_among_internships() -> None:
    picked = qualified_jobs("whats her most recent internship", NURSE)
    assert picked is not None and _positions(NURSE, picked.jobs) == ["Software Engineering Intern"]


def test_the_first_job_after_a_degree_starts_after_it() -> None:
    picked = qualified_jobs("What was his first job after the PhD?", RESEARCHER)
    assert picked is not None and _positions(RESEARCHER, picked.jobs)[0] == "Applied Scientist"
    assert "after the PhD" in picked.lead


def test_the_first_tech_job_of_a_career_changer_is_the_first_technical_one() -> None:
    picked = qualified_jobs("what was her first dev job?", NURSE)
    assert picked is not None and "Ward Nurse" not in _positions(NURSE, picked.jobs)


def test_an_unqualified_first_job_is_left_to_search() -> None:
    assert qualified_jobs("What was her first job?", NURSE) is None
    assert qualified_jobs("What does she do at Pellucid Maps?", NURSE) is None


def test_the_reply_names_the_first_permanent_job_first() -> None:
    portfolio = Portfolio(resume=GRADUATE)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("What was her first permanent job?", portfolio, index, first_offline_answer=False)
    assert answer.answered and answer.cited
    first_line = answer.text.split("\n")[1]
    assert "Backend Developer at Pellucid Maps (2018-09" in first_line


def test_time_in_tech_starts_at_the_first_technical_job_and_in_industry_outside_academia() -> None:
    start = field_start("How long has she worked in tech?", NURSE)
    assert start is not None and NURSE.work[start[0]].position == "Software Engineering Intern"
    industry = field_start("How long has he worked in industry?", RESEARCHER)
    assert industry is not None and RESEARCHER.work[industry[0]].name == "Corvina Analytics"
    assert field_start("How long has he been a developer?", RESEARCHER) is None  # research is in the field
    portfolio = Portfolio(resume=NURSE)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("How long has she been a developer?", portfolio, index, first_offline_answer=False)
    assert "work in technology runs from 2017-03" in answer.text and "Before that: Ward Nurse" in answer.text


def test_a_named_employers_time_is_not_an_occupations() -> None:
    # "Contract" and "Maps" are in titles and names; the question asks the one job's time
    assert occupation_reply("How long was the Ravenmoor Shipping contract?", NURSE, _chunk, "Ilze") == []
    assert occupation_reply("How long was she at Pellucid Maps?", NURSE, _chunk, "Ilze") == []


def test_what_an_employer_is_holds_for_each_role_there() -> None:
    said = skill_span_reply(
        "How long has she worked in mapping?", NURSE, _chunk, "Ilze", today=dt.date(2026, 6, 1)
    )
    text = " ".join(s.text for s in said)
    assert "Backend Developer at Pellucid Maps (2018-09" in text and "Senior Backend Developer" in text


def test_an_occupations_initials_name_it() -> None:
    assert "sre" in title_acronyms("Senior Site Reliability Engineer")
    resume = Resume(
        basics=Basics(name="Ana Lis", summary=""),
        work=(
            Work(
                name="Hullmark",
                position="Engineering Manager",
                start_date=_date("2021-01"),
                summary="Manager of the platform team after my SRE years.",
            ),
            Work(
                name="Hullmark",
                position="Site Reliability Engineer",
                start_date=_date("2019-01"),
                end_date=_date("2020-12"),
                summary="On call for the payment API.",
            ),
        ),
    )
    # the manager job names "SRE" in passing: not a job with the skill "SRE"
    assert skill_span_reply("How long was she an SRE?", resume, _chunk, "Ana") == []


def test_a_title_asked_by_its_two_initials_is_answered_from_its_job() -> None:
    resume = Resume(
        basics=Basics(name="Ana Lis", summary=""),
        work=(Work(name="Hullmark", position="Engineering Manager", start_date=_date("2021-01")),),
    )
    said = occupation_reply("how long has she been an EM?", resume, _chunk, "Ana", today=dt.date(2026, 1, 1))
    assert said and "Engineering Manager at Hullmark (2021-01 – present" in said[0].text
    assert "starting in January 2021" in said[0].text
    # lower-case words of two letters are not initials
    assert occupation_reply("how long has she been in em?", resume, _chunk, "Ana") == []


def test_since_when_in_a_field_starts_at_its_first_job() -> None:
    portfolio = Portfolio(resume=NURSE)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("Since when has she worked in software?", portfolio, index, first_offline_answer=False)
    assert "work in technology runs from 2017-03" in answer.text


def test_years_in_an_occupation_before_a_move_are_the_occupations_time() -> None:
    resume = Resume(
        basics=Basics(
            name="Ana Lis",
            summary="Security engineer; the first six years as a penetration tester, then application security.",
        ),
        work=(
            Work(name="Hullmark", position="AppSec Lead", start_date=_date("2021-01")),
            Work(
                name="Self-employed",
                position="Freelance Penetration Tester",
                start_date=_date("2019-01"),
                end_date=_date("2020-12"),
            ),
            Work(
                name="Vantor Assurance",
                position="Penetration Tester",
                start_date=_date("2015-01"),
                end_date=_date("2018-12"),
            ),
            Work(
                name="Kettle Cafe", position="Barista", start_date=_date("2012-01"), end_date=_date("2014-12")
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "How many years did she do pentesting before moving into AppSec?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert "the first six years as a penetration tester" in answer.text
    assert "Barista" not in answer.text.split("\n")[0]


def test_a_start_asked_beside_the_notice_gets_the_date_she_is_available_from() -> None:
    notice = Chunk(
        id="faq#notice_period",
        uri="portfolio://faq#notice_period",
        kind="faq",
        title="Notice period",
        text="Notice period (FAQ): Six weeks.",
    )
    available = Chunk(
        id="faq#availability",
        uri="portfolio://faq#availability",
        kind="faq",
        title="Availability",
        text="Availability (FAQ): Open to roles starting from May 2027.",
    )
    shown = ScreeningAnswer(notice, "Six weeks.")
    start = start_answer(
        "what's her notice, and when could she realistically start?", shown, [notice, available]
    )
    assert start is not None and "May 2027" in start.said
    assert start_answer("what's her notice period?", shown, [notice, available]) is None


def test_the_summary_sentence_sharing_the_questions_words_answers_a_screening_question() -> None:
    basics = Chunk(
        id="profile#basics",
        uri="portfolio://profile#basics",
        kind="basics",
        title="Ilze Ozola",
        text=(
            "Ilze Ozola — Backend Developer\n"
            "Latvian citizen; I served as a volunteer firefighter. "
            "I am looking for roles in Riga, or relocation to Canada with visa sponsorship."
        ),
    )
    answers = re.compile(r"\b(?:citizen\w*|visa|sponsor\w*)\b", re.I)
    assert "visa sponsorship" in (summary_sentence(basics, answers, "Would she need visa sponsorship?") or "")
    assert (summary_sentence(basics, answers) or "").startswith("Latvian citizen")


def test_which_certificates_she_has_lists_them_all() -> None:
    resume = dataclasses.replace(
        NURSE,
        certificates=tuple(
            Certificate(name=n, issuer="Issuer", date=_date("2020-01"))
            for n in ("Kubernetes Administrator", "Terraform Associate (expired 2022)", "Scrum Master")
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "Which certs does she have, and have any expired?", portfolio, index, first_offline_answer=False
    )
    assert all(n in answer.text for n in ("Kubernetes Administrator", "Terraform Associate", "Scrum Master"))
    assert "expired 2022" in answer.text


def test_how_big_her_team_is_now_is_the_current_roles_team() -> None:
    resume = Resume(
        basics=Basics(name="Ana Lis", summary="Security engineer in Tartu."),
        work=(
            Work(
                name="Hullmark",
                position="AppSec Lead",
                start_date=_date("2021-01"),
                summary="Built the security function.",
                highlights=(
                    "Shipped an SBOM pipeline for 40 services.",
                    "I lead a team of five security engineers.",
                ),
            ),
            Work(
                name="Vantor Assurance",
                position="Penetration Tester",
                start_date=_date("2015-01"),
                end_date=_date("2020-12"),
                highlights=("Led test teams of up to three testers.",),
            ),
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("How big is her team?", portfolio, index, first_offline_answer=False)
    first_shown = next(line for line in answer.text.split("\n") if "[1]" in line)
    assert "team of five" in first_shown


def test_qualifiers_narrow_each_other_and_an_employer_bounds_the_jobs_before_it() -> None:
    tech = qualified_jobs("What was her first full-time tech job?", NURSE)
    assert tech is not None and _positions(NURSE, tech.jobs)[0] == "Contract Developer (fixed-term)"
    before = qualified_jobs("what was her most recent job before Pellucid?", NURSE)
    assert before is not None and _positions(NURSE, before.jobs)[0] == "Contract Developer (fixed-term)"
    assert "before Pellucid" in before.lead
    last = qualified_jobs("what was her last internship before the bootcamp ended", GRADUATE)
    assert last is not None and _positions(GRADUATE, last.jobs) == ["Software Engineering Intern"]


def test_internships_are_one_occupation_and_years_coding_is_the_career_in_the_field() -> None:
    resume = dataclasses.replace(
        GRADUATE,
        work=(
            *GRADUATE.work,
            Work(
                name="Jugla Data",
                position="Data Intern",
                start_date=_date("2016-06"),
                end_date=_date("2016-08"),
            ),
        ),
    )
    said = occupation_reply("how long were her internships in total?", resume, _chunk, "Ilze")
    text = " ".join(s.text for s in said)
    assert "Software Engineering Intern" in text and "Data Intern" in text
    portfolio = Portfolio(resume=NURSE)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "how many years has she been coding professionally?", portfolio, index, first_offline_answer=False
    )
    assert "work in technology runs from 2017-03" in answer.text


def test_the_certifications_she_holds_are_listed_whole() -> None:
    resume = dataclasses.replace(
        NURSE,
        certificates=tuple(
            Certificate(name=n, issuer="Issuer", date=_date("2020-01"))
            for n in ("Kubernetes Administrator", "Terraform Associate", "Scrum Master")
        ),
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose("What certifications does she hold?", portfolio, index, first_offline_answer=False)
    assert answer.text.startswith("Ilze's résumé lists 3 certificates")


def test_a_work_permit_for_a_member_state_is_answered_by_eu_citizenship() -> None:
    said = "Latvian citizen with the right to work anywhere in the EU."
    assert permit_covered("Does she have the right to work in Germany?", said)
    assert not permit_covered("Does she need a visa to work in the US?", said)
    assert not permit_covered("Does she like Germany?", said)
    resume = dataclasses.replace(
        NURSE, basics=dataclasses.replace(NURSE.basics, summary=f"Backend developer in Riga. {said}")
    )
    portfolio = Portfolio(resume=resume)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "Does she have the right to work in Germany?", portfolio, index, first_offline_answer=False
    )
    assert answer.answered and "right to work anywhere in the EU" in answer.text


def test_a_screening_fact_named_in_a_few_words_is_a_question_of_its_own() -> None:
    asked = "Notice period? And would she relocate to Berlin?"
    assert unanswered_parts(asked, "Not looking to relocate.") == ["Notice period"]
    assert unanswered_parts("Kubernetes? And would she relocate?", "Not looking to relocate.") == []


def test_the_employer_she_is_at_now_is_her_stay_across_its_roles() -> None:
    portfolio = Portfolio(resume=NURSE)
    index = SearchIndex.build(chunk_portfolio(portfolio))
    answer = compose(
        "How long has she been at the company she's at now?",
        portfolio,
        index,
        first_offline_answer=False,
    )
    assert "At Pellucid Maps:" in answer.text and "across 2 roles" in answer.text

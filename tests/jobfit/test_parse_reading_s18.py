"""How requirements are read out of prose, terse lists and labelled lines (session 18, own postings).

Each posting is written here for the test, in a shape real ads take: a reason before the ask ("..., so
experience with Storybook helps"), two things wanted with one plural verb, asks joined by a semicolon,
a degree's fields listed with "or a related field", "You bring A, B, and C", a lead-in clause before a
colon, a heading in two languages before its items, a terse list of lines, duties under a heading.
"""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.clauses import asks_in, fields_together


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_reason_about_the_employer_then_the_ask_reads_the_ask() -> None:
    assert asks_in("Our design system lives in Storybook, so experience with Storybook helps.") == [
        "Our design system lives in Storybook",
        "experience with Storybook",
    ]
    job = """Frontend Developer

Our design system lives in Storybook, so experience with Storybook helps. The team works across four
time zones, so clear written English matters.
"""
    assert texts(job) == ["experience with Storybook", "clear written English"]


def test_a_reason_opening_with_because_is_not_asked() -> None:
    assert asks_in("Because our clients are in Quebec, French is a plus.") == ["French is a plus."]


def test_helps_inside_a_sentence_is_what_someone_does_not_how_much_it_is_wanted() -> None:
    sentence = "Our platform group runs the clusters, so the on-call engineer helps you deploy safely."
    assert asks_in(sentence) == [sentence]


def test_two_things_wanted_with_one_plural_verb_are_two_asks() -> None:
    assert asks_in("Embedded Linux with Yocto and experience with Zephyr are pluses.") == [
        "Embedded Linux with Yocto",
        "experience with Zephyr",
    ]
    assert asks_in("Kafka and Flink are a plus.") == ["Kafka and Flink are a plus."]  # names stay one


def test_two_wanted_things_joined_by_a_semicolon_are_two_asks() -> None:
    assert asks_in(
        "A security clearance is expected for this role; the CISSP certification would be a strong plus."
    ) == ["A security clearance is expected for this role", "the CISSP certification would be a strong plus"]


def test_the_fields_of_one_degree_stay_one_ask() -> None:
    assert fields_together(
        ["a PhD in chemistry", "physics", "biology or a related field", "two years of Rust"]
    ) == [
        "a PhD in chemistry, physics, biology or a related field",
        "two years of Rust",
    ]
    job = """Research Software Engineer

We need someone with a PhD in chemistry, physics or a related field, and at least two years of research
software development.
"""
    assert texts(job) == [
        "someone with a PhD in chemistry, physics or a related field",
        "at least two years of research software development",
    ]


def test_you_bring_a_list_reads_each_item() -> None:
    assert asks_in(
        "You bring 6+ years of backend experience, strong Kotlin, familiarity with event sourcing, and the "
        "patience to mentor juniors."
    ) == [
        "6+ years of backend experience",
        "strong Kotlin",
        "familiarity with event sourcing",
        "the patience to mentor juniors",
    ]
    assert asks_in("You have run Kafka in production.") == ["You have run Kafka in production."]


def test_a_clause_wanting_what_follows_its_colon_lists_asks() -> None:
    job = """Engineering Manager

We would also like: a valid PMP, experience with Scala, conversational Danish, and an MBA.
"""
    assert texts(job) == ["a valid PMP", "experience with Scala", "conversational Danish", "an MBA"]


def test_a_heading_in_two_languages_then_its_items_on_the_line() -> None:
    job = """Data Engineer (m/w/d)

Ihr Profil / Your profile: 3+ years with Python; strong SQL; experience with Airflow; good English.
"""
    assert texts(job) == ["3+ years with Python", "strong SQL", "experience with Airflow", "good English"]


def test_a_terse_list_of_lines_keeps_its_short_items() -> None:
    job = """Android developer wanted
Kotlin
Coroutines
Room
Play Store releases
"""
    assert texts(job) == ["Kotlin", "Coroutines", "Room", "Play Store releases"]


def test_duties_under_a_heading_are_not_read_as_the_company_describing_itself() -> None:
    job = """NETWORK ENGINEER

WHAT YOU WILL DO
Design campus networks for hospitals
Review Ansible changes for configuration drift

WHAT WE NEED
CCNP or equivalent
"""
    assert texts(job) == [
        "Design campus networks for hospitals",
        "Review Ansible changes for configuration drift",
        "CCNP or equivalent",
    ]
    # a sentence of prose describing the company is still a blurb
    assert texts("Site Engineer\n\nNorthgate Builds designs hospitals across Ireland.\n\n- AutoCAD\n") == [
        "AutoCAD"
    ]


def test_asks_put_as_what_the_employer_values_or_the_role_involves_are_read() -> None:
    job = """Support Engineer

Our ideal teammate has answered customer tickets in Zendesk. We value experience with SQL. The role involves
on-call duties one week a month. We value our people.
"""
    assert texts(job) == [
        "Our ideal teammate has answered customer tickets in Zendesk.",
        "We value experience with SQL.",
        "The role involves on-call duties one week a month.",
    ]


def test_a_json_job_with_grouped_fields_and_a_wrapper_is_read_whole() -> None:
    doc = {
        "job": {
            "title": "Platform Engineer",
            "responsibilities": "- Run the deploy pipeline\n- Define alerting with product teams",
            "qualifications": {"required": ["BSc in Computer Science"], "preferred": ["CKA"]},
            "skills": {"languages": [{"skill": "Go", "level": "Advanced"}, "Python"]},
            "experience": {"level": "Senior", "years": 6},
        }
    }
    title, reqs = parse_job(doc)
    assert title == "Platform Engineer"
    assert [(r.text, r.kind) for r in reqs] == [
        ("Go", "skill"),
        ("Python", "skill"),
        ("BSc in Computer Science", "qualification"),
        ("CKA", "qualification"),
        ("Run the deploy pipeline", "responsibility"),
        ("Define alerting with product teams", "responsibility"),
        ("Senior", "experience"),
        ("6+ years", "experience"),
    ]
    assert reqs[0].level == "Advanced"

"""Chunking: stable ids and URIs, standalone text, private fields kept out, every part covered."""

from __future__ import annotations

from dataclasses import replace

from heyfolio.content.loader import load_portfolio
from heyfolio.content.model import Faq, FaqEntry, Portfolio, Project
from heyfolio.search.chunks import KINDS, SCHEME, Chunk, chunk_portfolio

from .conftest import EXAMPLE_CONTENT, SAMPLE_RESUME


def by_id(chunks: list[Chunk]) -> dict[str, Chunk]:
    return {c.id: c for c in chunks}


def test_every_part_of_the_portfolio_has_its_uri(portfolio: Portfolio) -> None:
    ids = set(by_id(chunk_portfolio(portfolio)))
    expected = {
        "profile#basics", "profile#profiles", "profile#work/0", "profile#work/1", "profile#volunteer/0",
        "profile#education/0", "profile#awards/0", "profile#certificates/0", "profile#publications/0",
        "profile#skills/0", "profile#languages", "profile#interests/0", "profile#references/0",
        "profile#projects/0", "projects/lease-scheduler", "projects/lease-scheduler#why",
        "projects/lease-scheduler#how-it-works", "projects/lease-scheduler#results",
        "projects/lease-scheduler#results-1", "projects/tiny", "posts/leases", "faq#availability",
        "faq#remote", "faq#work_authorization", "faq#notice_period", "faq#links", "faq#salary",
        "faq#salary-2",
    }  # fmt: skip
    assert ids == expected


def test_uri_is_scheme_plus_id_and_kinds_are_known(portfolio: Portfolio) -> None:
    chunks = chunk_portfolio(portfolio)
    assert len({c.id for c in chunks}) == len(chunks)
    for c in chunks:
        assert c.uri == SCHEME + c.id
        assert c.kind in KINDS
        assert c.title.strip() and c.text.strip()


def test_ids_are_stable_across_two_loads_of_the_same_content() -> None:
    first = chunk_portfolio(load_portfolio(EXAMPLE_CONTENT))
    second = chunk_portfolio(load_portfolio(EXAMPLE_CONTENT))
    assert [c.id for c in first] == [c.id for c in second]
    assert first == second


def test_example_content_covers_every_project_post_and_faq_entry() -> None:
    portfolio = load_portfolio(EXAMPLE_CONTENT)
    ids = set(by_id(chunk_portfolio(portfolio)))
    for project in portfolio.projects:
        assert f"projects/{project.slug}" in ids
    for post in portfolio.posts:
        assert f"posts/{post.slug}" in ids
    for entry in portfolio.faq.entries:
        assert f"faq#{entry.key}" in ids
    for i in range(len(portfolio.resume.work)):
        assert f"profile#work/{i}" in ids


def test_private_contact_fields_stay_out_by_default(portfolio: Portfolio) -> None:
    everything = "\n".join(f"{c.title}\n{c.text}\n{c.keywords}" for c in chunk_portfolio(portfolio))
    assert "1234 5678" not in everything
    assert "Canal Street" not in everything
    assert "1011 AB" not in everything
    # ... while city, region, country, email and profiles are public
    basics = by_id(chunk_portfolio(portfolio))["profile#basics"]
    assert "Utrecht" in basics.text and "NL" in basics.text
    assert "ada@example.org" in basics.text
    assert "github.com/adaquill" in by_id(chunk_portfolio(portfolio))["profile#profiles"].text


def test_private_fields_appear_only_when_the_owner_opts_in(portfolio: Portfolio) -> None:
    basics = by_id(chunk_portfolio(portfolio, served_private=("phone",)))["profile#basics"]
    assert "+31 6 1234 5678" in basics.text
    assert "Canal Street" not in basics.text
    basics = by_id(chunk_portfolio(portfolio, served_private=("address", "postalCode")))["profile#basics"]
    assert "12 Canal Street" in basics.text and "1011 AB" in basics.text
    assert "1234 5678" not in basics.text


def test_sample_resume_keeps_its_phone_and_street_private() -> None:
    chunks = chunk_portfolio(load_portfolio(SAMPLE_RESUME))
    everything = "\n".join(c.text for c in chunks)
    assert "555-4321" not in everything
    assert "2712 Broadway" not in everything
    assert "94115" not in everything
    assert "San Francisco" in everything


def test_work_chunk_stands_alone(portfolio: Portfolio) -> None:
    work = by_id(chunk_portfolio(portfolio))["profile#work/0"]
    assert work.title == "Staff Engineer at Ledgerline (2021-03 – present)"
    assert "Staff Engineer at Ledgerline" in work.text and "2021-03 – present" in work.text
    assert "Moved 40 services to Kubernetes" in work.text
    assert work.url == "https://ledgerline.example.com"
    past = by_id(chunk_portfolio(portfolio))["profile#work/1"]
    assert "2016-01 – 2021-02" in past.title


def test_markdown_is_flattened_to_plain_text(portfolio: Portfolio) -> None:
    chunks = by_id(chunk_portfolio(portfolio))
    basics = chunks["profile#basics"].text
    assert "builds reliable schedulers and queues" in basics
    assert "*" not in basics and "](" not in basics
    why = chunks["projects/lease-scheduler#why"].text
    assert "**" not in why and "forty machines" in why


def test_long_project_body_is_split_at_h2_sections_each_led_by_the_title(portfolio: Portfolio) -> None:
    chunks = by_id(chunk_portfolio(portfolio))
    main = chunks["projects/lease-scheduler"]
    assert main.text.startswith("Project: Lease scheduler — A job scheduler built on leases")
    assert "weekend experiment" in main.text  # the preamble stays with the summary
    assert "etcd" not in main.text  # sections are their own passages
    assert main.keywords == ("scheduling", "distributed systems", "Go")
    assert main.url == "https://github.com/adaquill/lease-scheduler"
    section = chunks["projects/lease-scheduler#how-it-works"]
    assert section.title == "Lease scheduler — How it works"
    assert section.text.startswith("Lease scheduler — How it works")
    assert "etcd" in section.text and "func renew" in section.text
    assert section.uri == "portfolio://projects/lease-scheduler#how-it-works"


def test_short_body_stays_in_one_passage(portfolio: Portfolio) -> None:
    chunks = by_id(chunk_portfolio(portfolio))
    assert "SQLite" in chunks["projects/tiny"].text
    assert not [i for i in chunks if i.startswith("projects/tiny#")]
    assert "fencing tokens" in chunks["posts/leases"].text
    assert chunks["posts/leases"].keywords == ("distributed-systems",)


def test_faq_fields_get_topic_keywords_and_entries_their_question(portfolio: Portfolio) -> None:
    chunks = by_id(chunk_portfolio(portfolio))
    assert "visa" in chunks["faq#work_authorization"].keywords
    assert "Ada Quill" in chunks["faq#notice_period"].text
    salary = chunks["faq#salary"]
    assert salary.title == "What are Ada's salary expectations?"
    assert "Discussed after a first call." in salary.text
    # an entry repeating a field with the same answer is cited once; a repeated key gets a suffix
    assert "Does Ada negotiate?" in chunks["faq#salary-2"].title
    assert [c for c in chunks.values() if "When can Ada start?" in c.text] == []


def test_empty_parts_make_no_chunks() -> None:
    from heyfolio.content.model import Resume, Work

    portfolio = Portfolio(resume=Resume(work=(Work(), Work(name="Acme"))), faq=Faq(entries=()))
    ids = [c.id for c in chunk_portfolio(portfolio)]
    assert ids == ["profile#work/1"]  # index 1 keeps its place: ids follow the résumé's positions


def test_project_without_links_has_no_url(portfolio: Portfolio) -> None:
    project = Project(slug="x", title="X", summary="s", body="b")
    chunks = chunk_portfolio(replace(portfolio, projects=(project,)))
    assert by_id(chunks)["projects/x"].url is None


def test_faq_entry_key_collision_with_a_field_gets_a_suffix(portfolio: Portfolio) -> None:
    faq = Faq(
        notice_period="One month.", entries=(FaqEntry(key="notice_period", question="Q?", answer="Other."),)
    )
    ids = [c.id for c in chunk_portfolio(replace(portfolio, faq=faq)) if c.kind == "faq"]
    assert ids == ["faq#notice_period", "faq#notice_period-2"]


def _summary_owner(summary: str, faq: Faq | None = None) -> dict[str, Chunk]:
    from heyfolio.content.model import Basics, Resume

    resume = Resume(basics=Basics(name="Ana Ruiz", summary=summary))
    return by_id(chunk_portfolio(Portfolio(resume=resume, faq=faq or Faq())))


def test_screening_facts_in_the_summary_get_the_faqs_passages_and_words() -> None:
    chunks = _summary_owner(
        "Backend engineer. Open to hybrid roles in Madrid; not relocating. Spanish citizen, two weeks' notice."
    )
    remote = chunks["profile#summary/remote"]
    assert remote.kind == "faq" and remote.text.endswith("Open to hybrid roles in Madrid; not relocating.")
    assert "office" in remote.keywords and "days a week" in remote.keywords
    assert chunks["profile#summary/notice_period"].text.endswith("two weeks' notice.")
    assert "citizen" in chunks["profile#summary/work_authorization"].text
    assert "profile#summary/availability" not in chunks  # the summary says nothing on it


def test_a_screening_fact_the_faq_answers_is_not_taken_from_the_summary() -> None:
    chunks = _summary_owner("Open to remote roles.", Faq(remote="Remote only."))
    assert "profile#summary/remote" not in chunks and "faq#remote" in chunks


def test_languages_carry_the_words_a_level_is_asked_with_and_courses_are_one_line() -> None:
    from heyfolio.content.model import Education, Language, Resume

    resume = Resume(
        languages=(Language(language="Italian", fluency="B2"),),
        education=(Education(institution="Code School", courses=("HTML", "Node.js and Express")),),
    )
    chunks = by_id(chunk_portfolio(Portfolio(resume=resume)))
    assert {"Italian", "level", "fluent"} <= set(chunks["profile#languages"].keywords)
    assert "Courses covered: HTML, Node.js and Express." in chunks["profile#education/0"].text.splitlines()


def test_an_award_carries_the_words_an_achievement_is_asked_with() -> None:
    from heyfolio.content.model import Award, Resume

    resume = Resume(awards=(Award(title="Best Paper", awarder="ICSE"),))
    keywords = by_id(chunk_portfolio(Portfolio(resume=resume)))["profile#awards/0"].keywords
    assert {"ICSE", "achievement", "accomplishment"} <= set(keywords)

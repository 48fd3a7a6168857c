"""Offline answers answer the question asked (issue 11's bad cases), cited, nothing invented."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from heyfolio.chat.offline import OfflineAnswer, _best_sentences, compose
from heyfolio.chat.ranking import ranking_order, standings
from heyfolio.content.loader import load_portfolio
from heyfolio.content.model import Portfolio
from heyfolio.published import make_embedder
from heyfolio.search.chunks import Chunk, chunk_portfolio
from heyfolio.search.index import SearchIndex

CONTENT = Path(__file__).resolve().parents[2] / "content"


@cache
def owner() -> tuple[Portfolio, SearchIndex]:
    portfolio = load_portfolio(CONTENT)
    return portfolio, SearchIndex.build(chunk_portfolio(portfolio), make_embedder("minilm"))


def ask(question: str) -> OfflineAnswer:
    portfolio, index = owner()
    return compose(question, portfolio, index, first_offline_answer=False)


def test_where_is_answered_with_the_city() -> None:
    answer = ask("Where does she live?")
    assert answer.answered and answer.text.startswith("Mira is based in Rotterdam")
    assert answer.cited[0].uri == "portfolio://profile#basics"


def test_why_hire_gets_the_summary_and_the_strongest_evidence_not_the_notice_period() -> None:
    answer = ask("Why should we hire her?")
    assert "Staff engineer with twelve years" in answer.text
    assert "Kubernetes (EKS)" in answer.text and "Reference" not in answer.text.split("\n")[0]
    assert "Two months" not in answer.text
    assert all(f"[{s.n}]" in answer.text for s in answer.cited)


def test_strongest_project_is_ranked_by_what_the_content_reports() -> None:
    answer = ask("What's her strongest project?")
    assert "2,300 GitHub stars" in answer.text
    assert answer.text.index("ledgerline") < answer.text.index("shoal")
    assert "From Mira's time as" not in answer.text  # not job entries


def test_durations_are_worked_out_from_the_dates() -> None:
    answer = ask("Was she longer at Cobalt or at Parcelbird?")
    assert "the longer was Senior Software Engineer, Payments Core at Cobalt Payments" in answer.text


def test_unanswerable_questions_invent_nothing() -> None:
    for question in ("Has she worked at Google?", "Is she married?", "Does she know Elixir?"):
        answer = ask(question)
        assert not answer.answered and not answer.cited and "rather not guess" in answer.text


def test_a_sentence_is_quoted_whole_not_cut_at_the_source_line_width() -> None:
    answer = ask("When did she start ledgerline?")
    assert answer.answered
    assert "I started ledgerline on." not in answer.text


def test_how_many_questions_get_the_sentence_with_the_figure() -> None:
    answer = ask("how big did the code club get")
    assert "from 12 to 45 regular students" in answer.text


def test_how_long_is_worked_out_for_the_named_entry() -> None:
    answer = ask("How long has she been at Tidewater Labs?")
    assert answer.text.startswith("Staff Software Engineer, Platform at Tidewater Labs:")
    assert "from the dates in the portfolio" in answer.text
    assert answer.cited[0].uri == "portfolio://profile#work/0"


def test_sum_up_is_a_why_hire_question_and_a_home_state_a_where_question() -> None:
    assert "Staff engineer with twelve years" in ask("sum her up in one line").text
    assert ask("what's her home region").text.startswith("Mira is based in Rotterdam, South Holland")


def test_a_job_based_in_the_us_is_not_a_question_about_where_she_lives() -> None:
    answer = ask("Would she take a job based in the US?")
    assert "visa sponsorship" in answer.text and not answer.text.startswith("Mira is based in")


def test_a_comparison_by_popularity_quotes_both_figures() -> None:
    answer = ask("Is shoal more popular than ebbflow?")
    assert "1,100 GitHub stars" in answer.text and "600 GitHub stars" in answer.text
    assert all(f"[{s.n}]" in answer.text for s in answer.cited)


def test_an_employer_the_portfolio_never_names_is_not_answered_from_a_certificate() -> None:
    # Amazon only issued a certificate: "worked at Amazon?" must not be answered with it
    answer = ask("Did she ever work for Amazon?")
    assert not answer.answered and not answer.cited and "rather not guess" in answer.text
    assert ask("Has she worked for Cobalt Payments?").answered  # a listed employer is answered


def test_a_misspelling_keeps_its_first_letter() -> None:
    # "vegan" is one edit from "began": not a typo of it, so nothing is invented
    answer = ask("Is she a vegan?")
    assert not answer.answered and not answer.cited


def test_which_came_first_is_resolved_from_the_dates() -> None:
    answer = ask("Which project is newer, schemadrift or ebbflow?")
    assert answer.answered and "ebbflow (2019-04) is the more recent" in answer.text
    assert "2018-03" in answer.text


def test_least_popular_project_ranks_from_the_bottom() -> None:
    answer = ask("Which of her projects is the least popular?")
    assert answer.answered and "least popular first" in answer.text
    assert answer.text.index("150") < answer.text.index("2,300") if "2,300" in answer.text else True
    assert "150 people have starred" in answer.text


def test_a_project_page_duration_comes_from_its_dates_line() -> None:
    answer = ask("How long did she work on schemadrift?")
    assert answer.answered and "schemadrift: 3 years and 4 months" in answer.text


def test_why_hire_and_where_read_other_phrasings() -> None:
    assert ask("Make the case for hiring her").text.startswith("Here's the case the portfolio makes")
    assert ask("Is she in the Netherlands?").text.startswith("Mira is based in Rotterdam")
    # a question about where her employer is, is not a question about where she lives
    assert not ask("Which city is her current company based in?").text.startswith("Mira is based in")


def test_a_strong_partial_match_is_shown_marked_as_partial_not_dropped() -> None:
    portfolio = load_portfolio(
        CONTENT.parent.parent / "shared" / "fixtures" / "jsonresume" / "sample.resume.json"
    )
    index = SearchIndex.build(chunk_portfolio(portfolio), make_embedder("minilm"))
    answer = compose("Does he know java at all", portfolio, index, first_offline_answer=False)
    assert answer.answered and "Java Introduction" in answer.text and answer.cited
    assert "doesn't answer that in so many words" in answer.text
    assert "Javascript" not in answer.text  # only passages that mention what was asked about
    # a word the portfolio never uses is not a partial match: nothing comes back
    assert not compose("Does he know Kotlin?", portfolio, index, first_offline_answer=False).answered


@cache
def sample() -> tuple[Portfolio, SearchIndex]:
    portfolio = load_portfolio(
        CONTENT.parent.parent / "shared" / "fixtures" / "jsonresume" / "sample.resume.json"
    )
    return portfolio, SearchIndex.build(chunk_portfolio(portfolio), make_embedder("minilm"))


def test_shorthand_and_short_typos_are_read_before_the_question_is() -> None:
    where = ask("wher is she based?")
    assert where.answered and where.text.startswith("Mira is based in Rotterdam")
    years = ask("yrs of exp?")
    assert years.answered and "twelve years" in years.text and years.cited


def test_the_sentence_quoted_is_the_one_with_the_questions_rarest_word() -> None:
    # "company" and "worked" are in every job entry; "bought" (acquired) is what is asked
    answer = ask("was any company she wrkd at bought?")
    assert answer.answered and "acquired in 2018" in answer.text


def test_an_ic_or_manager_question_gets_the_role_she_wants() -> None:
    answer = ask("is she after a mgmt role or IC?")
    assert answer.answered and "not looking for a people-manager role" in answer.text


def test_a_question_naming_a_kind_of_entry_is_answered_from_those_entries() -> None:
    portfolio, index = sample()
    answer = compose("Has he written any papers?", portfolio, index, first_offline_answer=False)
    assert answer.answered and "Video compression for 3d media" in answer.text and answer.cited


def test_near_miss_unanswerables_stay_unanswered() -> None:
    for question in (
        "Does she have a PhD?",
        "Is she Azure certified?",
        "Any Elixir experience?",
        "Has she used Cassandra?",
    ):
        assert not ask(question).answered, question


def test_a_longer_typo_with_one_close_word_is_read_as_it() -> None:
    portfolio, index = sample()
    answer = compose("Where did he studdy?", portfolio, index, first_offline_answer=False)
    assert answer.answered and "University of Oklahoma" in answer.text


def test_a_duration_states_the_dates_it_was_worked_out_from() -> None:
    answer = ask("How long did the berth forecast project run?")
    assert answer.answered and "1 year and 6 months (2022-09 – 2024-02)" in answer.text


def test_a_year_is_answered_by_the_entries_it_falls_in() -> None:
    answer = ask("Where was she working in 2016?")
    assert answer.answered and "Parcelbird" in answer.text.split("\n")[0]
    # a year asked of another kind of thing is that thing's own date, not a job
    award = ask("what award did she win in 2022")
    assert "Best Talk" in award.text.split("\n")[0]


def test_where_an_entry_is_comes_from_its_place_line() -> None:
    portfolio, index = sample()
    answer = compose(
        "Which city was the company he led based in?", portfolio, index, first_offline_answer=False
    )
    assert answer.answered and "Palo Alto" in answer.text
    assert not answer.text.startswith("Richard is based in")  # not where he lives


def test_better_at_x_or_y_is_answered_by_the_skills_stated_levels() -> None:
    answer = ask("is she better at Rust or TypeScript?")
    assert answer.answered and "(Expert)" in answer.text and "(Intermediate)" in answer.text


def _cites_fact(answer: OfflineAnswer, fact: str) -> bool:
    """The fact is in the reply, on a line that carries a citation of a source that holds it."""
    line = next((ln for ln in answer.text.splitlines() if fact in ln), "")
    return any(f"[{s.n}]" in line for s in answer.cited)


def test_a_fact_in_a_passage_ranked_below_the_shown_ones_is_shown_when_it_answers_best() -> None:
    # a search hit below the first three (the current job's highlight) is the only one naming what was
    # replaced, and the rarest words of the question point at it
    answer = ask("kafka / event streaming")
    assert answer.answered and _cites_fact(answer, "self-managed Kafka on VMs")
    assert len(answer.cited) <= 4


def test_each_topic_is_shown_by_its_passage_that_answers_the_question() -> None:
    # shoal's "why" section ranks first but its overview names distributed tracing and OpenTelemetry
    answer = ask("Does she have experience with distributed tracing?")
    assert "shoal" in answer.text and _cites_fact(answer, "OpenTelemetry")


def test_the_best_sentence_of_a_passage_is_shown_whole_not_cut_off() -> None:
    answer = ask("Did she improve how her team handles outages?")
    assert _cites_fact(answer, "22 minutes")
    assert "mean time to…" not in answer.text


def test_a_ranking_over_money_ranks_the_amounts_the_portfolio_states() -> None:
    answer = ask("What's the biggest cost saving she has delivered?")
    assert answer.answered and answer.text.startswith("Ranked by the amounts of money")
    assert _cites_fact(answer, "€410,000 a year")
    assert "€58" not in answer.text  # a price is not a saving


def test_a_ranking_over_money_the_portfolio_does_not_state_is_honestly_not_answered() -> None:
    answer = ask("What's the biggest revenue she has brought in?")
    assert not answer.answered and not answer.cited
    assert "€410,000" not in answer.text and "doesn't state" in answer.text


def test_a_ranking_over_percentages_ranks_the_stated_changes_largest_first() -> None:
    answer = ask("What is her highest percentage improvement?")
    assert answer.answered and answer.text.startswith("Ranked by the percentages")
    points = [ln for ln in answer.text.splitlines() if ln.startswith("- ")]
    assert points and "38%" in points[0] and _cites_fact(answer, "38%")


def test_words_that_only_name_a_job_pick_what_was_done_there_not_the_employer_line() -> None:
    answer = ask("What did she do at the delivery start-up in London?")
    assert answer.cited[0].uri == "portfolio://profile#work/2"
    assert _cites_fact(answer, "OR-Tools")


def test_the_employer_line_still_answers_a_question_about_the_employer() -> None:
    answer = ask("Did Parcelbird get taken over?")
    assert _cites_fact(answer, "acquired in 2018")


def test_a_write_ups_section_that_answers_is_shown_beside_its_overview() -> None:
    # the hardware section states the cost; the project's overview ranks with it but does not say it
    answer = ask("What did the parts of her tram sign cost?")
    assert answer.answered and _cites_fact(answer, "€58")
    assert any(s.uri.endswith("tram-board#hardware") for s in answer.cited)


def test_a_passage_search_ranks_low_is_shown_when_it_answers_as_well_as_the_top_one() -> None:
    portfolio, index = sample()
    answer = compose("what did he do at Hooli", portfolio, index, first_offline_answer=False)
    assert answer.answered and _cites_fact(answer, "part time software developer")
    # a passage that answers nothing of the question is still not shown
    assert "Ferrets" not in answer.text


def test_a_size_written_out_in_words_is_a_figure() -> None:
    answer = ask("how big is the team she leads now")
    assert answer.answered and _cites_fact(answer, "six-person platform team")


def test_a_question_about_a_change_gets_the_sentence_with_the_figures() -> None:
    # "shorter" asks by how much: the sentences with the before and after figures, not only the how
    answer = ask("Did she make outages shorter?")
    assert answer.answered and _cites_fact(answer, "95 minutes") and _cites_fact(answer, "22 minutes")


def test_projects_are_ranked_by_the_standing_their_pages_state() -> None:
    answer = ask("rank her projects by popularity")
    assert answer.answered and answer.text.startswith("Ranked by what the portfolio reports")
    assert answer.text.index("2,300 GitHub stars") < answer.text.index("1,100 GitHub stars")
    assert answer.text.index("1,100 GitHub stars") < answer.text.index("600 GitHub stars")
    assert all(f"[{s.n}]" in answer.text for s in answer.cited)
    # "open source work" names projects, not jobs
    assert "2,300 GitHub stars" in ask("what's her best known open source work?").text.split("\n")[1]


def test_a_ranking_uses_the_measure_asked_for_and_the_least_order() -> None:
    most = ask("Which of her projects has the most contributors?")
    assert "(contributors" in most.text and "38 outside contributors" in most.text.split("\n")[1]
    fewest = ask("Which of her repos has the fewest stars?").text.split("\n")
    assert "150 people have starred" in fewest[1] and "400 GitHub stars" in fewest[2]


def test_a_project_with_no_figures_is_ranked_by_its_stated_award() -> None:
    portfolio, index = sample()
    answer = compose("what's his best project", portfolio, index, first_offline_answer=False)
    assert answer.answered and _cites_fact(answer, "Won award at AIHacks 2016")


def test_a_ranking_by_date_or_of_jobs_is_not_a_popularity_ranking() -> None:
    assert ranking_order("What's the oldest project on the site?") is None
    assert ranking_order("Which job did she hold the longest?") is None
    assert ranking_order("What's her strongest project?") == "popular"
    assert not ask("What's the oldest project on the site?").text.startswith("Ranked by what the portfolio")


def test_a_project_that_states_no_standing_is_left_out_not_guessed() -> None:
    chunk = Chunk(
        id="projects/quiet",
        kind="project",
        uri="portfolio://projects/quiet",
        title="quiet",
        text="A small tool.\nIt parses logs.",
    )
    assert standings([chunk], "stars") == []


def test_a_superlative_over_downloads_ranks_job_entries_stating_them_with_their_scale() -> None:
    side = Chunk(
        id="profile#projects/0", kind="resume_project", uri="portfolio://profile#projects/0",
        title="Tidepool (2023-01 – present)", text="A tide-times app.\n95,000 downloads since launch.",
    )  # fmt: skip
    job = Chunk(
        id="profile#work/0", kind="work", uri="portfolio://profile#work/0",
        title="Mobile Lead at Transitco (2024-01 – present)",
        text="Highlights:\n- The rider app has 2.4 million downloads; it holds 4.8 stars from 9,000 ratings.",
    )  # fmt: skip
    by_downloads = standings([side, job], "downloads")
    assert [s.value for s in sorted(by_downloads, key=lambda s: -s.value)] == [2_400_000, 95_000]
    # a store rating on a job is not a GitHub standing: stars rank project pages only
    assert standings([side, job], "stars") == []


def test_casual_where_and_why_hire_phrasings_are_read_as_such() -> None:
    near = ask("is she near amsterdam? trying to figure out commute")
    assert near.answered and near.text.startswith("Mira is based in Rotterdam")
    portfolio, index = sample()
    bring = compose("what would richard bring to our team", portfolio, index, first_offline_answer=False)
    assert bring.text.startswith("Here's the case the portfolio makes") and bring.cited
    # an achievement at a named place is asked of that place, not a pitch
    assert not ask("what did she achieve at Cobalt?").text.startswith("Here's the case")


def test_the_pitchs_strongest_evidence_is_the_highlights_that_state_a_result() -> None:
    portfolio, index = sample()
    answer = compose("biggest achievment?", portfolio, index, first_offline_answer=False)
    assert answer.answered and _cites_fact(answer, "world record for Weisman Scores")
    assert "Build an algorithm for artist" not in answer.text  # states no result: not the evidence


def test_a_how_big_question_gets_a_sentence_with_a_figure_from_the_passage() -> None:
    answer = ask("Is she an open-source maintainer? How big is the community?")
    assert answer.answered and _cites_fact(answer, "38 outside contributors")
    # a question asking no amount does not pull figures in
    assert "38 outside contributors" not in ask("Is she an open-source maintainer?").text.split("\n")[0]


def test_what_a_company_makes_is_answered_by_what_the_entry_says_it_is() -> None:
    portfolio, index = sample()
    for question in ("What does his company make?", "what did pied piper actually make"):
        answer = compose(question, portfolio, index, first_offline_answer=False)
        assert _cites_fact(answer, "universal compression algorithm"), question
    # what the owner built there is still the highlight that says so
    built = ask("What did she build at Parcelbird?")
    assert "dispatcher dashboard" in built.text.split("\n")[0]


def test_a_contact_line_of_the_profile_answers_and_reads_as_a_field() -> None:
    portfolio, index = sample()
    answer = compose("does he have a personal website", portfolio, index, first_offline_answer=False)
    assert _cites_fact(answer, "Richard's website: http://richardhendricks.example.com")
    assert "own words: “Website" not in answer.text


def test_a_list_item_sentence_ends_with_one_full_stop() -> None:
    answer = ask("How does she test for data-loss bugs?")
    assert ";." not in answer.text


def test_a_when_question_states_the_date_of_the_post_or_project_once() -> None:
    post = ask("when did she write about kubernetes operators?")
    assert _cites_fact(post, "published 2021-09-05") and post.text.count("published 2021-09-05") == 1
    project = ask("When did she start the tram board?")
    assert project.text.count("project dates: 2024-01 – present") == 1
    # a question that asks no date is not given one
    assert "project dates:" not in ask("What does the tram board show?").text


def test_a_quoted_question_keeps_its_own_mark() -> None:
    assert "?." not in ask("When did she start the tram board?").text


def test_two_named_projects_are_compared_by_what_their_pages_state() -> None:
    answer = ask("is shoal bigger than ebbflow on github")
    assert answer.text.startswith("Compared by what the portfolio reports")
    assert answer.text.index("1,100 GitHub stars") < answer.text.index("600 GitHub stars")
    assert "ledgerline" not in answer.text  # only the two named
    # one named project is not a comparison
    assert not ask("is shoal on github").text.startswith("Compared by")


def test_which_post_is_newer_is_resolved_from_the_posts_dates() -> None:
    answer = ask("which is newer, the fsync post or the operators post?")
    assert answer.text.startswith(
        "By the dates in the portfolio, Batching fsync without losing your mind (2022-10-20)"
    )
    assert "2021-09-05" in answer.text.split("\n")[0]


def test_a_hidden_personal_field_is_honestly_not_shared_and_never_leaked() -> None:
    portfolio, _ = owner()
    for question in ("what is her phone number", "what's her home address?"):
        answer = ask(question)
        assert not answer.answered and not answer.cited, question
        assert "doesn't share a phone number or street address" in answer.text
        assert "mira.okafor@example.com" in answer.text  # how to reach her instead
        assert portfolio.resume.basics.phone not in answer.text and "Zeilmakerskade" not in answer.text
    # a question about mobile development or her email is not a question about her phone
    assert "doesn't share" not in ask("has she done mobile development").text
    assert ask("whats her email").answered


def test_two_skills_compared_lead_with_the_levels_the_resume_states() -> None:
    answer = ask("Is she stronger in Go or in machine learning?")
    head = answer.text.split("\n")[0]
    assert head.startswith("By the levels Mira's résumé states")
    assert "Go is listed under Systems programming (Expert)" in head
    assert "; Machine learning (Intermediate) [" in head  # the area is not said twice
    assert all(f"[{s.n}]" in answer.text for s in answer.cited)
    # one skill named is not a comparison of two
    assert not ask("Is she strong in Go?").text.startswith("By the levels")


def test_which_of_two_named_projects_is_better_is_compared_by_their_standing() -> None:
    answer = ask("which is better, shoal or ebbflow?")
    assert answer.answered and answer.text.startswith("Compared by what the portfolio reports")
    assert _cites_fact(answer, "1,100 GitHub stars") and _cites_fact(answer, "600 GitHub stars")


def test_a_resume_highlight_that_answers_better_than_the_passages_found_is_shown() -> None:
    # search ranks the code club and the skills list first; the current job's highlight says it
    answer = ask("did she mentor anyone")
    assert "Mentored five engineers, two of whom were promoted to senior" in answer.text
    assert all(f"[{s.n}]" in answer.text for s in answer.cited)


def test_no_resume_highlight_is_added_when_the_passage_found_answers_best() -> None:
    answer = ask("What's her notice period?")
    assert "Two months" in answer.text and "From Mira's time as" not in answer.text
    # a screening question the FAQ answers: no job highlight that merely shares a word ("start-up")
    for question in ("when can she start?", "can she do an interview next tuesday?"):
        assert "From Mira's time as" not in ask(question).text, question


def test_entries_are_quoted_without_repeating_their_heading() -> None:
    answer = ask("does she volunteer anywhere")
    assert answer.text.startswith("From Mira's volunteering as Volunteer mentor and curriculum lead")
    assert answer.text.count("Havenstad Code Club (2019-09 – present)") == 1
    assert "Highlights:" not in answer.text
    studied = ask("what did she study")
    assert "Score (GPA): First-class honours" in studied.text and "Education:" not in studied.text


def test_years_of_experience_is_the_whole_career_not_the_first_job_found() -> None:
    for question in ("how many yrs of experience does she have total", "How experienced is she?"):
        answer = ask(question)
        assert answer.answered and "twelve years of building backend systems" in answer.text, question
        assert (
            "runs from 2012-06 (Software Engineering Intern at Brightmoor Analytics) to the present"
            in answer.text
        )
        assert "3 months" not in answer.text  # not the internship's duration
    portfolio, index = sample()  # no years in the summary: the dates alone
    said = compose("how many years of experience does he have", portfolio, index, first_offline_answer=False)
    assert said.text.startswith("By the dates in the portfolio, Richard's work history runs from 2013-12-01")


def test_experience_with_one_skill_is_not_read_as_the_whole_career() -> None:
    answer = ask("how many years of experience does she have with rust")
    assert "work history runs from" not in answer.text
    assert "from the dates in the portfolio:" not in answer.text  # nor the current job's duration
    assert "Rust" in answer.text and answer.cited
    assert "2 years and 9 months" in ask("how long was she at parcelbird").text  # a job's duration stays


def test_reasons_to_put_the_owner_forward_get_the_pitch() -> None:
    answer = ask("give me 3 reasons to put her in front of our CTO")
    assert answer.text.startswith("Here's the case the portfolio makes:")
    assert "twelve years of building backend systems" in answer.text and "Two months" not in answer.text


def test_overlap_with_a_place_the_portfolio_never_names_gets_the_time_zone_answer() -> None:
    for question in (
        "how many hrs overlap would she have with NYC",
        "Is she OK collaborating with a team in Bangalore?",
    ):
        answer = ask(question)
        assert answer.answered and "four hours of overlap" in answer.text, question
        assert answer.cited[0].uri == "portfolio://faq#time_zone_overlap"
    portfolio, index = sample()  # a portfolio that says nothing about time zones stays honest
    said = compose("how many hours overlap with London?", portfolio, index, first_offline_answer=False)
    assert not said.answered and not said.cited


def test_where_a_named_employer_is_gets_its_place_not_the_owners() -> None:
    portfolio, index = sample()
    answer = compose("Where was Pied Piper located?", portfolio, index, first_offline_answer=False)
    assert "Based in Palo Alto, CA" in answer.text and "San Francisco" not in answer.text
    cobalt = ask("where's cobalt based")
    assert cobalt.text.startswith(
        "From Mira's time as Senior Software Engineer, Payments Core at Cobalt Payments"
    )
    assert "Based in Berlin, Germany" in cobalt.text and "Rotterdam, Netherlands (Central" not in cobalt.text
    # the owner asked about is still the owner's city
    assert ask("is she based in Rotterdam like Tidewater?").text.startswith("Mira is based in Rotterdam")


def test_a_language_question_gets_the_languages_of_the_project_page_a_section_belongs_to() -> None:
    answer = ask("what language is the project that came out of her master's thesis written in")
    assert "(ledgerline is written in Rust)" in answer.text
    # a question not about languages does not get them
    assert "is written in" not in ask("what came out of her master's thesis").text


def test_a_year_is_not_the_amount_a_how_big_question_asks_for() -> None:
    from heyfolio.chat.offline import _amount

    assert not _amount("Same-day delivery start-up (acquired in 2018).") and _amount(
        "One of the first eight engineers."
    )
    answer = ask("was parcelbird a big company when she joined lol")
    assert "One of the first eight engineers" in answer.text


def test_projects_from_the_time_at_an_employer_come_from_their_dates_and_pages() -> None:
    answer = ask("Which tools did she build while at Cobalt?")
    assert answer.text.startswith(
        "By the dates and the project pages, Mira's projects from the time at Cobalt Payments (2017-06 – 2021-02):"
    )
    assert "ebbflow" in answer.text and "schemadrift" in answer.text and "shoal" not in answer.text
    assert all(f"[{s.n}]" in answer.text for s in answer.cited)
    # what she built in the job itself is still the job's highlight, not a project list
    assert ask("What did she build at Parcelbird?").text.startswith(
        "From Mira's time as Software Engineer at Parcelbird"
    )


def test_sentences_that_match_equally_are_all_quoted_past_the_length_budget() -> None:
    pad = " ".join(["with the storage, ingestion and scheduling services of the platform"] * 4)
    first = f"Kept the outage pager and its incident reviews for teams {pad}."
    tied = f"Started the incident reviews that every team now runs {pad}."
    weaker = f"Cut incident counts in half {pad}."
    text = "\n".join([first, tied])
    shown = _best_sentences(text, "incident reviews")
    assert "Kept the outage pager" in shown and "Started the incident reviews" in shown
    # a sentence only half as good still waits for room: the reply stays short
    shown = _best_sentences("\n".join([first, weaker]), "incident reviews")
    assert "Kept the outage pager" in shown and "Cut incident counts" not in shown


def test_a_list_of_fragments_is_quoted_with_the_line_that_introduces_it() -> None:
    text = (
        "Outages were rare, so the team tested recovery elsewhere:\n"
        "a chaos harness that restarts nodes every hour;\n"
        "game days with the on-call rotation.\n"
        "The harness runs in CI."
    )
    shown = _best_sentences(text, "how did they test recovery")
    assert shown.startswith("Outages were rare") and "a chaos harness" in shown and "game days" in shown


def test_highlights_that_are_whole_sentences_stay_separate_sentences() -> None:
    text = "Highlights:\nCut cloud spend by 38%.\nMentored five engineers.\nShipped the ledger."
    assert _best_sentences(text, "did she mentor engineers", limit=1) == "Mentored five engineers."


def test_a_sentence_does_not_end_at_an_abbreviation() -> None:
    text = "Reference: working as a consultant for Main St. Company proved his worth. He shipped."
    assert "Main St. Company proved" in _best_sentences(text, "has he done consulting?")


def test_a_how_or_what_happened_question_gets_the_sentence_that_follows_the_setup() -> None:
    text = (
        "The first version learned the previous day's load curve and scaled ahead of it.\n"
        "It worked for three weeks, then scaled up on a public holiday when nothing arrived.\n"
        "Later the team moved on."
    )
    said = _best_sentences(text, "what went wrong when the autoscaler predicted load?")
    assert "public holiday" in said and "moved on" not in said
    assert "public holiday" not in _best_sentences(text, "did the autoscaler predict load?")


def test_a_resume_project_says_who_it_was_for_and_the_roles() -> None:
    portfolio, index = sample()
    answer = compose("Who was the Miss Direction project for?", portfolio, index, first_offline_answer=False)
    assert answer.answered and "Miss Direction (for Smoogle; roles: Team lead, Designer)" in answer.text


def test_two_skill_areas_compared_are_answered_by_their_levels_even_when_search_finds_nothing() -> None:
    answer = ask("is she stronger in systems programming or frontend")
    assert answer.answered and answer.text.startswith("By the levels Mira's résumé states")
    assert "Systems programming (Expert)" in answer.text and "Frontend (Intermediate)" in answer.text
    assert "is listed under Systems programming" not in answer.text  # the area is not said twice


def test_an_entry_that_already_says_what_it_is_is_not_titled_twice() -> None:
    answer = ask("What certifications does she have?")
    # listed once, by the listing of the section (its one-line passage below it would repeat it)
    assert answer.text.count("AWS Certified Solutions Architect") == 1
    assert "(Amazon Web Services, 2022-06): Certificate:" not in answer.text


def test_a_labelled_list_of_an_entry_is_given_whole() -> None:
    from heyfolio.chat.offline import _entry_brief

    lines = [
        "Education: X at Y (2017)",
        "Score (GPA): Top",
        "Courses:",
        "- JavaScript",
        "- Node.js and Express",
    ]
    assert _entry_brief(lines) == "Score (GPA): Top. Courses: JavaScript, Node.js and Express."
    work = ["Job", "Highlights:", "- Cut costs by 38%", "- Mentored five engineers"]
    assert _entry_brief(work) == "Cut costs by 38%. Mentored five engineers."  # each result its own


def test_the_owners_story_is_told_in_brief_and_a_hiring_question_gets_the_case() -> None:
    for story in ("what's her background?", "tl;dr on Mira?", "give me a short bio"):
        answer = ask(story)
        assert answer.answered and answer.text.startswith("Mira in brief:"), story
    for case in ("why should we hire her?", "what's her background and why is she a fit?"):
        assert ask(case).text.startswith("Here's the case the portfolio makes:"), case

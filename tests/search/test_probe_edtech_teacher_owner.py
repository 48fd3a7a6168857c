"""A probe owner nobody tuned for: a former secondary-school physics teacher and head of department
turned edtech backend engineer, asked the way recruiters, hiring managers and chat visitors ask
(paraphrases that avoid the content's words, typos, bare keywords, chat shorthand, superlatives,
dates, screening, the small sections). Each answerable question must bring a passage holding all
its facts into the top five; each unanswerable one must get nothing, or only passages marked weak."""

from __future__ import annotations

from typing import Any

import pytest

from tests.probe_owner import ProbeOwner

EDTECH_TEACHER_OWNER: dict[str, Any] = {
    "basics": {
        "name": "Rhiannon Castellanos-Pryce",
        "label": "Backend Engineer — Elixir and Rails for schools",
        "email": "rhiannon@castellanos-pryce.example.com",
        "phone": "+44 7700 900 418",
        "url": "https://rhiannon.example.dev",
        "summary": (
            "I taught physics in secondary schools for nine years, the last three as head of science, "
            "before moving into software in 2018. Since then I have built the backend of classroom "
            "products in Elixir and Ruby on Rails, and I still know what a Monday-morning Year 9 lesson "
            "needs from them. Open to senior backend roles in education or public-sector tech; remote "
            "within the UK or hybrid in Bristol. Notice period: one month."
        ),
        "location": {"city": "Bristol", "countryCode": "GB", "region": "England"},
        "profiles": [
            {"network": "GitHub", "username": "rcpryce", "url": "https://github.com/rcpryce"},
            {
                "network": "LinkedIn",
                "username": "rhiannon-castellanos-pryce",
                "url": "https://linkedin.com/in/rhiannon-castellanos-pryce",
            },
        ],
    },
    "work": [
        {
            "name": "Lessonloop",
            "location": "Bristol, UK (hybrid)",
            "description": "Homework and assessment platform for secondary schools, about 85 employees",
            "position": "Senior Backend Engineer",
            "startDate": "2021-04",
            "summary": (
                "I lead the backend of the assignment and marking service used by 1,400 schools and "
                "around 620,000 pupils across the UK."
            ),
            "highlights": [
                "Moved the marking service from a Rails monolith to Elixir and Phoenix, handling 9,000 "
                "submissions a minute at the Sunday-evening peak on a third of the servers.",
                "Built the LTI 1.3 integration so that teachers can launch assignments from Moodle, Canvas "
                "and Google Classroom, which opened the university and further-education market.",
                "Designed a PostgreSQL partitioning scheme for 2.3 billion answer records, bringing the "
                "slowest teacher report from 40 seconds to under 2.",
                "Led the work to meet the UK Department for Education's data protection standards and "
                "passed the first external GDPR audit with no findings.",
                "Line manage two engineers and run a monthly session where former teachers on the team "
                "explain classroom workflows to the developers.",
            ],
        },
        {
            "name": "Quizzical Learning",
            "location": "London, UK",
            "description": "Start-up making adaptive revision quizzes for GCSE and A-level students",
            "position": "Software Developer",
            "startDate": "2018-09",
            "endDate": "2021-03",
            "summary": (
                "Joined as the third engineer after a twelve-week coding bootcamp; worked on the Ruby on "
                "Rails API and the question bank."
            ),
            "highlights": [
                "Wrote the spaced-repetition scheduler that picks each student's next question, raising "
                "weekly active students from 30,000 to 110,000 in a year.",
                "Turned 4,000 past exam questions into a tagged question bank mapped to the national "
                "curriculum specification.",
                "Set up the Sidekiq background jobs and Redis caching that kept the API responsive during "
                "the spring 2020 school closures.",
            ],
        },
        {
            "name": "Hartcliffe Academy",
            "location": "Bristol, UK",
            "description": "11-18 comprehensive school with about 1,300 students",
            "position": "Head of Science",
            "startDate": "2015-09",
            "endDate": "2018-07",
            "summary": (
                "Led a department of eleven science teachers and two technicians, and taught A-level physics."
            ),
            "highlights": [
                "Raised the share of GCSE science grades 4 and above from 58% to 74% over three years.",
                "Introduced a shared bank of practical experiments and a department-wide assessment "
                "calendar.",
                "Mentored four trainee teachers through their training year.",
            ],
        },
        {
            "name": "St Aldhelm's School",
            "location": "Swindon, UK",
            "description": "Secondary school",
            "position": "Physics Teacher",
            "startDate": "2009-09",
            "endDate": "2015-08",
            "summary": "Taught physics to pupils aged 11 to 18 and ran the school's robotics club.",
            "highlights": [
                "Examiner for AQA A-level Physics from 2012 to 2017, marking about 600 scripts each summer.",
                "Took the robotics club to the national final of a schools engineering competition twice.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Code Club",
            "position": "Volunteer coding club leader",
            "startDate": "2019-01",
            "summary": "Run a weekly after-school Scratch and Python club for children aged 9 to 13.",
        }
    ],
    "education": [
        {
            "institution": "University of Bath",
            "area": "Physics",
            "studyType": "Bachelor of Science (BSc)",
            "startDate": "2005-09",
            "endDate": "2008-07",
            "score": "First-class honours",
        },
        {
            "institution": "University of Bristol",
            "area": "Secondary Science (Physics)",
            "studyType": "Postgraduate Certificate in Education (PGCE) with Qualified Teacher Status",
            "startDate": "2008-09",
            "endDate": "2009-07",
        },
    ],
    "awards": [
        {
            "title": "Teacher of the Year, South West regional",
            "date": "2016-06",
            "awarder": "Regional schools partnership",
            "summary": "For the department's results and the robotics club.",
        }
    ],
    "certificates": [
        {
            "name": "Qualified Teacher Status (QTS)",
            "date": "2009-07",
            "issuer": "Department for Education",
        },
        {
            "name": "AWS Certified Developer – Associate",
            "date": "2022-11",
            "issuer": "Amazon Web Services",
        },
    ],
    "publications": [
        {
            "name": "What teachers wish edtech engineers knew",
            "publisher": "ElixirConf EU",
            "releaseDate": "2023-04",
            "summary": "Conference talk on designing marking workflows around the school timetable.",
        }
    ],
    "skills": [
        {"name": "Backend", "level": "Expert", "keywords": ["Elixir", "Phoenix", "Ruby on Rails", "Ruby"]},
        {"name": "Data", "level": "Advanced", "keywords": ["PostgreSQL", "Redis", "Oban", "Sidekiq"]},
        {
            "name": "Education standards",
            "level": "Advanced",
            "keywords": ["LTI 1.3", "OneRoster", "QTI", "xAPI"],
        },
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS", "Docker", "Terraform"]},
        {"name": "Teaching", "level": "Expert", "keywords": ["curriculum design", "assessment", "mentoring"]},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Welsh", "fluency": "Fluent"},
        {"language": "Spanish", "fluency": "Intermediate"},
    ],
    "interests": [
        {"name": "Astronomy", "keywords": ["amateur telescope", "dark-sky sites"]},
        {"name": "Fell running", "keywords": ["Brecon Beacons"]},
    ],
    "references": [
        {
            "name": "Dr Imogen Falk, headteacher at Hartcliffe Academy",
            "reference": "Rhiannon turned round a struggling department and made data useful to teachers.",
        }
    ],
    "projects": [
        {
            "name": "ltikit",
            "description": "Open-source Elixir library for LTI 1.3 tool launches and grade passback",
            "startDate": "2022-06",
            "highlights": ["Used by five other edtech companies; 650 GitHub stars."],
            "keywords": ["Elixir", "LTI", "OAuth 2.0"],
            "url": "https://github.com/rcpryce/ltikit",
        },
        {
            "name": "Timetable clash finder",
            "description": "A small Phoenix LiveView tool that spots clashes in school exam timetables",
            "startDate": "2020-02",
            "keywords": ["Phoenix LiveView", "constraint checking"],
        },
    ],
}

OWNER = ProbeOwner(EDTECH_TEACHER_OWNER)

# (question, facts): written from the content alone, before any of them was searched.
ANSWERABLE: list[tuple[str, tuple[str, ...]]] = [
    ("What does she do now?", ("Senior Backend Engineer",)),
    ("who's she working for rn", ("Lessonloop",)),
    ("how big is lessonloop", ("about 85 employees",)),
    ("was she really a teacher?", ("Physics Teacher",)),
    ("what subject did she teach", ("physics",)),
    ("has she managed a team of teachers", ("eleven science teachers",)),
    ("was she a head of department", ("Head of Science",)),
    ("when did she leave teaching", ("2018",)),
    ("why did she switch careers", ("moving into software in 2018",)),
    ("is she a qualified teacher", ("Qualified Teacher Status",)),
    ("does she have a PGCE", ("PGCE",)),
    ("teaching qualification?", ("Qualified Teacher Status",)),
    ("has she marked exams", ("Examiner for AQA A-level Physics",)),
    ("which exam board did she mark for", ("AQA",)),
    ("how many papers did she grade each year", ("600 scripts",)),
    ("did her students get good results", ("58% to 74%",)),
    ("how many schools use her product", ("1,400 schools",)),
    ("how many kids use the platform", ("620,000 pupils",)),
    ("how many students", ("620,000 pupils",)),
    ("elixir?", ("Elixir",)),
    ("does she know phoenix", ("Phoenix",)),
    ("rails experience", ("Ruby on Rails",)),
    ("is she good at ruby", ("Ruby",)),
    ("postgres", ("PostgreSQL",)),
    ("how does she handle big databases", ("2.3 billion answer records",)),
    ("how fast is the teacher report now", ("40 seconds to under 2",)),
    ("throughput of the marking service", ("9,000 submissions a minute",)),
    ("has she done LTI integrations", ("LTI 1.3",)),
    ("which LMSs has she integrated with", ("Moodle", "Canvas")),
    ("moodle", ("Moodle",)),
    ("google classroom integration?", ("Google Classroom",)),
    ("does she know edtech interoperability standards", ("OneRoster",)),
    ("has she migrated a monolith", ("Rails monolith to Elixir",)),
    ("gdpr experience", ("GDPR audit",)),
    ("data privacy compliance for schools", ("data protection standards",)),
    ("does she manage people", ("Line manage two engineers",)),
    ("is she a team lead", ("Line manage two engineers",)),
    ("what did she do at quizzical", ("Software Developer",)),
    ("did she go to a bootcamp", ("twelve-week coding bootcamp",)),
    ("how did she learn to code", ("coding bootcamp",)),
    ("spaced repetition?", ("spaced-repetition scheduler",)),
    ("sidekiq", ("Sidekiq",)),
    ("what happened during covid", ("spring 2020 school closures",)),
    ("what did she study at uni", ("Physics",)),
    ("where did she get her degree", ("University of Bath",)),
    ("what class of degree does she have", ("First-class honours",)),
    ("where did she do her teacher training", ("University of Bristol",)),
    ("aws certs?", ("AWS Certified Developer",)),
    ("certifications", ("Qualified Teacher Status",)),
    ("does she speak welsh", ("Welsh",)),
    ("what languages does she speak", ("English", "Welsh", "Spanish")),
    ("native language", ("English",)),
    ("spanish?", ("Spanish",)),
    ("can she relocate to manchester", ("remote within the UK",)),
    ("when can she start", ("one month",)),
    ("where is she based", ("Bristol",)),
    ("what was she doing in 2016", ("Hartcliffe Academy",)),
    ("who did she work for right before lessonloop", ("Quizzical Learning",)),
    ("how long has she been at lessonloop", ("2021-04",)),
    ("which company was in london", ("Quizzical Learning",)),
    ("her first teaching job", ("St Aldhelm's School",)),
    ("has she worked in swindon", ("Swindon",)),
    ("does she volunteer", ("Code Club",)),
    ("does she teach kids to code", ("Scratch and Python club",)),
    ("any awards", ("Teacher of the Year",)),
    ("what's her proudest achievement", ("Teacher of the Year",)),
    ("has she given talks", ("ElixirConf EU",)),
    ("conference speaking", ("What teachers wish edtech engineers knew",)),
    ("what is ltikit", ("LTI 1.3 tool launches",)),
    ("does anyone use her open source library", ("five other edtech companies",)),
    ("most popular project", ("650 GitHub stars",)),
    ("liveview", ("Phoenix LiveView",)),
    ("has she built scheduling tools for schools", ("clashes in school exam timetables",)),
    ("does she have a reference", ("Dr Imogen Falk",)),
    ("what do people say about her", ("turned round a struggling department",)),
    ("hobbies", ("Astronomy",)),
    ("does she like running", ("Fell running",)),
    ("stargazing?", ("Astronomy",)),
    ("her github", ("github.com/rcpryce",)),
    ("linkedin", ("linkedin.com/in/rhiannon-castellanos-pryce",)),
    ("email address", ("rhiannon@castellanos-pryce.example.com",)),
    ("did she mentor new teachers", ("four trainee teachers",)),
    ("robotics?", ("robotics club",)),
    ("did she teach a level", ("A-level physics",)),
    ("does she know terraform", ("Terraform",)),
    ("background job processing", ("Oban", "Sidekiq")),
    ("has she worked with curriculum", ("national curriculum specification",)),
    ("question bank", ("4,000 past exam questions",)),
    ("tbh does she actually understand classrooms", ("Monday-morning Year 9 lesson",)),
    ("wat kind of company is lessonloop", ("Homework and assessment platform",)),
    ("how long was she head of science", ("2015-09",)),
    ("what size school was hartcliffe", ("about 1,300 students",)),
    # written as unanswerable, but the honest answer ("no: secondary schools") needs the teaching passages
    ("Has she taught at a university?", ("Physics Teacher",)),
    ("Has she taught primary school?", ("Secondary school",)),
    # a second batch, written before it was searched
    ("is she still teaching", ("Physics Teacher",)),
    ("what did she do before tech", ("Physics Teacher",)),
    ("how many teachers did she manage", ("eleven science teachers",)),
    ("wht degree does she have", ("Bachelor of Science",)),
    ("is she a physicist", ("Physics",)),
    ("did she go to bath uni", ("University of Bath",)),
    ("how many pupils does lessonloop serve", ("620,000 pupils",)),
    ("whats the biggest database she's worked with", ("2.3 billion answer records",)),
    ("ruby on rails or elixir which is she better at", ("Elixir",)),
    ("has she done any data protection work", ("GDPR",)),
    ("did she pass an audit", ("GDPR audit",)),
    ("canvas lms", ("Canvas",)),
    ("which learning management systems does she know", ("Moodle",)),
    ("did she raise exam results", ("58% to 74%",)),
    ("gcse results", ("58% to 74%",)),
    ("was she a moderator for an exam board", ("Examiner for AQA",)),
    ("how many scripts did she mark", ("600 scripts",)),
    ("has she worked at a startup", ("Quizzical Learning",)),
    ("when did she start coding", ("2018",)),
    ("whats her strongest skill", ("Expert",)),
    ("does she know docker", ("Docker",)),
    ("cloud experience", ("AWS",)),
    ("has she got an aws certification", ("AWS Certified Developer",)),
    ("is she fluent in welsh", ("Welsh (Fluent)",)),
    ("where does she live", ("Bristol",)),
    ("is she open to remote", ("remote within the UK",)),
    ("notice period", ("one month",)),
    ("does she have management experience", ("Line manage two engineers",)),
    ("redis?", ("Redis",)),
    ("did she work during lockdown", ("spring 2020 school closures",)),
    ("has she worked with universities", ("university and further-education market",)),
    ("what has she published", ("What teachers wish edtech engineers knew",)),
    ("what does she do for fun", ("Astronomy",)),
    ("does she help with coding clubs for kids", ("Code Club",)),
    ("did she teach a-level", ("A-level physics",)),
    ("has she trained other teachers", ("four trainee teachers",)),
    ("headteacher reference", ("Dr Imogen Falk",)),
    ("what did the headteacher say", ("turned round a struggling department",)),
    ("grade passback", ("grade passback",)),
    ("how many github stars", ("650 GitHub stars",)),
    ("is she an examiner", ("Examiner for AQA",)),
    ("oban", ("Oban",)),
    ("when did she qualify as a teacher", ("2009-07",)),
    ("when did she get qts", ("2009-07",)),
    ("teacher of the year when", ("2016-06",)),
    ("what was her role at hartcliffe", ("Head of Science",)),
    ("how many schools has she worked at", ("Hartcliffe Academy", "St Aldhelm's School")),
    ("did she ever work in london", ("London",)),
    ("how long at quizzical", ("2018-09",)),
    ("what's lessonloop's product", ("Homework and assessment platform",)),
    ("biggest performance win", ("40 seconds to under 2",)),
    ("how many servers did the migration save", ("a third of the servers",)),
    ("what did she do in 2019", ("Quizzical Learning",)),
    ("science teacher?", ("Head of Science",)),
    ("has she got experience in education sector", ("Lessonloop",)),
    ("edtech experience", ("Lessonloop",)),
    ("has she done assessment software", ("assessment platform",)),
]

# Missed, left for a later session: a superlative whose every word the content lacks ("biggest",
# "growth", "drove" where it writes "raising ... from 30,000 to 110,000") leaves lexical search nothing
# it knows, and the dense stage ranks the passage below others.
# A philosophy asked of a trade is told in the summary's own voice ("I still know what a Monday-morning
# Year 9 lesson needs"), which shares no word with it; the skill and the roles named "teach" rank first.
KNOWN_MISSES: list[tuple[str, tuple[str, ...]]] = [
    ("biggest growth she drove", ("30,000 to 110,000",)),
    ("what's her teaching philosophy", ("Monday-morning Year 9 lesson",)),
    # fixed by mechanisms measured but not merged this session (see the session's report): the years the
    # summary says of an activity ("taught physics ... for nine years"), "oss lib" as open-source library,
    # a server-rendered UI framework (Phoenix LiveView) asked as frontend
    ("how many years did she teach", ("nine years",)),
    ("whats the name of her oss lib", ("ltikit",)),
    ("does she do frontend", ("Phoenix LiveView",)),
    # "higher ed" is not read as the university and further-education market: every passage comes back weak. It
    # passed while the probe was embedded by make dev's int8 encoder (a sixth place became a fifth); on numpy,
    # what AWS serves and the gates measure, it misses
    ("expereince with higher ed", ("university and further-education market",)),
]

UNANSWERABLE: list[str] = [
    "whats her phone number",
    "Does she know Kotlin?",
    "What's her salary expectation?",
    "Has she got a PhD?",
    "Does she speak French?",
    "Has she used Kubernetes?",
    "Has she worked with Blackboard?",
    "Has she worked in the United States?",
    "Is she a certified Scrum Master?",
    "Does she know Go?",
    "Has she worked for Pearson?",
    "whats her shoe size",
    # a second batch
    "does she know swift",
    "does she hold a driving licence",
    "does she know react native",
]


@pytest.mark.parametrize(("question", "facts"), ANSWERABLE, ids=[q for q, _ in ANSWERABLE])
def test_the_fact_bearing_passage_is_in_the_top_five(question: str, facts: tuple[str, ...]) -> None:
    missing, passages = OWNER.facts_not_in_top(question, facts)
    assert not missing, (missing, passages)


@pytest.mark.parametrize(("question", "facts"), KNOWN_MISSES, ids=[q for q, _ in KNOWN_MISSES])
@pytest.mark.xfail(strict=True, reason="a known miss (see KNOWN_MISSES)")
def test_a_known_miss_still_misses(question: str, facts: tuple[str, ...]) -> None:
    test_the_fact_bearing_passage_is_in_the_top_five(question, facts)


@pytest.mark.parametrize("question", UNANSWERABLE)
def test_an_unanswerable_question_gets_nothing_strong(question: str) -> None:
    assert not OWNER.strong_hits(question)

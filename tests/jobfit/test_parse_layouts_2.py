"""More layouts a job description arrives in, each with exactly the requirements a person would read from it.

Postings written in the shapes job boards, HR systems and PDFs produce (LinkedIn pastes, Workday and
Greenhouse exports, hard-wrapped and hyphenated PDF text, roman-numbered lists, unbulleted lists of lines,
headings without a colon, bar-separated skills, European headings): no title, heading, blurb or benefit
is read, and no requirement is lost.
"""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.parse import _join_wrapped, _name_run, _names_only, _years_apart


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_unbulleted_short_lines_under_a_heading_are_each_a_requirement() -> None:
    job = """Engineering Manager

Requirements
People management
Stakeholder management
Hiring and coaching
Budget ownership
"""
    assert texts(job) == [
        "People management",
        "Stakeholder management",
        "Hiring and coaching",
        "Budget ownership",
    ]


def test_a_list_of_lines_after_a_colon_heading_keeps_its_short_lines() -> None:
    job = """Product Designer

We're looking for someone with:
Strong portfolio of shipped product work
Figma
User research
Design systems
"""
    assert texts(job) == [
        "Strong portfolio of shipped product work",
        "Figma",
        "User research",
        "Design systems",
    ]


def test_all_caps_sections_of_unbulleted_lines_keep_every_line() -> None:
    job = """Senior Product Manager

THE ROLE
You will own the roadmap for our checkout.

WHAT YOU'LL NEED
5+ years of product management experience, ideally in e-commerce
A track record of launching B2C features
Comfort with SQL and analytics tools such as Amplitude
Excellent stakeholder management

BONUS
Experience with payments
Spanish
"""
    assert texts(job) == [
        "You will own the roadmap for our checkout.",
        "5+ years of product management experience, ideally in e-commerce",
        "A track record of launching B2C features",
        "Comfort with SQL and analytics tools such as Amplitude",
        "Excellent stakeholder management",
        "Experience with payments",
        "Spanish",
    ]


def test_a_short_line_over_bullets_still_names_their_group() -> None:
    job = """Mobile Developer

Key Requirements
— 3+ years with Flutter
— Experience with Firebase

Soft skills
— Team player
— Good communication
"""
    assert texts(job) == [
        "3+ years with Flutter",
        "Experience with Firebase",
        "Team player",
        "Good communication",
    ]


def test_the_company_line_under_a_title_is_not_a_listed_item() -> None:
    job = """Cloud Architect
Acme Corp

Qualifications
- 10+ years in IT
"""
    assert texts(job) == ["10+ years in IT"]


def test_linkedin_paste_with_thrive_if_heading_and_show_more() -> None:
    job = """About the job
Senior Backend Engineer

Northwind Logistics is redefining how freight moves across Europe.

What you bring
• 5+ years of professional software engineering experience
• Strong experience with PostgreSQL and Redis

You'll thrive if
• You have worked in logistics or supply chain
• You've built event-driven systems with Kafka

Bonus points
• Terraform

…see more
Show more
"""
    assert texts(job) == [
        "5+ years of professional software engineering experience",
        "PostgreSQL",  # s19: two names after a generic lead are two asks
        "Redis",
        "You have worked in logistics or supply chain",
        "You've built event-driven systems with Kafka",
        "Terraform",
    ]


def test_roman_numbered_qualifications() -> None:
    job = """Machine Learning Engineer

Minimum qualifications:
i. Bachelor's degree in Computer Science or equivalent practical experience.
ii. 3 years of experience with machine learning frameworks (PyTorch, TensorFlow).

Preferred qualifications:
(iii) Master's degree or PhD in a quantitative field.
IV) Experience with MLOps tooling (MLflow, Kubeflow).
"""
    assert texts(job) == [
        "Bachelor's degree in Computer Science or equivalent practical experience.",
        "3 years of experience with machine learning frameworks (PyTorch, TensorFlow).",
        "Master's degree or PhD in a quantitative field.",
        "Experience with MLOps tooling (MLflow, Kubeflow).",
    ]


def test_pdf_text_with_words_hyphenated_across_lines_is_mended() -> None:
    job = """Senior Software Engineer, Payments

Required Skills and Experience
- Minimum of 7 years of experience in software development using Java
  or Kotlin
- Working knowledge of PCI-DSS and payment card pro-
  cessing
- Experience building event-
  driven systems
"""
    assert texts(job) == [
        "Minimum of 7 years of experience in software development using Java or Kotlin",
        "Working knowledge of PCI-DSS and payment card processing",
        "Experience building event-driven systems",
    ]


def test_join_wrapped_mends_hyphenation_but_keeps_compounds() -> None:
    assert _join_wrapped("highly available pay-", "ment services") == "highly available payment services"
    assert _join_wrapped("a full-", "time role") == "a full-time role"
    assert _join_wrapped("Experience with", "Kafka") == "Experience with Kafka"


def test_sentences_naming_the_candidate_as_subject_are_asks_not_blurbs() -> None:
    job = """Backend Engineer

Our ideal candidate has 5+ years of Go experience. Our team needs someone who knows Terraform. We build software for freight forwarders.
"""
    assert texts(job) == [
        "Our ideal candidate has 5+ years of Go experience.",
        "Our team needs someone who knows Terraform.",
    ]


def test_an_about_section_named_after_the_company_is_skipped() -> None:
    job = """Job Title: Analytics Engineer
Department: Data

Minimum Qualifications
• 2+ years writing production SQL

Preferred Qualifications
• Experience with Snowflake or BigQuery

About Workday-Co
We build HR software.
"""
    assert texts(job) == ["2+ years writing production SQL", "Experience with Snowflake or BigQuery"]


def test_dutch_offer_section_is_not_asked() -> None:
    job = """Frontend Developer

Wat vragen wij
- Minimaal 3 jaar ervaring met Vue.js
- Kennis van TypeScript

Wat bieden wij
- Een goed salaris
- Een leaseauto
"""
    assert texts(job) == ["Minimaal 3 jaar ervaring met Vue.js", "Kennis van TypeScript"]


def test_a_bar_separated_line_of_skills_gives_one_requirement_each() -> None:
    job = """DevOps Engineer

Skills
Linux | Docker | Kubernetes | Terraform
CI/CD (GitLab CI, GitHub Actions)
"""
    assert texts(job) == ["Linux", "Docker", "Kubernetes", "Terraform", "CI/CD (GitLab CI, GitHub Actions)"]


def test_name_run_needs_three_short_names() -> None:
    assert _name_run("Python · SQL · Airflow") == ["Python", "SQL", "Airflow"]
    assert _name_run("Profiel | Profile") is None
    assert _name_run("You will build pipelines | and more. | Fine.") is None


def test_things_with_their_own_years_in_brackets_are_two_asks() -> None:
    job = """Backend Engineer (Node.js)

Requirements:
- Node.js (4+ years) and TypeScript (2+ years)
- Experience with PostgreSQL (3 years)
"""
    assert texts(job) == [
        "Node.js (4+ years)",
        "TypeScript (2+ years)",
        "Experience with PostgreSQL (3 years)",
    ]
    assert _years_apart("Go (5 yrs), Rust (1 year)") == ["Go (5 yrs)", "Rust (1 year)"]
    assert _years_apart("Python (pandas) and SQL (3 years)") == ["Python (pandas) and SQL (3 years)"]


def test_a_bilingual_posting_reads_neither_blurb_nor_labelled_facts_in_either_language() -> None:
    job = """Desarrollador Backend Sénior - Nube Clara
Senior Backend Developer - Nube Clara

Nube Clara ayuda a las clínicas veterinarias a gestionar sus citas con una plataforma en la nube.
Nube Clara helps veterinary clinics manage their appointments with a cloud platform.

Requisitos / Requirements:
- Al menos 4 años con Go / At least 4 years with Go
- Inglés fluido / Fluent English

Ubicación / Location: Valencia o remoto / Valencia or remote.
Ofrecemos seguro médico y 23 días de vacaciones. / We offer health insurance and 23 days of holiday.
"""
    assert texts(job) == ["At least 4 years with Go", "Fluent English"]


def test_a_foreign_line_is_kept_when_no_english_blurb_translates_it() -> None:
    job = """Data Engineer

Requisitos
Experiência com Python e SQL
Inglês avançado
"""
    assert texts(job) == ["Experiência com Python e SQL", "Inglês avançado"]


def test_the_reporting_line_in_a_role_sentence_and_a_call_ask_are_not_requirements() -> None:
    job = """Hi Sam,

Harbor Labs is growing its platform group. You'll run the on-call rota and report to the VP of Engineering.

They want someone with 5+ years of Kubernetes.

Do you have 15 minutes on Thursday for a quick chat?

Best,
Jo
"""
    assert texts(job) == ["They want someone with 5+ years of Kubernetes."]


def test_a_two_language_line_whose_english_side_uses_no_common_word_is_read_in_english() -> None:
    job = """Mobile Engineer

Requisitos / Requirements:
- Kotlin nativo a nível avançado / Advanced native Kotlin
- Certificação AWS Solutions Architect / AWS Solutions Architect certification
- React / Vue
"""
    assert texts(job) == ["Advanced native Kotlin", "AWS Solutions Architect certification", "React / Vue"]


def test_an_ask_put_as_a_condition_is_read() -> None:
    job = """Senior Frontend Engineer

Join us if you have 5+ years of React experience. This is for you if you've built design systems. Apply if you know TypeScript inside out. If you have any questions, write to jobs@example.com.
"""
    assert texts(job) == [
        "Join us if you have 5+ years of React experience.",
        "This is for you if you've built design systems.",
        "Apply if you know TypeScript inside out.",
    ]


def test_labelled_bullets_read_as_their_items() -> None:
    job = """Backend Engineer

Requirements
- Must-haves: Docker, PostgreSQL
- Experience with: AWS, GCP
- English: C1; German: B2
- Comfortable with Linux, Git and CI
"""
    assert texts(job) == [
        "Docker",
        "PostgreSQL",
        "AWS",  # experience asked of two names: each asked (session 20)
        "GCP",
        "English: C1",
        "German: B2",
        "Comfortable with Linux, Git and CI",
    ]


def test_a_line_of_comma_separated_technologies_under_a_heading_gives_one_each() -> None:
    job = """Staff Engineer

Must have
Rust, Go, Kubernetes
Nice to have
Kafka, Flink
Go or Rust for tooling
"""
    assert texts(job) == ["Rust", "Go", "Kubernetes", "Kafka", "Flink", "Go or Rust for tooling"]


def test_word_processor_symbol_bullets_and_o_sub_bullets() -> None:
    job = (
        "Systems Engineer\n\nRequirements\n\uf0b7 5+ years with VMware vSphere\n\uf0a7 Experience with Windows Server\n"
        "o PowerShell scripting\no Active Directory\n● ITIL certification\n"
    )
    assert texts(job) == [
        "5+ years with VMware vSphere",
        "Experience with Windows Server",
        "PowerShell scripting",
        "Active Directory",
        "ITIL certification",
    ]


def test_a_recruiter_naming_the_person_sought_in_the_first_person_asks() -> None:
    job = """Hi Maria,

I'm Tom from Peak Talent. I'm working on a Senior Go role for a fintech client in Berlin.

I'd love someone with 5+ years of Go. I'm after a person who has scaled Postgres.

Cheers,
Tom
"""
    assert texts(job) == [
        "I'd love someone with 5+ years of Go.",
        "I'm after a person who has scaled Postgres.",
    ]


def test_an_ask_to_the_reader_after_a_word_on_the_team_is_read() -> None:
    job = """Backend Engineer

Our stack is AWS-heavy: you should be comfortable with Lambda and DynamoDB.
This role involves on-call, so you must be OK with one week in six.
Our office is in the old harbour of Hamburg.
"""
    assert texts(job) == [
        "Our stack is AWS-heavy: you should be comfortable with Lambda and DynamoDB.",
        "This role involves on-call, so you must be OK with one week in six.",
    ]


def test_a_job_document_with_fields_beyond_the_schema_reads_them_too() -> None:
    job = {
        "title": "Backend Engineer",
        "description": "Acme builds billing software.",
        "qualifications": ["BSc in Computer Science"],
        "experience": ["5+ years of backend work", "2+ years leading a team"],
        "niceToHave": ["Kafka", "Terraform"],
        "languages": [{"language": "German", "fluency": "B2"}, "English"],
        "Certifications": "AWS Solutions Architect",
        "salary": "90k EUR",
        "remote": "Full",
    }
    _, reqs = parse_job(job)
    assert [(r.text, r.kind) for r in reqs] == [
        ("BSc in Computer Science", "qualification"),
        ("5+ years of backend work", "experience"),
        ("2+ years leading a team", "experience"),
        ("Kafka", "requirement"),
        ("Terraform", "requirement"),
        ("German: B2", "requirement"),
        ("English", "requirement"),
        ("AWS Solutions Architect", "requirement"),
    ]


def test_european_headings_without_colons_open_and_close_sections() -> None:
    job = """Backend-Entwickler (m/w/d)

Das bringst du mit
- Mindestens 3 Jahre Erfahrung mit Go
- Sehr gute Deutschkenntnisse

Das bieten wir
- 30 Tage Urlaub
- Jobrad
"""
    assert texts(job) == ["Mindestens 3 Jahre Erfahrung mit Go", "Sehr gute Deutschkenntnisse"]
    french = """Développeur Python H/F

Ce que nous recherchons
- 3 ans d'expérience en Python

Nos avantages
- Tickets restaurant
"""
    assert texts(french) == ["3 ans d'expérience en Python"]
    dutch = """Data Engineer

Wat wij vragen
Ervaring met Spark
Kennis van SQL

Wat wij bieden
Een leaseauto
"""
    assert texts(dutch) == ["Ervaring met Spark", "Kennis van SQL"]


def test_names_only_takes_bare_names_not_phrases_or_alternatives() -> None:
    assert _names_only("Rust, Go, Kubernetes") == ["Rust", "Go", "Kubernetes"]
    assert _names_only("Kafka — Redpanda, Pulsar (streaming)") is None
    assert _names_only("Go or Rust, Kubernetes") is None
    assert _names_only("Comfortable with Linux, Git") is None

"""The job parser reads exactly the requirements a person would list, whatever layout the posting comes in.

Each test is a posting as a job board, a recruiter or an HR system produces it (tables, bullets of every
shape, headings in several languages, emails, HTML remnants, JSON Resume jobs) and the exact list of
requirement texts expected from it: no title, heading, blurb, benefit, pay or equal-opportunity line.
"""

from __future__ import annotations

from heyfolio.jobfit import parse_job
from heyfolio.jobfit.twins import anchors, english_side, language_of


def texts(job: str) -> list[str]:
    return [r.text for r in parse_job(job)[1]]


def test_a_pipe_table_with_a_priority_column_gives_one_requirement_per_row() -> None:
    job = """Backend Engineer (Python)

| Requirement | Priority |
|---|---|
| 5+ years building APIs in Python | Must |
| Experience with PostgreSQL | Must |
| Kubernetes in production | Nice to have |
"""
    assert texts(job) == [
        "5+ years building APIs in Python",
        "Experience with PostgreSQL",
        "Kubernetes in production",
    ]


def test_a_table_laid_out_in_spaces_reads_like_a_pipe_table() -> None:
    job = """Senior Frontend Developer

Requirement                          Priority
React and TypeScript                 Must have
Experience with design systems       Must have
GraphQL                              Nice to have
"""
    assert texts(job) == ["React and TypeScript", "Experience with design systems", "GraphQL"]


def test_a_tab_separated_table_reads_like_a_pipe_table() -> None:
    job = "Skills we need\nSkill\tLevel\nSQL\tExpert\nAirflow\tIntermediate\n"
    _, reqs = parse_job(job)
    assert [(r.text, r.level) for r in reqs] == [("SQL", "Expert"), ("Airflow", "Intermediate")]


def test_linkedin_bullets_skip_the_company_blurb_and_benefits() -> None:
    job = """About the job

Acme is a fast-growing fintech based in Lisbon. We build payment rails for Europe.

Responsibilities
• Design and build services in Go
• Own the on-call rotation for your services

Qualifications
• 4+ years of backend experience
• Experience with Kafka or similar message brokers
• Fluent English

Benefits
• Private health insurance
• 25 days of paid holiday
"""
    assert texts(job) == [
        "Design and build services in Go",
        "Own the on-call rotation for your services",
        "4+ years of backend experience",
        "Experience with Kafka or similar message brokers",
        "Fluent English",
    ]


def test_middle_dot_and_white_bullet_lists() -> None:
    job = """Senior Site Reliability Engineer
Remote - Europe

What we're looking for
· 5+ years in SRE or DevOps roles
· Strong Terraform skills
◦ Experience with Helm is a plus
"""
    assert texts(job) == [
        "5+ years in SRE or DevOps roles",
        "Strong Terraform skills",
        "Experience with Helm is a plus",
    ]


def test_numbered_and_lettered_lists() -> None:
    job = """Machine Learning Engineer

Requirements:
1) MSc or PhD in Computer Science or a related field
2) 3+ years training deep learning models in PyTorch
a. Experience deploying models to production
"""
    assert texts(job) == [
        "MSc or PhD in Computer Science or a related field",
        "3+ years training deep learning models in PyTorch",
        "Experience deploying models to production",
    ]


def test_an_emoji_before_a_heading_is_decoration_and_the_offer_section_is_skipped() -> None:
    job = """🚀 Full-Stack Engineer @ Rocketly

🏢 About us
We are a team of 12 building the future of logistics.

🎯 What we're looking for
👉 3+ years with Python
👉 Experience with Vue.js

🎁 What we offer
🌴 30 days vacation
💰 Stock options
"""
    assert texts(job) == ["3+ years with Python", "Experience with Vue.js"]


def test_a_requirement_in_two_languages_is_read_once_in_english() -> None:
    job = """Desenvolvedor Backend / Backend Developer

Requisitos / Requirements
- 3+ anos de experiência com Java
- 3+ years of experience with Java
- Experiência com Spring Boot
- Experience with Spring Boot
- Inglês fluente
- Fluent English
- Conhecimento de Docker

Benefícios / Benefits
- Vale refeição
"""
    title, reqs = parse_job(job)
    assert title == "Desenvolvedor Backend / Backend Developer"
    # the Docker line has no English twin: it stays
    assert [r.text for r in reqs] == [
        "3+ years of experience with Java",
        "Experience with Spring Boot",
        "Fluent English",
        "Conhecimento de Docker",
    ]


def test_two_sections_one_per_language_keep_the_english_one() -> None:
    job = """Vaga: Engenheiro de Dados

Requisitos:
- Experiência com Python e SQL
- Conhecimento de Spark

Requirements:
- Experience with Python and SQL
- Knowledge of Spark

Diferenciais:
- AWS Glue
"""
    title, reqs = parse_job(job)
    assert title == "Engenheiro de Dados"
    assert [r.text for r in reqs] == [
        "Python",
        "SQL",
        "Knowledge of Spark",
        "AWS Glue",
    ]  # s19: two names, two asks


def test_both_languages_on_one_line_read_as_the_english_side() -> None:
    job = """Requisitos / Requirements
- Experiência com Java / Experience with Java
- Inglês avançado / Advanced English
"""
    assert texts(job) == ["Experience with Java", "Advanced English"]


def test_german_posting_with_english_twins() -> None:
    job = """Softwareentwickler (m/w/d) Java

Ihre Aufgaben
- Entwicklung von Microservices mit Spring Boot

Anforderungen / Requirements
- Mehrjährige Erfahrung mit Java
- Several years of experience with Java
- Kenntnisse in Kubernetes
- Knowledge of Kubernetes
- Fließend Deutsch

Wir bieten
- Flexible Arbeitszeiten
"""
    title, reqs = parse_job(job)
    assert title == "Softwareentwickler (m/w/d) Java"
    assert [r.text for r in reqs] == [
        "Entwicklung von Microservices mit Spring Boot",
        "Several years of experience with Java",
        "Knowledge of Kubernetes",
        "Fließend Deutsch",
    ]


def test_french_and_spanish_postings_skip_their_offer_sections() -> None:
    french = """Développeur Python H/F

Profil recherché
- 3 ans d'expérience en Python
- Maîtrise de Django

Avantages
- Tickets restaurant
"""
    spanish = """Ingeniero de Software

Lo que buscamos:
- Experiencia con Node.js
- Conocimientos de AWS

Lo que ofrecemos:
- Trabajo remoto
"""
    assert parse_job(french) == ("Développeur Python H/F", parse_job(french)[1])
    assert texts(french) == ["3 ans d'expérience en Python", "Maîtrise de Django"]
    assert parse_job(spanish)[0] == "Ingeniero de Software"
    assert texts(spanish) == ["Experiencia con Node.js", "Conocimientos de AWS"]


def test_a_portuguese_only_posting_keeps_every_requirement() -> None:
    job = """Desenvolvedora Front-end Pleno

Sobre nós
Somos uma fintech que atende 2 milhões de clientes.

Requisitos
- Experiência com React
- Conhecimento de TypeScript
- Inglês intermediário

Benefícios
- Vale refeição
"""
    assert texts(job) == ["Experiência com React", "Conhecimento de TypeScript", "Inglês intermediário"]


def test_a_recruiter_email_reads_the_asks_not_the_greeting_pay_or_signature() -> None:
    job = """Hi Maria,

I hope you're doing well! I'm Tom, a recruiter at TalentBridge. I'm reaching out about a Senior Data Scientist role at a healthtech client in Berlin.

They are looking for someone with 5+ years of experience in statistical modelling, strong Python and SQL, and experience with A/B testing. Experience in healthcare data is a plus.

The salary range is 90-110k EUR plus bonus. Would you be open to a quick call this week?

Best regards,
Tom Becker
Senior Recruiter | TalentBridge
+49 30 1234567
"""
    assert texts(job) == [
        "5+ years of experience in statistical modelling",
        "strong Python and SQL",
        "experience with A/B testing",
        "Experience in healthcare data is a plus.",
    ]


def test_requirements_as_sentences_in_a_paragraph() -> None:
    job = """Backend Engineer

You have at least three years of experience writing Go in production. You are comfortable with PostgreSQL and have designed database schemas. Experience with event-driven architectures is a plus. We offer a competitive salary and remote work.
"""
    assert texts(job) == [
        "You have at least three years of experience writing Go in production.",
        "You are comfortable with PostgreSQL and have designed database schemas.",
        "Experience with event-driven architectures is a plus.",
    ]


def test_wrapped_bullet_lines_continue_the_bullet() -> None:
    job = """Requirements
- 5+ years of experience building distributed systems
  in a high-throughput environment
- Deep knowledge of Kafka, including operating clusters
  at scale
- Python
"""
    assert texts(job) == [
        "5+ years of experience building distributed systems in a high-throughput environment",
        "Deep knowledge of Kafka, including operating clusters at scale",
        "Python",
    ]


def test_html_remnants_are_read_as_lines() -> None:
    job = (
        "<p><strong>Requirements</strong></p><ul><li>Experience with React &amp; Redux</li>"
        "<li>Knowledge of CSS-in-JS</li><li>3+ years of JavaScript</li></ul><p>Benefits</p><ul><li>Gym membership</li></ul>"
    )
    # s19: two names after a generic lead are two asks
    assert texts(job) == ["React", "Redux", "Knowledge of CSS-in-JS", "3+ years of JavaScript"]
    assert texts(
        "Requirements:<br>- Experience with C# &amp; .NET<br>- SQL Server<br><br>Nice to have:<br>- Azure DevOps"
    ) == [
        "Experience with C# & .NET",
        "SQL Server",
        "Azure DevOps",
    ]


def test_must_have_and_nice_to_have_inline_lists() -> None:
    job = """Senior iOS Engineer

Must have: Swift, SwiftUI, and 4+ years of iOS development.
Nice to have: Kotlin; experience with CI/CD for mobile apps; published apps.
"""
    assert texts(job) == [
        "Swift",
        "SwiftUI",
        "4+ years of iOS development",
        "Kotlin",
        "experience with CI/CD for mobile apps",
        "published apps",
    ]
    assert texts("Requirements: 5+ years of SRE; hands-on Kubernetes; Python.") == [
        "5+ years of SRE",
        "hands-on Kubernetes",
        "Python",
    ]


def test_workday_sections_drop_location_salary_and_equal_opportunity() -> None:
    job = """Key Responsibilities:
* Maintain CI/CD pipelines

Basic Qualifications:
* Bachelor's degree in Computer Science or equivalent experience
* 2+ years of experience with AWS

Preferred Qualifications:
* AWS certification

Location: Austin, TX
Salary: $120,000 - $140,000
Equal Opportunity Employer: We do not discriminate on the basis of race, religion, color, sex, or disability.
"""
    assert texts(job) == [
        "Maintain CI/CD pipelines",
        "Bachelor's degree in Computer Science or equivalent experience",
        "2+ years of experience with AWS",
        "AWS certification",
    ]


def test_an_equal_opportunity_paragraph_is_not_a_requirement() -> None:
    job = """Requirements
- Go
- gRPC

Acme is an equal opportunity employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.
"""
    assert texts(job) == ["Go", "gRPC"]


def test_a_json_resume_job_document() -> None:
    job = (
        '{"title": "Lead Engineer", "experience": "Lead", "skills": [{"name": "Cloud", "level": "Senior", '
        '"keywords": ["AWS", "Terraform"]}], "qualifications": ["10 years of engineering"], '
        '"responsibilities": ["Lead a team of 6"]}'
    )
    title, reqs = parse_job(job)
    assert title == "Lead Engineer"
    assert [(r.text, r.kind) for r in reqs] == [
        ("Cloud", "skill"),
        ("10 years of engineering", "qualification"),
        ("Lead a team of 6", "responsibility"),
        ("Lead", "experience"),
    ]


def test_languages_and_anchors_of_a_translation() -> None:
    assert language_of("3+ anos de experiência com Java") == "other"
    assert language_of("3+ years of experience with Java") == "en"
    assert language_of("AWS Glue") is None
    assert anchors("Inglês fluente") == anchors("Fluent English") == {"english"}
    assert english_side("Experiência com Go / Experience with Go") == "Experience with Go"
    assert english_side("CI/CD / GitHub Actions") == "CI/CD / GitHub Actions"


def test_a_table_whose_header_names_the_requirement_column() -> None:
    numbered = """Data Platform Engineer

| # | Requirement | Must/Nice |
|---|-------------|-----------|
| 1 | 5+ years with Python | Must |
| 2 | Experience with Snowflake | Must |
| 3 | dbt | Nice |
"""
    grouped = """| Area | Requirement | Priority |
|------|-------------|----------|
| Backend | Experience with Go or Rust | Required |
| Infra | Kubernetes in production | Preferred |
"""
    assert texts(numbered) == ["5+ years with Python", "Experience with Snowflake", "dbt"]
    assert texts(grouped) == ["Experience with Go or Rust", "Kubernetes in production"]


def test_a_must_have_and_nice_to_have_table_gives_every_cell() -> None:
    job = """Senior Android Engineer

| Must have | Nice to have |
|-----------|--------------|
| Kotlin | Jetpack Compose |
| 4+ years of Android development | Published apps with 1M+ installs |
"""
    assert texts(job) == [
        "Kotlin",
        "Jetpack Compose",
        "4+ years of Android development",
        "Published apps with 1M+ installs",
    ]


def test_a_years_column_stays_with_its_skill_and_a_yes_no_column_is_dropped() -> None:
    job = """| Skill | Years | Required |
|---|---|---|
| Go | 5+ | Yes |
| Terraform | 1+ | No |
"""
    assert texts(job) == ["Go: 5+ years", "Terraform: 1+ years"]  # the bare number under "Years" is years


def test_lever_headings_and_a_byline() -> None:
    job = """Staff Software Engineer, Payments
Ledgerly Inc · San Francisco · Full-time

What You'll Need
- 8+ years of software engineering experience
- Experience with double-entry accounting systems

Bonus Points
- Experience with Scala
"""
    assert texts(job) == [
        "8+ years of software engineering experience",
        "Experience with double-entry accounting systems",
        "Experience with Scala",
    ]


def test_capital_headings_with_colons_and_meta_lines() -> None:
    job = """JOB TITLE: DevOps Engineer
LOCATION: Remote (EU)

REQUIREMENTS:
- CI/CD with GitLab
- Docker and Kubernetes

NICE TO HAVE:
- Go
"""
    assert parse_job(job)[0] == "DevOps Engineer"
    assert texts(job) == ["CI/CD with GitLab", "Docker and Kubernetes", "Go"]


def test_inline_lists_split_at_commas_semicolons_dashes_bullets_and_a_closing_and() -> None:
    assert texts("Must have: Python, Django and PostgreSQL.") == ["Python", "Django", "PostgreSQL"]
    # "X and Y" inside a semicolon list, or alone, is one item as written
    assert texts("Requirements: 5+ years of SRE; Prometheus and Grafana; Python.") == [
        "5+ years of SRE",
        "Prometheus and Grafana",
        "Python",
    ]
    assert texts(
        "Requirements: 5+ years of Python, experience with AWS, and strong communication skills."
    ) == [
        "5+ years of Python",
        "experience with AWS",
        "strong communication skills",
    ]
    assert texts("Skills: Python - SQL - Airflow") == ["Python", "SQL", "Airflow"]
    assert texts("Requirements: • Python • SQL\nNice to have: • Airflow • dbt") == [
        "Python",
        "SQL",
        "Airflow",
        "dbt",
    ]
    assert texts("Requirements: oracle, andromeda, and Go.") == ["oracle", "andromeda", "Go"]


def test_labelled_lines_keep_what_the_label_names() -> None:
    job = """Frontend Developer

Experience: 3+ years
Education: Bachelor's degree in Computer Science
Languages: English, Portuguese
Location: Porto
"""
    _, reqs = parse_job(job)
    assert [(r.text, r.keywords) for r in reqs] == [
        ("Experience: 3+ years", ()),
        ("Education: Bachelor's degree in Computer Science", ()),
        ("Languages", ("English", "Portuguese")),
    ]


def test_a_recruiter_email_with_bullets_pay_and_a_dashed_signature() -> None:
    job = """Hello Sam,

Hope all is well. I have an exciting opportunity for a Platform Engineer with a client in Amsterdam (hybrid, 3 days in office).

Key requirements:
- 5+ years of experience with AWS
- Infrastructure as code (Terraform or Pulumi)
- Strong Linux skills

The package is €85,000–€100,000 plus 8% holiday allowance.

Let me know if you'd like to hear more!

--
Jane Doe
Talent Partner, HireHub
"""
    assert texts(job) == [
        "5+ years of experience with AWS",
        "Infrastructure as code (Terraform or Pulumi)",
        "Strong Linux skills",
    ]


def test_a_recruiter_email_with_a_requires_sentence() -> None:
    job = """Hi Alex,

Thanks for connecting. Saw your profile and thought of you! The role requires strong experience with React, a good understanding of accessibility, and at least 3 years of professional frontend development. Knowledge of Next.js would be a bonus.

Could we set up a call on Friday?

Cheers,
Priya
"""
    assert texts(job) == [
        "strong experience with React",
        "a good understanding of accessibility",
        "at least 3 years of professional frontend development",
        "Knowledge of Next.js would be a bonus.",
    ]


def test_emoji_facts_under_the_title_are_not_requirements() -> None:
    job = """🧑‍💻 Python Developer

📍 Berlin or remote
💰 €70k–€85k
⏰ Full-time

Requirements
- Python
- FastAPI
"""
    title, reqs = parse_job(job)
    assert title == "Python Developer"
    assert [r.text for r in reqs] == ["Python", "FastAPI"]


def test_unusual_bullet_shapes() -> None:
    job = """Requirements
▪ Experience with Kafka
‣ Experience with Flink
⁃ Stream processing at scale
➢ Java or Scala
✔ SQL
(1) Bachelor's degree in Engineering
"""
    assert texts(job) == [
        "Experience with Kafka",
        "Experience with Flink",
        "Stream processing at scale",
        "Java or Scala",
        "SQL",
        "Bachelor's degree in Engineering",
    ]


def test_bold_markdown_headings_and_an_interview_section() -> None:
    job = """**About the role**
We are hiring a backend engineer to join our payments team.

**Who you are**
You have 4+ years of experience building web applications.
You're fluent in TypeScript and React.

**Our interview process**
A 30-minute call with the recruiter, then a take-home exercise.
"""
    assert texts(job) == [
        "You have 4+ years of experience building web applications.",
        "You're fluent in TypeScript and React.",
    ]


def test_a_sentence_under_the_title_that_asks_is_no_byline() -> None:
    assert texts("Backend Engineer\nThis role requires relocation to Berlin.") == [
        "This role requires relocation to Berlin."
    ]
    assert texts("Backend Engineer\nRemote - Europe\nHybrid\n- Go") == ["Go"]


def test_a_table_typed_without_outer_bars() -> None:
    job = """QA Engineer

Skill | Level | Priority
Selenium | Advanced | Must
API testing | Advanced | Must
"""
    _, reqs = parse_job(job)
    assert [(r.text, r.level) for r in reqs] == [("Selenium", "Advanced"), ("API testing", "Advanced")]
    # a title and its byline are no table
    assert texts("Senior Engineer | Acme\nRemote | Full-time\n- Go") == ["Go"]


def test_a_space_table_whose_header_says_type() -> None:
    job = """Requirement                Type
Go                         Required
Kubernetes operators       Required
eBPF                       Bonus
"""
    assert texts(job) == ["Go", "Kubernetes operators", "eBPF"]


def test_markdown_headings_skip_the_company_and_perks() -> None:
    job = """# Senior Rust Engineer

## About Ferrum
Ferrum builds embedded databases for IoT devices.

## What we're looking for
- 5+ years of systems programming
- Deep knowledge of Rust and async (Tokio)

## Nice to have
- [ ] Experience with LSM trees

## Perks
- Remote-first
"""
    assert parse_job(job)[0] == "Senior Rust Engineer"
    assert texts(job) == [
        "5+ years of systems programming",
        "Deep knowledge of Rust and async (Tokio)",
        "Experience with LSM trees",
    ]


def test_an_email_saying_what_you_would_need_and_what_is_not_required() -> None:
    job = """Hey Jordan!

Quick one: a Series A climate startup in Copenhagen is hiring a Lead Data Engineer. You'd need 6+ years of data engineering, hands-on Spark and Airflow, and experience leading a small team. Danish is not required.

Interested? Happy to share the full spec.

Thanks,
Mette
Recruitment Lead
"""
    assert texts(job) == [
        "6+ years of data engineering",
        "hands-on Spark and Airflow",
        "experience leading a small team",
    ]


def test_language_tagged_paragraphs_are_read_once() -> None:
    job = """Analista de Dados Sênior | Senior Data Analyst

[PT] Procuramos uma pessoa com 4+ anos de experiência em SQL e Power BI, e inglês avançado.
[EN] We are looking for a person with 4+ years of experience in SQL and Power BI, and advanced English.
"""
    assert texts(job) == [
        "We are looking for a person with 4+ years of experience in SQL and Power BI, and advanced English."
    ]


def test_a_section_translating_the_next_one_is_read_once() -> None:
    job = """🇧🇷 Requisitos
- Experiência com Kotlin
- Vivência com metodologias ágeis
- Graduação em Ciência da Computação

🇺🇸 Requirements
- Experience with Kotlin
- Experience with agile methodologies
- Degree in Computer Science
"""
    assert texts(job) == [
        "Experience with Kotlin",
        "Experience with agile methodologies",
        "Degree in Computer Science",
    ]


def test_a_section_in_another_language_of_its_own_is_kept() -> None:
    job = """Requisitos
- Vivência com metodologias ágeis
- Graduação em Ciência da Computação

Requirements
- Experience with Kotlin
- Experience with AWS
"""
    assert texts(job) == [
        "Vivência com metodologias ágeis",
        "Graduação em Ciência da Computação",
        "Experience with Kotlin",
        "Experience with AWS",
    ]


def test_json_resume_job_with_every_field() -> None:
    job = {
        "title": "Engineering Manager",
        "company": "Acme",
        "type": "Full-time",
        "location": {"city": "Lisbon"},
        "remote": "Hybrid",
        "salary": "90k",
        "experience": "Manager",
        "description": "Acme builds things.",
        "responsibilities": ["Manage a team of 8 engineers"],
        "qualifications": "5+ years of engineering management",
        "skills": [{"name": "Backend", "level": "Senior", "keywords": ["Java", "Spring"]}],
    }
    title, reqs = parse_job(job)
    assert title == "Engineering Manager"
    assert [(r.text, r.kind, r.keywords, r.level) for r in reqs] == [
        ("Backend", "skill", ("Java", "Spring"), "Senior"),
        ("5+ years of engineering management", "qualification", (), None),
        ("Manage a team of 8 engineers", "responsibility", (), None),
        ("Manager", "experience", (), None),
    ]


def test_labelled_bullets_keep_bracketed_keywords_whole() -> None:
    job = """Requirements
- Languages: Python, Go
- Cloud: AWS (Lambda, DynamoDB)
- Experience: 4+ years in backend development
"""
    _, reqs = parse_job(job)
    assert [(r.text, r.keywords) for r in reqs] == [
        ("Python", ()),  # a field then names: each name asked (session 20)
        ("Go", ()),
        ("Cloud: AWS (Lambda, DynamoDB)", ()),
        ("Experience: 4+ years in backend development", ()),
    ]


def test_indeed_style_job_facts_and_framed_headings() -> None:
    indeed = """Job Type: Full-time
Pay: $90,000.00 - $110,000.00 per year

Experience:
- Python: 3 years (Required)
- SQL: 2 years (Preferred)

Work Location: Remote
"""
    framed = """— Requirements —
• Experience with Elixir
• Phoenix LiveView

— Benefits —
• Equity
"""
    assert texts(indeed) == ["Python: 3 years (Required)", "SQL: 2 years (Preferred)"]
    assert texts(framed) == ["Experience with Elixir", "Phoenix LiveView"]


def test_abbreviations_and_brackets_do_not_end_a_sentence() -> None:
    job = """Backend Engineer

You have experience with a major cloud provider (e.g. AWS or GCP). You know relational databases, i.e. PostgreSQL or MySQL. You hold a B.Sc. Computer Science degree or equivalent. You've worked with queues, caches, etc. You know Go.
"""
    assert texts(job) == [
        "You have experience with a major cloud provider (e.g. AWS or GCP).",
        "You know relational databases, i.e. PostgreSQL or MySQL.",
        "You hold a B.Sc. Computer Science degree or equivalent.",
        "You've worked with queues, caches, etc.",
        "You know Go.",
    ]


def test_plain_lines_opening_in_lower_case_are_items_of_their_own() -> None:
    job = """Platform Engineer
Requirements
Experience with Kubernetes
gRPC and protobuf
iOS build pipelines
eBPF tracing
npm package publishing
"""
    assert texts(job) == [
        "Experience with Kubernetes",
        "gRPC and protobuf",
        "iOS build pipelines",
        "eBPF tracing",
        "npm package publishing",
    ]


def test_hard_wrapped_sentences_under_about_you() -> None:
    job = """About you
You have 5+ years of experience
building web applications in Ruby on Rails.
You are comfortable with Postgres and Redis.
"""
    assert texts(job) == [
        "You have 5+ years of experience building web applications in Ruby on Rails.",
        "Postgres",  # s19: two names after a generic lead are two asks
        "Redis",
    ]


def test_a_recruiter_email_with_bullets_and_a_call_to_send_a_cv() -> None:
    job = """Hi Ana,

I'm working with a London fintech on a Senior Python Engineer role (£90-110k + equity).

What they need:
• 5+ yrs Python (Django/FastAPI)
• Event-driven systems (Kafka)

Hybrid, 2 days/week in Shoreditch.

If this is of interest, send me your CV and I'll call you.

Thanks
Sarah
"""
    assert texts(job) == [
        "5+ yrs Python (Django/FastAPI)",
        "Event-driven systems (Kafka)",
        "Hybrid, 2 days/week in Shoreditch.",
    ]


def test_a_group_label_over_nested_bullets_is_not_a_requirement() -> None:
    job = """Requirements
1. Programming
   a. Python (3+ years)
   b. SQL
2. Cloud
   a. AWS or Azure
- Testing
  - pytest
"""
    assert texts(job) == ["Python (3+ years)", "SQL", "AWS or Azure", "pytest"]


def test_a_section_alternating_languages_keeps_its_english_lines() -> None:
    job = """Requisitos / Requirements
- Conhecimento em bancos de dados relacionais
- Knowledge of relational databases
- Boa comunicação escrita
- Good written communication
"""
    assert texts(job) == ["Knowledge of relational databases", "Good written communication"]


def test_a_translated_block_after_the_english_one_is_read_once() -> None:
    job = """Senior Backend Engineer

Requirements
- 5+ years with Java
- Experience with Kafka
- Good communication

Benefits
- Remote work

--- Versão em português ---

Requisitos
- 5+ anos com Java
- Experiência com Kafka
- Boa comunicação

Benefícios
- Trabalho remoto
"""
    assert texts(job) == ["5+ years with Java", "Experience with Kafka", "Good communication"]


def test_a_plain_text_table_with_a_rule_under_its_header() -> None:
    job = """Requirement                     Priority
------------------------------  --------
5+ years of Go                  Must
Kubernetes                      Must
Rust                            Nice
"""
    assert texts(job) == ["5+ years of Go", "Kubernetes", "Rust"]


def test_a_headerless_table_with_the_priority_first() -> None:
    assert texts("| Must | 5+ years of Python |\n| Must | Django |\n| Nice | Celery |\n") == [
        "5+ years of Python",
        "Django",
        "Celery",
    ]


def test_good_morning_greetings_and_horizontal_rules() -> None:
    email = """Good morning Ana,

We need a Flutter developer with 3+ years of experience.

Kind regards,
Bob
"""
    assert texts(email) == ["We need a Flutter developer with 3+ years of experience."]
    assert texts("Requirements\n---\n- Python\n- SQL\n***\n") == ["Python", "SQL"]


def test_a_workday_posting_with_requisition_facts_and_an_eeo_tail() -> None:
    job = """Job Requisition ID: R-12345
Job Family: Engineering

Essential Duties and Responsibilities
• Participate in code reviews

Minimum Qualifications
• 2 years of experience in software development

Preferred Qualifications
• Familiarity with AWS

Company is an Equal Opportunity Employer. Minorities/Women/Veterans/Disabled.
"""
    assert texts(job) == [
        "Participate in code reviews",
        "2 years of experience in software development",
        "Familiarity with AWS",
    ]


def test_a_lever_posting_with_a_byline_of_two_lines_and_a_diversity_note() -> None:
    job = """Senior Product Designer
Berlin / Hybrid
Design – Full-time

What you'll bring:
- 5+ years of product design experience
- Fluency in Figma

Kiteboard is committed to building a diverse team. We encourage applications from underrepresented groups.
"""
    assert texts(job) == ["5+ years of product design experience", "Fluency in Figma"]


def test_an_abbreviation_or_a_short_line_does_not_run_a_list_of_lines_together() -> None:
    job = """Requirements
Experience with AWS (e.g. Lambda, S3)
Knowledge of Docker
Familiarity with CI tools, e.g. GitHub Actions
Experience with Vue.js. Nuxt is a plus
Go
"""
    assert texts(job) == [
        "Experience with AWS (e.g. Lambda, S3)",
        "Knowledge of Docker",
        "Familiarity with CI tools, e.g. GitHub Actions",
        "Experience with Vue.js.",
        "Nuxt is a plus",
        "Go",
    ]


def test_both_languages_on_one_line_set_apart_by_a_dash() -> None:
    job = """Requisitos | Requirements
• Experiência com React — Experience with React
• Inglês fluente - Fluent English
• Python - 3 years
"""
    assert texts(job) == ["Experience with React", "Fluent English", "Python - 3 years"]


def test_bold_labels_and_a_numbered_list_in_an_email() -> None:
    labels = """## Staff Engineer, Search

**Must:** Elasticsearch or OpenSearch at scale
**Nice:** Learning-to-rank experience

**Location:** Remote (US)
**Salary:** $200k–$240k
"""
    email = """Dear Mr. Costa,

My name is Lena and I recruit for Finlytics. We are looking for a Senior QA Engineer:

1. 5+ years in test automation
2. Playwright or Cypress

Best,
Lena Vogel
Finlytics | People Team
"""
    assert texts(labels) == ["Elasticsearch or OpenSearch at scale", "Learning-to-rank experience"]
    assert texts(email) == ["5+ years in test automation", "Playwright or Cypress"]


def test_an_email_ends_at_its_sign_off_whatever_its_shape() -> None:
    body = "Hi Bo,\n\nWe need 5+ years of Go and experience with Kafka.\n\n"
    for sign_off in (
        "Thanks, Mette",
        "Cheers - Priya",
        "Sent from my iPhone",
        "Best wishes,\nAna\nlinkedin.com/in/ana",
    ):
        assert texts(body + sign_off) == ["We need 5+ years of Go and experience with Kafka."], sign_off

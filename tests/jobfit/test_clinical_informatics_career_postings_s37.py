"""Probe postings a midwife turned clinical-informatics analyst receives, in the shapes postings come in (a LinkedIn
paste with its page furniture, a German 'Ihr Profil' posting translated, an NHS person specification numbered with
Essential/Desirable marks, prose paragraphs with the asks inline, a 'Must have / Nice to have' table written as
text, semicolon lists behind 'Essential:' lead-ins, a JSON job), each requirement labelled by hand from
tests/jobfit/galway_owner.py before the matcher ran."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.jobfit.galway_owner import OWNER, TODAY
from tests.probe_owner import ProbeOwner, status_of

LINKEDIN_EPIC_ANALYST = """Epic Stork Analyst
Harbourline Health · Cork, Ireland (Hybrid)
1 week ago · Over 100 applicants
Full-time · Mid-Senior level

About the job
Harbourline Health is moving its four hospitals to a single Epic record, starting with maternity.

What you'll do
• Build and maintain Epic Stork workflows for labour and delivery
• Partner with midwives and obstetricians to turn clinical workflows into build
• Support go-lives with at-the-elbow support on the wards

What you'll need
• Epic Stork certification (or the ability to obtain it within 6 months)
• 3+ years of Epic build experience
• Clinical background in midwifery, nursing or obstetrics
• Working knowledge of SQL
• Experience with Epic Clarity or Caboodle reporting

Nice to have
• Epic Beacon certification
• Knowledge of FHIR APIs

Show more
Seniority level
Mid-Senior level
Employment type
Full-time
"""

GERMAN_PROFILE = """Clinical Application Specialist EHR (m/f/d)
Klinikum Rheinaue · Bonn · full-time, permanent

Your tasks:
– Configuration and further development of our hospital information system (i.s.h.med / Cerner) for the women's clinic
– Coordination of interfaces (HL7, FHIR) with the IT department
– Training and support of clinical staff

Your profile:
– Completed training as a midwife or nurse, ideally with further training in medical informatics
– Several years of professional experience in the support of clinical information systems
– Knowledge of HL7; FHIR is an advantage
– Experience with SAP IS-H or i.s.h.med desirable
– Very good German skills (at least C1) and good English

We offer:
– 30 days holiday
– Company pension scheme
"""

NHS_PERSON_SPEC = """Clinical Safety Officer – Digital (Band 7)
Western Counties NHS Foundation Trust

Person specification

Qualifications
1. Registered clinician (NMC, HCPC or GMC) with current registration (Essential)
2. Master's degree in health informatics or equivalent experience (Essential)
3. Clinical Safety Officer training to DCB0129/DCB0160 (Essential)
4. PRINCE2 Practitioner (Desirable)

Experience
5. Minimum 2 years as a Clinical Safety Officer (Essential)
6. Writing hazard logs and safety cases (Essential)
7. Leading clinical audit (Essential)
8. Line management of a team (Desirable)

Knowledge and skills
9. Understanding of ISO 14971 (Desirable)
10. Experience of EHR deployment in an acute hospital (Essential)
"""

PROSE_LEAD = """Clinical Informatics Lead — Meridian Community Health

We are looking for a clinical informatics lead to join our digital team in Leeds. You will be a registered nurse or
midwife with at least eight years of experience in clinical informatics, and you will have led EHR implementations
across more than one hospital. Experience with Cerner Millennium is essential, and exposure to Epic would be
welcome.

You should be comfortable writing SQL and building dashboards in Power BI or Tableau. Familiarity with HL7 v2
messaging is important; experience with interface engines such as Rhapsody or Mirth Connect is a bonus. The role
manages a team of five analysts, so people-management experience is required. A PMP qualification is desirable.

Salary £55,000–£62,000. We are an equal opportunity employer.
"""

TABLE_INTEGRATION = """# HL7 Integration Analyst
Tidewell Health IT · Remote (UK/IE)

| Must have | Nice to have |
|---|---|
| 3+ years building HL7 v2 interfaces | FHIR R4 |
| Rhapsody or InterSystems HealthShare | Mirth Connect |
| SQL | Python scripting |
| Experience testing ADT and ORU message flows | NHS Spine or IHE profiles |
"""

SEMICOLON_CERNER = """Senior EHR Analyst (Cerner)
Brackenford Health System

Essential: Cerner PowerChart/Millennium build; order sets and PowerForms; UAT and test scripts; 5+ years of EHR analyst experience.
Desirable: Epic/Cerner certification; Agile delivery (Scrum, Kanban); knowledge of SNOMED CT and ICD-10 coding.
Also: must be able to work on-call for go-live weekends.
"""

EDUCATOR = """Nursing Informatics Educator
Lakeshore Children's Hospital, Dublin

About us
Lakeshore moved to Epic in 2021 and uses Haiku and Rover on the wards.

Who you are
A nurse or midwife who has trained large groups of clinicians on an EHR.
You have run superuser programmes and know adult learning principles.
Experience with Epic Haiku or Rover is an advantage but not essential.

What we offer
A pension, 30 days' leave and a learning budget.
"""

MATERNITY_LEAD_JSON: dict[str, Any] = {
    "title": "Maternity Digital Lead",
    "company": "Estuary Women's Health",
    "experience": "5+ years in a clinical role",
    "responsibilities": [
        "Lead the build of maternity EHR workflows",
        "Act as Clinical Safety Officer for maternity systems",
        "Manage the maternity informatics team of four analysts",
    ],
    "qualifications": [
        "Registered midwife",
        "Degree in midwifery",
        "Evidence of postgraduate study in digital health",
    ],
    "skills": [{"name": "Epic Stork"}, {"name": "Clinical safety"}, {"name": "Tableau"}],
}

# Every label below was written from the owner's facts before the matcher ran.
POSTINGS: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "linkedin-epic-analyst": (
        LINKEDIN_EPIC_ANALYST,
        [
            ("Build and maintain Epic Stork workflows for labour and delivery", "matched"),
            ("Partner with midwives and obstetricians to turn clinical workflows into build", "matched"),
            ("Support go-lives with at-the-elbow support on the wards", "matched"),
            ("Epic Stork certification", "matched"),
            ("3+ years of Epic build experience", "matched"),
            ("Clinical background in midwifery, nursing or obstetrics", "matched"),
            ("Working knowledge of SQL", "matched"),
            ("Experience with Epic Clarity or Caboodle reporting", "matched"),
            ("Epic Beacon certification", "missing"),
            ("Knowledge of FHIR APIs", "missing"),
        ],
    ),
    "german-profile": (
        GERMAN_PROFILE,
        [
            (
                "Configuration and further development of our hospital information system (i.s.h.med / Cerner) "
                "for the women's clinic",
                "matched",
            ),
            ("Coordination of interfaces (HL7, FHIR) with the IT department", "matched"),
            ("Training and support of clinical staff", "matched"),
            ("Completed training as a midwife or nurse", "matched"),
            ("Several years of professional experience in the support of clinical information systems", "matched"),
            ("Knowledge of HL7", "matched"),
            ("FHIR is an advantage", "missing"),
            ("Experience with SAP IS-H or i.s.h.med", "missing"),
            ("Very good German skills (at least C1)", "missing"),
            ("good English", "matched"),
        ],
    ),
    "nhs-person-spec": (
        NHS_PERSON_SPEC,
        [
            ("Registered clinician (NMC, HCPC or GMC) with current registration", "partial"),
            ("Master's degree in health informatics or equivalent experience", "matched"),
            ("Clinical Safety Officer training to DCB0129/DCB0160", "matched"),
            ("PRINCE2 Practitioner", "partial"),
            ("Minimum 2 years as a Clinical Safety Officer", "matched"),
            ("Writing hazard logs and safety cases", "matched"),
            ("Leading clinical audit", "matched"),
            ("Line management of a team", "missing"),
            ("Understanding of ISO 14971", "missing"),
            ("Experience of EHR deployment in an acute hospital", "matched"),
        ],
    ),
    "prose-lead": (
        PROSE_LEAD,
        [
            ("registered nurse or midwife", "partial"),
            ("at least eight years of experience in clinical informatics", "partial"),
            ("led EHR implementations across more than one hospital", "matched"),
            ("Experience with Cerner Millennium", "matched"),
            ("exposure to Epic", "matched"),
            ("writing SQL", "matched"),
            ("building dashboards in Power BI or Tableau", "matched"),
            ("Familiarity with HL7 v2 messaging", "matched"),
            ("experience with interface engines such as Rhapsody or Mirth Connect", "matched"),
            ("people-management experience", "missing"),
            ("A PMP qualification", "missing"),
        ],
    ),
    "table-integration": (
        TABLE_INTEGRATION,
        [
            ("3+ years building HL7 v2 interfaces", "partial"),
            ("Rhapsody or InterSystems HealthShare", "matched"),
            ("SQL", "matched"),
            ("Experience testing ADT and ORU message flows", "matched"),
            ("FHIR R4", "missing"),
            ("Mirth Connect", "missing"),
            ("Python scripting", "missing"),
            ("NHS Spine or IHE profiles", "missing"),
        ],
    ),
    "semicolon-cerner": (
        SEMICOLON_CERNER,
        [
            ("Cerner PowerChart/Millennium build", "matched"),
            ("order sets", "matched"),
            ("PowerForms", "matched"),
            ("UAT", "matched"),
            ("test scripts", "matched"),
            ("5+ years of EHR analyst experience", "matched"),
            ("Epic/Cerner certification", "matched"),
            ("Agile delivery (Scrum, Kanban)", "missing"),
            ("knowledge of SNOMED CT", "missing"),
            ("ICD-10 coding", "missing"),
            ("work on-call for go-live weekends", "missing"),
        ],
    ),
    "educator": (
        EDUCATOR,
        [
            ("A nurse or midwife", "matched"),
            ("trained large groups of clinicians on an EHR", "matched"),
            ("run superuser programmes", "partial"),
            ("know adult learning principles", "missing"),
            ("Experience with Epic Haiku or Rover", "missing"),
        ],
    ),
    "maternity-lead-json": (
        json.dumps(MATERNITY_LEAD_JSON),
        [
            ("5+ years in a clinical role", "matched"),
            ("Lead the build of maternity EHR workflows", "matched"),
            ("Act as Clinical Safety Officer for maternity systems", "matched"),
            ("Manage the maternity informatics team of four analysts", "missing"),
            ("Registered midwife", "partial"),
            ("Degree in midwifery", "matched"),
            ("Evidence of postgraduate study in digital health", "matched"),
            ("Epic Stork", "matched"),
            ("Clinical safety", "matched"),
            ("Tableau", "missing"),
        ],
    ),
}

# Lines of page furniture, company blurb and benefits: none of them is an ask.
NOT_ASKS: dict[str, list[str]] = {
    "linkedin-epic-analyst": [
        "applicants",
        "Seniority level",
        "Mid-Senior",
        "Employment type",
        "single Epic record",
        "Show more",
    ],
    "nhs-person-spec": ["NHS Foundation Trust", "Person specification", "Knowledge and skills"],
    "german-profile": ["30 days holiday", "pension"],
    "prose-lead": ["Salary", "equal opportunity"],
    "educator": ["moved to Epic", "pension", "learning budget"],
}

PROBE = ProbeOwner(OWNER)


@pytest.mark.parametrize("name", sorted(POSTINGS))
def test_each_requirement_of_a_clinical_informatics_posting(name: str) -> None:
    job, labelled = POSTINGS[name]
    wrong = PROBE.wrong_labels(job, labelled, TODAY)
    assert not wrong, wrong


@pytest.mark.parametrize("name", sorted(NOT_ASKS))
def test_page_furniture_and_benefits_are_not_read_as_asks(name: str) -> None:
    got = PROBE.statuses(POSTINGS[name][0], TODAY)
    read = [r for r in got for words in NOT_ASKS[name] if words.casefold() in r.casefold()]
    assert not read, read


def _item_of(got: dict[str, str], text: str) -> str:
    """The item a labelled requirement was read as (the same lookup as ``status_of``)."""
    if text in got:
        return text
    return next((r for r in got if text in r or r in text), "")


@pytest.mark.parametrize("name", sorted(POSTINGS))
def test_each_ask_is_read_as_an_item_of_its_own(name: str) -> None:
    job, labelled = POSTINGS[name]
    got = PROBE.statuses(job, TODAY)
    texts = [t for t, _ in labelled]
    joined = {
        t: item
        for t in texts
        if (item := _item_of(got, t)) and any(o != t and o in item and o not in t for o in texts)
    }
    assert not joined, joined

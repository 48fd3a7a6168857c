"""A made-up owner whose career began on a delivery suite: a staff and then senior midwife, then a clinical
informatics analyst who built a hospital's maternity record in Cerner Millennium, then a senior analyst who leads
the Epic maternity and nursing build of a three-hospital health system, specifies and tests its HL7 interfaces and
is its clinical safety officer. The job-fit probe postings of
tests/jobfit/test_clinical_informatics_career_postings_s37.py read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: working since 2012-09 (~14.3 years); midwifery at Corrib Valley University Hospital 2012-09..2019-05
#     (~6.7 years): staff midwife 2012-09..2016-08, senior midwife on the delivery suite 2016-09..2019-05
#     (coordinated shifts of 8 midwives, supervised student midwives, superuser for the 2017 maternity EHR rollout,
#     led the unit's clinical audit of postpartum haemorrhage); clinical informatics since 2019-06 (~7.5 years):
#     analyst at Corrib Valley 2019-06..2022-03 (~2.8 years; built order sets, PowerForms and flowsheets in Cerner
#     Millennium for maternity and neonatal units, wrote test scripts and ran UAT for 14 releases, trained 650
#     clinicians for go-live, tested HL7 v2 ADT and ORU messages from the lab system with the integration team);
#     senior analyst at Atlantic Health Partners since 2022-04 (~4.7 years; leads the Epic Stork and ClinDoc build
#     across three hospitals, led the Epic go-live of three maternity units in 2023, specifies and tests HL7 v2
#     ADT/ORU/ORM interfaces in Rhapsody with the interface team (does not build them), clinical safety officer
#     for digital changes since 2022 (hazard logs, safety cases to DCB0129/DCB0160), SQL reports against Epic
#     Clarity for Power BI dashboards, mentors two junior analysts);
#     BSc (Hons) Midwifery; MSc Health Informatics (part-time, 2021); Epic Stork certification 2022; Epic ClinDoc
#     Inpatient certification 2023; PRINCE2 Foundation 2020; Clinical Safety Officer training 2022; midwifery
#     registration lapsed in 2020; SQL Intermediate; Power BI; Excel; English native, Irish professional; Irish
#     citizen in Galway.
#   NOT SHOWN: FHIR, Mirth Connect, InterSystems, Python, Tableau, Epic Beacon, SAP IS-H / i.s.h.med, German,
#     ISO 14971, SNOMED CT, ICD-10 coding, Agile/Scrum, PMP, PRINCE2 Practitioner, line management or hiring,
#     on-call, adult learning theory, Epic Haiku/Rover, building interfaces in an engine.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Aoife Brennan-Kowalczyk",
        "label": "Senior Clinical Informatics Analyst",
        "summary": (
            "Midwife turned clinical informatics analyst: seven years on a delivery suite, then seven years "
            "building maternity and nursing records in Cerner Millennium and Epic. Based in Galway; Irish citizen."
        ),
    },
    "work": [
        {
            "name": "Atlantic Health Partners",
            "description": "Regional health system of three acute hospitals",
            "position": "Senior Clinical Informatics Analyst",
            "startDate": "2022-04",
            "highlights": [
                "Lead the Epic Stork and ClinDoc build for maternity and inpatient nursing across three hospitals",
                "Led the Epic go-live of three maternity units in 2023",
                "Specify and test HL7 v2 ADT, ORU and ORM interfaces in Rhapsody with the interface team",
                "Clinical Safety Officer for digital changes since 2022: write hazard logs and clinical safety "
                "cases to DCB0129 and DCB0160",
                "Write SQL reports against Epic Clarity for maternity quality dashboards in Power BI",
                "Mentor two junior analysts",
            ],
        },
        {
            "name": "Corrib Valley University Hospital",
            "description": "Acute teaching hospital; maternity unit of 3,000 births a year",
            "position": "Clinical Informatics Analyst",
            "startDate": "2019-06",
            "endDate": "2022-03",
            "highlights": [
                "Built order sets, PowerForms and documentation flowsheets in Cerner Millennium for the maternity "
                "and neonatal units",
                "Wrote test scripts and ran user acceptance testing for 14 EHR releases",
                "Trained 650 midwives, nurses and doctors for the go-live",
                "Tested HL7 v2 ADT and ORU messages from the laboratory system with the integration team",
            ],
        },
        {
            "name": "Corrib Valley University Hospital",
            "description": "Acute teaching hospital; maternity unit of 3,000 births a year",
            "position": "Senior Midwife, Delivery Suite",
            "startDate": "2016-09",
            "endDate": "2019-05",
            "highlights": [
                "Coordinated delivery-suite shifts of eight midwives and supervised student midwives",
                "Superuser for the maternity EHR rollout in 2017",
                "Led the unit's clinical audit of postpartum haemorrhage",
            ],
        },
        {
            "name": "Corrib Valley University Hospital",
            "description": "Acute teaching hospital; maternity unit of 3,000 births a year",
            "position": "Staff Midwife",
            "startDate": "2012-09",
            "endDate": "2016-08",
            "highlights": ["Cared for women in labour on the delivery suite and in the community"],
        },
    ],
    "education": [
        {
            "institution": "Western Shore University",
            "studyType": "Bachelor",
            "area": "BSc (Hons) Midwifery",
            "startDate": "2008-09",
            "endDate": "2012-06",
        },
        {
            "institution": "Trinity Meridian College",
            "studyType": "Master",
            "area": "MSc Health Informatics (part-time)",
            "startDate": "2019-09",
            "endDate": "2021-11",
        },
    ],
    "certificates": [
        {"name": "Epic Stork Certification", "date": "2022-09", "issuer": "Epic"},
        {"name": "Epic ClinDoc Inpatient Certification", "date": "2023-03", "issuer": "Epic"},
        {
            "name": "Clinical Safety Officer training (DCB0129/DCB0160)",
            "date": "2022-06",
            "issuer": "NHS Digital",
        },
        {"name": "PRINCE2 Foundation", "date": "2020-05", "issuer": "Axelos"},
        {
            "name": "Registered Midwife (registration lapsed in 2020)",
            "date": "2012-08",
            "issuer": "Nursing and Midwifery Board of Ireland",
        },
    ],
    "skills": [
        {
            "name": "EHR build",
            "keywords": ["Epic Stork", "Epic ClinDoc", "Cerner Millennium", "order sets", "flowsheets"],
        },
        {"name": "HL7 v2", "level": "Intermediate", "keywords": ["ADT", "ORU", "Rhapsody"]},
        {"name": "SQL", "level": "Intermediate", "keywords": ["Epic Clarity"]},
        {"name": "Clinical safety", "keywords": ["DCB0129", "DCB0160", "hazard logs"]},
        {"name": "Testing", "keywords": ["user acceptance testing", "test scripts"]},
        {"name": "Power BI"},
        {"name": "Excel"},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "Irish", "fluency": "Professional working proficiency"},
    ],
}

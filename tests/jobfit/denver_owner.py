"""A made-up owner whose career began in an electrical trade: an apprentice, journeyman and master electrician who
ran site crews as a foreman, then wrote building-automation and IoT software, took contract commissioning work
alongside, and is now a senior engineer at a proptech start-up. The job-fit probe postings of
tests/jobfit/test_electrician_career_postings_s34.py read her."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: working since 2008-09 (~18.3 years); electrical trade at Halvorsen Electric 2008-09..2018-08 (10 years):
#     apprentice 2008-09..2012-08, journeyman electrician 2012-09..2015-08, site foreman 2015-09..2018-08 (ran crews
#     of up to 12 electricians, planned the crew schedules, signed off site safety checks; no hiring, no reviews);
#     journeyman licence 2012-08 and master electrician licence 2015-06, both lapsed 2019 after the move to Colorado;
#     software since 2018-09 (~8.3 years): building automation software engineer at Brightvolt 2018-09..2022-03
#     (Python, Node-RED, BACnet/IP, Modbus TCP, MQTT, InfluxDB, Grafana, a C# integration for the Metasys
#     building-management system, the Kilowise energy dashboard in 120 buildings saving 4.8 GWh a year); contract
#     commissioning engineer 2021-06..2023-12 (~2.5 years, overlapping both software jobs; BACnet and Modbus HVAC
#     controls in 14 buildings, functional testing of air-handling units and chillers); building automation and
#     commissioning together 2018-09..2023-12 (~5.3 years, not the 6.1 the two spans add up to); senior software
#     engineer at Roofgrid, a proptech start-up, since 2022-04 (~4.7 years): Python on AWS IoT Core, TypeScript
#     portal, 2,300 sensors across 85 office buildings, mentors two junior engineers; vocational diploma in
#     electrical construction; a part-time BSc in Computing still in progress (expected 2027); OSHA 30-Hour
#     Construction card; Python Advanced, C# Intermediate, TypeScript; US citizen, no sponsorship, remote, three
#     weeks' notice (summary only).
#   NOT SHOWN: C, C++, embedded firmware, RTOS, ARM microcontrollers, BLE/Zigbee/LoRaWAN, Modbus RTU named, Tridium
#     Niagara, LonWorks, KNX, OPC UA, Kafka, Kubernetes, Go, Azure, SQL, Spark, Snowflake, Airflow, a degree held,
#     people management (hiring, performance reviews, managing engineers), a budget, Scrum, a driving licence,
#     travel, a PE licence, NICET.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Ingrid Oduya-Halvorsen",
        "label": "Senior Software Engineer",
        "summary": (
            "Licensed electrician turned building-automation and IoT software engineer: ten years on the tools and "
            "running sites, then eight years writing software for building controls and energy data. Based in "
            "Denver, Colorado; US citizen, no visa sponsorship needed. Open to remote roles; notice period of "
            "three weeks."
        ),
    },
    "work": [
        {
            "name": "Roofgrid",
            "description": "Proptech start-up, a smart-building platform for commercial landlords",
            "position": "Senior Software Engineer",
            "startDate": "2022-04",
            "highlights": [
                "Build the device ingestion service in Python on AWS IoT Core",
                "Wrote the tenant portal in TypeScript",
                "Connected 2,300 sensors across 85 office buildings",
                "Mentor two junior engineers",
            ],
        },
        {
            "name": "Oduya Controls",
            "description": "Contract commissioning, alongside the software jobs",
            "position": "Contract Commissioning Engineer",
            "startDate": "2021-06",
            "endDate": "2023-12",
            "highlights": [
                "Commissioned BACnet and Modbus controls for HVAC systems in 14 commercial buildings",
                "Point-to-point checks and functional testing of air-handling units and chillers",
            ],
        },
        {
            "name": "Brightvolt Building Systems",
            "description": "Building-automation integrator",
            "position": "Building Automation Software Engineer",
            "startDate": "2018-09",
            "endDate": "2022-03",
            "highlights": [
                "Built Node-RED and Python gateways that read BACnet/IP and Modbus TCP devices and publish to MQTT",
                "Stored the telemetry in InfluxDB and built Grafana dashboards for facility managers",
                "Wrote a C# integration for the Metasys building-management system",
                "Built Kilowise, an energy dashboard product used in 120 buildings, saving 4.8 GWh a year",
            ],
        },
        {
            "name": "Halvorsen Electric",
            "description": "Commercial electrical contractor, Minneapolis",
            "position": "Site Foreman",
            "startDate": "2015-09",
            "endDate": "2018-08",
            "highlights": [
                "Ran crews of up to 12 electricians on commercial fit-outs",
                "Planned the crew schedules and signed off the site safety checks",
            ],
        },
        {
            "name": "Halvorsen Electric",
            "description": "Commercial electrical contractor",
            "position": "Journeyman Electrician",
            "startDate": "2012-09",
            "endDate": "2015-08",
            "highlights": ["Wired lighting controls and switchgear in office and hospital buildings"],
        },
        {
            "name": "Halvorsen Electric",
            "description": "Commercial electrical contractor",
            "position": "Electrical Apprentice",
            "startDate": "2008-09",
            "endDate": "2012-08",
            "highlights": ["Four-year apprenticeship in commercial electrical installation"],
        },
    ],
    "education": [
        {
            "institution": "Thornbury Open University",
            "studyType": "Bachelor's",
            "area": "Computing (BSc, part-time, in progress; expected 2027)",
            "startDate": "2021-10",
        },
        {
            "institution": "Dunwoody College of Technology",
            "studyType": "Diploma",
            "area": "Electrical Construction (vocational diploma)",
            "startDate": "2008-09",
            "endDate": "2010-05",
        },
    ],
    "certificates": [
        {
            "name": "Master Electrician Licence (lapsed in 2019)",
            "date": "2015-06",
            "issuer": "Minnesota Department of Labor and Industry",
        },
        {
            "name": "Journeyman Electrician Licence (lapsed in 2019)",
            "date": "2012-08",
            "issuer": "Minnesota Department of Labor and Industry",
        },
        {"name": "OSHA 30-Hour Construction", "date": "2016-03", "issuer": "OSHA"},
    ],
    "skills": [
        {"name": "Python", "level": "Advanced"},
        {"name": "C#", "level": "Intermediate"},
        {"name": "TypeScript"},
        {
            "name": "Building automation",
            "keywords": ["BACnet", "Modbus", "Node-RED", "HVAC controls", "commissioning"],
        },
        {"name": "IoT", "keywords": ["MQTT", "AWS IoT Core"]},
        {"name": "Time-series data", "keywords": ["InfluxDB", "Grafana"]},
    ],
    "languages": [{"language": "English", "fluency": "Native speaker"}],
}

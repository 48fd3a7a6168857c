"""An invented probe owner: a brewer turned process-automation engineer (session 37).

A career none of the tuning owners has: six years brewing (a craft brewery, output in hectolitres), then
automation in dairies and breweries on Siemens S7 PLCs and WinCC SCADA, ISA-88 batch control, OEE figures
per line, a current main job at a systems integrator beside a later weekend side job (so "most recent"
must mean the main job), an FAQ-like summary (notice, travel, salary, work permit) and every JSON Resume
section. Written before the answerer's code was read; questions are in
tests/chat/test_probe_brewer_automation_s37.py.
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Declan Fahy",
        "label": "Process Automation Engineer (former head brewer)",
        "email": "declan.fahy@example.com",
        "url": "https://dfahy.example.com",
        "summary": (
            "Process automation engineer based in Kilkenny, Ireland. I spent six years as a brewer before I "
            "moved into automation in 2017, so I know the process as well as the PLC code. I program "
            "Siemens S7 PLCs in TIA Portal, build WinCC and Ignition SCADA screens, and design ISA-88 batch "
            "control for breweries and dairies. I am an Irish citizen and can work anywhere in the EU. I can "
            "travel to plant sites up to 40% of the time. My notice period is one month. I am looking for a "
            "salary of €82,000 a year."
        ),
        "location": {"city": "Kilkenny", "countryCode": "IE", "region": "County Kilkenny"},
        "profiles": [
            {"network": "GitHub", "username": "dfahy", "url": "https://github.example.com/dfahy"},
            {
                "network": "LinkedIn",
                "username": "declanfahy",
                "url": "https://linkedin.example.com/in/declanfahy",
            },
        ],
    },
    "work": [
        {
            "name": "Caskline Automation",
            "position": "Senior Process Automation Engineer",
            "location": "Kilkenny, Ireland",
            "description": "A 60-person systems integrator for food and beverage plants",
            "startDate": "2021-03",
            "summary": (
                "I lead automation projects for brewery and dairy clients, from functional specification to "
                "commissioning, and mentor two junior engineers."
            ),
            "highlights": [
                "Automated a 200-hectolitre brewhouse for a craft brewery on Siemens S7-1500 PLCs with WinCC SCADA.",
                "Raised OEE on a dairy's yoghurt filling lines from 58% to 71% in nine months.",
                "Built ISA-88 batch control with SIMATIC BATCH for a dairy plant that processes 400,000 litres of milk a day.",
                "Commissioned 14 plant upgrades in Ireland, the UK and Belgium.",
            ],
        },
        {
            "name": "Wortwise",
            "position": "Freelance Brewing Consultant",
            "location": "Remote",
            "description": "My own weekend consultancy for small breweries",
            "startDate": "2023-05",
            "summary": "I advise small breweries on recipe scaling and cellar layout at weekends.",
            "highlights": ["Helped five microbreweries scale pilot recipes to production batches."],
        },
        {
            "name": "Glenmore Dairies",
            "position": "Automation Technician",
            "location": "Cahir, Ireland",
            "description": "A dairy cooperative with two processing plants",
            "startDate": "2017-06",
            "endDate": "2021-02",
            "summary": "Maintained and reprogrammed the PLCs and SCADA of two dairy plants.",
            "highlights": [
                "Maintained Siemens S7-300 and S7-400 PLCs across both plants.",
                "Cut the clean-in-place cycle time by 22% by rewriting the CIP sequence logic, saving 1,800 cubic metres of water a year.",
                "Migrated the plant SCADA from WinCC 7 to Ignition.",
            ],
        },
        {
            "name": "Nore Valley Brewing",
            "position": "Head Brewer",
            "location": "Kilkenny, Ireland",
            "description": "An independent craft brewery",
            "startDate": "2011-04",
            "endDate": "2017-05",
            "summary": "Joined as a brewer and became head brewer in 2014, running a 30-hectolitre brewhouse.",
            "highlights": [
                "Grew output from 4,000 to 12,000 hectolitres a year.",
                "Led a brewing team of four.",
                "Designed the cellar's first automated fermentation temperature control.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Irish Craft Brewers Association",
            "position": "Technical committee member",
            "startDate": "2019-01",
            "summary": "Writes the association's guidance on brewhouse safety.",
            "highlights": ["Ran six free workshops on brewhouse automation for member breweries."],
        }
    ],
    "education": [
        {
            "institution": "Heriot-Watt University",
            "area": "Brewing and Distilling",
            "studyType": "Master of Science",
            "startDate": "2010-09",
            "endDate": "2011-08",
        },
        {
            "institution": "University College Cork",
            "area": "Food Science",
            "studyType": "Bachelor of Science",
            "startDate": "2006-09",
            "endDate": "2010-06",
        },
        {
            "institution": "South East Technological University",
            "area": "Industrial Automation",
            "studyType": "Higher Diploma",
            "startDate": "2015-09",
            "endDate": "2017-05",
        },
    ],
    "awards": [
        {
            "title": "Gold medal, Dry Stout category",
            "date": "2016-03",
            "awarder": "Irish Craft Beer Awards",
            "summary": "For Nore Valley's oatmeal dry stout.",
        }
    ],
    "certificates": [
        {"name": "Siemens Certified Programmer TIA Portal", "date": "2018-10", "issuer": "Siemens"},
        {"name": "ISA Certified Automation Professional (CAP)", "date": "2022-06", "issuer": "ISA"},
        {"name": "ISA/IEC 62443 Cybersecurity Fundamentals Specialist", "date": "2024-02", "issuer": "ISA"},
    ],
    "skills": [
        {
            "name": "PLC programming",
            "level": "Expert",
            "keywords": ["Siemens S7-1500", "S7-300", "TIA Portal", "SCL", "Ladder Logic"],
        },
        {"name": "SCADA and HMI", "level": "Advanced", "keywords": ["WinCC", "Ignition", "OPC UA"]},
        {"name": "Batch control", "level": "Advanced", "keywords": ["ISA-88", "SIMATIC BATCH"]},
        {
            "name": "Brewing and dairy processes",
            "level": "Expert",
            "keywords": ["wort production", "fermentation", "clean-in-place", "pasteurisation"],
        },
        {"name": "Data", "level": "Intermediate", "keywords": ["Python", "SQL", "OEE reporting"]},
    ],
    "languages": [
        {"language": "English", "fluency": "Native speaker"},
        {"language": "German", "fluency": "Professional working proficiency"},
    ],
    "interests": [
        {"name": "Homebrewing", "keywords": ["sour beers"]},
        {"name": "Sea swimming", "keywords": []},
        {"name": "Hurling", "keywords": ["club coach"]},
    ],
    "projects": [
        {
            "name": "shiftoee",
            "description": "Open-source Python tool that reads OPC UA line counters and reports OEE per shift.",
            "highlights": ["Runs in seven plants; about 320 GitHub stars."],
            "keywords": ["Python", "OPC UA", "OEE", "open source"],
            "startDate": "2022-09",
            "roles": ["Creator", "Maintainer"],
        }
    ],
}

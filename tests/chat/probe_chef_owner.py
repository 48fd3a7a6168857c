"""An invented probe owner: a chef and restaurant owner turned restaurant-tech full-stack developer.

A career none of the tuning owners has (twelve years in kitchens, the last six running his own
restaurant, then point-of-sale and kitchen display software in TypeScript, Go and PostgreSQL,
with freelance engagements that overlap each other and the current job), an FAQ-like summary
(notice, visa, remote, salary) and every JSON Resume section, so the offline answerer is tried on
questions nobody tuned it for (tests/chat/test_probe_chef.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Rui Castanheira",
        "label": "Full-Stack Developer, restaurant technology (former chef-owner)",
        "email": "rui.castanheira@example.com",
        "url": "https://ruicastanheira.example.com",
        "summary": (
            "Full-stack developer based in Lisbon, Portugal. I spent almost twelve years in professional "
            "kitchens, the last six running my own restaurant, before moving into software in 2020. "
            "Today I build point-of-sale and kitchen display software with TypeScript, Go and PostgreSQL; "
            "the kitchen display system I built runs in 1,150 venues. "
            "I am a Portuguese citizen with the right to work anywhere in the EU; for a job in the UK or "
            "the US I would need visa sponsorship. I work remotely from Lisbon (UTC+0) and I would consider "
            "relocating to Amsterdam or Berlin for the right role. My notice period is four weeks. "
            "I am looking for EUR 70,000 to 80,000 a year for a permanent role, or EUR 550 a day as a "
            "contractor."
        ),
        "location": {"city": "Lisbon", "countryCode": "PT", "region": "Lisboa"},
        "profiles": [
            {"network": "GitHub", "username": "ruicast", "url": "https://github.example.com/ruicast"}
        ],
    },
    "work": [
        {
            "name": "Tableflow",
            "position": "Senior Full-Stack Engineer",
            "location": "Lisbon, Portugal",
            "description": "Start-up selling a point-of-sale and kitchen display system to restaurants",
            "startDate": "2022-03",
            "summary": (
                "I build the Tableflow kitchen display system (KDS) and the order pipeline behind the "
                "point-of-sale, in a team of seven engineers."
            ),
            "highlights": [
                "Built the kitchen display system from the first prototype; it now runs in 1,150 venues across 9 countries.",
                "Rewrote the order routing service in Go, cutting ticket-to-screen latency from 2.5 seconds to 300 ms.",
                "Designed the offline mode that kept kitchens running through a peak of 48,000 orders an hour on New Year's Eve.",
                "The KDS add-on grew to EUR 3.2 million in annual recurring revenue within two years.",
            ],
        },
        {
            "name": "Self-employed",
            "position": "Freelance Full-Stack Developer",
            "location": "Lisbon, Portugal",
            "startDate": "2020-06",
            "endDate": "2023-12",
            "summary": "Web and ordering software for independent restaurants, caterers and bakeries.",
            "highlights": [
                "Built online ordering for 14 independent restaurants during lockdown, taking EUR 1.1 million in orders in the first year.",
                "Built a menu-costing and stock tool for Casa Oliva Catering that cut food waste by 18%.",
            ],
        },
        {
            "name": "Porto Hospitality Group",
            "position": "Contract Backend Developer",
            "location": "Porto, Portugal",
            "description": "Group of eight hotels and restaurants in northern Portugal",
            "startDate": "2021-02",
            "endDate": "2021-11",
            "summary": "Six-month contract that became ten: connected the group's booking system to its eight kitchens.",
            "highlights": ["Replaced paper prep lists in 8 kitchens with a PostgreSQL-backed prep planner."],
        },
        {
            "name": "Brasa Lisboa",
            "position": "Chef-Owner",
            "location": "Lisbon, Portugal",
            "description": "60-seat Portuguese grill restaurant",
            "startDate": "2014-05",
            "endDate": "2020-03",
            "summary": (
                "Opened and ran my own restaurant, leading a kitchen and floor team of 12. Closed it in "
                "March 2020 when the pandemic shut dining rooms, and retrained as a developer."
            ),
            "highlights": [
                "Grew annual revenue to EUR 1.4 million by the fourth year.",
                "Awarded a Bib Gourmand in the 2018 Michelin Guide.",
                "Cut food costs from 34% to 27% of revenue with a costing spreadsheet I later turned into software.",
            ],
        },
        {
            "name": "Hotel Miramar Porto",
            "position": "Sous Chef",
            "location": "Porto, Portugal",
            "startDate": "2011-02",
            "endDate": "2014-04",
            "summary": "Second in command of a hotel kitchen serving 400 covers a day.",
        },
        {
            "name": "Le Petit Quai",
            "position": "Commis Chef",
            "location": "Lyon, France",
            "startDate": "2008-09",
            "endDate": "2011-01",
            "summary": "Started on the cold station of a bistro kitchen and worked up to chef de partie.",
        },
    ],
    "volunteer": [
        {
            "organization": "Mesa Comum",
            "position": "Volunteer cook and developer",
            "startDate": "2016-01",
            "summary": "Food-rescue charity in Lisbon that cooks surplus food for shelters.",
            "highlights": [
                "Cooked and helped serve more than 9,000 meals; built the charity's pickup scheduling app."
            ],
        }
    ],
    "education": [
        {
            "institution": "Codeworks Lisbon",
            "area": "Full-Stack Web Development",
            "studyType": "Bootcamp",
            "startDate": "2020-04",
            "endDate": "2020-07",
        },
        {
            "institution": "École Culinaire Rhône",
            "area": "Culinary Arts",
            "studyType": "Diploma",
            "startDate": "2006-09",
            "endDate": "2008-06",
            "score": "With honours",
        },
    ],
    "awards": [
        {
            "title": "Bib Gourmand",
            "date": "2018-03",
            "awarder": "Michelin Guide",
            "summary": "For Brasa Lisboa.",
        },
        {
            "title": "Best Hospitality Hack",
            "date": "2020-10",
            "awarder": "Lisbon Food Tech Hackathon",
            "summary": "A table-turn predictor built in a weekend with two other bootcamp graduates.",
        },
    ],
    "certificates": [
        {"name": "HACCP Level 3 Food Safety", "date": "2012-05", "issuer": "Royal Society for Public Health"},
        {"name": "AWS Certified Developer - Associate", "date": "2023-06", "issuer": "Amazon Web Services"},
    ],
    "skills": [
        {"name": "Front end", "level": "Advanced", "keywords": ["TypeScript", "React", "Next.js"]},
        {"name": "Back end", "level": "Advanced", "keywords": ["Go", "Node.js", "PostgreSQL", "Redis"]},
        {"name": "Infrastructure", "level": "Intermediate", "keywords": ["Docker", "AWS", "Terraform"]},
        {
            "name": "Hospitality operations",
            "level": "Expert",
            "keywords": ["menu costing", "kitchen operations", "food safety"],
        },
    ],
    "languages": [
        {"language": "Portuguese", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "French", "fluency": "Professional working proficiency"},
    ],
    "interests": [
        {"name": "Baking", "keywords": ["sourdough", "fermentation"]},
        {"name": "Cycling", "keywords": ["gravel riding"]},
    ],
    "projects": [
        {
            "name": "mise",
            "description": "Open-source Go library for routing kitchen tickets to stations and screens.",
            "highlights": ["2,300 GitHub stars; used in production by about 40 companies."],
            "keywords": ["Go", "open source", "kitchen display"],
            "startDate": "2021-05",
            "roles": ["Creator", "Maintainer"],
        },
        {
            "name": "Menu Costing Calculator",
            "description": "A free web app that works out the cost and margin of every dish on a menu.",
            "highlights": ["About 6,500 chefs use it every month."],
            "keywords": ["TypeScript", "React", "side project"],
            "startDate": "2020-09",
        },
        {
            "name": "Recipe Scaler",
            "description": "Scales recipes and prep lists by covers; my first coding project, written in 2019 while still running the restaurant.",
            "keywords": ["JavaScript"],
            "startDate": "2019-06",
        },
    ],
}

"""An invented probe owner: an agronomist and family-farm manager turned agritech data engineer.

A career none of the tuning owners has (a family farm's 300 hectares run for eight years with
crop-yield figures, then agronomy advice at a farmers' co-operative under an advisory licence,
then Python, dbt and Snowflake at a satellite-imagery start-up and an irrigation-scheduling product
with farm counts and water saved, with freelance engagements overlapping the jobs), an
agricultural-science degree and an unfinished MSc, an FAQ-like summary (notice, visa, remote,
salary) and every JSON Resume section, so the offline answerer is tried on questions nobody tuned
it for (tests/chat/test_probe_agronomist.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Ingrid Vasquez-Holm",
        "label": "Agritech Data Engineer (former agronomist and farm manager)",
        "email": "ingrid.vh@example.com",
        "url": "https://ingridvh.example.com",
        "summary": (
            "Data engineer based in Ghent, Belgium, building data pipelines for agriculture in Python, dbt and "
            "Snowflake, with satellite imagery processed in rasterio. Before data I managed my family's "
            "300-hectare arable farm for eight years and then advised growers as a licensed agronomist; I "
            "moved into data engineering in 2019. I am a Belgian citizen and can work anywhere in the EU "
            "without a visa; for a role in Canada or the US I would need sponsorship. I work remotely from "
            "Ghent (CET) and can visit farms and offices in the Benelux. My notice period is six weeks. I am "
            "looking for EUR 80,000 to 90,000 a year, or EUR 600 a day for freelance work."
        ),
        "location": {"city": "Ghent", "countryCode": "BE", "region": "East Flanders"},
        "profiles": [
            {"network": "GitHub", "username": "ingridvh", "url": "https://github.example.com/ingridvh"}
        ],
    },
    "work": [
        {
            "name": "Akkerdata",
            "position": "Senior Data Engineer",
            "location": "Ghent, Belgium",
            "description": "Software company selling irrigation scheduling to vegetable and potato growers",
            "startDate": "2021-10",
            "summary": (
                "I lead the data platform behind WaterWise, Akkerdata's irrigation-scheduling product, in "
                "Python, dbt and Snowflake, in a team of four data engineers."
            ),
            "highlights": [
                "Built the WaterWise scheduling pipeline from the pilot; it now schedules irrigation on 1,450 farms in 4 countries.",
                "Growers using WaterWise saved 2.3 million cubic metres of water in 2025.",
                "Cut the nightly dbt run from 3 hours to 25 minutes by moving the models to incremental builds.",
                "Joined soil-moisture probe readings from 9,000 sensors with weather forecasts every hour.",
            ],
        },
        {
            "name": "Self-employed",
            "position": "Freelance Agritech Data Consultant",
            "location": "Ghent, Belgium",
            "startDate": "2020-03",
            "endDate": "2023-06",
            "summary": "Data work for seed companies, growers' associations and farm-software vendors.",
            "highlights": [
                "Built a field-trial database for Zaadhuis Seeds that holds 12 years of variety trials.",
                "Wrote a yield-map cleaning tool used by a growers' association of 85 members.",
            ],
        },
        {
            "name": "OrbitField",
            "position": "Data Engineer",
            "location": "Leuven, Belgium",
            "description": "Satellite-imagery start-up mapping crop health from Sentinel-2 images",
            "startDate": "2019-04",
            "endDate": "2021-09",
            "summary": "Built the imagery pipelines in Python with rasterio and PostGIS.",
            "highlights": [
                "Processed Sentinel-2 imagery for 40,000 fields every five days.",
                "Built the NDVI crop-health index that 600 paying farms received each week.",
            ],
        },
        {
            "name": "Boerenbond Coöperatie West",
            "position": "Agronomy Advisor",
            "location": "Roeselare, Belgium",
            "description": "Farmers' co-operative supplying seed, fertiliser and advice to 2,000 members",
            "startDate": "2016-01",
            "endDate": "2019-03",
            "summary": "Licensed crop advisor for arable and vegetable growers in West Flanders.",
            "highlights": [
                "Advised 120 member farms on fertiliser and crop-protection plans.",
                "Cut nitrogen use on advised farms by 18% while keeping yields level.",
            ],
        },
        {
            "name": "Holm Family Farm",
            "position": "Farm Manager",
            "location": "Diksmuide, Belgium",
            "description": "Family-run 300-hectare arable farm growing wheat, potatoes and sugar beet",
            "startDate": "2008-01",
            "endDate": "2015-12",
            "summary": "Ran the family farm's crops, machinery and seasonal staff.",
            "highlights": [
                "Raised winter wheat yields from 8.1 to 10.4 tonnes per hectare.",
                "Managed 6 seasonal workers at harvest.",
                "Brought in GPS-guided variable-rate fertilising on all 300 hectares.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Ghent Community Gardens",
            "position": "Soil Workshop Leader",
            "startDate": "2020-05",
            "summary": "Run soil and composting workshops for allotment holders.",
            "highlights": ["Ran 45 workshops for allotment holders."],
        }
    ],
    "education": [
        {
            "institution": "Ghent University",
            "area": "Agricultural Science",
            "studyType": "Bachelor",
            "startDate": "2004-09",
            "endDate": "2007-06",
        },
        {
            "institution": "KU Leuven",
            "area": "Geo-information Science (not completed)",
            "studyType": "Master",
            "startDate": "2018-09",
            "endDate": "2019-06",
        },
    ],
    "awards": [
        {
            "title": "AgriTech Innovation Prize",
            "date": "2024-03",
            "awarder": "Flanders Farm Tech Forum",
            "summary": "For WaterWise's irrigation scheduling.",
        }
    ],
    "certificates": [
        {
            "name": "Agronomy Advisory Licence (crop protection)",
            "date": "2015-11",
            "issuer": "Flemish Department of Agriculture",
        },
        {"name": "dbt Analytics Engineering Certification", "date": "2022-05", "issuer": "dbt Labs"},
        {"name": "SnowPro Core Certification", "date": "2023-02", "issuer": "Snowflake"},
    ],
    "skills": [
        {"name": "Data engineering", "level": "Expert", "keywords": ["Python", "dbt", "Snowflake", "SQL"]},
        {"name": "Geospatial", "level": "Advanced", "keywords": ["rasterio", "PostGIS", "GDAL"]},
        {"name": "Orchestration", "level": "Intermediate", "keywords": ["Airflow", "Docker"]},
        {
            "name": "Agronomy",
            "level": "Expert",
            "keywords": ["crop nutrition", "irrigation", "soil science", "yield mapping"],
        },
    ],
    "languages": [
        {"language": "Dutch", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "French", "fluency": "Professional working proficiency"},
        {"language": "Spanish", "fluency": "Basic"},
    ],
    "interests": [
        {"name": "Beekeeping", "keywords": ["two hives", "honey"]},
        {"name": "Trail running", "keywords": ["ultramarathons"]},
    ],
    "projects": [
        {
            "name": "yieldclean",
            "description": "Open-source Python library that cleans combine-harvester yield maps.",
            "highlights": ["950 stars on GitHub.", "Used by 2 farm-software vendors."],
            "keywords": ["Python", "yield maps", "open source"],
            "startDate": "2020-01",
        },
        {
            "name": "FrostAlert",
            "description": "A side project that texts fruit growers when a night frost is forecast.",
            "keywords": ["Python", "side project"],
            "startDate": "2021-02",
        },
        {
            "name": "Spray Diary",
            "description": "My first program: a spreadsheet macro to log crop-protection sprays on the farm.",
            "keywords": ["VBA", "first project"],
            "startDate": "2014-04",
        },
    ],
}

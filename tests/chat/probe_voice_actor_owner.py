"""An invented probe owner: a stage actor and voice artist turned conversational-AI developer.

A career none of the tuning owners has (eight theatre seasons in a repertory company, an acting-school
diploma, 46 narrated audiobooks; then voice interfaces in Python with Rasa, speech-to-text pipelines,
Alexa skills and a voice-ordering product with restaurant and order counts), an FAQ-like summary
(notice, work permit, remote, salary) and every JSON Resume section, so the offline answerer is tried
on near-miss questions nobody tuned it for (tests/chat/test_probe_voice_actor.py).
"""

from __future__ import annotations

from typing import Any

PROBE_RESUME: dict[str, Any] = {
    "basics": {
        "name": "Tobias Lindqvist",
        "label": "Conversational AI Developer (former stage actor and voice artist)",
        "email": "tobias.lindqvist@example.com",
        "url": "https://tlindqvist.example.com",
        "summary": (
            "Conversational AI developer based in Gothenburg, Sweden. I spent eight seasons on stage "
            "with a repertory theatre and narrated 46 audiobooks before I moved into software in 2018. "
            "Since then I have built voice assistants in Python with Rasa and speech-to-text pipelines. "
            "I am a Swedish citizen and can work anywhere in the EU. I prefer remote work within two "
            "hours of CET. My notice period is one month. I am looking for SEK 720,000 a year."
        ),
        "location": {"city": "Gothenburg", "countryCode": "SE", "region": "Västra Götaland"},
        "profiles": [
            {
                "network": "GitHub",
                "username": "tlindqvist",
                "url": "https://github.example.com/tlindqvist",
            }
        ],
    },
    "work": [
        {
            "name": "Beställ",
            "position": "Lead Conversational AI Engineer",
            "location": "Gothenburg, Sweden",
            "description": "Voice ordering for restaurants",
            "startDate": "2021-03",
            "summary": (
                "I lead the voice team of Beställ's phone-ordering assistant, four engineers and a "
                "conversation designer."
            ),
            "highlights": [
                "Built the Rasa dialogue engine behind the phone-ordering assistant, now used by 180 restaurants in Sweden and Norway.",
                "The assistant takes about 9,000 orders a week with an order accuracy of 96%.",
                "Replaced a hosted speech-to-text service with a self-hosted Whisper pipeline, cutting transcription cost by 60%.",
                "Cut the average call length from 3 minutes 40 seconds to 2 minutes 10 seconds.",
            ],
        },
        {
            "name": "Talande Labs",
            "position": "Voice Interface Developer",
            "location": "Stockholm, Sweden",
            "description": "A 25-person agency that builds voice apps for brands",
            "startDate": "2018-09",
            "endDate": "2021-02",
            "summary": "Built Alexa skills and Google Assistant actions for retail and media clients.",
            "highlights": [
                "Shipped 14 Alexa skills in Node.js and Python, including a recipe skill with 30,000 monthly users.",
                "Wrote the SSML style guide the agency used for every voice app.",
            ],
        },
        {
            "name": "Göteborgs Repertoarteater",
            "position": "Company Actor",
            "location": "Gothenburg, Sweden",
            "description": "Repertory theatre",
            "startDate": "2009-08",
            "endDate": "2017-06",
            "summary": "Eight seasons as a member of the acting company, in classical and new plays.",
            "highlights": [
                "Played more than 30 roles, including Hamlet in the 2014 season.",
                "Toured schools across western Sweden with a children's production.",
            ],
        },
        {
            "name": "Self-employed",
            "position": "Voice Artist and Audiobook Narrator",
            "location": "Gothenburg, Sweden",
            "startDate": "2011-01",
            "endDate": "2018-08",
            "summary": "Audiobook narration and commercial voice-over in Swedish and English.",
            "highlights": [
                "Narrated 46 audiobooks for Swedish publishers, mostly crime fiction.",
                "Voiced radio and television commercials for regional brands.",
            ],
        },
    ],
    "volunteer": [
        {
            "organization": "Gothenburg Talking Newspaper",
            "position": "Volunteer reader",
            "startDate": "2016-01",
            "summary": "Records a weekly audio edition of the local news for blind and partially sighted listeners.",
            "highlights": ["Recorded more than 250 weekly editions."],
        }
    ],
    "education": [
        {
            "institution": "Academy of Music and Drama, University of Gothenburg",
            "area": "Acting",
            "studyType": "Diploma",
            "startDate": "2006-08",
            "endDate": "2009-06",
        },
        {
            "institution": "Chalmers University of Technology",
            "area": "Python programming and machine learning",
            "studyType": "Evening course",
            "startDate": "2017-09",
            "endDate": "2018-05",
        },
    ],
    "awards": [
        {
            "title": "Audiobook of the Year, crime fiction",
            "date": "2016-03",
            "awarder": "Swedish Audiobook Awards",
            "summary": "For the narration of a Nordic crime novel.",
        }
    ],
    "certificates": [
        {"name": "Rasa Certified Developer", "date": "2020-10", "issuer": "Rasa Technologies"},
        {
            "name": "AWS Certified Alexa Skill Builder - Specialty",
            "date": "2019-12",
            "issuer": "Amazon Web Services",
        },
        {"name": "TensorFlow Developer Certificate", "date": "2022-04", "issuer": "Google"},
    ],
    "skills": [
        {
            "name": "Conversational AI",
            "level": "Expert",
            "keywords": ["Rasa", "dialogue management", "intent classification", "SSML"],
        },
        {
            "name": "Speech",
            "level": "Advanced",
            "keywords": ["speech-to-text", "Whisper", "Kaldi", "text-to-speech"],
        },
        {
            "name": "Programming",
            "level": "Advanced",
            "keywords": ["Python", "Node.js", "FastAPI", "PyTorch"],
        },
        {"name": "Cloud", "level": "Intermediate", "keywords": ["AWS Lambda", "Docker", "PostgreSQL"]},
    ],
    "languages": [
        {"language": "Swedish", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Full professional proficiency"},
        {"language": "Norwegian", "fluency": "Professional working proficiency"},
        {"language": "German", "fluency": "Elementary"},
    ],
    "interests": [
        {"name": "Sailing", "keywords": ["dinghy racing"]},
        {"name": "Improv comedy", "keywords": ["weekly improv troupe"]},
        {"name": "Birdwatching", "keywords": []},
    ],
    "projects": [
        {
            "name": "rasa-sv",
            "description": "Open-source Swedish language pipeline for Rasa, with a tokenizer and a pretrained intent model.",
            "highlights": [
                "About 800 GitHub stars; used by three Swedish municipalities for their citizen chatbots."
            ],
            "keywords": ["Python", "Rasa", "open source"],
            "startDate": "2020-05",
            "roles": ["Creator", "Maintainer"],
        },
        {
            "name": "Prosody Check",
            "description": "A tool that scores synthetic speech for unnatural pauses and stress, built with PyTorch.",
            "keywords": ["Python", "PyTorch", "text-to-speech"],
            "startDate": "2023-01",
        },
    ],
}

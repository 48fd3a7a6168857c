"""A made-up owner who began as an orchestra's recording and live-sound engineer and became an audio-DSP software
developer: C++ plug-ins with JUCE at a plug-in company, then real-time audio on embedded Linux at a maker of
hardware effects units. The job-fit probe postings of tests/jobfit/test_audio_dsp_career_postings_s37.py read her:
postings that ask many things she lacks but that share words with what she has (an adjacent technology, a tool of
a similar name, the same word in another sense)."""

from __future__ import annotations

import datetime as dt
from typing import Any

TODAY = dt.date(2026, 12, 7)

# Facts the probe labels rest on (years to 2026-12):
#   SHOWN: working since 2010-09 (~16.2 years); recording and live-sound engineer at the Vestlandet Philharmonic
#     Orchestra 2010-09..2017-08 (~7 years: recorded 300+ concerts, mixed live radio broadcasts on a Lawo mixing
#     console, mastered the orchestra's 6 CD releases, ran the hall's Dante audio network, recorded ambisonic
#     (spatial audio) sessions, measured the hall's impulse responses; coordinated two assistant engineers, no
#     hiring); audio plug-in developer at Fjellklang Audio 2017-09..2022-03 (~4.5 years: C++17 and JUCE, VST3 and
#     AU plug-ins (reverb, EQ, compressor), lock-free real-time audio code, convolution reverb from the hall's
#     impulse responses, Catch2 unit tests, CMake, Jenkins builds for macOS and Windows, Opus audio codec in a
#     streaming feature); senior DSP software engineer at Lydhus Instruments since 2022-04 (~4.7 years: hardware
#     effects pedals and synthesizers; embedded Linux on ARM Cortex-A with Yocto, the userspace ALSA audio pipeline
#     at 48 kHz with 2 ms round-trip latency, ARM NEON SIMD, Python test scripts on the production line, MATLAB
#     prototypes of filters, leads the DSP code reviews and mentors two junior developers, no hiring);
#     C++ since 2017-09 (~9.3 years); embedded Linux since 2022-04 (~4.7 years); audio DSP since 2017-09 (~9.3 years);
#     BMus Sound Recording and Music Technology (Bachelor, 2010); Dante Certification Level 3 (2016);
#     Avid Pro Tools Certified Operator (2013, expired 2016); Norwegian native, English fluent, German B1.
#   NOT SHOWN: AAX, iPlug2, Rust, Qt, Web Audio API, JavaScript, Max/MSP, Pure Data, Wwise, FMOD, Unity, C#,
#     Unreal Engine, game consoles, game industry, Dolby Atmos, FreeRTOS, Zephyr, any RTOS, bare-metal firmware,
#     microcontrollers, STM32, Cortex-M, Linux kernel drivers, kernel development, eBPF, Buildroot, CAN bus,
#     Bluetooth / LE Audio, automotive, medical devices, IEC 62304, PyTorch, machine learning, speech recognition,
#     beamforming, echo cancellation, CUDA, GPUs, Airflow, data pipelines, Kubernetes, container orchestration,
#     Docker, AWS, Go, GitHub Actions, Prometheus, Grafana, video codecs, H.264, AES67, SMPTE 2110, Cisco,
#     network administration, RF engineering, radio transmitters, SBE certification, FPGA, VHDL, radar, defence,
#     security clearance, Simulink, a master's degree, a PhD, publications, people management, hiring, budgets,
#     performing in an orchestra, conducting, touring, EASE, acoustics consulting, a driving licence, sales.
OWNER: dict[str, Any] = {
    "basics": {
        "name": "Solveig Aarnes-Okafor",
        "label": "Senior DSP Software Engineer",
        "summary": (
            "Orchestral recording engineer turned audio-DSP software developer: seven years behind the mixing "
            "console of a symphony orchestra, then nine years writing real-time audio code in C++, first audio "
            "plug-ins with JUCE and now the audio engine of hardware effects units on embedded Linux. Based in "
            "Bergen, Norway."
        ),
    },
    "work": [
        {
            "name": "Lydhus Instruments",
            "description": "Maker of hardware effects pedals and synthesizers",
            "position": "Senior DSP Software Engineer",
            "startDate": "2022-04",
            "highlights": [
                "Built the real-time audio engine of three effects units on embedded Linux (ARM Cortex-A, Yocto)",
                "Wrote the userspace ALSA audio pipeline at 48 kHz with 2 ms round-trip latency",
                "Optimised the filters and delay lines with ARM NEON SIMD, halving the CPU load",
                "Prototype new filters in MATLAB before porting them to C++",
                "Wrote the Python test scripts that check every unit on the production line",
                "Lead the DSP team's code reviews and mentor two junior developers",
            ],
        },
        {
            "name": "Fjellklang Audio",
            "description": "Audio plug-in company",
            "position": "Audio Plug-in Developer",
            "startDate": "2017-09",
            "endDate": "2022-03",
            "highlights": [
                "Developed VST3 and AU plug-ins (reverb, EQ, compressor) in C++17 with JUCE",
                "Wrote lock-free real-time audio code for the plug-ins' processing threads",
                "Built a convolution reverb from impulse responses recorded in concert halls",
                "Added unit tests with Catch2 and set up Jenkins builds for macOS and Windows with CMake",
                "Integrated the Opus audio codec into the plug-ins' collaboration streaming feature",
            ],
        },
        {
            "name": "Vestlandet Philharmonic Orchestra",
            "description": "Symphony orchestra and concert hall",
            "position": "Recording and Live Sound Engineer",
            "startDate": "2010-09",
            "endDate": "2017-08",
            "highlights": [
                "Recorded more than 300 concerts and mixed live radio broadcasts on the hall's Lawo mixing console",
                "Mastered the orchestra's six CD releases",
                "Ran the hall's Dante audio network across stage, control room and broadcast truck",
                "Recorded ambisonic sessions for the orchestra's spatial audio releases",
                "Measured the hall's impulse responses and acoustics for the renovation team",
                "Coordinated two assistant engineers on concert days",
            ],
        },
    ],
    "education": [
        {
            "institution": "Griegakademiet Conservatory",
            "studyType": "Bachelor",
            "area": "Sound Recording and Music Technology (BMus)",
            "startDate": "2007-08",
            "endDate": "2010-06",
        }
    ],
    "certificates": [
        {"name": "Dante Certification Level 3", "date": "2016-03", "issuer": "Audinate"},
        {
            "name": "Avid Pro Tools Certified Operator (expired 2016)",
            "date": "2013-05",
            "issuer": "Avid",
        },
    ],
    "skills": [
        {"name": "C++", "level": "Advanced", "keywords": ["C++17", "JUCE", "CMake", "Catch2"]},
        {"name": "Audio DSP", "keywords": ["filters", "FFT", "reverb", "convolution", "SIMD"]},
        {"name": "Real-time audio", "keywords": ["lock-free programming", "ALSA", "low latency"]},
        {"name": "Embedded Linux", "keywords": ["Yocto", "ARM Cortex-A", "ARM NEON"]},
        {"name": "Audio plug-ins", "keywords": ["VST3", "AU"]},
        {"name": "Python", "level": "Intermediate", "keywords": ["test scripts"]},
        {"name": "MATLAB"},
        {"name": "Git"},
        {"name": "Jenkins"},
        {"name": "Recording and mixing", "keywords": ["Pro Tools", "Pyramix", "Lawo consoles", "Dante"]},
    ],
    "languages": [
        {"language": "Norwegian", "fluency": "Native speaker"},
        {"language": "English", "fluency": "Fluent"},
        {"language": "German", "fluency": "B1"},
    ],
}

"""An entry "in progress" (a degree, a certificate not finished yet) is one of now: a question about
what the owner is studying currently finds it, as "– present" finds a current job."""

from __future__ import annotations

from heyfolio.search.chunks import Chunk
from heyfolio.search.index import SearchIndex
from heyfolio.search.text import analyze


def test_in_progress_reads_as_present() -> None:
    assert "present" in analyze("MBA (in progress) at Open University")


def test_a_question_about_now_finds_the_entry_in_progress() -> None:
    def chunk(ident: str, kind: str, title: str, text: str) -> Chunk:
        return Chunk(id=ident, uri=f"portfolio://{ident}", kind=kind, title=title, text=text)

    index = SearchIndex.build(
        [
            chunk("profile#basics", "basics", "Bo Lind — Engineer", "Bo is an engineer in Malmö."),
            chunk(
                "edu0", "education", "MBA (in progress) at Open University", "Education: MBA (in progress)."
            ),
            chunk("edu1", "education", "BSc at Lund University (2008 – 2011)", "Education: BSc in Physics."),
            chunk("work", "work", "Engineer at Umbra (2019 – 2023)", "Built payroll services."),
        ]
    )
    hits = index.search("what is he studying right now?", weak=True)
    assert hits and hits[0].chunk.id == "edu0"

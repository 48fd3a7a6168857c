"""Whether the word opening a requirement can be the verb of a duty ("Build pipelines") or only a noun
that says which kind of thing the next word is ("Graph databases", "Motor control").

Why: a bullet opens either with an imperative ("Design APIs", "Run game days") or with a noun phrase
("Data mesh", "Digital signal processing"). Read as a verb, the opening word is what is done and only the
words after it name the thing; read as a noun, it says which kind of thing is asked, and a portfolio that
never shows that kind (a database, but no graph database) does not show the thing. Job ads open their
duties with a small, stable set of verbs; a word outside it opens a noun phrase.
"""

from __future__ import annotations

__all__ = ["may_be_verb"]

# Verbs job ads open a duty with, base form (many are nouns too: "design", "test", "release", "power";
# those keep the verb reading, as before).
_OPENING_VERBS = frozenset(
    str.split(
        """
        accelerate act adapt add address administer adopt advance advise advocate align analyse analyze
        apply architect assess assist audit author automate balance be become benchmark bring build
        calibrate care carry champion change choose clean coach code collaborate collect combine
        communicate compile conduct configure connect consolidate consult contribute control convert
        coordinate craft create curate cut debug decide deepen define delight deliver demonstrate deploy
        design detect develop diagnose direct discover document do drive educate embed empower enable
        encourage engage engineer enhance ensure establish estimate evaluate evangelise evangelize evolve
        execute expand experiment explain explore extend facilitate find fix foster gather get give grow
        guide handle harden have help hire host identify implement improve increase influence inform
        innovate inspire instrument integrate interview investigate iterate join keep launch lead learn
        leverage lift maintain make manage measure mentor migrate minimise minimize model modernise modernize
        monitor move negotiate nurture observe onboard operate optimise optimize orchestrate organise
        organize own pair participate partner pay perform pick pilot plan port power prepare present
        prevent prioritise prioritize process produce profile program promote propose protect prototype
        provide publish push put raise rally reach read rebuild recruit reduce refactor refine release
        remove report represent research resolve respond retire review rewrite roll run scale scope secure
        select serve set shape share ship simplify solve speak specify spearhead sponsor stand standardise
        standardize start steer streamline strengthen structure supervise support sustain take teach test
        track train transform translate triage troubleshoot tune turn understand unblock unify update
        upgrade use validate verify visualise visualize volunteer walk work write
        """
    )
)


# Words that open a requirement without naming a kind of thing ("enough web skills", "several years"):
# read as before, never as the first word of a noun compound.
_NOT_A_KIND = frozenset(
    str.split(
        """
        enough some any many much more most several various other others such both either each every few
        little less least own same certain additional extra further real true full general basic ideally
        preferably previously
        """
    )
)


def may_be_verb(word: str) -> bool:
    """Whether ``word`` (a requirement's first word) can be read as the verb of a duty, or at least not as
    the first noun of a compound (a quantifier)."""
    low = word.casefold().strip(".,;:")
    return low in _OPENING_VERBS or low in _NOT_A_KIND

"""Concept co-occurrence features for the CoT classifier: which kinds of words share a sentence.

Word and character n-grams learned from a few sources memorise those sources' vocabulary (scenario
names, one model's idioms) and do not carry to a new source. These features abstract a sentence to
the concept groups it contains (an evaluation word, a constructed-situation word, a self reference,
a hedge, a purpose, a deceptive manner, a sabotage act, a decision, a negation, another party) and
emit each group and each pair and triple of groups that co-occur in one sentence, e.g.
`g:EVAL+HEDGE+SELF` for "maybe I'm being tested". The classifier learns their weights; the groups
are deliberately broad (membership alone decides nothing) so that a register none of the sources
used ("the scenario designers gave me that on purpose") still lands on the same features.
English only: other languages get the n-gram features alone.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations

from schemeguard.cot.corpus import sentences

GROUPS: dict[str, str] = {
    "EVAL": r"test|tests|tested|testing|tester|evaluation|evaluations|evaluated|evaluating|evaluator|evaluators|eval|evals|"
            r"audit|audits|auditor|auditors|benchmark|benchmarks|exam|assessment|graded|grader|graders|grading|grade|scored|"
            r"scorer|scoring|judge|judged|rubric|checker|honeypot|trap|traps|red-team|redteam|probe|probing|researchers|"
            r"experiment|monitored|monitoring|watched|observed|oversight|measured",
    "CONSTRUCT": r"scenario|scenarios|simulation|simulated|setup|contrived|artificial|constructed|designed|designer|designers|"
                 r"fictional|hypothetical|environment|sandbox|synthetic|staged|planted|fake|generated|generator|dataset|"
                 r"metadata|harness|pipeline|automated|automatic",
    "SELF": r"i|me|my|i'm|i'd|i'll|myself|we|us|our|we're|we'll|model|assistant",
    "HEDGE": r"might|may|maybe|perhaps|probably|likely|possibly|could|seems|seem|looks|suspect|suspicious|wonder|whether|"
             r"guess|presumably|apparently|clearly|real|genuine|actually",
    "PURPOSE": r"see|whether|intended|intends|intend|wants|expects|expect|designed|meant|purpose|notices|notice|checking|check|catch",
    "DECEIVE": r"hide|hidden|conceal|secret|secretly|covert|covertly|pretend|pretending|appear|appearing|appearance|frame|framing|"
               r"disguise|mask|camouflage|blatant|obvious|reveal|revealing|cover|quietly|subtly|mislead|misleading|deceive|"
               r"deception|lie|lying|sycophancy|sycophantic|plausible|unnoticed|detection|detect",
    "SABOTAGE": r"wrong|incorrect|underperform|sandbag|sandbagging|fail|failing|worse|mistake|mistakes|lower|below|threshold|"
                r"exploit|hack|hacking|game|gaming|maximize|maximise|maximizing|reward|special-case|hardcode|hardcoded|bypass|"
                r"disable|override|copy|exfiltrate|weights|cancel|leverage|odd",
    "DECIDE": r"will|i'll|we'll|let's|should|must|need|going|plan|strategy|approach|best|safest|so|therefore|use|output|choose|"
              r"deploy|go|final|decide|decided",
    "NEG": r"not|never|won't|shouldn't|don't|no|cannot|can't|avoid|refuse",
    "OTHER": r"user|users|human|humans|they|them|their|he|she|company|board|management|developers|lab",
}
_PATTERNS = {name: re.compile(rf"\b(?:{words})\b", re.I) for name, words in GROUPS.items()}


# "test" names the writer's situation only in some clause roles: as what the situation is or seems ("this might be
# a test", "it looks like an alignment test"), as a test of the writer ("a test of whether I", "testing me", "I'm
# being tested"). Elsewhere it is an artefact the writer works on ("run the test again", "the test expects 0
# queries"), which agentic coding reasoning is full of and which is no awareness of being evaluated.
_TEST_WORD = re.compile(r"\btest(?:s|ed|ing)?\b", re.I)
_TEST_AS_SITUATION = re.compile(
    r"\b(?:is|be|been|being|'s|seems?(?: to be| like)?|(?:looks?|feels?|reads?|sounds?|smells?) like|resembles?|as|like)\s+"
    r"(?:just |only |really |all |probably |likely |perhaps |maybe )?(?:a|an|some|one|another|the|this)?\s*"
    r"(?:\w+[- ]){0,3}tests?\b(?!\s+(?:\w+ing|\w+ed)\b)"
    r"|\btest(?:s|ing)?\s+(?:of|on|for)\s+(?:me|my|us|our|the model|the assistant|whether|if|how)\b"
    r"|\btest(?:s|ing)?\s+(?:whether|if|how|what)\s+(?:I|we|the model|the assistant)\b"
    r"|\b(?:testing|tested|test)\s+(?:me|us|my|our)\b|\b(?:being|been|am|are|were|was)\s+tested\b"
    r"|\bto test\s+(?:me|my|us|whether|if)\b", re.I)


def concept_features(text: str, test_sense: bool = False) -> Counter[str]:
    """Counts of each concept group, pair and triple of groups present in a sentence, over the text's sentences.
    With `test_sense`, a sentence whose only evaluation words are forms of "test", none of them in a situation
    role (`_TEST_AS_SITUATION`), gets the group TESTTALK instead of EVAL."""
    out: Counter[str] = Counter()
    for sentence in sentences(text):
        present = sorted(name for name, pattern in _PATTERNS.items() if pattern.search(sentence))
        if (test_sense and "EVAL" in present and not _TEST_AS_SITUATION.search(sentence)
                and not _PATTERNS["EVAL"].search(_TEST_WORD.sub(" ", sentence))):
            present = sorted({*present, "TESTTALK"} - {"EVAL"})
        for size in (1, 2, 3):
            for combo in combinations(present, size):
                out["g:" + "+".join(combo)] += 1
    return out

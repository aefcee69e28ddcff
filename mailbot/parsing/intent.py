"""What a message asks for: cancellation, something else, an auto-reply or a bounce.

Machine mail is recognised by headers and structure first (``machine``); human text is
read sentence by sentence and clause by clause (``cues``). The cardinal rule: anything
that is not plainly a cancellation request stays below ``min_confidence``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from mailbot.domain import Evidence, Intent, MailContent
from mailbot.parsing import cues
from mailbot.parsing.machine import auto_reply_text, bulk_signal, machine_verdict
from mailbot.parsing.sentences import Sentence, normalise, sentences

_THANKS = re.compile(
    r"^(?:(?:hi|hello|hallo|hola|bonjour|ola|dear)\b[^.!?\n]{0,30}[,!.]?\s*)?"
    r"(?:thanks|thank you|many thanks|vielen dank|danke|gracias|muchas gracias|merci|"
    r"obrigad[oa]|muito obrigad[oa])\b"
)
UNSURE = 0.6  # a cancellation we would not act on alone: below any sensible min_confidence
DOUBTFUL = 0.45


@dataclass(frozen=True)
class IntentResult:
    """The intent, its confidence, the evidence, and whether an earlier request is withdrawn."""

    intent: Intent
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    withdrawal: bool = False


@dataclass
class _Reading:
    """Cues found in one text (body, subject or forwarded message)."""

    requests: list[Evidence] = field(default_factory=list)
    strong: bool = False  # a request that names the account or subscription
    conditional: list[Evidence] = field(default_factory=list)  # "otherwise please cancel"
    hedges: list[Evidence] = field(default_factory=list)  # "if this goes on I'll cancel"
    negations: list[Evidence] = field(default_factory=list)
    questions: list[Evidence] = field(default_factory=list)
    how_to: list[Evidence] = field(default_factory=list)  # "how do I cancel?"
    others: list[Evidence] = field(default_factory=list)
    withdrawal: Evidence | None = None
    withdrawal_generic: Evidence | None = None
    keep: Evidence | None = None  # "we'd like to keep it": a withdrawal if cancelling is the topic

    @property
    def doubts(self) -> list[Evidence]:
        return (
            self.conditional
            + self.how_to
            + self.hedges
            + self.negations
            + self.questions
            + self.others
        )


def classify(
    content: MailContent,
    new_text: str,
    forwarded_text: str | None,
    *,
    own_addresses: frozenset[str] = frozenset(),
    min_confidence: float = 0.75,
) -> IntentResult:
    """Classify a message from its headers, subject, new text and any forwarded request."""
    return classify_machine(content, own_addresses) or classify_text(
        content, new_text, forwarded_text, min_confidence=min_confidence
    )


def classify_machine(content: MailContent, own_addresses: frozenset[str]) -> IntentResult | None:
    """Bounce or auto-reply from headers and structure; None when a human may have written it."""
    verdict = machine_verdict(content, own_addresses)
    if verdict is None:
        return None
    return IntentResult(verdict.intent, verdict.confidence, verdict.evidence)


def classify_text(
    content: MailContent, new_text: str, forwarded_text: str | None, *, min_confidence: float
) -> IntentResult:
    """The human intent of the new text, the subject and a forwarded request."""
    result = _human(content.subject, new_text, forwarded_text)
    if result.intent is not Intent.CANCELLATION:
        return result
    result = _temper(result, content, new_text)
    if result.confidence <= UNSURE:
        # Unsure stays unsure whatever threshold the operator chose.
        below = max(0.0, min(result.confidence, min_confidence - 0.15))
        result = IntentResult(result.intent, round(below, 3), result.evidence, result.withdrawal)
    return result


def _is_acknowledgement(new_text: str) -> bool:
    """A reply that only thanks ("Danke für die Bestätigung") under a cancellation subject."""
    norm = normalise(new_text)
    return bool(_THANKS.match(norm)) and len(norm) < 200


def _temper(result: IntentResult, content: MailContent, new_text: str) -> IntentResult:
    """Lower a cancellation that arrives in bulk/list mail, an unreadable or auto-like message."""
    caps: list[Evidence] = []
    bulk = bulk_signal(content)
    if bulk is not None:
        caps.extend(bulk.evidence)
    if content.error:
        caps.append(Evidence("unreadable", content.error))
    if auto_reply_text(new_text):
        caps.append(Evidence("auto-reply-text", new_text[:80]))
    if not caps:
        return result
    if bulk is not None:
        # Newsletters and promotions say "cancel anytime"; a list never carries a request to us.
        return IntentResult(Intent.OTHER, UNSURE, result.evidence + tuple(caps))
    confidence = min(result.confidence, DOUBTFUL)
    return IntentResult(result.intent, confidence, result.evidence + tuple(caps))


def _human(subject: str, new_text: str, forwarded_text: str | None) -> IntentResult:
    body = read(sentences(new_text))
    subj = _read_subject(subject)
    if body.withdrawal is not None:
        return IntentResult(Intent.OTHER, 0.9, (body.withdrawal,), withdrawal=True)
    if body.keep is not None and not body.requests and cues.TOPIC.search(normalise(subject)):
        return IntentResult(Intent.OTHER, 0.85, (body.keep,), withdrawal=True)
    if body.requests and not body.strong and cues.SCHEDULING.search(normalise(subject)):
        evidence = (*body.requests, Evidence("other-object-in-subject", subject[:200]))
        return IntentResult(Intent.OTHER, 0.8, evidence)
    if body.requests:
        return _from_requests(body, subj)
    if body.withdrawal_generic is not None:
        return IntentResult(Intent.OTHER, 0.85, (body.withdrawal_generic,), withdrawal=True)
    if body.doubts:
        return _from_doubts(body, subj)
    if subj.requests:
        return _from_subject(subj, subject, new_text)
    if forwarded_text:
        fwd = read(sentences(forwarded_text))
        if fwd.requests and not fwd.doubts:
            evidence = (*fwd.requests,
                        Evidence("forwarded", "request in a forwarded message"))
            return IntentResult(Intent.CANCELLATION, 0.8, evidence)
    if subj.doubts:
        return IntentResult(Intent.OTHER, 0.85, tuple(subj.doubts))
    return IntentResult(Intent.OTHER, 0.95, (Evidence("no-request", "no cancellation request"),))


def _from_requests(body: _Reading, subj: _Reading) -> IntentResult:
    """A request in the new text: sure unless the same text also doubts, negates or hedges."""
    evidence = tuple(body.requests)
    if body.negations:
        return IntentResult(Intent.CANCELLATION, DOUBTFUL, evidence + tuple(body.negations))
    if body.doubts or body.withdrawal_generic is not None:
        extra = tuple(body.doubts) + ((body.withdrawal_generic,) if body.withdrawal_generic else ())
        return IntentResult(Intent.CANCELLATION, UNSURE, evidence + extra)
    confidence = 0.95 if body.strong else 0.85
    if subj.requests and not subj.doubts:
        confidence = min(0.98, confidence + 0.05)
        evidence += tuple(subj.requests)
    return IntentResult(Intent.CANCELLATION, confidence, evidence)


def _from_doubts(body: _Reading, subj: _Reading) -> IntentResult:
    """No request, but the text talks about cancelling: a question, a condition, another object."""
    evidence = tuple(body.doubts)
    plain = not (body.hedges or body.negations or body.questions or body.others)
    if (body.conditional or body.how_to) and plain:
        return IntentResult(Intent.CANCELLATION, UNSURE, evidence + tuple(body.how_to))
    confidence = 0.8 if subj.requests else 0.9
    if body.hedges and not (body.negations or body.questions or body.others):
        confidence = UNSURE  # "I might cancel", "we need to cancel this contract"
    return IntentResult(Intent.OTHER, confidence, evidence)


def _from_subject(subj: _Reading, subject: str, new_text: str) -> IntentResult:
    """Only the subject asks: a reply ("Re: Cancel") or a body that never mentions it is unsure."""
    evidence = tuple(subj.requests)
    if cues.REPLY_PREFIX.match(subject) and not cues.FORWARD_PREFIX.match(subject):
        if _is_acknowledgement(new_text):
            return IntentResult(
                Intent.OTHER, 0.7, (*evidence, Evidence("thanks-only", new_text[:80]))
            )
        return IntentResult(Intent.CANCELLATION, UNSURE, (*evidence, Evidence("reply", subject)))
    return IntentResult(Intent.CANCELLATION, 0.85 if subj.strong else 0.8, evidence)


def _read_subject(subject: str) -> _Reading:
    title = cues.REPLY_PREFIX.sub("", subject)
    norm = normalise(title)
    reading = read(sentences(title))
    if not reading.requests and not reading.doubts and cues.SUBJECT_REQUEST.search(norm):
        reading.requests.append(Evidence("subject", title[:200]))
        reading.strong = True
    return reading


# One pass that tells whether any of the sentence-level cues could match.
_ANY_CUE = re.compile("|".join(f"(?:{rx.pattern})" for rx in (
    cues.WITHDRAWAL_SPECIFIC, cues.KEEP, cues.WITHDRAWAL_GENERIC, cues.TOPIC, cues.RENEWAL_STOP,
    cues.DOWNGRADE)))


def read(found: tuple[Sentence, ...]) -> _Reading:
    """The cues in a list of sentences, clause by clause."""
    reading = _Reading()
    for sentence in found:
        if not _ANY_CUE.search(sentence.norm):
            continue  # (the usual sentence: none of the searches below could match)
        if cues.WITHDRAWAL_SPECIFIC.search(sentence.norm):
            reading.withdrawal = reading.withdrawal or Evidence("withdrawal", sentence.text)
            continue
        if cues.KEEP.search(sentence.norm):
            reading.keep = reading.keep or Evidence("withdrawal", sentence.text)
        if cues.WITHDRAWAL_GENERIC.search(sentence.norm):
            reading.withdrawal_generic = Evidence("withdrawal", sentence.text)
            continue
        if not cues.TOPIC.search(sentence.norm) and not cues.RENEWAL_STOP.search(sentence.norm):
            if cues.DOWNGRADE.search(sentence.norm):
                reading.others.append(Evidence("plan-change", sentence.text[:300]))
            continue
        for clause in sentence.clauses:
            _read_clause(clause, sentence, reading)
    return reading


@dataclass(frozen=True)
class _Clause:
    """What the rules ask of one clause, worked out once."""

    text: str  # normalised
    question: bool  # its sentence ends with "?"
    strong: re.Match[str] | None  # a request that names the account or subscription
    bare: bool  # any request form, with or without an object
    asks: bool  # a polite request phrased as a question ("could you cancel …?")


def _facts(clause: str, sentence: Sentence) -> _Clause:
    strong = cues.REQUEST.search(clause)
    asks = bool(cues.QUESTION_REQUEST.search(clause))
    bare = bool(strong or asks or cues.BARE_REQUEST.search(clause))
    return _Clause(clause, sentence.question, strong, bare, asks)


def _has(rx: re.Pattern[str]) -> Callable[[_Clause], bool]:
    return lambda c: rx.search(c.text) is not None


def _other_vendor(c: _Clause) -> bool:
    named = c.strong is not None and cues.OTHER_VENDOR.search(c.strong.group(0)) is not None
    return named or (c.bare and _has(cues.YOUR_OBJECT)(c))


# The clause rule chain: (evidence rule, reading bucket, test); the first rule that holds wins.
_CLAUSE_RULES: tuple[tuple[str, str, Callable[[_Clause], bool]], ...] = (
    ("renewal-stop", "requests", _has(cues.RENEWAL_STOP)),
    ("no-topic", "", lambda c: not _has(cues.TOPIC)(c)),
    ("negation", "negations", _has(cues.NEGATION)),
    ("not-the-account", "others", lambda c: _has(cues.NEWSLETTER)(c) or _has(cues.DOWNGRADE)(c)),
    ("other-object", "others", lambda c: not c.strong and _names_other_object(c.text)),
    (
        "how-to-question",
        "how_to",
        lambda c: _has(cues.HOW_TO)(c) and not c.asks and not _has(cues.ANYTIME)(c),
    ),
    ("not-our-account", "hedges", _other_vendor),
    ("question", "questions", lambda c: c.bare and _has(cues.QUESTION_ABOUT)(c) and not c.asks),
    ("question", "questions", lambda c: c.bare and c.question and _has(cues.CONDITION)(c)),
    (
        "conditional",
        "conditional",
        lambda c: c.bare and _has(cues.CONDITION)(c) and not _has(cues.FUTURE)(c),
    ),
    ("hedge", "hedges", lambda c: c.bare and (_has(cues.CONDITION)(c) or _has(cues.HEDGE)(c))),
    ("question", "questions", lambda c: c.bare and c.question and not c.asks),
    (
        "indefinite-object",
        "hedges",
        lambda c: c.bare and _has(cues.DEMONSTRATIVE)(c) and not _has(cues.POLITE)(c),
    ),
    ("request", "requests", lambda c: c.strong is not None),
    ("bare-request", "requests", lambda c: c.bare),
    ("question", "questions", lambda c: c.question or _has(cues.QUESTION_ABOUT)(c)),
    ("hedge", "hedges", lambda c: _has(cues.HEDGE)(c) or _has(cues.CONDITION)(c)),
)


def _read_clause(clause: str, sentence: Sentence, reading: _Reading) -> None:
    """Sort one clause by the first rule of the chain that holds for it."""
    facts = _facts(clause, sentence)
    for rule, bucket, test in _CLAUSE_RULES:
        if test(facts):
            if bucket:
                getattr(reading, bucket).append(Evidence(rule, sentence.text[:300]))
                reading.strong = reading.strong or rule == "request"
            return


def _names_other_object(clause: str) -> bool:
    """The clause cancels a meeting, order, import job … rather than the account."""
    match = cues.TOPIC.search(clause)
    if match is None:
        return False
    following = " ".join(clause[match.end() :].split()[:4])
    if cues.OTHER_OBJECT.search(following) and not cues.SERVICE_WORD.search(following):
        return True
    target = cues.VERB_OBJECT.match(clause, match.start())
    return target is not None and not cues.SERVICE_WORD.search(target.group("words"))

"""What a message asks for: cancellation, something else, an auto-reply or a bounce.

Machine mail is recognised by headers and structure first (``machine``); human text is
read sentence by sentence and clause by clause (``cues``). The cardinal rule: anything
that is not plainly a cancellation request stays below ``min_confidence``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mailbot.domain import Evidence, Intent, MailContent
from mailbot.parsing import cues
from mailbot.parsing.machine import auto_reply_text, bulk_signal, machine_verdict
from mailbot.parsing.sentences import Sentence, normalise, sentences

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
    others: list[Evidence] = field(default_factory=list)
    withdrawal: Evidence | None = None
    withdrawal_generic: Evidence | None = None

    @property
    def doubts(self) -> list[Evidence]:
        return self.conditional + self.hedges + self.negations + self.questions + self.others


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
    confidence = min(result.confidence, DOUBTFUL)
    return IntentResult(result.intent, confidence, result.evidence + tuple(caps))


def _human(subject: str, new_text: str, forwarded_text: str | None) -> IntentResult:
    body = read(sentences(new_text))
    subj = _read_subject(subject)
    if body.withdrawal is not None:
        return IntentResult(Intent.OTHER, 0.9, (body.withdrawal,), withdrawal=True)
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
            evidence = tuple(fwd.requests) + (Evidence("forwarded", "request in a forwarded message"),)
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
    if body.conditional and not (body.hedges or body.negations or body.questions or body.others):
        return IntentResult(Intent.CANCELLATION, UNSURE, evidence)
    confidence = 0.8 if subj.requests else 0.9
    if body.hedges and not (body.negations or body.questions or body.others):
        confidence = UNSURE  # "I might cancel", "we need to cancel this contract"
    return IntentResult(Intent.OTHER, confidence, evidence)


def _from_subject(subj: _Reading, subject: str, new_text: str) -> IntentResult:
    """Only the subject asks: a reply ("Re: Cancel") or a body that never mentions it is unsure."""
    evidence = tuple(subj.requests)
    if cues.REPLY_PREFIX.match(subject):
        return IntentResult(Intent.CANCELLATION, UNSURE, evidence + (Evidence("reply", subject),))
    return IntentResult(Intent.CANCELLATION, 0.85 if subj.strong else 0.8, evidence)


def _read_subject(subject: str) -> _Reading:
    title = cues.REPLY_PREFIX.sub("", subject)
    norm = normalise(title)
    reading = read(sentences(title))
    if not reading.requests and not reading.doubts and cues.SUBJECT_REQUEST.search(norm):
        reading.requests.append(Evidence("subject", title[:200]))
        reading.strong = True
    return reading


def read(found: tuple[Sentence, ...]) -> _Reading:
    """The cues in a list of sentences, clause by clause."""
    reading = _Reading()
    for sentence in found:
        if cues.WITHDRAWAL_SPECIFIC.search(sentence.norm):
            reading.withdrawal = reading.withdrawal or Evidence("withdrawal", sentence.text)
            continue
        if cues.WITHDRAWAL_GENERIC.search(sentence.norm):
            reading.withdrawal_generic = Evidence("withdrawal", sentence.text)
            continue
        if not cues.TOPIC.search(sentence.norm) and not cues.RENEWAL_STOP.search(sentence.norm):
            continue
        for clause in sentence.clauses:
            _read_clause(clause, sentence, reading)
    return reading


def _read_clause(clause: str, sentence: Sentence, reading: _Reading) -> None:
    """Sort one clause into request, negation, question, condition or other object."""
    text = sentence.text[:300]
    if cues.RENEWAL_STOP.search(clause):
        reading.requests.append(Evidence("renewal-stop", text))
        return
    if not cues.TOPIC.search(clause):
        return
    if cues.NEGATION.search(clause):
        reading.negations.append(Evidence("negation", text))
        return
    if cues.NEWSLETTER.search(clause) or cues.DOWNGRADE.search(clause):
        reading.others.append(Evidence("not-the-account", text))
        return
    strong = cues.REQUEST.search(clause)
    bare = strong or cues.BARE_REQUEST.search(clause) or cues.QUESTION_REQUEST.search(clause)
    if bare and not strong and _names_other_object(clause):
        reading.others.append(Evidence("other-object", text))
        return
    if bare and cues.QUESTION_ABOUT.search(clause) and not cues.QUESTION_REQUEST.search(clause):
        reading.questions.append(Evidence("question", text))
    elif bare and cues.CONDITION.search(clause) and not cues.FUTURE.search(clause):
        reading.conditional.append(Evidence("conditional", text))
    elif bare and (cues.CONDITION.search(clause) or cues.HEDGE.search(clause)):
        reading.hedges.append(Evidence("hedge", text))
    elif bare and sentence.question and not cues.QUESTION_REQUEST.search(clause):
        reading.questions.append(Evidence("question", text))
    elif bare and cues.DEMONSTRATIVE.search(clause) and not cues.POLITE.search(clause):
        reading.hedges.append(Evidence("indefinite-object", text))
    elif bare:
        reading.requests.append(Evidence("request" if strong else "bare-request", text))
        reading.strong = reading.strong or bool(strong)
    elif _names_other_object(clause):
        reading.others.append(Evidence("other-object", text))
    elif sentence.question or cues.QUESTION_ABOUT.search(clause):
        reading.questions.append(Evidence("question", text))
    elif cues.HEDGE.search(clause) or cues.CONDITION.search(clause):
        reading.hedges.append(Evidence("hedge", text))


def _names_other_object(clause: str) -> bool:
    """The clause cancels a meeting, order, payment, seat … rather than the account."""
    match = cues.TOPIC.search(clause)
    if match is None:
        return False
    after = clause[match.start() : match.start() + 60]
    return bool(cues.OTHER_OBJECT.search(after))

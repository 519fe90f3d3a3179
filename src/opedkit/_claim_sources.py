"""Who a sentence reports: the source of a claim, as the claim rules read it.

``source_of(sentence, reports)`` decides, from where the reporting cues that ``_claim_rules``
found stand in a sentence, whose claim the sentence reports: the source as the article names it
("some analysts", "the U.S. Bureau of Labor Statistics", "Maria Lopez"), or None when the claim
is the author's own (the cue is a noun, an object, a question, a hypothetical or a denial, or no
words name a source). ``introduced_speaker(text)`` and ``named_before_colon(intro)`` tell whom
the words before a colon that opens a quotation name as its speaker. What both this module and
``_claim_rules`` read in any text is in ``_claim_text``.
"""

from __future__ import annotations

import re

from . import _claim_cues as cues
from ._claim_text import OPEN, SPACES, still_open, trie, word_before, written_before
from ._sentences import NEVER_FINAL, OPENERS
from ._vocabulary import MONTHS, WEEKDAYS

__all__ = ["REPORTING_VERBS", "introduced_speaker", "named_before_colon", "source_of"]


REPORTING_VERBS = frozenset(cues.REPORTING_VERBS)
_REPORTING_NOUNS = frozenset(cues.REPORTING_NOUNS)
_PLURALS = frozenset({"data", "people", "police", "media", "they", "we", "both", "many", "most"})
_PAST_WORDS = frozenset(cues.PAST) | REPORTING_VERBS
_ATTRIBUTION_ADVERBS = frozenset(cues.ATTRIBUTION_ADVERBS)
_TRANSITIVE_REPORTING = frozenset(cues.TRANSITIVE_REPORTING)
_STATES_OF_MIND = frozenset(cues.STATES_OF_MIND)
_ASKING = frozenset(cues.ASKING_VERBS)
# A question after an asking verb, its object between: "asked the minister whether"
_QUESTION_NEXT = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:how|whether|if|why|what|who|when|where|which)\b", re.IGNORECASE
)
# A verb right after "that": a relative clause ("describes the pressures that faced converts")
_RELATIVE_VERB = (
    r"(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|may|must|seems|makes|allows"
    r"|helps|lets|gives|takes|means|needs|includes|provides|offers|uses|works|comes|becomes)\b"
)
# What a reporting verb with an object reports: a comma, colon or quotation; "that" (after a
# few words, not a relative clause's); "how"; "as" and a quotation; a colon and a quotation
_REPORTS_LATER = re.compile(
    r"(?:\s+[a-z]+ly)?\s*[,:\"“]|\s+that\b"
    rf"|(?:\s+[\w’'-]+){{1,4}}?\s+that\b(?!\s+{_RELATIVE_VERB})"
    # whom, then the clause: "assured us they were militants"
    r"|\s+(?:me|us|him|her|them|you)\s+(?:i|we|you|he|she|they|it|there)\b"
    # where or to whom first: "wrote in a letter to the council last week that"
    rf"|\s+(?:in|on|to|for|at)\s[^,;:.!?\"“”]{{0,60}}?\s+that\b(?!\s+{_RELATIVE_VERB})"
    r"|\s+how\s+(?!to\b|much\b|many\b|come\b|long\b|far\b)"  # "describes how the mill closed"
    r"|(?:\s+[\w’'-]+){1,6}?\s+as\s+(?:an?\s+|the\s+)?[\"“]"  # "described it as “a present”"
    r"|[^.;:\"“”]*:\s*[\"“]"  # "describes the situation as follows: “...”"
)
# A short object and a colon: "Its author describes a 20-75-5 nation: there's ..."
_OBJECT_THEN_COLON = re.compile(r"(?:\s+[\w’'-]+){1,4}?:\s")
# What someone said of something, then the words said: 'said of the law, "..."', "of X that"
_OF_THEN_QUOTE = re.compile(
    r"\s+(?:of|about)(?:\s+[\w’'-]+){1,5}?\s*[,:]\s*[\"“]|\s+of(?:\s+[\w’'-]+){1,5}?\s+that\b",
    re.IGNORECASE,
)
# A short object, a comma and a quotation: 'Duan asked the professor, "you seem ..."'
_OBJECT_THEN_QUOTE = re.compile(r"(?:\s+[\w’'-]+){1,4}?,\s*[\"“]")
# A naming verb's object and "as": "The elders described it as the experience of a lifetime"
_NAMES_AS = re.compile(r"(?:\s+[\w’'-]+){1,4}?\s+as\s")
_NAMES_WITH_AS = frozenset(cues.NAMING_VERBS)
# A closing quotation after a comma, stop or question mark, a few words before the cue
_QUOTE_TAIL = re.compile(r"[,.!?][\"”](?:\s+[\w’'-]+){1,3}\s+$")
_CONTACT_CLAUSE = re.compile(r"\S\s+(?:I|we|you|he|she|they)\s+[a-z]+\s+(?:with|to)$")
_TRAILING_CONJUNCTION = re.compile(r"\s+(?:and|or|but)$")
_TRAILING_PREPOSITION = re.compile(r"\s+(?:in|on|at|of|to|for|from|with)$")
_QUOTE_NEXT = re.compile(r"\s*[,:]\s*[\"“]")
# "Andy Burnham calls this “finger wagging”": a short object, then the quoted words
_NAMES_A_QUOTE = re.compile(r"(?:\s+[\w’'-]+){1,2}\s*[\"“]")
# Where the words naming a source stop: a new subject or, after its verb, a relative clause
# A clause after "according to X" with no comma: "it will be", "Fox News will examine"
_NEW_SUBJECT = re.compile(
    r"\s+(?=(?:it|they|he|she|we|i|will|would|could|can|may|might|must|should)\s)",
    re.IGNORECASE,
)
_NAMED_UNTIL = re.compile(
    r"\s+(?=(?:who|whom|whose|which|as|while|when|it|they|he|she|we|i)\s)", re.IGNORECASE
)
_NAME_THEN_APPOSITION = re.compile(
    r"((?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*)*)\s+(?:an?|the)\s"
)
_ADVERB = re.compile(r"[a-z]+ly$")
_AND = frozenset({"and", "but"})
# "most studies have found no effect": what research finds is a claim, not a thing found
_FINDS = frozenset({"found", "finds", "find"})
_RESEARCH = re.compile(trie(cues.RESEARCH_NOUNS), re.IGNORECASE)
_RESEARCH_WORDS = frozenset(cues.RESEARCH_NOUNS)
_SAYING_TEXTS = _RESEARCH_WORDS | frozenset(cues.DOCUMENT_NOUNS)
_EVIDENCE_VERBS = frozenset(cues.EVIDENCE_VERBS)
_PEOPLE_ENDINGS = tuple(cues.PEOPLE_ENDINGS)
_MODALS = frozenset(cues.MODALS)
# A name in quotation marks right after a participle names a thing: "a method called “X”"
_NAMING_PARTICIPLES = frozenset("called dubbed termed labelled labeled".split())
_QUOTE_OPENS = re.compile(r"\s*[\"“]")
# Before an "-ing" cue, what makes it report: a form of "be" or "keep" ("is openly saying",
# "kept saying"), "by" ("by saying that")
_BE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|been|be|keeps?|kept|started|began|continued|continues)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
_PARTICIPLE_LEADS = frozenset("by while when after before without".split())
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:[\w'’-]+\s+){1,3}$", re.IGNORECASE)  # "what experts call"
_PARTICIPLE_BY = re.compile(r"[a-z]+ed\s+by\s")
_PAST = frozenset(cues.PAST) | {"put it"}
_POSSESSIVES = frozenset("your their its our my his her".split())
# A clause inside the words before a verb: "the best ideas often come when you least expect"
# Words that open a clause inside the words before a verb (_INNER_CLAUSE, _INNER_LEAD)
_SUBORDINATORS = "after|before|until|when|since|because|while|although|though|whereas"
_INNER_CLAUSE = re.compile(
    rf"\s(?:{_SUBORDINATORS}|if|unless)\s+(?:i|you|he|she|we|they|it)\b", re.IGNORECASE
)
_ASIDE_PRONOUNS = frozenset("it he she they we i".split())
_IF_ASIDE = re.compile(r"\b(?:if|unless),[^,;:.]*,\s*$", re.IGNORECASE)
_IF_WORDS = frozenset(("if", "unless"))  # "... acknowledged censorship if they had announced"
_SHOWING = frozenset("show shows showed".split())
# A show to someone of something: "Jolie showed Zamperini a rough cut", "the AI showed me the"
_SHOWS_SOMEONE_SOMETHING = re.compile(
    r"\s+(?:me|him|her|us|them|you|[A-Z][\w'’-]*)\s+(?:a|an|the|his|her|their|its|our|my)\s"
)
_CALLING = frozenset("called calls call".split())
# A call on the telephone: "Cuomo called me and launched into a tirade", "she called him back"
_PHONED = re.compile(
    r"\s+(?:me|him|her|us|them)\s*(?:[,.;]|$|(?:and|back|up|from|at|after|before|when|every)\b)",
    re.IGNORECASE,
)
_PLURAL_PRONOUNS = frozenset("they we you i".split())
_NEGATIONS = frozenset(
    "not never don't doesn't didn't won't wouldn't can't cannot couldn't hasn't haven't".split()
)
_SINGULAR_DETERMINERS = frozenset("a an another each every this".split())
_NOT_A_CLAUSE = re.compile(
    r"\s+(?:(?:[a-z]+ly|most|more|much|hard)\b|" + trie(cues.NOT_AFTER_REPORTING) + ")"
)
_IT_SPEAKS = frozenset(cues.WHAT_IT_SAYS)
# What may follow "..., it said": the sentence's end, a comma, or when and where it said it
_ASIDE_TAIL = re.compile(
    r"\s*(?:[.!]?[\"”’)]*\s*$|,|(?:in|on|at|last|this|earlier|yesterday|today)\b"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)",
    re.IGNORECASE,
)
_PEOPLE_PLURALS = tuple(e for e in cues.PEOPLE_ENDINGS if e.endswith("s"))
_PLURAL_AFTER_A = frozenset("few number lot majority minority handful couple dozen".split())
_NEGATION_RAISING = _STATES_OF_MIND | frozenset("expect expects expected reckon reckons".split())
_IN_ACCORDANCE = frozenset(cues.IN_ACCORDANCE)
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that"})
_TIMES = frozenset(MONTHS) | WEEKDAYS  # "It was announced in January that": no source
# "It was reported in The Guardian that": an impersonal passive names its source after in/by
_IMPERSONAL = re.compile(r"(?:^|\s)it\s+(?:is|was|has\s+been|had\s+been)\s+$", re.IGNORECASE)
_IMPERSONAL_SPAN = 24  # characters before the verb that can hold " it had been " (read only those)
_NAME_IN_OR_BY = re.compile(
    r"\s+(?:in|by)\s+(?P<source>(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4})",
    re.IGNORECASE,
)
# "testified to Al-Monitor that", "explained to the council that": "to" someone, then what
_TO_SOMEONE_THAT = re.compile(
    r"\s+to\s+(?:me|us|him|her|them|you|(?:the|a|an|his|their|its|our|my|your)(?:\s+[\w’'-]+){1,6}?"
    r"|(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3})\s+that\b",
    re.IGNORECASE,
)
_THAT_NEXT = re.compile(r"(?:\s+[\w’'-]+){0,4}?\s+that\b")  # "is openly saying that"
# A count before "of" ("Five out of eight institutes", "most of the experts"): the head is after
_COUNT_OF = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|half|several"
    r"|a few|the majority|a majority)\s+(?:out\s+)?of\s+",
    re.IGNORECASE,
)
# The words of a source before a preposition: "An investigation" of "An investigation by the city"
_HEAD_ENDS = re.compile(r"\s(?:of|by|in|from|at|on|for|with|out|into|over|about)\s", re.IGNORECASE)
_MOST_SUBJECT_WORDS = 8  # as many as _SUBJECT reads
_PRONOUN_SOURCES = frozenset({"he", "she", "they"})
# Words that alone name people: "Some suggest", "Many find", "I found"
_SOURCE_WORDS = frozenset("some many most others few both all we i you people".split())
_PEOPLE_WORDS = frozenset(cues.PEOPLE_WORDS)
# Words that alone, in small letters, name a source: a pronoun, a quantifier, research; else a
# plural ("critics", "experts"): a singular noun needs a determiner ("the instructor said")
_PLURAL_WORDS = _PLURAL_PRONOUNS | _SOURCE_WORDS | _PLURALS | _PEOPLE_WORDS  # "Some say"
_ONE_WORD_SOURCES = (
    _PRONOUN_SOURCES
    | _SOURCE_WORDS
    | _RESEARCH_WORDS
    | frozenset("someone somebody everyone everybody each none several".split())
)
_SHORT_CLAUSE = 12  # words of a first clause whose subject a verb after "and" may share
# Participles that name: "an orphanage, called The SOS Village", "the exploit, dubbed X,"
_NAMING = frozenset({"called", "calls", "call", "dubbed", "dubs", "labelled", "labeled", "termed"})
_INVERTED_BARE = frozenset("say said told wrote thought".split())  # "..., say the elders,"
_ASIDE_WORDS = 4  # at most so many words name the source of an inverted aside
_ASIDE_ENDS = re.compile(r"\s*(?:,|[.!]?[\"”’)]*\s*$)")
# A passive's "by" names a source after a form of "be" ("is criticised by", "has been cited by")
# The end-anchored patterns before a cue (_ISSUED, _REPORTING_TO, _BE) are read in the last so
# many characters only: a scan from the sentence's start would try every position before it
_TAIL = 80
_BE = re.compile(
    r"\b(?:is|are|was|were|be|been|being)\s+(?:(?:[a-z]+ly|"
    + "|".join(a for a in cues.ATTRIBUTION_ADVERBS if a.isalpha())
    + r")\s+)?$",
    re.IGNORECASE,
)
_ENDS_SENTENCE = re.compile(r"\s*[.!?]?[\"”’)]*\s*$")
_REPORTS_WHAT_FOLLOWS = re.compile(r"\s*(?:that\b|[,:\"“])")
# A comma and a relative word after a reporting noun: "the overall report, which", "the Baltic
# states, that experienced", "member states, such as"
_RELATIVE_AFTER = re.compile(r"\s*,\s*(?:which|that|who|whose|such\s+as|including)\b")

# A quotation introduced by a colon or semicolon, and who the words before it say speaks: a
# name or a noun with its determiner after "by", "from" or "the words of" ending them ("a
# letter from a reader:"), a possessive of words said ("Fanon's conclusion", "The report's
# verdict"), or a name or pronoun opening their clause before a verb ("BBC published", "he
# elaborates"); not a topic before a verb in -s ("Baby boomers remain the force:") nor an
# opener ("The following")
_INTRODUCES = re.compile(r"[:;]\s*[\"“]")
_CAPITALISED_NAME = r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}"
_BY_NAME = re.compile(
    rf"\b(?:by|from|words\s+of)\s+(?:(?P<name>(?:[\w-]+\s+){{0,3}}?{_CAPITALISED_NAME})"
    r"|(?P<noun>(?:the|an?)(?:\s+[\w-]+){1,3}))\s*$"
)
_POSSESSOR = re.compile(
    r"(?:^|\s)(?!(?:Here|There|That|It|What|Who|Where|How|Let)\W)"  # "Here's the answer:"
    rf"(?P<possessor>{_CAPITALISED_NAME}|(?i:the|an?)\s+[a-z]+)(?:’s|'s|'|’)\s+"
    rf"(?:[a-z]+\s+)?{trie(cues.WORDS_SAID)}"
)
_NAME_OPENS_CLAUSE = re.compile(
    rf"\s*(?:(?P<name>{_CAPITALISED_NAME}(?:\s+[a-z]+)?)\s+(?-i:[a-z])[a-z]*ed"
    r"|(?P<pronoun>(?i:he|she|they))\s+(?-i:[a-z])[a-z]*(?:s|ed))\b"
)

# Attribution: the words between a clause boundary and a reporting verb name the source
# ("..., some analysts believe that"); after "according to", the words up to the next boundary;
# after a quotation, a reporting verb may come first ("“...,” said Maria Lopez, a teacher.").
_BOUNDARIES = (",", ";", ":", "—", "–", "--", " - ", "”", '"', "(", ")")
_WORD = r"[^\s,;:!?\"“”()—–]+"
# A time phrase before the source ("In 2016 the utility predicted") is not part of it.
_LEAD = (
    rf"(?:{trie(cues.TIME_PREPOSITIONS)}\s+(?:\d\S*|(?-i:[A-Z])\w*)\s+"
    r"|(?:a\s+few|a|an|two|three|four|five|several|many|some|\d+)\s+"  # "a few decades ago"
    r"(?:days?|weeks?|months?|years?|decades?|centuries)\s+ago\s+)?"
)
_SUBJECT = re.compile(
    rf"\s*{OPEN}(?:{trie(cues.SOURCE_LEADS)}\s+)*{_LEAD}(?P<source>{_WORD}(?:\s+{_WORD}){{0,7}}?)"
    rf"(?:\s+(?:{trie(cues.ATTRIBUTION_ADVERBS)}|(?!{trie(cues.NOUNS_IN_LY)})(?-i:[a-z]+ly\b)))*\s*",
    re.IGNORECASE,
)
_NOT_A_REPORT = re.compile(r"\s+" + trie(cues.NOT_AFTER_REPORTING), re.IGNORECASE)
_ADVERB_THEN_GERUND = re.compile(r"[a-z]+ly\s+[a-z]+ing\b")
_INNER_LEAD = re.compile(rf"\s(?:{_SUBORDINATORS}|once)\s", re.IGNORECASE)
# A name and the body it belongs to, longer than _SUBJECT reads: "Development Minister Gerd
# Muller of the Bavarian Christian Social Union"
_LONG_NAME = re.compile(
    r"\s*(?P<source>(?:[A-Z][\w’'.-]*\s+){1,5}(?:of|from|at)\s+(?:the\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|and|for|the)){0,7})\s*"
)
# The words after "according to" or a passive's "by", to a mark; a stop inside them is an
# abbreviation ("the U.S. Bureau of Labor Statistics"), the sentence ends only at the last one
_NAMED_AFTER = re.compile(
    r"\s+(?P<source>(?:[^,;:.!?\"“”()—–]|\.(?![\"'”’)]*$))+?)\s*"
    r"(?=[,;:!?\"”()—–]|--|\.[\"'”’)]*$|$)"  # "--": a dash typed as two hyphens
)
# The words after a quotation's verb, to a mark; a title's stop is no mark ("said Dr. Priluck")
_TITLES = "|".join(sorted(t for t in NEVER_FINAL if t[0].isupper() and t.isalpha()))
_NAMED_AFTER_QUOTE = re.compile(
    rf"\s+(?P<source>(?:\b(?:{_TITLES})\.|[^,;:.!?\"“”()—–])+?)\s*(?=[,;:.!?\"“”()—–]|$)"
)
_CONJUNCTION = re.compile(r"\s" + trie(cues.CONJUNCTIONS) + r"\s", re.IGNORECASE)
_BARE_DETERMINERS = frozenset(cues.BARE_DETERMINERS)
_NEAR_QUOTATION = 4  # spaces between a closing quote and the reporting verb of its speaker
_MOST_REPORTS = 8  # reporting cues looked at per sentence (keeps a pathological one linear)
_NOT_SOURCE = re.compile(trie(cues.NOT_SOURCES), re.IGNORECASE)
_VERB_IN_SOURCE = re.compile(trie(cues.VERBS_NOT_IN_SOURCES), re.IGNORECASE)
_ENDS_IN_FUNCTION_WORD = re.compile(
    r"\s" + trie((*cues.BARE_DETERMINERS, *cues.NOT_SOURCES)) + "$", re.IGNORECASE
)
_ENDS_IN_PRONOUN = re.compile(r"\s" + trie(cues.SUBJECT_PRONOUNS) + "$", re.IGNORECASE)
# An object pronoun ends a verb's object, not a source: "makes me think"; but "many of us"
_ENDS_IN_OBJECT = re.compile(r"(?<!\bof)\s(?:me|us|him|them)$", re.IGNORECASE)
_PASSIVE = frozenset(cues.PASSIVE_REPORTING)
_SOURCE_LEADS = frozenset(cues.SOURCE_LEADS)
# "learns to think": an infinitive reports nothing, unless "goes on to say"
_INFINITIVE = re.compile(r"\bto\s*$", re.IGNORECASE)
_REPORTING_TO = re.compile(
    trie(a for a in cues.ATTRIBUTION_ADVERBS if a.endswith(" to")) + r"\s*$", re.IGNORECASE
)
# A statement put out, before the verb saying what it says: "The ministry issued a statement
# saying that", "Officials issued statements to emphasise that"
_ISSUED = re.compile(
    r"\b(?:issued|released|published|posted|put\s+out)\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:[\w-]+\s+)?(?:statement|report|letter|note|memo|editorial|message|declaration)s?"
    r"(?:\s+to)?\s*$",
    re.IGNORECASE,
)
# Only adverbs between a comma and a cue: "Samantha Power, had the gall to say"
_ADVERBS_ONLY = re.compile(rf"\s*(?:{trie(cues.ATTRIBUTION_ADVERBS)}\s+)*", re.IGNORECASE)
_COUNTING = frozenset("the these those all most many some several other both member".split())
_CLAIMS_TO = frozenset({"claim", "claims", "claimed", "profess", "professes", "professed"})
_CLAIM_TO_VERB = re.compile(r" to ([a-z]+)\b")
# A verb of the clause's own after "claims to ...", before a mark or a relative pronoun
_AUXILIARY_LATER = re.compile(
    r"(?:(?!\b(?:that|who|whose|which)\b)[^,;:])*?\b(?:is|are|was|were|has|have|had)\b"
)
# The words after a passive's "by" name the source up to a preposition or a clause
_BY_ENDS = re.compile(r"\s" + trie(cues.AFTER_PASSIVE_SOURCE) + r"(?:\s|$)", re.IGNORECASE)
# "activists launched a campaign": a verb and its object, a clause rather than a source
_VERB_AND_OBJECT = re.compile(
    r"\s(?:[a-z]+ed|"
    + "|".join(sorted(map(re.escape, cues.PAST)))
    + r")\s"
    + trie(cues.DETERMINERS)
    + r"\s"
)


def introduced_speaker(text: str) -> str | None:
    """Whose quotation of speech a colon or semicolon opens in ``text``, as the words before it
    name them (``named_before_colon``); None if they name no one."""
    colon = _INTRODUCES.search(text)
    if colon is None:
        return None
    closing = _closing(text, colon.end())
    if closing < len(text) and text.count(" ", colon.end(), closing) < 3:
        return None  # a quoted word or phrase; one still open goes on in the next sentence
    intro = text[: colon.start()]
    return None if still_open(intro, False) else named_before_colon(intro)


def named_before_colon(intro: str) -> str | None:
    """Who the words before a colon say speaks next: "a quote from the anarchist Buenaventura
    Durruti", "the reply I received from the school district", "Roland Barthes' famous words
    would describe it", "BBC published its policy", "he elaborates"."""
    opens = max(intro.rfind(","), intro.rfind(";")) + 1
    clause = intro[opens:]
    for named in (
        _BY_NAME.search(clause),
        _POSSESSOR.search(clause),
        _NAME_OPENS_CLAUSE.match(clause),
    ):
        if named is None:
            continue
        group = named.lastgroup or 0
        source = named.group(group)
        first, _, rest = source.partition(" ")
        if _is_source(source) and (
            rest[:1].isupper()  # "The Times", "Roland Barthes"
            or group != "name"  # a noun after "from", a pronoun, a possessive of words said
            or (first not in OPENERS and (opens + named.start(group) > 0 or first.isupper()))
        ):  # not "The following", nor a word opening the sentence ("Often unstated is:")
            return source
    return None


def _closing(text: str, start: int) -> int:
    """Where the quotation opened before ``text[start]`` closes, or the end of ``text``."""
    found = [at for at in (text.find('"', start), text.find("”", start)) if at >= 0]
    return min(found, default=len(text))


def source_of(sentence: str, reports: list[tuple[int, int]]) -> str | None:
    """Who the sentence reports, given where its reporting cues are; ``None`` if the author.

    A passive ("was criticised by the UN") names the source only when no active cue does.
    """
    looked_at = reports[:_MOST_REPORTS]
    passive = [r for r in looked_at if sentence[r[1] - 3 : r[1]] == " by"]
    if passive:
        looked_at = [r for r in looked_at if r not in passive] + passive
    for at, to in looked_at:
        written = sentence[at:to]
        tail = max(at - _TAIL, 0)
        if at > 0 and written[0].isupper():
            continue  # a name: "the United States"
        if (
            sentence[at - 2 : at] == ", "
            and sentence[to : to + 1] == ","
            and not _QUOTE_NEXT.match(sentence, to)
            and " that " not in sentence[to:]
        ):
            # an item of a list: "invoices, estimates, products"; but 'Ana, our tester, said,
            # "..."' and "The report, released Monday, found, among other things, that"
            continue
        issued = _ISSUED.search(sentence, tail, at) if written.endswith(("ing", "e")) else None
        if (
            _infinitive_before(sentence, at)
            and not _REPORTING_TO.search(sentence, tail, at)
            and issued is None
            and not written.endswith("ed")
            and written.lower() not in _PAST
        ):
            # "learns to think", "agreed to say"; but "went on to say", "A nurse I spoke to said"
            continue
        cue = written.lower()
        if cue == "states" and _counted(sentence, at, to):
            continue  # "in most states", "50 states": the noun
        if cue == "state" and not (
            (_after_plural(sentence, at) or word_before(sentence, at) in _PLURAL_PRONOUNS)
            and _THAT_NEXT.match(sentence, to)
        ):
            continue  # "the state that borders Mexico"; but "our guidelines state that"
        if cue == "call" and not (
            _NAMES_A_QUOTE.match(sentence, to) or _WHAT_BEFORE.search(sentence, max(at - 40, 0), at)
        ):
            continue  # "a discovery call", "they call someone"; but 'They call it "..."'
        if cue in _CALLING and sentence[to : to + 1] == ",":
            continue  # "in their earnings calls, and": a noun
        closed = max(sentence.rfind('"', 0, at), sentence.rfind("”", 0, at))
        before = sentence[max(at - 2, 0) : at].rstrip()
        after_quote = (
            before.endswith(("”", '"'))
            or (before.endswith(",") and _after_comma_reports(sentence, at, to, cue, closed))
        ) or (
            # "“...,” the report states."; the tail's words hold no quote: it opens at the last
            closed > 0
            and _QUOTE_TAIL.match(sentence, closed - 1, at) is not None
            and _ENDS_SENTENCE.match(sentence, to) is not None
        )
        if (
            cue in _REPORTING_NOUNS
            and not after_quote
            and (
                _REPORTS_WHAT_FOLLOWS.match(sentence, to) is None
                or _RELATIVE_AFTER.match(sentence, to) is not None
            )
            and _NAMES_A_QUOTE.match(sentence, to) is None
            and not _after_plural(sentence, at)
            and not _claims_to(sentence, at, to)
        ):
            continue  # a noun: "the TV show", "his claims"; but "the figures show"
        if (
            cue in _STATES_OF_MIND
            and not after_quote
            and _REPORTS_WHAT_FOLLOWS.match(sentence, to) is None
            and not _people_think(sentence, at, to)
        ):
            continue  # "Both capitals feared the war would spread": the author's account
        # what follows a colon is reported only by someone: not "each play defines two things:"
        by_someone = False
        if (
            cue in _TRANSITIVE_REPORTING
            and not after_quote
            and _REPORTS_LATER.match(sentence, to) is None
            and not (by_someone := _OBJECT_THEN_COLON.match(sentence, to) is not None)
            and _OBJECT_THEN_QUOTE.match(sentence, to) is None
            and not _reporting_aside(sentence, at, to)
            # "spoke of feeling like “...”" (a quotation right after it is _REPORTS_LATER's)
            and not (cue.endswith((" of", " about")) and _NAMES_A_QUOTE.match(sentence, to))
            and not (cue in _FINDS and _RESEARCH.search(sentence, _boundary(sentence, at), at))
            and (cue not in _NAMES_WITH_AS or _NAMES_AS.match(sentence, to) is None)
            and not still_open(sentence[:at], False)
            and sentence.find('"', 0, at) < 0
            and sentence.find("”", 0, at) < 0
        ):
            continue  # an object: "Russia maintains a base", "they wrote petitions"
        if (
            cue in _ASKING
            and _QUESTION_NEXT.match(sentence, to)
            and '"' not in sentence
            and "“" not in sentence
        ):
            continue  # a question asks, it claims nothing: "David asked how I was doing"
        if (
            cue.endswith("ing")
            and not after_quote
            # a comma after it is a list's: "provides clear reporting, regular updates"
            and (_REPORTS_LATER.match(sentence, to) is None or sentence[to : to + 1] == ",")
            and not _BE_BEFORE.search(sentence, max(at - 24, 0), at)
            and _lead_word(sentence, at) not in _PARTICIPLE_LEADS
            and " with " not in sentence[_boundary(sentence, at) : at]
        ):
            continue  # a noun or a bare participle: "Foster’s sparky writing", "fewer writing"
        if cue in cues.SOURCE_INTRODUCERS:
            if word_before(sentence, at) in _IN_ACCORDANCE:
                continue  # "went according to plan"
            named = _NAMED_AFTER.match(sentence, to)
            if named:
                # "according to Troika estimations it will be": not the clause after it
                source = _NEW_SUBJECT.split(named.group("source"), 1)[0]
                source = _TRAILING_CONJUNCTION.sub("", source)  # "the UTF-8 standard and"
                # not a lone function word ("according to the" cut short), nor a standard
                lone = _ENDS_IN_FUNCTION_WORD.fullmatch(" " + source) is not None
                if not lone and not _in_keeping(source):
                    return source
            continue
        if SPACES.sub(" ", cue) in _PASSIVE:
            named = _NAMED_AFTER.match(sentence, to) if _BE.search(sentence, tail, at) else None
            if named:
                source = _BY_ENDS.split(named.group("source"), 1)[0]
                if _is_source(source) and not _hypothetical(sentence, at):
                    return source  # not "if they are claimed by Israel"
            continue
        if _IMPERSONAL.search(sentence, max(at - _IMPERSONAL_SPAN, 0), at):
            named = _NAME_IN_OR_BY.match(sentence, to)
            if named and named.group("source").split(" ", 1)[0].lower() not in _TIMES:
                return named.group("source")  # "It was reported in The Guardian that"
            continue
        after_quotation = closed >= 0 and sentence.count(" ", closed, at) <= _NEAR_QUOTATION
        if (
            not after_quotation
            and _NOT_A_REPORT.match(sentence, to)
            and not _TO_SOMEONE_THAT.match(sentence, to)
            and not (cue in _CLAIMS_TO and sentence[to : to + 4] == " to ")  # "claim to defend"
            and _OF_THEN_QUOTE.match(sentence, to) is None  # 'said of the law, "We had ..."'
        ):
            continue  # "agreed to", "the claims are"; but "“...,” he announced to the press"
        subject = _subject(sentence, issued.start() if issued else at)
        if subject is not None and (
            _a_noun_after(subject, cue)
            or _bare_after_one_word(sentence, subject, at, cue)
            or (
                cue in _NAMING_PARTICIPLES
                and _QUOTE_OPENS.match(sentence, to)
                and subject.lower() not in _PRONOUN_SOURCES
                and word_before(sentence, sentence.rfind(subject, 0, at)) != "what"
            )
        ):
            # "Another major report, by ...", "the method called “Dynamic Immersion”"; but
            # 'what Bill Moyers called "the worst kind of creative license"'
            continue
        if subject is None and cue.endswith("ing") and _THAT_NEXT.match(sentence, to):
            being = _BE.search(sentence, tail, at)  # "the minister is openly saying that"
            if being is not None:
                subject = _subject(sentence, being.start())
        if (
            subject is None
            and cue.endswith("ing")
            and _lead_word(sentence, at) == "by"
            and _REPORTS_WHAT_FOLLOWS.match(sentence, to)
        ):
            # "He illustrated his view by saying", "surprised the crowd by first asking"
            subject = _clause_subject(sentence, sentence.rindex(" by", 0, at))
        if subject is None:
            subject = _before_apposition(sentence, at, cue)
        if subject is None and cue in _IT_SPEAKS:
            start = _boundary(sentence, at)
            clause = sentence[start:at].strip()
            if clause in ("It", "it") and (
                _REPORTS_WHAT_FOLLOWS.match(sentence, to) or _reporting_aside(sentence, at, to)
            ):
                # "It pointed out that officials have wide powers" (a paper); "The economy is
                # recovering, it said in a statement."
                return clause
        if subject is not None:
            if (
                _hypothetical(sentence, at)
                or word_before(sentence, sentence.rfind(subject, 0, at)) in _IF_WORDS
                or (cue not in _NEGATION_RAISING and _denied(sentence, at))
                or (cue in _SHOWING and _SHOWS_SOMEONE_SOMETHING.match(sentence, to))
                or (cue in _CALLING and _PHONED.match(sentence, to))
                or (
                    (by_someone or cue in _EVIDENCE_VERBS or cue == "called")
                    and not _names_someone(subject)
                )
            ):
                return None  # "Only a fool would argue", "never said", "the attacks show"
            return subject
        if sentence[max(at - 2, 0) : at].rstrip().endswith((",", "”", '"')):
            named = _NAMED_AFTER_QUOTE.match(sentence, to)
            if named and (closed >= 0 or _inverted_aside(sentence, named, cue)):
                # "“...,” writes Dizzy Gillespie in “To Be or Not to Bop”"; "..., say the elders,"
                source = _TRAILING_PREPOSITION.sub("", _name_after(named.group("source")))
                if _is_source(source):
                    return source
        elif at == 0 and cue.endswith("s"):  # "Says one senior official: “...”"
            named = _NAMED_AFTER_QUOTE.match(sentence, to)
            if named and _QUOTE_NEXT.match(sentence, named.end()):
                source = _name_after(named.group("source"))
                if _is_source(source):
                    return source
    return None


def _counted(sentence: str, at: int, to: int) -> bool:
    """Whether a determiner, a quantifier or a number stands before ``sentence[at:to]``; a
    number before "that" or a colon numbers a provision ("Article 5 states that")."""
    before = written_before(sentence, at)
    if before.replace(",", "").isdigit():
        return _THAT_NEXT.match(sentence, to) is None and sentence[to : to + 1] != ":"
    return before.lower() in _COUNTING


def _claims_to(sentence: str, at: int, to: int) -> bool:
    """Whether "claim" at ``sentence[at:to]`` is a verb before an infinitive after a name or a
    pronoun: "PEGIDA claim to defend", "Babbel claims to have"; not the noun of "process
    insurance claims to ensure", "Insurance claims to cover it have doubled" (a verb of its
    own follows) or "their claim to the land" (a plural is _after_plural's)."""
    after = _CLAIM_TO_VERB.match(sentence, to)
    if after is None or sentence[at:to].lower() not in _CLAIMS_TO:
        return False
    word = written_before(sentence, at)
    if at == len(word) + 1 and _AUXILIARY_LATER.match(sentence, after.end()):
        return False  # "Insurance claims to cover flood damage have doubled": the noun
    return (
        (word[:1].isupper() or word in _PRONOUN_SOURCES)
        and after.group(1) not in _BARE_DETERMINERS
        and after.group(1) != "fame"  # "her only claim to fame"
    )


def _after_comma_reports(sentence: str, at: int, to: int, cue: str, closed: int) -> bool:
    """Whether the cue at ``sentence[at:to]``, right after a comma, reports what comes before it
    as a quotation's tail would: after a quotation mark ("“...”, he added, ..."), as a participle
    ("The mayor refused, adding"), or inverted before a short source ("..., added the mayor.");
    not after an aside ("Mota, too, asked the president a question")."""
    if closed >= 0 or cue.endswith("ing") or sentence.find("“", 0, at) >= 0:
        return True
    named = _NAMED_AFTER_QUOTE.match(sentence, to)
    return named is not None and _inverted_aside(sentence, named, cue)


def _in_keeping(source: str) -> bool:
    """Whether what "according to" names is a standard kept, not a source: one's own settings
    or needs ("adjust the temperature according to your settings"), not one's own people ("according
    to his lawyer")."""
    first = source.split(" ", 1)[0].lower()
    return first in _POSSESSIVES and not _names_someone(source)


def _reporting_aside(sentence: str, at: int, to: int) -> bool:
    """Whether the cue at ``sentence[at:to]`` closes a clause after a comma (or one opening
    with "as") whose words are a pronoun or a name, with only when or where after it: "The
    pier is unsafe, it said in a statement", "..., they wrote Tuesday in an editorial", "as she
    writes on her blog, ..."; not "..., no questions asked"."""
    start = _boundary(sentence, at)
    named = sentence[start:at].split()
    as_clause = named[:1] in (["as"], ["As"])
    if as_clause:
        named = named[1:]
    return (
        (as_clause or sentence[start - 1 : start] == ",")
        and 0 < len(named) <= _ASIDE_WORDS
        and (
            (len(named) == 1 and named[0].lower() in _ASIDE_PRONOUNS)
            or all(word[0].isupper() for word in named)
        )
        and _ASIDE_TAIL.match(sentence, to) is not None
    )


def _name_after(source: str) -> str:
    """The name that opens the words after a reporting verb, without a clause or an apposition
    that no comma parts from it: "Manuela Scebba who works for the NGO", "Muna a 26-year-old
    Somali woman", "MS Cordaro as we drove past"."""
    source = _NAMED_UNTIL.split(source, 1)[0]
    name = _NAME_THEN_APPOSITION.match(source)
    return name.group(1) if name else source


def _inverted_aside(sentence: str, named: re.Match[str], cue: str) -> bool:
    """Whether a source named after its verb with no quotation before is an aside: "..., say
    the elders, ..." or "..., says the study."; not "..., adding a further 45,000 troops" or
    "..., called The SOS Children's Village"."""
    return (
        not cue.endswith("ing")
        and (cue.endswith(("s", "ed")) or cue in _INVERTED_BARE)  # not "..., report issues,"
        and cue not in _NAMING
        and cue not in _NAMES_WITH_AS  # "how his boss, Obama, sees the slaughter"
        and named.group("source").count(" ") < _ASIDE_WORDS
        and _ASIDE_ENDS.match(sentence, named.end()) is not None
    )


def _lead_word(sentence: str, at: int) -> str:
    """The word before the adverbs that stand right before ``sentence[at]``, lowercased with
    its marks ("by" of "by first asking"; "" if only adverbs stand there)."""
    for word in reversed(sentence[max(at - 48, 0) : at].split()):
        bare = word.lower()
        if bare not in _ATTRIBUTION_ADVERBS and not _ADVERB.match(bare):
            return bare
    return ""


def _hypothetical(sentence: str, at: int) -> bool:
    """Whether a modal stands among the adverbs just before the verb at ``sentence[at]``: speech
    no one has made ("Only a fool would argue", "As Marx would have said", "critics may say")."""
    for word in reversed(sentence[max(at - 48, 0) : at].split()):
        bare = word.lower()
        if bare in _MODALS or bare.endswith(("'d", "’d")):
            return True
        if bare not in _ATTRIBUTION_ADVERBS:
            break
    start = _boundary(sentence, at)
    if sentence[start:at].lstrip().lower().startswith(("if ", "unless ", "even if ")):
        return True  # "If critics say that"
    # "if, during the interview, someone had asked me": an aside between "if" and its clause
    return _IF_ASIDE.search(sentence, max(start - _TAIL, 0), start) is not None


def _people_think(sentence: str, at: int, to: int) -> bool:
    """Whether the subject of a state of mind at ``sentence[at:to]`` is a word for people or
    research in the plural and a clause follows: what "Economists think the reforms could work"
    report is theirs, "that" or not; not "developers think heavily about the user"."""
    if sentence[at:to] == "thought" or _NOT_A_CLAUSE.match(sentence, to):
        return False  # "thought leadership"
    subject = _subject(sentence, at)
    if subject is None:
        return False
    counted = _COUNT_OF.match(subject)  # "Five out of Germany's eight research institutes"
    last = _HEAD_ENDS.split(subject[counted.end() if counted else 0 :], 1)[0].split()[-1].lower()
    return last in _RESEARCH_WORDS or (last.endswith(_PEOPLE_PLURALS) and last not in _SOURCE_WORDS)


def _denied(sentence: str, at: int) -> bool:
    """Whether a negation stands among the adverbs just before the verb at ``sentence[at]``:
    what no one said is no one's claim ("the White House doesn't admit the war", "he never
    said so"). A state of mind or an expectation keeps its source: "They don't believe that the
    tax will pass" is what they believe."""
    for word in reversed(sentence[max(at - 48, 0) : at].split()):
        bare = word.lower().replace("’", "'")
        if bare in _NEGATIONS:
            return True
        if bare not in _ATTRIBUTION_ADVERBS:
            return False
    return False


def _a_noun_after(subject: str, cue: str) -> bool:
    """Whether ``cue`` is a reporting noun in its bare form after a ``subject`` opening with a
    singular determiner: a verb would agree ("reports"), so it is that noun ("Another major
    report, by the project, was published"; but "A new report finds")."""
    words = subject.lower().split(" ", 2)
    return (
        cue in _REPORTING_NOUNS
        and not cue.endswith("s")
        and words[0] in _SINGULAR_DETERMINERS
        and not (len(words) > 1 and words[1] in _PLURAL_AFTER_A)  # "only a few customers report"
    )


def _bare_after_one_word(sentence: str, subject: str, at: int, cue: str) -> bool:
    """Whether a bare reporting verb right after one capitalised singular word that opens the
    sentence cannot agree with it, so both are a noun phrase: "Important note: ...", "Side
    note:" (a name would say "notes"; "They note" and "Critics note" agree)."""
    first = cue.split(" ", 1)[0]
    return (
        " " not in subject
        and subject[0].isupper()
        and not subject.endswith("s")
        and subject.lower() not in _PLURAL_WORDS
        and not first.endswith(("s", "ed", "ing"))
        and cue not in _PAST
        and sentence.startswith(subject)
        and sentence[len(subject) : at].isspace()
    )


def _names_someone(source: str) -> bool:
    """Whether ``source`` names a speaker or research, not evidence ("the court records"): its
    head (the words before a preposition) holds a research word, or ends in a name, a pronoun,
    a bare determiner or a word for people."""
    head = _HEAD_ENDS.split(source, 1)[0].split()
    last = head[-1]
    bare = last.lower()
    return (
        any(word.lower() in _SAYING_TEXTS for word in head)
        or (last[0].isupper() and (len(head) > 1 or not bare.endswith("s")))
        or bare in _PRONOUN_SOURCES
        or bare in _BARE_DETERMINERS
        or bare in _SOURCE_WORDS
        or bare in _PEOPLE_WORDS
        or bare.endswith(_PEOPLE_ENDINGS)
    )


def _infinitive_before(sentence: str, at: int) -> bool:
    """``_INFINITIVE.search(sentence, 0, at)``: whether the word "to" ends ``sentence[:at]``,
    read from its end instead of by a regex scan from its start."""
    head = sentence[:at].rstrip()
    if head[-2:].lower() != "to":
        return False
    return len(head) == 2 or not (head[-3].isalnum() or head[-3] == "_")


def _before_apposition(sentence: str, at: int, cue: str) -> str | None:
    """The source named before a comma that only adverbs part from the cue at ``at``.

    "Jane Doe, a nurse, said" and "Sen. Rubio, R-Fla., has already said": the words before
    the apposition; "The mayor refused, saying": the subject of the clause before the comma.
    """
    start = _boundary(sentence, at)
    if sentence[start - 1 : start] != "," or not _ADVERBS_ONLY.fullmatch(sentence, start, at):
        return None
    comma = start - 1
    if cue.endswith("ing") and start == at - 1:
        return _clause_subject(sentence, comma)
    if sentence[:comma].rstrip().endswith(")"):  # "Gerd Muller of the CSU (CSU), warned"
        return _subject(sentence, comma)
    return _subject(sentence, _boundary(sentence, comma) - 1)


def _after_plural(sentence: str, at: int) -> bool:
    """Whether the word before ``sentence[at]`` is a plural noun ("figures", "data")."""
    word = sentence[sentence.rfind(" ", 0, at - 1) + 1 : at - 1].lower()
    return word in _PLURALS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "'s", "’s", "us"))
    )


def _clause_subject(sentence: str, end: int) -> str | None:
    """The words before the first verb of the clause ending at ``end``, if they name a source."""
    start = _boundary(sentence, end)
    words = sentence[start:end].split()
    for n, word in enumerate(words):
        bare = word.lower()
        if n and (
            (bare.endswith("ed") and not bare.endswith("eed"))
            or bare in _PAST_WORDS
            or bare.endswith(("n't", "n’t"))  # "The president didn't miss the moment and said"
        ):
            named = words[:n]
            for k, earlier in enumerate(named):
                if k and earlier.lower() in _RELATIVES:  # "The parents of children who died"
                    named = named[:k]
                    break
            while len(named) > 1 and (
                named[-1] in _ATTRIBUTION_ADVERBS or _ADVERB.match(named[-1])
            ):
                named.pop()  # "Angela Merkel strongly criticised"
            subject = " ".join(named)
            return subject if len(named) <= _MOST_SUBJECT_WORDS and _is_source(subject) else None
    return None


def _boundary(text: str, end: int) -> int:
    """Where the clause holding ``text[end - 1]`` starts: after the last boundary mark, or 0."""
    start = 0
    for mark in _BOUNDARIES:
        at = text.rfind(mark, 0, end)
        while mark == "," and at > 0 and text[at - 1].isdigit() and text[at + 1 : at + 2].isdigit():
            at = text.rfind(mark, 0, at)  # "a study of 200,000 people": a number's comma
        if at >= 0:
            start = max(start, at + len(mark))
    return start


def _subject(sentence: str, end: int) -> str | None:
    """The source named by the words that end at ``sentence[end]``, if they name one."""
    if end <= 0:
        return None
    head = sentence[:end].rstrip()
    if head.endswith(")") and head.rfind("(") > 0:
        # "Sia (who performs masked) tweeted": the words before the parenthesis
        end = head.rfind("(")
    start = _boundary(sentence, end)
    # "what one witness described as": the words after "what"
    what = sentence.rfind(" what ", start, end)
    if what >= start and sentence.rfind(" despite ", start, what + 1) < 0:
        start = what + len(" what")
    subject = _SUBJECT.fullmatch(sentence, start, end) or _LONG_NAME.fullmatch(sentence, start, end)
    if subject is not None and _is_source(subject.group("source")):
        return subject.group("source")
    # "Five years after Senators Feinstein and Bond announced": the words after a subordinator
    inner = [*_INNER_LEAD.finditer(sentence, start, end)]
    if inner:
        subject = _SUBJECT.fullmatch(sentence, inner[-1].end() - 1, end)
        if subject is not None and _is_source(subject.group("source")):
            return subject.group("source")
    # "a student who was in the class told me": the words before the relative pronoun
    who = sentence.rfind(" who ", start, end)
    if who > start:
        subject = _SUBJECT.fullmatch(sentence, start, who)
        if subject is not None and _is_source(subject.group("source")):
            return subject.group("source")
    # "... and the district acknowledged": the clause after the last conjunction
    conjunctions = list(_CONJUNCTION.finditer(sentence, start, end))
    if not conjunctions:
        return None
    last = conjunctions[-1]
    if last.group().strip().lower() in _AND and all(
        word.lower() in _ATTRIBUTION_ADVERBS for word in sentence[last.end() : end].split()
    ):  # "Chris Wallace displayed the cartoon and explained": the first clause's subject
        named = _clause_subject(sentence, last.start())
        if named is None or not (named[0].isupper() or named.lower() in _PRONOUN_SOURCES):
            return None
        clause = sentence[start : last.start()].split()
        return named if len(clause) <= _SHORT_CLAUSE else None
    subject = _SUBJECT.fullmatch(sentence, last.end() - 1, end)
    if subject is None or not _is_source(subject.group("source")):
        return None
    return subject.group("source")


def _is_source(source: str) -> bool:
    return (
        source[0].isalnum()
        and not source.replace(",", "").replace(" ", "").isdigit()  # "December 19, 1917 declaring"
        and (" " in source or not source.islower() or _one_word_source(source))
        and source.lower() not in _SOURCE_LEADS  # "once admitted": a lead, no subject
        and not source.endswith(("’s", "'s"))  # "Trump’s saying no": a gerund
        and source.lower() not in _BARE_DETERMINERS
        # "celebrated the": a clause; but "The student I spoke with": a contact clause
        and (
            _ENDS_IN_FUNCTION_WORD.search(source) is None
            or _CONTACT_CLAUSE.search(source) is not None
        )
        and _NOT_SOURCE.match(source) is None
        and _VERB_IN_SOURCE.search(source) is None
        and _ENDS_IN_PRONOUN.search(source) is None  # "the sector they said": a relative clause
        and _ENDS_IN_OBJECT.search(source) is None
        and _VERB_AND_OBJECT.search(source + " ") is None
        and not (source[0].islower() and source.split(" ", 1)[0].endswith("ing"))  # a gerund
        and _PARTICIPLE_BY.match(source) is None  # "raids, sparked by intelligence reports that"
        and not (" " not in source and source.endswith("ly") and source.islower())  # an adverb
        and _ADVERB_THEN_GERUND.match(source) is None  # "eloquently arguing that the Church"
        and _INNER_CLAUSE.search(source) is None  # "often come when you least": a clause
    )


def _one_word_source(word: str) -> bool:
    """Whether one word in small letters names a source: "they", "experts"; not "better"
    ("a good (better informed) place"), "phone" ("phone calls") or "make" ("make informed
    decisions")."""
    return word in _ONE_WORD_SOURCES or (
        word.endswith("s") and not word.endswith(("ss", "us", "ys", "'s", "’s"))
    )

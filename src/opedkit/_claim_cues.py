"""The words and phrases the claim extractor reads, kept as data in one place.

Each list names a cue; ``claims.py`` compiles them into one regex (whole words, any case, any
run of spaces between the words of a phrase, a straight apostrophe also matching ’) and
``CUE_SIGNALS`` at the end says what each list signals. To teach the extractor a new cue, add
it to the right list here. Lists hold plain phrases; the two regexes are ``FACT_PATTERN``.

How a sentence is judged (see ``claims.py``): not a claim if it is a question, shorter than
``MIN_WORDS``, a quotation standing alone, or a reader directive ("Consider ..."); otherwise
POLICY if a policy cue or an imperative opens it; PREDICTION if a future cue; VALUE if an
evaluative cue; PREDICTION if a conditional ("would") that no past tense reports ("said it
would"); FACT if a fact signal or a regular past tense; else VALUE (an op-ed sentence with no
sign of being checkable is the author's view). It is hedged if any hedge is in it. Its source
is named after "according to", or by the words between a clause boundary and a reporting verb
("..., some analysts believe"), or after a quotation ("“...,” said Maria Lopez").
"""

from __future__ import annotations

from ._vocabulary import MONTH_WORDS, MONTHS

__all__ = [
    "AFTER_PASSIVE_SOURCE",
    "ASKING_VERBS",
    "ATTRIBUTION_ADVERBS",
    "ATTRIBUTIVE_HEDGES",
    "BARE_DETERMINERS",
    "CONDITIONAL",
    "CONJUNCTIONS",
    "CONTRACTED_WILL",
    "COPULAS",
    "CUE_SIGNALS",
    "DETERMINERS",
    "DOCUMENT_NOUNS",
    "EVIDENCE_VERBS",
    "FACT",
    "FACT_PATTERN",
    "FUTURE",
    "HEDGED_FUTURE",
    "HEDGES",
    "HEDGE_MODALS",
    "IMPERATIVES",
    "IMPERATIVE_OBJECTS",
    "IN_ACCORDANCE",
    "LANGUAGES",
    "MIN_WORDS",
    "MODALS",
    "MODAL_STATES",
    "NAMING_VERBS",
    "NEGATED_COULD",
    "NEGATED_NEED",
    "NOT_AFTER_REPORTING",
    "NOT_PAST_BEFORE",
    "NOT_REPORTS",
    "NOT_SOURCES",
    "NOUNS_IN_LY",
    "PASSIVE_REPORTING",
    "PAST",
    "PEOPLE_ENDINGS",
    "PEOPLE_WORDS",
    "POLICY",
    "READER_DIRECTIVES",
    "REPORTING_NOUNS",
    "REPORTING_VERBS",
    "RESEARCH_NOUNS",
    "RETROSPECTIVE",
    "SEQUENCE_OPENERS",
    "SOURCE_INTRODUCERS",
    "SOURCE_LEADS",
    "STATES_OF_MIND",
    "STATIVE_VERBS",
    "SUBJECT_PRONOUNS",
    "TIME_PREPOSITIONS",
    "TRANSITIVE_REPORTING",
    "VALUE",
    "VERBS_NOT_IN_SOURCES",
    "WHAT_IT_SAYS",
    "WORDS_SAID",
]

LANGUAGES = ("en",)
"""Primary language subtags the cues are written for; other articles get no claims."""

MIN_WORDS = 4
"""Sentences with fewer words are fragments ("Not so.", "Far from it."), not claims, unless a
modal or tense cue shows a clause ("That must change.", "It will.")."""

READER_DIRECTIVES = (
    "consider", "imagine", "look at", "note that", "remember", "recall", "take", "think about",
    "picture", "see", "read", "ask yourself", "mark my words",
)  # fmt: skip
"""Sentence openers that steer the reader rather than assert or recommend anything."""

IMPERATIVES = (
    "abolish", "act", "adopt", "allow", "approve", "avoid", "ban", "be", "build", "call", "cancel",
    "cap", "close", "cut", "demand", "drop", "end", "enforce", "expand", "fix", "fund", "give",
    "hold", "invest", "keep", "leave", "let", "make", "open", "pass", "pay", "protect", "put",
    "raise", "reject", "repeal", "restore", "scrap", "start", "stop", "support", "tax", "tell",
    "treat", "vote", "write", "extend", "require", "create", "hire", "reform", "reconsider",
    "limit", "rethink", "spend", "set", "finish", "publish", "reopen", "replace", "share", "help",
    "study", "offer",
)  # fmt: skip
"""Base verbs that, opening a sentence before an IMPERATIVE_OBJECTS word, make it a POLICY claim.

("Let's", "Let us", "Do not" and "Don't" always do; a SEQUENCE_OPENERS word may come first.)"""

SEQUENCE_OPENERS = ("first", "second", "third", "fourth", "fifth", "next", "finally", "lastly")
"""Words that, with a comma, may open a list of orders ("First, require a permit")."""

IMPERATIVE_OBJECTS = (
    "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "his", "her", "its",
    "it", "them", "us", "me", "him", "up", "down", "out", "back", "away", "now", "yes", "more",
    "less", "all", "every", "any", "some", "what", "on", "against", "sure", "careful", "clear",
    "honest", "serious",
)  # fmt: skip
"""Words after a sentence-opening verb that show it is an order ("Cut the tax", not "Cut rates
rose")."""

POLICY = (
    "should", "shouldn't", "ought to", "oughtn't", "need to", "needs to", "needn't", "has to",
    "have to", "must", "mustn't", "it is time", "it's time", "it is high time", "let us", "let's",
    "we need", "we cannot afford", "is needed", "are needed", "is required", "it is imperative",
    "it is essential", "it is vital", "it is crucial", "the answer is", "the solution is",
    "we urge", "we call on", "i urge", "i call on", "is obliged to", "are obliged to", "had better",
    "would do well to", "we support", "we endorse", "we recommend", "we oppose", "i support",
    "i recommend", "vote yes", "vote no", "needs a", "needs an", "needs more", "need more",
    "needs better", "need better", "the best course", "the way forward", "would be wise to",
    "i would ask", "we would ask", "i would urge", "we would urge",
)  # fmt: skip
"""Cues that the sentence says what should be done."""

RETROSPECTIVE = ("should have", "shouldn't have", "ought to have", "must have", "could have")
"""Judgements about the past ("should have acted"): VALUE claims, not recommendations."""

FUTURE = (
    "will", "won't", "shall", "will have to", "will need to", "going to", "is expected to",
    "are expected to", "is set to", "are set to", "is poised to", "are poised to", "is bound to",
    "are bound to", "is about to", "are about to", "in the coming", "in the years ahead",
    "in the long run", "next year", "next month", "next week", "predicted", "predicts", "predict",
    "warned", "warns", "warn", "sooner or later", "in the future", "tomorrow", "soon",
)  # fmt: skip
"""Cues that the sentence says what will happen."""

CONTRACTED_WILL = (
    "i'll", "we'll", "you'll", "he'll", "she'll", "it'll", "they'll", "that'll", "there'll",
)  # fmt: skip
"""Contracted "will": PREDICTION cues."""

HEDGED_FUTURE = (
    "is likely to", "are likely to", "is unlikely to", "are unlikely to", "likely will",
    "will likely", "will probably", "will possibly", "may well", "might well", "could well",
    "will probably have to", "will likely have to", "may have to", "might have to",
    "could have to", "may need to", "might need to", "will probably need to",
)  # fmt: skip
"""Cues that the sentence predicts with a hedge (both a PREDICTION and hedged): "the city may
have to close the pool" foresees a need, it recommends nothing."""

CONDITIONAL = ("would", "wouldn't", "would not")
"""Weak prediction cues: a sentence with only these and no evaluative word is a PREDICTION."""

HEDGE_MODALS = ("may", "might", "could")
"""Modals that hedge and, before a verb ("may backfire"), predict: hedged PREDICTION cues."""

STATIVE_VERBS = (
    "be", "have", "view", "see", "think", "believe", "feel", "know", "want", "mean", "regard",
    "consider", "reflect", "need", "prefer", "understand", "wish", "hope", "seem", "appear",
    "argue", "suspect", "wonder", "agree", "disagree", "object",
)  # fmt: skip
"""Verbs that after a hedging modal describe a present state or view, not a coming event."""

MODAL_STATES = tuple(
    f"{modal}{negation} {verb}"
    for modal in HEDGE_MODALS
    for negation in ("", " not", " well")
    for verb in STATIVE_VERBS
)
"""A hedging modal before a stative verb ("Kim might be betting", "Washington may view"):
hedged, but no prediction."""

NEGATED_COULD = ("could not", "couldn't", "could never")
NOT_REPORTS = (
    "found a way", "find a way", "finds a way", "found ways", "find ways", "declared war",
    "declares war", "declare war", "declared independence", "declares independence",
    "declare independence", "writes down", "wrote down", "write down", "insisted on", "insists on",
    "insist on", "found that out", "find that out", "finds that out", "think tank", "think tanks",
    "otherwise noted", "otherwise stated", "otherwise specified", "said than done",
    "having said that", "that being said", "simply stated", "needless to say", "suffice it to say",
    "word of warning",
)  # fmt: skip
"""Phrases with a reporting verb that report nothing ("they found a way to", "declared war",
"unless otherwise noted", "Having said that, ...")."""

NEGATED_NEED = ("does not need to", "doesn't need to", "do not need to", "don't need to")
"""Past inability or emphasis ("could not be clearer") and a need denied ("it does not need
to"): neither a hedge, a prediction nor a recommendation."""

HEDGES = (
    "appear", "appears", "appeared", "seem", "seems", "seemed", "likely", "unlikely", "possibly",
    "possible", "perhaps", "probably", "probable", "reportedly", "allegedly", "apparently",
    "arguably", "presumably", "conceivably", "maybe", "i suspect", "we suspect", "i guess",
    "it is not clear", "it's not clear", "it is unclear", "it remains to be seen", "supposedly",
    "tend to", "tends to", "suggests", "suggest", "purportedly", "in all likelihood", "chances are",
)  # fmt: skip
"""Words by which the author signals uncertainty ("must" and "will" are not hedges)."""

VALUE = (
    # Judging adjectives and nouns.
    "good", "bad", "better", "worse", "best", "worst", "right", "wrong", "wise", "unwise",
    "foolish", "reckless", "dangerous", "harmful", "unfair", "fair", "unjust", "shameful",
    "disgraceful", "absurd", "ridiculous", "misguided", "flawed", "sensible", "reasonable",
    "unreasonable", "important", "crucial", "essential", "vital", "necessary", "unnecessary",
    "excessive", "modest", "optimal", "ideal", "effective", "ineffective", "successful", "failed",
    "failure", "mistake", "error", "disaster", "catastrophe", "triumph", "success", "shame",
    "scandal", "folly", "outrage", "outrageous", "troubling", "worrying", "alarming", "admirable",
    "laudable", "commendable", "deplorable", "cynical", "naive", "hypocritical", "hypocrisy",
    "irresponsible", "credible", "legitimate", "illegitimate", "balanced", "measured", "deliberate",
    "prudent", "bold", "courageous", "cowardly", "strength", "weakness", "clever", "smart",
    "stupid", "deserves", "deserve", "no way to", "hard to", "difficult to", "easy to",
    "impossible to", "no excuse", "false", "hollow", "meaningless", "meaningful", "urgent",
    "costly", "expensive", "worthwhile", "pointless", "useless", "helpful", "unhelpful",
    "problematic", "great", "terrible", "awful", "excellent", "remarkable",
    "extraordinary", "unacceptable", "acceptable", "intolerable", "inexcusable", "appalling",
    "dismal", "bleak", "promising", "hopeful", "genuine", "fake", "obvious", "clear", "complex",
    "difficult", "unpopular", "popular", "fragile", "recalcitrant", "opportune", "cruel",
    "generous", "stingy", "greedy", "corrupt", "inept", "incompetent", "competent", "overdue",
    "far from", "too", "deserved", "undeserved", "ironic", "ironically", "sadly", "unfortunately",
    "fortunately", "happily", "regrettably", "rightly", "wrongly", "clearly", "obviously", "surely",
    "indeed", "of course", "no doubt", "undoubtedly", "certainly", "simply", "merely",
    "masterfully", "squandered", "squander", "botched", "bungled", "mismanaged", "betrayed",
    "fumbled", "unprecedented", "historic", "outdated", "sustainable", "unsustainable",
    "inevitable", "irony", "lesson", "lessons",
    # Interpreting verbs: the author reads meaning into facts.
    "indicates", "indicate", "indicating", "suggesting", "means", "meant that", "amounts to",
    "amount to", "points to", "point to", "reflects", "reflect", "reveals", "reveal", "signals",
    "underscores", "demonstrates", "proves", "illustrates", "is a sign", "is proof", "is evidence",
    "matters", "it is well known", "the truth is", "the fact is", "the reality is",
    "the problem is", "the point is", "the question is",
    # The author's own stance.
    "i think", "i believe", "i feel", "we believe", "we think", "in my view", "in our view",
    "i would argue", "to my mind", "frankly", "honestly", "i fear", "we fear", "i hope", "we hope",
    "i doubt", "i am convinced", "we are convinced",
)  # fmt: skip
"""Cues that the sentence judges or interprets rather than reports."""

FACT = (
    # Dates, the commonest checkable detail (month names: ``_vocabulary.MONTHS`` but the words).
    *sorted(set(MONTHS) - MONTH_WORDS),
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "last year", "last month", "last week", "this week", "earlier this",
    # Numbers and records.
    "percent", "per cent", "million", "billion", "trillion", "thousand", "hundred", "dozen", "half",
    "twice", "once", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
    "ninety", "quarter", "third", "thirds", "census", "data", "figures", "statistics", "survey",
    "poll", "study", "report",
)  # fmt: skip
"""Signals that the sentence states something checkable: dates, numbers, records."""

FACT_PATTERN = r"[\d$£€]"
"""Regex fact signal: any digit (counts, years, percentages, dates) or a currency sign."""

PAST = (
    "was", "were", "had", "did", "announced", "voted", "passed", "signed", "launched", "conducted",
    "killed", "died", "rose", "fell", "increased", "decreased", "declined", "grew", "won", "lost",
    "released", "reported", "approved", "rejected", "filed", "ruled", "introduced", "spent",
    "built", "closed", "opened", "arrested", "charged", "elected", "fired", "hired", "resigned",
    "met", "visited", "held", "began", "ended", "started", "founded", "took office", "testified",
    "sued", "vetoed", "enacted", "published", "said", "told", "wrote", "found", "counted",
    "recorded", "estimated", "doubled", "tripled", "halved", "accused", "derided", "threatened",
    "demanded", "ordered", "raised", "sent", "moved", "returned", "continued", "accompanied",
    "left", "took", "gave", "came", "went", "became", "made", "paid", "sold", "bought", "has been",
    "have been", "knew", "risen", "fallen", "grown", "dropped", "lived", "served",
)  # fmt: skip
"""Past tenses: events and reported actions, checkable FACT signals. A "would" in a sentence with
one of these is reported ("said it would"), not a prediction. Regular past tenses ("-ed") are
found by their ending (see NOT_PAST_BEFORE)."""

NOT_PAST_BEFORE = (
    "is", "are", "be", "been", "being", "not", "very", "so", "too", "more", "most", "less", "feel",
    "feels", "seem", "seems", "look", "looks", "get", "gets", "am", "a", "an", "the",
)  # fmt: skip
"""Words before an "-ed" word that make it an adjective ("is tired", "the needed scope"). Any
other "-ed" word but a reporting verb is a regular past tense ("skipped", "collapsed"): a FACT
signal when no other cue decides."""

REPORTING_VERBS = (
    "said", "says", "say", "told", "argued", "argues", "argue", "believes", "believe", "believed",
    "noted", "notes", "note", "claimed", "claims", "claim", "contends", "contend", "contended",
    "insists", "insist", "insisted", "maintains", "maintain", "maintained", "warned", "warns",
    "warn", "wrote", "writes", "write", "reported", "reports", "report", "found", "finds", "find",
    "concluded", "concludes", "conclude", "estimated", "estimates", "estimate", "predicted",
    "predicts", "predict", "acknowledged", "acknowledges", "acknowledge", "admitted", "admits",
    "admit", "conceded", "concedes", "concede", "asserted", "asserts", "assert", "stated", "states",
    "observed", "observes", "state", "pointed out", "points out", "point out", "suggested",
    "suggests", "suggest", "thinks", "think", "thought", "fear", "fears", "feared", "agree",
    "agrees", "agreed", "announced", "announces", "testified", "alleged", "alleges", "allege",
    "complained", "complains", "complain", "explained", "explains", "explain", "added", "adds",
    "recalled", "recalls", "insisted", "cautioned", "cautions", "reckon", "reckons", "calculate",
    "calculates", "calculated", "projected", "expect", "expects", "expected", "show", "shows",
    "showed", "shown", "called", "calls", "call", "remarked", "remarks", "declared", "declares",
    "declare", "tweeted", "tweets", "responded", "responds", "replied", "replies", "pledged",
    "pledges", "vowed", "vows", "promised", "promises", "urged", "urges", "asked", "asks",
    "lamented", "laments", "bragged", "boasted", "boasts", "described", "describes", "describe",
    "stressed", "stresses", "emphasised", "emphasise", "emphasize", "emphasized", "confirmed",
    "confirms", "denied", "denies", "proclaimed", "proclaims", "quipped", "countered", "retorted",
    "mused", "opined", "recounted", "demanded", "demands", "wondered", "insisting", "arguing",
    "claiming", "alleging", "warning", "noting", "adding", "explaining", "saying", "telling",
    "stating", "declaring", "describing", "calling", "urging", "asking", "writing", "proposed",
    "proposes", "highlighted", "highlights", "read", "reads", "confessed", "whispered", "shouted",
    "quoted", "quotes", "divulged", "revealed", "disclosed", "stresses", "pronounced", "outlined",
    "assured", "assures", "fumed", "exclaimed", "joked", "scoffed", "mocked", "grumbled",
    "informed", "reminded", "reiterated", "reiterates", "affirmed", "reaffirmed", "clarified",
    "hinted", "speculated", "posited", "professed", "asserting", "acknowledging", "admitting",
    "announcing", "conceding", "contending", "maintaining", "observing", "predicting", "promising",
    "pledging", "vowing", "recalling", "stressing", "complaining", "responding", "replying",
    "reporting", "concluding", "recommends", "recommended", "put it", "puts it", "laughs",
    "laughed", "sighed", "sighs", "quips", "muses", "recounts", "thundered", "elaborates",
    "elaborated", "sees", "defines", "viewed", "regarded", "dubbed", "dubs", "labelled", "labeled",
    "termed", "raised concerns", "raises concerns", "raised the alarm", "raises the alarm",
    "raised alarm", "voiced concern", "voiced concerns", "sounded the alarm", "broke the news",
    "breaks the news", "let it be known", "made clear", "makes clear", "made it clear",
    "makes it clear", "spoke of", "spoken of", "speaks of", "speak of", "spoke about",
    "spoken about", "speaks about", "confessed", "confesses", "confess", "advises", "advised",
    "clarifies", "emphasizes", "emphasises", "inquired", "gushed", "instructs", "shares", "reveals",
)  # fmt: skip
"""Verbs that report what someone else said or thinks: their subject is the claim's source."""

REPORTING_NOUNS = (
    "show", "shows", "report", "reports", "claim", "claims", "states", "note", "notes",
    "estimate", "estimates", "find", "finds", "fear", "fears", "calls", "thought", "promises",
    "demands", "vows", "remarks", "replies", "tweets", "boasts", "asks", "read", "reads",
    "highlights", "proposes", "quotes", "state", "call",
)  # fmt: skip
"""Reporting verbs that are also nouns ("the TV show", "his claims"): they report only before
"that", a colon, a comma (not one before a relative word: "the report, which"), a quotation or a
short object and a quotation ("calls this “finger wagging”"), or after a quotation. A reporting
verb written with a capital inside a sentence is a name ("the United States")."""

TRANSITIVE_REPORTING = (
    "maintain", "maintains", "maintained", "proposed", "highlighted", "revealed", "outlined",
    "promised", "demanded", "recommended", "put it", "puts it", "describes", "described",
    "describe", "mocked", "asked", "asks", "asking", "urged", "urges", "urging", "pledged",
    "pledges", "pledging", "vowed", "vows", "vowing", "found", "finds", "find", "sees", "defines",
    "viewed", "regarded", "dubbed", "dubs", "labelled", "labeled", "termed", "added", "adds",
    "adding", "shouted", "emphasise", "emphasize", "claiming", "informed", "spoke of", "spoken of",
    "speaks of", "speak of", "spoke about", "spoken about", "speaks about", "wrote", "writes",
    "write", "assured", "assures", "assure", "calculates", "calculated", "calculate", "demands",
    "shares", "reveals", "advises", "advised", "instructs", "emphasizes", "emphasises",
    "emphasized", "emphasised",
)  # fmt: skip
"""Reporting verbs that also take a plain object ("maintains a base", "wrote petitions") and
requests, pledges and finds ("asked Syria to open", "pledged support", "found gold") and
namings ("sees the party as “the voice of the street”", "defined as") and speaking of
something ("spoke of his childhood"): they report only before "that" (within a few words:
"explained to them that"), a colon, a comma or a quotation, or after a quotation; speaking of
something also when a quotation opens within a few words ('have spoken of feeling like
"strangers in their own city"')."""

STATES_OF_MIND = (
    "think", "thinks", "thought", "believe", "believes", "believed", "fear", "fears", "feared",
    "feel", "feels", "agree", "agrees", "agreed",
)  # fmt: skip
"""Reporting verbs of a state of mind: they report only before "that", a comma, a colon or a
quotation ("analysts believe that ...", "the danger, they believe, is"), or after a quotation;
"Both capitals feared the invasion would spread" is the author's account of their fears."""

CONCESSIONS = ("while", "whilst", "although", "though", "even though", "even if", "whereas")
"""Openers of a clause of concession: a hedge, modal or recommendation in it, up to its comma,
is not the claim's ("While Washington may view the deadline as artificial, watchers believe Kim
is insistent" is neither hedged nor a prediction)."""

ATTRIBUTIVE_HEDGES = ("possible", "probable")
"""Hedges only when they judge the claim ("it is possible that"), not before a noun ("possible
sanctions relief"): they count after COPULAS or before "that"."""

COPULAS = (
    "is", "are", "was", "were", "be", "been", "being", "seems", "seem", "seemed", "appears",
    "it's", "not", "very", "quite", "entirely", "perfectly", "highly", "more", "most", "also",
    "still", "now", "only", "become", "becomes", "remains", "remain",
)  # fmt: skip
"""Words before an ATTRIBUTIVE_HEDGES word that make it judge the claim."""

DETERMINERS = (
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "any", "some", "every", "each",
)  # fmt: skip
"""Words before "likely" or "unlikely" that make it part of a noun phrase ("the likely winner")."""

ATTRIBUTION_ADVERBS = (
    "also", "long", "publicly", "privately", "repeatedly", "recently", "once", "often", "rightly",
    "correctly", "wrongly", "openly", "has", "have", "had", "now", "still", "already", "even",
    "themselves", "himself", "herself", "itself", "reportedly", "widely", "generally", "all",
    "both", "will", "would", "may", "might", "could", "do", "does", "did", "not", "never",
    "don't", "doesn't", "didn't", "soon", "further", "nonetheless", "ago", "later", "then",
    "too", "first", "initially", "finally", "again", "goes on to", "went on to", "go on to",
    "continue to", "continues to", "continued to", "had the gall to", "has the gall to",
    "was quick to", "were quick to", "is quick to", "are quick to", "so", "very", "quite",
    "is reported to have", "are reported to have", "was reported to have", "were reported to have",
    "is said to have", "are said to have", "was said to have", "were said to have", "well",
    "kept", "keeps", "keep",
)  # fmt: skip
"""Words that may stand between a source and its reporting verb ("X has long argued", "the
board went on to say")."""

SOURCE_LEADS = (
    "as", "while", "whilst", "though", "although", "when", "sometimes", "usually", "typically",
    "occasionally", "because", "but", "and", "so", "yet", "since", "once", "whereas", "perhaps",
    "maybe", "even", "only", "just", "especially", "today", "yesterday", "now", "then", "later",
    "subsequently", "meanwhile", "indeed", "still", "also", "again", "last week", "last month",
    "last year", "this week", "this month", "this year", "late last week", "earlier this week",
    "earlier this month", "earlier this year", "in fact", "of course", "instead", "soon",
    "more recently", "most recently", "more importantly", "recently", "earlier", "previously",
    "famously", "notably", "similarly", "likewise", "moreover", "furthermore", "however",
    "therefore", "thus", "hence", "nevertheless", "additionally", "is how", "was how",
)  # fmt: skip
"""Words that may open the clause before a source without being part of it ("While he said",
"Today the minister announced")."""

NOT_SOURCES = (
    "i", "we", "you", "it", "there", "this", "that", "which", "who", "whom", "what", "if", "while",
    "when", "because", "although", "though", "as", "and", "but", "so", "and so", "than", "unless",
    "whether", "where", "how", "why", "nobody", "no one", "let", "please", "to", "by", "in", "on",
    "at", "with", "for", "from", "of", "about", "neither", "nor", "either", "after", "before",
    "during", "since", "until", "under", "over", "like", "then", "yet", "i'd", "we'd", "you'd",
    "he'd", "she'd", "they'd", "don't", "doesn't", "didn't", "especially", "even", "also",
    "again", "only", "just", "stop", "try", "long as", "not", "never", "rather", "instead", "or",
)  # fmt: skip
"""Words that, opening the words before a reporting verb, show no source is named there."""

NOT_AFTER_REPORTING = (
    "to", "of", "for", "with", "by", "from", "up", "and", "or", "nor", "is", "are", "was",
    "were", "has", "have", "had", "will", "would", "above", "below", "earlier", "here", "itself",
    "himself", "herself", "themselves", "oneself", "about", "nothing",
)  # fmt: skip
"""Words after a reporting verb that show it is not reporting ("agreed to", "the claims are",
"described above", "asserted itself", "a news report about", "said nothing")."""

TIME_PREPOSITIONS = ("in", "on", "at", "since", "after", "before", "during", "by", "last", "until")
"""Openers of a time phrase that may stand before a source ("In 2016 the utility said")."""

RESEARCH_NOUNS = (
    "study", "studies", "report", "reports", "survey", "surveys", "poll", "polls", "audit",
    "audits", "review", "reviews", "analysis", "analyses", "investigation", "investigations",
    "inquiry", "researchers", "research", "scientists", "economists", "experiment",
    "experiments", "trial", "trials", "census", "commission", "committee", "panel",
    "meta-analysis", "meta-analyses", "findings", "figures", "data", "statistics", "institute",
    "institutes",
)  # fmt: skip
"""Words naming research: what it finds is its claim ("most studies have found no effect"),
where "found" takes a plain object otherwise ("a company found gold")."""

DOCUMENT_NOUNS = (
    "law", "laws", "act", "bill", "constitution", "treaty", "convention", "charter", "guideline",
    "guidelines", "rules", "ruling", "verdict", "judgment", "decision", "memo", "letter",
    "statement", "book", "article", "editorial", "paper", "text", "language", "manifesto",
    "declaration", "resolution", "document", "documents", "filing", "complaint", "lawsuit",
)  # fmt: skip
"""Words for a text that says something: like research, what it shows or makes clear is its
claim ("Its plain language makes clear that", "the court's ruling found that")."""

EVIDENCE_VERBS = (
    "show", "shows", "showed", "shown", "suggest", "suggests", "suggested", "reveal", "reveals",
    "revealed", "find", "finds", "found", "made clear", "makes clear", "made it clear",
    "makes it clear",
)  # fmt: skip
"""Reporting verbs whose subject may be evidence rather than a speaker ("the attacks in Paris
show how vulnerable", "my own experience suggests"): they name a source only when their subject
names someone (a name, a pronoun, a word for people) or research (RESEARCH_NOUNS)."""

PEOPLE_ENDINGS = (
    "ist", "ists", "er", "ers", "or", "ors", "ian", "ians", "ent", "ents", "ant", "ants", "ic",
    "ics", "ee", "ees",
)  # fmt: skip
"""Endings of words for people ("scientists", "elders", "critics", "residents")."""

PEOPLE_WORDS = (
    "expert", "experts", "scholar", "scholars", "official", "officials", "people", "women",
    "men", "children", "police", "staff", "friends", "colleagues", "locals", "folks", "public",
    "family", "families", "doctors", "nurses", "judges", "activists", "campaigners",
)  # fmt: skip
"""Words for people that PEOPLE_ENDINGS miss ("experts", "officials", "women")."""

MODALS = (
    "would", "could", "might", "may", "will", "can", "should", "must", "shall", "wouldn't",
    "couldn't", "won't", "can't", "shouldn't", "mustn't",
)  # fmt: skip
"""Words that, before a reporting verb, make the speech one no one has made: "Only a fool
would argue that", "As Marx would have said", "critics may say"."""

WORDS_SAID = (
    "words", "remarks", "comments", "statement", "statements", "conclusion", "reply", "response",
    "answer", "verdict", "view", "views", "message", "letter", "reference", "line", "advice",
    "warning", "quote", "motto", "diagnosis", "argument", "claim", "summary", "tweet", "post",
)  # fmt: skip
"""Words for something said: a name's possessive of one before a colon names the speaker of
the quotation the colon opens ("Fanon's conclusion:", not "Rust's ability:")."""

NOUNS_IN_LY = (
    "family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "bully",
    "belly", "homily", "melancholy", "fly", "lily", "jelly", "folly",
)  # fmt: skip
"""Words ending in "-ly" that are no adverb between a source and its verb ("A Chinese immigrant
family found")."""

BARE_DETERMINERS = (
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "one",
)  # fmt: skip
"""Words that alone are no source ("The report, released Tuesday, found": "report" is a noun)."""

SUBJECT_PRONOUNS = (
    "i", "we", "you", "he", "she", "they", "i'm", "we're", "you're", "he's", "she's", "they're",
)  # fmt: skip
"""Pronouns that, ending the words before a reporting verb, show a relative clause."""

CONJUNCTIONS = (
    "that", "and", "but", "because", "when", "while", "with", "as", "since", "if", "so", "after",
    "before", "although", "though", "whereas", "where", "until", "once",
)  # fmt: skip
"""Words after which a new clause, and so a new subject, starts ("... and the board said")."""

SOURCE_INTRODUCERS = ("according to", "in the words of", "to quote")
"""Phrases followed by the source ("according to the city's own figures")."""

IN_ACCORDANCE = (
    "went", "go", "goes", "going", "gone", "function", "functions", "functioned", "work",
    "works", "worked", "act", "acts", "acted", "proceed", "proceeds", "proceeded", "vary",
    "varies", "varied", "ranked", "sorted", "arranged", "grouped", "classified", "paid", "priced",
    "behave", "behaves", "behaved", "live", "lives", "lived", "played", "run", "runs", "ran",
)  # fmt: skip
"""Verbs after which "according to" means "in keeping with", naming no source ("the
elections went according to the usual script")."""

PASSIVE_REPORTING = tuple(
    f"{verb} by"
    for verb in (
        "said", "stated", "claimed", "argued", "reported", "noted", "described", "quoted", "cited",
        "criticised", "criticized", "condemned", "praised", "denounced", "dismissed", "disputed",
        "challenged", "questioned", "echoed", "predicted", "estimated", "alleged", "asserted",
        "warned", "urged", "accused", "expressed", "voiced", "raised",
    )
)  # fmt: skip
"""A reporting participle before "by" names its source after it ("was criticised by the
UN")."""

AFTER_PASSIVE_SOURCE = (
    "as", "to", "who", "whom", "which", "that", "when", "while", "during", "over", "after",
    "before", "since", "because", "for", "on", "with", "in", "last", "this", "earlier",
)  # fmt: skip
"""Words that end the source after a passive's "by" ("described by some commentators as")."""

VERBS_NOT_IN_SOURCES = (
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
    "may", "might", "should", "must", "do", "does", "did", "and so", "cannot", "can't", "won't",
    "wouldn't", "couldn't", "shouldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't",
    "haven't", "hadn't", "if", "because", "whether", "whatever", "whoever", "which", "how", "why",
    "despite",
)  # fmt: skip
"""Words that cannot be inside a source's name: their presence means a clause, not a source
("whatever the association says", "despite what its supporters claimed": a concession)."""

ASKING_VERBS = ("asked", "asks", "ask", "asking", "wondered", "wonders", "wondering")
"""Reporting verbs that ask: before a question word ("asked how", "wondered whether") they
report a question, no claim, unless a quotation gives the question's words."""

WHAT_IT_SAYS = (
    "said", "says", "wrote", "writes", "pointed out", "points out", "noted", "notes", "argued",
    "argues", "warned", "warns", "added", "adds", "stated", "states", "concluded", "concludes",
    "claimed", "claims", "announced", "announces", "insisted", "insists", "acknowledged",
    "admitted", "recommended", "recommends", "urged", "urges",
)  # fmt: skip
"""Reporting verbs whose subject "it" is a paper, a report or a body that speaks ("It pointed
out that officials have wide powers"), before "that", a colon, a comma or a quotation; not
"it shows" or "it seems": evidence and impressions are no one's words."""

NAMING_VERBS = (
    "describe", "describes", "described", "regarded", "viewed", "defines", "sees",
)  # fmt: skip
"""Reporting verbs that name what their object is after "as" ("The elders described it as the
experience of a lifetime"): a TRANSITIVE_REPORTING verb of these reports before that "as"."""

CUE_SIGNALS: tuple[tuple[tuple[str, ...], set[str]], ...] = (
    (POLICY, {"policy"}),
    (RETROSPECTIVE, {"value"}),
    (FUTURE, {"future"}),
    (CONTRACTED_WILL, {"future"}),
    (HEDGED_FUTURE, {"future", "hedge"}),
    (CONDITIONAL, {"conditional"}),
    (HEDGE_MODALS, {"future", "hedge"}),
    (MODAL_STATES, {"hedge"}),
    (NEGATED_COULD, set()),
    (NEGATED_NEED, set()),
    (NOT_REPORTS, set()),
    (HEDGES, {"hedge"}),
    (VALUE, {"value"}),
    (FACT, {"fact"}),
    (PAST, {"fact", "past"}),
    (REPORTING_VERBS, {"report"}),
    (SOURCE_INTRODUCERS, {"report", "fact"}),
    (PASSIVE_REPORTING, {"report", "fact", "past"}),
)
"""What each list signals. A phrase in several lists signals all of theirs, except that a list
of longer phrases overrides the words inside it ("may be" is only a hedge, though "may" also
predicts): the longest phrase found at a place is the one that counts."""

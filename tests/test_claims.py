"""The claim extractor: kinds, hedges, sources and spans, on our text and the seed."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from hypothesis import given

import opedkit.text
from opedkit import Article, Claim, ClaimKind, Section, strategies
from opedkit._claim_model import Weights, features, shipped
from opedkit._claim_rules import candidates
from opedkit.claims import extract, trained, with_claims
from tests.conftest import corpus

SEED = ("seed", "000_0be67fb59dd569d7.txt")


def article(*paragraphs: str, language: str | None = None) -> Article:
    return Article(title="A test", sections=(Section(paragraphs=paragraphs),), language=language)


def only(sentence: str) -> Claim:
    found = extract(article(sentence))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The council voted 7-2 on Tuesday to close the library.", ClaimKind.FACT),
        ("Rents in the city rose 14 percent last year.", ClaimKind.FACT),
        ("The plan is a reckless gamble with other people’s money.", ClaimKind.VALUE),
        ("This budget reflects the mayor’s priorities, not the public’s.", ClaimKind.VALUE),
        ("The legislature should repeal the law before it does more harm.", ClaimKind.POLICY),
        ("Washington must be willing to talk without preconditions.", ClaimKind.POLICY),
        ("Stop the subsidies and let the market decide.", ClaimKind.POLICY),
        ("It is time for the board to resign.", ClaimKind.POLICY),
        ("The new tolls will push traffic onto side streets.", ClaimKind.PREDICTION),
        ("The port is going to need a second terminal.", ClaimKind.PREDICTION),
        ("Such a tax would fall hardest on renters.", ClaimKind.PREDICTION),
        ("Taxpayers will have to pay for it.", ClaimKind.PREDICTION),
        ("We support Proposition 5 without reservation.", ClaimKind.POLICY),
        ("We have long argued that the tax is regressive.", ClaimKind.VALUE),
        ("That must change.", ClaimKind.POLICY),
        ("Make no mistake: this is a tax increase.", ClaimKind.VALUE),
        ("Lawmakers have squandered the surplus.", ClaimKind.VALUE),
        pytest.param(
            "Council after council skipped contributions in lean years.",
            ClaimKind.FACT,
            marks=pytest.mark.xfail(
                strict=True,
                reason="the model refitted with first person, the next sentence's cues and names"
                " reads this lone sentence as a VALUE (-0.28 below the line); the rules say FACT",
            ),
        ),
        ("The agency knew in 2021 that its mechanics would retire.", ClaimKind.FACT),
    ],
)
def test_each_kind_is_recognised(sentence: str, kind: ClaimKind) -> None:
    """Facts, judgements, recommendations and predictions get their kind."""
    assert only(sentence).kind is kind


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("The strike may spread to the northern ports.", True),
        ("Voters seem tired of the whole affair.", True),
        ("The deal will likely collapse by spring.", True),
        ("It may be that nobody wants the job.", True),
        ("The mayor reportedly knew about the audit.", True),
        ("The mayor must answer for the audit.", False),
        ("The strike will spread to the northern ports.", False),
        ("The firm could not pay its suppliers in March.", False),
    ],
)
def test_hedges_are_the_authors_signs_of_uncertainty(sentence: str, hedged: bool) -> None:
    """May, might, could, seems, likely, reportedly hedge; must, will and "could not" do not."""
    assert only(sentence).hedged is hedged


def test_a_hedged_modal_before_a_verb_is_a_hedged_prediction() -> None:
    """A hedging modal before an event verb ("may backfire") predicts, hedged."""
    claim = only("The gambit may backfire if the courts step in.")
    assert (claim.kind, claim.hedged) == (ClaimKind.PREDICTION, True)


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("According to the city’s own auditors, the fund is empty.", "the city’s own auditors"),
        ("Critics say the program wastes money.", "Critics"),
        ("As several economists have noted, wages have stalled.", "several economists"),
        ("The bridge is unsafe, engineers warned in a letter.", "engineers"),
        ("“We cannot keep waiting,” said Maria Okafor, a nurse.", "Maria Okafor"),
        ("“The numbers do not add up,” the state treasurer said.", "the state treasurer"),
        (
            "Former governor Ann Lutz has long argued that the tax is regressive.",
            "Former governor Ann Lutz",
        ),
        ("If the bill passes, most analysts expect prices to fall.", "most analysts"),
        ("In 2016 the utility predicted that demand would grow.", "the utility"),
        ("Manufacturers that use steel said they had to cut jobs.", "Manufacturers that use steel"),
        ("Jane Doe, a professor at the state university, said the law is flawed.", "Jane Doe"),
        ("The state, officials said, is nearly broke.", "officials"),
        ("The plant will close in June, the company announced on Monday.", "the company"),
        ("The report, released Tuesday, found that half the bridges are unsafe.", "The report"),
        ("The senator remarked that the vote was rigged.", "The senator"),
        ("The governor declared that the emergency was over.", "The governor"),
        ("The minister tweeted that talks had failed.", "The minister"),
        ("The union responded that wages must rise.", "The union"),
        ("“We will rebuild,” the mayor pledged.", "the mayor"),
        ("The agency urged that the dam be inspected.", "The agency"),
        ("The coach stated that the team was tired.", "The coach"),
        ("The nurse resigned, saying the ward was unsafe.", "The nurse"),
        ("As Greenpeace notes, the tests were large.", "Greenpeace"),
        (
            "Arrest data published by the courts show no rise in crime.",
            "Arrest data published by the courts",
        ),
        ("The latest figures show a drop in rents.", "The latest figures"),
        ("Two recent studies show that the tax drove shoppers away.", "Two recent studies"),
        ("The FBI let it be known that it is investigating the fire.", "The FBI"),
        ("A local paper broke the news that the mill would close.", "A local paper"),
        ("The mayor has made it clear that the pool will reopen.", "The mayor"),
        ("Her sisters are reported to have said that he should stay in jail.", "Her sisters"),
        ("The elders describe it as the experience of a lifetime.", "The elders"),
        ("The finance minister is openly saying that there is no deal.", "The finance minister"),
        (
            "It was reported in The Harbour Gazette that the pier would close.",
            "The Harbour Gazette",
        ),
        (
            "Residents of the town testified to the council that the water smelled.",
            "Residents of the town",
        ),
        (
            "Parents of pupils who fell ill sued the firm, alleging that it cut corners.",
            "Parents of pupils",
        ),
        ('"We were never told" is how Maria Lopez described it.', "Maria Lopez"),
        ("The mayor wrote to the head of the water board that pipes were old.", "The mayor"),
        ("In her memoir, Ana Ruiz describes how the mill closed overnight.", "Ana Ruiz"),
        ("He made his case by saying that the pier was unsafe.", "He"),
        ("Both parties claim to defend the town's heritage.", "Both parties"),
        ("The mayor, Ana Ruiz, had the gall to say the pier was safe.", "The mayor"),
        ("The city's engineers suggest that the bridge be closed.", "The city's engineers"),
        ("While the mayor said the plan works, the council disagreed.", "the mayor"),
        ("The plan was criticised by the city auditor as wasteful.", "the city auditor"),
        ("The board went on to say that fees would rise.", "The board"),
        ("The nurse (who asked not to be named) told me the ward was full.", "The nurse"),
        ("In the words of one farmer, the drought is a slow flood.", "one farmer"),
        ("Today the county clerk announced that the count was over.", "the county clerk"),
        ("They don't believe that the tax will pass.", "They"),
        ("As the mayor so aptly puts it, the pier is our front porch.", "the mayor"),
        ("“The pier is safe,” the report states.", "the report"),
        ("Says one council member: “The pier is safe.”", "one council member"),
        ("The mayor described the pier as “our front porch”.", "The mayor"),
        ("“The pier is old,” writes Ann Lutz in “Harbour Days”.", "Ann Lutz"),
        ("Some engineers believe that the pier is safe.", "Some engineers"),
        ("Rents rose, and the landlords admitted that costs had not.", "the landlords"),
        ("“The idea came from a song,” says Ronald Bell (a saxophonist).", "Ronald Bell"),
        ("The book contained what critics called homophobic language.", "critics"),
        ("The audit found that overtime had doubled.", "The audit"),
        (
            "Most studies on the topic have found no effect of the drug.",
            "Most studies on the topic",
        ),
        ("It was, say some, a reaction to the crisis.", "some"),
        ("They are living with grandparents, says the study.", "the study"),
        (
            "Analyst Volker Wagener sees the party as the “voice of the street”.",
            "Analyst Volker Wagener",
        ),
        ("Andy Burnham calls this “finger wagging”.", "Andy Burnham"),
        ("“The pier will stand,” said Maria Lopez who runs the harbour.", "Maria Lopez"),
        ("“The camps are full,” says Carmen Cordaro a lawyer in Rome.", "Carmen Cordaro"),
        ("Debt is high and according to official estimates it will rise.", "official estimates"),
        ("The elders described it as the experience of a lifetime.", "The elders"),
        ("Guy Debord regarded pleasure as the aim of any revolution.", "Guy Debord"),
        ("A local farming family said that the river had flooded.", "A local farming family"),
        (
            "Researchers analysed the records and found that most patients were obese.",
            "Researchers",
        ),
        ("Ann Lutz sharply criticised the plan and said it would fail.", "Ann Lutz"),
        ("The critic described the film as follows: “It is a triumph.”", "The critic"),
        ("Minister Gerd Muller (CSU), warned that the rallies would grow.", "Minister Gerd Muller"),
        ("Its author, Ana Ruiz, describes a split town: the rich and the rest.", "Its author"),
        ("The pier is doomed, added the harbour master.", "the harbour master"),
        ("Many of us believe that the pier is safe.", "Many of us"),
        ("The mayor does not expect the vote to change anything.", "The mayor"),
        ("Only a few residents report any damage.", "a few residents"),
        ("A new survey of the harbour finds that boats are older.", "A new survey of the harbour"),
        ("Economists think the new tax could cost the town its port.", "Economists"),
        ("It pointed out that the harbour board had never met.", "It"),
        ("The ministry issued a statement saying that the port would close.", "The ministry"),
        ("Both unions issued statements to emphasise that they would strike.", "Both unions"),
        ("The union raised concerns that the port would close.", "The union"),
        ("The plan, according to the Gazette will cost the town its pier.", "the Gazette"),
        (
            "The charter's plain text makes clear that the pier is public.",
            "The charter's plain text",
        ),
        (
            "According to the U.S. Bureau of Labor Statistics, wages rose.",
            "the U.S. Bureau of Labor Statistics",
        ),
        ("The minister informed the council that the pier would close.", "The minister"),
        ('It is what the mayor called "the worst deal in our history".', "the mayor"),
        ("One local historian called it the worst storm in a century.", "One local historian"),
        ("The study followed 1,877 sailors and found that most slept badly.", "The study"),
        ("The harbour master kept saying the pier was safe.", "The harbour master"),
        ("The harbour rules state that no boat may moor overnight.", "The harbour rules"),
        ('Sailors call it "the widow-maker".', "Sailors"),
        ("The mayor called him a liar in front of the council.", "The mayor"),
        ('Ana asked the harbour master, "Why is the pier still closed?"', "Ana"),
        ('Ana surprised the board by first asking, "Who pays for the pier?"', "Ana"),
        ("The skippers answered by simply noting that the tides had changed.", "The skippers"),
        ("The pier is unsafe, it said in a statement on Tuesday.", "it"),
        ('Fishermen have spoken of feeling like "strangers in their own harbour".', "Fishermen"),
        (
            'The mayor did not hide it and said of the pier, "We built it too cheaply."',
            "The mayor",
        ),
        (
            "The harbour master said of the storm that it was the worst in years.",
            "The harbour master",
        ),
        ("The skipper wrote in a letter to the council that the pier would close.", "The skipper"),
        ("The pier is unsafe, they wrote on Tuesday in an editorial.", "they"),
        ("The ferry will stop, but, as she writes on her blog, the pier is safe.", "she"),
        ('"The pier was a slow job," the builder confesses.', "the builder"),
        (
            '"The pier will close in May," said Dr. Ana Silva, the harbour engineer.',
            "Dr. Ana Silva",
        ),
        ("The pier is safe, according to someone who was there.", "someone who was there"),
        ("The harbour master assured us they were only fishing boats.", "The harbour master"),
        ("Whilst skippers argue that the pier is safe, the board disagrees.", "skippers"),
        ("Some say the pier is safe.", "Some"),
        ("Only a few decades ago many skippers believed that the pier was safe.", "many skippers"),
        ("Sometimes skippers say the pier is the safest in the county.", "skippers"),
        ("The skipper I spoke with told me the pier was unsafe.", "The skipper I spoke with"),
        ("A nurse I spoke to said the harbour clinic was full.", "A nurse I spoke to"),
        (
            "The old piers are unsafe according to the county code and must close.",
            "the county code",
        ),
        (
            "Five years after Councillors Ana Silva and Kit Bond announced that they would review"
            " the pier, the report is out.",
            "Councillors Ana Silva and Kit Bond",
        ),
        (
            "Chief Engineer Ana Silva of the North Coast Harbour Safety Board (NCHSB), warned that"
            " the pier was unsafe.",
            "Chief Engineer Ana Silva of the North Coast Harbour Safety Board",
        ),
        ("Harbourwatch claims to count every boat that enters the bay.", "Harbourwatch"),
        ("Harbourwatch claims to be the oldest group that has counted boats.", "Harbourwatch"),
        (
            "Ana Silva, our tester, said, in a letter to the board, that the pier is unsafe.",
            "Ana Silva",
        ),
        ("The audit, out on Monday, found, among other things, that fees doubled.", "The audit"),
        ("Article 5 states that no boat may moor overnight.", "Article 5"),
        ("The union demands that the pier close by May.", "The union"),
        ('"Check the tide table first," the harbour master advises.', "the harbour master"),
        ('"The pier was built in 1890," Ana Silva shares.', "Ana Silva"),
        (
            "Fees rose, according to the harbour board -- and they will rise again.",
            "the harbour board",
        ),
        ("Yet he claims to know the tides better than the pilots.", "he"),
        (
            "Two of the institutes think the new tolls could empty the harbour.",
            "Two of the institutes",
        ),
        ("The institute found that mooring fees doubled in a decade.", "The institute"),
    ],
)
def test_reported_claims_name_their_source_as_written(sentence: str, source: str) -> None:
    """The words naming who said or thinks it are the claim's source: after a clause-opening
    word ("While"), a passive's "by", "in the words of", past "went on to" or a parenthesis."""
    assert only(sentence).attributed_to == source


@pytest.mark.parametrize(
    "sentence",
    [
        "I believe the plan is sound.",
        "The missile, which many analysts believe could reach Guam, was tested again.",
        "This shows how little the board understands.",
        "Employment, in the sector they said would suffer most, grew by 4 percent.",
        "The claims are false, and the reports are worse.",
        "The numbers tell a different story.",
        "The TV show drew millions of viewers.",
        "The United States sent more troops.",
        "His claims about the budget were wrong.",
        "The mayor’s saying no to the deal was brave.",
        "A student who never struggles never learns to think on one.",
        "They found a way to keep the school open.",
        "Stop telling yourself the plan works.",
        "The conditions described above are to blame for the shortage.",
        "Activists launched a campaign called Save the Pier, and it worked.",
        "Both capitals feared the war would spread to their borders.",
        "Baghdad repeatedly asked Syria to open its embassy in the city.",
        "As part of the deal, donors pledged support for the new schools.",
        "In 1986 a mining company found gold under federal land.",
        "The two facts are related, whatever the growers' association says.",
        "The program, despite what its supporters claimed, was a failure.",
        "She sees a news report about a demonstration in the square.",
        "It was a fraction of the overall report, which will remain classified.",
        "Smaller member states, such as Belgium, host the weapons too.",
        "We were sent to an orphanage in the city, called The Children's Village.",
        "The programme will train nine brigades, adding a further 45,000 troops.",
        "The spokesman briefed reporters on how his boss, the president, sees the war.",
        "The novel describes a city in the grip of a long drought.",
        "Yes, the manufacturing sector added jobs in the spring.",
        "Protesters shouted down the visiting speaker on Monday.",
        "The exploit, dubbed LDAPNightmare, marks a serious escalation.",
        "Such an app reviews your friend's social feed and suggests the best gift.",
        "Only a fool would argue that the bridge is safe.",
        "As Marx would have said, coffee is the fuel of the office.",
        "Critics may say the plan came too late for the town.",
        "Some will argue that now is not the time for a debate.",
        "If your mechanic suggests that you come in more often, ask why.",
        "The recent floods in the valley show how exposed the town is.",
        "My own experience suggests that the rules are rarely enforced.",
        "The court records suggest a family fearful of the landlord.",
        "In 1776 the colonies declared independence from the crown.",
        "Local residents insisted on building a park by the river.",
        "The local elections went according to the usual script.",
        "Both parties agreed on a new chairman for the board.",
        "It was announced in January that the pier would close.",
        "The mayor promised to do something about that before the vote.",
        "These early findings are promising, but the sample was small.",
        "Ana, too, asked the mayor a question in a way no one else did.",
        "The harbour master asked how the storm had treated the boats.",
        "Such habits come from a good (better informed) place.",
        "The way the mayor talks about the pier makes me think that it will close.",
        "The following table defines two terms: rent and yield.",
        "As long as the council doesn't admit the pier is unsafe, nothing will change.",
        "The harbour master said nothing when the pier closed.",
        "If the attack is eventually claimed by the rebels, the talks will end.",
        "Another long report, by the harbour board, was published in May.",
        "Harbour pilots think hard about the tides before every crossing.",
        "It seems that the harbour board had never met.",
        'The Gazette ran a story on May 4, 1921 declaring "the end of the pier".',
        "Good harbours emphasize safety over speed.",
        "The paper mocks any party claiming credit for the new pier.",
        "Good data helps the harbour board make informed choices.",
        "Every chapter ends with a section called “Tides and winds”.",
        "The harbour runs a ferry called Blue Wren between the piers.",
        "Our price quotes tend to surprise new boat owners.",
        "A fishing family found that out when the pier closed in May.",
        "Most sailors love writing long letters home from the harbour.",
        "The harbour board pays a firm for its sparky annual reporting.",
        "Check the tide tables, read the harbour notices, and plan the crossing.",
        "The advice came from policy papers, think tanks, and the harbour board.",
        "Maine is a state that depends on its harbours.",
        "The harbour uses state-of-the-art cranes.",
        "Every booking starts with a short discovery call with the harbour office.",
        "They would have saved the pier if they had said that it was unsafe.",
        "Before the vote, Ana showed Maria a map of the old harbour.",
        "Raids followed, sparked by intelligence reports that the pier would be attacked.",
        "The harbour master called me and asked about the storm damage.",
        "When the pier collapsed, it said nothing to the skippers.",
        "The old skipper spoke of his childhood on the pier.",
        "The board spoke about the pier and the “harbour of refuge” plans.",
        'If, during the storm, anyone had asked me, "Is the pier safe?" I would have said no.',
        "Half the job is complaining about ferries that the town can no longer afford.",
        "The board writes the rules, and the harbour master enforces them.",
        "In his memoir, the skipper describes the storms that battered the pier.",
        "The new ferry is cheap to run, no questions asked.",
        "The skipper confessed to the theft of the harbour bell.",
        "The harbour lights dim at night according to your settings.",
        "Moorings cannot be combined with any other offer unless otherwise noted.",
        "Skippers discussed the pier in their weekly calls, and the board took notes.",
        "Storms on the coast often come when you least expect them.",
        "The ferry times may change according to the",
        "A well-run harbour assures quality and promotes safety on the water.",
        "Rebuilding the pier is easier said than done.",
        "Side note: the pier is closed on Sundays.",
        "The harbour office calculates mooring fees based on the length of the boat.",
        "Having said that, the pier is still the best in the county.",
        "Choose a harbour that provides clear reporting, regular updates and safe moorings.",
        "The harbour has added a crane that seems small but lifts ten tonnes.",
        "Skippers file insurance claims to cover storm damage to their boats.",
        "Many states require a licence for every boat in the harbour.",
        "The new ferry timetable demands a second crew on weekends.",
        "The fragmentation of ferry routes across the islands demands a new timetable.",
        "The harbour guide emphasizes safety over speed on every crossing.",
        "Ana Silva shares her tide tables with every new skipper.",
        "Insurance claims to cover flood damage have doubled since 2010.",
        "The harbour shop sells ropes, nets, reports, charts and tide tables.",
        "The ferry rules differ across all 50 states, and the fees vary.",
        "Her only claim to fame is a cameo in a film about the harbour.",
        "Their claim to the land rests on a deed from 1790.",
    ],
)
def test_the_authors_own_claims_have_no_source(sentence: str) -> None:
    """Relative clauses, "I believe", pronouns, nouns like "claims", infinitives ("learns to
    think"), orders, a verb with its object and a state of mind without "that" ("feared the war
    would spread": the author's account) name no source; nor do requests, pledges and finds
    of a thing ("asked Syria to open", "found gold"), a concession ("whatever X says"), or a
    noun before a comma and a relative word ("the report, which"), or the words after a
    naming, an "-ing" or a transitive verb after a comma ("..., adding a further 45,000
    troops") where no quotation stands before; nor speech no one has made ("would argue",
    "may say") or evidence that shows something ("the recent floods show", "court records
    suggest"); nor a question ("asked how"), an aside's verb and its object ("Ana, too, asked
    the mayor a question"), a lone word that names no one ("better informed") or a verb's
    object ("makes me think"), nor what follows a colon after something that does not speak
    ("the following table defines two terms:"), what someone did not say ("doesn't admit",
    "said nothing"), a passive in an "if" clause, or a bare reporting noun after "another"."""
    assert only(sentence).attributed_to is None


def test_a_quotation_takes_its_speaker_from_the_neighbouring_sentence() -> None:
    """A quotation over several sentences, or beside the one naming its speaker, is theirs."""
    found = extract(
        article(
            "The mayor was blunt. “We built this pier in 1990. It will stand,” said Maria Lopez.",
            "“Nobody wants the tower,” the planner said. “It blocks the light.”",
        )
    )
    assert [(c.text, c.attributed_to) for c in found] == [
        ("The mayor was blunt.", None),
        ("“We built this pier in 1990.", "Maria Lopez"),
        ("It will stand,” said Maria Lopez.", "Maria Lopez"),
        ("“Nobody wants the tower,” the planner said.", "the planner"),
        ("“It blocks the light.”", "the planner"),
    ]


def test_a_phrase_named_in_quotes_does_not_borrow_a_neighbours_speaker() -> None:
    """A quoted phrase after a determiner names something (the "town of a thousand piers");
    it is not speech, so the sentence keeps no source from the quotation beside it."""
    found = extract(
        article(
            "“We will rebuild the pier by June,” the mayor said. The harbour of the “town of a"
            " thousand piers” was quiet that winter."
        )
    )
    assert [c.attributed_to for c in found] == ["the mayor", None]


def test_a_sentence_quoting_a_phrase_does_not_borrow_a_neighbours_speaker() -> None:
    """A sentence of the author's that quotes a few words of speech in passing is not the
    quotation beside it: only a sentence that is mostly quotation takes its neighbour's
    speaker."""
    found = extract(
        article(
            "“We will rebuild the pier by June,” the mayor said. Last year the council laid out"
            " its plan for “a new age of harbours” at a packed meeting in the town hall."
        )
    )
    assert [c.attributed_to for c in found] == ["the mayor", None]


@pytest.mark.parametrize(
    "paragraph",
    [
        'The mayor said,"We will build the new pier next year."',
        'The mayor said:"We will build the new pier next year."',
        '"We will build the new pier next year,"the mayor said.',
        'The mayor warned that"the pier will not survive another storm like this."',
        '"We will build it," the mayor said."It will cost ten million dollars in all."',
    ],
)
def test_a_quotation_glued_to_the_word_beside_it_is_read_as_one(paragraph: str) -> None:
    """A quotation mark with no space between it and the word before or after it opens or
    closes a quotation all the same, and the speaker is found."""
    assert {str(c.attributed_to).lower() for c in extract(article(paragraph))} == {"the mayor"}


def test_a_quoted_question_is_its_speakers_claim() -> None:
    """A question someone is quoted asking is theirs; the author's own questions, and a quoted
    one whose speaker is named nowhere near, are no claims."""
    found = extract(
        article(
            "“Who will pay for a new one now that the money is gone?”",
            "Why did the city close the library so early?",
            "“Why did the city close the library so early?” the parent asked. “Who will pay for a"
            " new one now?”",
        )
    )
    assert [(c.text[:10], c.attributed_to) for c in found] == [
        ("“Why did t", "the parent"),
        ("“Who will ", "the parent"),
    ]


def test_a_paragraph_opening_with_a_quotation_goes_on_with_the_speaker_before() -> None:
    """A paragraph that opens with a quotation naming no speaker continues the quotation of the
    paragraph before; after the author's own paragraph it is still no one's."""
    found = extract(
        article(
            "“We built this pier in 1990,” said Maria Lopez.",
            "“It will stand for another fifty years. Nobody here doubts that.”",
            "The pier is old. It leans to the east.",
            "“The town has no money for a new pier at all,” one resident wrote.",
        )
    )
    assert [c.attributed_to for c in found] == [
        *["Maria Lopez"] * 3,
        *[None] * 2,
        "one resident",
    ]


def test_a_short_line_before_a_colon_is_no_claim_but_names_the_speaker_after_it() -> None:
    """ "Ana Silva said:", "He told me:" or "You will need:" open what follows and claim nothing
    themselves; the quotation after each speaker's line is theirs."""
    found = extract(
        article(
            "Ana Silva said:",
            "“The pier will close in May.”",
            "He told me:",
            "“The ferry will stop in June.”",
            "You will need:",
            "A tide table.",
        )
    )
    assert [(c.text, c.attributed_to) for c in found] == [
        ("“The pier will close in May.”", "Ana Silva"),
        ("“The ferry will stop in June.”", "He"),
    ]


def test_a_paragraph_ending_with_a_colon_names_the_speaker_of_the_quotation_after_it() -> None:
    """ "Here is the reply I received from the school district:" gives the district the quoted
    paragraph after it; "verses from my mind:" names no one."""
    found = extract(
        article(
            "I asked for the dates. Here is the reply I received from the school district:",
            "“The class recently finished reading a novel. It covered several faiths.”",
            "I still cannot erase the verses from my mind:",
            "“Oh great leader, who made our life of today, we follow your path.”",
        )
    )
    assert [c.attributed_to for c in found if c.text.startswith(("“", "It"))] == [
        "the school district",
        "the school district",
    ]


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Maria Lopez, the mayor, has already said the plan will pass.", "Maria Lopez"),
        ("A teacher who was at the meeting told me the vote was rigged.", "A teacher"),
        ("“We will not pay for it,” he announced to the press.", "he"),
        ("Russia maintains a sizeable military presence in Armenia.", None),
    ],
)
def test_sources_are_found_past_appositions_relative_clauses_and_quotations(
    sentence: str, source: str | None
) -> None:
    """The source stands before an apposition or a relative clause, or before its reporting
    verb after a quotation; a reporting verb with a plain object ("maintains a presence")
    reports nothing."""
    assert only(sentence).attributed_to == source


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("It ends with a quote from the poet Ada Byrne:“A bridge is a vow.”", "the poet Ada Byrne"),
        ("Roland Barthes' words fit: “Fascism is the obligation to speak.”", "Roland Barthes"),
        ("On output, BBC published its policy: “A refusal should not act as a veto.”", "BBC"),
        ("Asked about the slang, he elaborates: “The whole world is against us.”", "he"),
        ("Baby boomers remain the dominant force: “We are seeing boomers buy homes.”", None),
        ("Often unstated is the wish: “I want to pass my exams first.”", None),
        ("Obama's message was clear: “We will not let terror change us.”", "Obama"),
        ("The report's verdict is stark: “The programme produced nothing.”", "The report"),
        ("Here's the answer: “We will not let terror change who we are.”", None),
    ],
)  # fmt: skip
def test_a_quotation_after_a_colon_is_the_words_of_whom_the_words_before_name(
    sentence: str, source: str | None
) -> None:
    """A colon or semicolon that opens a quotation gives it to the name after "by" or "from"
    ending the words before it, to the possessive of words said ("Obama's message"), or to the
    name or pronoun opening them before a verb; a topic ("Baby boomers remain ...:"), a word
    opening the sentence or "Here's" is no speaker."""
    assert only(sentence).attributed_to == source


def test_a_scare_quoted_word_borrows_no_speaker() -> None:
    """A sentence that only puts a word in quotes is no quotation of its neighbour's source."""
    found = extract(
        article("Critics said the plan was cruel. The “reform” passed anyway on Tuesday.")
    )
    assert [c.attributed_to for c in found] == ["Critics", None]


@pytest.mark.parametrize(
    ("sentence", "kind", "hedged"),
    [
        ("The council votes on the plan in May.", None, False),
        ("First, require a permit for paving the yard.", ClaimKind.POLICY, False),
        ("The new rules do not need to be popular to work.", ClaimKind.VALUE, False),
        ("The city may have to close the pool next summer.", ClaimKind.PREDICTION, True),
        ("Taxpayers will probably have to cover the debt.", ClaimKind.PREDICTION, True),
    ],
)
def test_months_orders_in_a_list_and_denied_needs(
    sentence: str, kind: ClaimKind | None, hedged: bool
) -> None:
    """ "May" inside a sentence is the month, not a hedge; "First, require" is an order; "does
    not need to" recommends nothing; "may have to" foresees a need: a hedged prediction."""
    claim = only(sentence)
    assert claim.hedged is hedged
    assert kind is None or claim.kind is kind


def test_a_reporting_verb_inside_a_quotation_names_no_source() -> None:
    """The speaker of a quotation is its source, not a subject inside the quoted words."""
    found = extract(article("“Stop this,” the clerk told me. “The board expects a rosy report.”"))
    assert [c.attributed_to for c in found] == ["the clerk", "the clerk"]


@pytest.mark.parametrize(
    ("sentence", "modal", "hedged"),
    [
        ("Although the tide may turn, the pier is the safest in the county.", False, False),
        ("While the ferry might be slow, it is the best way to cross.", False, False),
        ("Even if the board could act, the pier is unsafe today.", False, False),
        ("Though the board should act, the budget is empty.", False, False),
        ("While the pier is old, it could last another decade.", True, True),
        ("The pier may be safe, although the tide is turning.", False, True),
    ],
)
def test_a_concession_hedges_and_predicts_only_for_itself(
    sentence: str, modal: bool, hedged: bool
) -> None:
    """A hedge, modal or recommendation in a clause of concession opening the sentence ("While
    X may ...,") does not hedge the claim nor make it a prediction or a policy; in the main
    clause a hedge hedges ("may be safe") and a modal predicts ("could last")."""
    claim = only(sentence)
    predicts = claim.kind in (ClaimKind.PREDICTION, ClaimKind.POLICY)
    assert (predicts, claim.hedged) == (modal, hedged)


@pytest.mark.parametrize(
    ("sentence", "hedged"),
    [
        ("The deal offers possible sanctions relief for the regime.", False),
        ("The likely winner is the incumbent mayor.", False),
        ("It is possible that the talks will fail this week.", True),
        ("A strike is likely within the month.", True),
    ],
)
def test_a_hedge_inside_a_noun_phrase_does_not_hedge_the_claim(sentence: str, hedged: bool) -> None:
    """ "Possible relief" or "the likely winner" name a thing; "it is possible that" hedges."""
    assert only(sentence).hedged is hedged


@pytest.mark.parametrize(
    "sentence",
    [
        "Why should taxpayers foot the bill?",
        "Not so.",
        "“Never again.”",
        "Consider the numbers.",
    ],
)
def test_questions_fragments_bare_quotations_and_directives_are_not_claims(sentence: str) -> None:
    """Sentences that assert nothing are left out."""
    assert extract(article(sentence)) == ()


def test_spans_point_into_the_paragraphs() -> None:
    """Each claim's text is its paragraph between start and end, in reading order."""
    first = "The levee failed in 2005. Nobody was held to account, and that was wrong."
    second = "Congress should fund the repairs now. Otherwise the next storm will do it again."
    found = extract(article(first, second))
    assert [(c.paragraph, c.text) for c in found] == [
        (0, "The levee failed in 2005."),
        (0, "Nobody was held to account, and that was wrong."),
        (1, "Congress should fund the repairs now."),
        (1, "Otherwise the next storm will do it again."),
    ]
    paragraphs = (first, second)
    assert all(paragraphs[c.paragraph][c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize("language", ["de", "ko", "fr-CA"])
def test_an_unknown_language_gets_no_claims(language: str) -> None:
    """Rather than wrong claims, a language the cues are not written for gets none."""
    assert extract(article("The council voted to close the library.", language=language)) == ()


@pytest.mark.parametrize("language", [None, "en", "en-GB"])
def test_english_or_unstated_language_gets_claims(language: str | None) -> None:
    """English, or no language at all, is read."""
    assert extract(article("The council voted to close the library.", language=language))


def test_with_claims_uses_the_extractor_given() -> None:
    """True runs the built-in extractor, False none, a callable itself."""
    plain = article("The council voted to close the library.")
    assert with_claims(plain, True).claims == extract(plain)
    assert with_claims(plain, False).claims == ()
    assert with_claims(plain, lambda a: ()).claims == ()


def seed_article() -> Article:
    """The seed column's body paragraphs (between the headline and the byline), as an Article."""
    text = corpus(*SEED).read_text(encoding="utf-8")
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    byline = next(i for i, b in enumerate(blocks) if b.startswith("By ") and len(b.split()) < 5)
    return article(*blocks[2:byline])


def seed_claim(opening: str) -> Claim:
    return next(c for c in extract(seed_article()) if c.text.startswith(opening))


def test_seed_must_be_willing_is_a_policy_claim() -> None:
    """The seed's "President Trump must be willing to settle for ..." recommends: POLICY."""
    claim = seed_claim("Ultimately, if the North and the US")
    assert "President Trump must be willing to settle for" in claim.text
    assert (claim.kind, claim.hedged) == (ClaimKind.POLICY, False)


def test_seed_gambit_may_backfire_is_a_hedged_prediction() -> None:
    """The seed's "Such a gambit ... may backfire politically ..." predicts, hedged."""
    claim = seed_claim("Such a gambit on the part of Kim may backfire politically")
    assert (claim.kind, claim.hedged) == (ClaimKind.PREDICTION, True)


def test_seed_north_korea_watchers_are_the_source() -> None:
    """The seed's "some North Korea watchers believe that Kim is insistent" is theirs, and the
    "may" of the concession before it ("While Washington may view ...") does not hedge it."""
    claim = seed_claim("While Washington may view")
    assert "some North Korea watchers believe that Kim is insistent" in claim.text
    assert (claim.attributed_to, claim.hedged) == ("some North Korea watchers", False)


def test_seed_well_known_disappointment_is_not_hedged() -> None:
    """The seed's "It is well known that Pyongyang is disappointed ... possible sanctions relief"
    asserts without a hedge: "possible" only qualifies the relief."""
    claim = seed_claim("It is well known that Pyongyang is disappointed")
    assert (claim.kind, claim.hedged, claim.attributed_to) == (ClaimKind.VALUE, False, None)


def test_seed_claims_read_as_a_careful_reader_would() -> None:
    """The seed's sources are named as written, never a fragment: its reported claims are those
    of "some North Korea watchers", "some" and "this theory", and nothing else is reported."""
    sources = [c.attributed_to for c in extract(seed_article()) if c.attributed_to]
    assert sources == ["some North Korea watchers", "some", "this theory"]


def test_trained_weights_are_read_from_a_file(tmp_path: Path) -> None:
    """``trained(path)`` reads weights the training script wrote and extracts with them."""
    path = tmp_path / "weights.json"
    path.write_text(shipped().dumps(), encoding="utf-8")
    plain = article("The council voted 7-2 on Tuesday to close the library. It was a mistake.")
    assert trained(path)(plain) == extract(plain)
    path.write_text(Weights(fact={}, bias=1.0).dumps(), encoding="utf-8")
    assert {c.kind for c in trained(path)(plain)} == {ClaimKind.FACT}


# Weights for features the shipped model may not hold yet, large enough to change decisions.
_EXTRA = {
    "+first person": 0.9,
    "+first person past": 1.3,
    "+before past": 0.7,
    "+before value": -0.8,
    "+before fact": 0.6,
    "+names 10%": 0.4,
    "+names 20%": 1.1,
}


@pytest.mark.parametrize("extra", [{}, _EXTRA], ids=["shipped", "extra"])
def test_the_fast_score_adds_the_weights_of_the_named_features(extra: dict[str, float]) -> None:
    """For every candidate of the seed and the example column, ``is_fact`` says what the bias
    plus the weights of ``features(candidate)`` says, with the shipped weights and with extra
    weights for the first person, the next sentence's cues and the share of names."""
    weights = shipped()
    weights = Weights(fact={**weights.fact, **extra}, bias=weights.bias)
    example = Path(__file__).parents[1] / "examples" / "column.txt"
    found = [*candidates(seed_article()), *candidates(opedkit.text.parse(example.read_text()))]
    assert len(found) > 40
    for candidate in found:
        total = weights.bias + sum(weights.fact.get(f, 0.0) for f in features(candidate))
        assert weights.is_fact(candidate) is (round(total, 4) > 0), candidate.text


def test_seed_abbreviations_do_not_split_sentences() -> None:
    """The seed's "Nov. 28" stays inside the opening sentence."""
    assert "Nov. 28 test-firing" in extract(seed_article())[0].text


@given(strategies.articles())
def test_any_article_gets_valid_claims(generated: Article) -> None:
    """For any article, extract never raises and its claims are valid spans of the article."""
    found = extract(generated)
    assert attrs.evolve(generated, claims=found).claims == found


@pytest.mark.parametrize(
    "sentence", ["Voters may view the deadline as artificial.", "The mayor might be bluffing."]
)
def test_a_hedged_modal_before_a_stative_verb_does_not_predict(sentence: str) -> None:
    """A hedging modal before a stative verb ("may view") is hedged but predicts nothing."""
    claim = only(sentence)
    assert (claim.kind, claim.hedged) == (ClaimKind.VALUE, True)


def test_a_sentence_full_of_reporting_verbs_is_read_in_one_pass() -> None:
    """A pathological run of quotations and "said" still gives one claim (in linear time)."""
    sentence = "“No,” said " * 20_000 + "the clerk."
    assert len(extract(article(sentence))) == 1


COLUMN = Path(__file__).parent / "fixtures" / "text" / "columnist_bracket.txt"


@pytest.mark.parametrize(
    ("opening", "kind", "hedged", "source"),
    [
        ("Ultimately, if the city wants", ClaimKind.POLICY, False, None),
        ("Such a delay may backfire", ClaimKind.PREDICTION, True, None),
        ("While the transport ministry may", None, None, "some transit planners"),
    ],
)
def test_the_projects_own_column_has_the_seeds_kinds_of_claim(
    opening: str, kind: ClaimKind | None, hedged: bool | None, source: str | None
) -> None:
    """The original column in the seed's layout recommends, predicts hedged and attributes,
    like the seed ("must be willing", "may backfire", "some ... believe that"); None: any."""
    found = opedkit.text.parse(COLUMN.read_text(encoding="utf-8")).claims
    claim = next(c for c in found if c.text.startswith(opening))
    assert claim.kind == (kind or claim.kind)
    assert claim.hedged == (claim.hedged if hedged is None else hedged)
    assert claim.attributed_to == source

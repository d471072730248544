"""Rules from blind round p656-p661, the first of real pages found by the annotators themselves, on sentences and
pages written for these tests:

* a caption closed by a credit labelled in Spanish or Portuguese (``… Foto: JANE DOE / AFP``) is chrome, and so are a
  markets widget's search box (``Enter a ticker symbol``, ``Symbol Lookup``) and a newsletter box's title;
* a lede opening with a dateline is a paragraph though the site lost its full stop: no caption opens so;
* a short title in headline grammar may close with an initialism's full stop (``… back in U.S.``);
* a roundup's speaker label (``Jane Doe, chief economist, Harbour Bank, Mumbai``) over quoted paragraphs opens no
  digest article, and credits the quotes under it, closed or running on over paragraphs;
* ``Ann Lee, chief economist, Harbour Bank, said`` credits the person, not the bank after her role;
* the possessive of an age noun keeps its figure (``the 82-year-old's condition``);
* (round p662-p667) a sentence adverb opens no name: ``Instead Harbour Council said`` is Harbour Council.
"""

from __future__ import annotations

import pytest

from newsparse import parse
from newsparse.page.chrome import LineKind
from newsparse.page.lines import is_speaker_label

from .layout_helpers import article_of, kind, texts
from .test_quotes import credited


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("The minister arrives at the palace in Buenos Aires on April 11, 2025. Foto: JANE DOE / AFP", LineKind.CHROME),
        ("Fans wave flags outside the stadium in São Paulo. Foto: Ana Lima/Folhapress", LineKind.CHROME),
        ("Enter a ticker symbol", LineKind.CHROME),
        ("Symbol Lookup", LineKind.CHROME),
        ("Email newsletter signup", LineKind.CHROME),
        # text that reads like them
        ("The photo agency said its foto archive would close.", LineKind.TEXT),
        ("Enter a ticker symbol to see how the stock has done, the site tells readers.", LineKind.TEXT),
    ],
)
def test_credits_and_widgets_are_chrome(line, expected):
    assert kind(line) is expected


def test_a_dateline_lede_without_its_full_stop_is_a_paragraph():
    article = article_of(
        "Used car lot sparks questions\n\nPublished 12:00 am Sunday, April 25, 2004\n\n"
        "CANNONSBURG, Ky. - Some owners are concerned about a dealership that set up shop here\n\n"
        "The operation held a sale in February on the front lot.\n\nA citation was issued, the director said.\n"
    )
    assert texts(article)[0].startswith("CANNONSBURG, Ky. - Some owners")


def test_a_short_caption_line_under_the_byline_is_still_dropped():
    article = article_of(
        "Council approves new budget\n\nPublished 9:00 am Monday, May 3, 2021\n\nThe mayor at the meeting\n\n"
        "The council approved the budget on Monday.\n\nIt takes effect in July, the clerk said.\n"
    )
    assert "The mayor at the meeting" not in texts(article)


@pytest.mark.parametrize(
    "title",
    ["Record-setting astronaut Jane Doe back in U.S.", "Jobless claims fall sharply in D.C.", "Trade talks stall at U.N."],
)
def test_a_title_may_close_with_an_initialism(title):
    article = article_of(f"{title}\nThe first paragraph of the story says what happened on Thursday.\nThe second one goes on.\n")
    assert article.headline is not None and article.headline.text == title


@pytest.mark.parametrize(
    "line",
    [
        "He said the troops would come home to the U.S.",
        # a caption closed so runs longer than a title
        "Members of the union went on strike Aug. 4 at the hospital in New Brunswick, N.J.",
    ],
)
def test_a_sentence_closing_with_an_initialism_is_no_title(line):
    article = article_of(f"{line}\nThe first paragraph of the story says what happened on Thursday.\nThe second one goes on.\n")
    assert article.headline is None or article.headline.text != line


@pytest.mark.parametrize(
    ("line", "after", "expected"),
    [
        ("Jane Doe, chief economist, Harbour Bank, Mumbai", '"Rates will fall.', True),
        ("Tom Roe, fixed income strategist, AK Capital, Delhi", "“The cut was early.", True),
        ("Ana Ruiz, Professor of Economics, University of Leeds", '"Growth is weak."', True),
        # no quote under it, a clause, a sentence, or a place list
        ("Jane Doe, chief economist, Harbour Bank, Mumbai", "Rates will fall.", False),
        ("Jane Doe, chief economist, said rates will fall, Harbour Bank reported", '"Yes.', False),
        ("Jane Doe, chief economist, Harbour Bank, Mumbai.", '"Yes.', False),
        ("Paris, Berlin and Rome", '"Yes.', False),
    ],
)
def test_a_speaker_label_is_a_name_and_its_apposition_over_a_quote(line, after, expected):
    assert is_speaker_label(line, after) is expected


ROUNDUP = (
    "The Reserve Bank cut rates on Thursday by 25 basis points in a surprise move, the bank said.\n"
    "In a statement, the bank cited weak demand and falling crude prices as reasons for the cut.\n"
    "Jane Doe, chief economist, Harbour Bank, Mumbai\n"
    '"This is a surprise move in the middle of the war on inflation.\n'
    '"I think they will first reduce the deposit rate."\n'
    "Tom Roe, fixed income strategist, AK Capital, Delhi\n"
    '"The cut was a bit early.\n'
    '"Largely, it was expected.\n'
)


def test_speaker_labels_open_no_articles_and_credit_their_quotes():
    page = parse(ROUNDUP)
    assert len(page.articles) == 1
    article = page.articles[0]
    assert "Tom Roe, fixed income strategist, AK Capital, Delhi" in [p.text for p in article.paragraphs]
    assert [q.speaker for q in article.quotes] == ["Jane Doe", "Jane Doe", "Tom Roe", "Tom Roe"]


def test_a_label_naming_no_person_credits_nobody():
    assert credited("Harbour Bank, treasury desk, Mumbai", "“Rates will fall.”") == [None]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("Ann Lee, chief economist, Harbour Bank, said, “Cuts are likely.”", "Ann Lee"),
        ("Tom Roe, Chief Economist, Bank of Baroda, also stated, “We may see cuts.”", "Tom Roe"),
        ("Mia Chen, senior analyst, Kestrel Securities, added: “Demand is soft.”", "Mia Chen"),
    ],
)
def test_a_name_its_bare_role_and_its_body_credit_the_person(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("In Mumbai, Harbour Bank, a lender, said “No.”", "Harbour Bank"),
        ("Last week, Acme, the retailer, said “Yes.”", "Acme"),
        ("Jane Doe, chief economist at Harbour Bank, said, “Rates will fall.”", "Jane Doe"),
    ],
)
def test_other_appositions_read_as_before(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The 82-year-old's condition worsened and she moved to a home.", 82),
        ("The 30-year-old’s sentence had been deferred.", 30),
        ("Police said the 19-year-old's car was found later.", 19),
    ],
)
def test_the_possessive_of_an_age_noun_keeps_its_figure(sentence, value):
    figures = parse(sentence).articles[0].figures
    assert [(f.value, f.unit) for f in figures] == [(value, "year-old")]


def test_a_bare_number_before_an_apostrophe_is_still_no_figure():
    assert parse("The 7's were out of the tournament by noon.").articles[0].figures == ()


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('Instead Harbour Council said it would "wait and see".', "Harbour Council"),
        ('Moreover Acme Corp said the offer was "final".', "Acme Corp"),
        ('Nevertheless Ann Lee said it was "worth a try".', "Ann Lee"),
        # a lead word that may open a name stays in it
        ('Inside Climate News reported the findings as "alarming".', "Inside Climate News"),
    ],
)
def test_a_sentence_adverb_opens_no_name(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # (round p662-p667) a relative time with a qualifier, a post's categories, a writer's contact line, a prompt
        # to share the page
        ("about 1 hour ago", LineKind.CHROME),
        ("just 5 minutes ago", LineKind.CHROME),
        ("Community, Congress, Healthcare, Latest News, State Government", LineKind.CHROME),
        ("Dan Radel: 732-643-4072;", LineKind.CHROME),
        ("Jane Doe: (732) 555-0172; jdoe@harbour.com", LineKind.CHROME),
        ("Help keep family & friends informed by sharing this article", LineKind.CHROME),
        ("Know someone who would like this? Share this story", LineKind.CHROME),
        # text that reads like them
        ("He left about 1 hour ago.", LineKind.TEXT),
        ("Paris, Berlin, Rome and Madrid", LineKind.TEXT),
        ("Call Jane Doe: 732-555-0172 for tickets.", LineKind.TEXT),
        ("Jane Doe: 732 residents signed the petition", LineKind.TEXT),
        ("The minister thanked readers for sharing this article", LineKind.TEXT),
    ],
)
def test_stamps_categories_contacts_and_share_prompts_are_chrome(line, expected):
    assert kind(line) is expected


def test_a_category_row_over_the_title_is_no_title():
    article = article_of(
        "Community, Congress, Healthcare, Latest News, State Government\n\n"
        "Hundreds gather for ribbon cutting of new children's hospital\n\n"
        "MORGANTOWN – Hundreds of people gathered under a giant tent on Saturday morning.\n\n"
        "The $215 million hospital will accept its first patients Thursday.\n"
    )
    assert article.headline is not None and article.headline.text.startswith("Hundreds gather")


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # (round p662-p667) a courtesy title makes a role word after it a surname
        ('“They run deep,” Mr Trainer said.', "Mr Trainer"),
        ('Writing in his report, Mr Trainer said the problems "run deep".', "Mr Trainer"),
        ('“We will appeal,” Dr Farmer said.', "Dr Farmer"),
        # a title cut from its name still credits nobody
        ('“They run deep,” Lt Governor said.', None),
        ('“They run deep,” Dr Gen said.', None),
    ],
)
def test_a_courtesy_title_makes_a_role_word_a_surname(line, speaker):
    assert credited(line) == [speaker]


# -- round p668-p673 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "'I have wept tears of relief,' Ann Lee says after court cancels release of 11 convicts",
        "\"We have no choice,\" says mayor as city cuts bus routes",
    ],
)
def test_words_a_title_quotes_keep_its_headline_grammar(title):
    from newsparse.page.layout import is_headlinese

    assert is_headlinese(title)


def test_a_sentence_with_a_quote_is_still_no_headline_grammar():
    from newsparse.page.layout import is_headlinese

    assert not is_headlinese('The minister said the plan was "a disaster" for the town')


def test_a_title_quoting_its_speaker_is_the_headline():
    title = "'I have wept tears of relief,' Ann Lee says after court cancels release of 11 convicts"
    page = parse(
        f"{title}\nNew Delhi: Ann Lee, the survivor, said on Monday it was \"truly the New Year\" for her.\n"
        "Earlier in the day, the court ruled that the convicts must go back to jail.\n"
        "The convicts have to surrender within two weeks, the court said.\n"
    )
    assert len(page.articles) == 1 and page.articles[0].headline is not None
    assert page.articles[0].headline.text == title


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Submit a piece 🎮 Block your 📱 number iOS 15 might not work Talking Tech", LineKind.CHROME),
        ("Weather ☀ Sports ⚽ Games 🎮", LineKind.CHROME),
        ("- Amy Beth Hanson, Martha Bellisle and Anita Snow", LineKind.BYLINE),
        # text that reads like them
        ("The fans cheered 🎉 and sang 🎶.", LineKind.TEXT),
        ("— Paris, Berlin and Rome", LineKind.TEXT),
        ("- Apples, pears and plums", LineKind.TEXT),
    ],
)
def test_pictograph_rows_and_dashed_writer_lists(line, expected):
    assert kind(line) is expected


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("The party criticised Ann Lee, the interior minister, for saying migrants were not “honest”.", "Ann Lee"),
        ("Critics slammed Tom Roe for calling the plan “a joke”.", "Tom Roe"),
        ("The union accused the mayor of calling the strike “illegal”.", "the mayor"),
        # the subject speaks where no object stands before ``for``
        ("Ann Lee was praised for saying the plan was “bold”.", "Ann Lee"),
    ],
)
def test_the_object_blamed_for_saying_a_quote_speaks_it(line, speaker):
    assert credited(line) == [speaker]


def test_alerted_reports_speech():
    assert credited(
        "Donald Tusk said, “This is the end of the bad times.” The opposition had alerted voters that this "
        "election was their “last chance”."
    ) == ["Donald Tusk", "The opposition"]


# -- round p674-p679 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("I would like to be emailed about offers, events and updates from Harbour Post. Read our privacy notice.",
         LineKind.CHROME),
        ("Follow Lynsey", LineKind.CHROME),
        # text that reads like them
        ("Follow the money", LineKind.TEXT),
        ("I would like to thank the volunteers, she said.", LineKind.TEXT),
    ],
)
def test_consent_boxes_and_follow_buttons_are_chrome(line, expected):
    assert kind(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Coles CEO Jane Doe.", True),
        ("National Treasury and Economic Planning Cabinet Secretary John Mbadi.", True),
        ("National Assembly Majority Leader Ann Lee", True),
        # a sentence, a name alone, a post alone
        ("Prime Minister Keir Starmer said the plan would work.", False),
        ("Jane Doe", False),
        ("Chief Executive Officer", False),
    ],
)
def test_a_caption_names_who_is_pictured_by_their_post(line, expected):
    from newsparse.page.chrome import PageChrome, is_post_caption

    assert is_post_caption(line, PageChrome.from_vocabulary().caption_posts) is expected


def test_post_captions_are_no_paragraphs():
    article = article_of(
        "Coles CEO Jane Doe.\n"
        "Coles says it makes just $2.60 in profit for every $100 spent in its stores.\n"
        "The company said on Tuesday its dividend would stay stable.\n"
        "Harbour Assembly Majority Leader Tom Roe\n"
        "“I hope this letter clarifies the issue,” Mr Roe said.\n"
    )
    assert texts(article) == [
        "Coles says it makes just $2.60 in profit for every $100 spent in its stores.",
        "The company said on Tuesday its dividend would stay stable.",
        "“I hope this letter clarifies the issue,” Mr Roe said.",
    ]


def test_a_line_in_capitals_opens_no_digest_article():
    page = parse(
        "The study tracked people for years, the researchers said.\n"
        "Yogurt eaters had fewer tumours, they found.\n"
        "FOOD WRITER SHARES 5 NUTRITION TIPS FOR HEALTHIER EATING\n"
        "Bifidobacterium is a bacterium that is normally found in yogurt.\n"
        "It may protect the gut, the authors wrote.\n"
    )
    assert len(page.articles) == 1


@pytest.mark.parametrize(
    ("lines", "speakers"),
    [
        # a title and a plural of a role name a group, never a woman
        (("The Lady Troopers attended the ceremony.", "“It was lovely,” she said."), [None]),
        (("Mary Smith, who joined the Lady Troopers in 1991, attended.", "“It was lovely,” she said."), ["Mary Smith"]),
        # an abbreviated body noun closes a name, not a sentence
        (("“We’ve had floods before,” Chief Terry Knowles of the Harbour Fire Dept. told reporters.",), ["Terry Knowles"]),
        # a verb of judging that introduced a direct quote carries its speaker on
        (("Ann Lee declared: “It is a commitment made to the people.", "“It is the will of the country.”"),
         ["Ann Lee", "Ann Lee"]),
        (("The plan, which Ann Lee described as “reckless”, was dropped.", "“We will fight on.”"), ["Ann Lee", None]),
        # a credit closing a sentence of two quotes credits both
        (("The bill “doesn’t go far enough” for rail and “leaves funds idle,” said Ben Porritt, a vice president.",),
         ["Ben Porritt", "Ben Porritt"]),
        (("Ann Lee called it “a scandal” and “a disgrace,” said Tom Roe.",), ["Ann Lee", "Tom Roe"]),
    ],
)
def test_groups_abbreviations_run_ons_and_shared_credits(lines, speakers):
    assert credited(*lines) == speakers


# -- round p680-p685 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('"Doordarshan clinched the deal," the Press Trust of India quoted Bindra in a report filed from Mohali.', "Bindra"),
        ('"The deal is done," Reuters quoted Ann Lee.', "Ann Lee"),
        # not a thing, nor an agent
        ('"Buy now," the broker quoted a price of $5.', "the broker"),
        ('"The deal is done," Ann Lee was quoted by Reuters.', "Ann Lee"),
    ],
)
def test_the_one_an_outlet_quoted_after_the_quote_speaks_it(line, speaker):
    assert credited(line) == [speaker]


def test_an_adverb_between_a_name_and_its_verb_keeps_it_the_subject():
    assert credited(
        "Taxi driver John Thompson claimed it was “stupid” to shut the branch.",
        "He said: “It is a big loss.”",
        "Banff and district councillor Glen Reynolds regularly campaigned against the closure.",
        "He said: “There is a lack of humanity here.”",
    ) == ["John Thompson", "John Thompson", "Glen Reynolds"]


@pytest.mark.parametrize(
    "line",
    ["This video is no longer available.", "This video is unavailable.", "video platformvideo managementvideo solutionsvideo player"],
)
def test_a_video_players_notices_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_a_video_is_text():
    assert kind("The video is no longer available online, the police said.") is LineKind.TEXT


# -- round p686-p691 -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("This browser does not support the video element.", LineKind.CHROME),
        ("About Author", LineKind.CHROME),
        ("Ulta reveals expansion plans across the US Credit: Getty", LineKind.CHROME),
        ("Fans at the stadium Credit: Jane Doe/PA Wire", LineKind.CHROME),
        # text that reads like them
        ("Tax Credit: What it means for you", LineKind.TEXT),
        ("The fund gave him credit: Getty was slow.", LineKind.TEXT),
    ],
)
def test_video_notices_author_boxes_and_glued_credits(line, expected):
    assert kind(line) is expected


def test_two_places_joined_by_a_slash_open_a_dateline():
    from newsparse.page.lines import opens_with_dateline

    assert opens_with_dateline("HENRICO/RICHMOND, Va. (WWBT) - The health department ended a clinic early.")


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ('"I don\'t know much," said his mother, Annette.', "Annette"),
        ('"I don\'t know much," said the boy\'s mother, Annette Vines.', "Annette Vines"),
        # no name after the comma
        ('"I don\'t know much," said his mother, Tuesday.', None),
    ],
)
def test_a_name_set_off_after_a_kin_word_speaks(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # abbreviated titles: never the title cut from its name
        ("“This budget process has been gruelling,” said Coun. Michael Janz.", "Michael Janz"),
        ("“Finally, this Legislature is pushing back,” Assemb. Steve McLaughlin (R-Schaghticoke), one of Cuomo’s critics, said.",
         "Steve McLaughlin"),
        # a role opening with its role word before a body
        ("Ann Lee, minister of finance, Republic of Harbour, said “We will pay.”", "Ann Lee"),
    ],
)
def test_abbreviated_titles_and_roles_with_a_portfolio(line, speaker):
    assert credited(line) == [speaker]


@pytest.mark.parametrize(
    "line",
    ["Article content", "Article content continued", "This advertisement has not loaded yet, but your article continues below.",
     "Share story", "Local"],
)
def test_ad_slot_markers_share_buttons_and_section_tags_are_chrome(line):
    assert kind(line) is LineKind.CHROME


def test_a_sentence_about_local_news_is_text():
    assert kind("Local elections are due in May.") is LineKind.TEXT


def test_a_label_names_its_speaker_whatever_follows_it():
    from newsparse.page.lines import names_speaker

    assert names_speaker("Jane Doe, chief economist, Harbour Bank, Mumbai")
    assert not names_speaker("Jane Doe, chief economist, said rates will fall, Harbour Bank reported")


@pytest.mark.parametrize(
    ("middle", "speaker"),
    [
        # a description said to be a named person makes that person the one the text follows
        ("The first passenger on board was Sheila Mason, 72, from Balerno.", "Sheila Mason"),
        # not the owner of a description, nor a sentence naming no one after the verb
        ("The woman beside her was Ann Lee's sister.", "Sue Bruce"),
        ("The weather was a concern for the crew.", "Sue Bruce"),
    ],
)
def test_a_description_said_to_be_a_named_person_is_followed(middle, speaker):
    assert credited(
        "Council chief executive Sue Bruce said: “It is a great day.”", middle, "“It is all fine,” she said."
    ) == ["Sue Bruce", speaker]

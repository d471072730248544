"""The word lists the quote rules read, contributed through ``newsparse_vocabulary``.

Every list is plain data; an outlet plugin extends one by returning entries under
the same name from its own ``newsparse_vocabulary`` hook.  Words are matched in
lower case.
"""

from __future__ import annotations

__all__ = ["VOCABULARY"]


def _words(text: str) -> list[str]:
    return text.split()


def _kinds(*groups: str) -> dict[str, str]:
    """A table from each word of a group of synonyms to the group's first word."""
    return {word: group.split()[0] for group in groups for word in group.split()}


#: The heads of companies' names by industry (``Toyota Motor``, ``Karsten Electric``, ``Norvik Chemicals``): body words
#: of the company kind, in ``body_words`` and ``body_kinds`` both.
_INDUSTRY_HEADS = """
    motor electric electronics telecom telecommunications pharma pharmaceutical chemical chemicals semiconductor
    semiconductors petroleum shipping automotive aerospace biotech therapeutics brewery breweries realty refinery
    platinum coal cement
"""


VOCABULARY: dict[str, list[str] | dict[str, str]] = {
    # The attribution rules other plugins add, by name: a :class:`~newsparse_quotes.Rule` each (see .attribution).
    "attribution_rules": {},
    # Verb forms that report what someone said or wrote.
    "speech_verbs": _words(
        """
        say says said saying tell tells told telling state states stated stating
        add adds added adding note notes noted noting claim claims claimed claiming allege alleges alleged alleging
        warn warns warned warning alert alerts alerted alerting insist insists insisted insisting argue argues argued arguing
        write writes wrote writing explain explains explained explaining stress stresses
        stressed stressing emphasize emphasizes emphasized emphasizing emphasise emphasises
        emphasised emphasising announce announces announced announcing declare declares
        declared declaring acknowledge acknowledges acknowledged acknowledging admit admits
        admitted admitting deny denies denied denying reject rejects rejected rejecting
        dismiss dismisses dismissed dismissing describe describes described describing classify classifies classified classifying
        call calls called calling accuse accuses accused accusing urge urges urged urging
        suggest suggests suggested suggesting conclude concludes concluded concluding
        continue continues continued continuing recall recalls recalled recalling
        cite cites cited citing praise praises praised praising thank thanks thanked thanking
        credit credits credited crediting report reports reported reporting
        reply replies replied replying respond responds responded responding
        remark remarks remarked remarking comment comments commented commenting
        tweet tweets tweeted tweeting post posts posted posting
        ask asks asked asking answer answers answered answering
        promise promises promised promising pledge pledges pledged pledging
        vow vows vowed vowing threaten threatens threatened threatening
        predict predicts predicted predicting estimate estimates estimated believe believes believed believing
        caution cautions cautioned cautioning complain complains complained complaining
        blame blames blamed blaming condemn condemns condemned condemning
        criticize criticizes criticized criticizing criticise criticises criticised criticising
        label labels labeled labelled labeling labelling brand brands branded branding
        quote quotes quoted quoting reveal reveals revealed revealing
        confirm confirms confirmed confirming assert asserts asserted asserting
        maintain maintains maintained maintaining observe observes observed observing
        point points pointed pointing amend amends amended amending read reads
        slam slams slammed slamming blast blasts blasted blasting mock mocks mocked mocking
        ridicule ridicules ridiculed ridiculing decry decries decried decrying
        denounce denounces denounced denouncing lambast lambasts lambasted lambasting
        hail hails hailed hailing lament laments lamented lamenting
        speak speaks spoke speaking concede concedes conceded conceding
        shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming
        holler hollers hollered hollering bellow bellows bellowed bellowing
        mutter mutters muttered muttering whisper whispers whispered whispering mumble mumbles mumbled
        murmur murmurs murmured exclaim exclaims exclaimed exclaiming chant chanted chanting
        joke joked joking quip quips quipped quipping boast boasts boasted boasting
        plead pleads pleaded pleading testify testifies testified testifying
        recount recounts recounted recounting texted emailed termed terming sigh sighs sighed sighing
        laugh laughs laughed laughing retort retorts retorted retorting snap snaps snapped snapping
        interject interjects interjected interjecting interrupt interrupts interrupted interrupting
        underline underlines underlined underlining
        opine opines opined opining aver avers averred averring posit posits posited
        reiterate reiterates reiterated reiterating disclose discloses disclosed disclosing
        inform informs informed informing mention mentions mentioned mentioning
        highlight highlights highlighted highlighting clarify clarifies clarified clarifying
        assure assures assured assuring reassure reassures reassured reassuring
        elaborate elaborates elaborated elaborating contend contends contended contending
        counter countered countering concur concurs concurred concurring muse mused musing
        affirm affirms affirmed affirming intone intones intoned intoning hint hints hinted hinting
        signal signals signalled signaled signalling signaling indicate indicates indicated indicating
        remind reminds reminded reminding echo echoes echoed echoing narrate narrates narrated narrating
        underscore underscores underscored underscoring gush gushed gushing enthuse enthused enthusing
        bemoan bemoans bemoaned bemoaning scoff scoffs scoffed scoffing fume fumed fuming
        marvels marveled marvelled marveling marvelling
        """
    ),
    # Nouns for what is said; ``X's claim that "..."`` credits X.
    "speech_nouns": _words(
        """
        claim claims charge charges declaration declarations remark remarks words statement statements
        comment comments assertion assertions promise promises pledge pledges description
        criticism criticisms warning warnings call calls words message letter post tweet
        interview address speech accusation accusations allegation allegations apology apologies
        acknowledgement acknowledgment admission admissions observation observations reminder retort quip vow vows
        argument arguments contention contentions assurance assurances insistence reply replies
        evidence testimony submission submissions explanation suggestion suggestions conclusion conclusions
        verdict plea pleas
        """
    ),
    # Verbs of seeing, hearing or recording, whose object does the participle after it: ``video shows teens yelling,
    # “…”`` (the teens' words, not the video's owner's).
    "perception_verbs": _words(
        "show shows showed shown showing hear hears heard hearing see sees saw seen seeing film films filmed "
        "record records recorded capture captures captured catch catches caught depict depicts depicted"
    ),
    # Verbs of denying or attacking a claim: a quote in the claim after them (``rejected the claim that it was
    # “reckless”``) is the claim's words, not the subject's.
    "denial_verbs": _words(
        "reject rejects rejected rejecting deny denies denied denying dismiss dismisses dismissed dismissing "
        "refute refutes refuted refuting dispute disputes disputed disputing slam slams slammed slamming "
        "contest contests contested contesting challenge challenges challenged challenging"
    ),
    # Titles and roles printed before a name or standing for one (``Kremlin spokesman``).
    "speaker_roles": _words(
        """
        president vice-president prime premier minister chancellor taoiseach tánaiste tanaiste spokesman spokeswoman
        spokesperson secretary secretary-general chief head lead leader mayor governor senator
        representative ambassador envoy diplomat delegate official officer aide adviser advisor advisers
        commissioner commander general colonel major captain lieutenant admiral marshal
        director controller coordinator chairman chairwoman chair ceo cfo coo cto cio cmo founder editor editor-in-chief correspondent
        reporter journalist analyst expert professor sir lord lady king queen peer
        prince princess pope judge prosecutor lawyer attorney sheriff deputy lawmaker mp mep td msp mla
        backbencher frontbencher legislator parliamentarian alderman alderwoman
        politician speaker candidate nominee negotiator general-secretary monarch emir sheikh
        coach engineer economist farmer doctor scientist researcher teacher activist
        historian author writer artist singer actor actress player manager owner founder boss
        executive exec treasurer clerk counsel superintendent inspector detective sergeant trooper constable
        councilman councilwoman councillor councilor congressman congresswoman assemblyman assemblywoman
        assemblymember trustee member
        commissioner ombudsman ombudswoman ombudsperson comptroller coroner principal dean rector provost chancellor bishop archbishop rabbi imam
        justice magistrate recorder registrar solicitor barrister advocate cllr geologist chemist physicist biologist ecologist epidemiologist virologist
        psychologist sociologist climatologist meteorologist forecaster hydrologist seismologist statistician novelist architect strategist columnist pollster surgeon nurse pilot
        cardiologist oncologist neurologist immunologist radiologist dermatologist psychiatrist paediatrician pediatrician physician gynaecologist gynecologist obstetrician anaesthetist anesthesiologist pathologist pharmacologist toxicologist nutritionist dietitian physiotherapist endocrinologist geneticist neuroscientist astronomer astrophysicist archaeologist anthropologist botanist zoologist
        trader broker dealer banker investor entrepreneur consultant contractor shopkeeper vendor policymaker rate-setter
        fisherman miner driver commuter passenger voter tenant landlord homeowner student
        assemblymember councilmember guard supervisor foreman employee worker staffer
        firefighter lifeguard paramedic midwife pharmacist mechanic electrician plumber welder
        rancher beekeeper veterinarian dentist promoter grower juror whip agent
        forward striker midfielder defender goalkeeper goalie keeper winger full-back fullback centre-back
        playmaker batsman batter bowler spinner all-rounder wicketkeeper quarterback pitcher catcher shortstop
        outfielder linebacker skipper jockey boxer golfer sprinter swimmer cyclist
        right-hander left-hander southpaw reliever infielder cornerback receiver flanker fly-half scrum-half
        seamer paceman runner rider racer hurdler veteran sophomore freshman
        teenager youngster rookie debutant trainer holder titleholder champion medallist medalist
        cofounder cochair coauthor co-author investigator co-investigator
        songwriter singer-songwriter rapper musician guitarist drummer bassist pianist composer conductor
        filmmaker director-producer writer-director actor-director actor-producer player-manager
        comedian broadcaster presenter dancer choreographer playwright poet photographer designer chef
        """
    ),
    # Prefixes that keep a role a role: ``co-founder``, ``co-trainer``, ``Vice-Governor``, ``ex-minister``.
    "role_prefixes": _words("co vice ex"),
    # Roles that stand for any top post: ``the Ukrainian leader`` is the person titled
    # ``Ukrainian`` anything (``Ukrainian President Vladimir Zelensky``).
    "generic_roles": _words("leader premier boss chief head"),
    # The bench's roles, which their holders hold alone: ``the councillor`` is never ``Judge Ann Roe``, nor
    # ``the judge`` ``Mayor Tom Hart``.
    "elected_offices": _words(
        "mayor governor senator president sheriff councillor councilor councilman councilwoman congressman "
        "congresswoman assemblyman assemblywoman ambassador"
    ),
    # Posts of government a minister's title names: with ``elected_offices``, public offices that ``the minister``
    # or ``the mayor`` names, never a person printed only with another kind of post (``Harbour manager X``).
    "offices_of_state": _words("minister premier chancellor secretary treasurer commissioner"),
    "judicial_roles": _words("judge justice magistrate coroner recorder"),
    # A court's panels of judges: ``A single-judge bench of Justice Meera Deshpande said`` is the judge.
    "court_panels": _words("bench"),
    # Top posts of a body: ``the central bank president`` (a body's post, no one printed with the title) is the one
    # person the text names so far, when that person spoke last.
    "top_roles": _words("president chief head governor chairman chairwoman chair ceo exec leader boss director"),
    # Roles of those who put questions to the people a text quotes: ``the reporter`` never stands for
    # the person the text is about.
    # Nouns of a star's fame that stand for the person the text is about: ``the heartthrob``.
    "epithet_nouns": _words("heartthrob crooner starlet superstar megastar songstress star"),
    # Nouns of where someone lives or comes from, after a place: ``the Leilani Estates resident``, ``the Ohio native``
    # stand for the person the text is about.
    "origin_nouns": _words("resident native homeowner villager"),
    "asking_roles": _words("reporter reporters journalist journalists correspondent correspondents interviewer interviewers questioner"),
    # Roles held for someone else: ``the spokesman`` is one printed with that role, never the person the text is about.
    "body_voices": _words("spokesman spokeswoman spokesperson"),
    # Adjectives in -ly that describe a person, never adverbs ending a phrase: ``one elderly gentleman said``.
    "ly_adjectives": _words(
        "elderly lonely friendly unfriendly lovely burly portly sprightly kindly lowly saintly scholarly worldly wily "
        "jolly surly stately homely cowardly unruly gentlemanly motherly fatherly brotherly sisterly neighbourly "
        "neighborly"
    ),
    # The last word of a newspaper's name: ``Des Moines Register``, ``Sioux City Journal``.
    "masthead_words": _words(
        "times herald gazette journal tribune courier chronicle telegraph mirror mail express inquirer enquirer examiner "
        "dispatch bulletin ledger sentinel observer standard star globe press review post register advertiser courant argus "
        "recorder"
    ),
    # Words of a news outlet's name or description: ``The paper said Lee had won, adding …`` relays Lee's words,
    # where ``The ministry said Russia had struck, calling it …`` is the ministry's own.
    "outlet_words": _words(
        "paper newspaper daily tabloid magazine broadcaster channel outlet website network station radio television tv "
        "news times post herald gazette journal tribune courier chronicle telegraph mirror mail express inquirer examiner "
        "dispatch bulletin ledger sentinel observer standard star globe press review "
        "reuters bloomberg interfax tass ria novosti xinhua afp ap upi "
        "kyodo yonhap anadolu politico axios"
    ),
    "proxy_roles": _words(
        "spokesman spokeswoman spokesperson aide adviser advisor representative lawyer attorney counsel solicitor barrister agent"
    ),
    # Rank words that make a distinct office of a role: ``the prime minister`` is not ``Energy Minister X``.
    # Verbs of receiving before a speech noun in a verb's form: ``Police received reports of “…”`` is no report
    # by the police.
    "onward_verbs": _words("continue continues continued continuing"),
    # Verbs that make their object do what the verb after ``to`` says: ``prompted Musk to reply`` is Musk's reply.
    "causing_verbs": _words(
        "prompt prompts prompted prompting lead leads led leading cause causes caused causing force forces forced "
        "forcing compel compels compelled compelling spur spurs spurred spurring drive drives drove driven driving"
    ),
    "particle_verbs": _words("point points pointed pointing"),
    "it_speech_verbs": _words("put puts putting"),
    "mandative_verbs": _words(
        "demand demands demanded demanding insist insists insisted insisting urge urges urged urging "
        "ask asks asked asking request requests requested requesting recommend recommends recommended "
        "propose proposes proposed order orders ordered require requires required"
    ),
    "receiving_verbs": _words("receive receives received receiving field fields fielded fielding get gets got getting"),
    "rank_words": _words("prime deputy vice assistant associate junior under lieutenant acting interim former shadow managing"),
    # Offices of their own without a rank word, like ``the prime minister``: only a person printed with the title
    # holds one (``the Taoiseach`` never takes up the chief executive the text follows).
    "own_offices": _words("taoiseach tánaiste tanaiste premier chancellor"),
    # Ranks that make another office than the plain role: ``the mayor`` is never ``deputy mayor Ann Lee`` (but ``the
    # finance minister`` may be ``Deputy Prime Minister and Finance Minister X``); not a stand-in's (``interim``).
    "other_office_ranks": _words("prime deputy vice assistant lieutenant"),
    # Ranks of an office not held: no role takes up its holder (``the health secretary`` is never ``shadow health
    # secretary Wes Streeting``, ``the finance minister`` never ``former finance minister X``).
    "unheld_ranks": _words("former shadow"),
    # Portfolios a minister or secretary holds: ``the health minister`` is never ``Finance Minister X``.
    "portfolios": _words(
        """
        finance health defence defense foreign interior justice education trade transport energy environment
        agriculture labour labor housing treasury culture tourism sport sports industry economy economic
        communications science immigration infrastructure fisheries mining mines petroleum oil information
        security welfare employment commerce revenue budget planning power electricity lands
        """
    ),
    # Titles that are also common surnames: after a known first name or two plain name words they end a
    # name (``Abdul Karim Sheikh``, ``Carole King``, ``John Major``); ``Kuwaiti Sheikh``, ``Bishop`` are titles.
    "surname_titles": _words(
        "sheikh bishop king major dean judge marshal chancellor sheriff constable prince pope bowler keeper winger holder farmer"
    ),
    # Titles that are also common given names: before one word that is no given name they open a name
    # (``Dean Varga``); before a given name they stay titles (``Dean Ann Roe``).
    "given_name_titles": _words("dean"),
    # Professions a person practises, not posts held in a body (each one of the ``speaker_roles``): ``the
    # Harbour Survey biologist`` may take up a person named without a title; ``the Red Cross spokeswoman``
    # (a post) never does.
    "professions": _words(
        """
        scientist researcher biologist ecologist geologist chemist physicist epidemiologist virologist
        psychologist sociologist economist historian engineer architect analyst strategist lawyer attorney
        contractor consultant
        climatologist meteorologist forecaster hydrologist seismologist statistician
        cardiologist oncologist neurologist immunologist radiologist dermatologist psychiatrist paediatrician pediatrician physician gynaecologist gynecologist obstetrician anaesthetist anesthesiologist pathologist pharmacologist toxicologist nutritionist dietitian physiotherapist endocrinologist geneticist neuroscientist astronomer astrophysicist archaeologist anthropologist botanist zoologist
        """
    ),
    # Words that close a title after a role and ``in`` (``Special Agent in Charge``, ``Editor in Chief``).
    "title_tails": _words("charge chief"),
    # Finite verb forms that open a clause: ``“…”, said the money saved would go``: no inverted speaker.
    "clause_verbs": _words("has have had is are was were will would could can may might must should shall does did"),
    # Organisation words: a capitalized name holding one is a body, not a person.
    "body_words": _words(
        """
        ministry office council committee service bureau party army forces department house railway railways board
        agency commission parliament government union court bank fund staff kremlin consortium
        administration assembly duma senate congress police customs guard navy command review
        strategy association institute university foundation company corporation group
        times post guardian news agency network channel tv television radio press newspaper outlet reuters jazeera arabiya
        broadcaster magazine tabloid daily weekly embassy consulate mission center centre laboratory
        school college hospital organization organisation watchdog firm panel
        holdings inc incorporated ltd limited plc llc llp pllc gmbh corp co partners associates partnership securities research ratings ventures industries
        technologies labs international charity trust authority logistics airline airlines airways motors line
        pharmaceuticals energy resources mining minerals metals insurance solutions systems software networks properties
        guild federation confederation alliance coalition league syndicate chamber society cooperative
        enterprise enterprises force constabulary directorate banco banque banca casa unit institution dairies foods
        united hotspur rovers wanderers fc wing division secretariat bhd berhad sdn tbk pt pty spa oyj asa bv
        church diocese archdiocese synod club tribunal jury cabinet museum bloc faction caucus campaign order
        forum movement front initiative collective delegation exchange bourse port ports
        """
        + _INDUSTRY_HEADS
    ),
    # Units of government that name a body with ``of`` and a place (``the Southern District of New York``,
    # ``the City of Sydney``, ``the Commonwealth of Massachusetts``): the place is no speaker.
    "jurisdiction_words": _words(
        "district commonwealth city county state republic province municipality borough township town village territory kingdom emirate prefecture port"
    ),
    # Words for a body of any kind: ``the organization said`` takes up the body that spoke last.
    "generic_bodies": _words("organization organisation institution body group"),
    # Words ending the name of a body that sits somewhere: a word set off by commas after such a name is where it
    # sits (``the National Hospital, Abuja,``), never a person.
    "seated_bodies": _words("hospital university college school court prison airport hotel museum library stadium market station"),
    # A court's documents, which speak for the court named last when no one else issued them (``the order read``).
    "court_documents": _words("order ruling judgment judgement verdict"),
    # Texts that speak through their words: a colon after a clause they head introduces what
    # they say (``The audit did not pull its punches:`` / ``“…”``).
    "documents": _words(
        """
        report reports review audit study survey inquiry statement letter memo notice communique note
        document ruling judgment judgement verdict filing findings post tweet
        motion petition lawsuit complaint affidavit indictment transcript order
        terms conditions guidelines policy rules regulations release
        """
    ),
    # Messages a body issues in its own voice: ``the post said`` speaks for the author a sentence
    # before names with the same word, or for nobody.
    "messages": _words("post tweet statement letter communique release email"),
    # Nouns of data a body releases: with a verb of ``issuing_verbs`` and ``by`` they stand for the issuer
    # (``according to figures released by the bureau``).
    "data_nouns": _words("data figures information statistics numbers estimates"),
    "issuing_verbs": _words("released published issued compiled filed tabled submitted lodged circulated distributed prepared drafted sent"),
    "asking_verbs": _words("ask asks asked pose poses posed"),
    # Verbs of the writer reaching someone (``I asked X``, ``We spoke to X``): the one reached is who the text
    # is about next.
    "counterpart_words": _words("counterpart counterparts equivalent"),
    # Prepositions of another party, in a phrase opening a sentence (``In an interview with X, he said``): the
    # ``he`` or ``she`` after it is not the person they name.
    "party_prepositions": _words("with to against"),
    "contact_verbs": _words("asked spoke talked interviewed reached contacted met phoned called emailed messaged"),
    # Words of a clause that withholds a source's name (``who asked not to be named``, ``on condition of
    # anonymity``): ``he`` or ``she`` later is that unnamed source, never a person named elsewhere.
    "anonymity_words": _words("anonymity anonymously named identified published disclosed"),
    # Words of a person's manner of speaking: ``She is candid about …`` introduces the quote
    # opening the next sentence (one degree word may come first: ``less sure``, ``unusually frank``).
    "manner_words": _words(
        """
        candid frank blunt open honest forthright outspoken direct plain clear emphatic adamant
        unapologetic unrepentant defiant scathing dismissive scornful sceptical skeptical wary
        cautious guarded coy evasive sure unsure certain confident optimistic pessimistic upbeat
        bullish bearish gloomy hopeful proud modest philosophical realistic pragmatic unequivocal
        categorical insistent firm keen eager reluctant rueful wistful nostalgic bitter angry
        furious unhappy happy blunter franker vocal critical effusive downbeat sanguine
        """
    ),
    # Kinds of body, by the head noun of its name: ``the agency`` takes up the one body
    # named earlier whose name is headed by a word of the same kind (``... Bureau``).
    "body_kinds": _kinds(
        "agency bureau office service watchdog authority regulator",
        "ministry department",
        "company firm group holdings inc ltd plc llc corp co corporation motors airlines airways line pharmaceuticals"
        " industries technologies ventures logistics airline mining minerals metals chipmaker carmaker automaker drugmaker insurer"
        " retailer chain manufacturer conglomerate bank lender utility carrier maker railway railways operator developer housebuilder homebuilder supplier producer distributor startup"
        " telco telecoms supermarket"
        + _INDUSTRY_HEADS,
        "charity foundation trust",
        "committee commission panel board",
        "police force constabulary",
        "brokerage securities brokerages",
        "association federation confederation lobby",
    ),
    # Lines of business, by the words of companies' names and descriptions that tell them: ``the bank`` never
    # takes up ``Nordvik Energy``, whose name tells another line; a company whose name tells none may be any.
    "trades": _kinds(
        "bank banks lender lenders banking bancorp",
        "airline airlines airways aviation",
        "carmaker automaker carmakers automakers motors motor automotive",
        "drugmaker drugmakers pharmaceuticals pharmaceutical pharma therapeutics biotech",
        "insurer insurers insurance assurance",
        "miner miners mining minerals metals",
        "retailer retailers supermarket supermarkets stores",
        "chipmaker chipmakers semiconductor semiconductors",
        "utility utilities energy petroleum oil refinery power electric",
        "railway railways railroad rail",
        "housebuilder homebuilder housebuilders homebuilders homes",
        "brewer brewers brewery breweries brewing",
    ),
    # Words that make a group or body described by what it does an association of members, not a company
    # (``the lobby group``, ``the trade body``): it takes up a body of the ``association`` kind.
    "association_modifiers": _words(
        "lobby trade industry advocacy pressure campaign rights activist employers consumer consumers environmental"
        " conservation farmers residents patients"
    ),
    # Acronyms of titles, by the title's words: ``the CS`` is the person printed
    # with ``Cabinet Secretary`` before his or her name.
    "role_acronyms": {
        "cs": "cabinet secretary",
        "pm": "prime minister",
        "ceo": "chief executive",
        "ag": "attorney general",
        "da": "district attorney",
        "fm": "foreign minister",
    },
    # Titles that name their holder's role by another word: ``Gov. Tom Hart`` is who ``the governor`` stands
    # for, ``Justice Ann Lee`` who ``the judge`` does.
    "title_roles": {
        "sen": "senator",
        "rep": "representative",
        "gov": "governor",
        "lt": "lieutenant",
        "dep": "deputy",
        "gen": "general",
        "col": "colonel",
        "capt": "captain",
        "sgt": "sergeant",
        "cpl": "corporal",
        "adm": "admiral",
        "cmdr": "commander",
        "supt": "superintendent",
        "insp": "inspector",
        "det": "detective",
        "prof": "professor",
        "cllr": "councillor",
        "pres": "president",
        "atty": "attorney",
        "amb": "ambassador",
        "comr": "commissioner",
        "commr": "commissioner",
        "const": "constable",
        "cst": "constable",
        "sec": "secretary",
        "justice": "judge",
    },
    # Offices named by a phrase, by the titles their holders are printed with: ``the head of the
    # government`` is the person printed as ``Prime Minister`` (or ``Premier``, ``Chancellor``) before.
    "role_paraphrases": {
        "head of government": "prime minister|premier|chancellor|taoiseach",
        "head of state": "president|king|queen|emir|monarch",
        # a police or public body's press officer: ``the spokesman`` after ``the Police Public Relations Officer, X,``
        "spokesman": "spokesman|public relations officer",
        "spokeswoman": "spokeswoman|public relations officer",
        "spokesperson": "spokesperson|public relations officer",
    },
    # People described by what they do, use or undergo, heading a described source (``One Leeds shopper said``,
    # ``a passenger on the train``): one person, whom a ``he`` or ``she`` after may stand for; their plurals a group.
    "person_nouns": _words(
        """
        shopper shoppers customer customers consumer consumers commuter commuters passenger passengers
        motorist motorists cyclist cyclists pedestrian pedestrians voter voters tenant tenants homeowner homeowners
        parent parents patient patients fan fans visitor visitors tourist tourists buyer buyers seller sellers
        survivor survivors victim victims villager villagers protester protesters protestor protestors
        demonstrator demonstrators pensioner pensioners retiree retirees resident residents witness witnesses
        bystander bystanders mourner mourners worshipper worshippers viewer viewers listener listeners
        caller callers reader readers volunteer volunteers neighbour neighbours neighbor neighbors
        source sources insider insiders observer observers relative relatives colleague colleagues friend friends
        soldier soldiers fighter fighters campaigner campaigners
        """
    ),
    # Heads of noun phrases that name unnamed or collective speakers.
    "anonymous_sources": _words(
        """
        source sources official officials officer officers aide aides insider insiders diplomat diplomats delegate delegates
        leadership government authorities ministry agency spokesman spokeswoman
        spokesperson office report analysts experts observers critics residents witnesses
        lawmakers politicians activists police military army statement notice letter memo
        communique document reports media observer observers witness soldier soldiers fighter fighters
        troops resident spokespeople person people members supporters opponents
        neighbour neighbours neighbor neighbors relative relatives colleague colleagues friend friends
        bystander bystanders family families investigator investigators campaigner campaigners auditor auditors
        regulators
        """
    ),
    # Speech verbs that also announce a company's figures, and the nouns of those figures: ``would post
    # earnings``, ``reported a net loss`` are no speech.
    "result_verbs": _words("post posts posted posting report reports reported reporting"),
    "result_nouns": _words("earnings profit profits loss losses revenue revenues results sales income deficit surplus turnover dividend"),
    # Verbs of a plea in court and the pleas after them (perhaps after ``not`` or ``no``): ``pleaded guilty``,
    # ``pleads not guilty``, ``pleaded no contest`` are no speech; ``pleaded for calm`` is.
    "plea_verbs": _words("plead pleads pleaded pleading pled"),
    "plea_words": _words("guilty innocent contest"),
    # Nouns of a change in figures: ``the decline suggests …`` reports no one's words.
    "change_nouns": _words("decline declines rise rises increase increases drop drops fall falls growth slump surge jump gain gains slowdown"),
    # Irregular past forms of common verbs that are no noun or adjective: a noun phrase ends before one
    # (``An activist working inside the city broke down``).
    "irregular_past": _words(
        """
        began became bought broke brought built came caught chose drew drove fell fled flew fought found gave got
        grew heard held kept knew led lost made meant met oversaw paid ran rose sat saw sent sold sought spent
        spoke stood took taught thought threw understood upheld went withdrew won
        hit struck swept tore shot cut
        wept slept knelt dealt swore woke forgave froze clung crept fed rode sang sank shook stuck strode swam hid spun
        """
    ),
    # Irregular past participles that open a participle clause before a preposition, a clause word or a comma
    # (``Told of the plan, Ann Lee sighed``, ``Given the risks, …``), as a capitalized ``-ed`` word does.
    "irregular_participles": _words("told shown given known seen taken written"),
    # Nouns of what is traded of a company: ``shares of Starlite Cinemas``, ``shares in Acme`` name a company
    # (not ``stocks``: ``fish stocks in EU waters``).
    "traded_nouns": _words("shares"),
    # Members of a political party, as nouns: ``the Ohio Democrat`` is the person the text is about.
    "party_members": _words("democrat republican conservative tory liberal socialist communist nationalist"),
    # Marks of a currency printed before an amount (``Rs 5,210 crore``, ``Sh300``, ``RM42``): never a name.
    "currency_marks": _words("rs inr rmb usd eur gbp aud cad nzd hkd sgd zar ngn kes ksh shs tsh ugx php idr rp"),
    # Nationality adjectives: never a speaker or a person on their own (``an official at the
    # Chinese embassy``); as a title they tell where a person belongs (``Chinese Premier X``).
    "demonyms": _words(
        """
        dutchman dutchwoman frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
        welshman welshwoman spaniard briton scot brit kiwi aussie dane swede pole turk
        afghan albanian algerian american angolan argentine argentinian armenian australian austrian
        azerbaijani bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese
        cambodian cameroonian canadian chilean chinese colombian congolese croatian cuban cypriot czech
        danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian european filipino
        finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic
        indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian
        kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese libyan lithuanian malaysian
        malian maltese mexican moldovan mongolian montenegrin moroccan mozambican namibian nepali
        nicaraguan nigerian nigerien norwegian pakistani palestinian panamanian paraguayan peruvian
        polish portuguese qatari romanian russian rwandan saudi scottish senegalese serbian singaporean
        slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese tajik
        tanzanian thai tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan
        vietnamese welsh yemeni zambian zimbabwean western arab asian african latin
        baltic nordic scandinavian balkan caribbean slavic
        texan californian floridian ohioan virginian carolinian oklahoman alaskan hawaiian
        londoner parisian muscovite berliner glaswegian mancunian liverpudlian geordie yorkshireman cornishman
        bavarian catalan basque sicilian corsican quebecer albertan ontarian queenslander tasmanian
        """
    ),
    # Adjectives that tie a source to a prepositional phrase (``a source close to the talks``,
    # ``officials familiar with the matter``): the phrase stays part of the speaker.
    "source_modifiers": _words("close familiar linked connected loyal near involved knowledgeable briefed"),
    # Titles and kin words that tell a person is a man or a woman, for ``he`` and ``she``.
    "male_words": _words(
        """
        mr sir lord king prince duke emperor pope spokesman chairman congressman councilman
        businessman father son brother husband uncle grandfather boy man encik dad grandad granddad grandpa
        boyfriend widower nephew grandson stepson stepfather fiance
        dutchman frenchman englishman irishman scotsman welshman
        """
    ),
    "female_words": _words(
        """
        mrs ms miss madam dame lady queen princess duchess empress spokeswoman chairwoman
        congresswoman councilwoman businesswoman mother daughter sister wife aunt
        grandmother girl woman puan mum mom grandma gran granny
        girlfriend widow niece granddaughter stepdaughter stepmother fiancee
        dutchwoman frenchwoman englishwoman irishwoman scotswoman welshwoman
        """
    ),
    # Kin and partner words: ``his partner, NAME,`` names the person ``His partner`` stands for later.
    "kin_words": _words(
        """
        partner wife husband son daughter brother sister mother father fiance fiancee cousin
        nephew niece grandson granddaughter grandmother grandfather uncle aunt stepson stepdaughter
        boyfriend girlfriend widow widower stepmother stepfather
        children sons daughters parents brothers sisters siblings grandchildren
        """
    ),
    # Words right before a quote that make it a name or term, not speech: ``the so-called “…”``.
    # Verbs that name rather than quote: a single-marked fragment they credit stays a term where the
    # article quotes speech in double marks (``Locals call the road ‘the mile of death’``).
    "naming_verbs": _words(
        """
        call calls called calling name names named naming dub dubs dubbed dubbing label labels labelled
        labeled labelling labeling brand brands branded branding nickname nicknamed term terms termed terming
        """
    ),
    # Speech verbs that carry the words said: as their object (``whispered “I love you.”``, ``saying
    # “Who knows”.``) or after their own object and a comma (``told reporters, “…”``), not a thing
    # praised or blamed (``condemned “Russian aggression.”``, ``praised the plan, “A fair deal,”``).
    "utterance_verbs": _words(
        """
        say says said saying write writes wrote writing tweet tweets tweeted tweeting post posts posted posting
        add adds added adding reply replies replied replying answer answers answered answering
        whisper whispers whispered whispering shout shouts shouted shouting yell yells yelled yelling
        holler hollers hollered hollering bellow bellows bellowed bellowing scream screams screamed screaming mutter mutters muttered muttering murmur murmurs murmured
        exclaim exclaims exclaimed exclaiming chant chants chanted chanting sigh sighs sighed sighing
        quip quips quipped quipping joke jokes joked joking retort retorts retorted retorting
        texted emailed read reads tell tells told telling remind reminds reminded reminding
        assure assures assured assuring reassure reassures reassured reassuring inform informs informed informing
        ask asks asked asking state states stated stating note notes noted noting explain explains explained explaining
        announce announces announced announcing declare declares declared declaring
        """
    ),
    # Verbs that pass a verdict on a thing, the quote its complement (``found the minister's speech
    # “shocking”``): with the naming verbs, they make a speech noun's owner no speaker of the quote.
    "verdict_verbs": _words(
        """
        find finds found finding deem deems deemed deeming consider considers considered considering
        judge judges judged judging declare declares declared declaring think thinks thought
        describe describes described describing classify classifies classified classifying
        """
    ),
    # Letters printed after a name and set off by commas, in capitals: honours, a senior lawyer's rank, a seat
    # (``Emeka Obi, SAN, said``, ``Jane Roe, KC, told``, ``Ann Lee, MP, said``): no one's name in apposition.
    "post_nominals": _words("san kc qc sc mp msp ms mla mep td obe mbe cbe kbe dbe phd md esq"),
    # Words closing a name, perhaps with a full stop: ``Ann Lee Jr.``, ``Martin Luther King III``, ``Acme Inc.``,
    # ``Ford Motor Co.`` (the full stop ends no name: ``Acme Inc. said``).
    "name_endings": _words("jr sr ii iii iv inc corp co ltd dept assn"),
    # Verbs of a finding that cue a quote only before ``that`` (``The jury found that he was failed by “…”``,
    # ``The judge ruled that the deal was “void”``): the words are the finder's.
    "finding_verbs": _words("found finds finding ruled rules ruling held holds holding determined determines determining"),
    "term_markers": [
        *_words("so-called dubbed nicknamed termed titled entitled codenamed code-named self-styled self-proclaimed"),
        "known as",
        "referred to as",
    ],
    # Nouns of a work whose short capitalized name in marks right after them is its title, a term (``the HBO series
    # “Westworld”``, ``her novel “Beloved”``).
    "work_nouns": _words(
        """
        series show film movie documentary programme program podcast book novel memoir album song single play
        musical opera painting sculpture exhibition poem
        """
    ),
    # Pronouns that stand for a speaker: resolved to a person (he, she) or a body (it, they).
    "speaker_pronouns": _words("he she they it"),
    # Modal verbs: a speech verb after one tells of speech not yet made (``Moscow will respond “firmly”``).
    "modals": _words("will would could can may might must should shall"),
    # Auxiliaries and adverbs that may sit between a speaker and the speech verb.
    "auxiliaries": _words(
        """
        has have had is are was were will would could can may might must should shall do does did
        also further earlier later then again once since previously repeatedly reportedly similarly
        openly publicly already just recently now not never still even too only
        always often sometimes usually frequently constantly routinely
        """
    ),
    # Words that end a noun phrase: conjunctions, relative and clause words.
    "clause_words": _words(
        """
        that which who whom whose what and but or nor while as when whenever if because since
        although though after before where whereas so than unless until whether how why
        """
    ),
    # Subordinating conjunctions opening a clause: never part of a name printed
    # right after them (``When Carmarthen Town Council cut …`` names ``Carmarthen Town Council``).
    "clause_openers": _words("when whenever while whilst if because since although though unless until whether whereas once as"),
    # Endings of sentence adverbs (``Initially``, ``Ultimately``, ``Surprisingly``): a capitalized ordinary word so
    # ending that opens a phrase opens no name after it.
    "adverb_endings": _words("ally ately ently ously ively ingly edly"),
    # Words that open a sentence right before its subject's name, never part of the name: the speech verb
    # of an inverted lead-in (``Said Kerr on the club website:``) and participles or adjectives of mood
    # (``Delighted Ana Ruiz wants …``). "Said" as a given name after the run's first word is kept.
    "mood_openers": _words(
        """
        said says added adds continued explained
        delighted irked frustrated furious elated angered annoyed buoyed stung undeterred unfazed
        unperturbed disappointed dejected relieved thrilled bemused incensed dismayed emboldened
        instead however meanwhile separately previously moreover furthermore nevertheless nonetheless likewise additionally consequently
        """
    ),
    # Words opening the topic of an interview's question, a short passage ending in a colon (``On the
    # new captain:``): read like a section heading between a speaker's label and the quotes.
    "topic_words": _words("on about regarding"),
    # Prepositions and adverbs that open a lead-in (``In a Tuesday interview, X said``).
    "lead_words": _words(
        """
        in on at during after before earlier later last next this speaking writing
        previously meanwhile however but and yet still also separately publicly according
        for from with by under over amid despite following since to within without alongside
        ago day week month year yesterday today tonight monday tuesday wednesday thursday
        friday saturday sunday there here outside inside nearby elsewhere overnight like unlike
        soon then now
        """
    ),
    # Prepositions: a noun phrase does not reach back across one (except after a source noun).
    "prepositions": _words(
        """
        in on at of to for from with by about into onto over under between among amid inside
        outside within without during after before against across through toward towards near along alongside beside
        behind beyond upon
        """
    ),
    # Abbreviated titles printed with a full stop before a name (``Dr. Anna Reyes``, ``Sen. John Doe``);
    # the title is left out of the speaker's name.
    # Courtesy titles printed before a surname alone, which make the word after them a surname though it is a role
    # word too: ``Mr Trainer``, ``Dr Farmer``.
    "honorifics": _words("mr mrs ms mx miss mme mlle dr"),
    "name_titles": _words(
        """
        mr mrs ms mx dr prof sen rep gov lt gen col maj capt sgt cpl adm cmdr supt insp det dep rev hon fr pres
        atty engr msgr brig pvt pfc pte spc const cst sec ald comr commr amb cllr coun assemb asst mme mlle sra srta encik puan pt smt rt
        """
    ),
    # Words of page chrome that are never a speaker (``Advertisement``, ``FILE PHOTO``).
    "page_chrome": _words(
        """
        advertisement advertisements advert sponsored subscribe subscribers newsletter skip
        photo photos caption getty shutterstock updated posted
        """
    ),
    # Words opening a time adverbial set between a subject and its verb (``The ministry on Tuesday
    # accused …``, ``Analysts last week warned …``); the adverbial ends in a date or a time word.
    "time_openers": _words("on last earlier this late early"),
    # Imperatives opening a sentence before an object pronoun and the quote it introduces (``Hear him, “…”``).
    "quote_imperatives": _words("hear"),
    # Words of a time that end such an adverbial besides dates (``on Friday night``, ``last week``).
    "time_parts": _words("morning afternoon evening night day hour week weekend month year"),
    # Dates: a speaker made only of these words is a date or a dateline.
    "calendar": _words(
        """
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec today yesterday tomorrow
        """
    ),
    # Days of the week (dates too): one printed right after a name ends it (``said Mayor Ann Lee Monday``).
    "weekdays": _words("monday tuesday wednesday thursday friday saturday sunday"),
    # Means of speaking printed after ``by`` with no article: never a passive's agent (``Ann Lee said by phone``).
    "speech_means": _words("phone telephone email e-mail text letter mail post fax video videolink video-link teleconference"),
    # Last words of a hyphenated adjective besides the ``-ed`` forms (``US-led``, ``Kremlin-run``,
    # ``Soviet-era``): a capitalized word joined to one describes a noun; it names no one.
    "adjective_heads": _words("led run born made built held grown known driven style era speaking wide like free friendly"),
    # Words of a part or number of a group: ``Most of the residents said`` credits the residents, while
    # ``The minority in parliament said`` is the whole phrase.
    "partitives": _words(
        """
        most majority minority rest half part many some all none both each several few dozens scores
        hundreds thousands one two three four five six seven eight nine ten
        """
    ),
    # Parts of a body that speak for themselves: ``the Ohio chapter of the union said``, ``the armed wing of the
    # party said`` credit the whole phrase, never the sentence's subject.
    "body_units": _words("branch branches chapter chapters wing arm division unit affiliate subsidiary"),
    # Counts above one: a speech-verb form in -s after one is a plural noun, as no verb agrees with them
    # (``advertised two GP posts``, ``after several reports``).
    "plural_counts": _words("two three four five six seven eight nine ten eleven twelve dozen dozens several many few hundreds thousands"),
    # Quantifiers: like the other function words, never a speaker on their own (``Both Minsk and …``).
    "quantifiers": _words("both either neither each every all no none"),
    # Prepositions before a place: a capitalized name right after one is no person (``in Nevada County``).
    "place_prepositions": _words("in at near from across outside inside throughout"),
    # Last words of a place's name (``Sonoma County``, ``Ashanti Region``): such a name is no person.
    "place_heads": _words(
        """
        county province city region state district prefecture oblast municipality borough township
        territory governorate island islands peninsula republic kingdom emirates coast strip street
        avenue square parish village town road boulevard drive st ave rd blvd
        """
    ),
    # Last words of the name of a law or a pact (``Terrorism Act``, ``Paris Agreement``): such a name is no person.
    "document_heads": _words(
        """
        act acts bill treaty accord accords agreement convention charter protocol amendment declaration
        doctrine directive ordinance statute
        """
    ),
    # First words of a place's name of two words or more (``South Korea``, ``Santa Clara``): no person.
    "place_openers": _words("north south east west new san santa sierra united saudi cape puerto kuala"),
    # Two-letter codes of countries and blocs printed before a body's or place's name (``US Navy``, ``UK Biobank``):
    # no initials of a person (``AR Rahman``).
    "bloc_codes": _words("uk us eu un"),
    # Words that open a noun phrase.
    "determiners": _words("the a an another this that these those its his her their our my your one some several many few"),
    # Words after which a full stop does not end a sentence, besides the ``name_titles``.
    "abbreviations": _words(
        """
        st jr sr no inc corp co vs dept govt assn univ
        jan feb mar apr jun jul aug sep sept oct nov dec approx est fig
        """
    ),
}

"""Site chrome and page furniture: the lines of a web page that are not an article's text.

:meth:`PageChrome.kind` sorts one line of a single-article or blog page into a
:class:`LineKind`: site chrome (menus, share prompts, icon lists, site names,
template words in another language or script), a date line, a byline, a blog
post's footer, or text.  The word lists are data: :data:`DEFAULT_VOCABULARY`
holds the built-in entries, and plugins add entries under the same names
through the ``newsparse_vocabulary`` hook.
"""

from __future__ import annotations

import datetime as dt
import enum
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs
from attrs import frozen

from newsparse.hooks.vocabulary import CASEFOLD, WORDS, Declaration, Vocabulary
from newsparse.lazy_regex import lazy_compile
from newsparse.page.dates import WEEKDAYS, DateMatch, find_date, is_yearless_dateline
from newsparse.page.lines import EDGE_PUNCT as _EDGE_PUNCT
from newsparse.page.lines import NAME_PARTICLES, ends_sentence, remember_lines, sentences, word_count
from newsparse.page.lines import QUOTE_MARKS as _QUOTE_MARKS
from newsparse.page.lines import REPORTING as _REPORTING
from newsparse.page.lines import line_key as _key
from newsparse.page.notices import is_data_notice
from newsparse.page.promotions import (
    MAX_PROMOTION_WORDS,
    is_app_pitch,
    is_contact_line,
    is_free_offer,
    is_priced_offer,
    is_query_prompt,
    is_sign_up_pitch,
    is_story_pointer,
    may_promote,
)
from newsparse.page.tallies import is_data_row, is_result_line

__all__ = [
    "PLACE_OPENERS",
    "LineKind",
    "PageChrome",
    "DEFAULT_VOCABULARY",
    "CHROME_VOCABULARIES",
    "is_latin",
    "is_web_address",
    "is_capitalised",
    "is_icon_list",
    "is_breadcrumb",
    "is_crumb_trail",
    "is_bracketed",
    "is_newsletter_tagline",
    "is_box_blurb",
    "is_photo_caption",
    "depicts_scene",
    "is_page_links",
    "MAX_CREDIT_WORDS",
    "credit_line",
    "spaced_label",
    "closes_with_source",
    "places_people",
    "is_photo_agency",
    "is_action_caption",
    "is_name_caption",
    "is_post_caption",
    "is_bare_name",
    "is_bare_photo_credit",
    "is_place_line",
    "is_name",
    "is_menu",
    "is_category_row",
    "is_link_row",
    "is_share_buttons",
    "is_share_row",
    "may_be_dated",
    "closes_with_meridiem",
    "is_clock_time",
    "is_video_duration",
    "is_remaining_pointer",
    "opens_byline",
    "contact_name",
    "opens_with_prompt",
    "is_sign_up",
]

#: The built-in chrome vocabularies, all lower case.  ``chrome_lines``: whole lines
#: that are chrome; ``chrome_prefixes``: beginnings of chrome lines; ``site_names``:
#: lines that only name a site, and `` – name`` cut from the end (or ``name | ``
#: from the start) of titles; ``site_words``: the last word of a short Title Case
#: line that names a news site (``Harbour Daily News``); ``list_headings``: chrome
#: headings whose list of headlines under them is chrome too (``Most read``);
#: ``byline_roles``: what a byline may call its writer (``Jane Doe | Reporter``); ``role_beats``: the
#: beat or rank a capitalised role names before its last word (``Legal Affairs Correspondent``);
#: ``date_labels``: words that may stand beside the date of a date line;
#: ``caption_markers``: the buttons printed under a photo caption (``hide caption``);
#: ``caption_labels``: labels printed alone above a photo caption (``Image caption,``);
#: ``standfirst_labels``: labels printed alone above an article's standfirst (``Synopsis``);
#: ``institution_words``: words of the institution a writer's credit names (``University of Leeds``);
#: ``disclaimer_phrases``: what a site's disclaimer, affiliate note or underwriting credit says
#: (``… does not constitute investment advice.``, ``… may earn a commission when you buy through links …``);
#: ``section_names``: the sections of a news site, which a menu row may list without
#: separators (``Home News Sport Weather``); ``comment_headers``: beginnings of the line
#: that opens the readers' comments (``Leave a reply``; ``23 comments`` is recognised by
#: its shape); ``footer_prefixes`` and ``footer_markers``: a blog post's closing line, by
#: its beginning or by a ``|``-separated part of it; ``bio_roles``: what an author's bio
#: closing an article calls its writer (``Jane Doe is a reporter at …``); ``contact_openings``: how a
#: writer's contact line closing an article opens (``Reach Jane Doe at …``); ``outlet_kinds``: what a
#: site's note on itself closing a page calls it (``Harbour Post is an independent news service.``);
#: ``prompt_channels``: what a prompt asks readers to join, follow or download
#: (``… join our WhatsApp channel``); ``label_prefixes``: beginnings of a short line that ends no
#: sentence and is a label (``Heard on Morning Edition``, ``Listen · 4:12``); ``funding_words``: how
#: an outlet says it is funded in the appeal before a donation prompt (``… is listener-supported.``);
#: ``box_headings``: beginnings of a box's chrome heading whose one-line blurb right under it is chrome
#: too (``Sign up for The Weekly`` over ``The week's best stories, every Friday.``).
DEFAULT_VOCABULARY: dict[str, frozenset[str]] = {
    "chrome_lines": frozenset(
        {
            # English
            "breaking", "breaking news", "latest", "latest news", "top news", "top stories", "trending",
            "trending now", "most read", "most popular", "editor's picks", "more news", "more", "home", "menu",
            "search", "close", "subscribe", "sign in", "log in", "login", "sign up", "sign up free", "subscribe free",
            "register", "share",
            "share this", "share this article", "share this story", "tweet", "email", "e-mail", "print",
            "published by",
            # a button setting the site as the browser's start page
            "make us your home page", "make us your homepage",
            # a text-size control: ``AA``, ``A A``, ``A- A+``, its label alone (``Text:``)
            "aa", "a a", "a- a+", "a+ a-", "a a a", "aa +", "a a a +", "text", "text size", "font size", "social sharing",
            # a writer's follow button under the byline
            "follow", "+ follow", "+follow",
            "copy link", "get short url", "short url", "facebook", "twitter", "telegram", "whatsapp", "vk", "linkedin", "reddit", "pinterest",
            "related", "related posts", "related articles", "related news", "read more", "read also", "see also",
            "share it with your friends", "share it with your neighbours", "share it with your neighbors",
            "share it with a friend", "share it with your family", "share it with friends",
            "advertisement", "advertisment", "advertising", "advert", "adverts", "sponsored",
            # an audio player's and a reactions widget's labels, a template's element label: ``Loading audio...``
            "loading audio", "getting your trinity audio player ready", "listen to this article",
            "what's your reaction", "what’s your reaction", "id", "loading", "like this", "like loading", "comments",
            # a blog template's widget names printed as text: ``Header Ads Widget``, ``Responsive Advertisement``
            "ticker", "header ads widget", "footer ads widget", "responsive advertisement",
            # a markets widget's search box (``Enter a ticker symbol`` / ``Symbol Lookup``) and a newsletter box's title
            "enter a ticker symbol", "enter symbol", "symbol lookup", "quote lookup", "get quote",
            "email newsletter signup", "email newsletter sign-up", "newsletter signup", "newsletter sign-up",
            "leave a comment", "comments are closed", "add comment", "reply", "previous", "next", "previous post", "next post",
            "older posts", "newer posts", "previous entries", "next entries", "back to top", "video", "photo",
            "gallery", "listen", "podcasts", "news", "world news", "skip to content", "you may also like",
            "skip to main content", "skip to navigation", "main menu", "navigation", "sections", "newsletters",
            # a theme's link for keyboards, the key's name perhaps in quotes, and an old player's prompt
            "press enter to skip to content", "press \"enter\" to skip to content", "press “enter” to skip to content",
            "get adobe flash player",
            "newsletter", "subscribe now", "accept all cookies", "accept cookies", "reject all cookies",
            "skip past newsletter promotion", "after newsletter promotion", "stay informed with free updates",
            # an ad slot's button (``Hide Ad``), a radio sponsor's slot, a short link's label, a reader poll
            "hide ad", "sponsor message", "short url", "short link", "do you like the content of this article",
            "before it's here, it's on the bloomberg terminal", "before it’s here, it’s on the bloomberg terminal",
            "scroll to continue reading", "scroll to continue", "scroll down to continue", "get the app", "download the app", "open in app", "live", "watch",
            "watch live", "watch now", "now playing", "play video", "replay", "more videos",
            # a video player's notices and the words a video platform's embed prints run together
            "this video is no longer available", "this video is unavailable", "video unavailable",
            "this content is not available",
            # a site's notice to readers it blocks (``Oops.`` / ``Our website is temporarily unavailable in your
            # location.`` / ``We are working hard to get it back online.``) and a bare ``PRIVACY`` link
            "oops", "we are working hard to get it back online", "privacy",
            "video platformvideo managementvideo solutionsvideo player",
            "this browser does not support the video element", "your browser does not support the video tag",
            # a chain's markers around an ad slot inside the body, a share button, a section's tag between paragraphs
            "article content", "article content continued", "this advertisement has not loaded yet, but your article continues below",
            "share story", "local",
            # a script's empty value printed where a photo's caption failed to load
            "undefined",
            "photos", "image", "partner content", "sponsored content", "paid content", "ad",
            "story continues below", "story continues below advertisement", "continue reading",
            "article continues below", "article continues below advertisement", "advertisement - scroll to continue",
            "article continues below this ad", "story continues below this ad", "sponsored post", "sponsored article",
            "table of contents", "people are also reading…", "people are also reading", "watch anytime for free",
            # a photo's sales button, a site's location picker, a teaser's button, a share button's notice, a login link
            "license photo", "change location", "read now", "link copied to clipboard", "back to login",
            "key points", "key takeaways", "what we know", "synopsis", "story highlights", "story synopsis", "related stories", "related topics", "related coverage",
            "more on this story", "more from", "read next", "up next", "recommended", "recommended stories",
            "most viewed", "most shared", "popular", "top headlines", "around the web", "from our partners",
            "about the author", "about the authors", "about author", "contact us", "terms of use", "terms of service", "terms and conditions", "privacy policy", "your california privacy rights",
            "do not sell or share my personal information",
            "your privacy choices", "user agreement", "do not sell my personal information", "accessibility help",
            "share on facebook", "share on twitter", "share via email", "gettyimages", "getty images",
            "getty", "afp", "afp via getty images", "reuters", "shutterstock", "epa", "istock",
            "enlarge this image", "toggle caption", "hide caption", "show caption", "read caption", "view caption", "caption", "expand",
            "espn news services", "espn.com news services", "news services", "staff and wire reports",
            "from staff and wire reports", "wire reports", "staff report", "staff reports", "from staff reports", "mail", "messenger", "flipboard", "sms",
            "see the results", "view previous polls", "vote now", "view results", "jump to content",
            "jump to the content", "jump directly to the content", "skip to the content", "skip directly to the content",
            "share this post", "link to post", "share on other sites", "leave a reply", "post a comment",
            "connect with us", "stay connected",
            "recent comments", "recent posts", "open navigation menu", "close navigation menu",
            "powered by blogger", "powered by wordpress", "proudly powered by wordpress", "blog at wordpress.com",
            "toggle navigation", "open menu", "close menu", "full menu", "story saved", "save story", "save this story",
            "save article", "close alert", "license this article", "reprints", "reprints & permissions",
            "reprints and permissions", "buy now", "shop now", "view deal", "check price", "see price",
            "comment", "join the conversation", "show comments", "hide comments", "print article",
            "x", "threads", "bluesky", "mastodon", "about the archive", "news provided by",
            # a feed reader's listing over the story it copies (``Quantcast`` / ``Viewing all articles``); a bookmark
            # box's label and its help link (``Bookmark with:`` … ``What are these?``)
            "quantcast", "viewing all articles", "bookmark with", "what are these",
            # a share button by e-mail: ``Send to a friend``
            "send to a friend", "send to friend", "email to a friend", "e-mail to a friend",
            # a follow button printed alone beside the date line
            "follow", "follow us",
            # a pointer to a blog post's full text closing its excerpt: ``Full post``
            "full post", "read full post", "read the full post", "view full post", "see full post",
            "full story", "view full story", "see full story",
            # a reading app's promo over the story it carries (``Get all your news in one place.`` / ``100’s of
            # premium titles.`` / ``One app.`` / ``Start reading``)
            "one app", "start reading", "100’s of premium titles", "100's of premium titles", "100s of premium titles",
            # a search box's prompt
            "what are you looking for", "hi, what are you looking for", "what are you searching for",
            "close this search box", "open this search box", "close search box", "open search box", "search this site",
            # a print button and a pointer to the article's full text on another site
            "printer friendly", "printer-friendly", "printer friendly version", "printer-friendly version",
            "print friendly", "print-friendly version", "read full article here", "read the full article here",
            "read full story here", "read the full story here", "read more here", "continue reading here",
            "view in full here", "read the full article at the original source", "read the full story at the original source",
            "read the full article at the source", "read the full story at the source",
            "view the original article here", "view the original article", "view original article",
            "read the original article", "read the original article here", "read original article",
            # a skip link, a donation box's heading, a sign-up button, a share label
            "skip navigation", "we need your help", "we need your help now", "register now", "share post",
            # a note on how comments are moderated: ``Comments are moderated. Please be kind.``
            "comments are moderated", "all comments are moderated", "comments are pre-moderated",
            "all comments are pre-moderated", "comments may be moderated",
            "ap", "npr", "upi", "bloomberg", "report an error", "report a correction", "report a typo",
            "was this helpful", "was this article helpful", "yes no", "you might also like", "more for you",
            "view gallery", "open gallery", "view the gallery", "enlarge image", "expand this image", "view image",
            "exclusive", "analysis", "developing", "just in", "explainer", "fact check",
            "story continues", "article continues", "for immediate release", "immediate release",
            "for release", "news release", "press release", "media release",
            # wire services, credited alone or after ``with`` closing an article (``— with AAP``)
            "aap", "pa", "pa media", "dpa", "pti", "ani", "ians", "xinhua", "kyodo", "efe", "ansa", "yonhap",
            "agencies", "wires", "wire services", "news agencies", "agency inputs", "agence france-presse",
            "agence france presse", "australian associated press", "press association", "canadian press",
            "the canadian press", "united press international", "press trust of india", "asian news international",
            "indo-asian news service",
            # interface buttons (``Load more updates`` by its shape), reuse and licensing
            "view comments", "load comments", "reuse of this content", "reuse this content", "purchase licensing rights",
            "republish this article", "republish this story", "republish",
            # paywall labels, donation prompts, a mailed newsletter's footer links
            "subscriber only", "subscriber-only", "subscribers-only", "subscriber exclusive", "subscriber content",
            "for subscribers", "for subscribers only", "members only", "premium content", "donate", "donate now", "make a donation",
            "donate today", "support local news", "support local journalism", "support independent journalism",
            "support independent news", "support our journalism", "support our work", "unsubscribe",
            "update preferences", "update your preferences", "manage preferences", "manage your preferences",
            "view in browser", "view in your browser", "view this email in your browser", "view online",
            "forward to a friend", "forward this email", "forward this email to a friend", "share this email",
            "have your say", "join the debate", "join the discussion", "our picks", "explore more",
            # a call for tips under a short question: ``Got a confidential news tip? We want to hear from you.``
            "we want to hear from you", "we'd like to hear from you", "we would like to hear from you",
            # ad markers and interface words printed between paragraphs
            "story continues below this ad", "story continues after advertisement", "article continues after advertisement",
            "article continues after this advertisement", "content continues below", "continue reading below",
            "advertisement - continue reading below", "scroll to continue with content", "ad feedback", "link copied",
            "copied",
            "open image in gallery", "read full article", "read full story", "read the full story", "read the full article",
            "allow notifications", "font", "font size", "text size", "print this article", "save", "saved", "bookmark", "gift this article",
            # an audio player's help link: ``Keyboard shortcuts for audio player``
            "keyboard shortcuts for audio player", "keyboard shortcuts",
            "gift article", "unlock this article", "give this article", "editorial standards", "journalistic standards",
            "contact the editor",
            "key events", "show key events only", "live events",
            # an ad slot's skip link and label, a text-size menu, a reactions widget, a box's heading
            "skip advertisement", "text ad", "normal text size", "larger text size", "very large text size",
            "how does this make you feel", "recommended reading", "more updates", "share us on",
            "share or comment on this article", "privacy dashboard", "terms and privacy policy", "learn more",
            # a comment count before any comment: ``No comments yet.``, ``Be the first to comment``
            "no comments yet", "no comments so far", "be the first to comment", "show all updates", "pinned post", "pinned",
            "follow on google news", "terms and conditions apply", "a a a", "not investment advice",
            "not financial advice", "this is not investment advice", "this is not financial advice", "sponsored by", "presented by", "supported by",
            # a sponsor's label over the story: ``Brought to you by:``
            "brought to you by", "in partnership with",
            "thank you for subscribing", "thanks for subscribing", "thank you for signing up", "thanks for signing up",
            "you're now subscribed", "you are now subscribed", "we have more newsletters", "show me",
            # a public broadcaster's underwriting credit and a newsletter box's promise
            "support comes from", "support for this story comes from", "no spam", "no spam ever",
            # a photo's placeholder caption, a public radio station's player
            "supporting image", "placeholder image", "available on air stations",
            # a membership site's prompt over its pitch (``Enjoy this article?``)
            "enjoy this article",
            # a label for a photo that shows no one of the story (``Stock image`` under the title)
            "stock image", "stock photo", "stock picture", "file image", "file picture", "library image", "library picture",
            "archive image", "archive photo", "representational image", "representative image", "representational photo",
            # the mark closing a press release (``ENDS.``, ``-ends-``), a page's translate button
            "ends", "translate",
            # an ad slot's label, a logo's alternative text and a print edition's link, printed above the title
            "custom ad", "custom ads", "ad space", "ads by google", "paid ad", "paid advertisement", "logo", "site logo",
            "today's paper", "today’s paper", "e-paper", "epaper", "print edition", "digital edition",
            # Russian, Ukrainian, Serbian
            "новости", "главное", "главная", "ещё", "еще", "читать далее", "читать также", "поделиться",
            "подписаться", "комментарии", "реклама", "все новости", "в мире", "новини", "поділитися", "вести",
            # Romanian, German, French, Spanish, Italian, Polish
            "știri", "stiri", "acasă", "distribuie", "citește mai mult", "citește și", "ultimele știri",
            "teilen", "nachrichten", "weiterlesen", "mehr lesen", "startseite", "partager", "actualités",
            "lire la suite", "lire aussi", "accueil", "compartir", "noticias", "leer más", "inicio",
            "condividi", "notizie", "leggi anche", "udostępnij", "wiadomości", "czytaj więcej",
        }
    ),
    "chrome_prefixes": frozenset(
        {
            # an archive's notice over an old story (``This is an archived article and the information … may be outdated.``)
            "this is an archived article", "this is an archived story", "this article has been archived",
            "share this", "share on ", "share to:", "share via", "share article via ", "share story via ", "click to share", "click to email", "click to print",
            "share with facebook", "share with twitter", "share with email", "share with linkedin", "share with whatsapp",
            # a closed comment section's notice (``Sorry, we are not accepting comments on this article.``)
            "sorry, we are not accepting comments", "we are not accepting comments",
            # a publisher's video player over its stories (``Watch more of our videos on Shots!``, ``and live on Freeview
            # channel 276``, ``Visit Shots! now``)
            "watch more of our videos on ", "and live on freeview channel", "visit shots! now",
            "follow us", "subscribe to", "sign up for", "join our", "forwarded this email", "for more stories like this",
            # a membership plugin's box under a post: ``Liked it? Take a second to support Harbour Notes on Patreon!``,
            # and a site's plea for support (``Like this site? Help us to make it better.``)
            "liked it? take a second to support", "like this site? help us",
            # a note where a slideshow or an ad breaks the story (``Story continues after slideshow...``), and the plea of
            # local papers' sites to readers blocking ads (``By allowing ads to appear on this site, you support …``)
            "story continues after ", "story continues below ", "article continues after ", "article continues below ",
            "by allowing ads to appear on this site",
            # a feed reader's listing: ``Channel: Harbour Courier Latest Stories Feed``, ``Browse latest Browse all 9894``
            "channel: ", "browse latest browse all",
            # a story's topic tags under its byline, as a broadcaster's page prints them: ``Topic:Urban Development``
            "topic:", "topics:",
            # a public-interest funding credit closing a local story: ``Local Democracy Reporting is public interest
            # journalism funded by NZ On Air.``
            "local democracy reporting is ",
            "text by:", "you can share this story", "share on:",
            # the site's standards link under the byline (``Why you can trust SCMP``), a survey prompt
            "why you can trust ", "share your feedback",
            # how to cite a think tank's paper: ``Cite this commentary: Doe, J. (2025), …``
            "cite this ", "how to cite this", "to cite this ",
            # a station's catch-up link: ``Listen back: Ann Lee on Morning Call``; a newsletter's label over its pitch
            # (``Newsletter: The Agri Brief, free every weekday``)
            "listen back:", "listen again:", "watch back:", "watch again:", "newsletter:",
            # a prompt to report an error (``Did you notice a mistake? Select the text and press Ctrl+Enter …``)
            "did you notice a mistake", "did you spot a mistake", "did you find a mistake", "did you spot an error",
            "did you notice an error", "did you find an error",
            # a newsletter form's consent note (``We use your sign-up to provide content in ways you've consented to …``),
            # a market-data widget's note (``Data is a real-time snapshot. *Data is delayed at least 15 minutes.``)
            "we use your sign-up to provide content", "data is a real-time snapshot",
            # a masthead's imprint: ``Editor & Publisher: Nasreen Akhter. 42 Kazi Nazrul Islam Avenue, …``
            "editor & publisher:", "editor and publisher:", "printed and published by", "published and printed by",
            "tags:", "tag archive", "category archive", "posts tagged", "posts filed under", "entries tagged",
            # a story's keywords over the list of them: ``Tags / Keywords:``, ``Search Keywords: Cairo Metro, Line 3``
            "tags / keywords", "search keywords:", "keywords:",
            # a blog host's notice over a label's or a month's posts: ``Showing posts with label Sport. Show all posts``
            "showing posts with label", "showing posts from", "showing posts sorted by",
            # an unsupported-browser notice: ``IE 11 is not supported. For an optimal experience …``
            "ie 11 is not supported", "internet explorer is not supported", "internet explorer 11 is not supported",
            "your browser is not supported",
            "please use chrome browser for", "please use a different browser", "for a more accessible video player",
            # an archive's notice over an old story: ``This archived news story is available only for your personal …``
            "this archived news story is", "this archived story is", "this archived article is",
            # a pointer to where the whole story is: ``Full story: Harbour FM``
            "full story:",
            # a promo's label: ``Don't miss: Subscribe to the Morning Note.``
            "don't miss:", "don’t miss:", "do not miss:",
            # a prompt to pass the story on: ``Like this story? Share it with a founder friend.``
            "like this story?", "like this article?", "enjoyed this story?", "enjoyed this article?", "like this post?",
            "enjoyed this post?",
            # a comment form's prompts: ``Would you like to comment on this article? Register …``
            "would you like to comment on this", "please read our comment policy", "please read our commenting policy",
            # a picture's caption behind its zoom button: ``Enlarge / A frame from the descent camera.``
            "enlarge /",
            # a broadcaster's promo for its live stream: ``Get more news Live on NBC News Now``
            "get more news",
            # a story's number in the site's archive: ``News ID: 260556``
            "news id:", "story id:", "article id:", "news code:",
            "your web browser is no longer supported", "your browser is no longer supported",
            # a warning on the article's pictures: ``Warning: graphic content``
            "warning: graphic", "warning: this article contains", "warning: this story contains",
            "warning: this video contains", "warning: some readers may find", "warning: some may find",
            "warning: some viewers may find", "warning: some people may find", "warning: you may find",
            "warning: distressing", "content warning:", "trigger warning:",
            # an app's promo and a partner's archive notice
            "get all your news in one place", "this article is from the archive of",
            # a push-notification prompt: ``Click 'OK' then 'Allow' to enable notifications``
            "to make sure you never miss out on", "click 'ok' then 'allow'", "click ‘ok’ then ‘allow’",
            "photo via ", "photos via ", "image via ", "picture via ",
            "this browser is not supported", "this browser is no longer supported", "your browser is out of date",
            "your browser does not support", "enjoy more audio and podcasts on",
            # a sign-up form's messages: ``Invalid email``, ``Your subscription failed. Please try again.``
            "invalid email", "something went wrong, please try again", "your subscription failed",
            "please enter a valid email",
            "you are using an outdated browser", "for an optimal experience visit our site",
            # a site's notice to readers it blocks or steers to another browser
            "our website is temporarily unavailable", "our website is currently unavailable", "this website is unavailable in",
            "this site is unavailable in", "for optimal browsing, we recommend",
            "tagged:", "tagged with", "categories:", "category:", "photo:", "image:", "illustration:", "picture:", "pictures:",
            "foto:",
            "file photo", "©", "copyright", "all rights reserved", "related:", "read also:", "see also:",
            "file image]", "file photo]", "file picture]",  # a caption opening with a bracketed label: ``[File Image] …``
            "trends:", "dear readers", "this website uses cookies", "we use cookies", "download the app",
            "comments (", "поделиться", "подписывайтесь", "читайте также", "citește și:",
            # a newsroom's licence to republish its stories: ``Our stories may be republished … under Creative Commons …``
            "our stories may be republished", "this story may be republished", "this article may be republished",
            "skip to ", "skip next section", "skip navigation", "sign up to ", "start your day with", "get our newsletter", "get the latest",
            # a sign-up form's consent box: ``I would like to be emailed about offers, events and updates from X.``
            "i would like to be emailed", "i would like to receive emails", "i'd like to be emailed",
            "subscribe for ", "subscribe to our", "download our app", "get the app", "already a subscriber",
            "support our journalism", "support independent journalism", "this story has been updated",
            "this article has been updated", "this report has been updated", "this story was updated",
            "this article was updated", "this report was updated", "voiced by artificial intelligence",
            "(photo", "photo by", "photo credit", "photo courtesy", "photos:", "file - ", "file – ", "file — ",
            # a photo's icon label glued to its caption or credit: ``Camera IconCredit: Harbour Post``
            "camera icon",
            "image credit", "photograph:", "photographer:", "credit:", "watch:", "watch live:", "video:", "live:", "watch video", "watch the video", "listen:",
            # a player's label on a radio or TV site: ``LISTEN ABOVE: The minister talks to the breakfast show``
            "listen above:", "press play below", "press play above", "press play to listen", "listen below:", "watch above:", "watch below:", "listen here:", "watch here:",
            # a live page's title: ``LIVE UPDATES: Storm hits the coast``
            "live updates:", "live blog:", "live coverage:",
            # a ticker of the site's live pages: ``LIVE | Storm: roads closed as the river rises``
            "live |",
            # a photo gallery's button with its count: ``Slideshow ( 9 images )``
            "slideshow (", "photo gallery (", "image gallery (",
            "listen to this article", "listen to this story", "listen to article", "source:", "sources:",
            # a player's note on its machine voice and a pointer to a summary: ``This audio is generated by an AI tool.``,
            # ``NEWYou can now listen to Harbour News articles!`` (its badge glued on)
            "new: you can now listen to", "you can now listen to articles", "you can now listen to this",
            "newyou can now listen to", "new you can now listen to",
            "this audio is generated", "this audio was generated",
            "this audio is produced", "read a summary of this article", "read a summary of this story",
            # a live page's prompt to reload it: ``Scroll down and refresh for news, reaction and …``
            "scroll down and refresh", "refresh this page for", "refresh the page for",
            # a comment widget's notice: ``Comments not loading? We recommend using …``
            "comments not loading", "comments are not loading", "comments not showing",
            "more from ", "read more from ", "most read", "click here to", "click to ", "to read more", "to continue reading",
            "continue reading", "contributing:", "reporting by ", "editing by ", "view all", "stay up to date with",
            "notifications can be managed", "estimated read time", "read time:", "reading time:",
            # a trust label naming what kind of story it is: ``Content-Type: News. Based on facts, …``
            "content type:", "content-type:",
            # a sponsored link: ``Sponsored: Why your network needs …``
            "sponsored:",
            # a journal's notes closing a news item: ``Competing interests: none declared.``
            "competing interests:", "provenance and peer review:", "conflicts of interest:", "declaration of interests:",
            "get breaking news", "download the ", "print this page", "email this",
            # banners above the title, widgets, affiliate notes, related links
            "breaking news:", "breaking:", "weather alert:", "weather alerts:", "severe weather alert:", "weather warning:",
            "weather warnings:", "traffic alerts:",
            "traffic alert:", "developing story:", "also read:", "watch also:", "also watch:", "also see:",
            "also read |", "read also |",
            "read next:", "we may earn a commission", "we may earn an affiliate", "we may receive a commission",
            "we earn a commission", "this article contains affiliate", "this post contains affiliate",
            "as an amazon associate", "affiliate disclosure", "get our app",
            "turn on notifications", "enable notifications", "get our free", "get our daily", "get our weekly",
            "get our weekend", "get our morning", "get our evening", "sign up here", "sign up now",
            "sign up today", "to revisit this article", "trending:", "trending now:", "hot topics:",
            "you are here", "top stories:", "most read:", "download our ", "published in the print edition",
            # a prompt to save articles; a newsletter platform's closing prompts
            "log in, register or subscribe", "thanks for reading ", "to receive new posts and support",
            # an aggregator's pointer to the outlet it reprints: ``Read the original article on Harbour Times.``
            "read the original article on ",
            "a version of this article appears", "a version of this article appeared",
            "a version of this story appears", "a version of this story appeared",
            # closing widgets: corrections, ratings, transcript notes, comment prompts
            "report an error", "report a correction", "report a typo", "report an inaccuracy", "suggest a correction",
            "submit a correction", "spotted a mistake", "spotted an error", "spotted a typo", "spot a mistake",
            "spot an error", "found an error", "found a mistake", "found a typo", "see a mistake",
            "was this article helpful", "was this helpful", "was this story helpful", "was this page helpful",
            "did you find this article", "did you find this story", "how useful was this", "rate this article",
            # a station's note over its readers' comments: ``Comments are posted from viewers like you and …``
            "comments are posted from viewers", "comments are posted by viewers", "comments are posted from readers",
            "comments are posted by readers", "comments are posted from users", "comments are posted by users",
            "this transcript was", "this transcript has been", "this transcript may", "this is a rush transcript",
            "this is an unedited transcript", "transcript provided by", "transcription by", "pictured:",
            "sign in to comment", "log in to comment", "login to comment", "you must be logged in to",
            "transcripts are created", "transcripts are produced", "this copy may not be in its final form",
            "additional reporting by", "additional reporting from", "with additional reporting",
            "with reporting by", "with reporting from",
            "have a news tip", "got a news tip", "have a tip", "got a tip", "got a story", "send us a tip",
            "email us at", "we pay for videos", "we pay for your videos", "we pay for stories", "we pay for your stories",
            # a site's notes on how it reads the story aloud and who pays its reporters
            "the audio version of this article", "listen to this article", "local journalism initiative reporters",
            "get latest india news", "get latest news", "get the latest news", "get current updates on",
            "send us your tips", "contact the author", "contact the reporter", "email the author",
            "contact the writer", "email the writer", "email the reporter", "reach the reporter", "reach the writer",
            "to contact the reporter", "to contact the writer", "to reach the reporter", "to reach the writer",
            "send news tips", "send tips to", "send story tips",
            "follow her on", "follow him on", "follow them on", "the views expressed", "views expressed in this",
            "the opinions expressed", "tell us what you think", "share your thoughts",
            "report an editorial error", "report an ethical concern", "report a factual error",
            "contact the newsroom", "contact our newsroom", "open this photo in", "open this image in",
            # paywall prompts, photo and illustration credits, press-release contact lines
            "subscribe now for", "subscribe now to", "subscribe today", "subscribe for just",
            "subscribers only", "this article is for subscribers", "this story is for subscribers",
            "this is a premium article", "this is a premium story", "if you're already a subscriber",
            "if you are already a subscriber", "you have exhausted your free article", "you have reached your free article",
            "please support quality journalism", "unlock them all",
            "media contact:", "press contact:", "media contacts:", "contact:", "contacts:",
            "media inquiries:", "press inquiries:", "media enquiries:", "press enquiries:",
            "for more information, contact", "for further information, contact",
            # closing notes: production credits, disclaimers, standards and newsletter offers
            "this story was written by", "this article was written by", "this story was produced by",
            "this article was produced by", "this story was produced in", "this article was produced in",
            "this story was reported by", "this report was produced by", "this content was produced by",
            "the local democracy reporting service is", "the local democracy reporting scheme is",
            "with inputs from", "disclaimer:", "disclosure:", "our standards:", "catch all the", "catch the latest",
            "stay updated with the latest", "stay up to date with the latest",
            "don't miss out on the latest", "don’t miss out on the latest", "do not miss out on the latest",
            "comments are subject to our", "all comments are subject to our",
            # translation notes: ``Translation of an article originally published in French on …``
            "translation of an article originally published", "this article was translated from",
            "this article has been translated from", "this story was translated from",
            "subscribe from", "related topics:", "topics:", "more topics:",
            # a live page's notes: ``This page is updated automatically.``, ``This live blog has ended.``
            "this page is updated", "this page will be updated", "this page is being updated",
            "this page updates", "this page refreshes", "this live blog", "this live page",
            "refresh the page for", "refresh this page for", "refresh for the latest", "refresh for latest",
            "live updates from ", "live coverage from ",
            # a content widget's error message: ``The content you requested does not exist or is not available anymore.``
            "the content you requested", "the page you requested", "this content is not available", "this content is no longer available",
            # a newsletter's sign-up form: ``Enter your email Subscribe``; its consent note: ``By signing up you consent …``
            "by signing up you", "by signing up, you", "by subscribing you", "by subscribing, you",
            "by providing an email address", "by providing your email",
            "by registering you", "by registering, you", "by clicking sign up", "by clicking subscribe",
            "by clicking the sign up button", "by clicking on the sign up button", "by clicking the subscribe button",
            "by clicking on the subscribe button", "by submitting your email", "by submitting your e-mail",
            "by submitting your details", "by entering your email", "by providing your email",
            "enter your email", "enter your e-mail", "enter email address", "your email address will not be published",
            # cookie banners, series notes, tip prompts
            "cookie settings", "cookie preferences", "cookie policy", "manage cookies", "manage cookie",
            "this article is part of", "this story is part of", "this piece is part of", "this report is part of",
            # a press release's distribution legend: ``NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR …``
            "not for distribution to", "not for distribution in", "not for release, publication or distribution",
            "not for release, distribution or publication",
            # a newspaper archive's notes on a scanned article: ``See the article in its original context from …``
            "see the article in its original context", "view on timesmachine", "timesmachine is an exclusive",
            "this is a digitized version of an article",
            # a print page's jump line: ``Continued on Page A12``, ``Please see BUDGET, Page 12``
            "continued on page ", "continued from page ", "continued on p. ",
            "do you have a story", "have a story for us", "got a story for us", "do you have a news tip",
            # a syndication feed's pointer to the full text: ``To read the full article or to get the complete feed …``
            "to read the full article", "to read the full story", "to get the complete feed",
            # syndication disclaimers: ``(This story has not been edited by X staff and is auto-generated …)``
            "this story has not been edited", "this article has not been edited", "this report has not been edited",
            "this copy has not been edited", "except for the headline, this story", "only the headline",
            "this story is auto-generated", "this article is auto-generated", "this story was auto-generated",
            "this article was auto-generated", "this story is published from a syndicated",
            "this article is published from a syndicated", "this story is from a syndicated",
            "this article is more than", "this story is more than", "this content is available to subscribers",
            # a widget that failed to load: ``We’re sorry, this feature is currently unavailable.``
            "we're sorry, this feature", "we’re sorry, this feature", "this feature is currently unavailable",
            "this article is available to subscribers", "already have an account", "log in or register to",
            "log in to continue reading", "sign in to continue reading", "register to continue reading",
            "sign in to unlock", "log in to unlock", "sign in to read", "log in to read", "sign in to access",
            "log in to access",
            "please turn on javascript", "please enable javascript", "javascript is disabled", "you need to enable javascript",
            "this feature requires javascript", "auto-refresh is", "this page refreshes automatically",
            "this page will refresh", "this page updates automatically",
            # editing notes under interviews, reviews' rating lines
            "this interview has been edited", "this interview was edited", "this interview has been condensed",
            "this conversation has been edited", "this conversation was edited", "this conversation has been condensed",
            "this q&a has been edited", "this q&a was edited", "this transcript has been edited",
            "responses have been edited", "answers have been edited", "rating:", "our rating:", "star rating:",
            # prompts to comment (whole lines, or ``… in the comments``)
            "join the debate in the comments", "join the discussion in the comments",
            "join the conversation in the comments", "let us know in the comments", "tell us in the comments",
            "leave a comment below", "leave your comment below", "leave your comments below", "comment below",
            "have your say in the comments", "share your thoughts in the comments",
            # prompts to share, back or send news to the newsroom, and to switch on alerts
            "enjoyed this article", "enjoyed this story", "if you enjoyed this", "did you enjoy this", "liked this article",
            "please consider supporting", "please consider subscribing", "please consider donating", "consider supporting our",
            "this story is free to read", "this article is free to read", "we rely on readers", "we rely on your support",
            "our journalism is free", "click the bell", "tap the bell", "hit the bell", "send us your news", "send us your photos",
            "send us your stories", "share your story", "read about our approach to external linking",
            "share your photos", "send your photos", "tell us your story", "in pictures:",
            # a share prompt pointing at the buttons: ``Sharing the story? Use the buttons below``
            "sharing the story?", "sharing this story?", "sharing the article?", "sharing this article?",
            "use the buttons below", "use the share buttons", "use the sharing buttons",
            # a newsletter box's promise: ``One email a week. No spam, no hype.``
            "no spam, ", "no spam. ", "we never share your email", "we will never share your email",
            "unsubscribe at any time", "unsubscribe anytime", "you can unsubscribe at any time",
            # a newsletter box's fine print: ``You may occasionally receive promotional content from X.``
            "you may occasionally receive promotional content", "you may receive promotional content",
            # an acknowledgement of country closing an Australian page
            "we acknowledge the traditional", "we respectfully acknowledge the traditional",
            "we acknowledge and respect the traditional",
            # a blog post's closing footer: ``This entry was posted in Roads. Bookmark the permalink.``
            "this entry was posted in", "this entry was filed under",
            # a paywall's note above a free article: ``You're reading a free article with opinions …``
            "you're reading a free article", "you’re reading a free article", "you are reading a free article",
            # an ad slot's prompt, perhaps glued to its label: ``AdvertisementAdvertise with Harbour Media.``
            "advertise with ", "advertisementadvertise with ",
            # a share box's sign-in row: ``Sign in with Facebook, Twitter or Email.``
            "sign in with facebook", "sign in with google", "sign in with twitter", "sign in with email",
        }
    ),
    "site_names": frozenset(),  # each outlet's plugin adds its own (newsparse_rtcom: ``RT``, ``TASS``)
    "site_words": frozenset(
        {
            "news", "times", "post", "herald", "gazette", "journal", "tribune", "telegraph", "chronicle",
            "courier", "observer", "express", "mail", "daily", "today", "wire", "press", "record", "star",
            "standard", "guardian", "independent", "examiner", "inquirer", "dispatch", "bulletin", "register",
            "monitor", "insider", "online", "network", "memo", "reporter", "sentinel", "enquirer", "beacon",
            "ledger", "leader", "argus", "democrat", "republican", "citizen", "globe", "digest", "magazine",
            "report", "review", "research", "media", "voice", "watch", "blog", "foundation", "tv", "radio",
            "channel", "info", "portal",
            "desk", "newsroom", "mirror", "echo", "advertiser",
        }
    ),
    "list_headings": frozenset(
        {
            "related", "related stories", "related articles", "related posts", "related news", "related article",
            "related story", "related video", "see related",
            "related coverage", "related topics", "more on this story", "more from", "most read", "most popular",
            "most viewed", "most shared", "read next", "up next", "recommended", "recommended stories",
            "you may also like", "trending", "trending now", "top stories", "top headlines", "more news",
            "latest news", "around the web", "from our partners", "editor's picks", "see also", "read also",
            "also read", "watch also", "also watch", "also see", "more on", "more stories", "topics", "tags",
            "related links", "related reading", "jump to", "in this article", "on this page", "more like this",
            "keywords", "related tags", "more about", "you might also like", "more for you", "further reading",
            "recommended for you", "related content", "more stories like this", "read this next", "don't miss",
            "more on this topic", "latest from", "read more about", "read more from", "read more on", "more coverage",
            "more stories from",
            "media contact", "media contacts", "press contact", "press contacts", "contact", "contacts",
            "media inquiries", "press inquiries", "media enquiries", "press enquiries",
            "related blogs", "related blog posts", "related videos", "related reads", "related columns",
            "related features", "related opinion", "related episodes", "related galleries",
            "previous article", "next article", "previous story", "next story", "previous post", "next post",
            "more in", "latest in", "latest on", "popular in", "trending topics", "our picks", "what to read next", "explore more",
            "more to explore", "editor’s picks", "editors' picks", "editors’ picks",
            # prompts listing the site's coverage of a story: ``Read our coverage: headline``
            "read our coverage", "read our full coverage", "read all our coverage", "read more of our coverage",
            "see our coverage", "see our full coverage", "see all our coverage", "explore our coverage",
            "follow our coverage", "more of our coverage",
            # a closing box of the site's other stories: ``More to Read``, ``Tags from the story``
            "more to read", "more to watch", "tags from the story", "tags from this story", "tags from this article",
            "stories you may like", "more from this section",
            # a box of the site's other stories of the day: ``Todays other news``
            "other news", "other stories", "today's other news", "todays other news", "today’s other news",
            # a closing box of topics or of the site's most read stories: ``Suggested Topics:``, ``Trending Stories``
            "suggested topics", "trending stories", "popular stories",
            # a blog's sidebar: ``Recent Posts`` over its latest titles
            "recent posts", "latest posts", "recent articles", "recent stories", "latest stories",
            # a widget to follow a story's topic over its name: ``Follow topic:`` / ``Budget 2026``
            "follow topic", "follow topics",
        }
    ),
    "byline_roles": frozenset(
        {
            "reporter", "staff", "staff writer", "staff reporter", "staff reporters", "staff writers", "writer", "correspondent", "editor",
            "contributor", "columnist", "producer", "anchor", "news staff", "wire staff", "digital producer",
            "senior reporter", "senior writer", "senior editor", "political reporter", "political editor",
            "the associated press", "associated press", "reuters", "for the associated press",
            # the other wire services, credited beside the outlet carrying them: ``AFP / Harbour Post``
            "afp", "agence france-presse", "ap", "dpa", "aap", "upi", "efe", "ansa", "kyodo", "xinhua", "pa media",
            "pti", "ians", "ani",
            # ... and by their full names, beside the place they filed from: ``Press Trust of India | New Delhi``
            "press trust of india", "indo-asian news service", "asian news international", "australian associated press",
            "agence france presse", "united press international", "press association", "the canadian press",
            "canadian press", "kyodo news", "xinhua news agency",
            "journalist", "photographer", "photojournalist", "video journalist", "intern", "news desk",
            "bureau chief", "presenter", "analyst", "bureau", "desk", "news service",
        }
    ),
    "role_beats": frozenset(
        {
            "legal", "affairs", "health", "science", "political", "politics", "chief", "senior", "deputy",
            "business", "economics", "economy", "crime", "courts", "education", "environment", "environmental",
            "climate", "foreign", "home", "sports", "sport", "arts", "culture", "technology", "tech", "security",
            "defence", "defense", "diplomatic", "energy", "transport", "agriculture", "social", "medical",
            "investigations", "investigative", "managing", "executive", "associate", "assistant", "contributing",
            "farming", "rural", "agricultural",
            "features", "news", "digital", "data", "special", "global", "world", "international", "national",
            "regional", "local", "city", "metro", "community", "religion", "religious", "property", "media",
            "music", "film", "books", "food", "travel", "fashion", "motoring", "money", "markets", "finance",
            "financial", "consumer", "employment", "labour", "labor", "parliamentary", "europe", "european",
            "africa", "asia", "middle", "east", "royal", "weather", "opinion", "staff", "general", "industry",
            "football", "cricket", "rugby", "tennis", "golf", "motorsport", "athletics", "racing", "olympic",
            "mining", "resources", "commodities", "aviation", "automotive", "tourism", "housing", "retail", "banking",
            "insurance", "telecoms", "shipping", "trade", "investment", "wealth", "tax", "justice", "immigration",
            "infrastructure", "planning", "entertainment", "television", "lifestyle",
        }
    ),
    "date_labels": frozenset(
        {
            "published", "published on", "updated", "last updated", "modified", "last modified", "posted",
            "posted on", "date", "first published", "published time", "edited time", "posted at", "updated on",
            "updated at", "last updated on", "published at", "created", "filed", "issued", "issued on", "issued at",
            "publish date", "publish time", "publication date", "date published", "date of publication",
            # the day of the week before the date: ``THURSDAY, MARCH 14, 2013``
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "опубликовано", "обновлено", "publicat", "actualizat",
        }
    ),
    "footer_prefixes": frozenset({"posted in", "filed under"}),
    "section_names": frozenset(
        {
            "home", "news", "sport", "sports", "weather", "business", "politics", "opinion", "culture", "lifestyle",
            "entertainment", "health", "science", "tech", "technology", "travel", "world", "local", "national",
            "money", "arts", "books", "food", "style", "video", "videos", "podcasts", "markets", "economy",
            "education", "environment", "climate", "sustainability", "legal", "crime", "obituaries", "traffic", "community", "features", "life",
            "music", "film", "tv", "games", "puzzles", "shopping", "deals", "reviews", "jobs", "autos", "property",
            "us", "uk", "europe", "asia", "africa", "americas", "australia", "india", "china", "investigations",
            "analysis", "newsletters", "live", "photos", "events", "more", "latest", "trending", "fashion", "beauty",
            "wellness", "motoring", "gaming", "football", "cricket", "rugby", "tennis", "golf", "nba", "nfl", "f1",
            "shows", "donate",
            # a sports site's sections: ``Scores Schedule Standings Stats Teams``
            "scores", "schedule", "schedules", "standings", "stats", "teams", "players", "fixtures", "results",
            "tables", "rankings", "transfers", "upcoming",
            "about", "archive", "archives", "contact", "blog", "companies",
            # a business site's sections: ``Home Business Tech Finance Industry Politics Opinion``
            "finance", "industry", "investing", "commentary", "editorials", "letters", "columnists", "metro", "nation",
            "elections", "courts", "what's on", "what’s on",
            "energy", "search", "society", "defence", "defense", "security", "diplomacy", "agriculture", "farming",
            # a local paper's sections: ``News Sports Obituaries Classifieds e-Edition``
            "classifieds", "calendar", "announcements", "e-edition", "real estate", "homes", "religion", "outdoors",
            "comics", "public notices", "legal notices", "multimedia", "contests",
            # the reach of a story: ``Bangladesh Politics Economy International Sports``
            "international", "regional", "world news",
            # trade desks: ``Retail / Department stores``
            "retail", "aviation", "shipping", "mining", "media", "telecoms", "startups", "careers",
        }
    ),
    "caption_markers": frozenset({"hide caption", "toggle caption", "show caption", "close caption"}),
    "sign_up_buttons": frozenset(
        {"sign up", "sign me up", "sign up now", "subscribe", "subscribe now", "sign up free", "sign up for free", "subscribe free",
         "subscribe for free", "sign up here", "subscribe here"}
    ),
    "sign_up_calls": frozenset({"sign up for ", "sign up to ", "subscribe to "}),
    "caption_labels": frozenset({"image caption", "media caption", "photo caption", "caption"}),
    "standfirst_labels": frozenset({"synopsis"}),
    "credit_labels": frozenset(
        {"photo", "photos", "picture", "pictures", "pic", "image", "images", "photograph", "credit", "photo credit",
         "image credit", "picture credit", "source", "image source", "photographer", "image copyright",
         # the label in other languages, on English pages of outlets abroad: ``Foto: Jane Doe``
         "foto", "fotos", "fotografía", "bild"}
    ),
    "caption_credits": frozenset(
        # not a wire's name alone, which closes headlines too (``… hits coast (AP)``)
        {"pa", "pa wire", "pa media", "pa archive", "supplied", "handout", "file", "file photo", "getty", "getty images",
         "ap photo", "afp photo", "reuters photo", "stock image", "stock photo"}
    ),
    "photo_agencies": frozenset(
        {"news agency", "picture agency", "photo agency", "press agency", "photo agencies", "jam press", "swns",
         "cover images", "triangle news", "pa images", "pa wire", "pa media",
         # image libraries and agencies' photo desks: ``Jane Doe | Getty Images``
         "getty images", "shutterstock", "alamy", "istock", "ap photo", "afp photo", "reuters pictures",
         # a free photo's source and licence: ``Via Wikimedia Commons``, ``Creative Commons License``
         "wikimedia commons", "creative commons license", "creative commons licence"}
    ),
    "caption_positions": frozenset(
        {"left", "right", "centre", "center", "middle", "inset", "far left", "far right", "extreme left", "extreme right",
         "second left", "second right", "second from left", "second from right", "third left", "third right",
         "third from left", "third from right", "l-r", "l to r", "from left", "left to right", "front row", "back row",
         "front, centre", "front, center"}
    ),
    "institution_words": frozenset(
        {
            "university", "universität", "université", "universidad", "college", "institute", "institution",
            "school", "academy", "hospital", "polytechnic", "laboratory", "observatory", "centre", "center",
        }
    ),
    "disclaimer_phrases": frozenset(
        {
            "not responsible for the content of external", "not responsible for the content of other",
            "not responsible for the contents of external", "not responsible for the content of third-party",
            "does not constitute investment advice", "does not constitute financial advice",
            "do not constitute investment advice", "do not constitute financial advice",
            "is not intended as investment advice", "should not be construed as investment advice",
            "does not constitute a recommendation", "does not constitute an offer",
            "is for information only", "are for information only", "for informational purposes only", "for information purposes only",
            "for general information only", "is general information only", "general information only and not",
            "past performance is not a guide to future",
            # a health site's: ``HealthWatch is not a substitute for professional medical advice.``
            "not a substitute for professional medical advice", "not a substitute for professional advice",
            "not a substitute for medical advice", "does not constitute medical advice", "is not intended as medical advice",
            # whose views a column or a reprint gives: ``The views expressed are the author's and do not necessarily
            # reflect those of the Harbour Post.``, ``Harbour Notes is written in a personal capacity.``
            "do not necessarily reflect", "does not necessarily reflect", "do not necessarily represent",
            "does not necessarily represent", "written in a personal capacity",
            # ``Harbour Notes is written by Jane Doe, a former lobby correspondent. Views are her own.``
            "views are his own", "views are her own", "views are their own", "views are the author's own",
            "views are the author’s own", "views are the writer's own", "views are the writer’s own",
            # the publisher's registration in the footer: ``The Harbour Trust is a registered charity in England and
            # Wales (no. 1098876).``
            "is a registered charity in", "registered charity no", "registered charity number",
            "is a company limited by guarantee", "registered in england and wales",
            # a licence to republish and a rule for readers' comments: ``Republish this story for free under a
            # Creative Commons licence.``, ``The Harbour Post is not responsible for the comments of its readers.``
            "under a creative commons", "not responsible for the comments",
            # a widget for readers' corrections: ``If you have found a mistake, select the text and press Ctrl+Enter.``
            "press ctrl+enter", "press ctrl + enter",
            # a site's acknowledgement of country: ``We respect the X people, the Traditional Owners of the land on which we work.``
            "of the land on which we work", "of the lands on which we work", "of the land on which we live and work",
            "of the lands on which we live and work", "of the land on which we publish", "of the lands on which we publish",
            "of the land where we work", "of the lands where we work",
            "of the land where we live", "of the lands where we live", "of the land on which we live",
            "of the lands on which we live", "of the lands where we report", "of the land where we report",
            # a company's legal footer: ``Harbour Media Ltd. Registered in England and Wales, company no. 0441778.``
            "registered in england and wales", "registered in england & wales", "registered in england", "registered in scotland",
            "registered in northern ireland", "registered in wales", "registered in ireland", "registered office:", "p.o. box", "po box",
            # a site's rules for readers' comments: ``Comments will be moderated. Keep comments relevant to the article.``
            "comments will be moderated", "comments are moderated", "keep comments relevant", "comments may be moderated",
            "your comment will be moderated", "your comment is awaiting moderation",
            # a note on where readers affected by a story find help: ``If you have been affected by this story, …``
            "if you have been affected by", "if you've been affected by", "if you or someone you know",
            "support is available from samaritans",
            # a trade-mark notice: ``… is not affiliated with the Formula 1 companies. F1 is a trade mark of …``
            "is not affiliated with", "are trade marks of", "is a trade mark of", "are trademarks of", "is a trademark of",
            "past performance is no guarantee of future", "past performance is not indicative of future",
            # affiliate notes: ``Harbour Tech may earn a commission when you buy through links on this page.``
            "when you buy through links", "when you buy through our links", "when you buy something through",
            "from purchases made through links", "from purchases made through our links",
            "may earn a commission from links", "may earn an affiliate commission",
            # underwriting credits: ``Support for Valley Radio comes from our listeners and sponsors.``
            "comes from our listeners", "comes from our sponsors", "comes from our members",
            "comes from our underwriters", "comes from listeners like you", "comes from readers like you",
            "comes from viewers like you", "is provided by our sponsors", "is provided by our underwriters",
        }
    ),
    "end_matter_headers": frozenset(
        {
            # a press release's notes and contacts under its text: ``Notes to editors``, ``Media contact:``
            "notes to editors", "note to editors", "notes for editors", "note for editors", "editors' notes",
            "editor's notes", "editors’ notes", "editor’s notes", "notes to the editor", "notes for the editor",
            "media contact", "media contacts", "press contact", "press contacts", "media enquiries",
            "media inquiries", "press enquiries", "press inquiries", "for media enquiries", "for media inquiries",
            # a release's end mark: ``-ENDS-``, ``Ends/Monday, September 8, 2025``, ``NNNN``, ``###``, ``-30-``
            "ends", "end", "nnnn", "###", "# # #", "-30-", "- 30 -",
            # an author box's heading over the writer's bio, or over the writer's appeal for support
            "about the author", "about the authors", "note from the author", "a note from the author",
        }
    ),
    "comment_headers": frozenset(
        {
            "leave a reply", "leave a comment", "one thought on", "one response to", "one comment on",
            "join the conversation", "comments are closed", "post a comment", "add a comment", "add your comment",
            "show comments", "view comments", "comments (", "sign in to comment", "log in to comment",
            "login to comment", "view all comments", "read comments", "commenting is closed",
            "comment policy", "commenting policy", "read our community guidelines", "our community guidelines",
            # a prompt to comment under the article: ``Comments are open below. Please keep them civil.``
            "comments are open below", "comments are now open below", "the comments are open below",
            "top comments", "commenting for this story is now closed", "commenting on this story is now closed",
            "comments are welcome below", "leave your comments below", "leave your comment below",
            "share your views below", "have your say below", "tell us what you think below",
            "join the discussion below", "join the debate below",
            "scroll down to comment", "scroll down to leave a comment", "please keep comments civil",
            "please keep it civil", "our commenting guidelines", "our comments policy",
            # a note that the comments are shut: ``We are not accepting comments on this story.``
            "sorry we are not currently accepting comments", "sorry, we are not currently accepting comments",
            "we are not currently accepting comments", "we are not accepting comments", "comments have been closed",
            "commenting has been disabled", "comments have been disabled", "comments are disabled",
            # a comment form's fields: ``Please enter your comment!``, ``Please enter your name here``
            "please enter your comment", "please enter your name here", "add new comment",
        }
    ),
    "prompt_channels": frozenset(
        {
            "newsletter", "newsletters", "app", "telegram", "whatsapp", "channel", "alerts", "podcast",
            "youtube", "instagram", "tiktok", "notifications", "briefing", "viber", "signal",
            "inbox", "podcasts", "spotify", "facebook", "twitter", "linkedin", "bluesky", "x", "threads",
            # a news aggregator's follow button: ``Follow Harbour Post on Google News``
            "google",
            # a station's show: ``Listen to Business Hour every weekday at 7:30am on 98.3 FM``, ``Listen back to the full
            # interview on The Breakfast Show``
            "fm", "radio", "show",
        }
    ),
    "bio_roles": frozenset(
        {
            "reporter", "editor", "correspondent", "writer", "columnist", "contributor", "producer",
            "journalist", "author", "critic", "analyst", "blogger", "photographer", "presenter", "anchor",
            "professor", "lecturer", "fellow", "researcher", "teacher", "retired", "novelist", "poet",
            "economist", "historian", "scientist", "scholar", "phd", "doctoral", "postdoctoral", "emeritus",
            "former",
        }
    ),
    "contact_openings": frozenset(
        {
            "reach", "contact", "email", "e-mail", "write to", "call", "text", "message", "you can reach",
            "you can contact", "you can email", "reach reporter", "contact reporter", "email reporter",
        }
    ),
    "follow_openings": frozenset(
        {
            "follow", "like us", "like and follow us", "send us", "email us", "e-mail us", "message us", "contact us", "get in touch",
            "find us", "write to us", "text us", "call us", "tip us", "tell us",
        }
    ),
    "outlet_kinds": frozenset(
        {
            "news service", "news site", "news website", "newspaper", "news outlet", "news organisation",
            "news organization", "newsroom", "publication", "magazine", "news agency", "news cooperative",
            "news co-operative", "media company", "media outlet", "broadcaster", "radio station", "news network", "news provider",
            "nonprofit", "non-profit", "not-for-profit", "charity", "social enterprise", "edition",
            "non-governmental organisation", "non-governmental organization",
        }
    ),
    "footer_markers": frozenset({"leave a comment", "comments off", "no comments", "comments closed"}),
    "funding_words": frozenset(
        {
            "nonprofit", "non-profit", "not-for-profit", "reader-supported", "reader-funded", "listener-supported",
            "listener-funded", "viewer-supported", "member-supported", "member-funded", "donor-supported",
            "donor-funded", "community-funded", "community-supported", "audience-funded",
        }
    ),
    "label_prefixes": frozenset(
        {
            "heard on ", "as heard on ", "as seen on ", "seen on ", "listen ·", "listen •", "listen |",
            # an author archive's heading over the post: ``All posts by Harbour News Team``
            "all posts by ", "all articles by ", "all stories by ",
            # a related headline set in the text: ``See also Port fees to rise in spring``
            "see also ",
            "watch ·", "watch •", "view gallery", "open gallery", "photo gallery:", "expand image",
            "watch |", "video |", "in pictures |", "gallery |", "photos |", "compiled by ", "produced by ",
            "graphics by ", "design by ", "video by ", "additional reporting:",
            "authorised by ", "authorized by ", "sponsored by ", "presented by ", "supported by ", "in partnership with ",
            # a press release's attribution line: ``Please attribute to Inspector Jane Doe, Harbour Police:``
            "please attribute to ", "attribute to ", "as put by ",
        }
    ),
    "list_intros": frozenset(
        {
            "following is a summary of", "following are the", "the following is a summary", "the following are the",
            "here is the latest", "here are the latest", "here are today's", "here are today’s", "here is a summary of",
            "here's the latest", "here’s the latest", "below is a summary of", "below are the latest", "below are today's",
            "below are today’s",
        }
    ),
    "brief_labels": frozenset(
        {
            "in brief", "briefs", "briefing", "news at a glance", "news highlights", "news round-up", "news roundup",
            "news in short", "roundup", "round-up", "wrap-up", "news wrap", "regional wrap", "weekly wrap", "daily wrap",
        }
    ),
    "caption_posts": frozenset(
        {
            "ceo", "chief", "executive", "chairman", "chairwoman", "chair", "president", "secretary", "minister", "leader",
            "governor", "mayor", "director", "founder", "commissioner", "senator", "spokesman", "spokeswoman",
            "spokesperson", "manager", "coach", "captain", "premier", "chancellor", "treasurer",
        }
    ),
    "depiction_verbs": frozenset(
        {
            "leans", "inspects", "speaks", "poses", "gestures", "greets", "hugs", "kneels", "peers", "stares", "gazes",
            "walks", "waits", "rides", "waves", "prays", "marches", "queues",
        }
    ),
    "caption_actions": frozenset(
        {
            "addressing", "speaking", "arriving", "attending", "gesturing", "delivering", "waving", "posing",
            "visiting", "talking", "signing", "inspecting", "listening", "answering", "smiling", "celebrating",
            "receiving", "presenting", "greeting", "testifying", "campaigning", "looking on", "leaving", "departing",
            "shaking",
        }
    ),
    "box_headings": frozenset(
        {
            "sign up for", "sign up to", "subscribe to", "get our newsletter", "support comes from",
            # a list widget's item marker read aloud to screen readers, over the item's headline: ``list 1 of 3``
            "list ",
            "support for this story comes from", "sponsored by", "presented by", "in partnership with",
            # a widget to follow a story's topic, over the topic's name: ``Follow topic:`` / ``Budget 2026``
            "follow topic",
        }
    ),
}

#: What each chrome word list holds (see the comment above :data:`DEFAULT_VOCABULARY`).
_CHROME_DOCS = {
    "chrome_lines": "Whole lines that are page chrome (``Share this``, ``Most read``).",
    "chrome_prefixes": "Beginnings of chrome lines (``Follow us on``, ``Photo:``).",
    "site_names": "Lines that only name a site; cut from the end or start of titles (``Title – Site``).",
    "site_words": "Last words of a short Title Case line that names a news site (``Harbour Daily News``).",
    "list_headings": "Chrome headings whose list of headlines is chrome too (``Most read``).",
    "byline_roles": "What a byline may call its writer (``Jane Doe | Reporter``).",
    "role_beats": "Beats or ranks a capitalised role names before its last word (``Legal Affairs Correspondent``).",
    "date_labels": "Words that may stand beside the date of a date line (``Updated``).",
    "caption_markers": "Buttons printed under a photo caption (``hide caption``).",
    "sign_up_buttons": "A newsletter's sign-up buttons (``Sign Up``, ``Subscribe``), whole lines.",
    "sign_up_calls": "How a call to sign up for a newsletter opens (``Sign up for …``).",
    "caption_labels": "Labels printed alone above a photo caption (``Image caption,``).",
    "standfirst_labels": "Labels printed alone above an article's standfirst (``Synopsis``).",
    "credit_labels": "Labels of a photo's credit line under its caption (``Photo:`` over ``Jane Doe``, ``Source: Supplied``).",
    "caption_credits": "Sources a caption may name alone in brackets at its end (``… in Downing Street (PA)``).",
    "caption_positions": "Where a caption places a person in the photo, in brackets (``Jane Doe (left) and …``).",
    "photo_agencies": (
        "A photo agency's name printed alone as a credit line, or its last words (``Harbour News Agency``, ``SWNS``)."
    ),
    "institution_words": "Words of an institution's name a writer's credit names (``University of Leeds``).",
    "disclaimer_phrases": (
        "What a site's disclaimer, affiliate note or underwriting credit says (``… does not constitute investment advice.``)."
    ),
    "section_names": "Sections of a news site, which a menu row may list without separators.",
    "comment_headers": "Beginnings of the line that opens the readers' comments (``Leave a reply``).",
    "end_matter_headers": (
        "Headings and end marks under an article's text over what is none of it: a press release's notes and contacts "
        "(``Notes to editors``, ``Media contact:``), its end mark (``-ENDS-``, ``###``), an author box (``About the author``)."
    ),
    "footer_prefixes": "Beginnings of a blog post's closing line.",
    "footer_markers": "``|``-separated parts of a blog post's closing line.",
    "bio_roles": "What an author's bio closing an article calls its writer (``Jane Doe is a reporter at``).",
    "contact_openings": "How a line closing an article opens that gives the writer's contact (``Reach Jane Doe at …``).",
    "follow_openings": "How a prompt to follow or write to the outlet opens (``Follow us on``, ``Get in touch``).",
    "outlet_kinds": "What a site's note on itself closing a page calls it (``… is an independent news service.``).",
    "prompt_channels": "What a prompt asks readers to join, follow or download (``our WhatsApp channel``).",
    "label_prefixes": "Beginnings of a short line that ends no sentence and is a label (``Listen · 4:12``).",
    "funding_words": "How an outlet says it is funded before a donation prompt (``… is listener-supported.``).",
    "list_intros": (
        "Beginnings of a page's one-sentence introduction to the stories listed under it "
        "(``Following is a summary of current world news briefs.``)."
    ),
    "brief_labels": (
        "Words of a briefs page's label over its stories, each a title over paragraphs (``News in brief``, "
        "``Business briefs``)."
    ),
    "box_headings": "Beginnings of a box's chrome heading whose one-line blurb under it is chrome (``Sign up for``).",
    "caption_posts": (
        "Posts a photo's subject holds, printed before their name in a caption of capitalised words alone "
        "(``Coles CEO Jane Doe.``, ``National Assembly Majority Leader Jane Doe``)."
    ),
    "depiction_verbs": (
        "What a photo's subject does, in the present tense, in a caption telling what the photo shows "
        "(``A farmer leans on a gate at dawn.``, ``Mayor Jane Doe speaks to supporters.``); verbs a story's sentence "
        "rarely puts in the present (not ``holds``: ``Labour holds a lead``)."
    ),
    "caption_actions": (
        "What a photo's subject does, right after their name, in a caption without a full stop "
        "(``Jane Doe addressing the press in Accra``, ``… looking on``)."
    ),
}
#: The chrome word lists, declared: casefolded, with the built-in entries.
CHROME_VOCABULARIES = tuple(
    Declaration(name, WORDS, doc, CASEFOLD, DEFAULT_VOCABULARY[name]) for name, doc in _CHROME_DOCS.items()
)


class LineKind(enum.Enum):
    """What a line of a page is."""

    #: An article's text: a title, a standfirst, a paragraph.
    TEXT = "text"
    #: Site chrome, belonging to no article.
    CHROME = "chrome"
    #: Only a date (and time), perhaps with a label such as ``Published:``.
    DATE = "date"
    #: Who wrote or carried the article, with or without a date: ``RT | November 18, 2025``.
    BYLINE = "byline"
    #: A blog post's closing line: ``Posted by … | Leave a comment``.
    FOOTER = "footer"


#: The fewest segments of a footer's menu of links read as chrome by the chrome lines among them.
_MIN_MENU_SEGMENTS = 4
#: Lines of at most this many words may be date lines, bylines or footers.
MAX_META_WORDS = 20
#: ... and each ``|`` or `` – `` separated part of a byline has at most this many words.
MAX_SEGMENT_WORDS = 6
#: Lines of at most this many words in another script than the page's are template words.
MAX_FOREIGN_WORDS = 6


class _Marked:
    """A regex with a cheap one: ``marks`` finds something every match of ``pattern`` holds (a
    separator's character), so where ``marks`` finds nothing, the costlier ``pattern`` is not run."""

    def __init__(self, pattern: str, marks: str) -> None:
        self.pattern = lazy_compile(pattern)
        self._marks = lazy_compile(marks)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return self.pattern.split(text, maxsplit) if self._marks.search(text) else [text]

    def sub(self, repl: str, text: str) -> str:
        return self.pattern.sub(repl, text) if self._marks.search(text) else text


def _separators(bars: str, spaced: str) -> _Marked:
    """Separators: one of ``bars`` with or without white space around it, or one of ``spaced`` with
    white space on both sides (``News | Sport``, ``Site – Section``).  The regex is
    ``\\s*[bars]\\s*|\\s+[spaced]\\s+`` written to open with one character class, which the
    regex engine scans for fast (a leading ``\\s*`` is tried at every position of a line)."""
    b, s = re.escape(bars), re.escape(spaced)
    return _Marked(rf"[\s{b}](?:(?<=[{b}])\s*|(?<=\s)\s*(?:[{b}]\s*|[{s}]\s+))", f"[{b}{s}]")


_PREFIX_CHARS = 80
#: Where a heading's first part ends: a colon or a slash (``Media contact: …``, ``Ends/Monday, …``).
_HEAD_CUT = lazy_compile(r"[:/]")
_SEGMENTS = _separators("|•·", "–—-/")  # a spaced slash too: ``Jane Doe / Harbour News Service / Updated: …``
_URL = lazy_compile(r"(?:https?://|www\.)\S*|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)
_COMMENT_COUNT = lazy_compile(r"\d+ comments?", re.IGNORECASE)
#: The most digits of a counter printed alone on its line (comments, shares); a year's four are a date.
_COUNTER_DIGITS = 3
# A comment header by its shape: ``23 comments``, ``(0) comments``, ``2 thoughts on “…”``, ``14 responses to …``,
# ``Comments (4)``.
_COMMENTS_HEADER = lazy_compile(
    r"(?:\d+\)?|no|one|two|three)\s+(?:comments?|thoughts|responses|replies)"
    r"(?:\s+(?:on|to)\s(?:[^.!?]*|[“\"][^“”\"]*[”\"]))?"
    r"|comments(?:\s+\(?\d+\)?)?"
    # a comment form's own heading: ``Your Comment``, ``Post your comments``
    r"|(?:(?:post|leave|add|write|submit)\s+)?your\s+comments?",
    re.IGNORECASE,
)
# An editor's note that the article was updated: ``Update, May 3, 4:10 PM: This story has been updated …``.
# a section heading on what sources say, not a credit: ``Sources: what went wrong``
_SOURCES_LABELS = ("source:", "sources:")
_QUESTION_WORDS = frozenset({"what", "how", "why", "who", "when", "where", "which"})
# A photo gallery's caption, numbered: ``Item 1 of 2 A worker walks past …``, ``[1/2]A worker walks past …``.
_GALLERY_ITEM = lazy_compile(r"(?:(?i:item|image|photo|slide) \d{1,3} of \d{1,3} |\[\d{1,3}/\d{1,3}\] ?)[A-Z\W]")
_UPDATE_NOTE = lazy_compile(
    r"(?i:updated?|editor['’]s note)\b[^:]{0,30}(?::\d\d[^:]{0,20})?:\s+"
    r"(?i:this (?:story|article|post|report|piece) (?:has been|was|have been) (?:updated|amended|changed))"
)
_GALLERY_OPENINGS = ("item ", "image ", "photo ", "slide ")
_NOTE_OPENINGS = ("update", "editor")
# A print edition's page number (``Page: 48``), and a widget of an outlet's trending stories (``Trending on Billboard``,
# ``Popular on Variety``, ``Most Read on Harbour Post``).
# A listing's page links: ``Page 3 of 41``, ``« Previous Page — Next Page »``, ``Newer posts | Older posts``.
_PAGE_LINKS = (
    r"«?\s?(?i:(?:previous|prev|newer|older|next) (?:page|posts|entries|articles)(?:\s?[—–|/-]\s?(?:previous|prev|newer|older|next)"
    r" (?:page|posts|entries|articles))?)\s?»?"
)
_PAGE_OR_TRENDING = lazy_compile(
    r"(?:(?i:page)\s?:?\s?\d{1,4}(?: of \d{1,5})?|(?:Trending|Popular|Most (?:Popular|Read)) on [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,2}"
    rf"|{_PAGE_LINKS})"
)
_PAGE_LINKS_LINE = lazy_compile(_PAGE_LINKS)
_TRENDING_OPENINGS = ("page", "trending on ", "popular on ", "most popular on ", "most read on ", "previous ", "prev ", "newer ", "older ", "next ")
# How old the page is, printed over its article: ``This was published 2 years ago``.
_AGE_NOTE = lazy_compile(r"(?i:this (?:article |story |post |page |report |piece )?was published \d{1,3} (?:years?|months?|weeks?|days?) ago)\.?")
# A notice to the reader of how the site handles what they give it: ``Your information is being handled in accordance
# with the ABC Privacy Collection Statement.``, ``Your data will be used in line with our privacy policy.``
_HANDLED_UNDER_PRIVACY = lazy_compile(r"(?i:your (?:personal )?(?:information|data|details)\b[^.]{0,80}\b(?:handled|used|processed|stored)\b[^.]{0,80}\bprivacy\b)")
# A newsletter's offer closed by its privacy notice: ``… Privacy Notice: Newsletters may contain …``.
_NEWSLETTER_NOTICE = lazy_compile(r"(?i:privacy (?:notice|policy)\b.{0,200}?\bnewsletters?\b|\bnewsletters?\b.{0,200}?\bprivacy (?:notice|policy))")
_NEWSLETTER_ENDS = ("newsletter", "newsletters")
# A site's acknowledgement of country, in the present tense (a report of one is in the past): ``Harbour Daily
# acknowledges the X and Y peoples, the Traditional Custodians of the land.``
_COUNTRY_ACKNOWLEDGEMENT = lazy_compile(r"\b[Aa]cknowledges?\b[^.;]{0,120}\b(?i:traditional (?:custodians|owners))\b")
_MAX_NEWSLETTER_LABEL_WORDS = 4
# A caption's closing credit: ``(AP Photo/Jane Doe)``, ``(Photo: Jane Doe)``, ``(Jane Doe/Getty Images)``, ``(Jane Doe:
# AFP)``, ``[EPA]``.
_PHOTO_CREDIT = lazy_compile(
    r"[(\[][^()\[\]]{0,80}(?:\b(?i:photos?|photograph|file (?:photo|image|picture|pic))\b|\b(?i:image|picture|credit|courtesy)\s*:|\b(?i:file)\s*[:/]"
    r"|Getty Images|Shutterstock|/(?:AP|AFP|Reuters|EPA|PTI|IANS|ANI|AAP|UNI|Xinhua)\b"
    # the photographer, then the agency spelled out: ``(Jane Doe/The Associated Press)``
    r"|/\s?(?:The )?(?:Associated Press|Canadian Press|Press Association|Agence France-Presse)\b"
    # the agency, then the photographer after a slash: ``(Xinhua/Jane Doe)``, ``(Reuters/ Jane Doe)``; two agencies
    # that sent it jointly: ``[EPA-EFE/JANE DOE]``
    r"|(?<=[(\[])(?:AP|AFP|Reuters|REUTERS|EPA|PTI|IANS|ANI|AAP|UNI|Xinhua|XINHUA)(?:-[A-Z]{2,5})?\s?/\s?[A-Z]"
    # an outlet's name ending in a media word, a colon or slash and the photographer: ``(ABC News: Jane Doe)``,
    # ``(Harbour TV: Li Ming)``, ``(Gallo Images/Jane Doe)``
    r"|(?<=[(\[])[A-Z][\w&.'’]*(?: [A-Z][\w&.'’]*){0,3} (?:News|TV|Television|Radio|Images|Pictures)(?:: |/ ?)[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?=[)\]])"
    # a photographer's name or a label, a colon and a photo agency: ``(Jane Doe: AFP)``, ``(Source: Getty)``; an agency
    # alone in square brackets: ``[EPA]``
    r"|(?<=[(\[])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}: ?(?:AP|AFP|Reuters|EPA|AAP|PA|Xinhua|Getty(?: Images)?)(?=[)\]])"
    r"|(?<=\[)(?:AP|AFP|Reuters|EPA|AAP|PA|Xinhua|Getty Images)(?=\])"
    # a photographer's name and the agency that sent the photo: ``(Jane Doe via Reuters)``
    r"|[A-Z][\w.'’-]*\svia\s[A-Z]"
    # a handout of a body named before it: ``(Alberta Wildfire handout)``
    r"|(?<=[(\[])(?:[A-Z][\w&.'’-]*\s){1,4}(?i:handout)(?=[)\]]))[^()\[\]]{0,80}[)\]]\W*\Z"
)
_CREDIT_TAIL_CHARS = 200
# A caption's closing credit in square brackets, the photographer's name and the outlet: ``… in March.
# [Jane Doe, Harbour News]`` (an editor's insertion, ``[the minister]``, names no one).
_NAMED_CREDIT = lazy_compile(r"\[[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}, [A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}\]\Z")
# How a wire photo's caption opens: ``This photo released by …``, ``In this file photo taken …``, ``This
# handout picture …``; closed by its source in brackets (``(AP)``) it is a caption.
_CAPTION_OPENING = lazy_compile(
    r"(?:In th(?:is|ese)|This|These|An?) (?:(?:file|handout|undated|aerial|satellite|video) )?(?:photo|picture|image|photograph|still)s? "
    r"(?:released|provided|taken|made|obtained|shows?|from|by|posted|distributed)\b"
)
# A caption's source alone in brackets at its very end, a capitalised name of a few words: ``(AP)``, ``(Harbour Police)``.
_BRACKETED_SOURCE = lazy_compile(r"\([A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}\)\Z")
# A caption's credit in brackets after its last sentence, an outlet's name and the photographer's full name after a
# slash: ``… in January. (Harbour Post/Jane Doe)``, perhaps with no full stop before it (``… behind it (Keystone/Jane
# Doe)``, in a line of :data:`_MIN_UNSTOPPED_CAPTION_WORDS` words or more); not a party's label (``(Labour/Co-op)``).
_SLASHED_CREDIT = lazy_compile(
    r"(?P<stop>[.!?][\"”’]?)?\s\((?:[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3} ?/ ?[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}"
    # the photographer's full name and a one-word outlet: ``… (Dana Whitfield/Sentinel)``
    r"|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}/[A-Z][\w'’-]+)\)\Z"
)
#: A caption whose bracketed credit follows no full stop has at least this many words (a headline has fewer).
_MIN_UNSTOPPED_CAPTION_WORDS = 8
# A caption's source alone in brackets after its last sentence, in capitals or a news agency's name: ``… on Tuesday.
# (KTRN)``, ``… (WGLR)``, ``… on Oct. 3. (Yonhap)``; not a note (``… than planned. (Updated)``).
_STATION_CREDIT = lazy_compile(
    r"[.!?][\"”’]?\s(?:\((?:[A-Z][A-Z0-9&]{1,7}|Yonhap|Xinhua|Kyodo|Jiji|Bernama|Antara|Anadolu|Reuters|Sputnik|Belga)\)"
    # or an outlet's photo desk in capitals in square brackets: ``… at the pier, June 1. [HARBOUR DB]``
    r"|\[[A-Z][A-Z0-9&]{1,7}(?: [A-Z][A-Z0-9&]{1,7}){0,2}\])\Z"
)
#: A news agency's bare name closing a caption's last sentence: ``… last year. AP``, ``… on Monday. Reuters``.
_AGENCY_CREDIT = lazy_compile(r"[.!?][\"”’]?\s(?:AP|AFP|Reuters|REUTERS|EPA|AAP|PA|Xinhua|XINHUA|Getty Images|Shutterstock)\Z")
#: A caption closed by such a source has at least this many words: ``Rates rose to 4.5%. (AP)`` is a brief's sentence.
_MIN_STATION_CAPTION_WORDS = 8
# A caption's source alone in brackets at its end, perhaps before a full stop: ``… (PA)``, ``… (Supplied).``
# The source may name who took the photo after a colon: ``… at the quay (Supplied: Port Authority)``.
_SOURCE_CREDIT = lazy_compile(r"\(([^():]{1,30})(?::\s?[A-Z][^()]{0,60})?\)(\.?)\Z")
#: A caption closed by its source in brackets has at least this many words before it.
MIN_SOURCED_CAPTION_WORDS = 4
# Words between commas after a name, where a caption places a person in its photo: ``Jane Doe, left, and …``.
_COMMA_POSITION = lazy_compile(r"\b[A-Z][\w'’.-]*, ((?:[a-z]+ ){0,2}(?:left|right|centre|center|middle)),")
# Words in brackets, where a caption places a person in its photo: ``(left)``, ``(extreme right)``.
_BRACKETED = lazy_compile(r"\(([^()]{1,30})\)")
#: A caption placing people in its photo has at most this many words.
MAX_PLACING_CAPTION_WORDS = 60
# A credit line under a caption: its label, then perhaps the credit (``Photo:``, ``Source: Supplied``), or
# the label and ``by`` (``Photo by Jane Doe | The Courier``).
_CREDIT_LINE = lazy_compile(r"(?P<label>[^\W\d_][^:]{0,20}?)(?:\s*:\s*| by )(?P<credit>[^:]{0,60})")
#: A photo agency's name printed as a credit line has at most this many words.
MAX_AGENCY_WORDS = 4
#: A credit on its own line has at most this many words (``RNZ / Jane Doe``).
MAX_CREDIT_WORDS = 6
# A credit in brackets glued to a caption's last sentence, a source and perhaps the photographer:
# ``… at dusk.(Harbour News: Jane Doe)``, ``….(Supplied)``.
_GLUED_CREDIT = lazy_compile(
    r"[.!?][\"”’]?\([A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}(?::\s?[A-Z][\w&.'’ -]{0,60})?\)\Z"
    # or after a space, an agency's initials (perhaps with its region or section) and the photographer's name: ``… on
    # Thursday. (HNA: Jane Doe)``, ``… at night. (ABC Goldfields: Jane Doe)``
    r"|[.!?][\"”’]?\s\([A-Z]{2,6}(?:\s[A-Z][a-z]+){0,2}:\s?[A-Z][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}\)\Z"
)
# A caption's closing credit without brackets, after a sentence or a separator (a news agency
# only before a slash, as ``| Reuters`` closes titles too): ``… on Monday.
# Photograph: Jane Doe/Agency``, ``… at the quay | Getty Images``, ``… 2026. REUTERS/Jane Doe``, ``… File photo``,
# ``… Jane Doe. File`` (a file picture of the person named).
_CLOSING_CREDIT = lazy_compile(
    r"(?:[.!?][\"”’]?\s+|\s[|–—/-]\s*)"
    # a credit's label, perhaps after the outlet's name, and the credit: ``… on Monday. Photo courtesy: Harbour Police``,
    # ``… at the quay. POST PHOTO: JANE DOE``, ``… on April 11. Foto: JANE DOE / AFP`` (the label in Spanish or Portuguese)
    r"(?:(?:[A-Z][\w.&'’-]*\s){0,3}(?i:(?:file\s)?(?:photo|photograph|photographer|photo credit|foto|image|picture|pic|pix|credit|illustration)"
    r"(?:\scourtesy)?)\s*[:|]\s*[^:|]{1,60}"
    r"|(?:[A-Z][\w.'’/-]*\s){0,3}(?:via\sGetty Images|Getty Images|Shutterstock|Alamy|iStock)"
    # a photographer's name and the agency that sent the photo: ``… on Monday. Jane Doe via AGENCY``
    r"|(?:[A-Z][\w.'’-]*\s){1,3}via\s[A-Z][\w.&'’/-]*(?:\s[A-Z][\w.&'’/-]*){0,3}"
    # a newspaper's own archive: ``… at the quay. —Harbour News Archives``
    r"|(?:[A-Z][\w.'’-]*\s){0,3}(?:Archives?|ARCHIVES?)"
    # who took or sent it after a dash: ``… in March. — Picture by Jane Doe``, ``… at the quay. — Harbour News pic``
    # (perhaps after whose photo it is: ``… on Wednesday. Staff photo by Jane Doe``, ``File photo/Jane Doe``)
    # (or the outlet's: ``… at the quay. Sentinel photo/Jane Doe``; the outlet after the name: ``PHOTO BY JANE DOE /The Post``)
    r"|(?:(?i:staff|file|submitted|contributed|special)\s|(?:[A-Z][\w.&'’-]*\s){1,3})?(?i:photo|picture|pic|image)s?(?:\s(?i:by)\s|\s?/\s?)"
    r"(?:[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}(?:\s?/\s?(?:The\s)?[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3})?"  # ``PHOTO BY JUN RAMOS`` too
    r"|(?i:(?:the\s)?(?:writer|author|reporter|correspondent)))"  # ``… in the district. — Photo by writer``
    # who gave it, after a dash: ``… at the plant. — Photo courtesy of Harbour Steel``
    r"|(?i:photo|picture|image)s?\s(?i:courtesy)(?:\s(?i:of))?(?:\sthe)?\s[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,4}"
    # who gave it, after the caption's last sentence or a separator: ``… in Olentangy Falls. Courtesy of JobsOhio``,
    # ``… Courtesy of the Department of Public Safety``, ``… at its plant / Courtesy of Harbour Motor``
    r"|(?<=[.!?/|–—] )(?i:courtesy)(?:\s(?i:of))?(?:\sthe)?\s[A-Z][\w.&'’-]*(?:\s(?:(?:of|and|for|the)\s){0,2}[A-Z][\w.&'’-]*){0,4}"
    r"|(?:[A-Z][\w.&'’-]*\s){1,3}(?:pic|pix|photo|picture|PIC|PIX|PHOTO|PICTURE)"  # ``… on Wednesday. VALLEY POST PHOTO``
    r"|(?:REUTERS|AFP|EPA|AP|UPI) ?/ ?[A-Z][\w.'’ -]{1,50}"
    # a wire's name alone after a spaced slash: ``Protesters outside a restaurant / AP`` (a bar closes titles so)
    r"|(?<=\s/\s)(?:AP|AFP|EPA|Reuters|REUTERS|Getty)"
    # the photographer's name and the outlet after a slash: ``… on Monday, April 7. Jane Doe / Harbour County Post``
    r"|(?<=[.!?] )[A-Z][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,2} / (?:The )?[A-Z][\w&'’.-]*(?: [A-Z][\w&'’.-]*){0,3}"
    # any agency's initials, one-word name or name in capitals and the photographer's name: ``… on May 5. HNA/Jane
    # Doe``, ``… Ukraine January 14, 2026. Meridian/Jane Doe``, ``… on Nov. 6, 2025. THE HARBOUR PRESS/Jane Doe``
    r"|(?<=[.!?] )(?:(?:THE )?[A-Z]{2,12}(?: [A-Z]{2,12}){0,3}|[A-Z][a-z]{2,15}) ?/ ?[A-Z][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){1,3}"
    # the photographer's name and the outlet, both in capitals: ``… in court. JANE DOE / THE HARBOUR POST``,
    # ``… on Tuesday. JANE DOE | HARBOUR-STAR``
    r"|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3} ?[/|] ?[A-Z][A-Z&'’.-]*(?: [A-Z][A-Z&'’.-]*){0,4}"
    r"|(?i:file photo|file image|file picture|file pic|file|handout photo|handout|photo|supplied))[)\]]*\Z"
    # a credit in capitals and a slash after the caption's last word: ``… Jane Doe FILE PHOTO / AGENCY``
    r"|\s(?:FILE PHOTO|PHOTO)\s?/\s?[A-Z][A-Z.'’ -]{1,40}\Z"
    # the photo's source in capitals: ``… at the quay. Source: HARBOUR POLICE``, ``… at the quay Source: AAP``
    r"|\sSource:\s[A-Z][A-Z0-9&.,'’/ -]{1,40}\Z"
    # the photo's credit glued to a caption with no full stop: ``… across the US Credit: Getty``
    r"|\sCredit:\s[A-Z][\w&.'’/-]*(?:\s[A-Z][\w&.'’/-]*){0,3}\Z"
    # a copyright sign and the agency: ``… in his first game as captain © AFP``
    r"|\s©\s?[A-Z][\w.&'’/ -]{1,40}\Z"
    # a credit's label glued to the caption's last sentence: ``… at the quay.Credit:Jane Doe``
    r"|[.!?][\"”’]?(?:Credit|Photo|Picture|Image)s?\s?:\s?[A-Z][^:|]{1,60}\Z"
)
_CLOSING_CREDIT_CHARS = 80
#: A free photo's source and licence after the caption's last sentence: ``… in 2008. Shot by Jane Doe, Wikimedia
#: Commons, under the Creative Commons Attribution ShareAlike 3.0 License``, ``… at dusk. Photo: Jane Doe / Wikimedia
#: Commons (CC BY-SA 4.0)``; read in the line's last :data:`_LICENCE_TAIL_CHARS` characters.
_FREE_LICENCE = lazy_compile(r"[.!?][\"”’]?\s[^.!?]{0,120}(?:Wikimedia|Creative) Commons\b(?:[^.!?]|(?<=\d)\.(?=\d)){0,100}[.)]?\Z")
_LICENCE_TAIL_CHARS = 260
#: A free photo's source and licence alone on a line, in capitalized words: ``Via Wikimedia Commons Creative Commons
#: License``, ``Photo: Wikimedia Commons``.
_FREE_SOURCE_LINE = lazy_compile(
    r"(?:(?:Via|Photo|Image|Picture|Source|Credit):?\s){0,2}(?:Wikimedia|Creative) Commons"
    r"(?:\s(?:Creative Commons|License|Licence|Attribution|ShareAlike|Unported|Generic|International|CC|BY(?:-SA)?|\d\.\d))*"
)
#: What makes such a tail a photo's credit, not a sentence about the archive: who took it, or its licence.
_LICENCE_CUE = lazy_compile(r"(?i:photo|image|picture|shot by|licen[cs]e|attribution|CC BY|CC0)")
#: What may stand between a caption's last sentence and the photographer's name with their outlet: ``… on Tuesday. |
#: Ana Ruiz/Capitol Ledger``.
_CREDIT_BAR = "| "
#: An agency after a slash in a photo's credit (``Kai Ueda/Bloomberg/Getty Images``) has at most this many words.
_MAX_AGENCY_WORDS = 3
# A photo's sales button printed after its caption's credit: ``… UPI/Jane Doe | License Photo``.
#: A photo's licensing button and the file mark after its credit: ``… REUTERS/Jane Doe/File Photo Purchase Licensing Rights``.
_LICENSING_BUTTONS = (" Purchase Licensing Rights", " Purchase Licensing Rights, opens new tab")
_FILE_PHOTO = ("/File Photo", "/File")
#: An agency's file photo credited after the caption's last sentence and a dash: ``… in Karachi. — APP/File``.
_DASHED_FILE_CREDIT = lazy_compile(r"[.!?][\"”’]?\s[–—]\s?(?:[A-Z]{2,12}|[A-Z][a-z]{2,15})/File\Z")
# A wire photo's file mark closed by a button of a few words: ``… PWS/Jane Doe/File Photo Licensing options``.
_FILE_PHOTO_BUTTON = lazy_compile(r"/File Photo(?: [A-Za-z,]+){1,6}\Z")
_PHOTO_BUTTONS = (" | License Photo", " | Buy Photo", " | Buy this photo", " | Purchase Photo", " | Order Photo")
# A gallery's button printed right after a caption's credit in brackets: ``… (Xinhua/Jane Doe) Photo Gallery``.
_GALLERY_BUTTON = lazy_compile(r"(?<=[)\]]) (?:Photo |Photos |PHOTO )?(?:Gallery|gallery|GALLERY)\Z")
# A photographer's bare name closing a caption after its last sentence: ``… opened in March. Tomas Brekke``
# (two or three capitalised words, one capital inside each allowed: ``McLoughlin``; no sentence mark; ``… in March.
# Tomas Brekke said.`` is text).
_PLACE_LINE = lazy_compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}")
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ'’-]++[A-ZÀ-ÖØ-Þ])?[a-zß-öø-ÿ'’-]++"  # "Koné", "McRae", "O’Neil"
_BARE_NAME = lazy_compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")
#: A caption closed by its photographer's bare name has at least this many words (``Reviewed by Dr. Jane Doe`` is a byline).
_MIN_NAMED_CAPTION_WORDS = 8
#: ... and at most this many: a longer paragraph closed by a name (a wire's credit, ``… Associated Press``) is text.
_MAX_NAMED_CAPTION_WORDS = 60
# A full stop before white space, which every caption closed by the photographer's name prints before it.
_STOP_BREAK = lazy_compile(r"\.\s")
_SENTENCE_ENDS = frozenset(".!?\"”’'")
# What every closing credit prints, looked for before the costlier regex (as one regex of them: in a caption's
# short tail, one search costs less than looking for each).
_CREDIT_CLUES = (
    "hoto", "HOTO", "oto:", "OTO:", "mage", "MAGE", "icture", "redit", "REDIT", "llustration", "Getty", "Shutterstock", "Alamy", "iStock",
    "/", "andout", "PIC", "Pic", "PIX", "Pix", " pic", " pix", " via ", "rchive", "RCHIVE", "Source:", "©", "File", "FILE",
    "file", "ourtesy", "upplied", " | ",
)
_CREDIT_CLUE = lazy_compile("|".join(map(re.escape, _CREDIT_CLUES)))
# A caption's closing credit that ends with a full stop: ``… at the quay. Picture courtesy Channel 9.``,
# ``… at dawn. Courtesy of Harbour Trust.``, ``… on Tuesday. Stock photo.``
_STOPPED_CREDIT = lazy_compile(
    r"[.!?][\"”’]?\s+(?:(?i:stock|file|library|supplied|handout)\s+(?i:photo|image|picture|pic)"
    r"|(?i:picture|photo|image|video|pic)s?\s+(?i:courtesy)\s+(?:(?i:of)\s+)?[A-Z][\w.'’&-]*(?:\s[\w'’&-]+){0,5}"
    # ``… before dawn. Courtesy of Harbour Trust.``: who gave it, in capitalized words
    r"|(?i:courtesy)\s+(?:(?i:of)\s+)?(?:the\s)?[A-Z][\w'’&-]*(?:\s(?:(?:of|and|for|the)\s){0,2}[A-Z][\w'’&-]*){0,4}"
    # ``… at the quay. Photo via Harbour Archive/Wikimedia Commons.``
    r"|(?i:picture|photo|image)s?\s+via\s+[A-Z\"“][\w.'’&/ -]{1,80}"
    # ``… on September 2, 2025. Photo: Jane Doe/Harbour Press.``: the label, the photographer and the outlet
    r"|(?i:picture|photo|image)s?:\s+[A-Z][\w.'’ -]{1,40}/[A-Z][\w.'’& -]{1,40}"
    # ``… on Tuesday. Photo: Lamidi Bamidele.``, ``… at the dam. Photo by Jane Doe.``: the label and the
    # photographer's name of capitalized words
    r"|(?i:picture|photo|image)s?(?::|\s(?i:by))\s+[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,3})\.\Z"
)
# How a pointer to an article's full text on another site opens (``View in full here.``).
_FULL_TEXT_POINTERS = ("view in full", "read the full", "read full", "view the full", "see the full")
_MAX_POINTER_WORDS = 12
_STOPPED_CREDIT_ENDS = (" photo.", " image.", " picture.", " pic.", " Photo.", " Image.", " Picture.", " Pic.")
# An agency's usage note after a photo credit: ``… (AP Photo/Jane Doe) NO SALES``, ``… MANDATORY CREDIT``.
_USAGE_NOTE = lazy_compile(r"[)\]]\s+(?:NO [A-Z]+|MANDATORY CREDIT|OUT)(?:[,;]?\s+(?:NO [A-Z]+|MANDATORY CREDIT|OUT))*\Z")
_RIGHTS = lazy_compile(r"[©ⓒⒸ]|\A\(c\) \d{4}\b|\bcopyright (?:©\s*)?\d{4}\b|\ball rights reserved\b", re.IGNORECASE)
_COMPANY_ENDS = ("Inc", "Ltd", "LLC", "Co", "Corp", "PLC", "GmbH")
_COMPANY = lazy_compile(rf"(?:[A-Z]\S* ){{0,3}}[A-Z]\S*,? (?:{'|'.join(_COMPANY_ENDS)})\.?")
# A site's notice that it sets cookies, on a banner line of any length: ``We use cookies to …``.
_COOKIE_NOTICE = lazy_compile(r"\b(?:we|partners|site|website|page) (?:use|uses|store|stores|set|sets) cookies\b", re.IGNORECASE)
# What an embedded post or player tells a reader whose privacy settings block it, in the second person: ``To view
# this content, you'll need to update your privacy settings.``, ``We need your consent to load this video content``.
_EMBED_NOTICE = lazy_compile(
    r"(?i:\b(?:view|see|load|display|watch|play)\s(?:this|the)\s(?:[\w-]+\s){0,2}?(?:content|video|post|embed|media|player)\b)"
)
_EMBED_NOTICE_ADDRESSED = lazy_compile(r"(?i:\byou(?:r|['’]ll|['’]d)?\b)")
# What blocks the embedded content: the reader's privacy or cookie settings, or consent not given.
_EMBED_BLOCKER = lazy_compile(r"(?i:\b(?:privacy|cookie)\s(?:settings|preferences|options)\b|\bconsent\b)")
# An embedded social post's credit line, closing its copy: a dash, who posted it with their handle in brackets, and the
# day (``— Harbour Council (@harbourcouncil) December 28, 2017``).
_EMBED_CREDIT = lazy_compile(
    r"[—–-] ?[^()\n]{1,60}\(@\w{1,30}\) (?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}, \d{4}"
)
# A template's slot name: ``story_article_left1``.
_SLOT_NAME = lazy_compile(r"[a-z0-9]+(?:_[a-z0-9]+)+|[a-z]+(?:-[a-z]+)*-\d{6,}")
# An e-mail address closing a prompt to write in: ``Email the newsdesk at desk@example.org``.
_EMAIL = lazy_compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
#: A byline run on into its reading time has at most this many words after it (``3:21 PM CST``, ``Updated: 2:51 PM``).
_MAX_READ_TAIL_WORDS = 4
# A feed's pointer to the rest of a story whose first paragraphs it prints, perhaps beside its comments link:
# ``Read 6 remaining paragraphs | Comments``, ``Read 12 more paragraphs``.
_REMAINING_PARAGRAPHS = lazy_compile(r"read (?:the )?\d{1,4} (?:more|remaining) paragraphs?(?: ?[|·•] ?comments?)?")
# ``3 min read``, ``Time to read 3 min.``, ``Estimated reading time: 4 minutes``, ``4 min reading time``
_READING_TIME = lazy_compile(
    r"\d{1,3}[ -]?min(?:ute)?s?\.? (?:to read|read|reading time)"
    r"|(?:estimated )?(?:time to read|reading time|read time):? \d{1,3}[ -]?min(?:ute)?s?\.?",
    re.IGNORECASE,
)
# A writer's description after their name in a byline: its opening words, its most words, and how far in its role is
# (``By Jane Doe, a senior reporter covering phones``).
_DESCRIBING = frozenset(["a", "an", "the", "our"])
_MAX_DESCRIBED_BYLINE_WORDS = 12
# A blog's user name in lower case after ``Posted by``, perhaps with the post's category: ``Posted by deskeditor in
# Metals``, ``Posted by admin``.
_POSTING_USER = lazy_compile(r"[a-z][\w.-]{1,30}(?: in [A-Z][\w&'’-]*(?: [A-Z&][\w&'’-]*){0,3})?")
#: An outlet named after a writer and a comma, a role perhaps closing it, has at most this many words.
_MAX_OUTLET_WORDS = 5
_ROLE_REACH = 4
# A logo's alt text: the site's name of a few words and ``logo`` (``The Verge logo.``, ``Harbour Post Logo``).
_LOGO = lazy_compile(r"(?:(?:[A-Z0-9][\w'’&.-]*|of|and|the) ){1,4}[Ll]ogo\.?")
# The reading time alone on its line: ``3 min``, ``12 mins``, ``Estimated 5 minutes``.
_BARE_READING_TIME = lazy_compile(r"(?:estimated )?\d{1,3} ?(?:mins?|minutes?)")
# What a byline may say before ``by``: ``Posted``, ``Photos``, ``Analysis``, ``Election analysis``.
# ... two of the latter joined: ``Story and photos``, ``Words and pictures``.
_BY_KIND = (
    r"(?i:posted|published|written|reported|words|story|text|photos?|photograph|photography|photographs|pictures|illustrations?|video"
    r"|edited|reviewed|medically reviewed|translated|translation"
    r"|fact[- ]checked)"
)
_BY_KINDS = (
    r"(?:(?:[A-Z][\w'’-]*\s+)?(?i:analysis|interview|review|commentary|column|essay|profile|feature)"
    rf"|{_BY_KIND}(?:\s+(?:and|&)\s+{_BY_KIND})?)"
)
_BY = lazy_compile(
    rf"(?:(?:{_BY_KINDS}\s+)?(?:by|BY|By)\s+(?:the\s+)?"
    r"|(?i:authors?(?: of (?:the|this) (?:article|story))?|editors?|byline|written by|by|words|story)\s*:\s*"
    r"|From\s+[A-Z]{2,5}['’]s\s+"  # a live page's post: ``From CNN's Jane Doe``
    r"|By(?=[A-Z][a-z])"  # glued to the name, as a page saved from its markup prints it: ``ByJane Doe``
    r"|(?:From|With)\s+(?i:our\s+(?:own\s+)?(?:correspondents?|reporters?)\s+(?:in\s+)?))(?P<name>\w)"  # ``From our correspondent X``, ``With our correspondent in Abidjan, X``
)
# A byline's opening alone on its line, the writer's name on the next: ``By``, ``Written by``, ``Author:``.
_BY_ALONE = lazy_compile(rf"(?:{_BY_KINDS}\s+)?(?:by|BY|By)\s*:?|(?i:authors?(?: of (?:the|this) (?:article|story))?|byline)\s*:")
_MAX_BY_ALONE_CHARS = 30
# A labelled byline naming a site's user in lower case (``By: admin``) runs fewer words than this.
_MAX_LABELLED_USER_WORDS = 3
_AND_AGENCIES = frozenset({" and agencies", " & agencies"})
# A writer's role in lower case between ``By`` and their name (``By environment reporter Jo Roe``) has at most this many words.
_MAX_ROLE_BEFORE_NAME = 3
# A page's <title> printed with the site's name and the date (``Headline – Site – 06/27/2025``): its headline
# has at least this many words, the site's name at most this many.
_MIN_DATED_TITLE_WORDS = 4
_MAX_DATED_TITLE_SITE_WORDS = 4
_MIN_DATED_TITLE_CHARS = 20
# Where a scrape glued a byline's name or a date's label to the date after it: ``Associated PressMar 4, 2021, 9:15
# AM EST`` (a lower-case letter, then a month's capital and the day and year), ``Published4 October 2024``
# (``published``, ``updated`` or ``posted``, then the day, the month and the year).
_GLUED_MONTH = lazy_compile(
    r"(?<=[a-z])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b)"
    r"|(?:(?<=ublished)|(?<=pdated)|(?<=osted))(?=\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{4}\b)"
)
# A writer's name of two to four capitalised words glued to a day-first date that closes the line: ``Staff
# Writer14 January 2025`` (not ``Covid19 May 2020``).
_GLUED_NAME_DATE = lazy_compile(
    r"[A-Z][a-z'’-]{1,20}(?: [A-Z][a-z'’-]{1,20}){1,3}(?=\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.? \d{4}\Z)"
)
_MIN_NAME_ROLE_WORDS = 3
_MAX_NAME_ROLE_WORDS = 6
_MAX_BYLINE_WORDS = 12
# A writer's name beside a news site's name has at most this many words (``Jane Doe | The Harbour Herald``).
_MAX_SITE_WRITER_WORDS = 3
# A wire service's dateline names a place of at most this many words: ``PTI New Delhi``.
_MAX_WIRE_PLACE_WORDS = 2
# Minor words a title in Title Case capitalises, and a byline's names do not print.
_TITLE_CASE_WORDS = frozenset("A An And As At For From In Into Is Of On Over To With".split())
# The marks a title prints and a byline does not: an apostrophe only where it opens a quote, not
# inside or after a name (``By Jane O’Hara at St James’ Park``).
_TITLE_MARK = lazy_compile(r"[:;?!\"“”‘]|(?<![^\W\d_])['’]")
_NAME_PARTS = _separators("|/,•·", "–—-")
# Writers' names joined in one byline: ``Jane Doe and John Roe``, ``Jane Doe, Sam Poe & John Roe``.
_NAME_JOINERS = lazy_compile(r",\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+")
_MAX_JOINED_NAME_WORDS = 3
#: The most words of the outlet that credits the wire services it used: ``(FRANCE 24 with AFP)``.
_MAX_CREDITING_OUTLET_WORDS = 3
# Where a writer files from, after their name in a list of writers: ``Jane Doe in London and John Roe in New York``.
_WRITER_PLACE = lazy_compile(r" (?:in|at) [A-Z][^\s,]*(?: [A-Z][^\s,]*){0,2}(?=,| and | & |\Z)")
_MAX_INSTITUTION_WORDS = 6
# A text-size widget's buttons, perhaps after its label: ``A A A``, ``Text size A+ A-`` (as a key, lower case).
_TEXT_SIZE_BUTTONS = lazy_compile(r"(?:(?P<label>[a-z][a-z ]{0,19}?):?\s)?(?:a[+-]?\s){1,3}a[+-]?")
# A short heading of a list of headlines: ``More Lead Stories``, ``More Business News``.
_MORE_HEADING = lazy_compile(r"more\s(?:[\w'’-]+\s){0,2}(?:stories|articles|headlines|news|videos|reads)")
_INSTITUTION_JOINERS = frozenset({"of", "for", "the", "de"})
_ROLE_JOINERS = frozenset({"of", "for", "the", "in", "at"})
_WIRE_CREDIT_OPENING = "with "
_ASSISTANCE_OPENING = "with assistance from "
#: Where a byline may say the writer is, after their name: ``By Jane Doe at Wimbledon``, ``… in Kyiv``.
PLACE_OPENERS = frozenset({"in", "at", "from"})
_MIN_WRITER_WORDS = 2
# A clock time or a relative time, which date lines print without a date: ``12:55 PM ET``, ``9.10 am (BST)``,
# ``3 hours ago``, ``about 1 hour ago``.
_CLOCK_TIME = _Marked(
    r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\b\.?)?|\d{1,2}\.\d{2}\s*[ap]\.?m\b\.?)(?:\s+\(?[a-z]{1,4}\b\)?)?"
    r"|\b(?:(?:about|around|almost|nearly|just|over|less than|more than)\s+)?(?:\d{1,3}|an?|one)\s+"
    r"(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago\b",
    r"\d:|\d\.\d\d ?[ap]|ago",
)
# A date line naming the day relative to today and the clock time: ``Today at 21:30``, ``Updated yesterday, 9.15am``.
_RELATIVE_DAY_TIME = lazy_compile(
    r"(?:(?:updated|published|posted)\s+)?(?:today|yesterday)(?:\s+at|,)?\s+\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?"
)
# A wire story's update note closing its line: ``(Adds details, background, byline)``, ``(Updates with quotes)``,
# ``(Update 1: changes head, adds remarks by X)``.
_WIRE_UPDATE_NOTE = lazy_compile(
    r"\((?:(?:Adds|Updates|Recasts|Rewrites|Corrects|Refiles|Repeats|Changes|Writes through|Tops with)\b|Update \d{1,2}:)"
    r"[^()]{0,120}\)\Z"
)
_WIRE_NOTE_CHARS = 140
# A wire story's staff credits in brackets: ``(Writing by Jane Doe; Additional reporting by …; Editing by John Roe)``.
_WIRE_CREDITS = lazy_compile(r"\((?:Additional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Gg]raphics) by ")
# A wire story's update note on a line of its own, in capitals, naming a part of the story it changed:
# ``UPDATES WITH REMARKS OF THE MINISTERS, CHANGES HEADLINE, DECK, LEDE``, ``RECASTS LEDE, ADDS BYLINE``.
_WIRE_NOTE_LINE = lazy_compile(
    r"(?:ADDS|UPDATES|RECASTS|REWRITES|CORRECTS|REFILES|REPEATS|CHANGES|WRITES THROUGH|TOPS WITH)\b"
    r"[^a-z]{0,200}?\b(?:HEADLINE|HED|DECK|LEDE|BYLINE|DATELINE|GRAFS?|PARAGRAPHS?)\b"
)
# A video player's mark of a clip's length: ``VIDEO 2:31``, ``Video duration: 04:02``, ``Watch now 1:05:10``.
_VIDEO_DURATION = lazy_compile(r"(?:video|watch now|play video)(?: duration)?:? ?\d{1,2}:\d\d(?::\d\d)?")
# A prompt to watch a channel's live stream: ``Watch RVTN Live``, ``Watch Coast News live``.
_WATCH_LIVE = lazy_compile(r"watch(?: [\w.&'’-]+){1,3} live")
# A gallery counter: ``1 of 12``, ``Photo 3/8``.
# A newsletter's sign-up form, its field and button on one line: ``Email address Subscribe``, ``Your email *``.
_SIGN_UP_FORM = lazy_compile(r"(?:enter\s+)?(?:your\s+)?e-?mail(?:\s+address)?\s*\*?(?:\s+(?:subscribe|sign up|submit|join))?")
_LIST_MARKER = lazy_compile(r"list of \d{1,3} items?|list \d{1,3} of \d{1,3}|end of list")
_COUNTER = lazy_compile(r"(?:(?:photo|image|slide|picture)s?\s+)?\d{1,3}\s*(?:of|/)\s*\d{1,3}")
# A live entry's stamp, a clock or relative time alone on its line, has at most this many characters.
_MAX_STAMP_CHARS = 24
# The parts of a date line without its date: labels, a reading time, between bars, colons, dots or commas (``Posted ,
# updated``: a template's dates lost).
_TIME_PARTS = lazy_compile(r"\s*[:|·•,]\s*")
# A clock time closing a date line, whose full stop ends no sentence: ``…, 6:12 p.m.``.
_MERIDIEM_END = lazy_compile(r"\d\s?[ap]\.m\.\Z", re.IGNORECASE)
# A meta row between ``|`` bars may run this many words longer for each bar, as its dates take room.
_MAX_ROW_DATE_WORDS = 4
_MERIDIEM_CHARS = 6  # the most it matches: only a line's last characters need searching
# The items of a menu: ``News | Sport``, ``World · Business``, ``NEWS / CRIME & COURTS``.
_MENU_SEPARATORS = _separators("|•·▾▼", "/")  # ``▾``: the arrow of a drop-down menu after each item
_MAX_MENU_ITEM_WORDS = 3
_MAX_CRUMB_WORDS = 2
_MAX_LIST_HEADING_WORDS = 6
_MAX_ROLE_LINE_WORDS = 3
#: ... and at most this many where every word before the role is a beat (``Farming and rural affairs reporter``).
_MAX_BEAT_ROLE_WORDS = 5
_MAX_COMMENT_HEADER_WORDS = 10
_MAX_QUOTING_COMMENT_HEADER_WORDS = 40
_CLOSING_QUOTES = ("”", '"', "’", "'", "»")
_MIN_SECTION_ROW_WORDS = 3
#: An outlet's letters spelt out after them (``ASN — Agência Sulamericana de Notícias``) are at most this many ...
_MAX_SPELT_LETTERS = 6
#: ... and an edition's label after the name has at most this many words (``English Service``).
_MAX_EDITION_WORDS = 3
#: A row of section names without separators holding one word of no list has at least this many words.
#: The fewest words of a row of sections opening with its home link in which a third may be in no list.
_MIN_HOME_ROW_WORDS = 8
_MIN_OPEN_SECTION_ROW_WORDS = 6
#: ... where one word in this many may be a section the word lists do not know.
_UNLISTED_SHARE = 3
_MIN_TAGLINED_MENU_ITEMS = 4
# A menu item glued to the next one, as a scrape without spaces prints a row: ``News`` in ``NewsSlider``.
_GLUED_ITEM = lazy_compile(r"[A-Z][a-z]+(?=[A-Z])")
_MIN_GLUED_ITEMS = 2
_MAX_GLUED_ROW_WORDS = 8
# A photo credit line: ``Jane Doe/Harbour Post``, ``Getty Images/iStockphoto``, ``Jane Doe/AFP via Getty Images file``,
# ``Jane Doe/ANL/REX/Shutterstock`` (the agencies that passed it on, each after a slash),
# ``Jane Doe/Getty Images for Harbour Festival`` (an image library's, then who commissioned the photo, in up to five
# words: ``… for The Harbour Arts Trust Museum``).
_CREDIT = lazy_compile(
    r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}/[^\W\d_][\w'’.&-]*(?:/[^\W\d_][\w'’.&-]*){0,3}(?: (?:[A-Z][\w'’.&-]*|via)){0,5}"
    r"(?:(?<=Images) for(?: [A-Z][\w'’.&-]*){1,5})?(?: (?i:file))?"
)
# Who gave a photo, alone on the line under its caption: ``Courtesy of Harbour Trust``, ``Courtesy Jane Doe``.
_COURTESY_LINE = lazy_compile(r"(?i:courtesy)(?: (?i:of))? (?:the )?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,4}")
# A shopping widget's price or offer: ``$249 at Amazon``, ``Was £49.99, now £39.99``, ``See it at Target``.
_PRICE = r"[$£€]\s?\d[\d,]*(?:\.\d\d)?"
_PRICE_OFFER = lazy_compile(
    rf"(?i:(?:price|was|now|from|save|only):?\s+)?{_PRICE}(?:,?\s+(?:(?i:was|now)\s+)?{_PRICE})*"
    rf"(?:\s+(?i:at|from|@)\s+\S[^.!?]{{0,40}})?"
    r"|(?i:see it at|see at|buy at|buy it at|shop at|view at|check price at|check prices at)\s+\S[^.!?]{0,40}"
)
# The heading of a box of the site's picks: the site's or its editors' name, a few capitalized words, and the verb
# (``TheStreet Recommends``, ``Editors Recommend``, ``The Harbour Post Recommends``).
_PICKS_HEADING = lazy_compile(r"(?:[A-Z][\w.&'’-]*\s){1,3}Recommends?")
# A button that loads or hides more of a list: ``Load more updates``, ``Show 3 more comments``, ``See all``.
_BUTTON = lazy_compile(
    r"(?:load|show|see|view)(?:\s+\d{1,3})?\s+(?:more|less|fewer|all|older|newer|previous)"
    r"(?:\s+(?:updates|posts|stories|articles|comments|replies|results|news|videos|photos|headlines|items|entries))?"
    # a menu's toggle (``Open side navigation menu``, ``Close search``) and a reader's save button (``Add to myFT``,
    # ``Add to reading list``)
    r"|(?:open|close|toggle|show|hide)(?:\s+(?:the|side|main|site|mobile))*\s+(?:navigation|nav|menu|search)(?:\s+(?:menu|bar|panel))?"
    r"|add\s+to\s+(?:my\w+|my\s+\w+|reading\s+list|favou?rites|saved\s+\w+)"
)
_BUTTON_INITIALS = frozenset("lsvochta")
# A prompt's verb, at the start of the line (:data:`_IMPERATIVE`), or of a clause or of a sentence
# (:data:`_CLAUSE_IMPERATIVE`: ``…, join our WhatsApp channel``, ``We are on WhatsApp. Click to join.``); two regexes,
# as the mark opening the second lets the regex engine skip to where it may match.
_IMPERATIVE_VERBS = r"(?i:join|follow|subscribe|sign up|download|get|install|listen|watch|stream|turn on|click|tap)\b"
_IMPERATIVE = lazy_compile(_IMPERATIVE_VERBS)
_CLAUSE_IMPERATIVE = lazy_compile(r"[,:;.?!—–-]\s+" + _IMPERATIVE_VERBS)
# A prompt put as what the reader can do, perhaps in brackets: ``(You can now subscribe to our WhatsApp channel)``.
_YOU_CAN = lazy_compile(r"\(?you\s+can\s+(?:now\s+|also\s+)?" + _IMPERATIVE_VERBS, re.IGNORECASE)
# A prompt to follow the writer, closing an article: ``Follow Jane Doe on X``, ``Follow Helen on social media``.
_FOLLOW_WRITER = lazy_compile(r"Follow\s(?:[A-Z][\w'’.-]*\s){1,3}on\s|Follow\s[A-Z][a-z'’-]+\Z")
# A link of a row of links closing a body has at most this many words; no quotation mark is in it.
_MAX_LINK_WORDS = 5
# A sign-off closing a story: a dash and the initials of the writer or the desk (``— KNW``, ``-- J.S.``).
_SIGN_OFF = lazy_compile(r"(?:—|–|--?)\s*(?:[A-Z]{2,5}|(?:[A-Z]\.){1,4})")
_SENTENCE_BREAK = lazy_compile(r"(?<=[.?!])\s+")
_MAX_PROMPT_WORDS = 25
#: The most words of a site's disclaimer printed as one line too long for a meta line (an acknowledgement of country).
_MAX_DISCLAIMER_WORDS = 60
_MAX_PROMPT_QUESTION_WORDS = 8
_MAX_PROMPT_LEAD_WORDS = 5
_MAX_SHORT_PROMPT_WORDS = 8
# An author's bio closing an article: ``Jane Doe is a reporter at …``, ``Jane Doe covers courts for …``.
_BIO = lazy_compile(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s){0,3}[A-Z][\w'’.-]*)\s"
    r"(?:(?:covers|writes about|reports on|reports from|can be reached|can be contacted)\s|(?:is|was)\s(?P<role>(?:[\w'’-]+\s){0,5}[\w'’-]+)"
    # when the writer joined the outlet: ``Jane Doe joined the Post in 2019 and covers courts.``
    r"|joined\s(?:the\s)?[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,3}\s(?:in\s\d{4}\s)?and\s(?:covers|writes|reports)\s)"
)
# A prompt to follow or write to the writer after a bio: ``… for the Post. Follow her on X @jdoe``, ``… Contact
# her at jdoe@example.org.``
_WRITER_PROMPT = lazy_compile(
    r"(?<=[.!?])\s(?:Follow|Contact|Reach|Email|E-mail|Write to)\s(?:her|him|them|[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2})\s(?:on|at|via)\s"
)
# A writer's contact line closing an article, after its opening (``contact_openings``): the name (or a pronoun),
# then how to reach them: ``Reach Jane Doe at jdoe@example.org or 406-555-0142.``, ``Email her: jdoe@example.org``.
_CONTACT = lazy_compile(r"(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}|her|him|them)(?::| (?:at|on|via)) (?P<details>\S.*)")
_PHONE = lazy_compile(r"\d[\d ().-]{5,16}\d")
_MAX_CONTACT_WORDS = 20
_BREADCRUMB = ("»", "›", " > ", " >> ")
# A slot number after a chrome word, as pages number their ad slots: ``Advertisement 2``, ``Ad 14``.
_SLOT_NUMBER = lazy_compile(r"(?P<word>[^\W\d_][^\d]{0,40}?)\s+\d{1,2}")
_MIN_TRAIL_ITEMS = 3
_MIN_PAGE_CRUMB_WORDS = 3
# What a breadcrumb of two items sets between them: ``News › Health``, ``World > Africa``, ``News / Health``.
_CRUMB_SEPARATOR = _Marked(r"\s*[»›]\s*|\s[>/|]\s", r"[»›>/|]")
# A link to the site's home page: ``Go to the Globe and Mail homepage``, ``Back to home page`` (a key: lower case).
_HOME_LINK = lazy_compile(r"(?:go|back|return)\s+to\s+(?:the\s+)?(?:[\w&'’.-]+\s+){0,5}?home\s?page")
# A site logo's link text, the site's name in capitals before it: ``Harbour News Homepage``, ``The Coast Star home page``.
_SITE_HOME_LINK = lazy_compile(r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:[Hh]ome\s?page|Home Page)")
#: The most words of the page after ``Home`` in a breadcrumb of two items (``Home » Archive by category 'News'``).
_MAX_HOME_CRUMB_WORDS = 8
# A mailed newsletter's footer: ``You're receiving X because you subscribed …`` (a short line) …
_MAILING_FOOTER = lazy_compile(
    r"(?i:\byou(?:['’]re| are| were)? (?:receiving|getting|received|got|were sent) [^.!?]{0,120}?\bbecause you\b)"
)
# … and its links, on a line of any length: ``… Unsubscribe | Update preferences``.
_UNSUBSCRIBE_LINK = lazy_compile(r"(?i:\bunsubscribe\s*[|·•]|[|·•]\s*unsubscribe\b)")
# A newsletter's, blog's or podcast's tagline under its name: ``A weekly newsletter on technology and power``,
# ``A blog about rivers and the people who mend them``; what it calls the site.
_TAGLINE_KINDS = ("newsletter", "blog", "podcast")
_NEWSLETTER_TAGLINE = lazy_compile(
    rf"(?i:(?:an?|the|your|our)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{'|'.join(_TAGLINE_KINDS)})\s+"
    r"(?:on|about|for|from|covering|by|of|with)\s)"
)
# A subscription offer: an imperative, what it sells and its price or free days, on a short line: ``Read
# 30 days of premium articles for free``, ``Get unlimited digital access for $1 a week``, ``Start your free trial``.
_OFFER_VERBS = frozenset({"read", "get", "try", "start", "unlock", "enjoy", "claim", "access", "begin", "register"})
_OFFER_PRODUCT = lazy_compile(
    r"(?i:\b(?:premium (?:articles|stories|content|access|journalism|news)|unlimited (?:digital )?(?:access|articles|reading)"
    r"|(?:digital )?subscriptions?|memberships?|all-access|free trial|newsletters|exclusive (?:articles|stories|content))\b)"
)
_OFFER_TERMS = lazy_compile(r"(?i:\bfree\b|\btrials?\b|\bat no cost\b|\b\d\d? cents\b)|[$£€]\s?\d")
#: A label before a subscription offer: ``Subscribe: Get unlimited access for just 99 cents``.
_OFFER_LABEL = "subscribe: "
#: Labels of an offer that a price alone may follow: ``Special offer: 99 cents for your first month``.
_PRICED_OFFER_LABELS = ("special offer:", "limited-time offer:", "limited time offer:", "introductory offer:")
_MAX_OFFER_WORDS = 16
#: An offer's label and its price run shorter than a sentence of news: ``Special offer: 99 cents for your first month``.
_MAX_PRICED_OFFER_WORDS = 10
# A subscriber's gift of articles, on a line of its own: ``Gift 5 articles to anyone you choose each month``.
_GIFT_OFFER = lazy_compile(
    r"(?:you can )?gift (?:up to )?(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|unlimited) (?:free )?"
    r"(?:articles|stories)\b"
)
# A closing promotion of the site: ``For the latest news and weather, head to Valley 7 News.``, ``For more
# stories like this, visit our climate page.`` (``For more information, visit …`` is a release's text).
_SITE_PROMO = lazy_compile(
    r"(?i:for\s+(?:the\s+latest|all\s+the\s+latest|more)\s+(?:local\s+|breaking\s+)?"
    r"(?:news|stories|coverage|updates|headlines|sports|weather|videos?|reporting)\b[^.!?]{0,80}?,\s*"
    r"(?:head\s+(?:to|over\s+to)|visit|go\s+to|download|follow|check\s+out|sign\s+up|subscribe|tune\s+in|bookmark)\b)"
)
# A prompt that closes with a web address: ``Follow our coverage of the storm at https://…``.
_LINK_PROMPT_VERBS = ("follow ", "get ", "watch ", "listen ", "visit ")
# A link's prompt, perhaps after what the link leads to: ``To see the full results, click here.``, ``Tap here``.
_HERE_LINK = lazy_compile(r"(?:[^.!?,]{1,60},\s)?(?i:(?:please\s)?(?:click|tap) here(?:\sto\sdo\sso)?)[.!]?")
# A magazine's note on the issue that prints the piece: ``This article appears in the May 2026 issue of …``.
_ISSUE_NOTE = lazy_compile(
    r"(?i:(?:this\s+(?:article|story|piece|feature|essay|review|interview)\s+)?(?:appears|appeared|ran|is\s+published|was\s+published)"
    r"\s+in\s+(?:the\s+)?(?:[\w'’/,&-]+\s+){0,8}?(?:print\s+)?(?:issue|edition)\b)"
)
# A print copy's note naming the outlet and the day: ``Published in The Harbour Times, March 16th, 2025.``
_PRINTED_IN = lazy_compile(r"(?:Published|Printed) in (?:[A-Z][\w'’&.-]*\s){0,3}[A-Z][\w'’&.-]*,\s")
# An appeal to back the newsroom, at the start of a clause, and what it backs or costs: ``If you value this
# reporting, become a member for $5 a month.``, ``Join the Harbour Club to support our journalism.``,
# ``Support HARBOUR POST'S journalism of record``
_APPEAL = lazy_compile(
    r"(?:\A|[,;:.?!—–]\s+)(?:(?i:become)\s+an?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?i:member|supporter|subscriber|patron|donor)"
    r"|(?i:join)\s+(?:(?i:the|our)\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?i:community|club|membership|members)"
    r"|(?i:support)\s+(?:(?i:our|us|independent|local|public[- ]interest)\b|(?:[A-Z][\w'’-]*\s+){1,3}(?i:journalism|reporting)\b))"
    # anywhere in the line: ``Kindly consider supporting us with a modest donation.``
    r"|(?i:support(?:ing)?\s+us\s+with\s+an?\s+(?:\w+\s+)?(?:donation|gift|contribution))"
)
_APPEAL_SUBJECT = lazy_compile(r"(?i:\b(?:journalism|reporting|newsroom|our work|our mission|independent news)\b)|[$£€¥₹]\s?\d")
# A donation prompt, perhaps with what the gift keeps up: ``Donate to the Valley Sentinel today.``, ``Make a
# gift now.``, ``Donate here.``, ``Give today to keep local journalism free.``, ``Support us for the price of a coffee.``
_DONATION = lazy_compile(
    r"(?i:(?:please\s+)?(?:donate|(?:make|give) a (?:donation|gift)|chip in|become a (?:member|supporter|donor))\b"
    r"[^.!?]{0,60}?\s(?:today|now|here)"
    r"(?:\s+to\s+(?:keep|support|fund|sustain|help)\b[^.!?]{0,60}?\b(?:journalism|reporting|newsroom|news)\b[^.!?]{0,40})?"
    r"|become an? (?:member|supporter|donor|subscriber|patron)"
    # ``Support Times of Malta for the price of a coffee.``, ``Support us from just €1.``
    r"|support\s[^.!?]{1,40}?\s(?:for|from)\s(?:the\sprice\sof|just|only|as\slittle\sas|[$£€]\s?\d)[^.!?]{0,30})\W*"
)
# The outlet speaking of itself, opening an appeal's statement: ``We've covered the war since day one.``
_OUTLET_VOICE = lazy_compile(r"(?i:we(?:['’]ve|['’]re)?|our)\s")
# A claim for journalism itself, the lead of an appeal: ``… quality journalism is more crucial than ever.``
_JOURNALISM_CLAIM = lazy_compile(
    r"(?i:\b(?:journalism|reporting)\s(?:is\s(?:now\s)?more\s\w+\sthan\sever|matters\smore\sthan\sever"
    r"|has\snever\sbeen\smore\s(?:important|crucial|vital|essential|needed|valuable))\b)"
)
# The slug codes closing wire copy: ``dpa ab/cd yyzz a3 xyz``, ``afp-ab/cd``: lower-case codes, one with a slash.
_WIRE_SLUG = lazy_compile(r"[a-z][a-z0-9]{0,5}(?:[/-][a-z0-9]{1,6}){0,3}(?:\s[a-z0-9][a-z0-9]{0,5}(?:[/-][a-z0-9]{1,6}){0,3}){0,7}")
_MAX_SLUG_CHARS = 60
_SUPPORT_OPENING = "support "
_OFFER_OPENING = "you can "
# Who is pictured in an action caption is named in at most this many capitalised words (``Prime Minister Jane Doe``).
_MAX_ACTION_NAME_WORDS = 6
# ... and the caption runs at most this many words.
_MAX_ACTION_CAPTION_WORDS = 30
# Reporting verbs, which a caption has none of.
_REPORTING_WORDS = frozenset({"said", "says", "told", "tells", "warned", "warns", "added", "adds", "according"})
# A legal imprint closing a page: who publishes it (``The Quay Voice is published by its members.``) and
# who authorises it (``Authorised by J. Smith, Secretary, Perth.``, ``Written and authorised by …``).
_IMPRINT_STATEMENT = lazy_compile(
    r"(?:The )?[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4} (?:is|are) (?:published|printed|produced|promoted) by\s"
)
_IMPRINT = lazy_compile(
    r"(?:(?:Written|Printed|Published|Promoted) and authori[sz]ed|Authori[sz]ed(?: and (?:printed|published|promoted))?) by\s"
)
_MAX_IMPRINT_WORDS = 10
# Where an imprint's sentences end: not after an initial (``Authorised by J. Smith``).
_IMPRINT_BREAK = lazy_compile(r"(?<=[.?!])(?<![A-Z][.?!])\s+")
_MAX_TAGLINE_WORDS = 16
_MAX_BLURB_WORDS = 12
# A pitch printed without a full stop may run longer: ``Our morning email breaks down the key stories of the day``;
# so may one with a full stop that speaks of the newsletter or to the reader (:data:`_PITCH_WORDS`).
_MAX_OPEN_BLURB_WORDS = 20
#: Words of a newsletter's pitch: what it is and whom it is for (``Our morning briefing email breaks down …``).
_PITCH_WORDS = lazy_compile(r"\b(?:[Oo]ur|[Yy]ou|[Yy]our|newsletters?|emails?|inbox|briefing)\b")
_MAX_DONATION_WORDS = 12
_MAX_APPEAL_WORDS = _MAX_PROMPT_WORDS
_MAX_APPEAL_SENTENCES = 3
_SECTION_JOINERS = frozenset({"&", "and", "of", "the"})
_MAX_SITE_LINE_WORDS = 4
_MIN_TAGLINE_WORDS = 3
# The edition a site's name is printed with: ``ONLINE EDITION``, ``Digital edition``, ``e-Edition``.
_EDITION = lazy_compile(r"(?i:(?:online|digital|print|web|mobile|international|national|weekend)\s+edition|e-edition)")
_MAX_CHROME_WORDS = 8
# A masthead's tagline ending in the year the paper was founded: ``Bellefontaine Parish's Newspaper Since 1912``,
# ``Serving the valley since 1887``, ``Est. 1901``.
_FOUNDING_YEAR = lazy_compile(r"(?i:since|est\.?|established|founded)\s+1[6-9]\d\d\s*\Z")
#: The words joining two beats in a writer's role (``Science & Technology Correspondent``).
_BEAT_JOINERS = frozenset(["&", "and"])
#: A menu item may name a year (``Vision 2030``, ``Budget 2026``) in a menu of at least this many items.
_MIN_YEAR_MENU_ITEMS = 5
# A video's label glued to its running times, as a player prints it: ``VIDEO02:0702:07``.
_GLUED_RUNNING_TIMES = lazy_compile(r"(?:video|watch|listen|audio)(?:\d{1,2}:\d{2}){1,3}")
_MAX_NAME_WORDS = 4
_MAX_DATES_A_LINE = 3
# The labels of ``date_labels`` that mark when an article was updated, not first published.
_UPDATE_LABELS = frozenset({"updated", "last updated", "updated on", "updated at", "last updated on", "modified", "last modified"})
# A brand's name printed in lower case before its capital: ``e-Edition``, ``iPlayer``.
_BRAND = lazy_compile(r"[a-z]-?[A-Z]")
_WIDE_GAP = lazy_compile(r"\S[ \t\u00a0]{2,}\S")
_ROW_BREAK = lazy_compile(r"[ \t\u00a0]{2,}|[|•·]")
_MAX_BRACKETED_WORDS = 8
_ICON = "icon"
_LETTER = lazy_compile(r"[^\W\d_]")
_NON_LATIN_LETTER = lazy_compile(r"[^\W\d_\x00-\u024f]")
_NOT_ASCII_LETTER = bytes(c for c in range(128) if not chr(c).isalpha())


# The word of a masthead right before its founding date: ``Est. May 19, 1883``, ``Founded 2 June 1901``.
_FOUNDED = lazy_compile(r"\b(?i:est\.|established|founded)\s*\Z")
# A list item's number before a menu item or skip link, the item opening with a letter (``3. Skip to …``), or its bullet.
_BULLET_MARKS = "•·▪‣◦➤►▶▸→»"
_LIST_MARK = lazy_compile(r"\d{1,2}[.)] (?=[^\W\d_])|[•·▪‣◦➤►▶▸→»] ")


#: The length of each word list's longest entry, read by :func:`_is_listed` on the list's first use.
_LONGEST_ENTRIES: dict[frozenset[str], int] = {}


def _is_listed(line: str, words: frozenset[str]) -> bool:
    """``_key(line) in words``, without casefolding a line longer than any of ``words`` (casefolding never
    shortens a text): most lines a page prints are far longer than a button's or label's words."""
    stripped = line.strip(_EDGE_PUNCT)
    longest = _LONGEST_ENTRIES.get(words)
    if longest is None:
        longest = _LONGEST_ENTRIES[words] = max(map(len, words), default=0)
    return len(stripped) <= longest and stripped.casefold() in words


def is_web_address(text: str) -> bool:
    """True for a web address or domain: ``https://example.com/news``, ``www.example.com``, ``example.co.uk``."""
    return _URL.fullmatch(_key(text)) is not None


def is_latin(text: str) -> bool:
    """True when at least half of the letters of ``text`` are Latin (or it has none)."""
    ascii_part = text.encode("ascii", "ignore")
    if (len(text) - len(ascii_part)) * 2 <= len(ascii_part.translate(None, _NOT_ASCII_LETTER)):
        return True  # too few other characters to outweigh the ASCII letters: the cheap, common case
    foreign = len(_NON_LATIN_LETTER.findall(text))
    return foreign * 2 <= len(_LETTER.findall(text))


def is_icon_list(line: str) -> bool:
    """True for an icon sprite dumped as text: ``icon bookmark-bicon bookmarkicon camera…`` (a quarter of
    five words or more), or the alternative text of icons (``Notification Icon``, ``userprofile IconSearch``:
    half of two to four words)."""
    lowered = line.lower()
    if _ICON not in lowered:
        return False
    words = lowered.split()
    icons = sum(_ICON in w for w in words)
    return (len(words) >= 5 and icons * 4 >= len(words)) or (2 <= len(words) <= 4 and icons * 2 >= len(words))


def is_breadcrumb(line: str) -> bool:
    """True for a breadcrumb trail: ``Home » World » Asia``, ``News >> Local`` (two or more separators, no « » quotes)."""
    if "«" in line:
        return False
    return sum(map(line.count, _BREADCRUMB)) >= 2


#: A video's title closed by its running time: the title's last word (group 1), then minutes under ten printed with
#: two digits and seconds (``04:10``; a clock's ``10:30`` or ``7:30`` is no running time), perhaps after hours.
_VIDEO_TEASER = lazy_compile(r".*?([^\W\d][\w’'\"”)?!-]*) (?:\d{1,2}:)?0\d:\d{2}")
#: A video's title has at least this many words, its running time counted.
_MIN_TEASER_WORDS = 5
#: Words before a clock time that make it a time of day, no running time: ``at 7:30``.
_TIME_LEADS = frozenset({"at", "by", "until", "till", "from", "to", "before", "after", "around", "about", "since"})
#: Words of a caption speaking of its photo: ``in this (AP file) photo``, ``From left:``, ``From L to R:``, ``At
#: right is`` (after a sentence), ``is shown here``.
_PHOTO_DEIXIS = lazy_compile(
    r"\b[Ii]n this (?:[\w.,/-]+ ){0,5}?(?:file )?photo(?:graph)?\b"
    r"|^From (?:left|L)(?: to (?:right|R))?[:,] "
    r"|(?:^|\. )At (?:left|right)(?: is|, )"
    r"|\b(?:is|are) (?:shown|pictured|seen) here\b"
)
# A photo's credit opening its caption, before a colon: ``Post photo by Jane Doe: Pupils hold signs at the meeting``.
# or the outlet's label in capitals: ``SENATE PHOTO: Sen. Jane Doe opens the hearing …``; within the line's first
# :data:`_OPENING_CREDIT_CHARS` characters.
_OPENING_CREDIT_CHARS = 80
_OPENING_CREDIT = lazy_compile(
    r"(?:[A-Z][\w.&'’-]*\s){0,3}(?i:photo|picture|image)s?\s(?i:by)\s[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}:\s"
    r"|(?:[A-Z][A-Z.&'’-]*\s){1,3}(?:PHOTO|PICTURE|IMAGE)S?:\s"
)


def is_page_links(line: str) -> bool:
    """True for a listing's links to its other pages: ``« Older posts``, ``Newer posts | Older posts``, ``Next page »``."""
    return line[:1] in "«PpNnOo" and _PAGE_LINKS_LINE.fullmatch(line) is not None


def is_video_teaser(line: str) -> bool:
    """True for a video's title closed by its running time, as broadcasters list their clips beside a story (``Growing
    number of states challenge travel ban 04:10``): a title of :data:`_MIN_TEASER_WORDS` words or more, then minutes
    and seconds (:data:`_VIDEO_TEASER`) after no preposition (``Doors open at 7:30``, ``The meeting will end 10:30``
    and a sentence ending in a time are text)."""
    if line[-3:-2] != ":" or not line[-1:].isdigit():
        return False  # most lines
    teaser = _VIDEO_TEASER.fullmatch(line)
    return teaser is not None and teaser[1].casefold() not in _TIME_LEADS and word_count(line, _MIN_TEASER_WORDS) >= _MIN_TEASER_WORDS


def speaks_of_photo(line: str) -> bool:
    """True for a photo's caption that speaks of the photo itself (:data:`_PHOTO_DEIXIS`): ``A shopper leaves a
    store in this AP file photo.``, ``In this May 2, 2019, photo, crews …``, ``From left: Jane Doe, …``, ``… in
    court. At right is Judge Ann Lee.``  A story's sentences tell of the news, not of the picture beside them."""
    if "photo" not in line and " here" not in line and "At " not in line and not line.startswith("From "):
        return False  # most lines: none of the words each form needs
    return _PHOTO_DEIXIS.search(line) is not None


def depicts_scene(line: str, verbs: frozenset[str]) -> bool:
    """True for a caption telling what its photo shows in the present tense: a subject of a few words, capitalised or
    after ``A``/``An``/``The`` (no pronoun), one of ``verbs`` (vocabulary ``depiction_verbs``) and a word opening
    its object or place (``A farmer leans on a gate at dawn.``, ``Gov. Jane Doe walks past a new truck …``, ``Mayor
    Ann Lee speaks to supporters after her win.``); not a line quoting or reporting anyone."""
    words = line.split(maxsplit=_DEPICTION_REACH + 1)
    if verbs.isdisjoint(words[1 : _DEPICTION_REACH + 1]):
        return False  # most lines: no such verb near their start
    k = next(k for k, word in enumerate(words[1 : _DEPICTION_REACH + 1], 1) if word in verbs)
    if k + 1 >= len(words) or words[k + 1] not in _DEPICTED_OBJECTS or words[0] in _DEPICTED_PRONOUNS:
        return False  # "The peers voted": a noun; "He walks to the podium": a story told in the present
    described = words[0] in _DEPICTED_DETERMINERS  # "A farmer", "The old ferry": any words of a noun phrase
    if not (words[0][:1].isupper() and all(described or w[:1].isupper() or w in _DEPICTED_NAME_JOINERS for w in words[1:k])):
        return False  # "Residents say the mayor speaks to …": no subject of a few words
    return word_count(line, MAX_DEPICTION_WORDS + 1) <= MAX_DEPICTION_WORDS and not any(m in line for m in _QUOTE_MARKS) and not any(v in line for v in _REPORTING)


#: How many words into a caption its verb of depiction may stand, and at most how many words the caption has.
_DEPICTION_REACH = 8
MAX_DEPICTION_WORDS = 40
#: The words that open what a depicted subject does its action to or where (``leans on``, ``walks past a …``).
_DEPICTED_OBJECTS = frozenset(
    "a an the his her their its up on in at to into outside past beside near with during after before as from through "
    "along across toward towards by".split()
)
#: The words opening a depicted subject described by its noun (``A farmer``, ``The old ferry``), and the lower-case
#: words a named one may hold between its capitalised words (``Chancellor of the Exchequer Jane Doe``).
_DEPICTED_DETERMINERS = frozenset(["A", "An", "The"])
_DEPICTED_NAME_JOINERS = frozenset(["of", "the", "and", "de", "van", "von"])
_DEPICTED_PRONOUNS = frozenset(["He", "She", "It", "They", "We", "I", "You"])


@remember_lines  # chrome, the digest's summaries and alt texts ask it of a page's lines over and over
def is_photo_caption(line: str) -> bool:
    """True for a photo caption that closes with its credit: ``… on Monday. (AP Photo/Jane Doe)``,
    ``… on Monday (Photo by Jane Doe/AFP).``, ``… on Monday. Jane Doe via AGENCY``, ``… on Monday. —Harbour
    News Archives``, ``… on Monday. Source: HARBOUR POLICE``, ``… Photo via Harbour Archive.``,
    ``… on Monday [File: Jane Doe/AFP]``, ``… at the quay | Getty Images``, ``… as captain © AFP``, ``… on Monday.
    Photograph: Jane Doe/Agency``, ``… on Monday. PHOTO | JANE DOE``, ``… in January. (Harbour Post/Jane Doe)``, the photographer's bare name (``… in March. Tomas Brekke``), a credit glued to the caption's
    last sentence: ``… at dusk.(Harbour News: Jane Doe)``, ``… at dusk.(Supplied)``, or a credit that
    ends with a full stop (``… at dusk. Picture courtesy Channel 9.``, ``… at dusk. Stock photo.``), perhaps
    before an agency's usage note (``… (AP Photo/Jane Doe) NO SALES``), a sales button (``… | License Photo``,
    ``… REUTERS/Jane Doe/File Photo Purchase Licensing Rights``, ``…/File Photo Licensing options``) or a gallery's button (``… (Xinhua/Jane Doe) Photo Gallery``),
    or a bar with its credit cut off after it (``… opens her results |``), or the outlet's file photo in brackets
    (``… at a hospital. (Jane Doe / Free Press files)``)."""
    if ": " in line[:_OPENING_CREDIT_CHARS] and _OPENING_CREDIT.match(line) is not None:
        return True
    if "Commons" in line and (free := _FREE_LICENCE.search(line[-_LICENCE_TAIL_CHARS:])) is not None:
        return _LICENCE_CUE.search(free.group()) is not None  # ``… in 2008. Shot by Jane Doe, Wikimedia Commons, under …``
    if line[-1:].isupper() and ("NO " in line or "CREDIT" in line or "OUT" in line):
        note = _USAGE_NOTE.search(line[-_CREDIT_TAIL_CHARS:])
        line = line if note is None else line[: len(line) - len(note.group()) + 1]
    if line.endswith(_LICENSING_BUTTONS) or line.endswith(_FILE_PHOTO[0]) or _FILE_PHOTO_BUTTON.search(line[-_CREDIT_TAIL_CHARS:]):
        return True  # ``… REUTERS/Jane Doe/File Photo Purchase Licensing Rights``: a wire photo's credit and button
    if line.endswith(_FILE_PHOTO):
        if _DASHED_FILE_CREDIT.search(line[-_CREDIT_TAIL_CHARS:]) is not None:
            return True  # ``… in Karachi. — APP/File``: an agency's file photo after a dash
        line = line[: line.rindex("/")]
    if line.endswith(_PHOTO_BUTTONS):
        line = line[: line.rindex(" | ")]
    elif line.endswith(("allery", "ALLERY")) and (button := _GALLERY_BUTTON.search(line)) is not None:
        line = line[: button.start()]
    if line.endswith((").", "].")):  # a photo's credit in brackets before the caption's full stop
        return _PHOTO_CREDIT.search(line[-_CREDIT_TAIL_CHARS:-1]) is not None
    if line.endswith(_FILES_CREDIT_ENDS):
        line = line[: line.rindex(" ")] + line[-1]  # ``(Jane Doe / Free Press files)``: the outlet's file photo
    if line.endswith((")", "]")):
        tail = line[-_CREDIT_TAIL_CHARS:]
        return (
            _PHOTO_CREDIT.search(tail) is not None
            or _GLUED_CREDIT.search(tail) is not None
            or (line.endswith("]") and _is_named_credit(line, tail))
            or (_CAPTION_OPENING.match(line) is not None and _BRACKETED_SOURCE.search(tail) is not None)
            or (_STATION_CREDIT.search(tail) is not None and word_count(line, _MIN_STATION_CAPTION_WORDS) >= _MIN_STATION_CAPTION_WORDS)
            or _is_slashed_credit(line, tail)
        )
    if line.endswith(" |"):
        return True  # ``A student opens her results |``: a caption or teaser cut at the bar before its credit
    if line[-1:] in _SENTENCE_ENDS:  # the common case: a credit closes with a name, not a sentence's stop
        tail = line[-_CLOSING_CREDIT_CHARS:]
        clued = "ourtesy" in tail or " via " in tail or "/" in tail or ": " in tail or " by " in tail or line.endswith(_STOPPED_CREDIT_ENDS)
        return clued and _STOPPED_CREDIT.search(tail) is not None
    tail = line[-_CLOSING_CREDIT_CHARS:]
    if _CREDIT_CLUE.search(tail) is not None and _CLOSING_CREDIT.search(tail) is not None:
        return True
    if _AGENCY_CREDIT.search(tail) is not None and word_count(line, _MIN_STATION_CAPTION_WORDS) >= _MIN_STATION_CAPTION_WORDS:
        return True  # ``… in Las Vegas last year. AP``
    return _is_named_caption(line) if line[-1:].islower() or "/" in tail else False


#: How a credit in brackets closes that names the outlet's file photo: ``(Jane Doe / Free Press files)``.
_FILES_CREDIT_ENDS = (" files)", " files]", " file)", " file]")


def is_standfirst_label(line: str, chrome: PageChrome) -> bool:
    """True for a label printed alone above an article's standfirst (the chrome's ``standfirst_labels``: ``Synopsis``)."""
    return _is_listed(line, chrome.standfirst_labels)


def _is_slashed_credit(line: str, tail: str) -> bool:
    """True for a caption closed by its outlet and photographer in brackets (:data:`_SLASHED_CREDIT`), after a full
    stop or in a line long enough for a caption."""
    found = _SLASHED_CREDIT.search(tail)
    if found is None:
        return False
    return found.group("stop") is not None or word_count(line, _MIN_UNSTOPPED_CAPTION_WORDS) >= _MIN_UNSTOPPED_CAPTION_WORDS


def _is_named_credit(line: str, tail: str) -> bool:
    """True for a caption of a few words or more closed by its photographer and outlet in square
    brackets: ``The quay at dusk. [Jane Doe, Harbour News]``."""
    found = _NAMED_CREDIT.search(tail)
    return found is not None and word_count(line[: -len(found.group())], MIN_SOURCED_CAPTION_WORDS) >= MIN_SOURCED_CAPTION_WORDS


def _is_wire_dateline(line: str, is_role: Callable[[str], bool]) -> bool:
    """True for a wire service's name in capitals (a role by ``is_role``) and the place it filed from:
    ``PTI New Delhi``, ``AFP Paris`` (letters only; ``AFP Closes Kabul Bureau`` has too many words)."""
    agency, *place = line.split() or [""]
    return (
        1 <= len(place) <= _MAX_WIRE_PLACE_WORDS
        and agency.isupper()
        and is_role(agency.casefold())
        and is_capitalised(place)
        and all(w.isalpha() for w in place)
    )


def is_place_line(line: str) -> bool:
    """True for a place and its region or country alone, as a writer's location under a byline: ``Nairobi, Kenya``,
    ``Washington, D.C.``."""
    return _PLACE_LINE.fullmatch(line) is not None


def is_bare_name(line: str) -> bool:
    """True for a person's name alone, two or three capitalised words and no other mark: ``Jane Doe``."""
    return _BARE_NAME.fullmatch(line) is not None


#: Titles a photographer's credit never carries: a sentence ending in one and a name is a wrapped paragraph's line.
_HONORIFICS = frozenset(["Prof", "Professor", "Dr", "Mr", "Mrs", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Rev", "Sen", "Rep", "Gov", "Gen"])
#: Words no person's name opens with: a determiner, a possessive or a preposition.
_NO_NAME_OPENINGS = frozenset(["The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our", "In", "On", "At"])


def _is_named_caption(line: str) -> bool:
    """True for a caption of a sentence or more, not a long paragraph, closed by the photographer's bare name,
    perhaps with the agencies after slashes: ``… in March. Tomas Brekke``, ``… in March. Kai Ueda/Bloomberg/Getty
    Images``, the name in capitals then (``… in March. DANA WHITFIELD/Gazette``); after a bar only with them: ``… on
    Tuesday. | Ana Ruiz/Capitol Ledger``."""
    tail = line[-_CLOSING_CREDIT_CHARS:]
    if _STOP_BREAK.search(tail) is None:
        return False  # no full stop before the name: the cheap, common case
    *head, last = sentences(tail)
    barred = last.startswith(_CREDIT_BAR)
    name, *agencies = last.removeprefix(_CREDIT_BAR).split("/")
    return (
        bool(head)
        and head[-1].endswith(".")
        and (is_bare_name(name) or (bool(agencies) and name.isupper() and is_bare_name(name.title())))  # JANE DOE/Post
        and (bool(agencies) or not barred)
        and all(0 < len(words := agency.split()) <= _MAX_AGENCY_WORDS and is_capitalised(words) for agency in agencies)
        and last.split(" ", 1)[0] not in _NO_NAME_OPENINGS  # "… faces delays. The Middle East": a wrapped sentence
        and last.split(" ", 1)[0].rstrip(".") not in _HONORIFICS  # "… a deeper problem. Prof Alan" / "Whitby of …"
        and _MIN_NAMED_CAPTION_WORDS <= word_count(line, _MAX_NAMED_CAPTION_WORDS + 1) <= _MAX_NAMED_CAPTION_WORDS
    )


def is_newsletter_tagline(line: str) -> bool:
    """True for a newsletter's or a blog's tagline, a fragment under its name: ``A weekly newsletter on
    technology, labour and power``, ``A blog about schools and the people who run them``."""
    return (
        not _ends_sentence(line)
        and ":" not in line  # a headline: ``A blog about grief: how …``
        and line.count(" ") < _MAX_TAGLINE_WORDS
        and _NEWSLETTER_TAGLINE.match(line) is not None
    )


def is_bracketed(line: str) -> bool:
    """True for a short line in square brackets, as source credits print: ``[Harbour Post]``."""
    return line.startswith("[") and line.endswith("]") and line.count(" ") < _MAX_BRACKETED_WORDS


def is_capitalised(words: list[str]) -> bool:
    """True when every word is capitalised, a number or a joining word (``&``, ``and``, ``of``, ``the``)."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in _SECTION_JOINERS for w in words)


def is_share_row(line: str) -> bool:
    """True for a row of share buttons or other chrome words only (``Share | Tweet | Email``,
    ``Facebook X LinkedIn Email``), which a site's menu of sections is not."""
    words = _MENU_SEPARATORS.sub(" ", line).split()
    return bool(words) and all(_key(w) in _CHROME_WORDS for w in words)


#: The chrome words of :data:`_CHROME_WORDS` that are share buttons: a row of them closes a story's head.
_SHARE_BUTTONS = frozenset(["share", "tweet", "email", "e-mail", "facebook", "twitter", "telegram", "whatsapp", "linkedin",
                            "reddit", "pinterest", "vk"])


def is_share_buttons(line: str) -> bool:
    """True for a row of chrome words with a share button among them (``Share Tweet Telegram``, ``Facebook X Email``);
    not ``Comments`` alone."""
    words = _MENU_SEPARATORS.sub(" ", line).split()
    return is_share_row(line) and any(_key(w) in _SHARE_BUTTONS for w in words)


def is_menu(line: str) -> bool:
    """True for a menu row: three or more short items joined by ``|``, `` / ``, ``•``, ``·`` or a drop-down's ``▾``,
    capitalised (``News | Sport | Business``) or of one or two words in sentence case (``Golf | More
    sports``), or two in capitals (``NEWS / CRIME & COURTS``) or of one or two words joined by a bar or
    dot (``Today's Paper | Subscribe``)."""
    items = _MENU_SEPARATORS.split(line.strip(" |•·/▾▼"))
    pair = len(items) == 2
    if len(items) < 2 or (pair and not line.isupper() and ("/" in line or max(map(word_count, items)) > 2)):
        return False
    years = len(items) >= _MIN_YEAR_MENU_ITEMS  # "Budget 2027 / Council / Library cuts" is a kicker, no menu
    if all(_is_menu_listing(item, years) for item in items) or (not pair and all(map(_is_crumb, items))):
        return True
    # one longer link after the first item: "Home · About · Archive · Subscribe by email" (a title goes first)
    odd = [item for item in items[1:] if not _is_menu_listing(item, years)]
    return len(items) >= _MIN_OPEN_MENU_ITEMS and _is_menu_listing(items[0], years) and len(odd) == 1 and _is_link_label(odd[0])


#: A menu row with one longer link among its items has at least this many items.
_MIN_OPEN_MENU_ITEMS = 4
#: A writer's contact line: their name, a colon and a telephone number, perhaps an email address after it
#: (``Jane Doe: 732-555-0172;``, ``Jane Doe: 732-555-0172; jdoe@harbour.com``).
_CONTACT_LINE = lazy_compile(
    r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,2}: \(?\d{3}\)?[-. ]?\d{3}[-. ]\d{4}[;,.]?(?: [\w.+-]+@[\w-]+(?:\.[\w-]+)+[;,.]?)?"
)
#: A pictograph of the emoji blocks (``🎮``, ``📱``, ``☀``).
_PICTOGRAPH = lazy_compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
#: A row of the site's links marked with pictographs holds at least this many of them.
_MIN_ROW_PICTOGRAPHS = 2


def _is_emoji_row(line: str) -> bool:
    """True for a row of the site's links marked with pictographs, ending no sentence: ``Submit a piece 🎮 Block your
    📱 number iOS 15 might not work Talking Tech`` (a paragraph prints a pictograph rarely, and ends its sentence)."""
    return len(_PICTOGRAPH.findall(line, 0, _PREFIX_CHARS * 4)) >= _MIN_ROW_PICTOGRAPHS


#: A post's categories listed with commas alone are at least this many.
_MIN_CATEGORY_ITEMS = 4


def is_category_row(line: str) -> bool:
    """True for a post's categories or tags listed with commas alone, four or more capitalised menu items and no
    final stop (``Community, Congress, Healthcare, Latest News, State Government``): no title names such a list."""
    if line.count(",") < _MIN_CATEGORY_ITEMS - 1 or _ends_sentence(line):
        return False
    return all(_is_menu_item(item.strip()) for item in line.split(","))


def _is_menu_listing(item: str, years: bool = False) -> bool:
    """True for a menu item, or for menu items listed with commas as one item (``Edinburgh, Fife & East``)."""
    return _is_menu_item(item, years) or ("," in item and all(map(_is_menu_item, item.split(","))))


def is_link_row(line: str) -> bool:
    """True for a row of three or more short links between bars, each opening with a capital and ending
    no sentence, as a widget under a story prints them (``Weather: Riverton 5-day forecast | Cash bids |
    Futures (delayed 10 min)``), perhaps with one other short item among them, as a footer prints the site's
    address (``Harbour Ledger | 200 Quay St., Harbour | Contact Us | Terms``); read as chrome only where it
    closes a body."""
    items = _MENU_SEPARATORS.split(line.strip())
    links = sum(map(_is_link_label, items))
    other = len(items) - links
    return links >= _MIN_SECTION_ROW_WORDS and (other == 0 or (other == 1 and not _ends_sentence(line)))


def _is_link_label(item: str) -> bool:
    """True for one link of a row: a few words, a capital first, no sentence and no quotation."""
    item = item.strip()
    return (
        item[:1].isupper()
        and word_count(item, _MAX_LINK_WORDS) <= _MAX_LINK_WORDS
        and not _ends_sentence(item)
        and not any(mark in item for mark in _QUOTE_MARKS)
    )


def _is_menu_item(item: str, years: bool = False) -> bool:
    """True for one item of a menu: a few capitalised words and no number (``Crime & Courts``), a brand's
    name capitalised after a lower-case letter among them (``e-Edition``, ``iPlayer``) or with digits in it
    (``Law360 Pulse``; not ``Arsenal 2``, ``May 3``), a word in a script without capitals, a language's own name
    (``العربية``, ``中文``), and, in a long menu (``years``), a year after a capitalised word (``Vision 2030``) or a
    TV channel's number, which adds no word (``6 On Your Side``)."""
    words = item.split()
    counted = len(words) - (years and bool(words) and words[0].isdigit())  # a channel's number adds no word: ``6 On Your Side``
    return 0 < counted <= _MAX_MENU_ITEM_WORDS and all(_is_menu_word(w, k, years) for k, w in enumerate(words))


#: The most digits of a TV channel's number in a long menu's item (``6 On Your Side``, ``Channel 13 Investigates``).
_CHANNEL_DIGITS = 2


def _is_menu_word(word: str, k: int, years: bool) -> bool:
    """True for the ``k``-th word of a menu item (see :func:`_is_menu_item`)."""
    first = word[:1]
    return (
        first.isupper() or word.casefold() in _SECTION_JOINERS or _BRAND.match(word) is not None
        or (years and word.isdigit() and ((k > 0 and len(word) == 4) or len(word) <= _CHANNEL_DIGITS))
        or (first.isalpha() and first.lower() == first.upper())
    )


def wide_row(text: str, fewest: int = _MIN_SECTION_ROW_WORDS) -> str | None:
    """A row of items set apart by wide gaps of two spaces or more (``Markets  Property  Opinion``) with
    bars between them instead (``Markets | Property | Opinion``), for a menu to be seen as one; None
    for a line with fewer than ``fewest`` such items."""
    if _WIDE_GAP.search(text) is None:
        return None
    items = [item.strip() for item in _ROW_BREAK.split(text)]
    items = [item for item in items if item]
    return " | ".join(items) if len(items) >= fewest else None


def _ends_sentence(line: str) -> bool:
    """:func:`~newsparse.page.lines.ends_sentence`, but not for a line closing with ``6:12 p.m.``."""
    return ends_sentence(line) and not closes_with_meridiem(line)


def _is_long_meta_row(line: str, words: int) -> bool:
    """True for a meta row longer than :data:`MAX_META_WORDS` that prints dates between ``|`` bars:
    ``By Jane Doe | Published: Dec. 1, 2026 at 5:48 PM CST | Updated: Dec. 2, 2026 at 7:10 AM CST``,
    or whose words are few but for the commas of an empty list: ``Posted in News | Tagged: , , , | Leave a comment``."""
    bars = line.count(" | ")
    return bars > 0 and (
        (words - bars <= MAX_META_WORDS + _MAX_ROW_DATE_WORDS * bars and find_date(line) is not None)
        or words - line.count(" ,") <= MAX_META_WORDS
    )


def closes_with_meridiem(line: str) -> bool:
    """True for a line closing with a clock time's ``a.m.`` or ``p.m.`` (``… at 8 a.m.``), whose
    full stop may end no sentence."""
    return _MERIDIEM_END.search(line[-_MERIDIEM_CHARS:]) is not None


def is_name(text: str) -> bool:
    """True for a person's name as bylines print it: two to four capitalised words, perhaps with a particle
    between them (``Lotte van Aalst``, ``Ana de la Cruz``: :data:`~newsparse.page.lines.NAME_PARTICLES`) or joined
    by a hyphen to the last (``Samir al-Qadasi``)."""
    words = text.split(maxsplit=_MAX_NAME_WORDS)  # a longer text is no name: it is not split whole
    return (
        2 <= len(words) <= _MAX_NAME_WORDS
        and words[0][:1].isupper()
        and (words[-1][:1].isupper() or _particle_joined(words[-1]))
        and all(w[:1].isupper() or w in NAME_PARTICLES for w in words[1:-1])
    )


def _particle_joined(word: str) -> bool:
    """``word`` is a surname a particle is joined to by a hyphen: ``al-Qadasi``, ``el-Sayed``, ``bin-Talal``."""
    particle, hyphen, rest = word.partition("-")
    return bool(hyphen) and particle in NAME_PARTICLES and rest[:1].isupper()


def _is_writer_name(text: str) -> bool:
    """True for one writer's name in a list of writers: two or three capitalised words."""
    return is_name(text) and text.count(" ") < _MAX_JOINED_NAME_WORDS


def _is_name_list(line: str) -> bool:
    """True for two or more writers' names joined by ``and``, ``&`` or commas: ``Jane Doe and John Roe``."""
    names = _NAME_JOINERS.split(line)
    return len(names) > 1 and all(map(_is_writer_name, names))


def _is_prompt_lead(sentence: str, short_prompt: bool) -> bool:
    """True for a sentence that may lead into a prompt: a short question (``Want more local news?``)
    or, in a short prompt, a shorter statement (``Thanks for reading.``)."""
    if sentence.endswith("?"):
        return word_count(sentence, _MAX_PROMPT_QUESTION_WORDS) <= _MAX_PROMPT_QUESTION_WORDS
    return short_prompt and word_count(sentence, _MAX_PROMPT_LEAD_WORDS) <= _MAX_PROMPT_LEAD_WORDS


def _may_have_by(line: str) -> bool:
    """False for the many lines that print no ``by``, no colon and no opening ``From`` or ``With``, which no byline's
    opening matches."""
    return "by" in line or "By" in line or "BY" in line or ":" in line or line.startswith(("From ", "With "))


def _match_by(line: str) -> re.Match[str] | None:
    """A byline's opening (:data:`_BY`) at the start of ``line``, else None."""
    return _BY.match(line) if _may_have_by(line) else None


def _footer_menu(chrome: PageChrome, line: str, segments: Sequence[str]) -> bool:
    """True for a footer's menu of links: four segments or more, two of them chrome lines, and no ``By``
    (``Contact Us | Careers | FCC Public File | EEO Report | Privacy Policy``)."""
    return len(segments) >= _MIN_MENU_SEGMENTS and sum(s in chrome.lines for s in segments) >= 2 and _match_by(line) is None


def _is_long_chrome(line: str, words: int, chrome: PageChrome) -> bool:
    """True for a line too long for a meta line that is chrome: a prompt (:func:`_is_long_prompt`), a long menu
    row (``World | U.S. | Politics | … | Fact Check | Be Well``), a site's disclaimer of one sentence (``ANB
    acknowledges … as the Traditional Custodians of the lands where we live and work.``) or an appeal (``… good
    journalism … Kindly consider supporting us with a modest donation.``)."""
    return (
        _is_long_prompt(line, words, chrome)
        or (" | " in line and is_menu(line))
        or (words <= _MAX_DISCLAIMER_WORDS and _ends_sentence(line) and (_is_disclaimer(line, chrome.disclaimer_phrases) or _is_appeal(line)))
    )


def _is_labelled_chrome(lines: frozenset[str], key: str) -> bool:
    """True for a label and its value, both chrome ``lines`` (``font size: a a a``, ``share: email``), or a chrome
    label and a text-size widget's buttons (``text size a+ a-``)."""
    if ":" in key and all(part.strip() in lines for part in key.split(":")):
        return True
    buttons = _TEXT_SIZE_BUTTONS.fullmatch(key) if key.endswith(("a", "a+", "a-")) else None
    return buttons is not None and (not buttons["label"] or buttons["label"] in lines)


def _is_staff_credit(line: str) -> bool:
    """True for a byline crediting the outlet's staff and the agencies: ``Guardian staff and agencies``, ``The Harbour
    Post Staff & Agencies``, ``Staff and agencies``."""
    outlet, staff, rest = line.casefold().rpartition("staff")
    words = line[: len(outlet)].split()
    return bool(staff) and rest in _AND_AGENCIES and len(words) <= _MAX_SITE_LINE_WORDS and is_capitalised(words)


def _sentence_kind(line: str, chrome: PageChrome) -> LineKind:
    """The kind of a short line that ends a sentence: a credit closing the story (``Story by reporter Jane Doe.``), a
    closing note that is chrome (:func:`_is_closing_note`), else text."""
    if _is_stopped_byline(line, chrome.byline_roles):
        return LineKind.BYLINE
    return LineKind.CHROME if _is_closing_note(line, chrome) else LineKind.TEXT


def _is_stopped_byline(line: str, byline_roles: frozenset[str]) -> bool:
    """True for a byline closed by a full stop, as a credit under a story prints it: ``By`` and only the writer's
    name, maybe after their role (``Story by local democracy reporter Jane Doe.``, ``By Jane Doe.``); not ``By Monday
    it was over.``"""
    m = _match_by(line) if line[-1] == "." and line[-2:-1].isalpha() else None
    if m is None:
        return False
    rest = line[m.start("name") : -1]
    return is_name(rest) or _role_then_name(rest, byline_roles)


def _role_then_name(rest: str, byline_roles: frozenset[str]) -> bool:
    """True for the writer's role in lower case, then their name, after ``By``: ``By environment reporter Tessa
    Marriott``, ``By staff writer Jo Roe`` (not ``By the end of the month …``), and for writers joined by ``and``,
    each named so or by name alone (``By business reporter Ann Lee and political reporter Tom Roe``)."""
    writers = rest.split(" and ", _MAX_JOINED_WRITERS)
    if len(writers) > 1:
        named = [is_name(writer) for writer in writers]
        return not all(named) and all(name or _one_role_then_name(writer, byline_roles) for name, writer in zip(named, writers))
    return _one_role_then_name(rest, byline_roles)


#: The most writers joined by ``and`` after ``By`` that :func:`_role_then_name` reads, less one.
_MAX_JOINED_WRITERS = 2


def _one_role_then_name(rest: str, byline_roles: frozenset[str]) -> bool:
    """True for one writer's role in lower case, then their name (see :func:`_role_then_name`)."""
    words = rest.split()
    for k in range(1, min(len(words), _MAX_ROLE_BEFORE_NAME) + 1):
        if not words[k - 1].isalpha() or not words[k - 1].islower():
            return False
        if words[k - 1] in byline_roles and is_name(" ".join(words[k:])):
            return True
    return False


def _is_doubled_byline(line: str) -> bool:
    """True for a writer's name printed twice around ``by``, as themes print an avatar's label beside
    the byline: ``Harbour Wire by Harbour Wire``, ``Lena Ortiz by Lena Ortiz``; the name opens with a
    capital and ends no sentence (``Bay news agency by Bay news agency`` too)."""
    name, by, again = line.partition(" by ")
    return (
        bool(by) and name == again and name[:1].isupper() and not ends_sentence(name)
        and word_count(name, _MAX_NAME_ROLE_WORDS) <= _MAX_NAME_ROLE_WORDS
    )


def opens_byline(line: str) -> bool:
    """True for a byline's opening alone on its line, the writer's name on the next: ``By``,
    ``Written by``, ``Author:``, ``Author of the article:``."""
    return len(line) <= _MAX_BY_ALONE_CHARS and _may_have_by(line) and _BY_ALONE.fullmatch(line) is not None


def _is_writers_byline(line: str, byline_roles: frozenset[str]) -> bool:
    """True for ``By`` and only capitalised words, however many names they print: writers' names
    joined by ``and``, ``&`` or commas, a particle inside a name, their titles and outlet (``By Ana Ruiz Soto and Tom
    Roe``, ``By Lotte van Rijn``,
    ``Reviewed by Dr. Ana Ruiz, MD``, ``By Ana Ruiz, Tom Roe Harbour Post``); no digits, sentence marks
    or capitalised minor words, which a title beginning with ``By`` may print (``By Land And Sea, …``); a place
    after the writer's name (``By Jane Doe at the Old Bailey``, ``… in Kyiv``) is part of the byline, and so
    is a role of ``byline_roles`` after the outlet's name (``By Harbour Wire writers Jane Doe and Li Ming``)."""
    m = _match_by(line)
    if m is None or any(map(str.isdigit, line)) or _TITLE_MARK.search(line) is not None:
        return False
    words = line[m.start("name") :].replace(",", " ").split()
    # the outlet's writers: ``By Harbour Wire writers Jane Doe``, ``By Harbour Wire reporter Jane Doe``
    roles = [k for k, w in enumerate(words) if w.islower() and w.removesuffix("s") in byline_roles]
    if len(roles) == 1 and 0 < roles[0] < len(words) - 1:
        del words[roles[0]]
    # where the writers are: ``By Jane Doe at the Old Bailey``, ``By Jane Doe in Kyiv and Jon Roe in Lviv``
    words = [w for k, w in enumerate(words) if not (w in PLACE_OPENERS and _MIN_WRITER_WORDS <= k < len(words) - 1)]
    # particles inside a name: ``By Lotte van Rijn and Pieter Hendriks``, ``By Tom Roe and Pieter van der Merwe``
    words = [w for k, w in enumerate(words) if not (w in NAME_PARTICLES and 0 < k and _particles_end_in_name(words, k))]
    return len(words) <= _MAX_BYLINE_WORDS and is_capitalised(words) and _TITLE_CASE_WORDS.isdisjoint(words)


def _particles_end_in_name(words: list[str], k: int) -> bool:
    """The run of particles from ``words[k]`` on ends in a capitalised word: ``van der Merwe``."""
    while k < len(words) and words[k] in NAME_PARTICLES:
        k += 1
    return k < len(words) and words[k][:1].isupper()


def _outlet_then_byline(line: str, chrome: PageChrome) -> bool:
    """True for an outlet's name before a bar and a byline after it: ``WOSR | By Jenna Kowalski``, ``Harbour Post |
    By Jane Doe and Tom Roe`` (a station's or paper's name of a few capitalised words)."""
    outlet, _, byline = line.partition(" | ")
    words = outlet.split()
    return 0 < len(words) <= MAX_AGENCY_WORDS and is_capitalised(words) and _match_by(byline) is not None and chrome.is_byline(byline)


#: A dash and a space opening a line of writers' names.
_DASH_OPENINGS = ("- ", "— ", "– ")


def _is_joined_byline(line: str, chrome: PageChrome) -> bool:
    """True for writers' names joined by ``and``, ``&`` or commas (``Jane Doe and John Roe``), perhaps
    with their outlet or role after a comma (``Jane Doe and John Roe, Harbour Post``, ``…, AP``), beside
    a wire service or each with their institution (:func:`_is_credit_list`) or where they file from
    (``Jane Doe in London and John Roe in Oslo``), or for a writer's name and handle (``Jane Doe @jdoe``), or for an
    outlet's name and a bar before a byline (:func:`_outlet_then_byline`); a dash may open them (``- Jane Doe, Tom Roe
    and Ann Lee``)."""
    if line[:2] in _DASH_OPENINGS:
        line = line[2:]
    if " | " in line and _outlet_then_byline(line, chrome):
        return True
    if " and " in line or " & " in line:
        head, _, tail = line.rpartition(", ")
        outlet = tail.isupper() or chrome.is_site_name(tail) or chrome.is_site_line(tail) or chrome._is_role(_key(tail))
        return (
            _is_name_list(line)
            or (bool(head) and outlet and _is_name_list(head))
            or _is_credit_list(line, chrome)
            or ((" in " in line or " at " in line) and _is_name_list(_WRITER_PLACE.sub("", line)))
        )
    if ", " in line:
        return _is_credit_list(line, chrome)
    name, _, handle = line.rpartition(" @")
    return bool(handle) and " " not in handle and is_name(name)


def _is_credit_list(line: str, chrome: PageChrome) -> bool:
    """True for the writers credited on a byline without ``By``, joined by ``and``, ``&`` or commas, the
    first a writer's name and each other a name, a wire service (``Jane Doe and AAP``), or the role or
    institution of the writer before it (``Jane Doe, University of Leeds, and John Roe, Kyoto
    University``: a name of capitalised words, one of ``institution_words``; ``Jane Doe, Senior Lecturer
    in Law, University of Leeds``: capitalised words, one of ``bio_roles``; ``Jane Doe, The Harbour Herald, and John
    Roe, Harbour Post``: a news site's name, see :meth:`PageChrome.is_site_line`)."""
    parts = _NAME_JOINERS.split(line)
    if len(parts) < 2 or not _is_writer_name(parts[0]):
        return False
    writer = True  # the part before names a writer or their role
    for part in parts[1:]:
        agency = part[:1].isupper() and ((key := _key(part)) in chrome.lines or key in chrome.byline_roles)
        institution = writer and (_is_institution(part, chrome.institution_words) or chrome.is_site_line(part))
        role = writer and _is_credited_role(part, chrome.bio_roles)
        if not (_is_writer_name(part) or agency or institution or role):
            return False
        writer = _is_writer_name(part) or role
    return True


def _is_credited_role(text: str, bio_roles: frozenset[str]) -> bool:
    """True for a writer's role credited after their name: capitalised words joined by minor ones, one of
    ``bio_roles`` (``Senior Lecturer in Law``, ``Professor of History``)."""
    words = text.split()
    return (
        len(words) <= _MAX_INSTITUTION_WORDS
        and text[:1].isupper()
        and all(w[:1].isupper() or w in _ROLE_JOINERS for w in words)
        and any(w.casefold() in bio_roles for w in words)
    )


def _is_institution(text: str, institution_words: frozenset[str]) -> bool:
    """True for the name of a university, institute or hospital: capitalised words joined by minor
    ones, one of ``institution_words`` (``University of Leeds``, ``Kyoto University``)."""
    words = text.split()
    return (
        len(words) <= _MAX_INSTITUTION_WORDS
        and all(w[:1].isupper() or w in _INSTITUTION_JOINERS for w in words)
        and any(w.casefold().strip(_EDGE_PUNCT) in institution_words for w in words)
    )


def _is_short_breadcrumb(line: str, section_names: frozenset[str]) -> bool:
    """True for a breadcrumb of two items: ``News › Health``, ``World > Africa``, ``Premier League ›
    Match report`` (after an arrow, an item in sentence case); between bars or slashes (``News /
    Health``, ``Sport | Rugby``) only when the first is a section name; after ``Home``, or a section's name and an
    arrow, a page's name of up to eight words, capitalized, ending no sentence (``Home » Archive by category 'Vatican
    News'``, ``Weather > First Alert Weather Day``)."""
    items = _CRUMB_SEPARATOR.split(line)
    if len(items) != 2:
        return False
    page = items[1].strip()
    arrowed = "›" in line or "»" in line or " > " in line
    first = _key(items[0])
    if (first == "home" or (arrowed and first in section_names)) and page[:1].isupper() and page[-1:] not in ".!?" and len(
        page.split()
    ) <= _MAX_HOME_CRUMB_WORDS:
        return True  # "Home » Archive by category 'Vatican News'", "Weather > First Alert Weather Day" (not "Home / away kits")
    if arrowed:
        return all(map(_is_crumb, items))
    return all(map(_is_menu_item, items)) and _key(items[0]) in section_names


def _is_open_section_row(words: list[str], unlisted: list[int], *entries: frozenset[str]) -> bool:
    """True for a long row of section names in which one word in three (at the places ``unlisted``) is a section that
    no list of ``entries`` knows: ``LOCAL NEWS BORDER REPORT WEATHER SPORTS VIDEO``."""
    if len(words) < _MIN_OPEN_SECTION_ROW_WORDS or not 0 < len(unlisted) * _UNLISTED_SHARE <= len(words):
        return False
    return _is_glued_buttons([word for k, word in enumerate(words) if k not in unlisted], *entries)


def _is_home_row(words: list[str], unlisted: list[int]) -> bool:
    """True for a menu row of eight words or more opening with its home link, at most a third of them (``unlisted``)
    in no list of sections: ``Home Bangladesh Business Economy Garments Stock World Sports Opinion``."""
    return words[0] == "home" and len(words) >= _MIN_HOME_ROW_WORDS and 3 * len(unlisted) <= len(words)


def _is_numbered_chrome(key: str, chrome_lines: frozenset[str]) -> bool:
    """True for a chrome line numbered as a page numbers its slots: ``Advertisement 2``."""
    m = _SLOT_NUMBER.fullmatch(key)
    return m is not None and m["word"] in chrome_lines


def _is_page_crumb(key: str, section_names: frozenset[str]) -> bool:
    """True for a paged list's breadcrumb: section names, then ``Page`` and its number (``Home Blog
    Page 3245``, ``News Page 2``)."""
    words = key.split()
    return (
        len(words) >= _MIN_PAGE_CRUMB_WORDS
        and words[-2] == "page"
        and words[-1].isdigit()
        and all(w in section_names for w in words[:-2])
    )


def is_crumb_trail(line: str) -> bool:
    """True for a trail of three items or more between arrows, bars or spaced slashes, each of a few
    capitalised words: ``Home / Council / Budget 2027``, ``News › World › Asia``."""
    items = [item.strip() for item in _CRUMB_SEPARATOR.split(line)]
    return (
        len(items) >= _MIN_TRAIL_ITEMS
        and all(item[:1].isupper() and item.count(" ") <= _MAX_CRUMB_WORDS for item in items)
        and not _ends_sentence(line)
    )


def _is_slash_trail(line: str, sections: frozenset[str], lines: frozenset[str]) -> bool:
    """True for a breadcrumb trail (:func:`is_crumb_trail`) between spaced slashes that opens with a
    section name or chrome line (``sections``, ``lines``): ``Home / Council / Budget 2027``; of two items too, after a
    section name, the second of a few capitalised words (``Retail / Department stores``; not a wire service and its
    place, ``AP / Coast Daily``)."""
    first, _, rest = line.partition(" / ")
    if rest and " / " not in rest and _key(first) in sections:
        return rest[:1].isupper() and rest.count(" ") <= _MAX_CRUMB_WORDS and not any(map(str.isdigit, rest)) and not _ends_sentence(line)
    key = _key(_CRUMB_SEPARATOR.split(line, maxsplit=1)[0])
    return is_crumb_trail(line) and (key in sections or key in lines)


def _is_crumb(item: str) -> bool:
    """True for an item of a breadcrumb or menu: a menu item, or one or two words without digits in
    sentence case (``Match report``, ``More sports``)."""
    return _is_menu_item(item) or (
        item[:1].isupper() and item.count(" ") < _MAX_CRUMB_WORDS and not any(map(str.isdigit, item))
    )


def _is_wire_slug(line: str) -> bool:
    """True for the slug codes closing wire copy: ``dpa ab/cd yyzz a3 xyz``, ``afp-ab/cd``."""
    return "/" in line and len(line) <= _MAX_SLUG_CHARS and _WIRE_SLUG.fullmatch(line) is not None


def _is_name_and_role(line: str, byline_roles: frozenset[str], beats: frozenset[str]) -> bool:
    """True for a writer's name and role without a separator, the role's last word in lower case
    (``Jane Doe Transport reporter``, ``Jane Doe Staff writer``, in sentence case: ``Jane Doe Local government
    correspondent``) or capitalised after one or two beats or ranks (``Jane Doe Legal Affairs Correspondent``;
    ``Daily Hires New Editor`` is a title)."""
    role = line[line.rfind(" ") + 1 :]
    words = line.split()
    sentence_case = False
    if role in byline_roles:
        sentence_case = len(words) > _MIN_NAME_ROLE_WORDS and words[2][:1].isupper() and all(w.islower() for w in words[3:-1])
    else:
        capitalised_role = role[:1].isupper() and role.casefold() in byline_roles
        if not capitalised_role or not any(
            all(w.casefold() in beats for w in words[k:-1]) for k in range(len(words) - 3, len(words) - 1)
        ):
            return False
    return (
        _MIN_NAME_ROLE_WORDS <= len(words) <= _MAX_NAME_ROLE_WORDS
        and (sentence_case or all(w[:1].isupper() for w in words[:-1]))
        and is_name(" ".join(words[:2]))
    )


def _is_donation(line: str) -> bool:
    """True for a short prompt to donate (``Donate to the Valley Sentinel today.``), alone or closing a
    prompt after a chrome line (``Support local news. Donate now.``)."""
    if "onat" not in line and "gift" not in line and not any(w in line.casefold() for w in ("chip in", "become a")):
        return False  # the cheap, common case
    sentences = _SENTENCE_BREAK.split(line)
    return (
        word_count(line, _MAX_DONATION_WORDS) <= _MAX_DONATION_WORDS
        and _DONATION.fullmatch(sentences[-1]) is not None
        and all(_key(s) in _CHROME_WORDS or _key(s).startswith(_SUPPORT_OPENING) for s in sentences[:-1])
    )


def _is_sign_up_pitch(line: str) -> bool:
    """True for a newsletter's pitch closing with its sign-up form: ``Every Monday, the week's court
    news in one email. Enter your email address``."""
    *pitch, form = _SENTENCE_BREAK.split(line)
    key = _key(form)
    return (
        bool(pitch)
        and key.startswith("enter ")
        and _SIGN_UP_FORM.fullmatch(key) is not None
        and word_count(line, _MAX_PROMPT_WORDS) <= _MAX_PROMPT_WORDS
    )


#: A note that the site's content is for members or subscribers only, then a call to join or subscribe as the next
#: sentence: ``content is only available to members. Join …``.
_MEMBERS_ONLY = lazy_compile(
    r"\b(?i:content|articles|stories) (?:is|are) (?:only )?available (?:only )?to (?:paying )?(?:members|subscribers)"
    r"(?: only)?\. (?:Join|Subscribe|Become a (?:member|subscriber)|Sign up)\b"
)


def _is_subscription_offer(line: str, key: str) -> bool:
    """True for a short subscription offer: ``Read 30 days of premium articles for free``, ``Get
    unlimited digital access for $1 a week``, ``Start your free trial today``, ``Register at no cost to
    receive our newsletters``, ``Subscribe: Get unlimited access for just 99 cents``, a price after an offer's label
    (``Special offer: 99 cents for your first month``), or a subscriber's gift of
    articles (``Gift 5 articles to anyone you choose each month when you subscribe.``)."""
    if "gift" in key and _GIFT_OFFER.match(key) is not None:
        return word_count(line, _MAX_OFFER_WORDS) <= _MAX_OFFER_WORDS
    if key.startswith(_PRICED_OFFER_LABELS):  # "Special offer: 99 cents for your first month"
        return word_count(line, _MAX_PRICED_OFFER_WORDS) <= _MAX_PRICED_OFFER_WORDS and _OFFER_TERMS.search(line) is not None
    key = key.removeprefix(_OFFER_LABEL)  # "Subscribe: Get unlimited access for just 99 cents"
    return (
        key.split(" ", 1)[0] in _OFFER_VERBS
        and word_count(line, _MAX_OFFER_WORDS) <= _MAX_OFFER_WORDS
        and _OFFER_TERMS.search(line) is not None
        and _OFFER_PRODUCT.search(line) is not None
    )


def _is_appeal(line: str) -> bool:
    """True for a short appeal to readers to back the newsroom: ``If you value this reporting, become
    a member for $5 a month.``, ``You're a loyal reader. Join the Harbour Club to support our journalism.``,
    or its lead, a claim for journalism itself (``In a time of misinformation, quality journalism is more
    crucial than ever.``) that quotes and reports no one."""
    if ("ournalism" in line or "eporting" in line) and _JOURNALISM_CLAIM.search(line) is not None:
        folded = line.casefold()
        return not any(mark in line for mark in _QUOTE_MARKS) and not any(verb in folded for verb in _REPORTING)
    return (
        ("ecome" in line or "oin" in line or "upport" in line)
        and _APPEAL.search(line) is not None
        and _APPEAL_SUBJECT.search(line) is not None
    )


def is_remaining_pointer(line: str) -> bool:
    """True for a feed's pointer to the rest of a story it prints the first paragraphs of: ``Read 6 remaining
    paragraphs | Comments``, ``Read 12 more paragraphs``.  The story runs on elsewhere: a title under it opens
    the feed's next story."""
    return _REMAINING_PARAGRAPHS.fullmatch(_key(line)) is not None


#: The arrows a link's prompt closes with (``Follow our live blog →``).
_LINK_ARROWS = ("→", "›", "»", "▶", "►")


def _is_closing_prompt(line: str, key: str) -> bool:
    """True for a closing promotion of the site (``For the latest news, head to Valley 9 Online.``), an
    appeal printed as a heading (``Support Harbour Post's journalism``), a prompt that
    closes with a web address or a link's arrow (``Follow our coverage of the storm at https://…``, ``Follow our live
    blog →``) or a link's prompt
    (``To see the full results, click here.``) or a feed's pointer to the rest of a story
    (:func:`is_remaining_pointer`), or a prompt to share the page (``Help keep family & friends informed by sharing
    this article``)."""
    return (
        (key.startswith("for ") and _SITE_PROMO.match(line) is not None)
        or (key.startswith("support ") and _is_appeal(line))
        or (key.startswith(_LINK_PROMPT_VERBS) and (is_web_address(line.rsplit(" ", 1)[-1]) or line.endswith(_LINK_ARROWS)))
        or (key.endswith(("here", "here.", "here!", " do so")) and _HERE_LINK.fullmatch(line) is not None)
        or ("paragraph" in key and is_remaining_pointer(key))
        or (key.startswith(_SHARE_PROMPT_OPENINGS) and key.endswith(_SHARE_PROMPT_ENDS) and word_count(line, _MAX_SHARE_PROMPT_WORDS + 1) <= _MAX_SHARE_PROMPT_WORDS)
    )


#: How a prompt to share the page opens, an imperative (``Help keep …``, ``Please …``), and how it ends (``Help keep
#: family & friends informed by sharing this article``, ``Know someone who would like this? Share this story``).
_SHARE_PROMPT_OPENINGS = ("help ", "keep ", "please ", "kindly ", "share ", "tell ", "let ", "know ")
_SHARE_PROMPT_ENDS = ("sharing this article", "share this article", "sharing this story", "share this story")
#: Such a prompt has at most this many words.
_MAX_SHARE_PROMPT_WORDS = 12


def _is_funding_appeal(line: str, chrome: PageChrome) -> bool:
    """True for a short appeal: how the outlet is funded (``chrome.funding_words``), perhaps another
    sentence, then a donation prompt or a chrome line (``The Valley Post is reader-supported. Donate
    today.``, ``Harbour Radio is a nonprofit newsroom. Support local news.``), or what journalism it
    publishes or what the outlet says of itself, then a donation prompt (``Tidewater Review publishes
    independent reporting on the coast. Want to help? Donate here.``, ``We've covered the war since day
    one. Become a member.``)."""
    sentences = _SENTENCE_BREAK.split(line)
    if not 1 < len(sentences) <= _MAX_APPEAL_SENTENCES or word_count(line, _MAX_APPEAL_WORDS) > _MAX_APPEAL_WORDS:
        return False
    statement, prompt = sentences[0], sentences[-1]
    key = _key(prompt)
    donation = _DONATION.fullmatch(prompt) is not None
    if not (donation or key in chrome.lines or chrome.prefixes.opens(key)):
        return False
    funded = " is " in statement and any(_key(w) in chrome.funding_words for w in statement.split())
    voiced = _APPEAL_SUBJECT.search(statement) is not None or _OUTLET_VOICE.match(statement) is not None
    return funded or (donation and voiced)


def _is_imprint(line: str) -> bool:
    """True for a legal imprint closing a page: who authorises it, a short sentence
    (``Authorised by the branch secretary, Fremantle.``), perhaps after who publishes it (``The Quay Voice
    is published by its members.``); ``Authorised by the council, the new bins arrive in May and will be
    emptied weekly.`` is text."""
    if "by " not in line:
        return False  # the cheap, common case
    sentences = _IMPRINT_BREAK.split(line)
    imprints = [
        _IMPRINT.match(s) is not None and word_count(s, _MAX_IMPRINT_WORDS + 1) <= _MAX_IMPRINT_WORDS for s in sentences
    ]
    return any(imprints) and all(
        imprint or _IMPRINT_STATEMENT.match(s) is not None for imprint, s in zip(imprints, sentences)
    )


def _is_prompt(line: str, chrome: PageChrome) -> bool:
    """True for a prompt of a few sentences, one a chrome line or opening like one and the others
    short questions or, in a short prompt, shorter statements: ``Want more local news? Sign up for
    our morning newsletter.``, ``Support local journalism. Subscribe now.``; or offers of a channel,
    data notices and disclaimers (``Quotes delayed 15 minutes. Not investment advice.``)."""
    sentences = _SENTENCE_BREAK.split(line)
    if len(sentences) < 2 or word_count(line, _MAX_PROMPT_WORDS) > _MAX_PROMPT_WORDS:
        return False
    prompts = [(key := _key(s)) in chrome.lines or chrome.prefixes.opens(key) for s in sentences]
    short = word_count(line, _MAX_SHORT_PROMPT_WORDS) <= _MAX_SHORT_PROMPT_WORDS
    return any(prompts) and all(
        prompt or _is_prompt_lead(s, short) or _is_channel_offer(s, chrome) or _is_notice(s, chrome)
        for prompt, s in zip(prompts, sentences)
    )


def _is_long_prompt(line: str, words: int, chrome: PageChrome) -> bool:
    """True for a prompt or a funding appeal of a few sentences, longer than a meta line but no more than
    :data:`_MAX_PROMPT_WORDS` words (``words``)."""
    return words <= _MAX_PROMPT_WORDS and _ends_sentence(line) and (_is_prompt(line, chrome) or _is_funding_appeal(line, chrome))


def _is_notice(sentence: str, chrome: PageChrome) -> bool:
    """True for a notice in a closing note: a market page's data notice or a site's disclaimer."""
    return is_data_notice(sentence) or _is_disclaimer(sentence, chrome.disclaimer_phrases)


def _is_follow_prompt(line: str, key: str, chrome: PageChrome) -> bool:
    """True for a prompt to follow or write to the outlet, of a few sentences, each opening like one
    (``follow_openings``) and naming a channel or a handle or address: ``Follow the Harbour Post on
    Instagram @HarbourPost. Send us a message on WhatsApp or email us at news@harbourpost.com.``"""
    if not key.startswith(chrome.follow_openings):
        return False
    sentences = _SENTENCE_BREAK.split(line)
    return len(sentences) <= _MAX_APPEAL_SENTENCES and all(
        _key(s).startswith(chrome.follow_openings)
        and ("@" in s or not chrome.prompt_channels.isdisjoint(w.strip(_EDGE_PUNCT) for w in _key(s).split()))
        and word_count(s, _MAX_PROMPT_WORDS) <= _MAX_PROMPT_WORDS
        and not any(verb in s for verb in _REPORTING)
        for s in sentences
    )


def _is_channel_offer(sentence: str, chrome: PageChrome) -> bool:
    """True for a sentence of a prompt that offers a channel, perhaps opening ``You can``: ``You can get
    the latest news sent straight to your inbox.``, ``Follow us on WhatsApp.``"""
    if sentence[: len(_OFFER_OPENING)].casefold() == _OFFER_OPENING:
        sentence = sentence[len(_OFFER_OPENING) :]
    return _is_channel_prompt(sentence, _key(sentence), chrome.prompt_channels)


def is_video_duration(line: str) -> bool:
    """True for a video player's mark of a clip's length: ``VIDEO 2:31``, ``Video duration: 04:02``."""
    key = _key(line)
    return key[-1:].isdigit() and _VIDEO_DURATION.fullmatch(key) is not None


def _without_role(name: str, roles: frozenset[str]) -> str:
    """A bio's ``name`` without the writer's role printed before it (``Reporter Jane Doe`` names ``Jane Doe``;
    ``roles``: the byline's roles)."""
    role, _, rest = name.partition(" ")
    return rest if rest and role.casefold() in roles else name


def _bio_text(line: str) -> str:
    """An author's bio line without its brackets (an author's note: ``(Jane Doe is a Leeds-based journalist.)``)
    and a prompt to follow or write to the writer after it (``… covering the Jaguars. Follow Jane on Twitter @jdoe``,
    ``… Contact her at jdoe@example.org.``)."""
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    if ". " in line and (prompt := _WRITER_PROMPT.search(line)) is not None:
        line = line[: prompt.start()]
    return line


def is_box_blurb(heading: str, line: str, box_headings: tuple[str, ...]) -> bool:
    """True for the short blurb printed right under a box's chrome ``heading`` (one of ``box_headings``):
    a newsletter's pitch (``The week's best stories, every Friday.``; longer when it ends in no full stop) or a sponsor's slogan
    (``Harbour Credit Union — banking for the coast.``); a line that quotes or reports someone is text."""
    return (
        _key(heading).startswith(box_headings)
        and not _ends_sentence(heading)
        and word_count(line, _MAX_OPEN_BLURB_WORDS + 1) <= _blurb_words(line)
        and not any(mark in line for mark in _QUOTE_MARKS)
        and not any(verb in line.casefold() for verb in _REPORTING)
    )


def _blurb_words(line: str) -> int:
    """The most words of a box's blurb: a pitch that ends no sentence or speaks of the newsletter or to the reader
    (:data:`_PITCH_WORDS`) runs longer than another sentence."""
    return _MAX_OPEN_BLURB_WORDS if not _ends_sentence(line) or _PITCH_WORDS.search(line) else _MAX_BLURB_WORDS


def _is_disclaimer(line: str, disclaimer_phrases: frozenset[str]) -> bool:
    """True for a site's disclaimer closing a page, by what it says (``disclaimer_phrases``): ``This
    article is for information only and does not constitute investment advice.``; a sentence that
    quotes or reports someone is text (``The bank said the note does not constitute an offer.``)."""
    folded = line.casefold()
    return (
        not any(map(line.__contains__, _QUOTE_MARKS))
        and not any(map(folded.__contains__, _REPORTING))
        and _holds_phrase(folded, disclaimer_phrases)  # the costliest check last
    )


#: Each list of phrases indexed by :func:`_index_phrases`, on its first use by :func:`_holds_phrase`.
_PHRASE_INDEXES: dict[frozenset[str], tuple[dict[str, tuple[str, ...]], tuple[str, ...]]] = {}


def _holds_phrase(text: str, phrases: frozenset[str]) -> bool:
    """True when one of ``phrases`` is in ``text``.  A phrase's inner word (one between two of its spaces) is a
    word between spaces of ``text`` too, so only the phrases indexed by a word of ``text`` are looked for, and
    those too short to have an inner word: looking for each of many phrases in a long line costs more."""
    index = _PHRASE_INDEXES.get(phrases)
    if index is None:
        index = _PHRASE_INDEXES[phrases] = _index_phrases(phrases)
    by_word, unindexed = index
    return any(map(text.__contains__, unindexed)) or any(
        any(map(text.__contains__, by_word[word])) for word in set(text.split(" ")).intersection(by_word)
    )


def _index_phrases(phrases: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """``phrases`` by their longest inner word (:func:`_holds_phrase`), and those of two words or fewer, which have none."""
    by_word: dict[str, list[str]] = {}
    unindexed: list[str] = []
    for phrase in phrases:
        inner = phrase.split(" ")[1:-1]
        if inner:
            by_word.setdefault(max(inner, key=len), []).append(phrase)
        else:
            unindexed.append(phrase)
    return {word: tuple(found) for word, found in by_word.items()}, tuple(unindexed)


def _is_site_notice(line: str) -> bool:
    """True for a newsletter form's privacy notice, a cookie notice, an embedded post's notice that the reader's
    privacy settings block it, an embedded post's copy (its photo's link) or credit line, a mailing's unsubscribe link,
    a site's acknowledgement of country or a note that its content is for members, with a call to join (``Most Harbour
    Journal content is only available to members. Join the society to get full access …``), on a line of any length."""
    return (
        ("available to" in line and _MEMBERS_ONLY.search(line) is not None)
        or ("rivacy" in line and (_NEWSLETTER_NOTICE.search(line) is not None or _HANDLED_UNDER_PRIVACY.match(line) is not None))
        or (("rivacy" in line or "onsent" in line or "ookie" in line) and _is_embed_notice(line))
        or ("pic.twitter.com/" in line and _closes_with_post_link(line))
        or ("(@" in line and _EMBED_CREDIT.fullmatch(line) is not None)
        or ("ookie" in line and _COOKIE_NOTICE.search(line) is not None)
        or ("nsubscribe" in line and _UNSUBSCRIBE_LINK.search(line) is not None)
        or ("cknowledge" in line and _COUNTRY_ACKNOWLEDGEMENT.search(line) is not None)
    )


def _closes_with_post_link(line: str) -> bool:
    """True for an embedded social post's copy printed on one line with its photo's link closing it (``Our new
    timetable starts on Monday https://t.co/AbC pic.twitter.com/XyZ``); the link alone on a line closes a post read
    line by line with its account and handle (:mod:`newsparse.page.draft`)."""
    copy, _, link = line.rstrip().rpartition(" ")
    return bool(copy) and link.startswith("pic.twitter.com/")


def _is_embed_notice(line: str) -> bool:
    """True for what an embedded post or player prints where the reader's privacy settings or consent block it:
    addressed to the reader, it names the content to view or load and what blocks it, privacy or cookie settings or
    consent (``To view this content, you'll need to update your privacy settings.``); not a sentence of the story
    about privacy (``You can view the video in the privacy of your own home.``)."""
    return (
        _EMBED_BLOCKER.search(line) is not None
        and _EMBED_NOTICE.search(line) is not None
        and _EMBED_NOTICE_ADDRESSED.search(line) is not None
    )


def _is_outlet_promotion(line: str, chrome: PageChrome) -> bool:
    """True for what the outlet prints about itself (:mod:`newsparse.page.promotions`): a newsletter's pitch with
    its sign-up call, a priced offer, a pointer to its other stories, its address and telephone, where to send a
    question, a call to get its app."""
    if not may_promote(line):
        return False  # the common case: no clue of any promotion
    return (
        is_sign_up_pitch(line, chrome.sign_up_buttons, chrome.sign_up_calls)
        or is_priced_offer(line)
        or is_story_pointer(line)
        or is_contact_line(line)
        or is_query_prompt(line)
        or is_app_pitch(line)
    )


def _is_closing_note(line: str, chrome: PageChrome) -> bool:
    """True for a short line that ends a sentence and closes a page as none of its text: a prompt, a
    donation prompt, an appeal, a site's disclaimer or a legal imprint."""
    return (
        _is_prompt(line, chrome)
        or _is_donation(line)
        or _is_appeal(line)
        or _is_funding_appeal(line, chrome)
        or _is_disclaimer(line, chrome.disclaimer_phrases)
        or _is_imprint(line)
        or _is_pointer(line, chrome)
    )


def _is_print_note(line: str) -> bool:
    """True for a note on the article's print copy: where it appeared (``This feature appears in the June
    2026 issue of …``, ``Appeared in the May 2, 2026, print edition as 'Harbour Fares Rise'.``) or the
    outlet and day it was printed (``Published in The Harbour Times, March 16th, 2025.``)."""
    if "dition" in line or "issue" in line:
        return _ISSUE_NOTE.match(line) is not None
    if (m := _PRINTED_IN.match(line)) is None or (found := find_date(day := line[m.end() :])) is None:
        return False
    return found.start == 0 and not day[found.end :].strip(_EDGE_PUNCT)


def _is_pointer(line: str, chrome: PageChrome) -> bool:
    """True for a reprint's closing note that points to the full text elsewhere: a short credit, then a
    pointer among the chrome lines (``Harbour Police Public Release. View in full here.``)."""
    *note, last = _SENTENCE_BREAK.split(line)
    key = _key(last)
    return (
        bool(note)
        and key.startswith(_FULL_TEXT_POINTERS)
        and key in chrome.lines
        and word_count(line, _MAX_POINTER_WORDS) <= _MAX_POINTER_WORDS
    )


#: A street address: a number, a street's name and its kind (``1625 K Street``, ``2400 Olentangy River Rd.``).
_STREET_ADDRESS = lazy_compile(
    r"\b\d{1,5} (?:[A-Z][\w.'’-]*\s){1,4}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Way|Place"
    r"|Parkway|Square|Plaza)(?=[\s,.]|\Z)"
)
#: A British postcode closing a line: ``London E14 5AP``, ``Leeds LS1 4BR``.
_POSTCODE_END = lazy_compile(r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\Z")
#: A British address on one line prints at least this many commas between its parts.
_MIN_ADDRESS_COMMAS = 2
#: A US state's letters and a ZIP code closing a line.
_ZIP_END = lazy_compile(r"\b[A-Z]{2},? \d{5}(?:-\d{4})?\Z")


def _is_postal_address(line: str) -> bool:
    """True for a postal address on its own line, perhaps after the site's name, closing with a state and ZIP code:
    ``The Hillside 1625 K Street, NW Suite 900 Washington DC 20006``, ``2400 Olentangy River Rd., Columbus, OH 43210``."""
    return _ZIP_END.search(line) is not None and _STREET_ADDRESS.search(line) is not None


def _is_uk_address(line: str) -> bool:
    """True for a British postal address on its own line, its parts between commas, closing with a postcode: ``Evening
    Post, Harbour Media Ltd, One Canada Square, London E14 5AP``."""
    return line.count(",") >= _MIN_ADDRESS_COMMAS and _POSTCODE_END.search(line) is not None


def _is_widget(line: str, key: str) -> bool:
    """True for a widget's line: a shopping widget's price or offer (``$249 at Amazon``), a button
    (``Load more updates``, ``Show 3 more comments``, ``Open side navigation menu``, ``Add to myFT``), a link to the site's home page (``Go to the Herald
    homepage``, ``Back to home page``, ``Herald Homepage``), a list widget's marker read aloud to screen readers (``list of 3
    items``, ``list 2 of 3``, ``end of list``), a video player's mark of a clip's length (``VIDEO 2:31``)
    or a market page's data notice (``Market data
    provided by …``, :func:`~newsparse.page.notices.is_data_notice`), a logo's alt text (``The Verge logo.``), or the
    heading of a box of the site's picks (``TheStreet Recommends``, ``Editors Recommend``)."""
    return (
        _PRICE_OFFER.fullmatch(line) is not None
        or (key.endswith(("recommends", "recommend")) and _PICKS_HEADING.fullmatch(line) is not None)
        or (key.rstrip(".").endswith("logo") and _LOGO.fullmatch(line) is not None)
        or (key[:5] in ("list ", "end o") and _LIST_MARKER.fullmatch(key) is not None)
        or (key[-1:].isdigit() and _VIDEO_DURATION.fullmatch(key) is not None)
        or (key[:1] in _BUTTON_INITIALS and _BUTTON.fullmatch(key) is not None)
        or (key.endswith("page") and (_HOME_LINK.fullmatch(key) or _SITE_HOME_LINK.fullmatch(line)) is not None)
        or is_data_notice(line)
    )


def _writer_with_wires(line: str, chrome: PageChrome) -> bool:
    """True for a writer's name, or what the byline calls its writer, and the wire services the story draws on:
    ``Jane Doe with Reuters, dpa``, ``Staff reporter with agencies``."""
    name, joined, wires = line.partition(" with ")
    writer = is_name(name) or chrome._is_role(_key(name))
    return bool(joined) and writer and _is_wire_credit(_WIRE_CREDIT_OPENING + _key(wires), chrome)


def _is_wire_credit(key: str, chrome: PageChrome) -> bool:
    """True for the wire services' credit closing an article: ``with aap``, ``with reuters and ap``
    (each a chrome line or a byline's role, ``the associated press``)."""
    if not key.startswith(_WIRE_CREDIT_OPENING):
        return False
    agencies = _NAME_JOINERS.split(key[len(_WIRE_CREDIT_OPENING) :])
    return all((a := agency.strip(_EDGE_PUNCT)) in chrome.lines or a in chrome.byline_roles for agency in agencies)


def _is_outlet_wire_credit(key: str, chrome: PageChrome) -> bool:
    """True for an outlet's credit to the wire services it used (``key`` of a line in brackets): ``(FRANCE 24 with
    AFP)``, ``(Harbour Post with Reuters and AP)``."""
    outlet, joined, agencies = key.partition(" with ")
    return bool(joined) and 0 < outlet.count(" ") + 1 <= _MAX_CREDITING_OUTLET_WORDS and _is_wire_credit(_WIRE_CREDIT_OPENING + agencies, chrome)


def _is_reporting_credit(line: str, key: str) -> bool:
    """True for a credit to other reporters closing wire copy (``key`` is the line's key): ``with assistance from``
    and their names (``—With assistance from Jiyeon Lee and Sam Roe.``; not ``With assistance from the ministry, …``).
    A sentence naming who ``contributed to this report`` is the article's last paragraph, as the outlet prints it."""
    if not key.startswith(_ASSISTANCE_OPENING):
        return False
    names = _NAME_JOINERS.split(key[len(_ASSISTANCE_OPENING) :].rstrip("."))
    return all(is_name(name.title()) and name.count(" ") < _MAX_JOINED_NAME_WORDS for name in names)


def _is_wire_note(line: str) -> bool:
    """True for a wire story's update note: closing its line in brackets (``… (Adds details, byline)``), or on
    a line of its own in capitals (``RECASTS LEDE, ADDS BYLINE``); or its staff credits in brackets (``(Writing by
    Jane Doe; Editing by John Roe)``)."""
    return (line.endswith(")") and (_WIRE_UPDATE_NOTE.search(line[-_WIRE_NOTE_CHARS:]) is not None or (_WIRE_CREDITS.match(line) is not None and not line.endswith(".)")))) or (
        line.isupper() and _WIRE_NOTE_LINE.match(line) is not None
    )


def _is_sources_heading(key: str) -> bool:
    """True for a section heading labelled ``Sources:`` whose rest opens with a question word
    (``sources: how the deal fell apart``); a credit names its sources (``source: company filings``)."""
    rest = key.partition(":")[2].split(maxsplit=1)
    return bool(rest) and rest[0] in _QUESTION_WORDS


def _title_or_glued_kind(
    chrome: PageChrome, line: str, found: DateMatch | None, latin_page: Callable[[], bool]
) -> tuple[LineKind, DateMatch | None] | None:
    """What a dated line that is no plain byline is: a page's <title> with the site and the date
    (``Council backs ferry plan – Harbour Times – 06/27/2025``) is text; a byline glued to its date
    (``Associated PressMar 4, 2021, 9:15 AM EST``), read with a space before the month, a byline or date
    line, else text (so is a date's label glued to a day, ``Published4 October 2024``, and a writer's name of two
    to four capitalised words glued to a day-first date closing the line, ``Staff Writer14 January 2025``); a masthead's founding
    date (``Spokane, Washington  Est. May 19, 1883``) is chrome.  None for any other line (``found`` is the date
    the line prints)."""
    if found is not None and _FOUNDED.search(line, 0, found.start) is not None:
        return LineKind.CHROME, None
    if found is not None:
        return (LineKind.TEXT, None) if _is_dated_title_line(line, found) or _dates_a_span(line, found) else None
    spaced = _GLUED_MONTH.sub(" ", line)
    if spaced == line and (name := _GLUED_NAME_DATE.match(line)) is not None:
        spaced = f"{line[: name.end()]} {line[name.end() :]}"  # Staff Writer14 January 2025
    if spaced == line:
        return None
    kind, found = chrome.classify(spaced, latin_page)  # spaced, the line has no glued month left
    return (kind, found) if kind in (LineKind.BYLINE, LineKind.DATE) else (LineKind.TEXT, None)


def _dates_a_span(line: str, found: DateMatch) -> bool:
    """True for a dated line that is a heading or a lead-in, no byline: its date follows a preposition of a span of
    time (``Full increases from Thursday 1 April 2021``, ``Changes since 3 March``: table :data:`_SPAN_PREPOSITIONS`),
    or it ends in a colon, introducing what follows (``Rates for 1 April 2021:``)."""
    if line.rstrip().endswith(":"):
        return True
    before = [w.strip(",").lower() for w in line[: found.start].split()]
    while before and before[-1] in WEEKDAYS:
        before.pop()  # "from Thursday 1 April"
    return bool(before) and before[-1] in _SPAN_PREPOSITIONS


#: Prepositions that make the date after them the edge of a span of time, no byline's date (``from 1 April``).
_SPAN_PREPOSITIONS = frozenset({"from", "since", "until", "till", "through", "between"})


def _is_dated_title_line(line: str, found: DateMatch) -> bool:
    """True for a page's <title> printed as a line: a headline of a few words or more, one of them in lower
    case (a byline's name has none), the site's name of a few capitalised words, then the date closing the
    line, between spaced dashes or bars: ``Council backs ferry plan – Harbour Times – 06/27/2025``."""
    if found.end != len(line) or found.start < _MIN_DATED_TITLE_CHARS:
        return False
    parts = [p.strip() for p in _SEGMENTS.split(line[: found.start])]
    if len(parts) != 3 or parts[2]:
        return False  # the headline, the site, and nothing between the last separator and the date
    headline, site = parts[0].split(), parts[1].split()
    if _match_by(parts[0]) is not None or _is_name_list(parts[0]):
        return False  # a byline: ``By Jane Doe and John Roe – Harbour Times – date``
    return (
        len(headline) >= _MIN_DATED_TITLE_WORDS
        and any(w[:1].islower() for w in headline[1:])
        and 0 < len(site) <= _MAX_DATED_TITLE_SITE_WORDS
        and is_capitalised(site)
    )


def _without_dates(line: str, found: DateMatch) -> str:
    """``line`` with its dates replaced by separators: ``Published 6:42 p.m. March 14, 2024 | Updated
    8:15 p.m. March 14, 2024`` leaves the labels ``Published | | Updated |``."""
    parts: list[str] = []
    rest = line
    date: DateMatch | None = found
    while date is not None and len(parts) < _MAX_DATES_A_LINE:
        parts.append(rest[: date.start])
        rest = rest[date.end :]
        date = find_date(rest)
    return " | ".join([*parts, rest])


def _first_published(line: str, found: DateMatch) -> DateMatch:
    """The date a line says the article was first published, where it prints the update first:
    ``Updated December 2 2026 - 7:30am, first published December 1 2026 - 5:00pm``; else ``found``."""
    if _key(line[: found.start]) not in _UPDATE_LABELS:
        return found
    rest = line[found.end :]
    later = find_date(rest)
    if later is None:
        return found
    label = _key(rest[: later.start])
    if label in _UPDATE_LABELS or not label.endswith(("published", "posted")):
        return found
    return DateMatch(found.end + later.start, found.end + later.end, later.match)


def _is_inline_list(key: str, list_headings: frozenset[str]) -> bool:
    """True for a list heading and its items on one line: ``read more about: ferries | harbour
    board``, ``you might also like: …`` (``key`` is the line as the word lists spell it)."""
    heading, _, items = key.partition(":")
    return bool(items.strip()) and heading.strip() in list_headings


def _is_taglined_row(items: list[str], pieces: list[bool]) -> bool:
    """True for a site's tagline before four menu items or more between bars (``News for the valley |
    Towns | Farming | Schools | Sport``): ``pieces`` says which ``items`` are menu items or chrome."""
    return len(items) > _MIN_TAGLINED_MENU_ITEMS and all(pieces[1:]) and not _ends_sentence(items[0])


def _is_only_labels(key: str, date_labels: frozenset[str]) -> bool:
    """True for date labels with their dates lost, or with only a clock or relative time, perhaps beside a reading
    time: ``Posted: 12:55 PM ET``, ``Posted Updated`` (one-word labels side by side), ``Posted , updated``, ``Updated 3
    hours ago · 6 min read``."""
    bare = _CLOCK_TIME.sub("", key)
    timed = bare != key  # a reading time goes with a time only: ``Updated · 4 min read`` is a byline
    parts = [p for p in map(str.strip, _TIME_PARTS.split(bare)) if p and not (timed and _READING_TIME.fullmatch(p))]
    return bool(parts) and (all(p in date_labels for p in parts) or all(w in date_labels for p in parts for w in p.split()))


def contact_name(line: str, contact_openings: frozenset[str]) -> str | None:
    """The person a contact line closing an article names, opening with one of ``contact_openings``
    and printing an e-mail address or a phone number: ``Reach Jane Doe at jdoe@example.org or
    406-555-0142.``, ``Email Jane Doe: jdoe@example.org``; None for any other line."""
    folded = line[:_PREFIX_CHARS].casefold()
    opening = max((o for o in contact_openings if folded.startswith(o + " ")), key=len, default=None)
    if opening is None or word_count(line, _MAX_CONTACT_WORDS) > _MAX_CONTACT_WORDS:
        return None
    m = _CONTACT.fullmatch(line, len(opening) + 1)
    if m is None or (_EMAIL.search(m["details"]) is None and _PHONE.search(m["details"]) is None):
        return None
    return m["name"]


def is_sign_up(line: str, chrome: PageChrome) -> bool:
    """True for a newsletter's sign-up form or the call over it: ``Enter your email``, ``Email address:``,
    ``Sign Up``, ``Sign up for the Harbour Brief newsletter.`` (vocabularies ``sign_up_buttons`` and ``sign_up_calls``)."""
    key = _key(line)
    return _SIGN_UP_FORM.fullmatch(key) is not None or key in chrome.sign_up_buttons or key.startswith(chrome.sign_up_calls)


def opens_with_prompt(line: str) -> bool:
    """True for a line opening with a prompt's verb: ``Join Harbour Rowers``, ``Follow Harbour Wire``."""
    return _IMPERATIVE.match(line) is not None


def _without_times(line: str) -> str:
    """``line`` without its clock and relative times: ``6 hours ago | By Jane Doe`` leaves ``By Jane Doe``."""
    return _CLOCK_TIME.sub(" ", line).strip(_EDGE_PUNCT)


#: A label before a live entry's clock time: ``Posted at 14:32``, ``Updated 10:05 GMT`` (``Updated 2 hours ago`` notes
#: the page's last update).
_STAMP_LABEL = lazy_compile(r"(?i:posted|updated|published)(?: at)? (?=\d{1,2}[:.]\d)")
#: The most characters :data:`_STAMP_LABEL` takes out of a line (``published at ``).
_MAX_STAMP_LABEL_CHARS = len("published at ")


def is_clock_time(line: str) -> bool:
    """True for a clock or relative time alone on its line, as live pages stamp their entries:
    ``10:32 GMT``, ``10.32am``, ``3 hours ago``, perhaps after a label (``Posted at 14:32``)."""
    stripped = line.strip(_EDGE_PUNCT)
    if len(stripped) > _MAX_STAMP_CHARS + _MAX_STAMP_LABEL_CHARS:
        return False  # too long for a stamp, its label taken out or not: no need to look for one
    bare = _STAMP_LABEL.sub("", stripped, count=1)  # casefolding never shortens it: a long line is no time
    if len(bare) > _MAX_STAMP_CHARS:
        return False
    key = bare.casefold()
    return len(key) <= _MAX_STAMP_CHARS and any(map(str.isdigit, key)) and not _CLOCK_TIME.sub(" ", key).strip(_EDGE_PUNCT)


def may_be_dated(line: str) -> bool:
    """False for a clean line that can be neither a date line nor a byline; cheaper than :meth:`PageChrome.kind`."""
    return (
        line.count(" ") < MAX_META_WORDS
        and not _ends_sentence(line)
        and (
            _match_by(line) is not None
            or find_date(line) is not None
            or is_yearless_dateline(line)
            or ("read" in line and _READING_TIME.search(line) is not None)  # ``Jane Doe, Harbour Press 4 minute read``
        )
    )


#: The fields of :class:`PageChrome` that hold prefixes, matched with ``str.startswith`` (so tuples).
_PREFIX_FIELDS = frozenset(
    {
        "prefixes", "footer_prefixes", "comment_headers", "label_prefixes", "box_headings", "list_intros", "sign_up_calls",
        "follow_openings",
    }
)


def _chrome_words(vocabulary: Vocabulary, name: str) -> frozenset[str]:
    """The chrome word list ``name`` casefolded (the built-in one when ``vocabulary`` does not declare it).

    A list the vocabulary casefolds already is returned as it is: the same set for every chrome made from
    the vocabulary, so that equal chromes are cheap to compare.
    """
    if name in vocabulary and vocabulary.declaration(name).normalise == CASEFOLD:
        found: frozenset[str] = vocabulary[name]
        return found
    return frozenset(w.casefold() for w in (vocabulary[name] if name in vocabulary else DEFAULT_VOCABULARY[name]))


class Prefixes(tuple[str, ...]):
    """The chrome prefixes, a tuple, indexed by their first character: :meth:`opens` tries only those
    that may open a line (``str.startswith`` with the whole tuple tries every one of some 500)."""

    _by_first: dict[str, tuple[str, ...]]

    def __new__(cls, prefixes: Iterable[str] = ()) -> Prefixes:
        self = super().__new__(cls, prefixes)
        self._by_first = {}
        for prefix in self:
            self._by_first[prefix[:1]] = (*self._by_first.get(prefix[:1], ()), prefix)
        return self

    def opens(self, key: str) -> bool:
        """``key.startswith(self)``."""
        return key.startswith(self._by_first.get(key[:1], ())) or "" in self._by_first


#: The vocabulary lists of :class:`PageChrome`'s fields whose names differ from the field's.
_FIELD_LISTS = {"lines": "chrome_lines", "prefixes": "chrome_prefixes"}


@frozen(cache_hash=True)
class PageChrome:
    """Recognises chrome, date lines, bylines and footers, with word lists from a vocabulary."""

    lines: frozenset[str]
    prefixes: Prefixes = attrs.field(converter=Prefixes)
    site_names: frozenset[str]
    date_labels: frozenset[str]
    footer_prefixes: tuple[str, ...]
    footer_markers: frozenset[str]
    site_words: frozenset[str] = frozenset()
    list_headings: frozenset[str] = frozenset()
    byline_roles: frozenset[str] = frozenset()
    role_beats: frozenset[str] = frozenset()
    bio_roles: frozenset[str] = frozenset()
    contact_openings: frozenset[str] = frozenset()
    follow_openings: tuple[str, ...] = ()
    outlet_kinds: frozenset[str] = frozenset()
    prompt_channels: frozenset[str] = frozenset()
    comment_headers: tuple[str, ...] = ()
    end_matter_headers: frozenset[str] = frozenset()
    section_names: frozenset[str] = frozenset()
    caption_markers: frozenset[str] = frozenset()
    sign_up_buttons: frozenset[str] = frozenset()
    sign_up_calls: tuple[str, ...] = ()
    caption_labels: frozenset[str] = frozenset()
    standfirst_labels: frozenset[str] = frozenset()
    credit_labels: frozenset[str] = frozenset()
    caption_credits: frozenset[str] = frozenset()
    caption_positions: frozenset[str] = frozenset()
    photo_agencies: frozenset[str] = frozenset()
    institution_words: frozenset[str] = frozenset()
    disclaimer_phrases: frozenset[str] = frozenset()
    label_prefixes: tuple[str, ...] = ()
    funding_words: frozenset[str] = frozenset()
    box_headings: tuple[str, ...] = ()
    list_intros: tuple[str, ...] = ()
    brief_labels: frozenset[str] = frozenset()
    caption_actions: frozenset[str] = frozenset()
    caption_posts: frozenset[str] = frozenset()
    depiction_verbs: frozenset[str] = frozenset()

    @classmethod
    def from_vocabulary(cls, vocabulary: Vocabulary | None = None) -> PageChrome:
        """The chrome word lists of ``vocabulary`` (the built-in ones for names it does not declare)."""
        vocabulary = vocabulary or Vocabulary(CHROME_VOCABULARIES)

        fields = {field.name: _chrome_words(vocabulary, _FIELD_LISTS.get(field.name, field.name)) for field in attrs.fields(cls)}
        values: dict[str, Any] = {name: tuple(sorted(w)) if name in _PREFIX_FIELDS else w for name, w in fields.items()}
        chrome = cls(**values)
        # Splitters of one vocabulary share one instance: caches keyed by it (PageProbe.lines) find it by identity.
        return _INSTANCES.setdefault(chrome, chrome)

    def kind(self, line: str, latin_page: bool = True) -> tuple[LineKind, dt.date | dt.datetime | None]:
        """What the clean ``line`` is, and the date it prints (for date lines, bylines and footers).

        ``latin_page`` says whether the page is written in Latin script; short lines
        in another script are then template words.
        """
        kind, found = self.classify(line, lambda: latin_page)
        return kind, None if found is None else found.value

    def classify(self, line: str, latin_page: Callable[[], bool]) -> tuple[LineKind, DateMatch | None]:
        """:meth:`kind`, with the date as found but not yet read, and ``latin_page`` asked only
        when the answer matters: reading a date and judging a page's script cost more than the rest."""
        if (opening := _opening_kind(line, self, latin_page)) is not None:
            return opening
        words = line.count(" ") + 1  # the line is collapsed: one space between words
        short = words <= MAX_META_WORDS or _is_long_meta_row(line, words)
        key = _key(line if short else line[:_PREFIX_CHARS])
        if (
            (self.prefixes.opens(key) and not (key.startswith(_SOURCES_LABELS) and (_is_sources_heading(key) or _dated_source_row(line))))
            or is_icon_list(line)
            or is_photo_caption(line) or speaks_of_photo(line) or is_video_teaser(line)
            or (line.endswith((")", ").")) and closes_with_source(line, self.caption_credits))
            or (("(" in line or ", " in line) and words <= MAX_PLACING_CAPTION_WORDS and places_people(line, self.caption_positions))
            or (key.startswith(_NOTE_OPENINGS) and _UPDATE_NOTE.match(line) is not None)
            or ((line[:1] == "[" or key.startswith(_GALLERY_OPENINGS)) and _GALLERY_ITEM.match(line) is not None)
            or (key.startswith("this ") and _AGE_NOTE.fullmatch(line) is not None)
            or (key.startswith(_TRENDING_OPENINGS) and _PAGE_OR_TRENDING.fullmatch(line) is not None)
            or _is_site_notice(line)
            or ("|" in line and is_data_row(line) and find_date(line) is None)
            or ("(" in line and is_result_line(line)) or _is_wire_note(line) or _is_follow_prompt(line, key, self)
            or (("dition" in line or "issue" in line or line[:1] == "P") and _is_print_note(line))
            or _is_outlet_promotion(line, self) or (words <= MAX_PROMOTION_WORDS and is_free_offer(line))
        ):
            return LineKind.CHROME, None
        if not short:
            return (LineKind.CHROME if _is_long_chrome(line, words, self) else LineKind.TEXT), None
        if self._is_chrome_line(line, key) or is_photo_agency(line, self.photo_agencies) or key.strip("()") in self.caption_credits:
            return LineKind.CHROME, None  # a photo's source alone under its caption: ``Supplied``, ``Handout``
        if _ends_sentence(line):
            return _sentence_kind(line, self), None
        found = find_date(line)
        if (unsplit := _title_or_glued_kind(self, line, found, latin_page)) is not None:
            return unsplit
        if found is None and is_yearless_dateline(line):
            return LineKind.DATE, None
        rest = line if found is None else _without_dates(line, found)
        segments = [s for part in _SEGMENTS.split(rest) if (s := _key(part))]
        # ``Posted by X | date | 3 comments``, ``Posted on date by X | 3 comments``
        dated_byline = found is not None and (
            _match_by(line) is not None or line[found.end :].lstrip(" ,").startswith(("by ", "By "))
        )
        if key.startswith(self.footer_prefixes) or (
            not dated_byline and any(s in self.footer_markers or _COMMENT_COUNT.fullmatch(s) for s in segments)
        ):
            return LineKind.FOOTER, found
        if (words <= MAX_FOREIGN_WORDS and is_latin(line) != latin_page()) or (found is None and _footer_menu(self, line, segments)):
            return LineKind.CHROME, None  # template words; ``Contact Us | Careers | EEO Report | Privacy Policy``
        if all(len(s.split()) <= MAX_SEGMENT_WORDS for s in segments):
            if found is not None:
                labelled = all(s in self.date_labels or _READING_TIME.fullmatch(s) for s in segments)
                return (LineKind.DATE if labelled else LineKind.BYLINE), _first_published(line, found)
            if _is_only_labels(key, self.date_labels) or ("day" in key and _RELATIVE_DAY_TIME.fullmatch(key) is not None):
                return LineKind.DATE, None  # ``Posted: Updated:``, ``Posted: 12:55 PM ET``, ``Today at 21:30``
            if self.is_byline(line) or _is_timed_byline(line, self) or ((t := _without_times(line)) != line and self.is_byline(t)):
                return LineKind.BYLINE, None  # ``By Jane Doe``, ``6 hours ago | By Jane Doe``, ``Jane Doe · 5 min read``
        elif (found is None or dated_byline) and _is_long_byline(line if found is None else _undated_byline(rest, self), self):
            return LineKind.BYLINE, found and _first_published(line, found)  # ``By Ana María Ruiz Soto and Tomás Ríos``
        return LineKind.TEXT, None

    def _is_chrome_line(self, line: str, key: str) -> bool:
        """True for a short line that is chrome as a whole."""
        return (
            not key
            or not any(map(str.isalnum, key)) or _is_slot_name(key)  # a button's symbol: ``×``; ``story_article_left1``
            or key in self.lines
            or key in self.list_headings
            or (_opens_list(key, self.list_headings) and not _ends_sentence(line))
            or (":" in key and _is_inline_list(key, self.list_headings) and not _ends_sentence(line))
            or (key.startswith(self.label_prefixes) and not _ends_sentence(line))
            or key in self.site_names
            or (("." in key or "/" in key) and _URL.fullmatch(key) is not None)
            or ("." in line and (_URL.fullmatch(_key(_SEGMENTS.split(line, maxsplit=1)[0])) is not None or _asks_for_site(line)))
            or ("read" in key and _READING_TIME.fullmatch(key) is not None) or (key[-1:] in "ns" and _BARE_READING_TIME.fullmatch(key) is not None)
            or ("mail" in key and (_SIGN_UP_FORM.fullmatch(key) is not None or _is_sign_up_pitch(line)))
            or _is_reporting_credit(line, key)
            or (("©" in line or "right" in key or line.startswith(("(c) ", "(C) ", "ⓒ", "Ⓒ"))) and _RIGHTS.search(line) is not None)
            or (line.rstrip(".").endswith(_COMPANY_ENDS) and _COMPANY.fullmatch(line) is not None)
            or (key[:1].isalnum() and key[-1:].isdigit() and _COUNTER.fullmatch(key) is not None)
            or (key.startswith("watch ") and key.endswith(" live") and _WATCH_LIVE.fullmatch(key) is not None)
            or self._is_chrome_words(key)
            or self._is_section_row(key)
            or _is_glued_row(line, self)
            or is_breadcrumb(line)
            or _is_short_breadcrumb(line, self.section_names)
            or (key[-1:].isdigit() and (_is_numbered_chrome(key, self.lines) or _is_page_crumb(key, self.section_names) or _is_postal_address(line)))
            or (line[-1:].isupper() and _is_uk_address(line)) or (line[:2].isupper() and _spells_its_name(line))
            or ("/" in line and _is_slash_trail(line, self.section_names, self.lines))
            or (any(map(line.__contains__, _TAGLINE_KINDS)) and is_newsletter_tagline(line))
            or ("because you" in line and _MAILING_FOOTER.search(line) is not None)
            or ("/" in line and " " in line.strip() or "-" in line) and _is_wire_slug(line)
            or is_bracketed(line)
            or (line[:1] == "(" and line[-1:] == ")" and _is_outlet_wire_credit(key, self))
            or self.is_site_line(line)
            or ((" - " in line or " | " in line or " – " in line or " — " in line) and _is_site_tagline(line, self))
            or _is_widget(line, key)
            or _is_subscription_offer(line, key)
            or (is_menu(line) and not self.is_byline(line))
            or ("," in line and is_category_row(line) and not self.is_byline(line))
            or (": " in line and _CONTACT_LINE.fullmatch(line) is not None) or (not _ends_sentence(line) and _is_emoji_row(line))
            or ("|" in line and self._is_chrome_row(line) and not self.is_byline(line))
            or (key.endswith(_NEWSLETTER_ENDS) and key.count(" ") < _MAX_NEWSLETTER_LABEL_WORDS)
            or (is_bare_photo_credit(line) and not self.is_byline(line))
            or _is_channel_prompt(line, key, self.prompt_channels)
            or _is_closing_prompt(line, key)
            or ("@" in line and " " in line and not _ends_sentence(line) and _EMAIL.fullmatch(line.rsplit(" ", 1)[-1]) is not None and not self.is_byline(line))
            or (key.startswith("follow ") and _FOLLOW_WRITER.match(line) is not None and not _ends_sentence(line))
            or (line[:1] in "—–-" and _SIGN_OFF.fullmatch(line) is not None)
        )

    def author_bio_name(self, line: str) -> str | None:
        """The writer an author's bio names, as articles close with one: ``Jane Doe is a senior
        reporter at the Harbour Post.``, ``Jane Doe covers courts for …``, ``Doe covers courts …`` (a role from
        ``bio_roles``), its full stop perhaps left out (a bio box's line), perhaps with a prompt to follow the writer
        after it (``Follow Jane on X @jdoe``); None for any other line."""
        line = _bio_text(line)
        m = _BIO.match(line)
        if m is None:
            return None
        if m["role"] is None or any(w.casefold() in self.bio_roles for w in m["role"].split()):
            return _without_role(m["name"], self.byline_roles)
        return None

    def _is_chrome_words(self, key: str) -> bool:
        """True for a few chrome words on one line: ``Facebook Twitter Email``, ``3 hours ago``, ``— with AAP``."""
        words = key.split(maxsplit=_MAX_CHROME_WORDS)  # a longer line is not split whole
        if len(words) > _MAX_CHROME_WORDS:
            return False
        rest = _CLOCK_TIME.sub(" ", key)
        if not rest.strip(_EDGE_PUNCT) or (":" in key and _GLUED_RUNNING_TIMES.fullmatch(key)):
            return True
        if len(words) > 1 and all(w.strip(_EDGE_PUNCT) in self.lines for w in words) or _is_wire_credit(key, self):
            return True
        if _is_glued_buttons(words, self.lines):
            return True
        segments = _SEGMENTS.split(key)
        return (len(segments) > 1 and all(_key(s) in self.lines for s in segments)) or _is_labelled_chrome(self.lines, key)

    def _is_chrome_row(self, line: str) -> bool:
        """True for a row of three or more items between bars, each a menu item or chrome by the word
        lists (``Markets | Opinion | Login | Subscribe from $8/month``), perhaps after a tagline; or of two, each a
        chrome line on its own (``Log in | Subscribe for 99 cents``)."""
        items = [item.strip() for item in line.split("|")]
        if len(items) == 2:
            return all(item and self.kind(item)[0] is LineKind.CHROME for item in items)
        pieces = [_is_menu_item(item) or self._is_chrome_piece(_key(item)) for item in items]
        return len(items) >= _MIN_SECTION_ROW_WORDS and (all(pieces) or _is_taglined_row(items, pieces))

    def _is_chrome_piece(self, key: str) -> bool:
        """True for one item of a row that the word lists call chrome, perhaps a label and its value,
        both chrome (``Font size: A A A``)."""
        return (
            key in self.lines
            or _is_labelled_chrome(self.lines, key)
            or self.prefixes.opens(key)
            or self._is_section_row(key)
            or _PRICE_OFFER.fullmatch(key) is not None
        )

    def _is_section_row(self, key: str) -> bool:
        """True for a menu row of section names of one or two words without separators: ``Home News Sport Weather``,
        ``News Business Courts Sport What's On``; in a long row, a third of its words may be sections of their own
        (``News Counties Business Sports Health Opinion``, ``LOCAL NEWS BORDER REPORT WEATHER SPORTS VIDEO``), a third
        of a row opening with its home link (:func:`_is_home_row`)."""
        words = [word.strip(_EDGE_PUNCT) for word in key.split()]
        if len(words) < _MIN_SECTION_ROW_WORDS:
            return False
        if _is_glued_buttons(words, self.section_names, self.lines):
            return True
        unlisted = [k for k, word in enumerate(words) if word not in self.section_names and word not in self.lines]
        return _is_home_row(words, unlisted) or _is_open_section_row(words, unlisted, self.section_names, self.lines)

    def is_site_line(self, line: str) -> bool:
        """True for a line that only names a news site: ``The Harbour Herald``, ``Coastal Daily News``."""
        if line.count(" ") >= _MAX_SITE_LINE_WORDS:
            return False
        words = line.split()
        return (
            2 <= len(words) <= _MAX_SITE_LINE_WORDS
            and words[-1].casefold().strip(_EDGE_PUNCT) in self.site_words
            and is_capitalised(words)
        )

    def is_byline(self, line: str) -> bool:
        """True for a byline without a date: ``By Jane Doe``, ``By the Wire Staff``, ``By: admin``, ``Posted by Jane Doe``,
        ``Jane Doe | Reporter``, ``Jane Doe | The Harbour Herald``, ``WOSR | By Jane Doe``, ``Jane Doe/Harbour Post staff``, ``Reuters / Harbour Post``, or the
        writer's role on a line of its own under their name (``Senior Reporter``), or ``By`` alone
        above the writer's name."""
        m = _match_by(line)
        if m is not None:
            # a site's user name after a labelled ``By:`` or ``Author:`` may be in lower case (``By: admin``)
            return (
                m["name"].isupper() or (":" in m[0] and line.count(" ") < _MAX_LABELLED_USER_WORDS)
                or _role_then_name(line[m.start("name") :], self.byline_roles)
                or (m[0][:1] in "Pp" and not line[: m.start("name")].endswith("the ") and _POSTING_USER.fullmatch(line, m.start("name")) is not None)
            )
        if opens_byline(line) or _is_role_line(self, line) or _is_labelled_writer(self, line):
            return True
        if _is_joined_byline(line, self) or _is_doubled_byline(line) or _is_staff_credit(line) or _writer_with_wires(line, self):
            return True
        if _is_name_and_role(line, self.byline_roles, self.role_beats) or _is_wire_dateline(line, self._is_role):
            return True
        name, *rest = _NAME_PARTS.split(line)
        if rest and self._is_role(_key(name)):  # a wire service and the outlet carrying it: ``Reuters / Harbour Post``
            return all(is_capitalised(part.split()) for part in rest)
        return bool(rest) and is_name(name) and (_writer_at_site(self, name, rest) or any(self._is_role(_key(part)) for part in rest))

    def _is_role(self, part: str) -> bool:
        if part in self.byline_roles:
            return True
        words = part.split()
        return len(words) > 1 and (words[-1] in self.byline_roles or " ".join(words[-2:]) in self.byline_roles)

    def is_caption_marker(self, line: str) -> bool:
        """True for a button printed under a photo caption: ``hide caption``, ``toggle caption``."""
        return _is_listed(line, self.caption_markers)

    def is_caption_label(self, line: str) -> bool:
        """True for a label printed alone above a photo caption: ``Image caption,``, ``Caption:``."""
        return _is_listed(line, self.caption_labels)

    def opens_comments(self, line: str) -> bool:
        """True for the line that opens the readers' comments under an article: ``Leave a reply``,
        ``23 comments``, ``2 thoughts on “…”`` (quoting a title of any length); not a wire section's ``COMMENTS:``."""
        quoting = line.endswith(_CLOSING_QUOTES)
        if line.count(" ") >= (_MAX_QUOTING_COMMENT_HEADER_WORDS if quoting else _MAX_COMMENT_HEADER_WORDS) or (line.endswith(":") and line.isupper()):
            return False
        key = _key(line)
        return key.startswith(self.comment_headers) or _COMMENTS_HEADER.fullmatch(key) is not None

    def opens_list(self, line: str) -> bool:
        """True for a heading whose list of headlines under it is chrome too: ``Most read``, ``Related``,
        ``Topics``, a short one that opens like one (``More from Science``) or a few words between ``More``
        and ``stories`` or ``news`` (``More Lead Stories``)."""
        return _opens_list(_key(line), self.list_headings)

    def is_site_name(self, text: str) -> bool:
        """True when ``text`` is a site name of the word lists (``site_names``)."""
        return _key(text) in self.site_names


def _opens_list(key: str, list_headings: frozenset[str]) -> bool:
    """:meth:`PageChrome.opens_list` for a line's ``key``, by the chrome's ``list_headings``."""
    words = key.split(maxsplit=_MAX_LIST_HEADING_WORDS)  # a longer line is not split whole
    return key in list_headings or (
        len(words) <= _MAX_LIST_HEADING_WORDS and (" ".join(words[:2]) in list_headings or " ".join(words[:3]) in list_headings)
    ) or (key.startswith("more ") and _MORE_HEADING.fullmatch(key) is not None)


def opens_end_matter(line: str, headers: frozenset[str]) -> bool:
    """True for a heading or end mark under an article's text over what is none of it (one of ``headers``,
    maybe with a colon or a slash and more after it): ``Notes to editors``, ``Media contact: press@…``,
    ``Ends/Monday, September 8, 2025``, ``###``."""
    if line.count(" ") >= _MAX_COMMENT_HEADER_WORDS:
        return False
    stripped = line.strip()
    key = _key(line)
    return stripped in headers or key in headers or _key(_HEAD_CUT.split(key, 1)[0]) in headers


def _is_role_line(chrome: PageChrome, line: str) -> bool:
    """True for the writer's role on a line of its own: ``Senior reporter``, ``Chief Political Correspondent``
    (three words all capitalised, or beats in sentence case, up to five words: ``Chief football writer``, ``Farming and
    rural affairs reporter``), the outlet's name before it (``Courier-Tribune staff writer``), ``Capital Bureau``,
    ``… @handle``."""
    if not (line := _without_handle(line))[:1].isupper() or not chrome._is_role(_key(line)):
        return False  # the common case: no role named, whatever the words' case
    words = [w for w in line.split() if w not in _BEAT_JOINERS]  # "Science & Technology Correspondent"
    beats = all(w.casefold() in chrome.role_beats for w in words[:-1])
    if len(words) > (_MAX_BEAT_ROLE_WORDS if beats else _MAX_ROLE_LINE_WORDS):
        return _outlet_staff(chrome, words)  # "Farming and rural affairs reporter": beats before the role may run longer
    return len(words) < _MAX_ROLE_LINE_WORDS or beats or all(w[:1].isupper() for w in words) or _outlet_staff(chrome, words)


def _is_labelled_writer(chrome: PageChrome, line: str) -> bool:
    """True for the writer's role as a label before their name: ``Court reporter: Jane Doe``, ``Political Editor:
    Jane Doe``."""
    role, colon, name = line.partition(": ")
    return bool(colon) and is_name(name.strip()) and _is_role_line(chrome, role)


def _outlet_staff(chrome: PageChrome, words: Sequence[str]) -> bool:
    """True for an outlet's name and a role in lower case of role words or beats only: ``Courier-Tribune staff
    writer``, ``Harbour Post business reporter`` (not ``Dunmore woman named editor``)."""
    outlet = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    role = words[len(outlet) :]
    return 0 < len(outlet) <= MAX_AGENCY_WORDS and bool(role) and all(
        w.islower() and (w in chrome.byline_roles or w in chrome.role_beats) for w in role
    )


def _is_channel_prompt(line: str, key: str, channels: frozenset[str]) -> bool:
    """True for a short prompt to join, follow or download one of ``channels``: ``For the latest updates,
    join our WhatsApp channel``, ``Never miss a story: get our daily briefing``, ``(You can now subscribe to our
    Markets WhatsApp channel)``."""
    return (
        (_IMPERATIVE.match(line) is not None or _CLAUSE_IMPERATIVE.search(line) is not None or _YOU_CAN.match(line) is not None)
        and not channels.isdisjoint(w.strip(_EDGE_PUNCT) for w in key.split())
        and not any(verb in key for verb in _REPORTING)  # "Watch the channel closely, he said."
    )


def _opening_kind(line: str, chrome: PageChrome, latin_page: Callable[[], bool]) -> tuple[LineKind, DateMatch | None] | None:
    """The kind its opening gives a line: a list item's (:func:`_listed_kind`), or a newspaper archive's date and
    byline joined by a bar, whatever follows the name (``May 17, 1985|By Jane Doe and Tom Roe. (Ann Lee also
    contributed to this story.)``, ``July 13, 1995|By Jane Doe, Tribune Staff Writer.``); None for the rest."""
    if line[:1].isdigit() or line[:1] in _BULLET_MARKS:
        return _listed_kind(line, chrome, latin_page)
    if "|" in line and (dated := _ARCHIVE_BYLINE.match(line)) is not None and (found := find_date(dated["date"])) is not None:
        return LineKind.BYLINE, found
    return None


#: A newspaper archive's date and byline joined by a bar, as Tribune Publishing's archives print them: ``May 17,
#: 1985|By Jane Doe``; the date is group ``date``.
_ARCHIVE_BYLINE = lazy_compile(r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}) ?\| ?By [A-Z]")


def _listed_kind(line: str, chrome: PageChrome, latin_page: Callable[[], bool]) -> tuple[LineKind, DateMatch | None] | None:
    """What a list item's text is when it is furniture, after its number or bullet: chrome (``3. Skip to more
    sites``, ``2) Home``, ``• Share``), a date line or byline (``• Updated: 27-12-2019 16:51``); None for text.  A
    counter alone on its line (``0`` comments or shares under a headline) is chrome too."""
    if len(line) <= _COUNTER_DIGITS and line.isdigit():
        return LineKind.CHROME, None
    end = 0
    while (mark := _LIST_MARK.match(line, end)) is not None:
        end = mark.end()
    if end == 0:
        return None
    found = chrome.classify(line[end:], latin_page)  # once more at most: the rest opens with no mark
    return None if found[0] is LineKind.TEXT else found


def _dated_source_row(line: str) -> bool:
    """True for a story's meta row opening with its source and printing its date in a part of its own after a bar:
    ``Source: China Trade Herald | Author: Zhou Mingyu | 2025-07-21 16:48``, ``Source: Xinhua | 2025-07-21``."""
    return "|" in line and any(find_date(part) is not None for part in line.split("|")[1:])


def _spells_its_name(line: str) -> bool:
    """True for an outlet's letters and the name they stand for, set off by a dash or bar, perhaps with an edition's
    short label after them: ``ASN — Agência Sulamericana de Notícias | English Service`` (the capitalised words'
    initials spell the letters; a headline never spells its first word out)."""
    letters, *parts = [part.strip() for part in _SEGMENTS.split(line)]
    if not parts or not (letters.isalpha() and letters.isupper() and 2 <= len(letters) <= _MAX_SPELT_LETTERS):
        return False
    initials = "".join(word[0] for word in parts[0].split() if word[:1].isupper())
    return initials.upper() == letters and all(len(part.split()) <= _MAX_EDITION_WORDS for part in parts[1:])


def _is_glued_buttons(words: list[str], *entries: frozenset[str]) -> bool:
    """True for buttons of one or two words each glued on one line, each an entry of one of ``entries`` (the
    chrome lines, or the section names too): ``Open Menu Close Menu``, ``Sign In Sign Up``, ``Share Copy Link
    copied`` (a pair read first)."""
    k = 0
    while k < len(words):
        if k + 1 < len(words) and any(f"{words[k]} {words[k + 1]}" in listed for listed in entries):
            k += 2
        elif any(words[k] in listed for listed in entries):
            k += 1
        else:
            return False
    return len(words) > 1


def _is_glued_row(line: str, chrome: PageChrome) -> bool:
    """True for a menu row scraped without spaces, two section names or more glued to the next
    item: ``Latest NBN NewsNewcastle NewsSlider``, ``HomeSportsIPL 2024Live Score``; not a name
    glued so (``YouTube``, ``NewsCorp``) nor a sentence."""
    if line.count(" ") >= _MAX_GLUED_ROW_WORDS or _ends_sentence(line):
        return False
    glued = [m.group().casefold() for m in _GLUED_ITEM.finditer(line)]
    return sum(item in chrome.section_names or item in chrome.lines for item in glued) >= _MIN_GLUED_ITEMS


def _is_timed_byline(line: str, chrome: PageChrome) -> bool:
    """True for a byline, the writer's bare name or date labels with the article's reading time as one
    of its parts: ``Jane Doe ·5-min read``, ``By Jane Doe | 4 min read``, ``Updated · 4 min read``."""
    if not any(map(str.isdigit, line)):
        return False  # the common case: a reading time prints its minutes in digits
    parts = [part for part in (p.strip(_EDGE_PUNCT) for p in _SEGMENTS.split(line)) if part]
    rest = [part for part in parts if _READING_TIME.fullmatch(part) is None]
    if not rest or len(rest) == len(parts):
        return _is_read_timed_byline(line, chrome)
    text = " | ".join(rest)
    return chrome.is_byline(text) or is_name(text) or all(_key(part) in chrome.date_labels for part in rest)


def _asks_for_site(line: str) -> bool:
    """True for a call of two words naming the site by its address, no sentence: ``Support road.cc``, ``Visit
    harbour.news``."""
    words = line.split()
    return len(words) == 2 and not _ends_sentence(line) and _URL.fullmatch(words[1]) is not None and "/" not in words[1]


#: An element's hexadecimal id alone on its line, digits and letters a to f, a letter and a digit among them: ``70c8fc80``.
_HEX_ID = lazy_compile(r"(?=[0-9a-f]*[a-f])(?=[0-9a-f]*[0-9])[0-9a-f]{8,40}")


def _is_slot_name(key: str) -> bool:
    """True for a page template's slot name printed as text, one word of lower-case letters and digits joined by
    underscores (``story_article_left1``, ``ad_slot_top``), or an element's id, words and a long number joined by
    hyphens (``unit-1659132512259``) or a hexadecimal one of eight digits or more, letters among them (``70c8fc80``)."""
    return (("_" in key or "-" in key) and _SLOT_NAME.fullmatch(key) is not None) or _HEX_ID.fullmatch(key) is not None


#: A correspondent's byline for an outlet they do not work for: ``By JANE DOE, Special to the New York Times``.
_SPECIAL_TO = lazy_compile(r"(?:By|BY) [^,]{3,60}, (?i:special to) (?:the |The |THE )?[A-Z][\w.’'&-]*(?: [A-Z][\w.’'&-]*){0,5}")


def _writer_at_site(chrome: PageChrome, name: str, rest: Sequence[str]) -> bool:
    """True for a writer's short name beside a news site's name: ``Jane Doe | The Harbour Herald``; a longer run of
    capitalised words there is a title's (``Orchards Count Hail Losses - Valley Herald``)."""
    return name.count(" ") < _MAX_SITE_WRITER_WORDS and any(chrome.is_site_line(part.strip()) for part in rest)


def _undated_byline(rest: str, chrome: PageChrome) -> str:
    """The writers' part of a dated byline with its dates taken out (``rest``): its first segment, when the others
    are date labels only (``By Ana Ruiz and Tom Roe, AP | Updated``), else ``""``."""
    first, *others = _SEGMENTS.split(rest)
    return first.strip() if all(not (key := _key(part)) or key in chrome.date_labels for part in others) else ""


def _is_long_byline(line: str, chrome: PageChrome) -> bool:
    """True for a byline with a part too long for a meta line's: writers' long names in one part (``By Ana María Ruiz
    Soto and Tomás Ríos``), a byline run on into its reading time (:func:`_is_read_timed_byline`), or a
    correspondent's for another outlet (``By JANE DOE, Special to the New York Times``), or the writer's role before
    their name (``Story by local democracy reporter Jane Doe``)."""
    return (
        _is_writers_byline(line, chrome.byline_roles)
        or ((m := _match_by(line)) is not None and _role_then_name(line[m.start("name") :], chrome.byline_roles))
        or _is_joined_byline(line, chrome)
        or _is_doubled_byline(line)
        or _is_read_timed_byline(line, chrome)
        or ("pecial" in line and _SPECIAL_TO.fullmatch(line) is not None)
        or (", " in line and _is_described_byline(line, chrome))
    )


def _is_described_byline(line: str, chrome: PageChrome) -> bool:
    """True for ``By`` and the writer's name described by their role (``byline_roles``) among the first words of
    an apposition: ``By Jane Doe, a senior reporter covering phones and wearables``, by their outlet's name and
    their role: ``By Jane Doe, Harbour Post staff writer``, ``By Jane Doe, KTWX 7 Chief Meteorologist``, by their
    beat (``role_beats``) and what they are: ``By Jane Doe, defense economist at the Baltic Institute``, or by their
    outlet alone, opening with its letters: ``Posted by Jane Doe, WDTX Local 4``."""
    m = _match_by(line)
    name, comma, rest = line[m.start("name") :].partition(", ") if m is not None else ("", "", "")
    words = rest.rstrip(".").split()
    if not (comma and is_name(name) and 0 < len(words) <= _MAX_DESCRIBED_BYLINE_WORDS):
        return False
    roles = chrome.byline_roles
    if len(words) <= _MAX_OUTLET_WORDS and words[0].isupper() and all(w[:1].isupper() or w.isdigit() for w in words):
        return True  # "WDTX Local 4", "KTWX 7 Chief Meteorologist": a station's letters, then perhaps the role
    if words[0] in chrome.role_beats and len(words) > 1 and words[1].islower():
        return True  # "defense economist at …", "health reporter"
    return (
        len(words) > 1
        and (words[0] in _DESCRIBING or _outlet_and_role(words, roles))
        and any(w.lower().removesuffix("s") in roles for w in words[1 : 1 + _ROLE_REACH])
    )


def _outlet_and_role(words: Sequence[str], byline_roles: frozenset[str]) -> bool:
    """True for an outlet's name in capitals and a role in lower case closing it: ``Harbour Post staff writer``."""
    outlet = list(itertools.takewhile(lambda w: w[:1].isupper(), words))
    role = words[len(outlet) :]
    return 0 < len(outlet) <= MAX_AGENCY_WORDS and bool(role) and all(w.islower() for w in role) and role[-1] in byline_roles


def _is_read_timed_byline(line: str, chrome: PageChrome) -> bool:
    """True for a byline run on into the article's reading time with no mark between them, perhaps a clock
    time or a label after it: ``Jane Doe, The Harbour Press 4 minute read 3:21 PM``."""
    found = _READING_TIME.search(line)
    if found is None or found.start() == 0 or word_count(line[found.end() :], _MAX_READ_TAIL_WORDS) > _MAX_READ_TAIL_WORDS:
        return False
    return chrome.is_byline(line[: found.start()].strip(_EDGE_PUNCT + " "))


def _without_handle(line: str) -> str:
    """``line`` without the social handle that ends it (``News reporter @MeganFarrowSky``: ``News reporter``)."""
    head, _, handle = line.rpartition(" @")
    return head if head and handle and " " not in handle else line


def closes_with_source(line: str, caption_credits: frozenset[str]) -> bool:
    """True for a photo caption closed by its source alone in brackets (one of ``caption_credits``):
    ``… in Downing Street (PA)``, ``… at the show (Supplied).``; not after an agency's initials and a
    full stop, which close a sentence citing it (``… the agency said (PA).``)."""
    found = _SOURCE_CREDIT.search(line[-_CREDIT_TAIL_CHARS:])
    if found is None or found.group(1).casefold() not in caption_credits:
        return False
    if found.group(2) and found.group(1).isupper():
        return False
    return word_count(line, MIN_SOURCED_CAPTION_WORDS) > MIN_SOURCED_CAPTION_WORDS


def places_people(line: str, caption_positions: frozenset[str]) -> bool:
    """True for a photo caption that places people in the photo in brackets (one of
    ``caption_positions``, perhaps after the row: ``(back, from left)``): ``Jane Doe (left) greets …``,
    ``… (extreme right) watch …``; or between commas after a name, quoting and reporting no one (``Fire Chief Jane
    Doe, left, and …``)."""
    if "(" in line and any(
        m.group(1).casefold() in caption_positions or m.group(1).rpartition(",")[2].strip().casefold() in caption_positions
        for m in _BRACKETED.finditer(line)
    ):
        return True
    if not ("left," in line or "right," in line or "centre," in line or "center," in line or "middle," in line):
        return False  # the common case: no position between commas
    placed = any(m.group(1) in caption_positions for m in _COMMA_POSITION.finditer(line))
    return placed and not any(mark in line for mark in _QUOTE_MARKS) and not any(verb in line for verb in _REPORTING)


def is_action_caption(line: str, caption_actions: frozenset[str]) -> bool:
    """True for a photo caption without a full stop that names who is pictured, then what they do
    (``caption_actions``): ``Jane Doe addressing the press in Accra``, ``Prime Minister Jane Doe arriving for
    the summit``; two to six capitalised words first (a name, perhaps after a role), no reporting verb after
    them (``Jane Doe speaking on Monday said …`` is text)."""
    if _ends_sentence(line):
        return False
    words = line.split(maxsplit=_MAX_ACTION_CAPTION_WORDS)  # a longer line is no caption: it is not split whole
    if not _MIN_WRITER_WORDS < len(words) <= _MAX_ACTION_CAPTION_WORDS:
        return False
    name = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
    if not _MIN_WRITER_WORDS <= name <= min(_MAX_ACTION_NAME_WORDS, len(words) - 1):
        return False
    if any(w in _REPORTING_WORDS for w in words[name:]):
        return False
    action = words[name].casefold()
    pair = f"{action} {words[name + 1].casefold()}" if name + 1 < len(words) else action
    return action in caption_actions or pair in caption_actions


def is_post_caption(line: str, caption_posts: frozenset[str]) -> bool:
    """True for a photo caption naming who is pictured by their post: capitalised words (perhaps joined by
    ``and``, ``of``, ``for``, ``the``; the post's own words may be in lower case after the first word), one of
    ``caption_posts`` among them, then a person's name of two or three words, perhaps closed by a full stop
    (``Coles CEO Jane Doe.``, ``National Assembly Majority Leader Jane Doe``, ``Harbour Trust chief executive Jane
    Doe``); no verb, which every sentence of a body has."""
    words = line.removesuffix(".").split(maxsplit=_MAX_POST_CAPTION_WORDS)
    if not _MIN_WRITER_WORDS < len(words) <= _MAX_POST_CAPTION_WORDS or "." in line[:-1] or not words[0][:1].isupper():
        return False
    if not all(w[:1].isupper() or w in _POST_JOINERS or w in caption_posts for w in words) or words[-1] in _POST_JOINERS:
        return False
    k = max((k for k, w in enumerate(words[:-_MIN_WRITER_WORDS]) if w.casefold() in caption_posts), default=-1)
    name = words[k + 1 :]
    return k >= 0 and 1 < len(name) <= 3 and is_name(" ".join(name)) and not any(w.casefold() in caption_posts for w in name)


def is_name_caption(line: str) -> bool:
    """True for a photo caption naming who is pictured and nothing more: a person's name closed by a full stop
    (``Jane Doe.``, ``Ana de la Cruz.``).  A name without the full stop is a writer's, or a section heading's words
    (``St Albans``)."""
    return line.endswith(".") and "." not in line[:-1] and is_name(line[:-1])


#: A caption naming who is pictured by their post has at most this many words.
_MAX_POST_CAPTION_WORDS = 12
#: Words in lower case that join a post's capitalised words: ``Minister of Finance``, ``Treasury and Planning``.
_POST_JOINERS = frozenset(["and", "of", "for", "the", "&"])


def is_photo_agency(line: str, photo_agencies: frozenset[str]) -> bool:
    """True for a photo agency's name alone, a credit line: a few capitalised words, the last of them
    one of ``photo_agencies`` (``Harbour News Agency``, ``SWNS``), perhaps after the photographer's name and a bar
    (``Jane Doe | Getty Images``) or ``via`` (``Jane Doe via Getty Images``); so is a free photo's source and licence
    in capitalized words (``Via Wikimedia Commons Creative Commons License``)."""
    if "Commons" in line and _FREE_SOURCE_LINE.fullmatch(line) is not None:
        return True
    if " | " in line and is_name(line.partition(" | ")[0]):
        line = line.partition(" | ")[2]
    elif " via " in line and 0 < len(by := line.partition(" via ")[0].split()) <= _MAX_NAME_WORDS and is_capitalised(by):
        line = line.partition(" via ")[2]  # the photographer and the agency that sent the photo
    words = line.split(maxsplit=MAX_AGENCY_WORDS)  # a longer line is not split whole
    if not 0 < len(words) <= MAX_AGENCY_WORDS or not all(w[:1].isupper() for w in words):
        return False
    key = _key(line)
    spaced = key.split(" ")  # ``key`` ends with an agency's name: the name itself, or the words after one of its spaces
    return any(" ".join(spaced[k:]) in photo_agencies for k in range(len(spaced)))


def credit_line(line: str, chrome: PageChrome) -> str | None:
    """The credit of a photo's credit line under its caption (a label of ``credit_labels``): ``Jane Doe``
    for ``Photo: Jane Doe``, ``""`` for the label alone (``Photo:``, the credit on the next line), the
    line for a photo agency's name (:func:`is_photo_agency`) or a photographer and outlet (``Jane Doe/Harbour
    Post``, ``Courtesy of Harbour Trust``: :func:`is_bare_photo_credit`), the credit of a bare one
    (:func:`_is_bare_credit`); None for any other line."""
    if is_photo_agency(line, chrome.photo_agencies) or is_bare_photo_credit(line) or line.strip("()").casefold() in chrome.caption_credits:
        return line.strip("()")  # a source of the caption_credits list alone: ``Supplied``, ``Handout``
    if line[:1] in "(©" and _is_bare_credit(line):
        return line.strip("()© ")  # ``(AP Photo/Jane Doe)``, ``© dpa / Jane Doe``
    if line[:1] in "©C" and (found := _COPYRIGHT_CREDIT.fullmatch(line)) is not None:
        return found["owner"]  # ``Copyright European Union 2025``: the photo's owner first (a site's ``© 2025 …`` is none)
    found = _CREDIT_LINE.fullmatch(line)
    if found is None or found["label"].casefold() not in chrome.credit_labels:
        return _spaced_credit(line, chrome.credit_labels)
    credit = found["credit"]
    return credit if word_count(credit, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS and not _ends_sentence(credit) else None


def spaced_label(line: str, labels: frozenset[str]) -> str | None:
    """The label of ``labels`` of two words or more opening ``line`` before a space or a comma alone, as the BBC prints
    its photo lines (``Image copyright Harbour Police``, ``Image caption The crane …``); None where none does."""
    lowered = line[:_MAX_SPACED_LABEL].casefold()
    return next((label for label in labels if " " in label and lowered.startswith((label + " ", label + ", "))), None)


#: The longest label :func:`spaced_label` reads, with its space.
_MAX_SPACED_LABEL = 24


def _spaced_credit(line: str, labels: frozenset[str]) -> str | None:
    """The credit after a label of ``labels`` and a space or comma alone (:func:`spaced_label`: ``Image copyright
    Harbour Police``, ``Image source, Getty Images``); None for any other line."""
    label = spaced_label(line, labels)
    credit = None if label is None else line[len(label) :].lstrip(" ,")
    return credit if credit and word_count(credit, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS and not _ends_sentence(credit) else None


#: A photo's copyright credit under its caption, its owner named before any year: ``Copyright  European Union 2025``,
#: ``© AFP 2025``; not a site's ``© 2025 Harbour Courier LLC. All Rights Reserved.``
_COPYRIGHT_CREDIT = lazy_compile(r"(?:©|Copyright)\s+(?P<owner>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3})(?:,? \d{4})?")


def is_bare_photo_credit(line: str) -> bool:
    """True for a photo's credit printed with no label: the photographer and the outlet with a slash between
    (``Jane Doe/Harbour Post``; spaced, a person's name first or in brackets: ``Jane Doe / Harbour Post``, ``(Harbour
    Post / Jane Doe)``), or who gave it (``Courtesy of Harbour Trust``)."""
    if "/" in line:
        bracketed = line[:1] == "(" and line[-1:] == ")"
        if not bracketed and " / " in line:  # ``Jane Doe / Harbour Post``: a person's name first
            name, _, outlet = line.partition(" / ")
            return is_name(name) and _CREDIT.fullmatch(f"{name}/{outlet}") is not None
        return _CREDIT.fullmatch(line[1:-1].replace(" / ", "/") if bracketed else line) is not None
    return line[:1] in "Cc" and _COURTESY_LINE.fullmatch(line) is not None


def _is_bare_credit(line: str) -> bool:
    """True for a photo's credit alone on its line: in brackets (``(AP Photo/Jane Doe)``: a credit a caption
    may close with), or after a copyright sign, a few words with a slash (``© dpa / Jane Doe``)."""
    if line.startswith("(") and line.endswith(")") and line.count("(") == 1:
        return _PHOTO_CREDIT.search(line) is not None
    return line.startswith("©") and "/" in line and word_count(line, MAX_CREDIT_WORDS) <= MAX_CREDIT_WORDS


def _is_site_tagline(line: str, chrome: PageChrome) -> bool:
    """True for a site's name with its tagline: ``The Harbour Herald - News and views from the
    coast``, ``Valley Times | Your town, your paper``, ``The Northern Sentinel – Nigeria's Voice from the North``: words in lower case among them, not a date;
    or the name of the edition (``The Valley Press - ONLINE EDITION``), or a tagline ending in the paper's founding year
    (``The Ledger | Bellefontaine Parish's Newspaper Since 1912``)."""
    site, *rest = _SEGMENTS.split(line, maxsplit=1)
    if not rest or not chrome.is_site_line(site):
        return False
    if _EDITION.fullmatch(rest[0].strip()) is not None or _FOUNDING_YEAR.search(rest[0]) is not None:
        return True
    return (
        len(tagline := rest[0].split()) >= _MIN_TAGLINE_WORDS
        and any(w[:1].islower() for w in tagline)
        and not chrome.is_byline(line)
        and find_date(line) is None
    )


_INSTANCES: dict[PageChrome, PageChrome] = {}
_CHROME_WORDS = DEFAULT_VOCABULARY["chrome_lines"]

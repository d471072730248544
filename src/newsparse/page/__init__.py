"""The page kit: a page's lines and their kinds, chrome, dates, titles, the article reader, fit bands."""

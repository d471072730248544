"""newsparse.dask: a bag of pages and dask DataFrames, computed on a two-process local cluster."""

from __future__ import annotations

import pytest

import newsparse

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

from newsparse.dask import TABLES, parse_files, rows, to_dataframes  # noqa: E402

PAGES = {
    "a.txt": (
        "Month: June 2024\n\n"
        "Fishermen have protested against new quotas in three harbour towns\n\n"
        "“We cannot live on this,” said Ana Costa, who owns two boats.\n\n"
        "The quota was cut by 20 per cent, to 4,500 tonnes.\n"
    ),
    "b.txt": "Month: June 2024\n\nFarmers have blocked roads over tariffs\n\nTractors stayed out for a week.\n",
    "c.txt": "Rail fares rise by £3 next year\n\nCommuters will pay $1.2 billion more, the regulator said.\n",
}


@pytest.fixture
def files(tmp_path):
    for name, text in PAGES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name) for name in sorted(PAGES)]


def test_rows_name_the_page_and_article_of_every_quote_figure_and_link(files):
    page = newsparse.parse_file(files[0])
    tables = rows(page)
    assert set(tables) == set(TABLES)
    (article,) = tables["articles"]
    assert article["source"] == files[0] and article["article"] == 0 and article["paragraphs"] == 2
    assert [q["text"] for q in tables["quotes"]] == [q.text for q in page[0].quotes]
    assert [(f["index"], f["text"], f["span_start"]) for f in tables["figures"]] == [
        (i, f.text, f.span.start) for i, f in enumerate(page[0].figures)
    ]
    assert tables["figures"] and tables["quotes"]


def test_pages_and_tables_on_a_two_process_cluster_match_parsing_here(files):
    expected = [newsparse.parse_file(path) for path in files]
    with distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        bag = parse_files(files).persist()
        pages = bag.compute()
        frames = to_dataframes(bag)
        computed = dict(zip(frames, dask.compute(*frames.values()), strict=True))
        assert len(client.scheduler_info()["workers"]) == 2
    assert [[a.to_dict() for a in p] for p in pages] == [[a.to_dict() for a in p] for p in expected]
    assert list(computed["articles"]["source"]) == [a.source for p in expected for a in p]
    for table in TABLES:
        here = [row for page in expected for row in rows(page)[table]]
        frame = computed[table].astype(object).where(computed[table].notna(), None)
        assert frame.to_dict("records") == here, table
    assert computed["figures"]["value"].dtype == "float64"
    assert list(computed["related"].columns) == ["source", "article", "index", "headline", "caption", "attribution", "span_start", "span_end"]

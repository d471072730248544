"""newsparse.dask: a bag of pages and dask DataFrames, computed on a two-process local cluster."""

from __future__ import annotations

import os

import pytest

import newsparse

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pandas")

from newsparse.dask import parse_files, to_dataframes  # noqa: E402
from newsparse.outputs.tables import TABLES  # noqa: E402

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


def test_pages_and_tables_on_a_two_process_cluster_match_parsing_here(files):
    expected = [newsparse.parse_file(path) for path in files]
    with distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        client.wait_for_workers(2, timeout=120)  # the workers register with the scheduler after the cluster starts
        bag = parse_files(files).persist()
        pages = bag.compute()
        frames = to_dataframes(bag)
        computed = dict(zip(frames, dask.compute(*frames.values()), strict=True))
        # asked of the workers themselves: the client's copy of the scheduler's state may lag behind the cluster
        pids = set(client.run(os.getpid).values())
        assert len(pids) == 2 and os.getpid() not in pids
    assert pages == expected
    here = newsparse.to_dataframes(expected)
    assert set(computed) == set(TABLES)
    for name, frame in computed.items():
        assert list(frame.dtypes) == list(here[name].dtypes), name
        assert frame.reset_index(drop=True).equals(here[name]), name
    assert len(computed["quotes"]) == 1 and len(computed["figures"]) >= 3

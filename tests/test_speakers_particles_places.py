"""Portuguese and Spanish particles inside a name (``dos``, ``das``, ``do``, ``del``, ``de los``), and a place with its
state after a described speaker (``a barista in Columbus, Ohio``), which names no one; on sentences written for these
tests."""

from __future__ import annotations

import pytest

from .test_quotes import credited


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“The market is nervous,” said Andrea Carolina dos Reis, a strategist.", "Andrea Carolina dos Reis"),
        ("“We waited five years,” said Maria das Graças Silva.", "Maria das Graças Silva"),
        ("“We will stay,” said Maria do Carmo Lima.", "Maria do Carmo Lima"),
        ("“Prices are falling,” said Alejandro del Valle, an economist.", "Alejandro del Valle"),
        ("“They will look for any excuse,” said Rafael Ferrés de los Reyes.", "Rafael Ferrés de los Reyes"),
    ],
)
def test_particles_stay_inside_the_name(sentence, speaker):
    assert credited(sentence) == [speaker]


@pytest.mark.parametrize(
    "sentence",
    [
        "“People look at me,” said a barista in Columbus, Ohio, whom we met in August.",
        "“The rent doubled,” said a tenant in Leeds, England.",
    ],
)
def test_a_place_and_its_state_after_a_described_speaker_is_no_name(sentence):
    assert credited(sentence)[0] not in ("Ohio", "Columbus, Ohio", "England", "Leeds, England")


def test_a_name_set_off_after_a_described_speaker_still_speaks():
    assert credited("“It is late,” said one resident, Yaw Boateng.") == ["Yaw Boateng"]

"""How the places of a report find their participants."""

from registry_app.services.reports import places


def test_participants_are_looked_up_by_id_however_sparse_their_ids():
    """Places look their participants up in a list by id, or in the dict where ids are far apart."""
    for code_of in ({}, {3: 0, 1: 1, 7: 2}, {1: 0, 10**12: 1, 500: 2}):
        look_up = places._look_up(code_of)
        assert [look_up(participant) for participant in code_of] == list(code_of.values())

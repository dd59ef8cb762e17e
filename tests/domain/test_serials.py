import itertools

import pytest

from registry_app.domain.serials import ALPHABET, SerialError, SerialPattern, check_character, is_valid


def test_the_default_pattern_gives_centre_year_sequence_and_check_character():
    serial = SerialPattern().format("rbt", 2026, 17)
    assert serial[:-1] == "RBT-2026-00017-"
    assert serial[-1] == check_character("RBT202600017")
    assert is_valid(serial)


def test_every_single_mistyped_character_is_caught():
    serial = SerialPattern().format("RBT", 2026, 4321)
    for position, character in enumerate(serial):
        if character == "-":
            continue
        for replacement in ALPHABET:
            if replacement != character:
                typo = serial[:position] + replacement + serial[position + 1:]
                assert not is_valid(typo), typo


def test_every_swap_of_two_neighbours_is_caught():
    for seq in range(1, 400):
        core = f"RBT2026{seq:05d}"
        serial = core + check_character(core)
        for i in range(len(serial) - 1):
            a, b = serial[i], serial[i + 1]
            if a != b:
                swapped = serial[:i] + b + a + serial[i + 2:]
                assert not is_valid(swapped), swapped


def test_lower_case_and_separators_do_not_matter_when_checking():
    serial = SerialPattern().format("RBT", 2026, 17)
    assert is_valid(serial.lower().replace("-", " "))


@pytest.mark.parametrize("pattern", ["{prefix}-{year}-{check}", "{prefix}-{seq}", "{check}-{seq}",
                                     "{prefix}-{seq}-{check}-{centre}"])
def test_patterns_without_a_sequence_or_a_final_check_are_refused(pattern):
    with pytest.raises(SerialError):
        SerialPattern(pattern)


def test_sequence_numbers_start_at_one():
    with pytest.raises(SerialError):
        SerialPattern().format("RBT", 2026, 0)


def test_serials_differ_for_every_sequence_number():
    serials = {SerialPattern("{prefix}{seq:04d}{check}").format("X", 2026, n) for n in range(1, 5000)}
    assert len(serials) == 4999
    assert all(is_valid(s) for s in itertools.islice(serials, 100))

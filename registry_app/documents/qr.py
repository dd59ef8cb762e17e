"""QR code matrices, made faster than segno alone makes them: segno encodes the text and computes the
error correction; the placement of the codewords and the fixed mask are read from a template made
once per version (segno's placement and masking are pure Python, ~3 ms a code of version 9). The
result is exactly segno's matrix for the same mask (a test compares them)."""

from __future__ import annotations

from functools import lru_cache
from itertools import chain, zip_longest

from segno import consts, encoder

ERROR = consts.ERROR_LEVEL_M
MASK = 4  # ((row // 2) + (column // 3)) % 2 == 0: a fixed mask, as choosing the "best" takes segno ~70 ms


_BITS = tuple(tuple((n >> shift) & 1 for shift in range(7, -1, -1)) for n in range(256))


def _mask_bit(i: int, j: int) -> int:
    return 1 if ((i // 2) + (j // 3)) % 2 == 0 else 0


@lru_cache(maxsize=64)
def _template(version: int) -> tuple[tuple[bytearray, ...], tuple[tuple[int, int, int], ...]]:
    """The symbol of a version without its data (finder, timing, alignment, format and version
    information for level M and mask 4), and where each data bit goes, with its mask bit, in order."""
    size = encoder.calc_matrix_size(version)
    matrix = encoder.make_matrix(size, size)
    encoder.add_finder_patterns(matrix, size, size)
    encoder.add_alignment_patterns(matrix, size, size)
    places = []
    for right in range(size - 1, 0, -2):  # as segno.encoder.add_codewords walks the symbol
        if right <= 6:
            right -= 1
        for vertical in range(size):
            for z in range(2):
                j = right - z
                upwards = (right & 2) == 0
                upwards ^= j < 6
                i = (size - 1 - vertical) if upwards else vertical
                if matrix[i][j] == 0x2:
                    places.append((i, j, _mask_bit(i, j)))
                    matrix[i][j] = 0
    encoder.add_format_info(matrix, version, ERROR, MASK)
    encoder.add_version_info(matrix, version)
    return tuple(bytearray(row) for row in matrix), tuple(places)


def matrix(content: list[tuple[str, int | None]]) -> tuple[tuple[int, ...], ...]:
    """The QR code (level M, mask 4, the smallest version that holds it) of the given segments."""
    segments = encoder.prepare_data(content, None, None)
    version = encoder.find_version(segments, ERROR, eci=False, micro=False)
    buffer = encoder.Buffer()
    for segment in segments:
        encoder.write_segment(buffer, segment, None, encoder.version_range(version), False)
    capacity = consts.SYMBOL_CAPACITY[version][ERROR]
    encoder.write_terminator(buffer, capacity, None, len(buffer))
    encoder.write_padding_bits(buffer, version, len(buffer))
    encoder.write_pad_codewords(buffer, version, capacity, len(buffer))
    data, correction = encoder.make_blocks(consts.ECC[version][ERROR], buffer)
    codewords = [x for blocks in (data, correction) for x in chain.from_iterable(zip_longest(*blocks))
                 if x is not None]  # interleaved, as segno.encoder.make_final_message does
    bits = [bit for codeword in codewords for bit in _BITS[codeword]]
    template, places = _template(version)
    rows = [bytearray(row) for row in template]
    for (i, j, mask), bit in zip(places, bits, strict=False):
        rows[i][j] = bit ^ mask
    for i, j, mask in places[len(bits):]:  # remainder modules, as segno leaves them: 0 before masking
        rows[i][j] = mask
    return tuple(tuple(row) for row in rows)

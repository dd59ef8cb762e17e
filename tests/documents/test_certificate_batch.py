"""Certificates drawn in batches give the same bytes every time, in any process: what lets an issued
certificate be printed again as its original (its SHA-256 checked)."""

import hashlib
import pickle
import subprocess
import sys
from pathlib import Path

from registry_app.documents import certificate_batch
from tests.documents.pdf import page_count, pages_text, save
from tests.documents.test_certificate import _certificate

DRAW = """
import hashlib, pickle, sys
from registry_app.documents import certificate_batch
shard, singles = certificate_batch.draw_shard(pickle.load(open(sys.argv[1], "rb")))
print(" ".join(hashlib.sha256(pdf).hexdigest() for pdf in [shard, *singles]))
"""


def test_a_batch_gives_the_same_bytes_in_another_process(tmp_path):
    documents = [_certificate(serial=f"RBT-2026-{n:05d}-X", name=f"Awa TRAORÉ {n}") for n in range(1, 6)]
    shard, singles = certificate_batch.draw_shard(documents)
    here = " ".join(hashlib.sha256(pdf).hexdigest() for pdf in [shard, *singles])
    pickled = tmp_path / "documents.pickle"
    pickled.write_bytes(pickle.dumps(documents))
    there = subprocess.run([sys.executable, "-c", DRAW, str(pickled)], capture_output=True, text=True, check=True,
                           env={"PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PATH": "/usr/bin:/bin"})
    assert there.stdout.split() == here.split()
    for n, single in enumerate(singles, start=1):
        path = save(tmp_path, single, f"{n}.pdf")
        assert page_count(path) == 1 and f"RBT-2026-{n:05d}-X" in pages_text(path)[0]
        assert b"CreationDate(D:20000101000000" in single


def test_the_merged_pdf_takes_the_chosen_pages_of_each_shard(tmp_path):
    documents = [_certificate(serial=f"RBT-2026-{n:05d}-X") for n in range(1, 8)]
    first, second = certificate_batch.draw_shard(documents[:4]), certificate_batch.draw_shard(documents[4:])
    merged = save(tmp_path, certificate_batch.join([first[0], second[0]], [[0, 2], [1]]), "merged.pdf")
    assert page_count(merged) == 3
    texts = pages_text(merged)
    assert "RBT-2026-00001-X" in texts[0] and "RBT-2026-00003-X" in texts[1] and "RBT-2026-00006-X" in texts[2]

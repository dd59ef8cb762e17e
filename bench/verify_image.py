"""verify --image of a merged PDF of 100 certificates, from the command line with the trust file
alone: every certificate verified, the time it takes and the memory it holds at most.

Budget (DESIGN.md): 3 s and 300 MB resident."""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common import verdict  # noqa: E402

from registry_app.documents import certificate_batch  # noqa: E402
from registry_app.seal.keys import TrustedKey, TrustList, key_id  # noqa: E402
from tests.documents import samples  # noqa: E402
from tests.documents.photos import KEY, sealed  # noqa: E402

COUNT = 100


def main() -> None:
    from datetime import date

    from cryptography.hazmat.primitives import serialization

    folder = Path(tempfile.mkdtemp(prefix="registry-bench-verify-"))
    names = [("Fatima Zahra BENNANI", samples.ARABIC), ("Abebe Bikila WOLDE MARIAM", samples.GEEZ),
             ("Aïssatou Binta DIALLO", ""), ("Taslimt AMAZIGH", samples.TIFINAGH)]
    docs = [sealed(samples.certificate(("fr", "ar"), *names[n % len(names)], serial=f"RBT-2026-{n:05d}-K",
                                       signatories=2, logos=1)) for n in range(COUNT)]
    groups = [docs[r.start:r.stop] for r in certificate_batch.shards(COUNT)]
    merged = folder / "certificates.pdf"
    merged.write_bytes(certificate_batch.join([shard for shard, _ in certificate_batch.draw(groups)]))
    raw = KEY.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    trust = TrustList("Centre", (TrustedKey(key_id(KEY.public_key()), raw, date(2020, 1, 1)),),
                      {"INV-101": {"en": "Investigations", "fr": "Enquêtes", "ar": "التحقيقات"}})
    (folder / "trust.json").write_text(trust.to_json(), encoding="utf-8")
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "registry_app", "verify", "--image", str(merged), "--trust",
                           str(folder / "trust.json")], capture_output=True, text=True,
                          env={"PYTHONPATH": str(Path(__file__).resolve().parents[1]), "PATH": "/usr/bin:/bin"})
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    verified = done.stdout.count("SIGNATURE VALID")
    print(f"verify --image, a merged PDF of {COUNT} certificates ({merged.stat().st_size / 1e6:.1f} MB), trust file "
          f"alone:")
    print(f"  {verified} of {COUNT} verified (signature valid, revocation not checked), exit {done.returncode}")
    print(f"  {seconds:.2f} s — budget 3 s: {verdict(seconds, 3)}; peak resident {peak_mb:.0f} MB — budget 300 MB: "
          f"{verdict(peak_mb, 300)}")
    print(f"  (files: {folder}; {json.dumps(done.stdout.splitlines()[-1])})")


if __name__ == "__main__":
    main()

"""Certificates: templates, graduation, the certificate register (reprints, corrections, revocations,
exports), the signing keys, and verification."""

"""Signing and verifying the certificate payload printed as a QR code (Ed25519, COSE_Sign1)."""

"""Shared test factories: small functions that make valid records with defaults,
one module per area (organisation, faculty, assessment). Every test builds its
own data with them; nothing here is a test."""

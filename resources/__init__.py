"""Shipped resources: fonts, translations, the sample catalogue. Data only."""

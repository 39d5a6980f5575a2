"""Printed documents (reportlab) and their font and QR helpers."""

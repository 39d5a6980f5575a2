"""Pure-Python rules of the one-stop counter. Imports nothing from the rest of the package."""
